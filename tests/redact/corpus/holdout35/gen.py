#!/usr/bin/env python3
"""holdout35: sealed held-out set for the wbdiag secret redactor.
Focus: the database side of W&B Server and the tools that copy, back up,
restore and migrate its data.  Python 3 stdlib only, deterministic."""
import json, os, random, string, hashlib, base64

SEED = 3535_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

AN = string.ascii_letters + string.digits
PWA = AN + "-_.!~+*"


def an(n):
    return "".join(R.choice(AN) for _ in range(n))


def pw(n=None, alnum=False):
    n = n or R.randint(12, 22)
    mid = "".join(R.choice(AN if alnum else PWA) for _ in range(n - 2))
    return R.choice(AN) + mid + R.choice(AN)


def upw(n=None):  # url/shell safe password
    return pw(n, alnum=True)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def b64(n):
    return "".join(R.choice(AN + "+/") for _ in range(n))


def uuid():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def akid():
    return "AKIA" + "".join(R.choice(string.ascii_uppercase + "234567") for _ in range(16))


def awssk():
    return "".join(R.choice(AN + "/+") for _ in range(38)) + R.choice(AN) + R.choice(AN)


def dbhost():
    return R.choice(["mysql.wandb.svc.cluster.local", "wandb-mysql.example.internal", "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)), "db-primary.example.com", "mysql-0.mysql-headless.wandb.svc.cluster.local", "wandb-db.cluster-c1a2b3.example.com"])


def rhost():
    return R.choice(["wandb-redis-master.wandb.svc.cluster.local", "redis.example.internal", "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)), "cache.example.com"])


def user():
    return R.choice(["wandb", "wandb_local", "wandb_app", "repl", "backup", "dba", "migrator", "wbadmin", "root", "svc_wandb"])


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))


def db():
    return R.choice(["wandb_local", "wandb", "wandb_prod", "wb_server"])


def bucket():
    return R.choice(["wandb-files", "wandb-backups", "wb-prod-artifacts", "acme-wandb-store", "wandb-db-dumps"])


def t_iso(frac=6):
    y, mo, d = R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    base = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"
    return base + ("." + "".join(R.choice(string.digits) for _ in range(frac)) if frac else "") + "Z"


def t_parts():
    return R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)


def sq(s):
    return s.replace("'", "''")


def gtid():
    return f"{uuid()}:1-{R.randint(100, 99999)}"


def binlog():
    return f"binlog.{R.randint(1, 999):06d}"


POS, NEG, SOURCES = [], [], {}


def P(name, src):
    def deco(fn):
        POS.append((name, fn)); SOURCES[name] = src; return fn
    return deco


def N(name, src):
    def deco(fn):
        NEG.append((name, fn)); SOURCES[name] = src; return fn
    return deco


# ---------------------------------------------------------------- statements
MYREF = "https://dev.mysql.com/doc/refman/8.0/en/"


def st_create_user():
    u, p = user(), pw()
    return f"CREATE USER '{u}'@'%' IDENTIFIED BY '{p}'", [p]


def st_create_user_plugin():
    u, p = user(), pw()
    return f"CREATE USER IF NOT EXISTS '{u}'@'10.%' IDENTIFIED WITH caching_sha2_password BY '{p}' REQUIRE SSL", [p]


def st_alter_user():
    u, p = user(), pw()
    return f"ALTER USER '{u}'@'%' IDENTIFIED BY '{p}' RETAIN CURRENT PASSWORD", [p]


def st_alter_replace():
    u, p, o = user(), pw(), pw()
    return f"ALTER USER '{u}'@'localhost' IDENTIFIED BY '{p}' REPLACE '{o}'", [p, o]


def st_set_password():
    u, p = user(), pw()
    return f"SET PASSWORD FOR '{u}'@'%' = '{p}'", [p]


def st_set_password_old():
    u, p = user(), pw()
    return f"SET PASSWORD FOR '{u}'@'%' = PASSWORD('{p}')", [p]


def st_grant():
    u, p = user(), pw()
    return f"GRANT ALL PRIVILEGES ON {db()}.* TO '{u}'@'%' IDENTIFIED BY '{p}'", [p]


def st_change_master():
    p = pw()
    return f"CHANGE MASTER TO MASTER_HOST='{dbhost()}', MASTER_USER='repl', MASTER_PASSWORD='{p}', MASTER_AUTO_POSITION=1", [p]


def st_change_source():
    p = pw()
    return f"CHANGE REPLICATION SOURCE TO SOURCE_HOST='{dbhost()}', SOURCE_PORT=3306, SOURCE_USER='repl', SOURCE_PASSWORD='{p}', SOURCE_SSL=1", [p]


def st_gr_recovery():
    p = pw()
    return f"CHANGE REPLICATION SOURCE TO SOURCE_USER='mysql_innodb_cluster_{R.randint(1000, 9999)}', SOURCE_PASSWORD='{p}' FOR CHANNEL 'group_replication_recovery'", [p]


def st_start_replica():
    p = pw()
    return f"START REPLICA USER='repl' PASSWORD='{p}'", [p]


def st_create_server():
    p = pw()
    return f"CREATE SERVER wb_fed FOREIGN DATA WRAPPER mysql OPTIONS (USER 'fed', PASSWORD '{p}', HOST '{dbhost()}', PORT 3306, DATABASE '{db()}')", [p]


def st_app_token():
    t = an(40)
    return f"UPDATE api_keys SET `key` = '{t}', updated_at = NOW() WHERE user_id = {R.randint(10, 9999)}", [t]


STMTS = [st_create_user, st_create_user_plugin, st_alter_user, st_alter_replace, st_set_password,
         st_set_password_old, st_grant, st_change_master, st_change_source, st_gr_recovery,
         st_start_replica, st_create_server]


def mk_stmt_shape(prefix, wrapper, src, kinds):
    for k in kinds:
        nm = prefix + "_" + k.__name__[3:]

        def fn(k=k):
            sql, secs = k()
            return wrapper(sql), secs
        POS.append((nm, fn)); SOURCES[nm] = src


# wrappers ----------------------------------------------------------------
def w_general(sql):
    cid = R.randint(8, 900)
    t = t_iso()
    return [f"{t}\t{cid:>5} Connect\troot@localhost on  using Socket",
            f"{t}\t{cid:>5} Query\tselect @@version_comment limit 1",
            f"{t}\t{cid:>5} Query\t{sql}",
            f"{t}\t{cid:>5} Quit\t"]


def w_slow(sql):
    y, mo, d, h, mi, s = t_parts()
    cid = R.randint(8, 900)
    return [f"# Time: {y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999999):06d}Z",
            f"# User@Host: root[root] @ localhost []  Id: {cid:>5}",
            f"# Query_time: {R.random() * 3:.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_sent: 0  Rows_examined: 0",
            f"SET timestamp={R.randint(1672531200, 1735689600)};",
            sql + ";"]


def w_percona_json(sql):
    rec = {"audit_record": {"name": "Query", "record": f"{R.randint(100, 9999)}_{t_iso(0)[:19]}",
                            "timestamp": t_iso(0).replace("T", " ").replace("Z", " UTC"),
                            "command_class": R.choice(["create_user", "alter_user", "grant", "change_master"]),
                            "connection_id": str(R.randint(8, 900)), "status": 0, "sqltext": sql,
                            "user": "root[root] @ localhost []", "host": "localhost", "os_user": "", "ip": "", "db": ""}}
    return [json.dumps(rec)]


def w_percona_xml(sql):
    t = t_iso(0)
    return ['<AUDIT_RECORD>', ' <NAME>Query</NAME>', f' <RECORD>{R.randint(100, 9999)}_{t[:19]}</RECORD>',
            f' <TIMESTAMP>{t}</TIMESTAMP>', f' <COMMAND_CLASS>{R.choice(["create_user", "alter_user", "set_option"])}</COMMAND_CLASS>',
            f' <CONNECTION_ID>{R.randint(8, 900)}</CONNECTION_ID>', ' <STATUS>0</STATUS>',
            f' <SQLTEXT>{sql.replace(chr(39), "&apos;")}</SQLTEXT>', ' <USER>root[root] @ localhost []</USER>',
            ' <HOST>localhost</HOST>', '</AUDIT_RECORD>']


def w_mariadb_audit(sql):
    y, mo, d, h, mi, s = t_parts()
    return [f"{y}{mo:02d}{d:02d} {h:02d}:{mi:02d}:{s:02d},mariadb-0,root,localhost,{R.randint(8, 900)},{R.randint(1000, 99999)},QUERY,,'{sql.replace(chr(39), chr(92) + chr(39))}',0"]


def w_ent_json(sql):
    t = t_iso(0).replace("T", " ").replace("Z", "")
    cid = R.randint(8, 900)
    return ["  {", f'    "timestamp": "{t}",', f'    "id": {R.randint(0, 40)},', '    "class": "general",',
            '    "event": "status",', f'    "connection_id": {cid},', '    "account": { "user": "root", "host": "localhost" },',
            '    "login": { "user": "root", "os": "", "ip": "", "proxy": "" },',
            '    "general_data": { "command": "Query",', '                      "sql_command": "create_user",',
            f'                      "query": {json.dumps(sql)},', '                      "status": 0 } },']


def w_proc_box(sql):
    cid = R.randint(8, 900)
    q = sql
    w = max(len(q), 16)
    return [f"+-----+------+-----------+------+---------+------+----------+-{'-' * w}-+",
            f"| Id  | User | Host      | db   | Command | Time | State    | {'Info'.ljust(w)} |",
            f"+-----+------+-----------+------+---------+------+----------+-{'-' * w}-+",
            f"| {cid:<3} | root | localhost | NULL | Query   |    0 | starting | {q.ljust(w)} |",
            f"+-----+------+-----------+------+---------+------+----------+-{'-' * w}-+"]


def w_proc_batch(sql):
    a, b = R.randint(8, 400), R.randint(401, 900)
    return ["Id\tUser\tHost\tdb\tCommand\tTime\tState\tInfo",
            f"5\tevent_scheduler\tlocalhost\tNULL\tDaemon\t{R.randint(1000, 99999)}\tWaiting on empty queue\tNULL",
            f"{a}\troot\tlocalhost\tNULL\tQuery\t0\tstarting\t{sql}",
            f"{b}\twandb\t{ip()}:{R.randint(30000, 60000)}\t{db()}\tSleep\t{R.randint(1, 50)}\t\tNULL"]


def w_ps_vertical(sql):
    return [f"*************************** 1. row ***************************",
            f"        THREAD_ID: {R.randint(40, 900)}",
            f"         EVENT_ID: {R.randint(1, 90)}",
            f"       EVENT_NAME: statement/sql/{R.choice(['create_user', 'alter_user', 'change_replication_source'])}",
            f"         SQL_TEXT: {sql}",
            f"           DIGEST: {hx(64)}",
            f"      DIGEST_TEXT: NULL",
            f"   CURRENT_SCHEMA: NULL"]


def w_binlog_query(sql):
    y, mo, d, h, mi, s = t_parts()
    pos = R.randint(200, 90000)
    end = pos + R.randint(100, 400)
    return [f"# at {pos}",
            f"#{y % 100:02d}{mo:02d}{d:02d} {h:2d}:{mi:02d}:{s:02d} server id 1  end_log_pos {end} CRC32 0x{hx(8)} \tQuery\tthread_id={R.randint(8, 900)}\texec_time=0\terror_code=0",
            f"SET TIMESTAMP={R.randint(1672531200, 1735689600)}/*!*/;",
            sql, "/*!*/;"]


def w_mysql_tee(sql):
    return [f"mysql> {sql};", "Query OK, 0 rows affected (0.0%d sec)" % R.randint(1, 9), "", "mysql> FLUSH PRIVILEGES;",
            "Query OK, 0 rows affected (0.00 sec)"]


def w_proxysql_eventslog(sql):
    st = t_iso(6)
    rec = {"client": f"{ip()}:{R.randint(30000, 60000)}", "digest": f"0x{HX(16)}", "duration_us": R.randint(100, 90000),
           "endtime": st.replace("T", " ").replace("Z", ""), "endtime_timestamp_us": R.randint(1672531200, 1735689600) * 10 ** 6,
           "event": "COM_QUERY", "hostgroup_id": 10, "query": sql, "rows_affected": 0, "rows_sent": 0, "schemaname": "information_schema",
           "server": f"{dbhost()}:3306", "thread_id": R.randint(1, 900), "username": "root"}
    return [json.dumps(rec)]


mk_stmt_shape("mysql_general_query_log", w_general, MYREF + "query-log.html",
              [st_create_user, st_alter_replace, st_set_password, st_change_source, st_start_replica, st_create_server])
mk_stmt_shape("mysql_slow_log_statement", w_slow, MYREF + "slow-query-log.html",
              [st_alter_user, st_grant, st_change_master, st_gr_recovery])
mk_stmt_shape("percona_audit_json_sqltext", w_percona_json, "https://docs.percona.com/percona-server/8.0/audit-log-plugin.html",
              [st_create_user_plugin, st_set_password_old, st_change_source, st_alter_replace])
mk_stmt_shape("percona_audit_xml_new_sqltext", w_percona_xml, "https://docs.percona.com/percona-server/latest/audit-log-filter-new.html",
              [st_create_user, st_grant, st_change_master])
mk_stmt_shape("mariadb_server_audit_csv_query", w_mariadb_audit, "https://mariadb.com/kb/en/mariadb-audit-plugin-log-format/",
              [st_create_user, st_set_password, st_grant, st_change_master])
mk_stmt_shape("mysql_enterprise_audit_json_general_data", w_ent_json, MYREF + "audit-log-file-formats.html",
              [st_create_user_plugin, st_alter_user, st_start_replica])
mk_stmt_shape("show_full_processlist_box_info", w_proc_box, MYREF + "show-processlist.html",
              [st_alter_user, st_change_source, st_create_server])
mk_stmt_shape("show_full_processlist_batch_tabs", w_proc_batch, MYREF + "mysql-batch-commands.html",
              [st_create_user, st_set_password_old, st_gr_recovery])
mk_stmt_shape("ps_events_statements_current_vertical", w_ps_vertical, MYREF + "performance-schema-events-statements-current-table.html",
              [st_create_user_plugin, st_change_master, st_app_token])
mk_stmt_shape("mysqlbinlog_query_event_text", w_binlog_query, MYREF + "mysqlbinlog.html",
              [st_create_server, st_app_token, st_set_password_old])
mk_stmt_shape("mysql_client_tee_session", w_mysql_tee, MYREF + "mysql-commands.html",
              [st_create_user, st_alter_replace, st_change_source, st_grant])
mk_stmt_shape("proxysql_eventslog_json_query", w_proxysql_eventslog, "https://proxysql.com/documentation/query-logging/",
              [st_alter_user, st_set_password])


# ---------------------------------------------------------------- mysql misc
@P("mysqld_error_log_temporary_password_generated", MYREF + "data-directory-initialization.html")
def _():
    p = pw(12)
    t = t_iso()
    return [f"{t} 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.{R.randint(30, 40)}) initializing of server in progress as process {R.randint(10, 999)}",
            f"{t} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.",
            f"{t} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.",
            f"{t} 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: {p}"], [p]


@P("mysqld57_error_log_note_temporary_password", "https://dev.mysql.com/doc/refman/5.7/en/data-directory-initialization.html")
def _():
    p = pw(12)
    t = t_iso()[:19] + ".%06dZ" % R.randint(0, 999999)
    return [f"{t} 0 [Warning] InnoDB: New log files created, LSN={R.randint(40000, 50000)}",
            f"{t} 0 [Warning] No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: {uuid()}.",
            f"{t} 1 [Note] A temporary password is generated for root@localhost: {p}"], [p]


@P("create_user_identified_by_random_password_result", MYREF + "password-management.html#random-password-generation")
def _():
    ps = [pw(20) for _ in range(2)]
    us = ["wandb", "wandb_ro"]
    return ["mysql> CREATE USER 'wandb'@'%', 'wandb_ro'@'%' IDENTIFIED BY RANDOM PASSWORD;",
            "+----------+------+----------------------+-------------+",
            "| user     | host | generated password   | auth_factor |",
            "+----------+------+----------------------+-------------+",
            f"| wandb    | %    | {ps[0]} |           1 |",
            f"| wandb_ro | %    | {ps[1]} |           1 |",
            "+----------+------+----------------------+-------------+",
            "2 rows in set (0.02 sec)"], ps


@P("alter_user_random_password_batch_output", MYREF + "password-management.html#random-password-generation")
def _():
    p = pw(20)
    return ["user\thost\tgenerated password\tauth_factor", f"repl\t%\t{p}\t1"], [p]


@P("mysqladmin_password_subcommand_history", MYREF + "mysqladmin.html")
def _():
    o, n = upw(), upw()
    k = R.randint(100, 900)
    return [f"  {k}  kubectl -n wandb exec -it mysql-0 -- bash",
            f"  {k + 1}  mysqladmin -u root -p'{o}' password '{n}'",
            f"  {k + 2}  mysqladmin -u root -p'{n}' flush-privileges"], [o, n]


@P("master_info_file_repository_lines", "https://dev.mysql.com/doc/refman/5.7/en/replica-logs-status.html")
def _():
    p = pw()
    return ["25", binlog(), str(R.randint(150, 99999)), dbhost(), "repl", p, "3306", "60", "0", "", "", ""], [p]


@P("mysqlrouter_bootstrap_uri_in_ps", "https://dev.mysql.com/doc/mysql-router/8.0/en/mysqlrouter.html")
def _():
    p = upw()
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
            f"mysqlro+       1  0.3  0.5 {R.randint(100000, 900000)} {R.randint(10000, 90000)} ?        Ssl  10:0{R.randint(0, 9)}   0:01 mysqlrouter --bootstrap root:{p}@{dbhost()}:3306 --directory /tmp/mysqlrouter --conf-use-sockets --force"], [p]


@P("mysql_mysqld_auto_cnf_neighbor_init_file", MYREF + "server-options.html#option_mysqld_init-file")
def _():
    p, q = pw(), pw()
    return ["$ cat /docker-entrypoint-initdb.d/00-users.sql",
            f"CREATE USER IF NOT EXISTS 'wandb'@'%' IDENTIFIED BY '{p}';",
            f"GRANT ALL ON wandb_local.* TO 'wandb'@'%';",
            f"CREATE USER IF NOT EXISTS 'exporter'@'localhost' IDENTIFIED BY '{q}' WITH MAX_USER_CONNECTIONS 3;",
            "GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO 'exporter'@'localhost';"], [p, q]


@P("mysqld_exporter_my_cnf_client_section", "https://github.com/prometheus/mysqld_exporter#running")
def _():
    p = pw()
    return ["# /etc/.mysqld_exporter.cnf", "[client]", "user = exporter", f"password = {p}", f"host = {dbhost()}", "port = 3306"], [p]


@P("my_cnf_mysqldump_section_quoted_password", MYREF + "option-files.html")
def _():
    p = pw()
    return ["[mysqldump]", "quick", "max_allowed_packet = 256M", "user = backup", f'password = "{p}"', "", "[mysql]", "no-auto-rehash"], [p]


@P("defaults_extra_file_heredoc_in_configmap", MYREF + "option-file-options.html")
def _():
    p = pw()
    return ["  backup.sh: |", "    #!/bin/sh", "    set -eu", '    CNF=$(mktemp)', '    cat > "$CNF" <<EOF',
            "    [client]", f"    user=backup", f"    password={p}", f"    host={dbhost()}", "    EOF",
            '    mysqldump --defaults-extra-file="$CNF" --single-transaction --routines wandb_local | gzip > /backup/wandb.sql.gz'], [p]


@P("mysql_option_file_loose_password_include", MYREF + "option-files.html")
def _():
    p = pw()
    return ["!includedir /etc/mysql/conf.d/", "[client]", "loose-default-character-set = utf8mb4", f"loose-password = {p}", "socket = /var/run/mysqld/mysqld.sock"], [p]


@P("mysql_env_mysql_pwd_in_cronjob_yaml", MYREF + "environment-variables.html")
def _():
    p = pw()
    return ["          containers:", "          - name: dump", "            image: mysql:8.0",
            "            env:", "            - name: MYSQL_PWD", f"              value: {p}",
            "            command: [\"sh\", \"-c\", \"mysqldump -h $DB_HOST -u backup --single-transaction wandb_local > /out/dump.sql\"]"], [p]


@P("mysql_client_password_equals_kubectl_exec_capture", MYREF + "connecting.html")
def _():
    p = upw()
    return [f"$ kubectl -n wandb exec deploy/wandb -- mysql -h {dbhost()} -u wandb --password={p} -e 'SELECT COUNT(*) FROM runs' wandb_local",
            "mysql: [Warning] Using a password on the command line interface can be insecure.",
            "COUNT(*)", str(R.randint(100, 99999))], [p]


@P("mysql_config_editor_set_expect_script", MYREF + "mysql-config-editor.html")
def _():
    p = pw()
    return ["#!/usr/bin/expect -f", "spawn mysql_config_editor set --login-path=wandb --host=" + dbhost() + " --user=backup --password",
            'expect "Enter password:"', f'send "{p}\\r"', "expect eof"], [p]


@P("my_print_defaults_login_path_show", MYREF + "my-print-defaults.html")
def _():
    p = pw()
    return ["$ my_print_defaults --login-path=wandb --show client", "--user=backup", f"--password={p}", f"--host={dbhost()}"], [p]


@P("mysqldump_cmdline_short_p_in_crontab", MYREF + "mysqldump.html")
def _():
    p = upw()
    return ["# m h dom mon dow command",
            f"15 2 * * * /usr/bin/mysqldump -h {dbhost()} -u backup -p{p} --single-transaction --set-gtid-purged=OFF wandb_local | gzip > /var/backups/wandb-$(date +\\%F).sql.gz"], [p]


@P("mysqldump_k8s_describe_job_args", MYREF + "mysqldump.html")
def _():
    p = upw()
    return ["Containers:", "   mysqldump:", "    Image:      mysql:8.0.36", "    Command:", "      mysqldump", "    Args:",
            f"      --host={dbhost()}", "      --user=backup", f"      --password={p}", "      --single-transaction",
            "      --result-file=/backup/wandb_local.sql", "      wandb_local"], [p]


@P("mysqlpump_default_parallelism_cmdline", "https://dev.mysql.com/doc/refman/8.0/en/mysqlpump.html")
def _():
    p = pw()
    return [f"+ mysqlpump --user=root '--password={p}' --host={dbhost()} --default-parallelism=4 --exclude-databases=mysql,sys --result-file=/dump/all.sql",
            "mysqlpump: [Warning] Using a password on the command line interface can be insecure.",
            f"Dump progress: 1/3 tables, 0/{R.randint(1000, 9999)} rows"], [p]


@P("federated_connection_string_show_create_table", "https://dev.mysql.com/doc/refman/8.0/en/federated-create-connection.html")
def _():
    p = upw()
    return ["*************************** 1. row ***************************", "       Table: runs_remote",
            "Create Table: CREATE TABLE `runs_remote` (", "  `id` bigint NOT NULL,", "  `name` varchar(128) DEFAULT NULL,",
            "  PRIMARY KEY (`id`)",
            f") ENGINE=FEDERATED DEFAULT CHARSET=utf8mb4 CONNECTION='mysql://fed:{p}@{dbhost()}:3306/wandb_local/runs'"], [p]


@P("mysql_servers_table_password_column", "https://dev.mysql.com/doc/refman/8.0/en/create-server.html")
def _():
    p = pw()
    h = dbhost()
    l = max(len(h), 4)
    return ["mysql> SELECT Server_name, Host, Username, Password, Port FROM mysql.servers;",
            f"+-------------+-{'-' * l}-+----------+-{'-' * len(p)}-+------+",
            f"| Server_name | {'Host'.ljust(l)} | Username | {'Password'.ljust(len(p))} | Port |",
            f"| wb_fed      | {h.ljust(l)} | fed      | {p} | 3306 |"], [p]


# ---------------------------------------------------------------- proxysql
PROXY = "https://proxysql.com/documentation/main-runtime/"


@P("proxysql_admin_mysql_users_box", PROXY)
def _():
    a, b = pw(16), pw(16)
    return ["Admin> SELECT username,password,active,default_hostgroup FROM mysql_users;",
            "+----------+------------------+--------+-------------------+",
            "| username | password         | active | default_hostgroup |",
            "+----------+------------------+--------+-------------------+",
            f"| wandb    | {a} | 1      | 10                |",
            f"| wandb_ro | {b} | 1      | 20                |",
            "+----------+------------------+--------+-------------------+"], [a, b]


@P("proxysql_insert_mysql_users_admin_session", PROXY)
def _():
    p = pw()
    return [f"Admin> INSERT INTO mysql_users(username,password,default_hostgroup) VALUES ('wandb','{p}',10);",
            "Query OK, 1 row affected (0.00 sec)", "", "Admin> LOAD MYSQL USERS TO RUNTIME;", "Query OK, 0 rows affected (0.00 sec)"], [p]


@P("proxysql_global_variables_admin_credentials", "https://proxysql.com/documentation/global-variables/admin-variables/")
def _():
    a, b = pw(14), pw(14)
    return ["+--------------------------+-------------------------------------------+",
            "| variable_name            | variable_value                            |",
            f"| admin-admin_credentials  | admin:{a};cluster1:{b} |",
            "| admin-mysql_ifaces       | 0.0.0.0:6032                              |"], [a, b]


@P("proxysql_monitor_password_variable_batch", "https://proxysql.com/documentation/global-variables/mysql-monitor-variables/")
def _():
    p = pw()
    return ["variable_name\tvariable_value", "mysql-monitor_username\tmonitor", f"mysql-monitor_password\t{p}", "mysql-monitor_connect_interval\t60000"], [p]


@P("proxysql_cnf_mysql_users_paren_list_block", "https://proxysql.com/documentation/configuring-proxysql/")
def _():
    p = pw()
    return ["mysql_users =", "(", "    {", '        username = "wandb"', f'        password = "{p}"', "        default_hostgroup = 10", "        active = 1", "    }", ")"], [p]


@P("proxysql_cnf_admin_variables_block", "https://proxysql.com/documentation/configuring-proxysql/")
def _():
    p = pw(14)
    return ["admin_variables=", "{", f'    admin_credentials="admin:{p}"', '    mysql_ifaces="0.0.0.0:6032"', "    refresh_interval=2000", "}"], [p]


# ---------------------------------------------------------------- mydumper / xtrabackup / mysqlsh
@P("mydumper_cmdline_long_password_job_log", "https://github.com/mydumper/mydumper/blob/master/docs/mydumper_usage.rst")
def _():
    p = upw()
    t = t_iso(0)
    return [f"+ mydumper --host {dbhost()} --user backup --password {p} --database wandb_local --outputdir /backup/{t[:10]} --threads 4 --compress --verbose 3",
            f"** Message: {t[11:19]}.{R.randint(100, 999)}: MyDumper backup version: 0.16.{R.randint(1, 9)}-1",
            f"** Message: {t[11:19]}.{R.randint(100, 999)}: Connected to MySQL 8.0.{R.randint(30, 40)}"], [p]


@P("mydumper_defaults_file_mydumper_section", "https://github.com/mydumper/mydumper/blob/master/docs/mydumper_usage.rst")
def _():
    p = pw()
    return ["[mydumper]", f"host = {dbhost()}", "user = backup", f"password = {p}", "threads = 8", "", "[myloader]", "overwrite-tables", "threads = 8"], [p]


@P("myloader_cmdline_short_flags_ps", "https://github.com/mydumper/mydumper/blob/master/docs/myloader_usage.rst")
def _():
    p = upw()
    return [f"root        41  8.1  2.0 1210344 81220 ?       Sl   03:12   1:20 myloader -h {dbhost()} -u wandb -p {p} -d /restore/2025-01-02 -B wandb_local -o -t 8"], [p]


@P("xtrabackup_cmdline_backup_stream_xbcloud", "https://docs.percona.com/percona-xtrabackup/8.0/xbcloud-binary-overview.html")
def _():
    p, s = upw(), awssk()
    return [f"xtrabackup --backup --stream=xbstream --user=root --password={p} --extra-lsndir=/tmp/lsn --target-dir=/tmp/xb | \\",
            f"  xbcloud put --storage=s3 --s3-endpoint=https://s3.example.com --s3-access-key={akid()} --s3-secret-key={s} --s3-bucket={bucket()} --parallel=8 full-$(date +%F)"], [p, s]


@P("xtrabackup_info_tool_command_line", "https://github.com/percona/percona-xtrabackup/pull/1277")
def _():
    p = upw()
    return [f"uuid = {uuid()}", "name = ", "tool_name = xtrabackup",
            f"tool_command = --backup --user=root --password={p} --target-dir=/backups/full",
            "tool_version = 8.0.35-30", "ibbackup_version = 8.0.35-30", "server_version = 8.0.36",
            f"binlog_pos = filename '{binlog()}', position '{R.randint(157, 99999)}', GTID of the last change '{gtid()}'"], [p]


@P("xbcloud_env_s3_secret_in_pod_env", "https://docs.percona.com/percona-xtrabackup/8.0/xbcloud-binary-overview.html")
def _():
    s = awssk()
    return ["    Environment:", f"      ACCESS_KEY_ID:      {akid()}", f"      SECRET_ACCESS_KEY:  {s}", f"      DEFAULT_REGION:     us-east-1", "      XBCLOUD_ARGS:       --storage=s3 --parallel=10"], [s]


@P("mysqlsh_util_dumpinstance_uri_job_args", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-utilities-dump-instance-schema.html")
def _():
    p = upw()
    return ["    Args:", "      --js", f"      --uri=backup:{p}@{dbhost()}:3306", "      -e",
            f"      util.dumpInstance('wandb-{R.randint(1, 99)}', {{s3BucketName: '{bucket()}', s3EndpointOverride: 'https://minio.example.com', threads: 4}})"], [p]


@P("mysqlsh_loaddump_python_mode_history", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-utilities-load-dump.html")
def _():
    p = pw()
    return ["\\py", f"shell.connect('root:{p}@{dbhost()}:3306')",
            "util.load_dump('/restore/wandb-dump', {'threads': 8, 'deferTableIndexes': 'all', 'ignoreVersion': True})"], [p]


@P("mysqlsh_credential_store_not_used_password_option", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysqlsh.html")
def _():
    p = upw()
    return [f"$ mysqlsh --sql --user=wbadmin --password={p} --host={dbhost()} -e 'SHOW REPLICA STATUS\\G'",
            "WARNING: Using a password on the command line interface can be insecure."], [p]


# ---------------------------------------------------------------- velero / restic / borg
def b64enc(s):
    return base64.b64encode(s.encode()).decode()


@P("velero_cloud_credentials_secret_stringdata", "https://velero.io/docs/main/locations/")
def _():
    s = awssk()
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: cloud-credentials", "  namespace: velero", "stringData:", "  cloud: |",
            "    [default]", f"    aws_access_key_id={akid()}", f"    aws_secret_access_key={s}"], [s]


@P("velero_repo_credentials_secret_data_b64", "https://velero.io/docs/main/file-system-backup/")
def _():
    for _ in range(50):
        p = upw(18)
        e = b64enc(p).rstrip("=")
        if len(e) >= 8:
            break
    return ["apiVersion: v1", "data:", f"  repository-password: {e}{'=' * (-len(e) % 4)}", "kind: Secret", "metadata:",
            "  name: velero-repo-credentials", "  namespace: velero", "type: Opaque"], [e]


@P("velero_install_helm_values_credentials_secretcontents", "https://github.com/vmware-tanzu/helm-charts/blob/main/charts/velero/values.yaml")
def _():
    s = awssk()
    return ["credentials:", "  useSecret: true", "  name: velero-s3", "  secretContents:", "    cloud: |", "      [default]",
            f"      aws_access_key_id = {akid()}", f"      aws_secret_access_key = {s}"], [s]


@P("velero_bsl_minio_s3url_userinfo_in_log", "https://velero.io/docs/main/contributions/minio/")
def _():
    p = upw()
    t = t_iso(0)
    return [f'time="{t}" level=error msg="Error checking repository for stale locks" error="error running command=restic unlock --repo=s3:http://velero:{p}@minio.velero.svc:9000/velero/restic/wandb --password-file=/tmp/credentials/velero/velero-repo-credentials-repository-password, stdout=, stderr=Fatal: unable to open config file" logSource="pkg/repository/manager.go:245"'], [p]


@P("restic_env_file_password_and_aws", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables")
def _():
    p, s = pw(24), awssk()
    return ["# /etc/restic/wandb.env", f"RESTIC_REPOSITORY=s3:https://s3.example.com/{bucket()}/restic", f"RESTIC_PASSWORD={p}",
            f"AWS_ACCESS_KEY_ID={akid()}", f"AWS_SECRET_ACCESS_KEY={s}"], [p, s]


@P("restic_rest_server_repo_url_userinfo", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#rest-server")
def _():
    p = upw()
    return [f"$ restic -r rest:https://backup:{p}@restic.example.com:8000/wandb snapshots --compact",
            "ID        Time                 Host        Tags", "-------------------------------------------",
            f"{hx(8)}  2025-0{R.randint(1, 9)}-1{R.randint(0, 9)} 02:00:0{R.randint(0, 9)}  mysql-0     nightly"], [p]


@P("restic_cronjob_env_value_password", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables")
def _():
    p = pw(24)
    return ["            env:", "            - name: RESTIC_REPOSITORY", f"              value: s3:https://s3.example.com/{bucket()}",
            "            - name: RESTIC_PASSWORD", f'              value: "{p}"', "            - name: RESTIC_CACHE_DIR", "              value: /cache"], [p]


@P("borg_passphrase_export_backup_script", "https://borgbackup.readthedocs.io/en/stable/quickstart.html#automating-backups")
def _():
    p = pw(26)
    return ["#!/bin/sh", "export BORG_REPO=ssh://borg@backup.example.com:2222/./wandb-db", f"export BORG_PASSPHRASE='{p}'",
            "mysqldump --single-transaction wandb_local | borg create --stdin-name wandb.sql ::'{hostname}-{now}' -"], [p]


@P("borg_systemd_unit_environment_passphrase", "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables")
def _():
    p = pw(26)
    return ["[Service]", "Type=oneshot", f'Environment="BORG_PASSPHRASE={p}"', "Environment=BORG_REPO=/mnt/backup/borg", "ExecStart=/usr/local/bin/wandb-db-backup.sh"], [p]


# ---------------------------------------------------------------- rclone
RCL = "https://rclone.org/s3/"


@P("rclone_conf_s3_minio_provider_section", RCL)
def _():
    s = awssk()
    return ["[minio]", "type = s3", "provider = Minio", "env_auth = false", f"access_key_id = {akid()}", f"secret_access_key = {s}", "endpoint = https://minio.example.com"], [s]


@P("rclone_conf_azureblob_account_key", "https://rclone.org/azureblob/")
def _():
    k = b64(86)
    return ["[azwandb]", "type = azureblob", "account = wandbstore", f"key = {k}==", ""], [k]


@P("rclone_conf_sftp_obscured_pass", "https://rclone.org/sftp/")
def _():
    p = an(8) + b64(20).replace("+", "-").replace("/", "_") + an(2)
    return ["[offsite]", "type = sftp", "host = backup.example.com", "user = wbbackup", f"pass = {p}", "shell_type = unix"], [p]


@P("rclone_conf_webdav_bearer_token", "https://rclone.org/webdav/")
def _():
    t = an(48)
    return ["[nc]", "type = webdav", "url = https://cloud.example.com/remote.php/dav/files/backup", "vendor = nextcloud", f"bearer_token = {t}"], [t]


@P("rclone_config_dump_json_s3", "https://rclone.org/commands/rclone_config_dump/")
def _():
    s = awssk()
    return ["{", '    "wbs3": {', f'        "access_key_id": "{akid()}",', '        "provider": "AWS",', '        "region": "us-west-2",',
            f'        "secret_access_key": "{s}",', '        "type": "s3"', "    }", "}"], [s]


@P("rclone_connection_string_remote_inline_keys", "https://rclone.org/docs/#connection-strings")
def _():
    s = an(40)
    return [f"$ rclone sync -P /var/backups/mysql :s3,provider=Minio,access_key_id={akid()},secret_access_key={s},endpoint='https://minio.example.com':{bucket()}/mysql",
            "Transferred:   \t  1.204 GiB / 1.204 GiB, 100%, 48.113 MiB/s, ETA 0s"], [s]


@P("rclone_env_config_remote_vars", "https://rclone.org/docs/#config-file")
def _():
    s = awssk()
    return ["RCLONE_CONFIG_WB_TYPE=s3", "RCLONE_CONFIG_WB_PROVIDER=AWS", f"RCLONE_CONFIG_WB_ACCESS_KEY_ID={akid()}", f"RCLONE_CONFIG_WB_SECRET_ACCESS_KEY={s}"], [s]


@P("rclone_config_create_cmdline_key_value", "https://rclone.org/commands/rclone_config_create/")
def _():
    s = awssk()
    return [f"rclone config create wbgcs s3 provider=GCS access_key_id=GOOG1E{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(20))} secret_access_key={s} endpoint=https://storage.googleapis.com"], [s]


# ---------------------------------------------------------------- s5cmd / aws / gsutil / azcopy
@P("s5cmd_job_env_minio_secret_pod_json", "https://github.com/peak/s5cmd#specifying-credentials")
def _():
    s = awssk()
    return ['        "env": [', '          { "name": "AWS_ACCESS_KEY_ID", "value": "%s" },' % akid(),
            '          { "name": "AWS_SECRET_ACCESS_KEY", "value": "%s" },' % s,
            '          { "name": "S3_ENDPOINT_URL", "value": "https://minio.example.com" }', "        ],",
            f'        "args": ["--numworkers", "64", "sync", "/data/", "s3://{bucket()}/"]'], [s]


@P("aws_credentials_file_session_token_profile", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
def _():
    s = awssk()
    tok = "IQoJb3JpZ2luX2Vj" + b64(180)
    return ["[wandb-backup]", f"aws_access_key_id = ASIA{''.join(R.choice(string.ascii_uppercase) for _ in range(16))}", f"aws_secret_access_key = {s}",
            f"aws_session_token = {tok}"], [s, tok[16:]]


@P("aws_configure_set_secret_shell_history", "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html")
def _():
    s = awssk()
    k = R.randint(100, 900)
    return [f"  {k}  aws configure set aws_access_key_id {akid()} --profile wbsync", f"  {k + 1}  aws configure set aws_secret_access_key {s} --profile wbsync",
            f"  {k + 2}  aws s3 sync /var/backups/mysql s3://{bucket()}/mysql --profile wbsync --storage-class STANDARD_IA"], [s]


@P("aws_s3_sync_env_prefix_inline_cmd", "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html")
def _():
    s = awssk()
    return [f"AWS_ACCESS_KEY_ID={akid()} AWS_SECRET_ACCESS_KEY={s} aws s3 sync s3://{bucket()}/ /restore/files/ --endpoint-url https://minio.example.com --only-show-errors"], [s]


@P("gsutil_boto_file_hmac_credentials", "https://cloud.google.com/storage/docs/boto-gsutil")
def _():
    s = b64(40)
    return ["[Credentials]", f"gs_access_key_id = GOOG1E{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(30))}", f"gs_secret_access_key = {s}", "", "[Boto]", "https_validate_certificates = True"], [s]


@P("gsutil_boto_oauth2_refresh_token", "https://cloud.google.com/storage/docs/boto-gsutil")
def _():
    t = an(20) + "-" + an(50)
    return ["[Credentials]", f"gs_oauth2_refresh_token = 1//{t}", "", "[GSUtil]", "default_project_id = wandb-prod", "parallel_composite_upload_threshold = 150M"], [t]


@P("gsutil_o_override_secret_rsync_cmd", "https://cloud.google.com/storage/docs/gsutil/addlhelp/TopLevelCommandLineOptions")
def _():
    s = b64(40)
    return [f'gsutil -m -o "Credentials:gs_access_key_id=GOOG1E{HX(24)}" -o "Credentials:gs_secret_access_key={s}" rsync -r -d /data/wandb gs://{bucket()}/wandb'], [s]


@P("azcopy_sync_sas_url_job_args", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-blobs-synchronize")
def _():
    sig = b64(43)
    from urllib.parse import quote
    e = quote(sig + "=", safe="")
    return ["      args:", "      - sync", "      - /backup/mysql",
            f"      - https://wandbbackup.blob.core.windows.net/mysql?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-12-31T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig={e}",
            "      - --delete-destination=true"], [e[:-3]]


@P("azcopy_spa_client_secret_env_login", "https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-login")
def _():
    s = an(8) + "~" + an(31)
    return [f"export AZCOPY_SPA_CLIENT_SECRET='{s}'", f"azcopy login --service-principal --application-id {uuid()} --tenant-id {uuid()}",
            "INFO: SPN Auth via secret succeeded."], [s]


@P("azure_conn_string_env_line_accountkey_double_eq", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")
def _():
    k = b64(86)
    return [f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=wandbbackup;AccountKey={k}==;EndpointSuffix=core.windows.net"], [k]


# ---------------------------------------------------------------- migration tools
@P("golang_migrate_cli_mysql_database_url", "https://github.com/golang-migrate/migrate/tree/master/database/mysql")
def _():
    p = upw()
    return [f"$ migrate -path ./migrations -database 'mysql://wandb:{p}@tcp({dbhost()}:3306)/wandb_local?multiStatements=true' up",
            f"{R.randint(1, 99)}/u add_run_index ({R.randint(10, 900)}.{R.randint(100, 999)}ms)"], [p]


@P("golang_migrate_k8s_job_args_list", "https://github.com/golang-migrate/migrate#cli-usage")
def _():
    p = upw()
    return ["        args:", "        - -path=/migrations", f"        - -database=mysql://migrator:{p}@tcp(mysql.wandb.svc.cluster.local:3306)/wandb_local?tls=skip-verify", "        - up"], [p]


@P("golang_migrate_error_dirty_with_url_in_script_trace", "https://github.com/golang-migrate/migrate/blob/master/FAQ.md")
def _():
    p = upw()
    return [f"+ migrate -path /app/migrations -database mysql://wandb:{p}@tcp(10.0.3.7:3306)/wandb_local force {R.randint(10, 99)}",
            "+ echo 'forced version'", "forced version"], [p]


@P("flyway_conf_url_user_password", "https://documentation.red-gate.com/fd/configuration-files-224003079.html")
def _():
    p = pw()
    return [f"flyway.url=jdbc:mysql://{dbhost()}:3306/wandb_local?useSSL=true", "flyway.user=migrator", f"flyway.password={p}", "flyway.locations=filesystem:/flyway/sql", "flyway.baselineOnMigrate=true"], [p]


@P("flyway_toml_environment_password", "https://documentation.red-gate.com/fd/toml-configuration-file-225313212.html")
def _():
    p = pw()
    return ["[environments.prod]", f'url = "jdbc:mysql://{dbhost()}:3306/wandb_local"', 'user = "migrator"', f'password = "{p}"', "", "[flyway]", 'environment = "prod"'], [p]


@P("flyway_docker_run_cli_args", "https://documentation.red-gate.com/fd/command-line-184127404.html")
def _():
    p = upw()
    return [f"docker run --rm -v $PWD/sql:/flyway/sql flyway/flyway:10 -url=jdbc:mysql://{dbhost()}:3306/wandb_local -user=migrator -password={p} migrate",
            "Flyway OSS Edition 10.%d.0 by Redgate" % R.randint(1, 20)], [p]


@P("flyway_env_password_compose_yaml", "https://documentation.red-gate.com/fd/environment-variables-184127165.html")
def _():
    p = pw()
    return ["  flyway:", "    image: flyway/flyway:10", "    environment:", f"      FLYWAY_URL: jdbc:mysql://mysql:3306/wandb_local", "      FLYWAY_USER: migrator", f"      FLYWAY_PASSWORD: {p}", "    command: migrate"], [p]


@P("liquibase_properties_file_password", "https://docs.liquibase.com/concepts/connections/creating-config-properties.html")
def _():
    p = pw()
    return ["changeLogFile: db/changelog/db.changelog-master.yaml", f"url: jdbc:mysql://{dbhost()}:3306/wandb_local", "username: migrator", f"password: {p}", "liquibase.hub.mode: off"], [p]


@P("liquibase_cli_command_password_flag", "https://docs.liquibase.com/parameters/password.html")
def _():
    p = upw()
    return [f"liquibase update --changelog-file=changelog.xml --url=jdbc:mysql://{dbhost()}:3306/wandb_local --username=migrator --password={p}",
            "Starting Liquibase at 02:1%d:%02d" % (R.randint(0, 9), R.randint(0, 59))], [p]


@P("liquibase_env_command_password_k8s", "https://docs.liquibase.com/parameters/password.html")
def _():
    p = pw()
    return ["        - name: LIQUIBASE_COMMAND_URL", f"          value: jdbc:mysql://{dbhost()}:3306/wandb_local", "        - name: LIQUIBASE_COMMAND_USERNAME",
            "          value: migrator", "        - name: LIQUIBASE_COMMAND_PASSWORD", f"          value: '{p}'"], [p]


@P("gh_ost_cmdline_password_alter", "https://github.com/github/gh-ost/blob/master/doc/command-line-flags.md")
def _():
    p = upw()
    return [f"gh-ost --host={dbhost()} --user=ghost --password={p} --database=wandb_local --table=runs \\",
            "  --alter=\"ADD INDEX idx_runs_project_state (project_id, state)\" --allow-on-master --chunk-size=2000 --execute"], [p]


@P("gh_ost_conf_client_file", "https://github.com/github/gh-ost/blob/master/doc/command-line-flags.md#conf")
def _():
    p = pw()
    return ["$ cat /etc/gh-ost.cnf", "[client]", "user=ghost", f"password={p}", "$ gh-ost --conf=/etc/gh-ost.cnf --database=wandb_local --table=history --alter='ENGINE=InnoDB' --execute"], [p]


@P("gh_ost_replica_user_password_flags", "https://github.com/github/gh-ost/blob/master/doc/command-line-flags.md#master-user")
def _():
    a, b = upw(), upw()
    return [f"gh-ost --assume-master-host={dbhost()} --master-user=ghost_m --master-password={a} \\",
            f"  --host={ip()} --user=ghost_r --password={b} --database=wandb_local --table=files --alter='DROP INDEX idx_tmp' --execute"], [a, b]


@P("pt_osc_dsn_p_component", "https://docs.percona.com/percona-toolkit/pt-online-schema-change.html")
def _():
    p = upw()
    return [f"pt-online-schema-change --alter \"ADD COLUMN archived TINYINT NOT NULL DEFAULT 0\" h={dbhost()},u=ptosc,p={p},D=wandb_local,t=projects --execute",
            "No slaves found.  See --recursion-method if host mysql-0 has slaves."], [p]


@P("pt_table_checksum_dsns_table_row", "https://docs.percona.com/percona-toolkit/pt-table-checksum.html#cmdoption-pt-table-checksum-recursion-method")
def _():
    p = upw()
    return ["mysql> INSERT INTO percona.dsns (parent_id, dsn) VALUES", f"    -> (1, 'h={ip()},P=3306,u=checksum,p={p}');", "Query OK, 1 row affected (0.01 sec)"], [p]


@P("pt_osc_password_long_option_ps", "https://docs.percona.com/percona-toolkit/pt-online-schema-change.html#cmdoption-pt-online-schema-change-password")
def _():
    p = pw()
    return [f"perl /usr/bin/pt-online-schema-change --user=ptosc --password={p} --host={dbhost()} --alter=ENGINE=InnoDB D=wandb_local,t=artifacts --execute --max-load Threads_running=50"], [p]


@P("aws_dms_create_endpoint_password_cli", "https://docs.aws.amazon.com/cli/latest/reference/dms/create-endpoint.html")
def _():
    p = pw()
    return ["aws dms create-endpoint \\", "    --endpoint-identifier wandb-src \\", "    --endpoint-type source \\", "    --engine-name mysql \\",
            "    --username dms_user \\", f"    --password '{p}' \\", f"    --server-name {dbhost()} \\", "    --port 3306"], [p]


@P("aws_dms_modify_endpoint_mysql_settings_json", "https://docs.aws.amazon.com/dms/latest/APIReference/API_MySQLSettings.html")
def _():
    p = pw()
    return [f"aws dms modify-endpoint --endpoint-arn arn:aws:dms:us-east-1:{R.randint(10 ** 11, 10 ** 12 - 1)}:endpoint:{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(26))} \\",
            f"  --my-sql-settings '{{\"ServerName\":\"{dbhost()}\",\"Port\":3306,\"Username\":\"dms_user\",\"Password\":\"{p}\"}}'"], [p]


@P("aws_dms_cloudformation_endpoint_password_property", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dms-endpoint.html")
def _():
    p = pw()
    return ["  TargetEndpoint:", "    Type: AWS::DMS::Endpoint", "    Properties:", "      EndpointType: target", "      EngineName: aurora",
            f"      ServerName: {dbhost()}", "      Port: 3306", "      Username: wandb", f"      Password: {p}"], [p]


# ---------------------------------------------------------------- redis
RDOC = "https://redis.io/docs/latest/commands/"


@P("redis_cli_config_get_requirepass_reply", RDOC + "config-get/")
def _():
    p = pw()
    return [f"{rhost()}:6379> CONFIG GET requirepass", '1) "requirepass"', f'2) "{p}"'], [p]


@P("redis_cli_config_get_masterauth_pair", RDOC + "config-get/")
def _():
    p, q = pw(), pw()
    return ["127.0.0.1:6379> CONFIG GET *auth*", '1) "masterauth"', f'2) "{p}"', '3) "masteruser"', '4) "replica"', "127.0.0.1:6379> CONFIG GET requirepass",
            '1) "requirepass"', f'2) "{q}"'], [p, q]


@P("redis_cli_auth_two_args_transcript", RDOC + "auth/")
def _():
    p = pw()
    return ["$ redis-cli -h " + rhost(), f"redis:6379> AUTH wandb {p}", "OK", "redis:6379> DBSIZE", f"(integer) {R.randint(10, 99999)}"], [p]


@P("redis_cli_hello_auth_transcript", RDOC + "hello/")
def _():
    p = pw()
    return [f"127.0.0.1:6379> HELLO 3 AUTH default {p} SETNAME wbdiag", '1# "server" => "redis"', '2# "version" => "7.2.%d"' % R.randint(1, 5), '3# "proto" => (integer) 3'], [p]


@P("redis_cli_acl_setuser_script_trace", RDOC + "acl-setuser/")
def _():
    p = pw()
    return [f"+ redis-cli -h {rhost()} ACL SETUSER wandb on '>{p}' '~*' '&*' +@all -@dangerous", "OK", "+ redis-cli ACL SAVE", "OK"], [p]


@P("redis_cli_config_set_requirepass_init", RDOC + "config-set/")
def _():
    p = pw()
    return [f"$ redis-cli CONFIG SET requirepass '{p}'", "OK", "$ redis-cli -a \"$NEWPASS\" CONFIG REWRITE", "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.", "OK"], [p]


@P("redis_cli_a_flag_ps_exporter", "https://redis.io/docs/latest/develop/tools/cli/")
def _():
    p = pw()
    return [f"redis      1  0.0  0.0   4320  2800 ?  Ss  09:14  0:00 sh -c redis-cli -h localhost -a {p} --no-auth-warning ping"], [p]


@P("redis_cli_u_uri_tls_history", "https://redis.io/docs/latest/develop/tools/cli/")
def _():
    p = upw()
    return [f"redis-cli -u rediss://default:{p}@{rhost()}:6380/0 --tls --insecure --scan --pattern 'wandb:*' | head"], [p]


@P("redis_migrate_auth_transcript", RDOC + "migrate/")
def _():
    p = pw()
    return [f"127.0.0.1:6379> MIGRATE {ip()} 6379 \"\" 0 5000 COPY AUTH {p} KEYS wb:run:{hx(8)} wb:run:{hx(8)}", "OK"], [p]


@P("redis_sentinel_conf_auth_pass", "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")
def _():
    p = pw()
    return ["port 26379", f"sentinel monitor mymaster {ip()} 6379 2", f"sentinel auth-pass mymaster {p}", "sentinel down-after-milliseconds mymaster 5000"], [p]


@P("redis_conf_masterauth_requirepass_quoted", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")
def _():
    p, q = pw(), pw()
    return [f"replicaof {ip()} 6379", f'masterauth "{p}"', "masteruser replica", f'requirepass "{q}"', "appendonly yes"], [p, q]


@P("redis_acl_file_multiple_passwords_user", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")
def _():
    p, q = pw(), pw()
    return ["user default off", f"user wandb on >{p} >{q} ~wandb:* &* +@all -flushall -flushdb", "user exporter on nopass ~* +info +ping"], [p, q]


@P("redis_cli_config_get_star_numbered_reply_window", RDOC + "config-get/")
def _():
    p = pw()
    return ['121) "replica-announce-ip"', '122) ""', '123) "masterauth"', f'124) "{p}"', '125) "unixsocketperm"', '126) "0"'], [p]


# ---------------------------------------------------------------- more moving-data positives
@P("mysqlbinlog_read_from_remote_server_cmd", MYREF + "mysqlbinlog-backup.html")
def _():
    p = upw()
    return [f"mysqlbinlog --read-from-remote-server --host={dbhost()} --user=repl --password={p} --raw --stop-never --result-file=/binlogs/ {binlog()}"], [p]


@P("mysqlbinlog_v_row_event_token_column", MYREF + "mysqlbinlog-row-events.html")
def _():
    t = an(40)
    pos = R.randint(1000, 90000)
    return [f"# at {pos}", f"#{R.randint(23, 25)}0{R.randint(1, 9)}1{R.randint(0, 9)} 1{R.randint(0, 9)}:2{R.randint(0, 9)}:0{R.randint(0, 9)} server id 1  end_log_pos {pos + 212} CRC32 0x{hx(8)} \tWrite_rows: table id {R.randint(80, 900)} flags: STMT_END_F",
            "### INSERT INTO `wandb_local`.`oauth_refresh_tokens`", "### SET", f"###   @1={R.randint(1, 99999)}", f"###   @2='{t}'", f"###   @3={R.randint(1, 9999)}"], [t]


@P("rds_set_external_master_call", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-stored-proc-replicating.html")
def _():
    p = pw()
    return [f"mysql> CALL mysql.rds_set_external_master ('{dbhost()}', 3306, 'repl', '{p}', '{binlog()}', {R.randint(157, 99999)}, 1);",
            "Query OK, 0 rows affected (0.08 sec)"], [p]


@P("rds_set_external_source_with_auto_position", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-stored-proc-replicating.html")
def _():
    p = pw()
    return [f"CALL mysql.rds_set_external_source_with_auto_position ('{dbhost()}', 3306, 'repl', '{p}', 1, 0);", "CALL mysql.rds_start_replication;"], [p]


@P("gcloud_sql_users_set_password_cmd", "https://cloud.google.com/sdk/gcloud/reference/sql/users/set-password")
def _():
    p = upw()
    return [f"$ gcloud sql users set-password wandb --host=% --instance=wandb-mysql --password={p}", "Updating Cloud SQL user...done."], [p]


@P("aws_rds_modify_master_user_password", "https://docs.aws.amazon.com/cli/latest/reference/rds/modify-db-instance.html")
def _():
    p = upw()
    return [f"aws rds modify-db-instance --db-instance-identifier wandb-mysql --master-user-password '{p}' --apply-immediately"], [p]


@P("aws_secretsmanager_get_secret_value_db_json", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html")
def _():
    p = pw()
    inner = json.dumps({"username": "wandb", "password": p, "engine": "mysql", "host": dbhost(), "port": 3306, "dbname": "wandb_local"})
    return ["{", f'    "ARN": "arn:aws:secretsmanager:us-east-1:{R.randint(10 ** 11, 10 ** 12 - 1)}:secret:wandb/mysql-{an(6)}",', '    "Name": "wandb/mysql",',
            f'    "VersionId": "{uuid()}",', f'    "SecretString": {json.dumps(inner)},', '    "VersionStages": [', '        "AWSCURRENT"', "    ],"], [p]


@P("terraform_state_db_instance_password_attr", "https://developer.hashicorp.com/terraform/language/state/sensitive-data")
def _():
    p = pw()
    return ['          "attributes": {', '            "allocated_storage": 100,', '            "engine": "mysql",', '            "engine_version": "8.0.36",',
            '            "username": "wandb",', f'            "password": "{p}",', '            "port": 3306,'], [p]


@P("debezium_mysql_connector_config_json", "https://debezium.io/documentation/reference/stable/connectors/mysql.html")
def _():
    p = pw()
    return ["{", '  "name": "wandb-cdc",', '  "config": {', '    "connector.class": "io.debezium.connector.mysql.MySqlConnector",',
            f'    "database.hostname": "{dbhost()}",', '    "database.user": "debezium",', f'    "database.password": "{p}",', '    "database.server.id": "%d",' % R.randint(1000, 99999),
            '    "topic.prefix": "wandb"', "  }", "}"], [p]


@P("kafka_connect_jdbc_sink_connection_password_properties", "https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html")
def _():
    p = pw()
    return ["name=wandb-runs-sink", "connector.class=io.confluent.connect.jdbc.JdbcSinkConnector", f"connection.url=jdbc:mysql://{dbhost()}:3306/wb_analytics",
            "connection.user=sink", f"connection.password={p}", "insert.mode=upsert"], [p]


@P("orchestrator_json_topology_and_backend_password_pair", "https://github.com/openark/orchestrator/blob/master/docs/configuration-discovery-basic.md")
def _():
    p, q = pw(), pw()
    return ["{", '  "MySQLTopologyUser": "orchestrator",', f'  "MySQLTopologyPassword": "{p}",', '  "MySQLOrchestratorHost": "127.0.0.1",',
            '  "MySQLOrchestratorUser": "orc_server",', f'  "MySQLOrchestratorPassword": "{q}",', '  "DiscoverByShowSlaveHosts": false'], [p, q]


@P("maxscale_cnf_two_sections_monitor_service_pw", "https://mariadb.com/kb/en/mariadb-maxscale-24-mariadb-maxscale-configuration-guide/")
def _():
    p, q = pw(), pw()
    return ["[wandb-monitor]", "type=monitor", "module=mariadbmon", "servers=db1,db2", "user=maxmon", f"password={p}", "", "[rw-service]", "type=service", "router=readwritesplit", "user=maxsvc", f"password={q}"], [p, q]


@P("mc_host_env_userinfo_mirror", "https://min.io/docs/minio/linux/reference/minio-mc.html#mc-host-alias")
def _():
    s = an(40)
    return [f"MC_HOST_wb=https://wbmirror:{s}@minio.example.com mc mirror --overwrite --remove /var/backups/mysql wb/{bucket()}/mysql"], [s]


@P("mc_alias_set_shell_history_keys", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html")
def _():
    s = an(40)
    k = R.randint(10, 900)
    return [f"  {k}  mc alias set backupdst https://s3.example.com {akid()} {s} --api S3v4", f"  {k + 1}  mc mirror --watch local/wandb backupdst/{bucket()}"], [s]


@P("redis_cli_rdb_backup_cmd_password", "https://redis.io/docs/latest/develop/tools/cli/#remote-backups-of-rdb-files")
def _():
    p = pw()
    return [f"$ redis-cli -h {rhost()} -a '{p}' --no-auth-warning --rdb /backup/dump-$(date +%F).rdb", "sending REPLCONF capa eof", f"SYNC sent to master, writing {R.randint(10000, 9999999)} bytes to '/backup/dump.rdb'", "Transfer finished with success."], [p]


@P("redis_benchmark_a_flag_ci_log", "https://redis.io/docs/latest/operate/oss_and_stack/management/optimization/benchmarks/")
def _():
    p = pw()
    return [f"+ redis-benchmark -h {rhost()} -p 6379 -a {p} -t set,get -n 100000 -q", f"SET: {R.randint(50000, 99999)}.{R.randint(10, 99)} requests per second, p50=0.{R.randint(100, 999)} msec"], [p]


@P("pgloader_style_mysql_source_uri_load_file", "https://pgloader.readthedocs.io/en/latest/ref/mysql.html")
def _():
    p = upw()
    return ["LOAD DATABASE", f"     FROM mysql://wandb:{p}@{dbhost()}/wandb_local", "     INTO postgresql:///wb_archive", "WITH include drop, create tables, workers = 4", "SET maintenance_work_mem to '128MB';"], [p]


@P("mysql_innodb_cluster_secret_rootpassword_stringdata", "https://dev.mysql.com/doc/mysql-operator/en/mysql-operator-innodbcluster-simple-kubectl.html")
def _():
    p = pw()
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: mypwds", "  namespace: wandb", "stringData:", "  rootUser: root", '  rootHost: "%"', f'  rootPassword: "{p}"'], [p]


@P("xtrabackup_backup_log_password_equals_early_version", "https://docs.percona.com/percona-xtrabackup/2.4/xtrabackup_bin/xbk_option_reference.html")
def _():
    p = upw()
    return [f"xtrabackup: recognized client arguments: --user=root --password={p} --backup=1 --target-dir=/backups/inc1 --incremental-basedir=/backups/full",
            f"xtrabackup version 2.4.{R.randint(20, 29)} based on MySQL server 5.7.{R.randint(30, 44)} Linux (x86_64) (revision id: {hx(9)})"], [p]


@P("velero_restic_repo_password_env_node_agent_describe", "https://velero.io/docs/main/file-system-backup/")
def _():
    p = pw(20)
    return ["    Environment:", "      NODE_NAME:                 (v1:spec.nodeName)", "      VELERO_NAMESPACE:          velero (v1:metadata.namespace)",
            f"      RESTIC_PASSWORD:           {p}", "      AWS_SHARED_CREDENTIALS_FILE:  /credentials/cloud"], [p]


@P("s5cmd_credentials_file_profile_cat", "https://github.com/peak/s5cmd#specifying-credentials")
def _():
    s = awssk()
    return ["$ cat /etc/s5cmd/credentials", "[minio]", f"aws_access_key_id={akid()}", f"aws_secret_access_key={s}",
            f"$ s5cmd --credentials-file /etc/s5cmd/credentials --profile minio --endpoint-url https://minio.example.com ls s3://{bucket()}/"], [s]


@P("gsutil_debug_authorization_bearer_header", "https://cloud.google.com/storage/docs/gsutil/addlhelp/TopLevelCommandLineOptions")
def _():
    t = "ya29." + an(8) + "-" + an(100)
    return ["send: b'GET /storage/v1/b/%s/o?alt=json&fields=items HTTP/1.1\\r\\nHost: storage.googleapis.com\\r\\n" % bucket()
            + f"authorization: Bearer {t}\\r\\nuser-agent: apitools Python/3.11 gsutil/5.27\\r\\n\\r\\n'", "reply: 'HTTP/1.1 200 OK\\r\\n'"], [t[5:]]


# ================================================================ negatives
@N("general_log_create_user_identified_with_plugin_only", MYREF + "create-user.html")
def _():
    t = t_iso()
    c = R.randint(8, 900)
    return [f"{t}\t{c:>5} Query\tCREATE USER '{user()}'@'%' IDENTIFIED WITH auth_socket", f"{t}\t{c:>5} Query\tGRANT SELECT ON {db()}.* TO '{user()}'@'%'"]


@N("general_log_rewritten_identified_by_secret_marker", MYREF + "password-logging.html")
def _():
    t = t_iso()
    c = R.randint(8, 900)
    return [f"{t}\t{c:>5} Query\tALTER USER '{user()}'@'%' IDENTIFIED WITH 'caching_sha2_password' BY <secret>",
            f"{t}\t{c:>5} Query\tCHANGE REPLICATION SOURCE TO SOURCE_HOST = '{dbhost()}', SOURCE_USER = 'repl', SOURCE_PASSWORD = <secret>"]


@N("slow_log_select_from_table_named_api_keys", MYREF + "slow-query-log.html")
def _():
    return w_slow(f"SELECT id, user_id, created_at FROM api_keys WHERE user_id = {R.randint(1, 99999)} AND revoked_at IS NULL")


@N("percona_audit_json_connect_record_no_sql", "https://docs.percona.com/percona-server/8.0/audit-log-plugin.html")
def _():
    rec = {"audit_record": {"name": "Connect", "record": f"{R.randint(100, 9999)}_{t_iso(0)[:19]}", "timestamp": t_iso(0), "connection_id": str(R.randint(8, 900)),
                            "status": R.choice([0, 1045]), "user": user(), "priv_user": user(), "os_login": "", "proxy_user": "", "host": "", "ip": ip(), "db": db()}}
    return [json.dumps(rec)]


@N("percona_audit_xml_set_password_masked", "https://docs.percona.com/percona-server/8.0/audit-log-plugin.html")
def _():
    t = t_iso(0)
    return ["<AUDIT_RECORD>", " <NAME>Query</NAME>", f" <TIMESTAMP>{t}</TIMESTAMP>", " <COMMAND_CLASS>set_password</COMMAND_CLASS>",
            f" <CONNECTION_ID>{R.randint(8, 900)}</CONNECTION_ID>", f" <SQLTEXT>SET PASSWORD FOR &apos;{user()}&apos;@&apos;%&apos;=&lt;secret&gt;</SQLTEXT>", "</AUDIT_RECORD>"]


@N("mariadb_server_audit_connect_failed_1045", "https://mariadb.com/kb/en/mariadb-audit-plugin-log-format/")
def _():
    y, mo, d, h, mi, s = t_parts()
    return [f"{y}{mo:02d}{d:02d} {h:02d}:{mi:02d}:{s:02d},mariadb-0,{user()},{ip()},{R.randint(8, 900)},0,FAILED_CONNECT,,,1045",
            f"{y}{mo:02d}{d:02d} {h:02d}:{mi:02d}:{s:02d},mariadb-0,{user()},{ip()},{R.randint(8, 900)},0,DISCONNECT,,,0"]


@N("processlist_box_binlog_dump_gtid", MYREF + "show-processlist.html")
def _():
    return ["+----+------+-------------------+------+------------------+------+---------------------------------------------------------------+------+",
            "| Id | User | Host              | db   | Command          | Time | State                                                         | Info |",
            f"| {R.randint(10, 99)} | repl | {ip()}:{R.randint(30000, 60000)} | NULL | Binlog Dump GTID | {R.randint(100, 99999)} | Source has sent all binlog to replica; waiting for more updates | NULL |"]


@N("show_replica_status_vertical_no_password", MYREF + "show-replica-status.html")
def _():
    g = gtid()
    return ["*************************** 1. row ***************************", "             Replica_IO_State: Waiting for source to send event",
            f"                  Source_Host: {dbhost()}", "                  Source_User: repl", "                  Source_Port: 3306",
            f"              Source_Log_File: {binlog()}", f"          Read_Source_Log_Pos: {R.randint(157, 999999)}",
            "           Replica_IO_Running: Yes", f"           Retrieved_Gtid_Set: {g}", f"            Executed_Gtid_Set: {g}",
            "        Source_SSL_Allowed: Yes", "              Auto_Position: 1"]


@N("replication_connection_configuration_row", MYREF + "performance-schema-replication-connection-configuration-table.html")
def _():
    return ["CHANNEL_NAME\tHOST\tPORT\tUSER\tNETWORK_INTERFACE\tAUTO_POSITION\tSSL_ALLOWED\tGET_SOURCE_PUBLIC_KEY",
            f"\t{dbhost()}\t3306\trepl\t\t1\tYES\t{R.choice(['YES', 'NO'])}"]


@N("mysqldump_source_data_change_replication_source_positions", MYREF + "mysqldump.html#option_mysqldump_source-data")
def _():
    return ["--", "-- Position to start replication or point-in-time recovery from", "--", "",
            f"-- CHANGE REPLICATION SOURCE TO SOURCE_LOG_FILE='{binlog()}', SOURCE_LOG_POS={R.randint(157, 999999)};"]


@N("mysqldump_header_gtid_purged", MYREF + "mysqldump.html")
def _():
    return [f"-- MySQL dump 10.13  Distrib 8.0.{R.randint(30, 40)}, for Linux (x86_64)", "--", f"-- Host: {dbhost()}    Database: {db()}",
            "-- ------------------------------------------------------", "-- Server version\t8.0.%d" % R.randint(30, 40), "",
            "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;", f"SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '{gtid()}';"]


@N("mysqldump_create_table_password_hash_column", MYREF + "mysqldump.html")
def _():
    return ["DROP TABLE IF EXISTS `users`;", "CREATE TABLE `users` (", "  `id` bigint NOT NULL AUTO_INCREMENT,", "  `password_hash` varbinary(255) DEFAULT NULL,",
            "  `api_key_digest` char(64) DEFAULT NULL,", "  PRIMARY KEY (`id`)", f") ENGINE=InnoDB AUTO_INCREMENT={R.randint(100, 99999)} DEFAULT CHARSET=utf8mb4;"]


@N("mysql_insecure_password_warning_and_access_denied", MYREF + "password-security-user.html")
def _():
    return ["mysql: [Warning] Using a password on the command line interface can be insecure.",
            f"ERROR 1045 (28000): Access denied for user '{user()}'@'{ip()}' (using password: {R.choice(['YES', 'NO'])})"]


@N("mysql_config_editor_print_all_masked", MYREF + "mysql-config-editor.html")
def _():
    return ["$ mysql_config_editor print --all", f"[{R.choice(['client', 'wandb', 'backup'])}]", f"user = \"{user()}\"", "password = *****", f"host = \"{dbhost()}\"", f"port = {R.choice([3306, 3307, 6033])}"]


@N("my_cnf_client_password_prompt_no_value", MYREF + "option-files.html")
def _():
    return ["[client]", f"user={user()}", "password", f"host={dbhost()}", f"ssl-ca=/etc/mysql/certs/ca-{hx(6)}.pem"]


@N("defaults_extra_file_path_cmdline", MYREF + "option-file-options.html")
def _():
    return [f"+ mysqldump --defaults-extra-file=/run/secrets/mysql-backup-{hx(6)}.cnf --single-transaction --routines {db()}", f"+ gzip -9 > /backup/{db()}-{t_iso(0)[:10]}.sql.gz"]


@N("mysqlrouter_bootstrap_prompt_no_password", "https://dev.mysql.com/doc/mysql-router/8.0/en/mysqlrouter.html")
def _():
    return [f"# mysqlrouter --bootstrap root@{dbhost()}:3306 --directory /tmp/router-{hx(4)} --account routerfriend", "Please enter MySQL password for root: ",
            "# Bootstrapping MySQL Router instance at '/tmp/router'...", f"- Creating account(s) (only those that are needed, if any)"]


@N("validate_password_variables_box", MYREF + "validate-password-options-variables.html")
def _():
    return ["+-------------------------------------------------+--------+", "| Variable_name                                   | Value  |",
            "| validate_password.check_user_name               | ON     |", f"| validate_password.length                        | {R.randint(8, 16):<6} |",
            f"| validate_password.policy                        | {R.choice(['MEDIUM', 'STRONG', 'LOW']):<6} |", "+-------------------------------------------------+--------+"]


@N("mysqld_error_log_empty_password_warning", MYREF + "data-directory-initialization.html")
def _():
    t = t_iso()
    return [f"{t} {R.randint(5, 9)} [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option."]


@N("show_grants_for_user_no_identified", MYREF + "show-grants.html")
def _():
    u = user()
    return [f"mysql> SHOW GRANTS FOR '{u}'@'%';", f"| GRANT USAGE ON *.* TO `{u}`@`%` |", f"| GRANT ALL PRIVILEGES ON `{db()}`.* TO `{u}`@`%` |"]


@N("ps_digest_summary_redacted_digest_text", MYREF + "performance-schema-statement-digests.html")
def _():
    return [f"DIGEST: {hx(64)}", "DIGEST_TEXT: ALTER USER ? @ ? IDENTIFIED BY <secret>", f"COUNT_STAR: {R.randint(1, 40)}", f"SUM_TIMER_WAIT: {R.randint(10 ** 8, 10 ** 11)}"]


@N("mysqlbinlog_header_gtid_event_positions", MYREF + "mysqlbinlog.html")
def _():
    pos = R.randint(200, 90000)
    return [f"# at {pos}", f"#2{R.randint(30000, 51231)} 1{R.randint(0, 9)}:0{R.randint(0, 9)}:11 server id 1  end_log_pos {pos + 79} CRC32 0x{hx(8)} \tGTID\tlast_committed={R.randint(1, 999)}\tsequence_number={R.randint(1000, 9999)}\trbr_only=yes",
            f"SET @@SESSION.GTID_NEXT= '{uuid()}:{R.randint(1, 99999)}'/*!*/;"]


@N("mysqlbinlog_row_event_reset_token_cleared_null", MYREF + "mysqlbinlog-row-events.html")
def _():
    return ["### UPDATE `wandb_local`.`users`", "### WHERE", f"###   @1={R.randint(1, 9999)}", "### SET", f"###   @5='{t_iso(0)[:19].replace('T', ' ')}'",
            "###   @6=NULL /* password_reset_token cleared */"]


@N("relay_log_info_file_lines", "https://dev.mysql.com/doc/refman/5.7/en/replica-logs-status.html")
def _():
    return ["7", f"./relay-bin.{R.randint(1, 999):06d}", str(R.randint(157, 99999)), binlog(), str(R.randint(157, 99999)), "0", "0", "1"]


@N("xtrabackup_checkpoints_lsn", "https://docs.percona.com/percona-xtrabackup/8.0/xtrabackup-files.html")
def _():
    a = R.randint(10 ** 7, 10 ** 9)
    return [f"backup_type = {R.choice(['full-backuped', 'incremental', 'full-prepared'])}", "from_lsn = 0", f"to_lsn = {a}", f"last_lsn = {a + R.randint(1, 999)}", "flushed_lsn = %d" % (a + 3), "redo_memory = 0"]


@N("xtrabackup_binlog_info_gtid", "https://docs.percona.com/percona-xtrabackup/8.0/xtrabackup-files.html")
def _():
    return [f"{binlog()}\t{R.randint(157, 999999)}\t{gtid()}"]


@N("xtrabackup_recognized_args_star_password", "https://docs.percona.com/percona-xtrabackup/8.0/xtrabackup-option-reference.html")
def _():
    t = t_iso()
    return [f"{t} 0 [Note] [MY-011825] [Xtrabackup] recognized client arguments: --user={user()} --password=* --backup=1 --target-dir=/backups/{t[:10]}",
            f"{t} 0 [Note] [MY-011825] [Xtrabackup] Connecting to MySQL server host: {dbhost()}, user: {user()}, password: set, port: 3306"]


@N("mydumper_metadata_file_positions", "https://github.com/mydumper/mydumper/blob/master/docs/mydumper_usage.rst")
def _():
    return [f"# Started dump at: {t_iso(0)[:19].replace('T', ' ')}", "[source]", f"File = {binlog()}", f"Position = {R.randint(157, 999999)}", f"Executed_Gtid_Set = {gtid()}"]


@N("myloader_progress_messages", "https://github.com/mydumper/mydumper/blob/master/docs/myloader_usage.rst")
def _():
    return [f"** Message: 0{R.randint(0, 9)}:1{R.randint(0, 9)}:2{R.randint(0, 9)}.{R.randint(100, 999)}: Thread {R.randint(1, 8)}: restoring {db()}.runs part {R.randint(1, 99)} of {R.randint(100, 200)} from {db()}.runs.000{R.randint(10, 99)}.sql.zst. Progress {R.randint(1, 99)} of {R.randint(100, 200)}.",
            f"** Message: Thread {R.randint(1, 8)}: Data import ended"]


@N("mysqlsh_dump_progress_and_uri_without_password", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-utilities-dump-instance-schema.html")
def _():
    return [f"Creating a session to '{user()}@{dbhost()}:3306'", "Fetching schema names...", f"Acquiring global read lock", f"{R.randint(1, 99)}% ({R.randint(1, 900)}.{R.randint(10, 99)}K rows / ~{R.randint(1, 900)}.{R.randint(10, 99)}K rows), {R.randint(1, 99)}.{R.randint(10, 99)}K rows/s, {R.randint(1, 99)}.{R.randint(10, 99)} MB/s uncompressed"]


@N("proxysql_mysql_servers_box", PROXY)
def _():
    return ["+--------------+-----------------------+------+--------+", "| hostgroup_id | hostname              | port | status |",
            f"| 10           | {dbhost():<21} | 3306 | ONLINE |", f"| 20           | {ip():<21} | 3306 | ONLINE |"]


@N("proxysql_query_rules_match_password_column", PROXY)
def _():
    return ["rule_id\tactive\tmatch_digest\tdestination_hostgroup\tapply",
            f"{R.randint(1, 99)}\t1\t^SELECT .* FROM users WHERE password_hash = \\?\t10\t1", f"{R.randint(100, 199)}\t1\t^SELECT\t20\t1"]


@N("proxysql_stats_mysql_users_counts", "https://proxysql.com/documentation/stats-statistics/")
def _():
    return ["username\tfrontend_connections\tfrontend_max_connections", f"{user()}\t{R.randint(0, 90)}\t{R.randint(100, 10000)}", f"monitor\t0\t{R.randint(100, 10000)}"]


@N("proxysql_log_load_users_to_runtime", "https://proxysql.com/documentation/")
def _():
    t = t_iso(0)[:19].replace("T", " ")
    return [f"{t} [INFO] Received LOAD MYSQL USERS TO RUNTIME command", f"{t} [INFO] Computed checksum for 'LOAD MYSQL USERS TO RUNTIME' was '0x{HX(16)}', with epoch '{R.randint(1672531200, 1735689600)}'"]


@N("velero_backup_describe_details", "https://velero.io/docs/main/backup-reference/")
def _():
    return [f"Name:         wandb-nightly-{t_iso(0)[:10].replace('-', '')}", "Namespace:    velero", "Phase:  Completed", f"Storage Location:  default",
            f"Velero-Native Snapshots: {R.randint(0, 4)} of {R.randint(4, 8)} snapshots completed successfully", "Backup Volumes:", f"  Pod Volume Backups - kopia:", f"    Completed:", f"      wandb/mysql-0: data"]


@N("velero_install_secret_file_flag", "https://velero.io/docs/main/basic-install/")
def _():
    return [f"velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.{R.randint(5, 11)}.0 --bucket {bucket()} --secret-file ./credentials-velero --backup-location-config region=minio,s3ForcePathStyle=\"true\",s3Url=http://minio.velero.svc:9000 --use-volume-snapshots=false"]


@N("velero_log_access_denied_no_creds", "https://velero.io/docs/main/troubleshooting/")
def _():
    return [f'time="{t_iso(0)}" level=error msg="Error getting backup store for this location" backupLocation=velero/default controller=backup-sync error="rpc error: code = Unknown desc = AccessDenied: Access Denied\\n\\tstatus code: 403, request id: {HX(16)}, host id: {b64(56)}" logSource="pkg/controller/backup_sync_controller.go:{R.randint(90, 200)}"']


@N("velero_backup_repository_cr_identifier", "https://velero.io/docs/main/file-system-backup/")
def _():
    return ["apiVersion: velero.io/v1", "kind: BackupRepository", "spec:", "  backupStorageLocation: default", "  maintenanceFrequency: 1h0m0s",
            f"  resticIdentifier: s3:http://minio.velero.svc:9000/{bucket()}/restic/wandb", "  volumeNamespace: wandb", "status:", f"  lastMaintenanceTime: \"{t_iso(0)}\"", "  phase: Ready"]


@N("restic_init_output_repo_id", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html")
def _():
    return [f"created restic repository {hx(10)} at s3:https://s3.example.com/{bucket()}/restic", "",
            "Please note that knowledge of your password is required to access", "the repository. Losing your password means that your data is", "irrecoverably lost."]


@N("restic_password_file_and_command_refs", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html")
def _():
    return [f"RESTIC_REPOSITORY=s3:https://s3.example.com/{bucket()}", f"RESTIC_PASSWORD_FILE=/etc/restic/pw-{hx(4)}", "RESTIC_PASSWORD_COMMAND=\"vault kv get -field=password secret/restic\"", f"RESTIC_CACHE_DIR=/var/cache/restic-{hx(4)}"]


@N("restic_snapshots_table", "https://restic.readthedocs.io/en/stable/045_working_with_repos.html")
def _():
    rows = [f"{hx(8)}  2025-0{R.randint(1, 9)}-{R.randint(10, 28)} 0{R.randint(0, 9)}:00:{R.randint(10, 59)}  mysql-0     nightly     /backup/wandb.sql.gz" for _ in range(3)]
    return ["ID        Time                 Host        Tags        Paths", "-" * 78] + rows + ["-" * 78, f"{len(rows)} snapshots"]


@N("restic_backup_summary_added_bytes", "https://restic.readthedocs.io/en/stable/040_backup.html")
def _():
    return [f"Files:          {R.randint(0, 9)} new,     {R.randint(0, 9)} changed,   {R.randint(10, 999)} unmodified", f"Added to the repository: {R.randint(1, 999)}.{R.randint(100, 999)} MiB ({R.randint(1, 999)}.{R.randint(100, 999)} MiB stored)",
            f"processed {R.randint(10, 999)} files, {R.randint(1, 99)}.{R.randint(100, 999)} GiB in 0:{R.randint(10, 59)}", f"snapshot {hx(8)} saved"]


@N("borg_passcommand_and_repo_env", "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables")
def _():
    return [f"export BORG_REPO=ssh://borg@backup.example.com:2222/./wandb-{hx(4)}", "export BORG_PASSCOMMAND='cat /root/.borg-passphrase'", f"export BORG_RSH='ssh -i /root/.ssh/borg_ed25519_{hx(4)}'"]


@N("borg_create_stats_archive_fingerprint", "https://borgbackup.readthedocs.io/en/stable/usage/create.html")
def _():
    return ["------------------------------------------------------------------------------", f"Repository: ssh://borg@backup.example.com:2222/./wandb-db",
            f"Archive name: mysql-0-{t_iso(0)[:19]}", f"Archive fingerprint: {hx(64)}", f"Duration: {R.randint(1, 59)}.{R.randint(10, 99)} seconds", f"Number of files: {R.randint(1, 99)}"]


@N("rclone_config_redacted_output", "https://rclone.org/commands/rclone_config_redacted/")
def _():
    return [f"[{R.choice(['minio', 'wbs3', 'offsite'])}]", "type = s3", "provider = Minio", "access_key_id = XXX", "secret_access_key = XXX", f"endpoint = https://minio{R.randint(1, 9)}.example.com"]


@N("rclone_vv_debug_startup", "https://rclone.org/docs/#v-vv-verbose")
def _():
    t = t_iso(0)[:19].replace("-", "/").replace("T", " ")
    return [f"{t} DEBUG : rclone: Version \"v1.6{R.randint(0, 8)}.{R.randint(0, 3)}\" starting with parameters [\"rclone\" \"sync\" \"-vv\" \"/var/backups/mysql\" \"minio:{bucket()}/mysql\"]",
            f"{t} DEBUG : Creating backend with remote \"minio:{bucket()}/mysql\"", f"{t} DEBUG : Using config file from \"/config/rclone/rclone.conf\"",
            f"{t} DEBUG : wandb.sql.gz: md5 = {hx(32)} OK"]


@N("rclone_conf_env_auth_true_no_keys", "https://rclone.org/s3/#authentication")
def _():
    return [f"[{R.choice(['aws', 's3prod', 'irsa'])}]", "type = s3", "provider = AWS", "env_auth = true", f"region = {R.choice(['us-east-1', 'us-west-2', 'eu-west-1'])}", "acl = private", f"storage_class = {R.choice(['STANDARD', 'STANDARD_IA', 'GLACIER_IR'])}"]


@N("s5cmd_log_debug_object_ops", "https://github.com/peak/s5cmd")
def _():
    return [f"DEBUG \"cp /data/wandb/{hx(8)}/files/output.log s3://{bucket()}/{hx(8)}/output.log\"", f"cp /data/wandb/media/{hx(12)}.png s3://{bucket()}/media/{hx(12)}.png",
            f"ERROR \"cp s3://{bucket()}/x/{hx(6)}.bin\": NoSuchKey: The specified key does not exist. status code: 404, request id: {HX(16)}"]


@N("aws_s3_sync_upload_lines", "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html")
def _():
    return [f"upload: ../backups/mysql/{db()}-{t_iso(0)[:10]}.sql.gz to s3://{bucket()}/mysql/{db()}-{t_iso(0)[:10]}.sql.gz",
            f"delete: s3://{bucket()}/mysql/{db()}-2023-0{R.randint(1, 9)}-1{R.randint(0, 9)}.sql.gz", f"Completed {R.randint(1, 900)}.{R.randint(0, 9)} MiB/{R.randint(900, 2000)}.{R.randint(0, 9)} MiB ({R.randint(1, 90)}.{R.randint(0, 9)} MiB/s) with {R.randint(1, 9)} file(s) remaining"]


@N("aws_configure_list_masked_keys", "https://docs.aws.amazon.com/cli/latest/reference/configure/list.html")
def _():
    return ["      Name                    Value             Type    Location", "      ----                    -----             ----    --------",
            f"   profile                 wbsync           manual    --profile", f"access_key     ****************{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(4))} shared-credentials-file",
            f"secret_key     ****************{an(4)} shared-credentials-file", f"    region                {R.choice(['us-east-1', 'eu-west-1'])}      config-file    ~/.aws/config"]


@N("aws_credentials_credential_process_sso", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
def _():
    return [f"[profile wb-{hx(4)}]", f"sso_session = wb-sso", f"sso_account_id = {R.randint(10 ** 11, 10 ** 12 - 1)}", "sso_role_name = BackupOperator", f"region = us-east-1", "credential_process = /usr/local/bin/aws-vault exec wbsync --json"]


@N("gsutil_rsync_building_state_output", "https://cloud.google.com/storage/docs/gsutil/commands/rsync")
def _():
    return [f"Building synchronization state...", f"Starting synchronization...", f"Copying file:///data/wandb/{hx(8)}/config.yaml [Content-Type=application/octet-stream]...",
            f"/ [{R.randint(1, 99)}/{R.randint(100, 200)} files][{R.randint(1, 99)}.{R.randint(1, 9)} MiB/{R.randint(100, 999)}.{R.randint(1, 9)} MiB]  {R.randint(1, 99)}% Done"]


@N("gsutil_ls_l_crc_md5_hashes", "https://cloud.google.com/storage/docs/gsutil/commands/ls")
def _():
    return [f"gs://{bucket()}/mysql/wandb.sql.gz:", f"    Creation time:          {t_iso(0)}", f"    Hash (crc32c):          {b64(6)}==", f"    Hash (md5):             {b64(22)}==", f"    ETag:                   C{b64(10)}=", f"    Generation:             {R.randint(10 ** 15, 10 ** 16)}"]


@N("boto_file_service_account_keyfile_path", "https://cloud.google.com/storage/docs/boto-gsutil")
def _():
    return ["[Credentials]", f"gs_service_key_file = /secrets/gcs/sa-{hx(6)}.json", "", "[GSUtil]", f"default_project_id = wandb-{hx(4)}"]


@N("azcopy_job_summary_no_sas", "https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-jobs-show")
def _():
    return [f"Job {uuid()} has started", f"Log file is located at: /root/.azcopy/{uuid()}.log", "", f"Elapsed Time (Minutes): {R.randint(0, 9)}.{R.randint(1000, 9999)}",
            f"Number of Copy Transfers Completed: {R.randint(1, 999)}", "Final Job Status: Completed"]


@N("azcopy_login_identity_no_secret", "https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-login")
def _():
    return [f"azcopy login --identity --identity-client-id {uuid()}", "INFO: Login with identity succeeded.", f"azcopy sync /backup/mysql https://wandbbackup{R.randint(1, 9)}.blob.core.windows.net/mysql --recursive"]


@N("golang_migrate_dirty_database_error", "https://github.com/golang-migrate/migrate/blob/master/FAQ.md")
def _():
    v = R.randint(10, 99)
    return [f"error: Dirty database version {v}. Fix and force version.", f"$ migrate -path /migrations -database \"$DATABASE_URL\" version", f"{v} (dirty)"]


@N("golang_migrate_up_applied_lines", "https://github.com/golang-migrate/migrate#cli-usage")
def _():
    return [f"{R.randint(1, 99)}/u create_secrets_table ({R.randint(10, 99)}.{R.randint(100, 999)}ms)", f"{R.randint(100, 199)}/u add_password_reset_tokens ({R.randint(10, 99)}.{R.randint(100, 999)}ms)", f"{R.randint(200, 299)}/u rotate_api_keys_index ({R.randint(10, 99)}.{R.randint(100, 999)}ms)"]


@N("flyway_info_table_migrations", "https://documentation.red-gate.com/fd/info-184127456.html")
def _():
    return [f"Database: jdbc:mysql://{dbhost()}:3306/{db()} (MySQL 8.0)", f"Schema version: {R.randint(1, 60)}",
            "+-----------+---------+--------------------------+------+---------------------+---------+", "| Category  | Version | Description              | Type | Installed On        | State   |",
            f"| Versioned | {R.randint(1, 60):<7} | add secret rotation cols | SQL  | {t_iso(0)[:19].replace('T', ' ')} | Success |"]


@N("flyway_conf_password_env_placeholder", "https://documentation.red-gate.com/fd/configuration-files-224003079.html")
def _():
    return [f"flyway.url=jdbc:mysql://{dbhost()}:3306/{db()}", "flyway.user=${FLYWAY_USER}", "flyway.password=${env.FLYWAY_PASSWORD}", f"flyway.connectRetries={R.randint(1, 20)}"]


@N("liquibase_banner_update_summary", "https://docs.liquibase.com/commands/update/update.html")
def _():
    return [f"Liquibase Version: 4.{R.randint(20, 29)}.{R.randint(0, 3)}", f"Liquibase Open Source 4.2{R.randint(0, 9)}.0 by Liquibase", "UPDATE SUMMARY",
            f"Run:                         {R.randint(0, 20)}", "Previously run:              %d" % R.randint(20, 200), "Filtered out:                0", "Liquibase command 'update' was executed successfully."]


@N("liquibase_properties_password_variable_ref", "https://docs.liquibase.com/concepts/connections/creating-config-properties.html")
def _():
    return [f"changeLogFile: db/changelog-{hx(4)}.xml", f"url: jdbc:mysql://{dbhost()}:3306/{db()}", "username: ${DB_USER}", "password: ${DB_PASSWORD}"]


@N("gh_ost_status_copy_progress", "https://github.com/github/gh-ost/blob/master/doc/understanding-output.md")
def _():
    a = R.randint(1000, 999999)
    return [f"Copy: {a}/{a * 3} {R.randint(1, 99)}.{R.randint(0, 9)}%; Applied: {R.randint(0, 9999)}; Backlog: 0/1000; Time: {R.randint(1, 900)}s(total), {R.randint(1, 900)}s(copy); streamer: {binlog()}:{R.randint(157, 999999)}; Lag: 0.0{R.randint(1, 9)}s, HeartbeatLag: 0.0{R.randint(1, 9)}s, State: migrating; ETA: {R.randint(1, 59)}m{R.randint(1, 59)}s"]


@N("gh_ost_ask_pass_and_hooks", "https://github.com/github/gh-ost/blob/master/doc/hooks.md")
def _():
    return [f"gh-ost --host={dbhost()} --user=ghost --ask-pass --database={db()} --table=runs --hooks-path=/etc/gh-ost/hooks --alter='ADD COLUMN x INT' --execute",
            "Password:", f"GH_OST_DATABASE_NAME={db()} GH_OST_TABLE_NAME=runs GH_OST_ELAPSED_SECONDS={R.randint(1, 9999)}"]


@N("pt_osc_progress_output", "https://docs.percona.com/percona-toolkit/pt-online-schema-change.html")
def _():
    return [f"Altering `{db()}`.`runs`...", f"Creating new table...", f"Created new table {db()}._runs_new OK.", f"Copying approximately {R.randint(1000, 999999)} rows...",
            f"Copying `{db()}`.`runs`:  {R.randint(1, 99)}% 0{R.randint(0, 9)}:{R.randint(10, 59)} remain", "Swapped original and new tables OK."]


@N("pt_osc_dsn_without_p_and_ask_pass", "https://docs.percona.com/percona-toolkit/pt-online-schema-change.html")
def _():
    return [f"pt-online-schema-change --ask-pass --alter \"ENGINE=InnoDB\" h={dbhost()},u=ptosc,D={db()},t=history --execute", "Enter MySQL password: "]


@N("aws_dms_describe_endpoints_no_password", "https://docs.aws.amazon.com/cli/latest/reference/dms/describe-endpoints.html")
def _():
    return ["{", '    "Endpoints": [', "        {", f'            "EndpointIdentifier": "wandb-src-{hx(4)}",', '            "EndpointType": "SOURCE",',
            '            "EngineName": "mysql",', '            "Username": "dms_user",', f'            "ServerName": "{dbhost()}",', '            "Port": 3306,', '            "SslMode": "none",']


@N("aws_dms_task_settings_logging_json", "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.html")
def _():
    return ['  "Logging": {', '    "EnableLogging": true,', '    "LogComponents": [', '      { "Id": "SOURCE_UNLOAD", "Severity": "LOGGER_SEVERITY_DEFAULT" },',
            f'      {{ "Id": "TARGET_LOAD", "Severity": "{R.choice(["LOGGER_SEVERITY_DEBUG", "LOGGER_SEVERITY_DEFAULT"])}" }}', "    ],", f'    "CloudWatchLogGroup": "dms-tasks-wandb-{hx(6)}"', "  },"]


@N("aws_dms_mysql_settings_secrets_manager_ref", "https://docs.aws.amazon.com/dms/latest/APIReference/API_MySQLSettings.html")
def _():
    return ['"MySQLSettings": {', f'    "SecretsManagerAccessRoleArn": "arn:aws:iam::{R.randint(10 ** 11, 10 ** 12 - 1)}:role/dms-secrets",',
            f'    "SecretsManagerSecretId": "arn:aws:secretsmanager:us-east-1:{R.randint(10 ** 11, 10 ** 12 - 1)}:secret:wandb/dms-{an(6)}",', '    "ServerTimezone": "UTC"', "}"]


@N("redis_config_get_requirepass_empty", RDOC + "config-get/")
def _():
    return [f"{rhost()}:6379> CONFIG GET requirepass", '1) "requirepass"', '2) ""', f"{rhost()}:6379> CONFIG GET maxmemory", '1) "maxmemory"', f'2) "{R.randint(1, 64) * 1073741824}"']


@N("redis_acl_list_nopass_and_resetpass", RDOC + "acl-list/")
def _():
    return ["127.0.0.1:6379> ACL LIST", '1) "user default on nopass sanitize-payload ~* &* +@all"', f'2) "user metrics{R.randint(1, 99)} off resetpass ~stats:* resetchannels -@all +info +ping"']


@N("redis_monitor_key_names_mention_token", RDOC + "monitor/")
def _():
    t = R.randint(1672531200, 1735689600)
    return [f'{t}.{R.randint(100000, 999999)} [0 {ip()}:{R.randint(30000, 60000)}] "GET" "wandb:session_token_ttl:{hx(8)}"',
            f'{t}.{R.randint(100000, 999999)} [0 {ip()}:{R.randint(30000, 60000)}] "DEL" "wandb:password_reset:{R.randint(1, 99999)}"']


@N("redis_auth_error_wrongpass_transcript", RDOC + "auth/")
def _():
    return [f"{rhost()}:6379> GET wb:flag", "(error) NOAUTH Authentication required.", f"{rhost()}:6379> AUTH", "(error) ERR wrong number of arguments for 'auth' command"]


@N("redis_cli_no_auth_warning_env_var", "https://redis.io/docs/latest/develop/tools/cli/")
def _():
    return [f"+ export REDISCLI_AUTH=\"$(cat /run/secrets/redis-{hx(4)})\"", f"+ redis-cli -h {rhost()} --no-auth-warning PING", "PONG"]


@N("redis_slowlog_get_entries", RDOC + "slowlog-get/")
def _():
    return ["1) 1) (integer) %d" % R.randint(1, 999), f"   2) (integer) {R.randint(1672531200, 1735689600)}", f"   3) (integer) {R.randint(10000, 99999)}",
            "   4) 1) \"KEYS\"", "      2) \"wandb:token:*\"", f"   5) \"{ip()}:{R.randint(30000, 60000)}\"", "   6) \"\""]


@N("redis_sentinel_conf_no_auth", "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")
def _():
    return [f"sentinel monitor mymaster {ip()} 6379 {R.randint(2, 3)}", "sentinel down-after-milliseconds mymaster 5000", f"sentinel myid {hx(40)}", "sentinel config-epoch mymaster 0"]


@N("mc_alias_list_accesskey_only_masked_secret", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-list.html")
def _():
    return [f"backupdst{R.randint(1, 9)}", "  URL       : https://s3.example.com", f"  AccessKey : {akid()}", "  SecretKey : *REDACTED*", "  API       : S3v4", "  Path      : auto"]


@N("velero_credentials_secret_metadata_only", "https://velero.io/docs/main/locations/")
def _():
    return ["NAME                      TYPE     DATA   AGE", f"cloud-credentials         Opaque   1      {R.randint(1, 400)}d", f"velero-repo-credentials   Opaque   1      {R.randint(1, 400)}d"]


@N("cronjob_env_secretkeyref_mysql_pwd", "https://kubernetes.io/docs/concepts/configuration/secret/")
def _():
    return ["            env:", "            - name: MYSQL_PWD", "              valueFrom:", "                secretKeyRef:", f"                  name: mysql-backup-{hx(5)}", "                  key: password"]


@N("terraform_plan_password_sensitive_value", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")
def _():
    return [f"  # aws_db_instance.wandb{R.randint(1, 9)} will be updated in-place", '  ~ resource "aws_db_instance" "wandb" {', '        id       = "db-%s"' % ''.join(R.choice(string.ascii_uppercase) for _ in range(26)),
            "      ~ password = (sensitive value)", '        username = "wandb"', "    }"]


@N("debezium_connector_config_provider_ref", "https://debezium.io/documentation/reference/stable/connectors/mysql.html")
def _():
    return ['  "config": {', '    "connector.class": "io.debezium.connector.mysql.MySqlConnector",', f'    "database.hostname": "{dbhost()}",', '    "database.user": "debezium",',
            f'    "database.password": "${{file:/opt/kafka/secrets/mysql-{hx(4)}.properties:password}}",', f'    "database.server.id": "{R.randint(1000, 99999)}"']


@N("kafka_connect_jdbc_config_log_hidden", "https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html")
def _():
    t = t_iso(0)[:19].replace("T", " ")
    return [f"[{t},{R.randint(100, 999)}] INFO JdbcSinkConfig values: ", f"\tconnection.password = [hidden]", f"\tconnection.url = jdbc:mysql://{dbhost()}:3306/wb_analytics", "\tconnection.user = sink"]


@N("secretsmanager_describe_secret_no_value", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/describe-secret.html")
def _():
    return ["{", f'    "ARN": "arn:aws:secretsmanager:us-east-1:{R.randint(10 ** 11, 10 ** 12 - 1)}:secret:wandb/mysql-{an(6)}",', '    "Name": "wandb/mysql",',
            '    "RotationEnabled": true,', f'    "LastRotatedDate": "{t_iso(0)}",', '    "VersionIdsToStages": {', f'        "{uuid()}": [', '            "AWSCURRENT"']


@N("orchestrator_conf_credentials_config_file_ref", "https://github.com/openark/orchestrator/blob/master/docs/configuration-backend.md")
def _():
    return ["{", f'  "MySQLTopologyCredentialsConfigFile": "/etc/orchestrator/topology-{hx(4)}.cnf",', '  "MySQLOrchestratorCredentialsConfigFile": "/etc/orchestrator/backend.cnf",', f'  "InstancePollSeconds": {R.randint(1, 10)}', "}"]


@N("rds_show_replica_status_procedure_error_log", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-stored-proc-replicating.html")
def _():
    return [f"mysql> CALL mysql.rds_stop_replication;", f"| Replica is {R.choice(['down or disabled', 'stopped'])} |", f"1 row in set (0.{R.randint(10, 99)} sec)", f"mysql> CALL mysql.rds_skip_repl_error;", f"| Statement in error has been skipped |", f"1 row in set (0.{R.randint(10, 99)} sec)"]


# ================================================================ kind judgement (see README)
NEW_KIND_POS = [
    "proxysql_eventslog_json_query_alter_user",
    "proxysql_eventslog_json_query_set_password",
    "mysql_client_tee_session_create_user",
    "mysql_client_tee_session_alter_replace",
    "mysql_client_tee_session_change_source",
    "mysql_client_tee_session_grant",
    "xtrabackup_cmdline_backup_stream_xbcloud",
    "mysqlsh_loaddump_python_mode_history",
    "rclone_connection_string_remote_inline_keys",
    "gsutil_o_override_secret_rsync_cmd",
    "flyway_toml_environment_password",
    "pt_table_checksum_dsns_table_row",
    "aws_dms_create_endpoint_password_cli",
    "aws_dms_modify_endpoint_mysql_settings_json",
    "aws_dms_cloudformation_endpoint_password_property",
    "redis_migrate_auth_transcript",
    "rds_set_external_master_call",
    "rds_set_external_source_with_auto_position",
    "debezium_mysql_connector_config_json",
    "pgloader_style_mysql_source_uri_load_file",
    "velero_install_helm_values_credentials_secretcontents",
    "xtrabackup_info_tool_command_line",
]
NEW_KIND_NEG = [
    "proxysql_query_rules_match_password_column",
    "proxysql_stats_mysql_users_counts",
    "proxysql_log_load_users_to_runtime",
    "gh_ost_status_copy_progress",
    "gh_ost_ask_pass_and_hooks",
    "pt_osc_progress_output",
    "pt_osc_dsn_without_p_and_ask_pass",
    "restic_init_output_repo_id",
    "restic_backup_summary_added_bytes",
    "borg_create_stats_archive_fingerprint",
    "gsutil_rsync_building_state_output",
    "flyway_info_table_migrations",
    "liquibase_banner_update_summary",
    "velero_backup_describe_details",
    "velero_backup_repository_cr_identifier",
    "velero_log_access_denied_no_creds",
    "s5cmd_log_debug_object_ops",
    "aws_s3_sync_upload_lines",
    "relay_log_info_file_lines",
    "xtrabackup_checkpoints_lsn",
    "debezium_connector_config_provider_ref",
    "rds_show_replica_status_procedure_error_log",
    "orchestrator_conf_credentials_config_file_ref",
    "mysqldump_source_data_change_replication_source_positions",
    "processlist_box_binlog_dump_gtid",
    "replication_connection_configuration_row",
    "aws_dms_describe_endpoints_no_password",
    "aws_dms_task_settings_logging_json",
    "aws_dms_mysql_settings_secrets_manager_ref",
    "golang_migrate_up_applied_lines",
    "myloader_progress_messages",
]


# ================================================================ driver
def ok_pos(lines, secrets):
    if not (1 <= len(lines) <= 12):
        return False
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text or not (s[0].isalnum() and s[-1].isalnum()):
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


def main():
    names_all = {n for n, _ in POS} | {n for n, _ in NEG}
    assert set(NEW_KIND_POS) <= {n for n, _ in POS} and set(NEW_KIND_NEG) <= {n for n, _ in NEG}
    assert names_all <= set(SOURCES)
    seen = set()
    pos_out, neg_out = [], []
    names = [n for n, _ in POS] + [n for n, _ in NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
    for name, fn in POS:
        for _ in range(3):
            for _try in range(500):
                lines, secrets = fn()
                secrets = list(dict.fromkeys(secrets))
                if ok_pos(lines, secrets) and not (set(secrets) & seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    nseen = set()
    for name, fn in NEG:
        for _ in range(5):
            for _try in range(500):
                lines = fn()
                key = json.dumps(lines)
                if 1 <= len(lines) <= 12 and key not in nseen:
                    break
            else:
                raise SystemExit("cannot draw negative " + name)
            nseen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fname, rows in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
