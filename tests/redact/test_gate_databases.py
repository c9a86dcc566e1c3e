"""The leak gate on databases' and moving data's own places for a password (gatesql.py's SQL
password places, gatecommands.py's Redis commands, RDS's calls and key-value listings,
gatereplica.py's `master.info`, gatedsn.py's connection strings without a scheme): made-up
leaks in each tool's documented form it must flag, and look-alikes it must leave alone (masks,
plugins without a secret, `nopass`, GTIDs, binary log positions, checksums), with both prefilter
engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test
from wbdiag.redact import gatedsn, gatereplica

# (lines, the line the gate must flag, 1-based)
LEAKS = [
    # SQL: a quoted value in a password's place is the password, however it reads
    (["CREATE USER 'ml'@'%' IDENTIFIED BY 'failure!';"], 1),
    (["ALTER USER 'ml'@'%' IDENTIFIED BY 'Sunshine.'"], 1),
    (["CREATE USER 'ml'@'%' IDENTIFIED WITH mysql_native_password BY 'tomorrow!';"], 1),
    (["CHANGE MASTER TO MASTER_HOST='db', MASTER_USER='repl', MASTER_PASSWORD='welcome!';"], 1),
    (["CHANGE REPLICATION SOURCE TO SOURCE_USER='repl', SOURCE_PASSWORD = 'Kq7.Lm2Zx9R';"], 1),
    (["SET PASSWORD FOR 'ml'@'%' = 'weekend!';"], 1),
    # (a CSV audit record's field, its quotes escaped)
    (
        [
            "20261203 16:01:29,db-0,root,localhost,19,362,QUERY,,'SET PASSWORD = \\'Tz4nB8qLw2mK\\'',0"
        ],
        1,
    ),
    (
        [
            "CREATE SERVER fed FOREIGN DATA WRAPPER mysql OPTIONS (USER 'fed', PASSWORD 'Gz7pq2wxLk');"
        ],
        1,
    ),
    # Redis: an ACL rule's password quoted as a shell passes it, MIGRATE's AUTH and AUTH2
    (["+ redis-cli ACL SETUSER ml on '>Rz8~Lm3Qw7Kp' '~*' '&*' +@all"], 1),
    (['127.0.0.1:6379> MIGRATE 10.0.0.9 6379 "" 0 5000 COPY AUTH Zk3pQ8wLm2xR KEYS a b'], 1),
    (["127.0.0.1:6379> MIGRATE 10.0.0.9 6379 run:1 0 5000 AUTH2 ml Hx4~Tq9zLm2W"], 1),
    # Amazon RDS's replication calls: the 4th argument
    (
        [
            "CALL mysql.rds_set_external_master ('db.internal', 3306, 'repl', 'Wq7*Lz2kR9x', 'bin.000451', 4, 1);"
        ],
        1,
    ),
    # a key-value listing's row of credentials (ProxySQL's global_variables)
    (["| admin-admin_credentials | admin:Jx8.Wq3kZr7Lm;cluster1:Pn5vT2hY9c |"], 1),
    # a SQL client's table whose rule under the header was cut off
    (
        [
            "+-------------+------+----------+------------------+",
            "| Server_name | Host | Username | Password         |",
            "| fed         | db   | fed      | Tq8.ZwL3mKx9+Pv  |",
        ],
        3,
    ),
    # master.info, the file repository: count, log file, position, host, user, password, port
    (
        [
            "33",
            "binlog.000836",
            "29947",
            "db-primary.internal",
            "repl",
            "Lk4Wq9_Zx2Rm",
            "3306",
            "60",
        ],
        6,
    ),
    # Percona Toolkit's DSN, MySQL Shell's and MySQL Router's user:password@host:port
    (
        [
            "pt-online-schema-change --alter 'ADD c INT' h=db,u=pt,p=Rt6z.Mn2qLx,D=ml,t=runs --execute"
        ],
        1,
    ),
    (["    -> (1, 'h=10.1.2.3,P=3306,u=checksum,p=Vw3.kq9Hz+Lp');"], 1),
    (["      --uri=backup:Hn3Wq8Zk2Lp7@mysql-0.mysql.svc:3306"], 1),
    (["shell.connect('root:Pw9Lk3Zq7Xm2@10.1.2.3:3306')"], 1),
    (["mysqlrouter --bootstrap root:Zq8Kw2Lm9Rx4@db.internal:3306 --directory /tmp/r"], 1),
    # Consul: the gossip key in an agent's config and its flag, ACL tokens, a token's SecretID
    (['encrypt = "Kq7Lm2Zx9Rw4Tq8Hn3Wq8Zk2Lp7Rv4Nq8Lx2Tz6Ab3c="'], 1),
    (["consul agent -server -encrypt=Kq7Lm2Zx9Rw4Tq8Hn3Wq8Zk2Lp7Rv4Nq8Lx2Tz6Ab3c= -ui"], 1),
    (["  tokens {", '    initial_management = "3f2a9c1e-7b4d-4e8a-9f6c-2d1b0a9e8c7f"'], 2),
    (
        [
            "AccessorID:   3de86fef-91f2-418f-8bac-16e61b239dd1",
            "SecretID:     d3c63ffe-b826-4f25-9fdf-f6633f5eba05",
        ],
        2,
    ),
    (["$ consul keygen", "Rw4Tq8Lm2Zx9Kq7Ab3Cd5Ef7Gh9Jk1Mn3Pq5St7Uv9w="], 2),
]

LOOK_ALIKES = [
    # SQL: no secret in a password's place
    ["CREATE USER 'ml'@'%' IDENTIFIED WITH caching_sha2_password;"],
    ["ALTER USER 'ml'@'%' IDENTIFIED WITH auth_socket;"],
    ["CREATE USER 'ml'@'%' IDENTIFIED WITH caching_sha2_password AS '$A$005$Kq7Lm2Zx9R';"],
    ["CREATE USER 'ml'@'%' IDENTIFIED BY '*****';"],
    ["CREATE USER 'ml'@'%' IDENTIFIED BY '<password>';"],
    ["CREATE USER 'ml'@'%' IDENTIFIED BY '${DB_PASSWORD}';"],
    ["CREATE USER 'ml'@'%' IDENTIFIED BY 'xxxxxxxx';"],
    ["CREATE USER 'ml'@'%' IDENTIFIED BY 'changeme';"],
    ["CHANGE MASTER TO MASTER_PASSWORD=?, MASTER_LOG_FILE='binlog.000451', MASTER_LOG_POS=83747;"],
    ["SET GLOBAL gtid_purged='3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5';"],
    ["SET PASSWORD FOR 'ml'@'%' = '[REDACTED:password:1]';"],
    # Redis: a user without a password, a hashed one, MIGRATE without AUTH
    ["+ redis-cli ACL SETUSER ml on nopass '~*' '&*' +@all"],
    [
        "+ redis-cli ACL SETUSER ml on '#5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8'"
    ],
    ["127.0.0.1:6379> MIGRATE 10.0.0.9 6379 run:1 0 5000 COPY REPLACE"],
    # RDS: a masked password, a setting
    [
        "CALL mysql.rds_set_external_master ('db.internal', 3306, 'repl', '*****', 'bin.000451', 4, 1);"
    ],
    ["CALL mysql.rds_set_configuration('binlog retention hours', 24);"],
    # key-value listings without a secret
    ["| admin-admin_credentials | admin:admin |"],
    ["| ssl_key | /etc/mysql/ssl/server-key.pem |"],
    ["+---------------+-------+", "| Variable_name | Value |", "| have_ssl      | YES   |"],
    # relay-log.info and a binary log listing: names, positions, checksums
    ["7", "./relay-bin.000012", "4", "binlog.000836", "29947", "0", "0", "1"],
    ["binlog.000836", "29947", "binlog.000837", "4", "CRC32", "3306"],
    ["| binlog.000836 | 29947 | 0b2f1a9c3e7d5f40 |"],
    # DSNs and addresses without a password
    ["pt-table-checksum h=db,P=3306,u=checksum --ask-pass"],
    ["pt-online-schema-change h=db,u=pt,p=$PT_PASSWORD,D=ml,t=runs --execute"],
    ["plot x=1,y=2,p=0.05"],
    ["mysqlsh --uri=root@localhost:3306"],
    ["mysqlsh --uri=root:password@localhost:3306"],
    ["docker pull nginx:1.25@sha256:0123456789abcdef0123456789abcdef0123456789abcdef01234567"],
    ["git clone git@github.com:wandb/wandb.git"],
    # a MongoDB URI's mechanism, Cassandra's audit record with the password obfuscated,
    # CockroachDB's backup URL with its secret redacted, InfluxDB's tokens masked, Consul's
    # settings and a token's masked SecretID
    [
        'MONGODB_URI="mongodb://mongo-0.mongo.svc:27017/?authMechanism=MONGODB-X509'
        '&authSource=%24external&tls=true"'
    ],
    [
        "user:cassandra|host:10.0.6.11:7000|source:/10.0.34.71|port:57276|type:CREATE_ROLE"
        "|operation:CREATE ROLE app_rw WITH PASSWORD*******"
    ],
    [
        "  594549357534153806 | BACKUP | BACKUP INTO 's3://b/n?AWS_ACCESS_KEY_ID=AKIAMXI62ITLEO7C8CHP"
        "&AWS_SECRET_ACCESS_KEY=redacted' AS OF SYSTEM TIME '-10s'"
    ],
    ["a9315a50ff260f0f\tadmin's Token\t\t**********\tadmin\t\t2f7b547a9aa15c8a\t[read:/orgs]"],
    ["encrypt = true", "encrypt_verify_incoming = false"],
    ["SecretID:         <hidden>"],
    ['agent = "web-01"'],
]


test_leaks_are_flagged = leaks_at_test(LEAKS)
test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


def test_master_info_password_is_two_lines_after_the_host() -> None:
    block = ["binlog.000836", "29947", "db.internal", "repl", "Lk4Wq9_Zx2Rm", "3306"]
    assert list(gatereplica.master_info_secrets(block, 0)) == [(4, "Lk4Wq9_Zx2Rm")]


def test_dsn_password_is_the_p_key() -> None:
    line = "S=/run/mysqld.sock,u=pt,p=Rt6z.Mn2qLx,D=ml"
    assert list(gatedsn.connection_secrets(line)) == ["Rt6z.Mn2qLx"]
