"""MySQL's and InnoDB's failures that the miner reads as errors whatever level word the line has.

  - A MySQL error number with its message, as a driver reports a statement or a connection the
    server refused: Python DB-API's tuple (PyMySQL's and MySQLdb's `(1213, 'Deadlock found when
    trying to get lock; …')`, `u'…'` under Python 2), the number after `Error` (go-sql-driver's
    `Error 1366: Incorrect string value …`, `Error 1213 (40001): …`, the mysql client's `ERROR
    1205 (HY000) at line 3: …`, a PHP application's own wrapper with the connection's state or
    the number in brackets between: `Query Error (connection 3) 1062: …`, `DB Error (1146):
    …`), mymysql's (the Go driver of Terraform's mysql provider) `Received #1396 error from MySQL
    server: "Operation CREATE USER failed for 'test'@'%'"` (hashicorp/terraform#10899)
    and PDO's `SQLSTATE[40001]: Serialization failure: 1213 Deadlock found …`. An ORM that retries
    a deadlock or a lock wait logs it at WARNING, some at INFO: the statement failed all the same.
    Not at DEBUG or TRACE, which the miner trusts (a driver's trace of what it retries).
  - MySQL's two messages that ask for a retry without their number, as JDBC's SQLException
    prints them (Hibernate's SqlExceptionHelper: `Lock wait timeout exceeded; try restarting
    transaction`, ebaocloud-ops-cn/error-monitor#10; `Deadlock found when trying to get lock; try
    restarting transaction`), and CodeIgniter's database error page, which gives the number on a
    line of its own (`A Database Error Occurred` / `Error Number: 1146`, magicbug/Cloudlog#1149),
    as Flyway's report of a failed statement does (`Error Code : 1364` between `SQL State  :`
    and `Message    :`, spring-projects/spring-boot#12033).
  - mysqljs' (Node) name for a server error number it has none for, which a program logs as the
    error's message without `Error: ` (`UNKNOWN_CODE_PLEASE_REPORT: SSL connection is required.
    Please specify SSL options and retry.`, Azure Database for MySQL's own error 9002,
    mtxr/vscode-sqltools#491).
  - InnoDB's data dictionary disagreeing with MySQL's definition of a table, which mysqld logs at
    `[Warning]` (`table shop/orders contains 7 user defined columns in InnoDB, but 6 columns
    in MySQL`, `… has a primary key in InnoDB data dictionary, but not in MySQL!`, `contains 3
    indexes inside InnoDB, which is different from the number of indexes 2 defined in the
    MySQL`, and after an upgrade without mysql_upgrade `Table mysql/innodb_table_stats has length
    mismatch in the column name table_name`): statements on that table fail or the statistics are
    not kept until the table is rebuilt or the upgrade finished.
  - A connection mysqld aborted for a cause on the network or in the session, which it logs at
    `[Warning]` (5.7) or `[Note]` (8.0): a read or write that timed out (`Aborted connection 23366
    to db: 'app' user: 'app' host: 'localhost' (Got timeout reading communication packets)`,
    walkor/webman#116: a client idle past wait_timeout or a network that stalls, which the client
    sees as `MySQL server has gone away`), a write that failed (`(Failed on my_net_write())`,
    alibaba/canal#3730) or a packet over max_allowed_packet.
  - mysqld_safe's refusals to start mysqld, written with no level word: a server binary it
    cannot run, a server already running, a socket directory missing (`_SAFE_REFUSED`).
  - mysqld waiting for disk space before it can finish a write (`_DISK_FULL`), which MariaDB and
    MySQL 5.x log at `[Warning]` or with no level: every write to that file waits until someone
    frees space.
  - Galera (MariaDB's and Percona's cluster) finding no primary component to join, which it logs
    at `[Warning]` (`WSREP: no nodes coming from prim view, prim not possible`): the node refuses
    queries until a primary component forms.
  - mysqld refusing to run as root without `--user=root`, which it ends with its advice alone on
    the line after its name or after `Fatal error:` (MariaDB: `mariadbd: Please consult the
    Knowledge Base to find out how to run mysqld as root!`, mariadb-operator/mariadb-operator#973;
    MySQL: `Please read "Security" section of the manual to find out how to run mysqld as root!`):
    the server does not start.
  - A replica's I/O thread that the source refused the binary log it asked for, as SHOW REPLICA
    STATUS's `Last_IO_Error` and the replica's error log word it (`Got fatal error 1236 from
    master when reading data from binary log: 'The slave is connecting using CHANGE MASTER TO
    MASTER_AUTO_POSITION = 1, but the master has purged binary logs …'`,
    radondb/radondb-mysql-kubernetes#768; `from source` since 8.0.22): replication stopped.
MySQL's `Aborted connection … (Got an error reading communication packets)` is neither: a client
that closed without saying goodbye (a pool dropping its connections), routine on a busy server,
and left out on purpose (error_candidates.py): not even a candidate.
`MYSQL_TOOLS` and `MYSQL_TOOL_ERRORS` are mysqld and MySQL's command-line tools naming themselves
before an error, as error_candidates.py and error_confirm.py select and confirm them.
error_candidates.py and error_confirm.py add the candidates and confirmations to their own;
error_quiet.py asks `mysql_failure` for a line whose level word is below error.
"""

from __future__ import annotations

from wbdiag import lazyre

# mysqld and MySQL's command-line clients, each of which names itself before its error (`mysqlslap:
# Error when connecting to server: 1226 User 'root' has exceeded the 'max_user_connections'
# resource`, sysown/proxysql#794)
MYSQL_TOOLS = (
    "mysqld",
    "mysqladmin",
    "mysqldump",
    "mysqlslap",
    "mysqlcheck",
    "mysqlimport",
    "mysqlpump",
    "mysqlshow",
    "mysqlbinlog",
    # MariaDB's names for them, and the backup tools that read their options the same way
    # (`mariabackup: unknown option '--apply-log'`, inverse-inc/packetfence#6538: an option the
    # version does not have any more)
    "mariadbd",
    "mariadb-dump",
    "mariabackup",
    "xtrabackup",
)
# how mysqld and MySQL's command-line tools start an error message after their name
MYSQL_TOOL_ERRORS = (
    "Can't",
    "Table '",
    "Error",
    "File '",
    "Unknown",
    "Got error",
    "Out of",
    "Couldn't",
    "connect to server",
    "unknown option '",
    "unknown variable '",
)

# MySQL's error numbers: the server's 1000-1999 and 3000-4999 (5.7 and 8.0; MariaDB's 4000s),
# the client library's 2000-2999
_NUMBER = r"[1-4]\d{3}"
# a message as MySQL words it: a capitalised word and at least two more (`Too many connections`,
# `Deadlock found when …`, `Table 'x' doesn't exist`); not a tuple of a year and a name. In a
# Python tuple the message is quoted, and its words hold no quote of that kind.
_MESSAGE = r"[A-Z]\S*(?: \S+){2}"
_QUOTED_MESSAGE = r"""(?:'[A-Z][^\s']*(?: [^\s']+){2}|"[A-Z][^\s"]*(?: [^\s"]+){2})"""
_BEFORE = r"""(?:^|[\s:=\[("'])"""

# Python DB-API's (number, 'message'), one candidate per leading digit: `\(` and the digit are
# the literal the scan's prefilter searches (an alternation of them would be too common to help)
_TUPLE = r"\({digit}\d{{3}}, u?['\"]"
# the number after the word Error: a state or the number itself in brackets may stand between,
# the SQLSTATE and the mysql client's line after it
_AFTER_ERROR = (
    _BEFORE + r"(?:[Ee]rror|ERROR) #?(?:\([A-Za-z][^()\n]{0,40}\) )?[\[(]?" + _NUMBER + r"[\])]?"
    r"(?: \([0-9A-Z]{5}\))?(?: at line \d+)?(?:: | - )" + _MESSAGE
)
# the two messages whose words name MySQL's retry, and CodeIgniter's `Error Number: 1146` (Flyway's
# `Error Code : 1364`)
_RETRY_MESSAGE = (
    r"\b(?:Lock wait timeout exceeded|Deadlock found when trying to get lock); try restarting "
    r"transaction\b"
)
_ERROR_NUMBER = r"(?:^|\s)Error (?:Number: |Code : )" + _NUMBER + r"\s*$"
# mysqljs' code for a server error it has no name for, then the server's message
_UNKNOWN_CODE = r"\bUNKNOWN_CODE_PLEASE_REPORT: [A-Z]"
# mymysql's Error (`Received #%d error from MySQL server: "%s"`)
_RECEIVED = r"\bReceived #" + _NUMBER + r' error from MySQL server: \\{0,3}"[A-Z]'
_PDO = r"\bSQLSTATE\[[0-9A-Z]{5}\]: [A-Za-z][\w ]{0,60}: " + _NUMBER + " " + _MESSAGE

# InnoDB's dictionary against MySQL's table definition
_DICTIONARY = (
    r"\b\d+ (?:user defined )?columns in InnoDB, but \d+ columns in MySQL\b",
    r"\bhas (?:a|no) primary key in InnoDB data dictionary, but (?:not|has one) in MySQL\b",
    r"\b\d+ indexes inside InnoDB, which is different from the number of indexes \d+ defined in",
    r"\bhas length mismatch in the column name \S",
)

# an aborted connection with a cause that is not the client's own goodbye (the scan's literals)
_ABORT_CAUSES = (
    "Got timeout reading communication packets",
    "Got timeout writing communication packets",
    r"Failed on my_net_write\(\)",
    "Got a packet bigger than 'max_allowed_packet' bytes",
)
_ABORTED = r"\bAborted connection \S+ to db: .{0,600}\((?:" + "|".join(_ABORT_CAUSES) + r")\)"

# A refusal the server words without a number: an account whose authentication plugin is not
# loaded, which mysqld 8.4 and 9 warn of at start-up for every account still on
# mysql_native_password (`[Warning] [MY-010312] [Server] The plugin 'mysql_native_password' used
# to authenticate user 'root'@'localhost' is not loaded. Nobody can currently login using this
# account.`, ssl/ezXSS#186): at [Warning], and nobody logs in; and 1227's message without its
# number (ER_SPECIFIC_ACCESS_DENIED_ERROR), as MySQL Shell's AdminAPI raises it (`Dba.
# createCluster: host:3306: Access denied; you need SYSTEM_VARIABLES_ADMIN and
# PERSIST_RO_VARIABLES_ADMIN privileges for this operation (RuntimeError)`, Neeky/dbm-agent#3;
# the server's own wording: `Access denied; you need (at least one of) the SUPER privilege(s) for
# this operation`); and a host mysqld refuses before any account is checked, 1129's and 1130's
# messages without their numbers (`Host 'host_name' is blocked because of many connection errors.
# Unblock with 'mysqladmin flush-hosts'`, MySQL 5.7's reference manual; `Host '10.0.0.5' is not
# allowed to connect to this MySQL server`, MariaDB's `… this MariaDB server`). And a client
# refusing the plugin the server asks it to authenticate with (a cloud database's IAM login sends
# its token in clear text): Connector/J's `SSL connection required for plugin
# "mysql_clear_password". Check if 'sslMode' is enabled.` (GoogleCloudPlatform/cloud-code-intellij
# #3166), libmysqlclient's `Authentication plugin 'mysql_clear_password' cannot be loaded: plugin
# not enabled` (sequelpro/sequelpro#2247, TablePlus/TablePlus#384). And 1290's message without its
# number (ER_OPTION_PREVENTS_STATEMENT), as Perl's DBD::mysql or a proxy relays it from a server
# started read-only (a replica, a failed-over primary): `DBD::mysql::st execute failed: The MySQL
# server is running with the --read-only option so it cannot execute this statement`
# (sysown/proxysql#2590; MariaDB says `The MariaDB server is running with …`)
_REFUSAL_LITERALS = (
    "is not loaded. Nobody can currently login",
    "Access denied; you need ",
    "is blocked because of many connection errors",
    "is not allowed to connect to this M",
    "SSL connection required for plugin ",
    "Authentication plugin '",
    "option so it cannot execute this statement",
)
_REFUSED = (
    r"\bThe plugin '\w+' used to authenticate user \S+ is not loaded\. Nobody can currently login\b",
    r"\bAccess denied; you need (?:\(at least one of\) )?(?:the )?[A-Z][A-Za-z0-9_ ,]*?"
    r" privileges?(?:\(s\))? for this operation\b",
    r"\bHost '[^'\s]{1,255}' is (?:blocked because of many connection errors\b|not allowed to "
    r"connect to this (?:MySQL|MariaDB) server\b)",
    r"\bSSL connection required for plugin \\{0,3}[\"']\w+\\{0,3}[\"']",
    r"\bAuthentication plugin '\w+' cannot be loaded\b",
    r"\bThe (?:MySQL|MariaDB) server is running with the --?[\w-]{1,60} option so it cannot "
    r"execute this statement\b",
)
# mysqld_safe's refusals to start mysqld, which its log_error writes with no level word (each
# message as its script words it; the first holds newlines, so a log shows its lines apart, each
# behind supervisord's or compose's prefix: huginn/huginn#3283): `mysqld_safe The file
# /usr/sbin/mysqld` / `does not exist or is not executable. Please cd to the mysql installation`,
# `mysqld_safe A mysqld process already exists`, `mysqld_safe Directory '/var/run/mysqld' for
# UNIX socket file don't exists.`; the same script's notices (`Logging to …`, `Starting mysqld
# daemon …`, `mysqld from pid file … ended`) stay out
_SAFE_LITERALS = (
    "does not exist or is not executable. Please cd to the m",
    "mysqld_safe The file ",
    "mysqld_safe A mysqld process already exists",
    "for UNIX socket file don't exists",
)
_SAFE_REFUSED = (
    r"(?:^|\s)does not exist or is not executable\. Please cd to the (?:mysql|mariadb|MariaDB) ",
    r"\bmysqld_safe The file \S+(?:\s*$| does not exist or is not executable\b)",
    r"\bmysqld_safe A mysqld process already exists\b",
    r"\bmysqld_safe Directory '[^'\s]+' for UNIX socket file don't exists\b",
)
# mysqld (mysys's EE_DISK_FULL and the server's ER_DISK_FULL) when a write finds the disk full and
# waits: `Disk is full writing './binlog.000003' (OS errno 28 - No space left on device). Waiting
# for someone to free space...`, `Disk full (/tmp/#sql_1.MAI); waiting for someone to free some
# space... (errno: 28 - No space left on device)`; a paste may lower its first letter
# (kubeflow/pipelines#8552: `disk is full writing './binlog.~rec~'`)
_DISK_FULL_LITERALS = ("isk is full writing '", "aiting for someone to free ")
_DISK_FULL = (
    r"\b[Dd]isk is full writing '[^'\n]+'",
    r"\b[Ww]aiting for someone to free (?:some )?space\b",
)
# Galera's group communication finding no node of the last primary component to form one with
# (gcomm's pc_proto.cpp: `[Warning] WSREP: no nodes coming from prim view, prim not possible`,
# linkerd/linkerd2#5648): the node stays non-primary and refuses queries
_GALERA_NO_PRIMARY = r"\bprim not possible\b"
# a replica's I/O thread refused by its source (ER_SLAVE_FATAL_ERROR's message with the source's
# error number)
_REPLICA_FATAL = (
    r"\bGot fatal error \d{4} from (?:master|source) when reading data from binary log\b"
)
_RUN_AS_ROOT = r"\bto find out how to run mysqld as root\b"
MYSQL_CANDIDATES = (
    *(_TUPLE.format(digit=d) for d in "1234"),
    *_ABORT_CAUSES,
    "Lock wait timeout exceeded; ",
    "Deadlock found when trying to get lock; ",
    "Error Number: ",
    "Error Code : ",
    "UNKNOWN_CODE_PLEASE_REPORT: ",
    " error from MySQL server: ",
    # (the number after `Error`, and PDO's SQLSTATE, are candidates in error_candidates.py already)
    "columns in InnoDB, but ",
    "in InnoDB data dictionary, but ",
    "indexes inside InnoDB, which ",
    "has length mismatch in the column name ",
    *_REFUSAL_LITERALS,
    *_SAFE_LITERALS,
    *_DISK_FULL_LITERALS,
    "prim not possible",
    "Got fatal error ",
    "how to run mysqld as root",
)

_TUPLE_CONFIRM = _BEFORE + r"\(" + _NUMBER + ", u?" + _QUOTED_MESSAGE
MYSQL_CONFIRM = (
    _TUPLE_CONFIRM,
    _AFTER_ERROR,
    _RETRY_MESSAGE,
    _ERROR_NUMBER,
    _UNKNOWN_CODE,
    _PDO,
    _RECEIVED,
    *_DICTIONARY,
    _ABORTED,
    *_REFUSED,
    *_SAFE_REFUSED,
    *_DISK_FULL,
    _GALERA_NO_PRIMARY,
    _REPLICA_FATAL,
    _RUN_AS_ROOT,
)

_FAILURE = lazyre.compile("|".join(MYSQL_CONFIRM))
# the literals of the shapes above: most lines below error level hold none
_LITERALS = (
    "(1",
    "(2",
    "(3",
    "(4",
    "rror",
    "RROR",
    "SQLSTATE[",
    "UNKNOWN_CODE_PLEASE_REPORT",
    "error from MySQL server",
    " InnoDB",
    "length mismatch",
    "Aborted connection",
    "try restarting transaction",
    "Nobody can currently login",
    "Access denied; you need",
    "Host '",
    "SSL connection required",
    "Authentication plugin '",
    "mysqld_safe ",
    "or is not executable",
    "cannot execute this statement",
    *_DISK_FULL_LITERALS,
    "prim not possible",
    "Got fatal error ",
    "how to run mysqld as root",
)


def mysql_failure(body: str) -> bool:
    """Whether the line reports one of MySQL's failures above (any level word but DEBUG's)."""
    return any(s in body for s in _LITERALS) and _FAILURE.search(body) is not None
