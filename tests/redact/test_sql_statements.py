"""Secrets in SQL statements as MySQL's and MariaDB's logs print them (general log, binlog, audit
log, a client's echo, a dump): passwords behind plugin clauses, quoted inside another string, on
a later line than `IDENTIFIED BY`; literals joined with CONCAT, written in hex; INSERT rows and
name/value tables; a driver's connect call in a stack trace; a temporary password in a comment;
and the settings beside them that name a secret without holding one."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from tests.redact.hintlines import corpus_lines
from wbdiag.redact.nextsql import _OPEN_TAIL, _TAIL_CHARS, _may_open

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # MariaDB's authentication plugins, one or a chain of them
        (["CREATE USER 'mon'@'%' IDENTIFIED VIA ed25519 USING PASSWORD('Hq3!vLp9Zr+Tk2');"], ["Hq3!vLp9Zr+Tk2"]),
        (["ALTER USER 'b'@'%' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(\"Wd8%kQ2zLx7p\");"], ["Wd8%kQ2zLx7p"]),
        (["GRANT ALL ON *.* TO 'c'@'%' IDENTIFIED WITH ed25519 USING PASSWORD ( 'Pz4^nR8wQm2x' )"], ["Pz4^nR8wQm2x"]),
        # the statement quoted inside a CSV field (server_audit) or a JSON string
        (["20250102 10:00:00,db1,root,localhost,12,34,QUERY,app,'ALTER USER \\'svc\\'@\\'%\\' IDENTIFIED BY \\'Qw7rT9zXp2LmN4\\'',0"], ["Qw7rT9zXp2LmN4"]),
        (['{"cmd":"Query","sql":"CREATE USER \\"svc\\"@\\"%\\" IDENTIFIED BY \\"Mv3#kLp8Wz2q\\""}'], ["Mv3#kLp8Wz2q"]),
        # SQL built in a string, its quotes doubled
        (["SET @s = 'CREATE USER ''bob''@''%'' IDENTIFIED BY ''Zk4pQ9wXr2Ty''';"], ["Zk4pQ9wXr2Ty"]),
        # the password on a later line than the words that announce it
        (["2025-03-01T10:00:00.000000Z\t  88 Query\tCREATE USER IF NOT EXISTS", "  'app9'@'%'", "  IDENTIFIED BY", "  'Kp4~W.zR8-1abcd'", "  REQUIRE SSL"], ["Kp4~W.zR8-1abcd"]),
        (["mysql> ALTER USER 'wb'@'%'", "    -> IDENTIFIED", "    -> BY 'Tz9pQ2wLx7Rk';"], ["Tz9pQ2wLx7Rk"]),
        (["ALTER USER 'wb'@'%' IDENTIFIED VIA ed25519", "", "  USING PASSWORD('Vn6&yT3qLp8w')"], ["Vn6&yT3qLp8w"]),
        (["SET PASSWORD FOR 'wb'@'%' =", "  'Rb5@xM9kQz2w';"], ["Rb5@xM9kQz2w"]),
        # a secret split into literals and joined again
        (["mysql> SET @pw = CONCAT('OpXpUeKCEv', 'WNeT6JyqyH');"], ["OpXpUeKCEv", "WNeT6JyqyH"]),
        (["SELECT @admin_token := CONCAT_WS('', 'gH7kQ2', 'mZp9Lw', 'x4Rt');"], ["gH7kQ2", "mZp9Lw"]),
        # hex literals that spell a secret
        (["mysql> SET @k = UNHEX('5a6b3950715177324c78375276546e33');"], ["5a6b3950715177324c78375276546e33"]),
        (["SELECT AES_DECRYPT(payload, X'4e7433714c703977587a32526b3867') FROM vault_rows;"], ["4e7433714c703977587a32526b3867"]),
        (["INSERT INTO settings (k, v) VALUES ('smtp', 0x54723970517a346d4c7832576b3776);"], ["54723970517a346d4c7832576b3776"]),
        # INSERT rows: secret columns, a secret-named table without a column list, name/value rows
        (["Admin> INSERT INTO mysql_users(username,password,default_hostgroup) VALUES ('wandb','Rk2pLq9ZtW8x',0),('ro','Vb7nMq3XcT1z',1);"], ["Rk2pLq9ZtW8x", "Vb7nMq3XcT1z"]),
        (["INSERT INTO `tokens` VALUES (7,'ci','c0ffee12d4b9a7e3f5061c2b8d9e4a7f3b2c1d0e','2025-01-01 00:00:00'),(8,'sweep','9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807','2025-02-01 00:00:00');"], ["c0ffee12d4b9a7e3f5061c2b8d9e4a7f3b2c1d0e", "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807"]),
        (["INSERT INTO global_variables (variable_name, variable_value) VALUES ('admin-stats_credentials','stats:Hy7pQ2mWx9');"], ["Hy7pQ2mWx9"]),
        (["Admin> UPDATE global_variables SET variable_value='admin:gQ.RLpzYmsNrd;radmin:pyXJ7EsGoK' WHERE variable_name='admin-admin_credentials';"], ["gQ.RLpzYmsNrd", "pyXJ7EsGoK"]),
        (["UPDATE app_settings SET setting_value='Lm4#qW8zPx2k' WHERE setting_key='smtp_password';"], ["Lm4#qW8zPx2k"]),
        # a driver's connect call, its arguments printed by a stack trace
        (["#0 /srv/app/db.php(12): PDO->__construct('mysql:host=db.example.net;dbname=wandb', 'wandb', '5wMbQB*CWOo3Zl3c')"], ["5wMbQB*CWOo3Zl3c"]),
        (["#0 /srv/app/db.php(8): PDO->__construct('sqlsrv:Server=db,1433;Database=wandb', 'sa', 'Yt5#mWq9Lz2x')"], ["Yt5#mWq9Lz2x"]),
        (["#1 /srv/app/db.php(9): mysqli->__construct('db.example.net', 'wandb', 'Qx7pLm2Wz9Rt', 'wandb')"], ["Qx7pLm2Wz9Rt"]),
        (["#1 /srv/app/db.php(9): mysqli_connect('db', 'wandb', 'Jw3$kT8pQz5m')"], ["Jw3$kT8pQz5m"]),
        (['\tat java.sql.DriverManager.getConnection("jdbc:mysql://db:3306/wandb", "wandb", "Hn4pQ8wZx2Lk")'], ["Hn4pQ8wZx2Lk"]),
        # a temporary password in a comment, a star among its characters
        (["-- temp password for the reporting user until it is rotated: y*lKQmzGlQNPa"], ["y*lKQmzGlQNPa"]),
        # MySQL 8's `REPLACE 'current'`: both passwords (a general log, an audit log's JSON, a CSV field)
        (["2025-02-12T19:41:22.363579Z\t  867 Query\tALTER USER 'repl'@'localhost' IDENTIFIED BY 'Bq8vY0VvXfFBOs' REPLACE 'V!yY0uPCNrBRd8'"], ["Bq8vY0VvXfFBOs", "V!yY0uPCNrBRd8"]),
        (['{"audit_record": {"name": "Query", "sqltext": "ALTER USER \'wandb\'@\'%\' IDENTIFIED BY \'xVf42m7GxT2jh2\' REPLACE \'Lp9#qW2zRt6m\' RETAIN CURRENT PASSWORD"}}'], ["xVf42m7GxT2jh2", "Lp9#qW2zRt6m"]),
        (["20250102 10:00:00,db1,root,localhost,12,34,QUERY,app,'SET PASSWORD = \\'Nw4kT8pZx2Qm\\' REPLACE \\'Hr7mK3wPq9Zt\\'',0"], ["Nw4kT8pZx2Qm", "Hr7mK3wPq9Zt"]),
        # Amazon RDS's replication procedures: the source's password, the 4th argument
        (["mysql> CALL mysql.rds_set_external_master ('wandb-mysql.example.internal', 3306, 'repl', 'Tq5~Wz8pRk2m', 'binlog.000451', 83747, 1);"], ["Tq5~Wz8pRk2m"]),
        (["CALL mysql.rds_set_external_source_with_auto_position('10.0.4.17', 3306, 'repl', 'Gv7+Lp3xQz9!', 1, 0);"], ["Gv7+Lp3xQz9!"]),
        # a routine that checks or sets a password: the literal after the user, or the only one
        # (a MySQL error quotes the call: Aixada's `CALL check_credentials('admin','…') generated error 1267`)
        (["CALL check_credentials('admin','qLx7b.Wmzp4T') generated error 1267:"], ["qLx7b.Wmzp4T"]),
        (['mysql> SELECT `app`.`fn_verify_password`("svc", "hunter22");'], ["hunter22"]),
        (["CALL sp_change_password('wandb', 'Old.pw9x', 'Nw2Ks.qT7mZ');"], ["Old.pw9x", "Nw2Ks.qT7mZ"]),
        (["SELECT setUserPassword('Hv7bNw2KsqTRmx');"], ["Hv7bNw2KsqTRmx"]),
        # a table of a server's stored credentials (`mysql.servers`, `mysql.slave_master_info`) in
        # a paste that lost the rule under its header, and in vertical (`\G`) output
        (["mysql> SELECT Server_name, Host, Username, Password, Port FROM mysql.servers;", "+-------------+--------------+----------+-----------------------+------+", "| Server_name | Host         | Username | Password              | Port |", "| wb_fed      | 10.60.90.100 | fed      | Zq3+vM8kWx5n-Lp2      | 3306 |"], ["Zq3+vM8kWx5n-Lp2"]),
        (["mysql> SELECT * FROM mysql.slave_master_info\\G", "*************************** 1. row ***************************", "       Master_log_name: binlog.000836", "                  Host: db-primary.example.com", "             User_name: repl", "         User_password: Hk4zW8qLx2v9", "                  Port: 3306"], ["Hk4zW8qLx2v9"]),
        # Percona's XML audit log: a password the log did not mask, its quotes XML-escaped
        ([" <SQLTEXT>SET PASSWORD FOR &apos;wb&apos;@&apos;%&apos;=&apos;Qv8-nK3wZx7t&apos;</SQLTEXT>"], ["Qv8-nK3wZx7t"]),
        # MariaDB's key file encryption key
        (["[mariadb]", "file_key_management_filename = /etc/mysql/enc/keys.enc", "file_key_management_filekey = Q7xLm2pW9zKt4RbN8vYc3HsD6fGj1aEu"], ["Q7xLm2pW9zKt4RbN8vYc3HsD6fGj1aEu"]),
    ],
)  # fmt: skip
def test_sql_statement_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # plugins without a password, a bare word after `IDENTIFIED BY` across lines
        ["CREATE USER 'x'@'%' IDENTIFIED VIA unix_socket;", "CREATE USER 'y'@'%' IDENTIFIED WITH auth_socket;"],
        ["CREATE USER 'wb'@'localhost' IDENTIFIED VIA unix_socket", "  REQUIRE SSL;", "  'not-a-password-here'"],
        ["-- users are IDENTIFIED BY", "  their certificates only"],
        # REPLACE as SQL's string function, and a REPLACE statement, with no password before it
        ["mysql> UPDATE users SET name = REPLACE(name, 'old-team', 'new-team') WHERE id = 7;"],
        ["REPLACE INTO settings (name, value) VALUES ('theme', 'dark-mode-v2');"],
        # RDS procedures that take no password, or an empty one
        ["CALL mysql.rds_set_external_master_gtid_purged('3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5');", "CALL mysql.rds_start_replication;"],
        ["CALL mysql.rds_set_external_source('db.example.net', 3306, 'repl', '', 'binlog.000001', 4, 1);"],
        # a routine whose name says nothing of a password, one that reads a user's, placeholders,
        # a password routine's user alone
        ["CALL check_status('admin','ok') generated error 1267:", "SELECT get_user('admin', 'staff-2024');"],
        ["SELECT password_age('admin', 'days');", "CALL check_credentials(?, ?)", "CALL check_credentials(%s, %s)"],
        ["SELECT verify_password(:user, :pw);", "CALL reset_password('admin');", "CALL check_credentials('admin','<password>')"],
        # a statement built around a variable: nothing literal to take
        ["mysql> SET @sql = CONCAT('ALTER USER ''wandb''@''%'' IDENTIFIED BY ''', @pw, '''');"],
        # CONCAT into names that hold no secret
        ["mysql> SELECT CONCAT('hello', 'world') AS greeting;", "SET @label = CONCAT('run-', 'abc123XYZ9');"],
        # hex that decodes to bytes, a word, or a digest written as text
        ["#240418 16:26:17 server id 1  end_log_pos 54964 CRC32 0x058a05ac \tQuery\tthread_id=25"],
        ["mysql> SELECT UNHEX('68656c6c6f20776f726c6421');", "SELECT * FROM t WHERE id = X'3f2a9c0011aabbccddeeff0011223344';"],
        ["mysql> SELECT 0x6433623037333834643131336564656332343932386261383530;"],
        # INSERT rows without a secret column; a secret-named table's ids and dates
        ["INSERT INTO mysql_servers(hostgroup_id,hostname,port) VALUES (0,'db1.example.net',3306),(1,'db2.example.net',3306);"],
        ["INSERT INTO `api_keys` VALUES (71,'ci','0b8f1a6e-2f7c-4d3e-9a1b-6c5d4e3f2a1b','2025-01-01 00:00:00');"],
        ["INSERT INTO `runs` VALUES (70,'ci','a91804b667caeb3ece8cd5c1a70a2d11f1df683a','2025-01-01 00:00:00');"],
        ["INSERT INTO users (name, password) VALUES (?, ?)", "INSERT INTO users (name, password) VALUES ('ann', NULL);"],
        # name/value rows whose names hold no secret, a secret name's flag
        ["Admin> UPDATE global_variables SET variable_value='2000' WHERE variable_name='mysql-monitor_connect_timeout';"],
        ["Admin> UPDATE global_variables SET variable_value='monitor' WHERE variable_name='mysql-monitor_username';"],
        ["Admin> UPDATE global_variables SET variable_value='false' WHERE variable_name='admin-hash_passwords';"],
        # a connect call whose password PHP hides, or that has none
        ["#0 /srv/app/db.php(8): PDO->__construct('mysql:host=db;dbname=wandb', 'wandb', Object(SensitiveParameterValue))"],
        ["#0 /srv/app/db.php(8): PDO->__construct('mysql:host=db;dbname=wandb', 'wandb', '')"],
        ["#1 /srv/app/db.php(9): mysqli->query('SELECT 1', 'a', 'b')"],
        # a comment about a password without one; a mask
        ["-- temp password for reporting: ab****yz", "# tmp password for the demo user: see the vault"],
        # Percona's XML audit log masks the password as `<secret>`, XML-escaped
        ["<AUDIT_RECORD>", " <COMMAND_CLASS>set_password</COMMAND_CLASS>", " <SQLTEXT>SET PASSWORD FOR &apos;wb&apos;@&apos;%&apos;=&lt;secret&gt;</SQLTEXT>", "</AUDIT_RECORD>"],
        # a credentials table whose password cell is empty
        ["mysql> SELECT Server_name, Host, Password FROM mysql.servers;", "+-------------+--------------+----------+", "| Server_name | Host         | Password |", "| wb_fed      | 10.60.90.100 |          |"],
        # the key file read from a file; Vitess' flags naming where credentials are kept
        ["file_key_management_filekey = FILE:/etc/mysql/encryption/keyfile.key"],
        ["/vt/bin/vtgate --topo_implementation etcd2 --cell zone1 \\", "  --mysql_auth_server_impl static --mysql_auth_server_static_file /vt/secrets/users.json \\", "  --db-credentials-file /vt/secrets/db/creds.json --grpc_port 15999"],
        ["vttablet --db_credentials_server file --db-credentials-file /vt/creds/db.json"],
    ],
)  # fmt: skip
def test_sql_statement_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_the_open_tails_pre_check_passes_every_tail_the_search_finds() -> None:
    """`_may_open` skips the search only where it finds nothing: on the corpus's lines that name
    a password, and on tails whose words are spelled with letters IGNORECASE folds to ASCII."""
    lines = [
        line
        for line in corpus_lines()
        if any(w in line for w in ("dentified", "DENTIFIED", "assword", "ASSWORD"))
    ]
    lines += [
        "mysql> CREATE USER 'ann'@'%' ıdentıfıed by",  # (dotless i)
        "mysql> ſet paſſword for 'ann'@'%' = paſſword(",  # (long s)
        "mysql> SET PASSWORD FOR 'ann'@'%' = PASSWORD",
    ]
    opened = 0
    for line in lines:
        body = line.rstrip()
        start = max(0, len(body) - _TAIL_CHARS)
        if body.endswith(";") or _OPEN_TAIL.search(body, start) is None:
            continue
        opened += 1
        assert _may_open(body[start:]), line
    assert opened >= 4
