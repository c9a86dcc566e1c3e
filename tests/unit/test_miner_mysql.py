"""The miner reads MySQL's error numbers with their message and InnoDB's dictionary at odds with
MySQL's at any level but DEBUG's (error_mysql.py); a client's report of what it did not expect or
of the HTTP status it got in brackets; and leaves out an object store's missing bucket named for a
file browsers ask every site for. Look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_mysql import MYSQL_CANDIDATES, MYSQL_CONFIRM
from wbdiag.rules.portable_regex import check_portable


@pytest.mark.parametrize(
    "line",
    [
        # Python DB-API's tuple, logged by a retrying ORM at WARNING or INFO, Python 2's u'…', a
        # message holding quotes in double quotes, as a JSON or logfmt line's message
        "2019-03-02 10:11:12,345 [ worker_3][ orm][ WARNING] (1205, 'Lock wait timeout exceeded; "
        "try restarting transaction')... Retrying",
        "2015-06-01 08:00:00,001 WARNING (1213, u'Deadlock found when trying to get lock; try "
        "restarting transaction')",
        "2020-01-01 00:00:00,000 INFO retrying statement after (2013, 'Lost connection to MySQL "
        "server during query')",
        "WARNING:app.db:(1146, \"Table 'shop.orders' doesn't exist\")",
        '{"level":"warning","msg":"(1213, \'Deadlock found when trying to get lock\')"}',
        'I1202 12:00:00.000000 1 store.go:10] retrying after (1213, "Deadlock found when trying '
        'to get lock")',
        # the number after Error: go-sql-driver, the mysql client, PHP wrappers, PDO, at WARN/INFO
        'level=info msg="Error 1040: Too many connections"',
        "WARN retrying: Error 1213 (40001): Deadlock found when trying to get lock; try restarting",
        "WARNING: ERROR 1205 (HY000) at line 3: Lock wait timeout exceeded; try restarting",
        "app: Query Error (connection 3) 1062: Duplicate entry '7' for key 'PRIMARY'",
        "x DB Error (1146): Table 'shop.orders' doesn't exist",
        "[2024-01-01 10:00:00] app.WARNING: SQLSTATE[40001]: Serialization failure: 1213 Deadlock "
        "found when trying to get lock",
        # error 1044 (a missing grant on the database) in the shapes drivers print it
        "Couldn't open the store: Error 1044: Access denied for user 'app'@'%' to database 'app'",
        "ERROR 1044 (42000): Access denied for user 'shop'@'localhost' to database 'shop'",
        # … and at zap's console levels past ERROR, in a time zone's offset
        "2024-02-03T04:05:06.789+0800\tPANIC\tstore/open.go:31\tError 1044: Access denied for "
        "user 'svc'@'%' to database 'svc'",
        "2024-02-03T04:05:06.789Z\tDPANIC\tdb/conn.go:9\tError 1044 (42000): Access denied for "
        "user 'ro'@'10.2.3.4' to database 'reports'",
        "2024-02-03T04:05:06.789-0300\tFATAL\tmain.go:12\tping: Error 1044 (42000): Access "
        "denied for user 'x'@'%' to database 'y'",
        # InnoDB's dictionary at odds with MySQL's table definitions, at [Warning] or without level
        "2022-05-01 10:00:00 7 [Warning] InnoDB: table shop/orders contains 7 user defined columns "
        "in InnoDB, but 6 columns in MySQL. Please check INFORMATION_SCHEMA.INNODB_SYS_COLUMNS",
        "2022-05-01 10:00:00 7 [Warning] InnoDB: Table app/runs has a primary key in InnoDB data "
        "dictionary, but not in MySQL!",
        "InnoDB: Table app/runs contains 4 indexes inside InnoDB, which is different from the "
        "number of indexes 3 defined in the MySQL",
        "2021-02-16 22:06:05 1 [Warning] InnoDB: Table mysql/innodb_index_stats has length "
        "mismatch in the column name table_name.  Please run mysql_upgrade",
        # the retry messages without their number (JDBC's SQLException under Hibernate), alone
        # or at WARN, and CodeIgniter's error page's number on its own line
        "Lock wait timeout exceeded; try restarting transaction",
        "2016-12-09 12:17:51.053 WARN SqlExceptionHelper - Deadlock found when trying to get lock; "
        "try restarting transaction",
        "Error Number: 1146",
        "  Error Number: 1062",
        # Flyway's report of the statement's error (spring-projects/spring-boot#12033), and
        # mysqljs' name for a server error it has none for (mtxr/vscode-sqltools#491)
        "Error Code : 1364",
        "UNKNOWN_CODE_PLEASE_REPORT: SSL connection is required. Please specify SSL options and "
        "retry.",
        # a replica refused the binary log it asked for (radondb-mysql-kubernetes#768,
        # heldout67 #27), as SHOW REPLICA STATUS and the replica's log at [Warning] word it
        "Last_IO_Error: Got fatal error 1236 from master when reading data from binary log: 'The "
        "slave is connecting using CHANGE MASTER TO MASTER_AUTO_POSITION = 1, but the master has "
        "purged binary logs containing GTIDs that the slave requires.'",
        "2026-03-02T10:00:00.000000Z 12 [Warning] [MY-013114] [Repl] Replica I/O for channel '': "
        "Got fatal error 1236 from source when reading data from binary log: 'Could not find "
        "first log file name in binary log index file'",
        # a backup or dump tool refusing an option its version does not have
        # (inverse-inc/packetfence#6538, heldout67 #53)
        "mariabackup: unknown option '--apply-log'",
        "mysqldump: unknown variable 'set-gtid-purged=OFF'",
        # mysqld refusing to run as root, under MariaDB's name for it (mariadb-operator#973) and
        # MySQL's wording
        "mariadbd: Please consult the Knowledge Base to find out how to run mysqld as root!",
        'mysqld: Please read "Security" section of the manual to find out how to run mysqld as root!',
    ],
)
def test_mysql_failures_are_listed_below_error_level(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a driver's trace at DEBUG: the miner trusts it
        "2016-08-08 17:43:44,689 DEBUG (1213, 'Deadlock found when trying to get lock')",
        '{"level":"debug","msg":"(1213, \'Deadlock found when trying to get lock\')"}',
        # tuples of a year and a name, a count, not a message
        "2016-08-08 17:43:44,689 INFO (2016, 'August report')",
        'INFO loaded (1999, "Matrix") from cache',
        "WARNING slow query (1500, 'ms')",
        # MySQL's routine notes and warnings, the aborted connection among them
        "2021-02-16 22:06:05 1 [Note] InnoDB: 128 rollback segment(s) are active.",
        "2020-07-16 17:31:53 9 [Warning] Aborted connection 9 to db: 'app' user: 'app' host: "
        "'10.0.0.4' (Got an error reading communication packets)",
        "2021-02-16 22:06:05 1 [Warning] InnoDB: Using innodb_table_stats for table app/runs",
        "[Note] Slave I/O thread: connected to master, Error_code: 0",
        # an error number without its message, and prose about InnoDB
        "WARNING retry 3 of 5 after Error 1213",
        "INFO docs: columns in InnoDB tables are stored in clustered indexes",
        # the retry messages' words without the retry, the setting, a number that is not
        # MySQL's or stands in a sentence, all at DEBUG
        "INFO innodb_lock_wait_timeout = 50; Lock wait timeout exceeded counter reset",
        "DEBUG Lock wait timeout exceeded; try restarting transaction",
        "Error Number: 42",
        "INFO Error Number: 1146 is documented in the manual",
        # Flyway's block for PostgreSQL (the state says it, the code is 0), and the code's name
        # in prose
        "Error Code : 0",
        "SQL State  : 42P01",
        "INFO mysqljs names unknown server errors UNKNOWN_CODE_PLEASE_REPORT",
        # the replica's and the backup tool's routine lines
        "[Note] Slave I/O thread: Got fatal error handling documented in the manual",
        "mariabackup: Using server version 10.5.9-MariaDB",
    ],
)
def test_mysql_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # what the client did not expect, for what, and why after a colon
        "Unexpected error for backup job 7: An error occurred (EntityTooSmall) when calling the "
        "UploadPart operation: Your proposed upload is smaller than the minimum allowed size",
        "unexpected exception in sync worker: ConnectionResetError(104, 'Connection reset')",
        # what failed, with the reason of the HTTP status it got in brackets
        "error fetching bucket policy (Bad Gateway)",
        "Failed to load the manifest (Forbidden)",
        "svc: could not refresh token (Unauthorized)",
        "error listing artifacts (Service Unavailable)",
    ],
)
def test_client_reports_of_a_failure_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "INFO no unexpected errors for run 7: all good",
        "Unexpected errors: none",
        # botocore's message alone: scripts print it for the probe before they create a bucket
        "An error occurred (404) when calling the HeadBucket operation: Not Found",
        # a status reason that is not a failure, or one not closing the message
        "fetching bucket policy (OK)",
        "error pages are served as HTML (Internal Server Error pages included)",
    ],
)
def test_client_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "Error: Bucket not found: favicon.ico (cmd.BucketNotFound)",
        "Error: Bucket not found: robots.txt (cmd.BucketNotFound)",
        "Error: Bucket not found: apple-touch-icon-precomposed.png (cmd.BucketNotFound)",
        '{"level":"ERROR","time":"2024-01-01T00:00:00Z","api":{"name":"GetObject","bucket":'
        '"apple-touch-icon.png"},"error":{"message":"Bucket not found: apple-touch-icon.png"}}',
        "<Error><Code>NoSuchBucket</Code><BucketName>favicon.ico</BucketName></Error>",
    ],
)
def test_a_bucket_named_for_a_browsers_site_file_is_noise(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # real buckets, and names only like a site file, stay errors
        "Error: Bucket not found: wandb (cmd.BucketNotFound)",
        "Error: Bucket not found: favicon (cmd.BucketNotFound)",
        "Error: Bucket not found: favicon.ico.backups (cmd.BucketNotFound)",
        "Error: Bucket not found: my-robots.txt (cmd.BucketNotFound)",
        "Error: Bucket not found: .minio.sys/buckets",
        '{"level":"ERROR","api":{"name":"PutObject","bucket":"wandb"},"error":{"message":'
        '"Bucket not found: wandb"}}',
        "<Error><Code>NoSuchBucket</Code><BucketName>wandb-files</BucketName></Error>",
    ],
)
def test_a_real_missing_bucket_stays_listed(line: str) -> None:
    assert miner_lists(line)


def test_the_mysql_tables_are_in_the_miner_and_portable() -> None:
    assert set(MYSQL_CANDIDATES) <= set(CANDIDATE_PATTERNS)
    for pattern in (*MYSQL_CANDIDATES, *MYSQL_CONFIRM):
        assert check_portable(pattern) is None, pattern


@pytest.mark.parametrize(
    "line",
    [
        # mysqld 8.4 at start-up for an account on a plugin it no longer loads (ssl/ezXSS#186)
        "2024-10-17T17:56:44.540476Z 0 [Warning] [MY-010312] [Server] The plugin "
        "'mysql_native_password' used to authenticate user 'root'@'localhost' is not loaded. "
        "Nobody can currently login using this account.",
        "2025-01-02T03:04:05.000000Z 0 [Warning] [MY-010312] [Server] The plugin "
        "'mysql_native_password' used to authenticate user 'wandb_local'@'%' is not loaded. "
        "Nobody can currently login using this account.",
        # 1227 without its number, as MySQL Shell raises it (Neeky/dbm-agent#3), and with it
        "Dba.createCluster: mysql-one:3306: Access denied; you need SYSTEM_VARIABLES_ADMIN and "
        "PERSIST_RO_VARIABLES_ADMIN privileges for this operation (RuntimeError)",
        "ERROR 1227 (42000): Access denied; you need (at least one of) the SUPER privilege(s) for "
        "this operation",
        "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN "
        "privilege(s) for this operation",
    ],
)
def test_refusals_without_a_number_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the plugin's deprecation warning while it is still loaded, and a clean start
        "2024-10-17T17:56:44.540476Z 0 [Warning] [MY-013360] [Server] Plugin "
        "mysql_native_password reported: ''mysql_native_password' is deprecated and will be "
        "removed in a future release. Please use caching_sha2_password instead'",
        "2024-10-17T17:56:44Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for "
        "connections.",
        # a manual's sentence about the privilege
        "You need the SUPER privilege for this operation, see the manual",
    ],
)
def test_refusal_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # mysqld refusing a host before any account is checked, without the error's number (MySQL
        # 5.7's reference manual, and the unblock hint MariaDB adds), and 1130's text alone
        "Host 'host_name' is blocked because of many connection errors.",
        "Host '10.0.3.7' is blocked because of many connection errors; unblock with 'mysqladmin "
        "flush-hosts'",
        "Host '172.18.0.5' is not allowed to connect to this MySQL server",
        "Host 'wandb-7d9f.wandb.svc' is not allowed to connect to this MariaDB server",
    ],
)
def test_host_refusals_without_a_number_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a docs heading and a setting about blocked hosts, a host allowed
        "max_connect_errors: a host is blocked after this many connection errors",
        "Host 'db' is allowed to connect from 10.0.0.0/8",
    ],
)
def test_host_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # mysqld_safe's refusal of a server binary it cannot run, its two lines apart behind
        # supervisord's prefix (huginn/huginn#3283) and bare, as its log_error writes them
        "mysqld stderr | 2023-06-26T13:07:24.451042Z mysqld_safe The file /usr/sbin/mysqld",
        "mysqld stderr | does not exist or is not executable. Please cd to the mysql installation",
        "does not exist or is not executable. Please cd to the mysql installation",
        "160810 09:00:01 mysqld_safe The file /usr/local/mysql/bin/mysqld does not exist or is "
        "not executable.",
        # its other refusals to start: a server already running, a socket directory missing
        "2016-08-10T09:00:01.000000Z mysqld_safe A mysqld process already exists",
        "db_1  | 170301 10:00:00 mysqld_safe Directory '/var/run/mysqld' for UNIX socket file "
        "don't exists.",
    ],
)
def test_mysqld_safe_refusals_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same script's notices, and prose about its check and its option
        "2023-06-26T13:07:24.451042Z mysqld_safe Logging to '/var/log/mysql/error.log'.",
        "2023-06-26T13:07:24.451042Z mysqld_safe Starting mysqld daemon with databases from "
        "/var/lib/mysql",
        "2023-06-26T13:07:24.451042Z mysqld_safe mysqld from pid file /var/run/mysqld/mysqld.pid "
        "ended",
        "if the file does not exist or is not executable, the check is skipped",
        "mysqld_safe The file option is read from [mysqld_safe] in my.cnf as well",
    ],
)
def test_mysqld_safe_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a client refusing the cleartext plugin a cloud database's IAM login asks for:
        # Connector/J (GoogleCloudPlatform/cloud-code-intellij#3166), libmysqlclient
        # (sequelpro/sequelpro#2247)
        "SSL connection required for plugin \"mysql_clear_password\". Check if 'sslMode' is "
        "enabled.",
        "Authentication plugin 'mysql_clear_password' cannot be loaded: plugin not enabled",
        "WARN  HikariPool-1 - SSL connection required for plugin 'mysql_clear_password'. Check if "
        '"sslMode" is enabled.',
    ],
)
def test_a_refused_authentication_plugin_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "SSL connection required for plugins is documented in the manual",
        "Authentication plugin 'caching_sha2_password' is the default",
        "DEBUG Authentication plugin 'mysql_clear_password' cannot be loaded: plugin not enabled",
    ],
)
def test_authentication_plugin_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # mysqld waiting for space: the reporter's paste (kubeflow/pipelines#8552), MySQL 8's
        # error log, MariaDB's [Warning], the server's ER_DISK_FULL for a temporary table
        "disk is full writing './binlog.~rec~'",
        "2024-01-01T00:00:00.000000Z 12 [ERROR] [MY-000035] [Server] Disk is full writing "
        "'./binlog.000003' (OS errno 28 - No space left on device). Waiting for someone to free "
        "space... Retry in 60 secs. Message reprinted in 600 secs",
        "2020-01-01 10:00:00 7 [Warning] mysqld: Disk is full writing './mysql-bin.000001' "
        '(Errcode: 28 "No space left on device"). Waiting for someone to free space...',
        "Disk full (/tmp/#sql_1.MAI); waiting for someone to free some space... (errno: 28 - No "
        "space left on device)",
        # 1290 without its number, relayed by Perl's DBD::mysql (sysown/proxysql#2590) and at
        # WARNING by a retrying client of MariaDB
        "# Retry:3909 31117 Try code failed: DBD::mysql::st execute failed: The MySQL server is "
        "running with the --read-only option so it cannot execute this statement [for Statement "
        '"REPLACE INTO `percona`.`heartbeat` (ts) VALUES (?)"] at /usr/bin/pt-heartbeat line 6174.',
        "2024-01-01 10:00:00 WARNING retrying: The MariaDB server is running with the "
        "--super-read-only option so it cannot execute this statement",
        # Galera finding no primary component, at [Warning] (linkerd/linkerd2#5648, behind
        # kubectl logs' pod and container prefix) and in MariaDB 10.x's own form
        "mysql-2 mysql 2021-02-24 19:33:24 0 [Warning] WSREP: no nodes coming from prim view, "
        "prim not possible",
        "2023-05-02 10:00:00 0 [Warning] WSREP: no nodes coming from prim view, prim not possible",
    ],
)
def test_a_full_disk_and_a_read_only_server_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # words about a full disk or a read-only server that are no failure of a write
        "The disk is full. Writing stopped.",
        "Checking whether disk is full before writing the binlog",
        "Waiting for someone to pick up the phone",
        "read_only=ON: the server is running with the --read-only option",
        # the same failures in a trace the miner trusts
        "DEBUG Disk is full writing './binlog.000003' (OS errno 28 - No space left on device)",
        # Galera's routine primary-component notes
        "2023-05-02 10:00:00 0 [Note] WSREP: restore pc from disk successfully",
        "2023-05-02 10:00:00 0 [Note] WSREP: New COMPONENT: primary = yes, bootstrap = no",
    ],
)
def test_full_disk_and_read_only_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
