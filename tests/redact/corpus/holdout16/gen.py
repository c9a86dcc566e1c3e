#!/usr/bin/env python3
"""holdout16 generator: database, object-store, proxy and deployment-tooling shapes.
Stdlib only. Writes positives.jsonl and negatives.jsonl next to this file."""
import base64, hashlib, json, os, random, string, urllib.parse, uuid

SEED = 1616_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LET = string.ascii_letters
AN = LET + string.digits
UP = string.ascii_uppercase + string.digits
HX = "0123456789abcdef"


def rs(n, al):
    return "".join(R.choice(al) for _ in range(n))


def pw(n=None):
    """password: letters, digits, -_.!~+* ; starts and ends alnum"""
    n = n or R.randint(14, 24)
    return R.choice(AN) + rs(n - 2, AN + "-_.!~+*") + R.choice(AN)


def pwu(n=None):
    """URL-safe password (unreserved chars only)"""
    n = n or R.randint(14, 24)
    return R.choice(AN) + rs(n - 2, AN + "-_.~") + R.choice(AN)


def an(n):
    return rs(n, AN)


def hx(n):
    return rs(n, HX)


def b64(n):
    return rs(n, AN + "+/")


def b64u(n):
    return rs(n, AN + "-_")


def akid(p="AKIA"):
    return p + rs(16, string.ascii_uppercase + "234567")


def skey():
    return R.choice(AN) + rs(38, AN + "+/") + R.choice(AN)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def user():
    return R.choice(["wandb", "wb_app", "local", "svc_wandb", "mlops", "backup", "repl", "monitor",
                     "wbadmin", "ops", "app", "minio_svc"]) + str(R.randint(1, 99))


def dom():
    return R.choice(["example.com", "example.net", "example.org", "corp.example", "ml.example.com"])


def host(kind="db"):
    base = {"db": ["mysql", "mariadb", "db", "wandb-mysql", "mysql-primary", "galera-0"],
            "s3": ["minio", "s3", "objects", "rgw", "seaweed", "garage"],
            "web": ["wandb", "wb", "ml", "api", "auth", "sso"]}[kind]
    return R.choice(base) + "." + dom()


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def sid():
    return R.randint(3, 9999)


class Clock:
    def __init__(self):
        import datetime
        self.dt = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=R.randint(0, 3 * 365 * 86400))
        self.td = datetime.timedelta

    def step(self):
        self.dt += self.td(seconds=R.randint(1, 3))
        return self.dt

    def f(self, fmt):
        return self.step().strftime(fmt)


def jwt_like():
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": hx(16), "typ": "JWT"}).encode()).decode().rstrip("=")
    c = base64.urlsafe_b64encode(json.dumps({"sub": uid(), "aud": "wandb", "iss": "https://" + host("web"),
                                             "exp": R.randint(1700000000, 1760000000)}).encode()).decode().rstrip("=")
    s = b64u(86)
    return h + "." + c + "." + s, s


def basic(u, p):
    """base64 of u:p with the user padded so the password part is a clean suffix"""
    while len((u + ":").encode()) % 3:
        u += str(R.randint(0, 9))
    enc = base64.b64encode((u + ":" + p).encode()).decode()
    pre = len(base64.b64encode((u + ":").encode()).decode())
    return u, enc, enc[pre:].rstrip("=")


def sts_token():
    rest = b64(R.randint(300, 360))
    return "IQoJb3JpZ2luX2Vj" + rest, rest


def q(s):
    return urllib.parse.quote(s, safe="")


POS = []
NEG = []


def pos(name, new=True):
    def d(f):
        POS.append((name, new, f))
        return f
    return d


def neg(name):
    def d(f):
        NEG.append((name, f))
        return f
    return d

# ---------------------------------------------------------------- MySQL / MariaDB


@pos("mariadb_general_log_grant_identified_by_legacy_tab_columns")
def _():
    c = Clock(); u = user(); p = pw(); i = sid()
    return [c.f("%y%m%d %H:%M:%S") + "\t%6d Connect\troot@localhost on  using Socket" % i,
            "\t\t%6d Query\tGRANT ALL PRIVILEGES ON `wandb_local`.* TO '%s'@'%%' IDENTIFIED BY '%s'" % (i, u, p),
            "\t\t%6d Query\tFLUSH PRIVILEGES" % i,
            "\t\t%6d Quit\t" % i], [p]


@pos("mysql8_general_log_alter_user_retain_current_password")
def _():
    c = Clock(); u = user(); p = pw()
    t = c.f("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % R.randint(0, 999999)
    return ["/usr/sbin/mysqld, Version: 8.0.%d (MySQL Community Server - GPL). started with:" % R.randint(28, 39),
            "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock",
            "Time                 Id Command    Argument",
            "%s\t   %d Query\tALTER USER '%s'@'%%' IDENTIFIED BY '%s' RETAIN CURRENT PASSWORD" % (t, sid(), u, p)], [p]


@pos("mysql_slow_log_block_create_user_after_set_timestamp")
def _():
    c = Clock(); u = user(); p = pw(); d = c.step()
    return ["# Time: " + d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % R.randint(0, 999999),
            "# User@Host: root[root] @ localhost []  Id: %6d" % sid(),
            "# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: 0  Rows_examined: 0" % (R.uniform(1, 12), R.randint(0, 999)),
            "SET timestamp=%d;" % R.randint(1672531200, 1767225600),
            "CREATE USER '%s'@'10.%%' IDENTIFIED BY '%s' PASSWORD EXPIRE NEVER;" % (u, p)], [p]


@pos("mysql_processlist_ascii_table_set_password_for_row")
def _():
    u = user(); p = pw(); i = sid()
    info = "SET PASSWORD FOR '%s'@'%%' = '%s'" % (u, p)
    w = len(info) + 2
    bar = "+------+------+-----------+------+---------+------+----------+" + "-" * w + "+"
    return [bar, "| Id   | User | Host      | db   | Command | Time | State    | " + "Info".ljust(w - 1) + "|", bar,
            "| %-4d | root | localhost | NULL | Query   |    0 | starting | %s |" % (i, info), bar], [p]


@pos("mariadb_server_audit_plugin_csv_query_escaped_quotes")
def _():
    c = Clock(); u = user(); p = pw(); h = host(); cid = sid()
    t = c.f("%Y%m%d %H:%M:%S")
    return ["%s,%s,root,localhost,%d,%d,CONNECT,,,0" % (t, h.split(".")[0], cid, R.randint(100, 999)),
            "%s,%s,root,localhost,%d,%d,QUERY,wandb_local,'CREATE USER \\'%s\\'@\\'%%\\' IDENTIFIED BY \\'%s\\'',0" % (
                c.f("%Y%m%d %H:%M:%S"), h.split(".")[0], cid, R.randint(1000, 9999), u, p)], [p]


@pos("percona_audit_log_json_audit_record_sqltext_alter_user")
def _():
    c = Clock(); u = user(); p = pw()
    rec = {"audit_record": {"name": "Query", "record": "%d_%s" % (R.randint(100, 9999), c.f("%Y-%m-%dT%H:%M:%S")),
                            "timestamp": c.f("%Y-%m-%dT%H:%M:%SZ"), "command_class": "alter_user",
                            "connection_id": str(sid()), "status": 0,
                            "sqltext": "ALTER USER '%s'@'%%' IDENTIFIED BY '%s'" % (u, p),
                            "user": "root[root] @ localhost []", "host": "localhost", "os_user": "", "ip": "", "db": ""}}
    return [json.dumps(rec)], [p]


@pos("mariadb_binlog_query_event_identified_via_ed25519_using_password")
def _():
    u = user(); p = pw(); pos_ = R.randint(300, 90000)
    return ["# at %d" % pos_,
            "#%s server id 1  end_log_pos %d CRC32 0x%s \tQuery\tthread_id=%d\texec_time=0\terror_code=0" % (
                Clock().f("%y%m%d %H:%M:%S"), pos_ + R.randint(150, 300), hx(8), sid()),
            "SET TIMESTAMP=%d/*!*/;" % R.randint(1672531200, 1767225600),
            "CREATE USER '%s'@'%%' IDENTIFIED VIA ed25519 USING PASSWORD('%s')" % (u, p), "/*!*/;"], [p]


@pos("mariadb_alter_user_via_native_using_password_or_unix_socket")
def _():
    p = pw()
    return ["MariaDB [(none)]> ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD(\"%s\") OR unix_socket;" % p,
            "Query OK, 0 rows affected (0.0%d sec)" % R.randint(0, 9)], [p]


@pos("mysql_start_group_replication_user_password_clause", new=False)
def _():
    c = Clock(); p = pw()
    return ["%s\t   %d Query\tSTART GROUP_REPLICATION USER='%s', PASSWORD='%s'" % (
        c.f("%Y-%m-%dT%H:%M:%S.000000Z"), sid(), R.choice(["gr_repl", "mysql_innodb_cluster_1", "rpl_user"]), p)], [p]


@pos("mysql_debian_cnf_debian_sys_maint")
def _():
    p = an(16); p2 = an(16)
    return ["# Automatically generated for Debian scripts. DO NOT TOUCH!", "[client]", "host     = localhost",
            "user     = debian-sys-maint", "password = " + p, "socket   = /var/run/mysqld/mysqld.sock",
            "[mysql_upgrade]", "host     = localhost", "user     = debian-sys-maint", "password = " + p2,
            "socket   = /var/run/mysqld/mysqld.sock", "basedir  = /usr"], [p, p2]


@pos("mysql_option_file_mysqldump_section_password_quoted_hash_char")
def _():
    p = pw(10) + "#" + pw(8)
    return ["!includedir /etc/mysql/conf.d/", "", "[mysqldump]", "quick", "max_allowed_packet = 64M",
            "user = %s" % user(), "password = \"%s\"" % p, "single-transaction"], [p]


@pos("proxysql_admin_update_global_variables_admin_credentials")
def _():
    p1 = pwu(); p2 = pwu()
    return ["Admin> UPDATE global_variables SET variable_value='admin:%s;radmin:%s' WHERE variable_name='admin-admin_credentials';" % (p1, p2),
            "Query OK, 1 row affected (0.00 sec)", "", "Admin> LOAD ADMIN VARIABLES TO RUNTIME;"], [p1, p2]


@pos("proxysql_admin_set_mysql_monitor_password")
def _():
    p = pwu()
    return ["Admin> SET mysql-monitor_username='monitor';", "Query OK, 1 row affected (0.00 sec)",
            "Admin> SET mysql-monitor_password='%s';" % p, "Query OK, 1 row affected (0.00 sec)",
            "Admin> LOAD MYSQL VARIABLES TO RUNTIME; SAVE MYSQL VARIABLES TO DISK;"], [p]


@pos("proxysql_cnf_mysql_users_password_with_escaped_double_quote", new=False)
def _():
    a = pw(8); b = pw(8); p = a + '\\"' + b
    return ["mysql_users =", "(", "    {", "        username = \"%s\"" % user(), "        password = \"%s\"" % p,
            "        default_hostgroup = 10", "        active = 1", "    }", ")"], [p]


@pos("maxctrl_create_monitor_monitor_password_flag")
def _():
    p = pw()
    return ["$ maxctrl create monitor MariaDB-Monitor mariadbmon --servers db1 db2 db3 --monitor-user maxmon --monitor-password %s" % p,
            "OK"], [p]


@pos("maxscale_cnf_readwritesplit_service_password_inline_comment")
def _():
    p = pw()
    return ["[Splitter-Service]", "type=service", "router=readwritesplit", "servers=db1,db2,db3",
            "user=maxscale", "password=%s   # TODO encrypt with maxpasswd" % p], [p]


@pos("vitess_vtgate_mysql_auth_server_static_json_password")
def _():
    p1 = pw(); p2 = pw()
    return ["{", '  "wandb": [', '    { "Password": "%s", "UserData": "wandb" }' % p1, "  ],",
            '  "wandb_ro": [', '    { "Password": "%s", "UserData": "wandb_ro" }' % p2, "  ]", "}"], [p1, p2]


@pos("galera_wsrep_notify_cmd_script_inline_mysql_p")
def _():
    p = pw()
    return ["#!/bin/sh -eu", "# wsrep_notify_cmd = /usr/local/bin/wsrep_notify.sh",
            "MYSQL=\"mysql -u notify -p%s -h 127.0.0.1 -P 3306\"" % p,
            "$MYSQL -e \"INSERT INTO wsrep.membership VALUES ('$UUID','$STATUS')\""], [p]


@pos("bitnami_mariadb_galera_values_mariabackup_password")
def _():
    p1 = pw(); p2 = pw(); p3 = pw()
    return ["rootUser:", "  user: root", "  password: \"%s\"" % p1, "galera:", "  name: galera",
            "  mariabackup:", "    user: mariabackup", "    password: %s" % p2, "db:", "  user: wandb",
            "  password: '%s'" % p3, "  name: wandb_local"], [p1, p2, p3]


@pos("mariadb_hashicorp_key_management_plugin_token_cnf")
def _():
    t = an(24)
    return ["[mariadb]", "plugin-load-add = hashicorp_key_management.so",
            "hashicorp-key-management-vault-url = \"https://vault.%s:8200/v1/mariadb\"" % dom(),
            "hashicorp-key-management-token = \"hvs.%s\"" % t,
            "hashicorp-key-management-caching-enabled = on"], [t]


@pos("mariadb_file_key_management_filekey_literal")
def _():
    k = an(32)
    return ["[mariadb]", "plugin_load_add = file_key_management",
            "file_key_management_filename = /etc/mysql/encryption/keyfile.enc",
            "file_key_management_filekey = %s" % k, "file_key_management_encryption_algorithm = AES_CTR",
            "innodb_encrypt_tables = ON"], [k]


@pos("mysql_federated_show_create_table_connection_url")
def _():
    u = user(); p = pwu(); h = host()
    return ["*************************** 1. row ***************************", "       Table: remote_runs",
            "Create Table: CREATE TABLE `remote_runs` (", "  `id` bigint NOT NULL,", "  PRIMARY KEY (`id`)",
            ") ENGINE=FEDERATED DEFAULT CHARSET=utf8mb4 CONNECTION='mysql://%s:%s@%s:3306/wandb_local/runs'" % (u, p, h)], [p]


@pos("mysqldump_backup_script_set_x_quoted_p_then_dump_header")
def _():
    p = pw(); h = host()
    return ["+ mysqldump -h %s -u backup '-p%s' --single-transaction wandb_local" % (h, p),
            "mysqldump: [Warning] Using a password on the command line interface can be insecure.",
            "-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % R.randint(30, 39), "--",
            "-- Host: %s    Database: wandb_local" % h,
            "-- ------------------------------------------------------"], [p]


@pos("mysql_general_log_multiline_query_identified_by_next_line")
def _():
    c = Clock(); u = user(); p = pw()
    return ["%s\t   %d Query\tCREATE USER IF NOT EXISTS" % (c.f("%Y-%m-%dT%H:%M:%S.000000Z"), sid()),
            "  '%s'@'%%'" % u, "  IDENTIFIED BY", "  '%s'" % p, "  REQUIRE SSL"], [p]


@pos("mysql_replica_channel_change_source_in_error_log_repl_stmt", new=False)
def _():
    c = Clock(); p = pw(); h = host()
    return ["%s 0 [Note] [MY-010581] [Repl] Replica SQL thread for channel 'dr' initialized" % c.f("%Y-%m-%dT%H:%M:%S.000000Z"),
            "%s %d [Note] Query: CHANGE REPLICATION SOURCE TO SOURCE_HOST='%s', SOURCE_USER='repl', SOURCE_PASSWORD='%s', SOURCE_AUTO_POSITION=1 FOR CHANNEL 'dr'" % (
                c.f("%Y-%m-%dT%H:%M:%S.000000Z"), sid(), h, p)], [p]


@pos("hikaricp_pool_init_failed_exception_url_password_param")
def _():
    p = pwu(); h = host()
    return ["com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: Access denied for user 'wandb'@'%s' (using password: YES)" % ip(),
            "Caused by: java.sql.SQLException: Cannot create connection from jdbc:mysql://%s:3306/wandb_local?user=wandb&password=%s&useSSL=true" % (h, p),
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)"], [p]


@pos("php_pdo_exception_trace_args_password")
def _():
    p = pw(); h = host()
    return ["PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/db.php:12",
            "Stack trace:",
            "#0 /var/www/html/db.php(12): PDO->__construct('mysql:host=%s;dbname=wandb', 'wandb', '%s')" % (h, p),
            "#1 {main}"], [p]


@pos("node_mysql2_access_denied_error_object_config_dump", new=False)
def _():
    p = pw(); h = host()
    return ["Error: Access denied for user 'wandb'@'%s' (using password: YES)" % ip(),
            "    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:728:17) {",
            "  code: 'ER_ACCESS_DENIED_ERROR',", "  errno: 1045,",
            "  config: { host: '%s', port: 3306, user: 'wandb', password: '%s', database: 'wandb_local' }" % (h, p), "}"], [p]


@pos("rails_database_yml_mysql2_adapter_password")
def _():
    p = pw()
    return ["production:", "  adapter: mysql2", "  encoding: utf8mb4", "  host: %s" % host(), "  username: wandb",
            "  password: %s" % p, "  database: wandb_production"], [p]


@pos("mycli_myclirc_favorite_queries_dsn_alias")
def _():
    p = pwu(); h = host()
    return ["[alias_dsn]", "prod = mysql://wandb:%s@%s:3306/wandb_local" % (p, h), "", "[favorite_queries]",
            "runs = SELECT id, name FROM runs ORDER BY created_at DESC LIMIT 10"], [p]


@pos("mysql_login_path_mylogin_cnf_decrypted_print_all_unmasked")
def _():
    p = pw()
    return ["$ my_print_defaults -s --login-path=backup", "--user=backup", "--password=%s" % p,
            "--host=%s" % host()], [p]


@pos("pt_online_schema_change_ps_cmdline_dsn_p_key")
def _():
    p = pwu()
    return ["root  %d  3.1  0.4 /usr/bin/perl /usr/bin/pt-online-schema-change --alter ADD INDEX idx_c (created_at) D=wandb_local,t=runs,h=%s,u=root,p=%s --execute" % (
        R.randint(1000, 99999), host(), p)], [p]


@pos("mysql_shell_dba_create_cluster_js_prompt_connect_uri", new=False)
def _():
    p = pwu(); h = host()
    return[" MySQL  JS > shell.connect('clusteradmin:%s@%s:3306')" % (p, h),
           "Creating a session to 'clusteradmin@%s:3306'" % h, "Fetching global names for auto-completion... Press ^C to stop.",
           " MySQL  %s:3306 ssl  JS > dba.createCluster('wandb')" % h], [p]


@pos("sysbench_prepare_mysql_password_flag_output")
def _():
    p = pw()
    return ["$ sysbench oltp_read_write --mysql-host=%s --mysql-user=sbtest --mysql-password=%s --tables=8 prepare" % (host(), p),
            "sysbench 1.0.20 (using system LuaJIT 2.1.0-beta3)", "", "Initializing worker threads..."], [p]

# ---------------------------------------------------------------- object stores


@pos("mc_admin_accesskey_create_plain_output")
def _():
    a = an(20).upper(); s = an(40)
    return ["$ mc admin accesskey create wbminio/ wandb-svc", "Access Key: %s" % a, "Secret Key: %s" % s,
            "Expiration: NONE", "Name: ", "Description: "], [s]


@pos("mc_alias_export_json_stdout")
def _():
    s = an(40)
    return ['{"url":"https://%s:9000","accessKey":"%s","secretKey":"%s","api":"s3v4","path":"auto"}' % (host("s3"), an(20).upper(), s)], [s]


@pos("mc_admin_config_get_identity_ldap_lookup_bind_password_kv", new=False)
def _():
    p = pw()
    return ["identity_ldap server_addr=ldap.%s:636 lookup_bind_dn=cn=minio,ou=svc,dc=example,dc=com lookup_bind_password=%s user_dn_search_base_dn=ou=people,dc=example,dc=com group_search_filter= tls_skip_verify=off" % (dom(), p)], [p]


@pos("mc_admin_config_get_notify_webhook_auth_token_quoted")
def _():
    t = an(40)
    return ["notify_webhook:wandb enable=on endpoint=https://hooks.%s/minio auth_token=\"Bearer %s\" queue_limit=0 queue_dir= client_cert= client_key=" % (dom(), t)], [t]


@pos("mc_admin_config_get_notify_mysql_dsn_string")
def _():
    p = pwu()
    return ["notify_mysql:primary format=namespace dsn_string=\"wandb:%s@tcp(%s:3306)/minio_events\" table=bucketevents queue_dir= queue_limit=0 max_open_connections=2" % (p, host())], [p]


@pos("minio_env_notify_amqp_url_target_suffix")
def _():
    p = pwu()
    return ["MINIO_NOTIFY_AMQP_ENABLE_WANDB=on", "MINIO_NOTIFY_AMQP_URL_WANDB=amqps://minio:%s@rabbit.%s:5671/events" % (p, dom()),
            "MINIO_NOTIFY_AMQP_EXCHANGE_WANDB=bucketevents"], [p]


@pos("minio_env_notify_mqtt_password_target_suffix")
def _():
    p = pw()
    return ["MINIO_NOTIFY_MQTT_ENABLE_PRIMARY=on", "MINIO_NOTIFY_MQTT_BROKER_PRIMARY=tcp://mqtt.%s:1883" % dom(),
            "MINIO_NOTIFY_MQTT_USERNAME_PRIMARY=minio", "MINIO_NOTIFY_MQTT_PASSWORD_PRIMARY=%s" % p], [p]


@pos("minio_sts_assume_role_with_ldap_identity_form_and_xml")
def _():
    p = pwu(); s = an(40); t, tr = jwt_like()
    return ["POST / HTTP/1.1", "Host: %s:9000" % host("s3"),
            "Action=AssumeRoleWithLDAPIdentity&LDAPUsername=%s&LDAPPassword=%s&Version=2011-06-15" % (user(), p),
            "<AssumeRoleWithLDAPIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleWithLDAPIdentityResult><Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey><SessionToken>%s</SessionToken><Expiration>2025-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithLDAPIdentityResult></AssumeRoleWithLDAPIdentityResponse>" % (an(20).upper(), s, t)], [p, s, tr]


@pos("seaweedfs_weed_shell_s3_configure_flags")
def _():
    s = an(40)
    return ["> s3.configure -access_key=%s -secret_key=%s -buckets=wandb -user=wandb -actions=Read,Write,List,Tagging -apply" % (an(20).upper(), s),
            "{", '  "identities": [', '    { "name": "wandb", "actions": ["Read:wandb","Write:wandb"] }', "  ]", "}"], [s]


@pos("seaweedfs_filer_toml_mysql2_password")
def _():
    p = pw()
    return ["[mysql2]", "enabled = true", "createTable = \"\"\"", "  CREATE TABLE IF NOT EXISTS `%s` ( dirhash BIGINT ) \"\"\"",
            "hostname = \"%s\"" % host(), "port = 3306", "username = \"seaweed\"", "password = \"%s\"" % p,
            "database = \"seaweedfs\""], [p]


@pos("seaweedfs_security_toml_jwt_signing_key")
def _():
    k1 = b64(32); k2 = b64(32)
    return ["[jwt.signing]", "key = \"%s\"" % k1, "expires_after_seconds = 10", "", "[jwt.filer_signing.read]",
            "key = \"%s\"" % k2], [k1, k2]


@pos("radosgw_admin_subuser_create_swift_keys_secret")
def _():
    u = user(); s1 = an(40); s2 = an(40)
    return ["{", '    "user_id": "%s",' % u, '    "keys": [', '        {', '            "user": "%s",' % u,
            '            "access_key": "%s",' % an(20).upper(), '            "secret_key": "%s"' % s1, "        }", "    ],",
            '    "swift_keys": [', '        { "user": "%s:swift", "secret_key": "%s" }' % (u, s2), "    ],"], [s1, s2]


@pos("ceph_conf_rgw_keystone_admin_password")
def _():
    p = pw()
    return ["[client.rgw.gw1]", "rgw_keystone_url = https://keystone.%s:5000" % dom(), "rgw_keystone_admin_user = rgw",
            "rgw_keystone_admin_password = %s" % p, "rgw_keystone_admin_project = service"], [p]


@pos("ceph_conf_rgw_crypt_s3_kms_encryption_keys_literal")
def _():
    k = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    return ["[client.rgw]", "rgw_crypt_require_ssl = false", "rgw_crypt_s3_kms_backend = testing",
            "rgw_crypt_s3_kms_encryption_keys = wandb-key-1=%s" % k], [k.rstrip("=")]


@pos("ceph_config_dump_table_rgw_ldap_secret_like_value")
def _():
    k = an(40)
    return ["WHO         MASK  LEVEL     OPTION                          VALUE                                     RO",
            "client.rgw        advanced  rgw_s3_auth_use_keystone        true",
            "client.rgw        advanced  rgw_keystone_barbican_password  %s  " % k], [k]


@pos("rook_ceph_object_user_secret_data_b64")
def _():
    a = an(20).upper(); s = an(39)
    sb = base64.b64encode(s.encode()).decode()
    return ["apiVersion: v1", "data:", "  AccessKey: %s" % base64.b64encode(a.encode()).decode(),
            "  Endpoint: %s" % base64.b64encode(("http://rook-ceph-rgw-store.rook-ceph.svc:80").encode()).decode(),
            "  SecretKey: %s" % sb, "kind: Secret", "metadata:", "  name: rook-ceph-object-user-store-wandb"], [sb]


@pos("garage_toml_rpc_secret_admin_and_metrics_token")
def _():
    r = hx(64); a = b64(44); m = b64(44)
    return ["metadata_dir = \"/var/lib/garage/meta\"", "replication_factor = 3",
            "rpc_secret = \"%s\"" % r, "[admin]", "api_bind_addr = \"[::]:3903\"",
            "admin_token = \"%s\"" % a, "metrics_token = \"%s\"" % m], [r, a, m]


@pos("s3cmd_dump_config_gpg_passphrase_and_secret", new=False)
def _():
    s = skey(); g = pw()
    return ["$ s3cmd --dump-config", "[default]", "access_key = %s" % akid(), "gpg_command = /usr/bin/gpg",
            "gpg_passphrase = %s" % g, "host_base = %s" % host("s3"), "secret_key = %s" % s,
            "signature_v2 = False"], [s, g]


@pos("rclone_config_show_webdav_bearer_token")
def _():
    t = an(48)
    return ["$ rclone config show wandbdav", "[wandbdav]", "type = webdav", "url = https://files.%s/remote.php/dav" % dom(),
            "vendor = nextcloud", "bearer_token = %s" % t], [t]


@pos("aws_configure_get_secret_access_key_stdout")
def _():
    s = skey()
    return ["$ aws configure get aws_secret_access_key --profile wandb-bucket", s,
            "$ aws configure get region --profile wandb-bucket", "us-east-1"], [s]


@pos("aws_configure_export_credentials_format_process_json", new=False)
def _():
    s = skey(); t, tr = sts_token()
    return ["$ aws configure export-credentials --profile wandb --format process", "{", '  "Version": 1,',
            '  "AccessKeyId": "%s",' % akid("ASIA"), '  "SecretAccessKey": "%s",' % s, '  "SessionToken": "%s",' % t,
            '  "Expiration": "2025-06-01T12:00:00+00:00"', "}"], [s, tr]


@pos("aws_sts_get_federation_token_json_credentials")
def _():
    s = skey(); t, tr = sts_token()
    return ["{", '    "Credentials": {', '        "AccessKeyId": "%s",' % akid("ASIA"), '        "SecretAccessKey": "%s",' % s,
            '        "SessionToken": "%s",' % t, '        "Expiration": "2025-03-01T10:00:00+00:00"', "    },",
            '    "FederatedUser": { "FederatedUserId": "123456789012:wandb-upload", "Arn": "arn:aws:sts::123456789012:federated-user/wandb-upload" },',
            '    "PackedPolicySize": 6', "}"], [s, tr]


@pos("traefik_json_accesslog_requestpath_sigv4_presigned_security_token")
def _():
    sig = hx(64); t, tr = sts_token()
    path = "/wandb-artifacts/%s/file.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240605%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240605T101010Z&X-Amz-Expires=3600&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
        hx(12), akid("ASIA"), q(t), sig)
    trq = q(t)[len("IQoJb3JpZ2luX2Vj"):]
    return [json.dumps({"ClientHost": ip(), "DownstreamStatus": 200, "Duration": R.randint(10**6, 10**9),
                        "RequestMethod": "GET", "RequestPath": path, "RequestProtocol": "HTTP/1.1",
                        "RouterName": "minio@kubernetescrd", "level": "info", "msg": "", "time": "2024-06-05T10:10:11Z"})], [sig, trq]


@pos("haproxy_httplog_sigv2_signature_percent_encoded")
def _():
    sig = b64(27) + "="; c = Clock()
    return ["%s haproxy[%d]: %s:%d [%s] fe_s3~ be_minio/minio1 0/0/1/12/13 200 %d - - ---- 4/4/0/0/0 0/0 \"GET /wandb/%s?AWSAccessKeyId=%s&Expires=%d&Signature=%s HTTP/1.1\"" % (
        c.f("%b %d %H:%M:%S"), R.randint(100, 9999), ip(), R.randint(1024, 65535), c.f("%d/%b/%Y:%H:%M:%S.123"),
        R.randint(100, 99999), hx(10), akid(), R.randint(1700000000, 1760000000), q(sig))], [q(sig)[:-3]]


@pos("cloudflare_logpush_json_clientrequesturi_goog_signature")
def _():
    sig = hx(256)
    uri = "/wandb-bucket/media/%s.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%%40proj-1.iam.gserviceaccount.com%%2F20240101%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20240101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % (hx(8), sig)
    return [json.dumps({"ClientIP": ip(), "ClientRequestHost": "storage.googleapis.com", "ClientRequestMethod": "GET",
                        "ClientRequestURI": uri, "EdgeResponseStatus": 200, "RayID": hx(16)})], [sig]


@pos("envoy_default_text_accesslog_azure_sas_sig")
def _():
    sig = b64(43) + "="
    return ["[2024-0%d-1%dT10:0%d:11.%03dZ] \"PUT /wandb/artifacts/%s?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%s HTTP/1.1\" 201 - 0 %d 45 44 \"%s\" \"azsdk-python-storage-blob/12.19.0\" \"%s\" \"wandbstore.blob.core.windows.net\" \"%s:443\"" % (
        R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 999), hx(12), q(sig), R.randint(100, 99999), ip(), uid(), ip())], [q(sig)[:-3]]


@pos("gcs_v2_signed_url_googleaccessid_signature_percent_b64", new=False)
def _():
    sig = b64(342) + "=="
    return ["INFO 2024-05-02 12:00:01 storage.py:88 generated download url https://storage.googleapis.com/wandb-prod/%s?GoogleAccessId=wandb%%40proj.iam.gserviceaccount.com&Expires=%d&Signature=%s" % (
        hx(10), R.randint(1700000000, 1760000000), q(sig))], [q(sig)[:-6]]


@pos("s3_presigned_post_policy_form_in_curl_trace", new=False)
def _():
    sig = hx(64); t, tr = sts_token()
    return ["$ curl -F key=uploads/%s -F x-amz-algorithm=AWS4-HMAC-SHA256 \\" % hx(8),
            "    -F x-amz-credential=%s/20240301/us-west-2/s3/aws4_request -F x-amz-date=20240301T000000Z \\" % akid("ASIA"),
            "    -F x-amz-security-token=%s \\" % t, "    -F policy=%s -F x-amz-signature=%s -F file=@run.tgz https://wandb-up.s3.amazonaws.com/" % (
                base64.b64encode(b'{"expiration":"2024-03-01T01:00:00Z"}').decode(), sig)], [sig, tr]

# ---------------------------------------------------------------- proxies / LBs / identity


@pos("nginx_htpasswd_plain_scheme_entry")
def _():
    p = pw()
    return ["# /etc/nginx/.htpasswd-wandb", "admin:{PLAIN}%s" % p, "ci:$apr1$%s$%s" % (an(8), b64(22).replace("+", "."))], [p]


@pos("envoy_oauth2_filter_cookies_bearertoken_oauthhmac_in_access_log")
def _():
    t = b64u(64); h = b64(43) + "="
    return ["{\"authority\":\"%s\",\"method\":\"GET\",\"path\":\"/api/v1/runs\",\"cookie\":\"OauthHMAC=%s; OauthExpires=%d; BearerToken=%s\",\"response_code\":200}" % (
        host("web"), h, R.randint(1700000000, 1760000000), t)], [t, h[:-1]]


@pos("traefik_cli_certificatesresolvers_acme_eab_hmacencoded_flag")
def _():
    h = b64u(86)
    return ["      - --certificatesresolvers.zerossl.acme.email=ops@%s" % dom(),
            "      - --certificatesresolvers.zerossl.acme.eab.kid=%s" % b64u(22),
            "      - --certificatesresolvers.zerossl.acme.eab.hmacencoded=%s" % h,
            "      - --certificatesresolvers.zerossl.acme.tlschallenge=true"], [h]


@pos("traefik_providers_consul_token_flag")
def _():
    t = uid()
    return ["args:", "  - --providers.consul.endpoints=consul.%s:8500" % dom(), "  - --providers.consul.token=%s" % t,
            "  - --providers.consul.rootkey=traefik"], [t]


@pos("traefik_json_accesslog_request_cookie_header_kept")
def _():
    s = b64u(48)
    return [json.dumps({"ClientAddr": ip() + ":51234", "RequestHost": host("web"), "RequestPath": "/graphql",
                        "request_Cookie": "wandb_session=%s; _ga=GA1.1.%d.%d" % (s, R.randint(10**8, 10**9), R.randint(10**8, 10**9)),
                        "request_User-Agent": "Mozilla/5.0", "DownstreamStatus": 200})], [s]


@pos("haproxy_httplog_captured_request_cookie_field")
def _():
    s = an(40); c = Clock()
    return ["%s lb1 haproxy[%d]: %s:%d [%s] https-in~ wandb/app2 0/0/0/35/35 200 1532 wandb_session=%s - --NI 12/12/1/0/0 0/0 \"POST /graphql HTTP/1.1\"" % (
        c.f("%b %d %H:%M:%S"), R.randint(100, 9999), ip(), R.randint(1024, 65535), c.f("%d/%b/%Y:%H:%M:%S.456"), s)], [s]


@pos("aws_alb_log_oauth2_idpresponse_code_param")
def _():
    code = b64u(43); st = b64u(300)
    return ["https 2024-04-0%dT10:00:00.%06dZ app/wandb-alb/%s %s:443 - -1 -1 -1 302 - 812 1020 \"GET https://%s:443/oauth2/idpresponse?code=%s&state=%s HTTP/1.1\" \"Mozilla/5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - \"Root=1-%s-%s\" \"%s\" \"arn:aws:acm:us-east-1:123456789012:certificate/%s\" 0 2024-04-01T10:00:00.000000Z \"authenticate\" \"-\" \"-\" \"-\" \"-\" \"-\" \"-\"" % (
        R.randint(1, 9), R.randint(0, 999999), hx(16), ip(), host("web"), code, st, hx(8), hx(24), host("web"), uid())], [code]


@pos("cloudflared_access_token_app_stdout_jwt")
def _():
    t, s = jwt_like()
    return ["$ cloudflared access token -app=https://%s" % host("web"), t], [s]


@pos("caddyfile_reverse_proxy_header_up_authorization_bearer_literal", new=False)
def _():
    t = an(40)
    return ["%s {" % host("web"), "\treverse_proxy wandb-app:8080 {", "\t\theader_up Authorization \"Bearer %s\"" % t,
            "\t\theader_up X-Forwarded-Proto {scheme}", "\t}", "}"], [t]


@pos("caddyfile_acme_eab_key_id_mac_key_block")
def _():
    m = b64u(86)
    return ["{", "\tacme_ca https://acme.zerossl.com/v2/DV90", "\tacme_eab {", "\t\tkey_id %s" % b64u(22),
            "\t\tmac_key %s" % m, "\t}", "}"], [m]


@pos("lego_cli_eab_kid_hmac_flags_history")
def _():
    h = b64u(86)
    return ["lego --email ops@%s --server https://acme.sectigo.com/v2/OV --eab --kid %s --hmac %s --dns route53 -d %s run" % (
        dom(), b64u(22), h, host("web"))], [h]


@pos("oauth2_proxy_request_log_callback_code_state")
def _():
    code = an(32); st = b64u(43)
    return ["%s - %s [%s] %s GET - \"/oauth2/callback?code=%s&state=%s%%3A%%2F\" HTTP/1.1 \"Mozilla/5.0\" 302 24 0.%03d" % (
        ip(), uid(), Clock().f("%Y/%m/%d %H:%M:%S"), host("web"), code, st, R.randint(0, 999))], [code]


@pos("keycloak_realm_json_identity_provider_config_client_secret")
def _():
    s = an(32)
    return ['  "identityProviders": [ {', '    "alias": "corp-oidc",', '    "providerId": "oidc",',
            '    "config": {', '      "clientId": "keycloak-broker",', '      "clientSecret": "%s",' % s,
            '      "tokenUrl": "https://idp.%s/oauth2/token"' % dom(), "    }", "  } ]"], [s]


@pos("garage_admin_api_curl_bearer_admin_token_history")
def _():
    t = b64(44)
    return ["  %d  curl -s -H 'Authorization: Bearer %s' http://127.0.0.1:3903/v1/status | jq .layout" % (R.randint(100, 999), t),
            "  %d  garage layout show" % R.randint(1000, 1999)], [t]


@pos("minio_console_login_har_postdata_access_secret_key")
def _():
    s = an(40)
    body = json.dumps({"accessKey": "wbadmin", "secretKey": s})
    return ['        "request": {', '          "method": "POST",', '          "url": "https://%s:9443/api/v1/login",' % host("s3"),
            '          "postData": {', '            "mimeType": "application/json",', '            "text": %s' % json.dumps(body),
            "          }", "        },"], [s]


@pos("vault_token_create_table_output_token_row")
def _():
    t = an(24)
    return ["Key                  Value", "---                  -----", "token                hvs.%s" % t,
            "token_accessor       %s" % an(24), "token_duration       768h", "token_renewable      true",
            "token_policies       [\"default\" \"wandb-read\"]"], [t]


@pos("vault_kv_get_format_json_data_data_password", new=False)
def _():
    p = pw()
    return ["{", '  "request_id": "%s",' % uid(), '  "data": {', '    "data": {', '      "mysql_password": "%s",' % p,
            '      "mysql_user": "wandb"', "    },", '    "metadata": { "version": 3 }', "  }", "}"], [p]


@pos("consul_kv_export_json_base64_value")
def _():
    p = pw(15)
    v = base64.b64encode(p.encode()).decode()
    return ["[", "  {", '    "key": "wandb/mysql/password",', '    "flags": 0,', '    "value": "%s"' % v, "  }", "]"], [v.rstrip("=")]


@pos("consul_template_rendered_env_from_vault_secret")
def _():
    s = skey(); p = pw()
    return ["# rendered by consul-template from secret/data/wandb", "BUCKET_ACCESS_KEY=%s" % akid(),
            "BUCKET_SECRET_KEY=%s" % s, "MYSQL_PASSWORD=%s" % p], [s, p]


@pos("nomad_job_hcl_template_data_literal_password", new=False)
def _():
    p = pw()
    return ["    template {", "      destination = \"secrets/db.env\"", "      env         = true",
            "      data        = <<EOH", "MYSQL_PASSWORD=%s" % p, "EOH", "    }"], [p]

# ---------------------------------------------------------------- deployment tooling


@pos("helm_get_values_wandb_chart_global_bucket_secret_key", new=False)
def _():
    s = skey(); p = pw()
    return ["USER-SUPPLIED VALUES:", "global:", "  bucket:", "    provider: s3", "    name: wandb-prod",
            "    accessKey: %s" % akid(), "    secretKey: %s" % s, "  mysql:", "    host: %s" % host(),
            "    password: %s" % p], [s, p]


@pos("wandb_operator_cr_spec_values_global_bucket_secretkey", new=False)
def _():
    s = skey()
    return ["apiVersion: apps.wandb.com/v1", "kind: WeightsAndBiases", "metadata:", "  name: wandb", "spec:",
            "  values:", "    global:", "      bucket:", "        accessKey: %s" % akid(), "        secretKey: \"%s\"" % s,
            "        name: wandb-bucket"], [s]


@pos("wandb_operator_cr_chart_password_in_values_json_annotation", new=False)
def _():
    p = pw(); l, ls = jwt_like()
    ann = json.dumps({"global": {"license": l, "mysql": {"password": p}}}).replace('"', '\\"')
    return ["metadata:", "  annotations:", "    kubectl.kubernetes.io/last-applied-configuration: |",
            "      {\"apiVersion\":\"apps.wandb.com/v1\",\"kind\":\"WeightsAndBiases\",\"spec\":{\"values\":\"%s\"}}" % ann], [p, ls]


@pos("argocd_application_source_plugin_env_literal_token")
def _():
    t = an(40)
    return ["spec:", "  source:", "    repoURL: https://git.%s/ops/wandb.git" % dom(), "    plugin:", "      name: avp-helm",
            "      env:", "        - name: VAULT_TOKEN", "          value: hvs.%s" % t], [t]


@pos("argocd_cm_dex_config_connector_client_secret_literal", new=False)
def _():
    s = an(40)
    return ["data:", "  url: https://argocd.%s" % dom(), "  dex.config: |", "    connectors:", "      - type: github",
            "        id: github", "        name: GitHub", "        config:", "          clientID: %s" % hx(20),
            "          clientSecret: %s" % s], [s]


@pos("flux_receiver_webhook_token_secret_stringdata")
def _():
    t = an(48)
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: receiver-token", "  namespace: flux-system",
            "stringData:", "  token: %s" % t, "---", "apiVersion: notification.toolkit.fluxcd.io/v1", "kind: Receiver"], [t]


@pos("flux_notification_provider_secret_address_slack_webhook_path")
def _():
    a = an(24)
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: slack-url", "stringData:",
            "  address: https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP), rs(10, UP), a)], [a]


@pos("kustomize_helmcharts_values_inline_password")
def _():
    p = pw(); s = skey()
    return ["helmCharts:", "- name: wandb", "  repo: https://charts.wandb.ai", "  releaseName: wandb",
            "  valuesInline:", "    mysql:", "      password: %s" % p, "    bucket:", "      secretKey: %s" % s], [p, s]


@pos("kustomize_secretgenerator_envs_file_cat_alongside")
def _():
    p = pw(); s = skey()
    return ["$ cat overlays/prod/kustomization.yaml overlays/prod/wandb.env", "secretGenerator:", "- name: wandb-env",
            "  envs:", "  - wandb.env", "MYSQL_PASSWORD=%s" % p, "BUCKET_SECRET_KEY=%s" % s], [p, s]


@pos("tfstate_aws_iam_access_key_secret_and_ses_smtp_password_v4")
def _():
    s = skey(); sm = b64(44)
    return ['        {', '          "schema_version": 0,', '          "attributes": {', '            "id": "%s",' % akid(),
            '            "secret": "%s",' % s, '            "ses_smtp_password_v4": "%s",' % sm,
            '            "status": "Active",', '            "user": "wandb-bucket"', "          },"], [s, sm]


@pos("tf_show_google_storage_hmac_key_secret_attribute")
def _():
    s = b64(40)
    return ["# google_storage_hmac_key.wandb:", "resource \"google_storage_hmac_key\" \"wandb\" {",
            "    access_id             = \"GOOG1E%s\"" % rs(55, UP), "    secret                = \"%s\"" % s,
            "    service_account_email = \"wandb@proj.iam.gserviceaccount.com\"", "    state                 = \"ACTIVE\"", "}"], [s]


@pos("tfstate_minio_provider_iam_user_secret")
def _():
    s = an(40)
    return ['    {', '      "mode": "managed",', '      "type": "minio_iam_user",', '      "provider": "provider[\\"registry.terraform.io/aminueza/minio\\"]",',
            '      "instances": [ { "attributes": { "name": "wandb", "secret": "%s", "status": "enabled" } } ]' % s, "    },"], [s]


@pos("terraform_plan_mysql_provider_block_rendered_in_crash_log", new=False)
def _():
    p = pw()
    return ["2024-02-01T10:00:00.000Z [DEBUG] provider.terraform-provider-mysql: config: &mysql.MySQLConfiguration{Config:(*mysql.Config)(0xc000%s), MaxConnLifetime:0, MaxOpenConns:5}" % hx(6),
            "2024-02-01T10:00:00.001Z [DEBUG] provider.terraform-provider-mysql: dsn: root:%s@tcp(%s:3306)/?tls=true" % (p, host())], [p]


@pos("ansible_mysql_replication_task_primary_password_literal")
def _():
    p = pw()
    return ["- name: Point replica at primary", "  community.mysql.mysql_replication:", "    mode: changeprimary",
            "    primary_host: %s" % host(), "    primary_user: repl", "    primary_password: \"%s\"" % p,
            "    primary_auto_position: true"], [p]


@pos("ansible_host_vars_minio_role_root_password")
def _():
    p = pw()
    return ["---", "minio_server_datadirs: [\"/srv/minio\"]", "minio_root_user: wbadmin", "minio_root_password: \"%s\"" % p,
            "minio_server_env_extra: |", "  MINIO_BROWSER=off"], [p]


@pos("ansible_ok_result_changed_false_module_args_login_password", new=False)
def _():
    p = pw()
    return ["ok: [db1] => {\"changed\": false, \"invocation\": {\"module_args\": {\"login_host\": \"%s\", \"login_password\": \"%s\", \"login_user\": \"root\", \"name\": \"wandb_local\", \"state\": \"present\"}}}" % (host(), p)], [p]


@pos("cloud_init_chpasswd_users_list_plain_password")
def _():
    p1 = pw(); p2 = pw()
    return ["#cloud-config", "chpasswd:", "  expire: false", "  users:", "    - name: root", "      password: %s" % p1,
            "      type: text", "    - name: ubuntu", "      password: %s" % p2, "      type: text"], [p1, p2]


@pos("cloud_init_apt_proxy_userinfo", new=False)
def _():
    p = pwu()
    return ["#cloud-config", "apt:", "  http_proxy: http://aptproxy:%s@proxy.%s:3128" % (p, dom()),
            "  https_proxy: http://aptproxy:%s@proxy.%s:3128" % (p, dom())], [p]


@pos("pulumi_config_set_plaintext_history")
def _():
    p = pw()
    return [": 1714550000:0;pulumi config set --plaintext wandb:mysqlPassword %s" % p, ": 1714550003:0;pulumi up --yes"], [p]


@pos("external_secret_template_data_literal_fallback_password")
def _():
    p = pw()
    return ["  target:", "    template:", "      data:", "        MYSQL_URL: \"mysql://wandb:{{ .password }}@%s:3306/wandb\"" % host(),
            "        MYSQL_ROOT_PASSWORD: \"%s\"" % p, "  dataFrom:", "  - extract:", "      key: wandb/mysql"], [p]


@pos("docker_service_inspect_pretty_env_line")
def _():
    p = pw(); s = skey()
    return ["ContainerSpec:", " Image:\t\twandb/local:0.%d.0@sha256:%s" % (R.randint(50, 70), hx(64)),
            " Env:\t\tMYSQL=mysql://wandb:%s@%s:3306/wandb_local BUCKET=s3://%s:%s@wandb-bucket LOCAL_RESTORE=false" % (p, host(), akid(), q(s)),
            "Resources:"], [p, q(s)]


@pos("podman_inspect_config_env_json_array", new=False)
def _():
    p = pw()
    return ["\"Config\": {", "    \"Hostname\": \"%s\"," % hx(12), "    \"Env\": [",
            "        \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",", "        \"MARIADB_ROOT_PASSWORD=%s\"," % p,
            "        \"container=podman\"", "    ],"], [p]


@pos("kubectl_jsonpath_base64_d_secret_glued_prompt", new=False)
def _():
    p = pw()
    return ["ops@bastion:~$ kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d",
            "%sops@bastion:~$ " % p], [p]


@pos("kubectl_get_secret_yaml_data_b64_s3cfg_file_aligned")
def _():
    s = an(39)
    text = "[default]\nsecret_key     = %s\n" % s
    pre = "[default]\nsecret_key     = "
    assert len(pre) % 3 == 0
    enc = base64.b64encode(text.encode()).decode()
    sp = base64.b64encode(s.encode()).decode()
    return ["apiVersion: v1", "data:", "  .s3cfg: %s" % enc, "kind: Secret", "metadata:", "  name: s3cmd-config"], [sp]


@pos("systemd_credential_setcredential_literal_password")
def _():
    p = pw()
    return ["[Service]", "SetCredential=mysql-password:%s" % p, "LoadCredential=tls.key:/etc/wandb/tls.key",
            "ExecStart=/usr/local/bin/wandb-local"], [p]


@pos("k8s_statefulset_readiness_probe_exec_mysqladmin_ping_p")
def _():
    p = pw()
    return ["        readinessProbe:", "          exec:", "            command:", "            - sh", "            - -c",
            "            - mysqladmin ping -h 127.0.0.1 -uroot -p'%s'" % p], [p]


@pos("k8s_initcontainer_wait_for_minio_mc_alias_args_list")
def _():
    s = an(40)
    return ["      initContainers:", "      - name: wait-bucket", "        image: minio/mc", "        args:", "        - alias",
            "        - set", "        - local", "        - http://minio:9000", "        - wbadmin", "        - %s" % s], [s]

# ---------------------------------------------------------------- adversarial layouts


@pos("json_log_double_escaped_inner_json_mysql_dsn")
def _():
    p = pwu()
    inner = json.dumps({"dsn": "mysql://wandb:%s@%s:3306/wandb_local" % (p, host())})
    mid = json.dumps({"event": "config", "payload": inner})
    return [json.dumps({"level": "debug", "msg": mid})], [p]


@pos("yaml_folded_scalar_split_password_over_lines")
def _():
    a = an(12); b = an(12)
    return ["mysql:", "  password: >-", "    %s" % a, "    %s" % b, "  host: %s" % host()], [a, b]


@pos("sql_migration_comment_temp_password_hint")
def _():
    p = pw()
    return ["-- 0042_create_reporting_user.sql", "-- temp password for reporting until IT rotates it: %s" % p,
            "CREATE USER IF NOT EXISTS 'reporting'@'%';", "GRANT SELECT ON wandb_local.* TO 'reporting'@'%';"], [p]


@pos("hex_encoded_secret_in_mysql_set_variable_echo", new=False)
def _():
    s = an(24); h = s.encode().hex()
    return ["mysql> SET @k = UNHEX('%s');" % h.upper(), "Query OK, 0 rows affected (0.00 sec)"], [h.upper()]


@pos("url_encoded_mysql_dsn_in_redirect_error_page_query")
def _():
    p = pwu()
    dsn = q("mysql://wandb:%s@%s:3306/wandb" % (p, host()))
    return ["%s - - [01/Mar/2024:10:00:00 +0000] \"GET /setup/error?reason=db_unreachable&dsn=%s HTTP/1.1\" 302 0" % (ip(), dsn)], [p]


@pos("key_names_japanese_object_store_secret")
def _():
    s = skey()
    return ["ストレージ:", "  エンドポイント: https://%s" % host("s3"), "  アクセスキー: %s" % akid(),
            "  シークレットキー: %s" % s], [s]


@pos("key_names_russian_db_password_ini")
def _():
    p = pw()
    return ["[база_данных]", "хост = %s" % host(), "пользователь = wandb", "пароль_бд = %s" % p], [p]


@pos("key_names_german_zugangsschluessel_env")
def _():
    s = skey(); p = pw()
    return ["SPEICHER_ZUGANGSSCHLUESSEL_GEHEIM=%s" % s, "DATENBANK_KENNWORT_PROD=%s" % p], [s, p]


@pos("key_names_turkish_sifre_yaml")
def _():
    p = pw()
    return ["veritabanı:", "  sunucu: %s" % host(), "  kullanıcı: wandb", "  şifre: \"%s\"" % p], [p]


@pos("password_with_spaces_in_ini_quoted_odbc_mariadb")
def _():
    a = an(6); b = an(6); c = an(6); p = "%s %s %s" % (a, b, c)
    return ["[MariaDB-wandb]", "Driver = MariaDB ODBC 3.1 Driver", "SERVER = %s" % host(), "USER = wandb",
            "PASSWORD = \"%s\"" % p, "DATABASE = wandb_local"], [p]


@pos("box_drawing_table_rclone_remote_secrets")
def _():
    s = an(40); a = an(20).upper()
    return ["┌──────────┬──────┬──────────────────────┬──────────────────────────────────────────┐",
            "│ remote   │ type │ access_key_id        │ secret_access_key                        │",
            "├──────────┼──────┼──────────────────────┼──────────────────────────────────────────┤",
            "│ wbminio  │ s3   │ %s │ %s │" % (a, s),
            "└──────────┴──────┴──────────────────────┴──────────────────────────────────────────┘"], [s]


@pos("python_repr_dict_tuple_connect_args_password", new=False)
def _():
    p = pw()
    return ["DEBUG:sqlalchemy.pool.impl.QueuePool:connect args: ((), {'host': '%s', 'user': 'wandb', 'password': '%s', 'database': 'wandb_local', 'port': 3306})" % (host(), p)], [p]


@pos("go_struct_percent_plus_v_s3_config_secret", new=False)
def _():
    s = skey()
    return ["level=debug msg=\"storage config\" cfg=\"{Endpoint:https://%s Region:us-east-1 AccessKeyID:%s SecretAccessKey:%s UsePathStyle:true}\"" % (host("s3"), akid(), s)], [s]


@pos("shell_single_quote_escape_password_in_env_export")
def _():
    a = pw(8); b = pw(8); p = a + "'\\''" + b
    return ["export MYSQL_PWD='%s'" % p, "mysql -h %s -u wandb wandb_local -e 'select 1'" % host()], [a, b]


@pos("base64_of_env_file_in_kubectl_create_secret_dry_run")
def _():
    p = pw(15)
    line = "MYSQL_PASSWORD=%s" % p  # 'MYSQL_PASSWORD=' is 15 bytes
    enc = base64.b64encode(line.encode()).decode()
    return ["apiVersion: v1", "data:", "  wandb.env: %s" % enc, "kind: Secret", "metadata:", "  creationTimestamp: null",
            "  name: wandb-env"], [enc[20:].rstrip("=")]


@pos("xml_entity_escaped_password_in_maven_settings_like_config", new=False)
def _():
    a = an(8); b = an(8); p = a + "&amp;" + b
    return ["<server>", "  <id>wandb-mysql</id>", "  <username>wandb</username>", "  <password>%s</password>" % p, "</server>"], [p]


@pos("toml_multiline_basic_string_line_ending_backslash_secret")
def _():
    a = an(16); b = an(16)
    return ["[storage]", "secret_key = \"\"\"\\", "    %s\\" % a, "    %s\"\"\"" % b], [a, b]


@pos("markdown_runbook_code_span_mc_alias_set", new=False)
def _():
    s = an(40)
    return ["## Restore bucket access", "1. Run `mc alias set wbminio https://%s %s %s` on the bastion." % (host("s3"), an(20).upper(), s),
            "2. Check with `mc ls wbminio/wandb`."], [s]


@pos("csv_export_credentials_column_quoted_comma", new=False)
def _():
    a = pw(8); b = pw(8); p = a + "," + b
    return ["service,username,password,host", "mysql,wandb,\"%s\",%s" % (p, host())], [p]


# ---------------------------------------------------------------- more shapes


@pos("mysqlbinlog_vv_rows_query_event_original_statement")
def _():
    t = "xoxb-%d-%d-%s" % (R.randint(10**9, 10**10), R.randint(10**9, 10**10), an(24))
    tr = t.split("-", 3)[3]
    return ["# at %d" % R.randint(1000, 90000), "#%s server id 1  end_log_pos %d CRC32 0x%s \tRows_query" % (Clock().f("%y%m%d %H:%M:%S"), R.randint(90001, 99999), hx(8)),
            "# INSERT INTO integrations (entity_id, kind, token) VALUES (%d, 'slack', '%s')" % (R.randint(1, 999), t),
            "# at %d" % R.randint(100000, 200000)], [tr]


@pos("mariadb_connect_engine_odbc_connection_pwd")
def _():
    p = pw()
    return ["CREATE TABLE ext_runs ENGINE=CONNECT TABLE_TYPE=ODBC TABNAME='runs'",
            "  CONNECTION='DSN=wandb_ro;UID=reporting;PWD=%s';" % p], [p]


@pos("mysql_show_create_procedure_body_set_literal_token")
def _():
    t = an(40)
    return ["Create Procedure: CREATE DEFINER=`root`@`%` PROCEDURE `notify_webhook`(IN msg TEXT)", "BEGIN",
            "  SET @hook_token = '%s';" % t, "  INSERT INTO outbox(token, body) VALUES (@hook_token, msg);", "END"], [t]


@pos("mysqldump_extended_insert_row_secret_column_value")
def _():
    k1 = hx(40); k2 = hx(40)
    return ["LOCK TABLES `api_keys` WRITE;", "/*!40000 ALTER TABLE `api_keys` DISABLE KEYS */;",
            "INSERT INTO `api_keys` VALUES (%d,'ci','%s','2024-01-01 00:00:00'),(%d,'sweep','%s','2024-02-01 00:00:00');" % (R.randint(1, 99), k1, R.randint(100, 999), k2),
            "UNLOCK TABLES;"], [k1, k2]


@pos("mysql_set_password_concat_split_literals")
def _():
    a = an(10); b = an(10)
    return ["mysql> SET @pw = CONCAT('%s', '%s');" % (a, b),
            "mysql> SET @sql = CONCAT('ALTER USER ''wandb''@''%'' IDENTIFIED BY ''', @pw, '''');",
            "mysql> PREPARE s FROM @sql; EXECUTE s;"], [a, b]


@pos("mc_replicate_add_remote_bucket_url_userinfo_keys")
def _():
    s = an(40)
    return ["$ mc replicate add wbminio/wandb --remote-bucket 'https://%s:%s@%s/wandb-dr' --priority 1" % (an(20).upper(), s, host("s3")),
            "Replication configuration rule applied to wbminio/wandb successfully."], [s]


@pos("rclone_copy_ps_s3_secret_access_key_flag")
def _():
    s = skey()
    return ["root %d 12.0 0.8 rclone copy /srv/wandb :s3:wandb-backup --s3-provider Minio --s3-endpoint https://%s --s3-access-key-id %s --s3-secret-access-key %s --transfers 8" % (
        R.randint(1000, 99999), host("s3"), akid(), s)], [s]


@pos("thanos_objstore_yml_s3_secret_key")
def _():
    s = skey()
    return ["type: S3", "config:", "  bucket: wandb-metrics", "  endpoint: %s" % host("s3"), "  access_key: %s" % akid(),
            "  secret_key: %s" % s, "  insecure: false"], [s]


@pos("radosgw_admin_zone_get_system_key")
def _():
    s = an(40)
    return ["{", '    "id": "%s",' % uid(), '    "name": "us-east-1",', '    "system_key": {', '        "access_key": "%s",' % an(20).upper(),
            '        "secret_key": "%s"' % s, "    },", '    "placement_pools": [],'], [s]


@pos("garage_key_import_history_args")
def _():
    s = hx(64)
    return ["  %d  garage key import --yes -n wandb GK%s %s" % (R.randint(100, 999), hx(24), s),
            "  %d  garage bucket allow --read --write wandb --key wandb" % R.randint(1000, 1999)], [s]


@pos("apache_httpd_requestheader_set_authorization_basic_literal")
def _():
    p = pw(); u, enc, sp = basic("minio", p)
    return ["<Location /objects/>", "    ProxyPass http://minio:9000/", "    RequestHeader set Authorization \"Basic %s\"" % enc, "</Location>"], [sp]


@pos("varnish_vcl_set_req_http_authorization_literal")
def _():
    t = an(40)
    return ["sub vcl_recv {", "    if (req.url ~ \"^/api/\") {", "        set req.http.Authorization = \"Bearer %s\";" % t, "    }", "}"], [t]


@pos("skaffold_yaml_helm_release_setvalues_password")
def _():
    p = pw(); s = skey()
    return ["deploy:", "  helm:", "    releases:", "    - name: wandb", "      chartPath: charts/wandb", "      setValues:",
            "        mysql.password: %s" % p, "        bucket.secretKey: %s" % s], [p, s]


@pos("ansible_check_diff_template_plus_line_password")
def _():
    p = pw(); o = pw()
    return ["TASK [wandb : Render local.env] ************************************************", "--- before: /etc/wandb/local.env",
            "+++ after: /home/ops/.ansible/tmp/ansible-local-%d/tmp%s/local.env.j2" % (R.randint(1000, 9999), an(8).lower()),
            "@@ -1,3 +1,3 @@", "-MYSQL_PASSWORD=%s" % o, "+MYSQL_PASSWORD=%s" % p, " BUCKET=s3://wandb-prod"], [o, p]


@pos("pulumi_stack_export_show_secrets_plaintext_json")
def _():
    p = pw()
    return ['                "outputs": {', '                    "password": {',
            '                        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
            '                        "plaintext": "\\"%s\\""' % p, "                    },"], [p]


@pos("nginx_njs_js_module_const_token")
def _():
    t = an(48)
    return ["// /etc/nginx/njs/auth.js", "const UPSTREAM_TOKEN = '%s';" % t,
            "function addAuth(r) { r.headersOut['X-Upstream-Token'] = UPSTREAM_TOKEN; }", "export default { addAuth };"], [t]


@pos("s3_server_access_log_native_format_presigned_request_uri")
def _():
    sig = hx(64)
    return ["%s wandb-prod [06/Feb/2024:00:00:38 +0000] %s - %s REST.GET.OBJECT media/%s.png \"GET /wandb-prod/media/%s.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240206%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240206T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1\" 200 - %d %d 24 23 \"-\" \"Mozilla/5.0\" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 QueryString wandb-prod.s3.us-east-1.amazonaws.com TLSv1.2 - -" % (
        hx(64), ip(), rs(16, UP), hx(8), hx(8), akid(), sig, R.randint(1000, 99999), R.randint(1000, 99999), b64(56))], [sig]


@pos("gcs_usage_log_csv_cs_uri_goog_signature")
def _():
    sig = hx(256)
    return ['"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes"',
            '"%d","%s","1","","GET","/download/storage/v1/b/wandb-prod/o/%s?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=%s","200","0","%d"' % (
                R.randint(10**15, 10**16), ip(), hx(10), sig, R.randint(100, 99999))], [sig]


@pos("cloudflare_wrangler_toml_vars_literal_api_token")
def _():
    t = b64u(40)
    return ["name = \"wandb-edge-auth\"", "main = \"src/index.ts\"", "[vars]", "ORIGIN = \"https://%s\"" % host("web"),
            "ORIGIN_API_TOKEN = \"%s\"" % t], [t]


@pos("argocd_applicationset_list_generator_elements_password")
def _():
    p1 = pw(); p2 = pw()
    return ["  generators:", "  - list:", "      elements:", "      - cluster: east", "        mysqlPassword: %s" % p1,
            "      - cluster: west", "        mysqlPassword: %s" % p2], [p1, p2]



@pos("curl_aws_sigv4_option_user_access_secret_history")
def _():
    s = skey()
    return ["  %d  curl --aws-sigv4 'aws:amz:us-east-1:s3' --user '%s:%s' https://%s/wandb/?list-type=2" % (R.randint(100, 999), akid(), s, host("s3"))], [s]


@pos("mc_idp_ldap_add_lookup_bind_password_arg")
def _():
    p = pw()
    return ["$ mc idp ldap add wbminio server_addr=ldaps.%s:636 lookup_bind_dn='cn=minio,ou=svc,dc=example,dc=com' lookup_bind_password='%s' user_dn_search_base_dn='ou=people,dc=example,dc=com'" % (dom(), p),
            "Restart the MinIO server to apply the new configuration."], [p]


@pos("myloader_ps_password_flag_restore")
def _():
    p = pw()
    return ["mysql    %d  4.2  1.1 myloader --host %s --user root --password %s --directory /backup/wandb-%s --threads 8 --overwrite-tables" % (
        R.randint(1000, 99999), host(), p, Clock().f("%Y%m%d"))], [p]


# ================================================================ negatives


@neg("aws_configure_list_masked_table_profile_env")
def _():
    return ["      Name                    Value             Type    Location", "      ----                    -----             ----    --------",
            "   profile               wandb-%s           manual    --profile" % an(3).lower(),
            "access_key     ****************%s shared-credentials-file" % rs(4, UP),
            "secret_key     ****************%s shared-credentials-file" % an(4),
            "    region                us-east-1      config-file    ~/.aws/config"]


@neg("mariadb_server_audit_connect_disconnect_rows_only")
def _():
    c = Clock(); i = sid(); h = host().split(".")[0]
    return ["%s,%s,wandb,%s,%d,0,CONNECT,wandb_local,,0" % (c.f("%Y%m%d %H:%M:%S"), h, ip(), i),
            "%s,%s,wandb,%s,%d,%d,QUERY,wandb_local,'SELECT id FROM runs WHERE name=\\'%s\\'',0" % (c.f("%Y%m%d %H:%M:%S"), h, ip(), i, R.randint(1, 999), an(8).lower()),
            "%s,%s,wandb,%s,%d,0,DISCONNECT,wandb_local,,0" % (c.f("%Y%m%d %H:%M:%S"), h, ip(), i)]


@neg("mysql_slow_log_select_by_run_uuid_literal")
def _():
    c = Clock()
    return ["# Time: %s" % c.f("%Y-%m-%dT%H:%M:%S.000000Z"), "# User@Host: wandb[wandb] @  [%s]  Id: %d" % (ip(), sid()),
            "# Query_time: %.6f  Lock_time: 0.000004 Rows_sent: 1  Rows_examined: %d" % (R.uniform(2, 9), R.randint(10**4, 10**6)),
            "SET timestamp=%d;" % R.randint(1672531200, 1767225600),
            "SELECT * FROM runs WHERE storage_id = '%s' AND project_id = %d;" % (uid(), R.randint(1, 999))]


@neg("mysqlbinlog_format_description_and_previous_gtids_events")
def _():
    su = uid()
    return ["# at 4", "#%s server id 1  end_log_pos 126 CRC32 0x%s \tStart: binlog v 4, server v 8.0.36 created" % (Clock().f("%y%m%d %H:%M:%S"), hx(8)),
            "# at 126", "#%s server id 1  end_log_pos 197 CRC32 0x%s \tPrevious-GTIDs" % (Clock().f("%y%m%d %H:%M:%S"), hx(8)),
            "# %s:1-%d" % (su, R.randint(100, 99999))]


@neg("mysql_option_file_password_key_without_value_prompts")
def _():
    return ["[client]", "user = %s" % user(), "# leave the value empty so the client prompts", "password", "host = %s" % host()]


@neg("proxysql_admin_mysql_servers_select_table")
def _():
    bar = "+--------------+----------------------------+------+--------+"
    return [bar, "| hostgroup_id | hostname                   | port | status |", bar,
            "| 10           | %-26s | 3306 | ONLINE |" % host(), "| 20           | %-26s | 3306 | ONLINE |" % host(), bar]


@neg("maxctrl_list_servers_table_gtid_positions")
def _():
    return ["┌────────┬─────────────┬──────┬─────────────┬─────────────────┬──────────┐",
            "│ Server │ Address     │ Port │ Connections │ State           │ GTID     │",
            "├────────┼─────────────┼──────┼─────────────┼─────────────────┼──────────┤",
            "│ db1    │ %-11s │ 3306 │ %-11d │ Master, Running │ 0-1-%-4d │" % (ip(), R.randint(0, 99), R.randint(1, 9999)),
            "└────────┴─────────────┴──────┴─────────────┴─────────────────┴──────────┘"]


@neg("vitess_vtgate_flags_credentials_file_paths")
def _():
    return ["/vt/bin/vtgate --topo_implementation etcd2 --cell zone1 \\",
            "  --mysql_auth_server_impl static --mysql_auth_server_static_file /vt/secrets/vtgate/users.json \\",
            "  --db-credentials-file /vt/secrets/%s/db_creds.json --grpc_port 15999" % an(6).lower()]


@neg("galera_wsrep_status_cluster_state_uuid_vars")
def _():
    return ["| wsrep_cluster_state_uuid     | %s |" % uid(), "| wsrep_local_state_uuid       | %s |" % uid(),
            "| wsrep_cluster_size           | 3                                    |",
            "| wsrep_gcomm_uuid             | %s |" % uid()]


@neg("minio_server_startup_banner_endpoints_docs_only")
def _():
    return ["MinIO Object Storage Server", "Copyright: 2015-2024 MinIO, Inc.", "License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>",
            "Version: RELEASE.2024-0%d-1%dT0%d-00-00Z (go1.21.%d linux/amd64)" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(1, 9)),
            "", "API: http://%s:9000  http://127.0.0.1:9000" % ip(), "WebUI: http://%s:9001" % ip(),
            "Docs: https://min.io/docs/minio/linux/index.html"]


@neg("mc_admin_info_uptime_drives_output")
def _():
    return ["●  %s:9000" % host("s3"), "   Uptime: %d days " % R.randint(1, 300), "   Version: 2024-%02d-%02dT00:00:00Z" % (R.randint(1, 12), R.randint(1, 28)),
            "   Network: 4/4 OK ", "   Drives: 4/4 OK ", "   Pool: 1", "", "%d GiB Used, %d Buckets, %d Objects" % (R.randint(1, 999), R.randint(1, 30), R.randint(10**3, 10**7))]


@neg("radosgw_admin_user_info_empty_keys_placement")
def _():
    u = user()
    return ["{", '    "user_id": "%s",' % u, '    "display_name": "%s",' % u, '    "keys": [],', '    "swift_keys": [],',
            '    "default_placement": "",', '    "op_mask": "read, write, delete",', '    "type": "rgw",', '    "mfa_ids": []', "}"]


@neg("radosgw_admin_bucket_stats_id_and_marker")
def _():
    m = "%s.%d.%d" % (uid(), R.randint(1000, 9999), R.randint(1, 99))
    return ["{", '    "bucket": "wandb",', '    "id": "%s",' % m, '    "marker": "%s",' % m,
            '    "owner": "%s",' % user(), '    "ver": "0#%d",' % R.randint(1, 9999), '    "usage": { "rgw.main": { "num_objects": %d } }' % R.randint(1, 10**6), "}"]


@neg("sigv4_authorization_header_signature_already_masked")
def _():
    return ["DEBUG request headers: {'x-amz-date': '20240304T101010Z', 'x-amz-content-sha256': '%s'," % hx(64),
            " 'Authorization': 'AWS4-HMAC-SHA256 Credential=%s/20240304/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[REDACTED]'}" % akid()]


@neg("botocore_auth_canonical_request_and_string_to_sign")
def _():
    return ["botocore.auth [DEBUG] CanonicalRequest:", "GET", "/wandb/%s" % hx(16), "", "host:%s" % host("s3"),
            "x-amz-content-sha256:UNSIGNED-PAYLOAD", "botocore.auth [DEBUG] StringToSign:", "AWS4-HMAC-SHA256", "20240304T101010Z",
            "20240304/us-east-1/s3/aws4_request", hx(64)]


@neg("azure_blob_url_without_sas_sig_params_only")
def _():
    return ["Uploading to https://wandbstore.blob.core.windows.net/wandb/%s/output.log?sv=2022-11-02&sr=b&se=2025-01-01T00%%3A00%%3A00Z&sp=rw (sig omitted)" % hx(10),
            "x-ms-request-id: %s" % uid(), "x-ms-version: 2022-11-02"]


@neg("gcs_v4_url_credential_scope_no_signature")
def _():
    return ["X-Goog-Algorithm=GOOG4-RSA-SHA256", "X-Goog-Credential=wandb-sa@proj-%d.iam.gserviceaccount.com/20240101/auto/storage/goog4_request" % R.randint(1, 999),
            "X-Goog-Date=20240101T000000Z", "X-Goog-Expires=900", "X-Goog-SignedHeaders=host;x-goog-content-sha256"]


@neg("sts_assumed_role_id_and_arn_log_line")
def _():
    return ["INFO using role session: AssumedRoleId=AROA%s:wandb-%d Arn=arn:aws:sts::%d:assumed-role/wandb-bucket/wandb-%d" % (
        rs(17, UP), R.randint(1, 999), R.randint(10**11, 10**12 - 1), R.randint(1, 999))]


@neg("nginx_access_log_files_path_sha256_segments")
def _():
    return ["%s - - [0%d/Mar/2024:10:00:0%d +0000] \"GET /files/%s/%s/media/images/img_%d_%s.png HTTP/1.1\" 200 %d \"-\" \"python-requests/2.31.0\"" % (
        ip(), R.randint(1, 9), R.randint(0, 9), an(8).lower(), an(8).lower(), R.randint(1, 999), hx(20), R.randint(100, 99999)) for _ in range(3)]


@neg("envoy_json_access_log_request_id_traceparent_only")
def _():
    return [json.dumps({"start_time": "2024-05-0%dT10:00:00.000Z" % R.randint(1, 9), "method": "POST", "path": "/graphql",
                        "x_request_id": uid(), "traceparent": "00-%s-%s-01" % (hx(32), hx(16)), "response_code": 200,
                        "upstream_host": ip() + ":8080"})]


@neg("traefik_json_accesslog_headers_redact_mode")
def _():
    return [json.dumps({"RequestPath": "/api/v1/runs", "request_Authorization": "REDACTED", "request_Cookie": "REDACTED",
                        "request_X-Request-Id": uid(), "DownstreamStatus": 200, "RouterName": "wandb@file"})]


@neg("haproxy_stats_csv_rows_backend_counters")
def _():
    return ["# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,status",
            "wandb,app1,0,0,%d,%d,,%d,%d,%d,UP" % (R.randint(0, 50), R.randint(50, 99), R.randint(10**4, 10**6), R.randint(10**6, 10**9), R.randint(10**6, 10**9)),
            "wandb,BACKEND,0,0,%d,%d,200,%d,%d,%d,UP" % (R.randint(0, 50), R.randint(50, 99), R.randint(10**4, 10**6), R.randint(10**6, 10**9), R.randint(10**6, 10**9))]


@neg("alb_access_log_trace_id_target_group_arn_no_query")
def _():
    return ["https 2024-04-01T10:00:00.%06dZ app/wandb-alb/%s %s:443 %s:8080 0.001 0.034 0.000 200 200 512 2048 \"GET https://%s:443/api/v1/viewer HTTP/1.1\" \"python-requests/2.31\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/wandb/%s \"Root=1-%s-%s\"" % (
        R.randint(0, 999999), hx(16), ip(), ip(), host("web"), hx(16), hx(8), hx(24))]


@neg("cloudflare_logpush_json_rayid_zone_plain_uri")
def _():
    return [json.dumps({"RayID": hx(16), "ZoneID": R.randint(10**8, 10**9), "ClientRequestURI": "/api/v1/runs?page=%d&per_page=50" % R.randint(1, 99),
                        "EdgeResponseStatus": 200, "CacheCacheStatus": "dynamic", "ClientIP": ip()})]


@neg("oidc_jwks_public_rsa_n_e")
def _():
    return ['{"keys":[{"kty":"RSA","use":"sig","kid":"%s","alg":"RS256","n":"%s","e":"AQAB"}]}' % (hx(40), b64u(342))]


@neg("acme_account_json_kid_uri_no_hmac")
def _():
    return ["{", '  "status": "valid",', '  "contact": ["mailto:ops@%s"],' % dom(),
            '  "orders": "https://acme.zerossl.com/v2/DV90/account/%s/orders",' % b64u(22),
            '  "externalAccountBinding": { "protected": "eyJhbGciOiJIUzI1NiJ9", "payload": "(public key JWK)" }', "}"]


@neg("cert_manager_certificate_status_serial_and_revision")
def _():
    return ["Status:", "  Conditions:", "    Message: Certificate is up to date and has not expired", "    Reason: Ready",
            "  Not After: 2025-0%d-01T00:00:00Z" % R.randint(1, 9), "  Revision: %d" % R.randint(1, 40),
            "  # serial %s" % ":".join(hx(2) for _ in range(16))]


@neg("envoy_admin_clusters_endpoint_stat_lines")
def _():
    a = ip()
    return ["wandb_app::%s:8080::cx_active::%d" % (a, R.randint(0, 99)), "wandb_app::%s:8080::rq_total::%d" % (a, R.randint(10**3, 10**7)),
            "wandb_app::%s:8080::health_flags::healthy" % a, "wandb_app::%s:8080::hostname::%s" % (a, host("web"))]


@neg("vault_audit_log_hmac_sha256_fields")
def _():
    return [json.dumps({"type": "response", "auth": {"client_token": "hmac-sha256:" + hx(64), "accessor": "hmac-sha256:" + hx(64)},
                        "request": {"id": uid(), "path": "secret/data/wandb/mysql"},
                        "response": {"data": {"data": {"password": "hmac-sha256:" + hx(64)}}}})]


@neg("consul_catalog_nodes_ids_table")
def _():
    return ["Node     ID        Address       DC", "consul1  %s  %s  dc1" % (hx(8), ip()), "consul2  %s  %s  dc1" % (hx(8), ip()),
            "consul3  %s  %s  dc1" % (hx(8), ip())]


@neg("helm_get_values_existing_secret_names_only")
def _():
    return ["USER-SUPPLIED VALUES:", "global:", "  mysql:", "    host: %s" % host(), "    passwordSecret:",
            "      name: wandb-mysql-%s" % an(5).lower(), "      passwordKey: MYSQL_PASSWORD", "  bucket:", "    secret:",
            "      secretName: wandb-bucket-creds", "      accessKeyName: ACCESS_KEY", "      secretKeyName: SECRET_KEY"]


@neg("wandb_operator_cr_secret_key_refs_and_license_secret")
def _():
    return ["spec:", "  values:", "    global:", "      licenseSecret:", "        name: wandb-license", "        key: license",
            "      mysql:", "        passwordSecret: {name: wandb-mysql, passwordKey: password}", "      host: https://%s" % host("web")]


@neg("argocd_app_get_sync_status_revision_sha")
def _():
    return ["Name:               argocd/wandb", "Project:            default", "Sync Status:        Synced to %s (%s)" % (R.choice(["main", "HEAD"]), hx(7)),
            "Health Status:      Healthy", "Revision:           %s" % hx(40)]


@neg("flux_get_sources_git_revision_sha1")
def _():
    return ["NAME          REVISION                                        SUSPENDED  READY  MESSAGE",
            "wandb-infra   main@sha1:%s  False      True   stored artifact for revision 'main@sha1:%s'" % (hx(40), hx(40))]


@neg("kustomize_secretgenerator_files_paths_only")
def _():
    return ["secretGenerator:", "- name: wandb-tls", "  files:", "  - tls.crt=certs/%s.crt" % an(6).lower(), "  - tls.key=certs/%s.key" % an(6).lower(),
            "  type: kubernetes.io/tls", "generatorOptions:", "  disableNameSuffixHash: true"]


@neg("terraform_plan_sensitive_markers_mysql_and_bucket")
def _():
    return ["  # aws_db_instance.wandb will be updated in-place", "  ~ resource \"aws_db_instance\" \"wandb\" {",
            "        id       = \"wandb-%s\"" % an(6).lower(), "      ~ password = (sensitive value)",
            "        # (%d unchanged attributes hidden)" % R.randint(10, 60), "    }"]


@neg("tfstate_resource_ids_arn_etag_and_kms_key_id")
def _():
    return ['            "arn": "arn:aws:s3:::wandb-%s",' % an(8).lower(), '            "etag": "%s",' % hx(32),
            '            "kms_master_key_id": "arn:aws:kms:us-east-1:123456789012:key/%s",' % uid(),
            '            "hosted_zone_id": "Z%s",' % rs(13, UP)]


@neg("ansible_mysql_user_task_password_from_var_no_log")
def _():
    return ["- name: Create wandb DB user", "  community.mysql.mysql_user:", "    name: wandb",
            "    password: \"{{ vault_wandb_mysql_password }}\"", "    priv: \"wandb_local.*:ALL\"", "  no_log: true"]


@neg("cloud_init_status_long_output")
def _():
    return ["status: done", "extended_status: done", "boot_status_code: enabled-by-generator",
            "last_update: Thu, 0%d Jan 2024 10:00:0%d +0000" % (R.randint(1, 9), R.randint(0, 9)), "detail:", "DataSourceEc2Local", "errors: []"]


@neg("pulumi_stack_yaml_secure_ciphertext_values")
def _():
    return ["encryptionsalt: v1:%s:v1:%s:%s" % (b64(12), b64(16), b64(22)), "config:", "  aws:region: us-east-1",
            "  wandb:mysqlPassword:", "    secure: v1:%s:%s" % (b64(16), b64(44))]


@neg("sealed_secret_encrypteddata_ciphertext")
def _():
    return ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "spec:", "  encryptedData:",
            "    password: Ag%s" % b64(R.randint(300, 400)), "  template:", "    metadata:", "      name: wandb-mysql"]


@neg("docker_service_inspect_pretty_secret_references")
def _():
    return ["Secrets:", " Target:\t\tmysql_password", "  Source:\t\twandb_mysql_password_v%d" % R.randint(1, 9), "  ID:\t\t%s" % rs(25, string.ascii_lowercase + string.digits),
            "Configs:", " Target:\t\t/etc/wandb/config.yaml"]


@neg("mysql_show_replica_status_vertical_source_fields")
def _():
    return ["*************************** 1. row ***************************", "             Replica_IO_State: Waiting for source to send event",
            "                  Source_Host: %s" % host(), "                  Source_User: repl", "                  Source_Port: 3306",
            "                  Source_UUID: %s" % uid(), "           Retrieved_Gtid_Set: %s:1-%d" % (uid(), R.randint(10, 99999)),
            "           Source_SSL_Allowed: Yes"]


@neg("mariadb_simple_password_check_and_reuse_vars")
def _():
    return ["| simple_password_check_digits          | %d     |" % R.randint(1, 3), "| simple_password_check_minimal_length  | %d     |" % R.randint(8, 16),
            "| password_reuse_check_interval         | %d   |" % R.randint(30, 365), "| strict_password_validation            | ON    |"]


@neg("sql_migration_comment_password_column_no_value")
def _():
    return ["-- 00%d_add_token_hash.sql" % R.randint(10, 99), "-- stores sha256(api key); the key itself is never persisted",
            "ALTER TABLE api_keys ADD COLUMN key_hash CHAR(64) NOT NULL;", "ALTER TABLE users ADD COLUMN password_changed_at DATETIME NULL;"]


@neg("k8s_configmap_ca_crt_public_certificate_pem")
def _():
    body = [b64(64) for _ in range(4)]
    return ["apiVersion: v1", "data:", "  ca.crt: |", "    -----BEGIN CERTIFICATE-----"] + ["    " + b for b in body] + ["    -----END CERTIFICATE-----", "kind: ConfigMap", "metadata:", "  name: kube-root-ca.crt"]


@neg("xtrabackup_info_uuid_lsn_binlog_pos")
def _():
    return ["uuid = %s" % uid(), "name = ", "tool_name = xtrabackup", "tool_version = 8.0.35-%d" % R.randint(28, 31),
            "innodb_from_lsn = 0", "innodb_to_lsn = %d" % R.randint(10**8, 10**10), "binlog_pos = filename 'binlog.%06d', position '%d'" % (R.randint(1, 999), R.randint(100, 10**6))]


@neg("go_mysql_dsn_password_masked_stars")
def _():
    return ["level=error msg=\"db connect failed\" dsn=\"wandb:****@tcp(%s:3306)/wandb_local?tls=custom\" err=\"dial tcp %s:3306: i/o timeout\"" % (host(), ip())]


@neg("nginx_auth_basic_realm_and_user_file_directives")
def _():
    return ["location /admin/ {", "    auth_basic \"W&B admin\";", "    auth_basic_user_file /etc/nginx/.htpasswd-%s;" % an(4).lower(),
            "    proxy_pass http://wandb:8080;", "}"]


@neg("rgw_signature_does_not_match_error_xml_string_to_sign_hex")
def _():
    sts = "AWS4-HMAC-SHA256\n20240304T101010Z\n20240304/us-east-1/s3/aws4_request\n" + hx(64)
    return ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SignatureDoesNotMatch</Code><Message></Message><BucketName>wandb</BucketName>",
            "<RequestId>tx0000%s-%s-%s-default</RequestId><HostId>%s-default-default</HostId>" % (hx(16), hx(10), hx(6), hx(6)),
            "<StringToSignBytes>%s</StringToSignBytes></Error>" % " ".join("%02x" % b for b in sts.encode()[:48])]


@neg("minio_kms_key_status_key_names")
def _():
    return ["$ mc admin kms key status wbminio", "Key: minio-wandb-%s" % an(4).lower(), "   - Encryption ✔", "   - Decryption ✔"]


@neg("seaweedfs_volume_fid_upload_responses")
def _():
    return ['{"fid":"%d,%s","url":"%s:8080","publicUrl":"%s:8080","count":1}' % (R.randint(1, 99), hx(10), ip(), ip()),
            '{"name":"run-%s.tgz","size":%d,"eTag":"%s"}' % (an(8).lower(), R.randint(1000, 10**7), hx(8))]


@neg("garage_status_node_ids_table")
def _():
    return ["==== HEALTHY NODES ====", "ID                Hostname  Address              Tags  Zone  Capacity",
            "%s  garage1   %s:3901  []    dc1   1.0 TB" % (hx(16), ip()), "%s  garage2   %s:3901  []    dc1   1.0 TB" % (hx(16), ip())]


@neg("mc_stat_object_etag_version_metadata")
def _():
    return ["Name      : run-%s.tgz" % an(8).lower(), "Date      : 2024-0%d-1%d 10:00:00 UTC" % (R.randint(1, 9), R.randint(0, 9)),
            "Size      : %d MiB" % R.randint(1, 999), "ETag      : %s" % hx(32), "VersionID : %s" % uid(), "Type      : file",
            "Metadata  :", "  Content-Type: application/gzip"]


@neg("rclone_config_show_s3_env_auth_no_keys")
def _():
    return ["[wbs3]", "type = s3", "provider = AWS", "env_auth = true", "region = us-east-1", "server_side_encryption = aws:kms",
            "sse_kms_key_id = arn:aws:kms:us-east-1:123456789012:key/%s" % uid()]


@neg("s3cmd_dump_config_empty_secrets")
def _():
    return ["[default]", "access_key = ", "secret_key = ", "gpg_passphrase = ", "host_base = %s" % host("s3"), "use_https = True",
            "check_ssl_certificate = True"]


@neg("traefik_dynamic_basicauth_users_htpasswd_hashes_refs")
def _():
    return ["http:", "  middlewares:", "    admin-auth:", "      basicAuth:", "        usersFile: /etc/traefik/users-%s" % an(4).lower(),
            "        removeHeader: true", "        realm: wandb"]


@neg("cloud_init_write_files_permissions_owner_no_secret")
def _():
    return ["write_files:", "  - path: /etc/wandb/local.env", "    owner: root:root", "    permissions: '0600'",
            "    content: |", "      LOCAL_RESTORE=false", "      GORILLA_LOG_LEVEL=%s" % R.choice(["info", "debug", "warn"])]


@neg("support_prose_bucket_keys_rotated_no_values")
def _():
    return [R.choice(["We rotated the MinIO root password and the mc alias afterwards, still seeing 403 on uploads.",
                      "The S3 secret key was regenerated via radosgw-admin key create; ticket %d." % R.randint(10**4, 10**5),
                      "Our DBA changed the MySQL replication password yesterday; the old one is revoked."]),
            "Request id %s, host id %s." % (hx(16).upper(), b64(56))]


# ================================================================ driver
USED = set()


def ok_pos(lines, secrets):
    text = "\n".join(lines)
    if not secrets:
        return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in USED:
            return False
    if len(set(secrets)) != len(secrets):
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
    out_p, out_n = [], []
    for name, new, f in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = f()
                if ok_pos(lines, secrets):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            USED.update(secrets)
            out_p.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, f in NEG:
        for _ in range(5):
            out_n.append({"shape": name, "lines": f()})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in out_p:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in out_n:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nnew = sum(1 for _, n, _ in POS if n)
    print("positives: %d records, %d shapes (%d new), %d secrets" % (
        len(out_p), len(POS), nnew, sum(len(r["secrets"]) for r in out_p)))
    print("negatives: %d records, %d shapes" % (len(out_n), len(NEG)))


if __name__ == "__main__":
    main()
