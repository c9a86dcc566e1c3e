"""Which log lines are errors, and what an error line says: the miner's line-level half.

A line is an error the miner looks at when
  1. one of `CANDIDATE_PATTERNS` matches it. They are the definition the scanner uses: portable
     (Hyperscan/RE2: no lookaround, no backreferences), loose, and each starting with a literal so
     the combined prefilter skips through lines that hold none of them (the scan splits
     `ERROR_CANDIDATE` at its top-level |);
  2. `confirm` agrees (word boundaries and positions the portable patterns cannot say);
  3. its own level decides it is error-level (`is_error_level`, error_levels.py): a level field
     or the first level word. Lines without any level word are errors when a candidate matched:
     a panic, an exception, `*** ... failed with status 1`, an HTTP 5xx, `{"error": ...}`,
     `err=...`.
A docker json-file or log-shipper envelope (`{"log": "...", "stream": ...}`) is unwrapped first,
so the line inside decides. `message_of` says what a template is made from.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from wbdiag.bundle import jsondoc
from wbdiag.errors import BundleError
from wbdiag.rules import linear
from wbdiag.rules.error_clients import CLIENT_CANDIDATES, CLIENT_CONFIRM
from wbdiag.rules.error_errnos import ERRNO_CANDIDATES, ERRNO_CONFIRM
from wbdiag.rules.error_gateways import GATEWAY_CANDIDATES, GATEWAY_CONFIRM
from wbdiag.rules.error_http import HTTP_CANDIDATES, HTTP_CONFIRM
from wbdiag.rules.error_levels import (
    LICENCE_ENDED,
    SHUTDOWN_REPORT,
    URLLIB3_RETRY,
    WANDB_FAILURE_WARNING,
    json_level,
)
from wbdiag.rules.error_mysql import MYSQL_CANDIDATES, MYSQL_CONFIRM
from wbdiag.rules.error_records import RECORD_CANDIDATES, RECORD_CONFIRM
from wbdiag.rules.error_services import SERVICE_CANDIDATES, SERVICE_CONFIRM
from wbdiag.rules.error_states import (
    S3_MESSAGES,
    STATE_CANDIDATES,
    STATE_CONFIRM,
    TOOL_CANDIDATES,
    TOOL_CONFIRM,
)
from wbdiag.rules.error_tracebacks import FRAME_CANDIDATE, RAISE_CANDIDATES, RAISE_CONFIRM
from wbdiag.rules.portable_regex import check_portable, split_alternatives

# how mysqld and MySQL's command-line tools start an error message after their name
_MYSQL_TOOL_ERRORS = (
    "Can't",
    "Table '",
    "Error",
    "File '",
    "Unknown",
    "Got error",
    "Out of",
    "Couldn't",
    "connect to server",
)
# tornado's log header: [W 06:31:31.800 NotebookApp], [E 2021-03-01 12:00:00.123 ServerApp],
# [I 210301 12:00:00 web:2239]
_TORNADO_HEADER = r"(?:\d{6} |\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d(?:\.\d+)? [\w.-]+(?::\d+)?\] "

_LEVEL_VALUE = (
    r"""\\?["']?\s*[:=]\s*\\?["']?"""
    r"(?i:error|err|eror|fatal|panic|dpanic|critical|crit|alert|emerg)"
)
CANDIDATE_PATTERNS: tuple[str, ...] = (
    # JSON, dict or logfmt level fields: "level":"error", 'levelname': 'ERROR', level=fatal
    *(key + _LEVEL_VALUE for key in ("level", "levelname", "Level", "lvl", "severity", "Severity")),
    # upper-case level words: ERROR, [ERROR], ERROR:, <ERROR>, FATAL, CRITICAL
    "ERROR",
    "FATAL",
    "CRITICAL",
    "PANIC",
    # zap's console encoder and its kin: an ISO time in UTC, then the level in lower case
    # (`2026-01-02T03:04:05.678Z\terror\tmiddleware …`, `…Z error \t…`)
    *(f"Z{sep}{level}" for sep in ("\t", " ") for level in ("error", "fatal", "panic", "dpanic")),
    # logrus's text formatter abbreviates its levels: ERRO[0000], FATA[0000], PANI[0000]
    r"ERRO\[",
    r"FATA\[",
    r"PANI\[",
    # nginx and friends: [error] [crit] [alert] [emerg]
    r"\[(?:error|crit|alert|emerg)\]",
    # ... and Apache 2.4's module:level: [proxy:error] [pid 1:tid 2] AH00959: …
    *(f":{level}] " for level in ("error", "crit", "alert", "emerg")),
    # klog (Kubernetes controllers, the operator): E1202 12:00:00.123456 or F... for fatal
    r"E[01]\d{3} \d\d:\d\d:\d\d",
    r"F[01]\d{3} \d\d:\d\d:\d\d",
    # Go runtime
    "panic: ",
    "fatal error: ",
    r"goroutine \d+ \[running\]",
    # Go error fields without a level: err=... error="..." "error":"..." (and snake-case ones
    # ending in _err: paypal/hera's m_err=sql: unknown driver ...)
    "err=",
    "error=",
    r"""error\\?["']\s?:""",
    # Python; "Error: " also catches bare "Error: ..." messages, "Error 1045" MySQL's
    r"Traceback \(most recent call last\)",
    # ... and its frames and raising code line when the log starts inside one (error_tracebacks.py:
    # a frame is handed to the miner to place the traceback, never listed)
    FRAME_CANDIDATE,
    *RAISE_CANDIDATES,
    # ... and its last line when the exception has no message (AssertionError, a module path:
    # requests.exceptions.ChunkedEncodingError), pasted or logged without the lines before it;
    # alone on its line, or at the end of a docker json-file log's string
    r"Error(?:\s*$|\\n\")",
    # SQLAlchemy's wrap of the driver's exception: (MySQLdb.OperationalError) (1049, "Unknown …")
    r"Error\) \(",
    r"Exception\) \(",
    "Exception in thread ",
    "Error: ",
    "Exception: ",
    "error: ",
    r"\.timeout: ",
    r"Error \d{3,5}",
    # HTTP errors as clients print them: InternalServerError (500): ..., 403 response executing
    # GraphQL, 502 Server Error: ..., docker's "Error response from daemon"
    r"Error \([45]\d\d\)",
    # ... and a client's exception carrying the server's 5xx, whatever level it is logged at
    # (error_levels.py): General data error (TransportError(503, 'search_phase_execution_exception'))
    r"Error\(5\d\d, ",
    # ... and a client naming the status it did not expect: docker's registry client (received
    # unexpected HTTP status: 500 Internal Server Error), Go clients' unexpected status code 502,
    # or the one it got beside the one it expected (cert-manager's self check of a challenge:
    # wrong status code '404', expected '200')
    r"nexpected (?:HTTP |response )?status",
    "rong status code ",
    " response executing GraphQL",
    " Server Error: ",
    " Client Error: ",
    "Error response from daemon",
    # kubectl: Error from server (Forbidden): ..., Error from server: container ... is waiting
    "Error from server",
    # a browser console's failed request: POST https://host/graphql 500 (Internal Server Error)
    r" \(Internal Server Error\)",
    r" \(Bad Gateway\)",
    r" \(Service Unavailable\)",
    r" \(Gateway Timeout\)",
    r" \(Gateway Time-out\)",
    r" \(Forbidden\)",
    r" \(Unauthorized\)",
    # requests' Response as the legacy SDK prints it: (<Response [400]>); a GraphQL error body
    r"<Response \[",
    r"""errors\\?"\s?:\s?\[""",
    # "Error while calling W&B API: ...", "Encountered an error while tearing down ..."
    "rror while ",
    # a tool's report that something went wrong, before what: Velero's CLI (An error occurred: file
    # not found); not botocore's message alone (An error occurred (404) when calling the
    # HeadBucket operation: Not Found), which scripts print for the probe before they create it
    r"rror (?:has )?occurred",
    # ... or that it did not expect, for what and why after a colon (Unexpected error for backup
    # job 7: An error occurred (EntityTooSmall) when calling the UploadPart operation: …)
    "nexpected error ",
    "nexpected exception ",
    # wandb/local's start-up script marks its failures with !!!, my_init with "failed with status"
    "!!! ",
    "failed with status ",
    "exited with status ",
    # ... or with the HTTP status it got, bare: GET /services/demo1 failed with 403. requestid: …
    # (or its code named so: MLflow's API request to endpoint /api/… failed with error code 403 !=
    # 200, failed with code 500 != 200)
    r"failed with (?:(?:error )?code )?[45]\d\d",
    # ... or the URL it failed to reach and that status after a colon (labml's client: Failed to
    # send to https://api.labml.ai/api/v1/track?…: 502)
    r"ailed to [a-z]+ (?:to |from )?https?://",
    # a program that refuses to go on, saying why before (MinIO: Disk `/data` is a root disk.
    # Please ensure the disk is mounted properly, refusing to use root disk.)
    "efusing to ",
    # MinIO's start-up wait when it names why it still waits: Waiting for all MinIO sub-systems to
    # be initialized.. possible cause (Unable to initialize config system: …); its waits without a
    # cause are routine (a distributed MinIO prints them at every start until its peers answer)
    r"possible cause \(",
    # a product's own licence or trial that is no longer valid (the W&B licence has its rules):
    # Bitwarden's "Invalid license. IDX10223: …", spirit's WARN your spirit trial has ended
    r"nvalid [Ll]icen[cs]e",
    "trial has ",
    # s3fs and others: [ERR] curl.cpp:RequestPerform(2273): HTTP response code 403; a PHP app's
    # level for a caught exception (sysPass: 2018-11-14 04:00:55 [EXCEPTION] [N/A] Connection error
    # (BIND))
    r"\[ERR\]",
    r"\[EXCEPTION\]",
    "failed with exit code ",
    # kubectl exec's report of the command's own failure: command terminated with exit code 1
    "terminated with exit code ",
    # shells without a level: ./run: line 35: fg: job has terminated (the errno texts of coreutils,
    # Go, Node, Rust, mysqld and InnoDB: error_errnos.py)
    r": line \d+: ",
    # go-sql-driver's own logger: [mysql] 2024/01/02 15:04:05 packets.go:37: unexpected EOF
    # (before 2013 it said [MySQL])
    r"\[mysql\] ",
    r"\[MySQL\] ",
    # Go's log package without a level: 2021/03/17 16:26:37 Error unsetting password ...
    " Error ",
    "Failed to ",
    "Unable to ",
    # (and at the start of a line, what could not be done and why after a colon: MinIO's Unable to
    # read 'format.json' from http://…: client time … is too apart with server time …)
    "Could not ",
    "Couldn't ",
    "Cannot ",
    "Can't ",
    # (or with a component's tag and the message in brackets: [INIT] [Failed to load license: …])
    r"\[(?:Failed|Unable) to ",
    # a message that starts with what failed: Error launching tensorboard: Error creating pod: ...
    r"Error [a-z]{3,}ing ",
    # ... or that it failed doing it, what after (EF Core's Failed executing DbCommand (4ms)
    # [Parameters=[], …], bitwarden/self-host#286; Failed creating container, Failed loading …)
    r"Failed [a-z]{3,}ing ",
    # ... and Go's lower-case wrap of it, which a colon ends: error pulling image configuration:
    # toomanyrequests: ..., error when finding Secret "x": secrets "x" not found (without the
    # colon MySQL's routine `[Note] Aborted connection ... (Got an error reading communication
    # packets)` is a candidate: a tenth of the lines of a busy MySQL log, each costing the miner)
    r"error [a-z]{3,}ing [^:()\n]*: ",
    "error when ",
    # Go's net errors without a level: dial tcp 10.0.0.1:6379: connect: connection refused,
    # read tcp a->b: i/o timeout, lookup redis on 10.96.0.10:53: no such host,
    # listen tcp :9090: bind: address already in use
    "dial tcp",
    "dial udp",
    "dial unix",
    "listen tcp",
    "listen udp",
    "read tcp ",
    "write tcp ",
    ": no such host",
    # database/sql's ErrBadConn, as go-sql-driver returns it
    "driver: bad connection",
    # the network errno texts after a colon, whoever prints them (curl, redis-cli, wget)
    "Connection refused",
    ": Connection timed out",
    ": Connection reset by peer",
    ": No route to host",
    ": Network is unreachable",
    # a start-up script's or a migration tool's own failure line: *** failed to apply m1_init,
    # Migration failed. The rest of the migrations are canceled.
    r"\*\*\* ",
    " failed.",
    " failed: ",
    " failed!",
    # ... and at the line's very end, as `confirm` takes it (`The authentication failed`): the
    # `.` above needs a character after the word, which only a docker json-file log's `\n` gave
    r" failed\s*$",
    # Kubernetes authorization without an error word: pods is forbidden: User "x" cannot list ...
    "is forbidden: User ",
    # ... and the API server's or an admission controller's refusal of a named object, its reason
    # after the colon: pods "x-7d9f-" is forbidden: unable to validate against any security context
    # constraint: […], … is forbidden: exceeded quota: …
    '" is forbidden: ',
    # wandb's agent and sweeps: Run 3kx9z2 errored: ValueError('...'); the client's warning before
    # it raises a timeout: wandb: WARNING A graphql request ... timed out (timeout=9 sec)
    " errored: ",
    "wandb: WARNING ",
    # urllib3's retry of a connection that broke, at WARN (error_levels.py): Retrying (Retry(
    # total=2, …)) after connection broken by 'OSError('Tunnel connection failed: 407 …')'
    "after connection broken by ",
    # a supervisor's report at its shutdown (error_levels.py): [notice] Application x exited:
    # exited in: X.Application.start(:normal, []), gunicorn's [INFO] Reason: Worker failed to boot.
    r"Application \w+ exited: ",
    r"Reason: [A-Z]\w* failed to ",
    # Python's http.server refusing a method it has no handler for: code 501, message Unsupported
    # method ('PUT'), as a client quotes it: 501 Unsupported method ('PUT')
    "Unsupported method",
    # a binary for another CPU, a crashed process, git
    ": exec format error",
    r" \(core dumped\)",
    "fatal: ",
    # Go's TLS and HTTP client errors: x509: cannot validate certificate for ..., net/http: TLS
    # handshake timeout, remote error: tls: bad certificate, Get "...": context deadline exceeded
    "x509: ",
    "net/http: ",
    "remote error: tls: ",
    "context deadline exceeded",
    ": i/o timeout",
    ": connection reset by peer",
    ": broken pipe",
    # Node's and libuv's errno codes: connect ECONNREFUSED 127.0.0.1:6379
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "ENOTFOUND",
    "EHOSTUNREACH",
    "EAI_AGAIN",
    # Python exceptions named by their module path: requests.exceptions.ReadTimeout: ...,
    # http.client.RemoteDisconnected: ...; Java's cause chain
    r"\.exceptions\.",
    r"\.errors\.",
    r"\.exc\.",
    "RemoteDisconnected",
    "Caused by: ",
    # urllib3's cause: (Caused by SSLError(SSLError(1, '[SSL] unexpected eof while reading ...
    "Caused by ",
    # Ruby's uncaught exception: (irb):82:in `<main>': ERR unknown command (RedisClient::CommandError)
    ":in `",
    ":in '",
    # MySQL's client errors in any client's wording, without a code or a level: Access denied for
    # user 'x'@'%' to database 'y', Can't connect to MySQL server on 'db' (115), Lost connection ...
    "Access denied for user ",
    "Can't connect to MySQL server",
    "Can't connect to local MySQL server",
    "Lost connection to MySQL server",
    "MySQL server has gone away",
    "Too many connections",
    # go-sql-driver's and libmysqlclient's protocol errors: MySQL server does not support required
    # protocol 41+, commands out of sync, packet for query is too large
    "MySQL server does not support",
    "ommands out of sync",
    "packet for query is too large",
    # PHP PDO and mysqli: SQLSTATE[HY000] [2002] ..., (HY000/2002): ...
    r"SQLSTATE\[",
    r"\(HY000/",
    # curl and other CLI tools: curl: (7) Failed to connect to localhost port 23
    r"curl: \(",
    # systemd: x.service: Failed with result 'exit-code'., Main process exited, code=exited,
    # status=1/FAILURE, Failed to start X., Unit entered failed state., Active: failed (Result: …)
    "Failed with result ",
    "code=exited, status=",
    "code=killed, status=",
    "code=dumped, status=",
    "entered failed state",
    "Active: failed",
    # the kernel's OOM killer: Memory cgroup out of memory: Killed process 1234 (gorilla), and the
    # line it starts its report with, naming the process whose allocation invoked it (java invoked
    # oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=-998; kubernetes/kubernetes#56891)
    "out of memory: Kill",
    "Out of memory: Kill",
    "invoked oom-killer: ",
    # docker compose: wandb-local exited with code 1; the docker CLI without its daemon
    "exited with code ",
    "Cannot connect to the Docker daemon",
    # nginx's upstream errors pasted without nginx's header
    "upstream sent too big header",
    "upstream prematurely closed",
    "no live upstreams",
    # shells, mysqld's and MySQL's clients, wget, npm, kubectl without a level:
    # /bin/sh: 1: wandb: not found, mysqld: Table 'mysql.plugin' doesn't exist, npm ERR! code ...,
    # The connection to the server localhost:8080 was refused - did you specify the right host ...
    ": not found",
    ": command not found",
    # (each with its message's first word: `mysqld: ready for connections` is in every MySQL log)
    *(
        f"{tool}: {text}"
        for tool in ("mysqld", "mysqladmin", "mysqldump")
        for text in _MYSQL_TOOL_ERRORS
    ),
    "wget: ",
    "npm ERR!",
    "The connection to the server ",
    "Segmentation fault",
    "Temporary failure in name resolution",
    # getaddrinfo's EAI_NONAME as Python's socket.gaierror and glibc's tools word it
    "Name or service not known",
    # a Rust panic: thread 'main' panicked at 'msg', src/x.rs:1:5 (since 1.73: at src/x.rs:1:5:)
    "' panicked at ",
    # MySQL Connector/J's unreachable server, which JDBC pools log at WARN (error_levels.py)
    "Communications link failure",
    # a CORS middleware refusing a browser's origin: falcon-cors' `Aborting response due to
    # origin not allowed`, Express's cors `Error: Origin not allowed by CORS`
    "rigin not allowed",
    # a retrying client's failed connection, logged at WARN (error_levels.py): Kafka's Connection
    # to node -1 (kafka/10.0.0.7:9092) could not be established. Broker may not be available.; and
    # Go's log package in an error's lower case: 2023/06/20 17:15:26 could not run migrations: no
    # migrations found (goose), confirmed with the cause after a colon
    " could not ",
    # Go's os.ErrNotExist (fs.ErrNotExist) after what was looked for: first .: file does not exist
    ": file does not exist",
    # .NET clients (StackExchange.Redis): It was not possible to connect to the redis server(s)
    "not possible to connect",
    # a web server's access log line answering 5xx: "POST /graphql HTTP/1.1" 502 157
    # (each a whole literal, quote escaped or not: a rare needle for the pure-Python scan)
    *(f'HTTP/{v}{q}" 5' for v in (r"1\.0", r"1\.1", r"2\.0", "2") for q in ("", r"\\")),
    # Rails' request log answering 5xx: Completed 500 Internal Server Error in 9ms
    "Completed 5",
    # a registry's rate limit however docker or a client prints it
    "toomanyrequests: ",
    # Redis's own log (its # level holds warnings and errors alike) and its clients' replies:
    # 1:C 07 Jan 2023 19:16:34.747 # Fatal error, can't open config file ..., MISCONF Redis is ...
    r"\.\d{3} # ",
    "MISCONF ",
    # a crash report (Redis since 2.x: Redis 2.9.7 crashed by signal: 11)
    "crashed by signal",
    # a process the kernel (usually the OOM killer) sent SIGKILL, as its shell reports it: a bare
    # `Killed`, or bash's `line 27:   318 Killed   sh start.sh` behind another timestamp; a bare
    # `OOMKilled` (a container's last termination reason as kubectl -o jsonpath prints it)
    "Killed",
    # apt's error level (E: Unable to locate package x) and docker build's failed step
    "E: ",
    "returned a non-zero code: ",
    r"\(error\) ",
    # tornado and Jupyter: [E 2021-03-01 12:00:00.123 ServerApp] ..., [W 06:31:31.800 ...]
    r"\[[EW] \d",
    # S3's and MinIO's error messages, whatever client prints them (the AWS error catalogue), and
    # the code of an S3 error document as its XML body holds it: <Code>PermanentRedirect</Code>
    *S3_MESSAGES,
    "<Code>",
    # Kubernetes and Docker state as kubectl and docker print it, tools' failed steps (error_states.py)
    *STATE_CANDIDATES,
    *TOOL_CANDIDATES,
    *ERRNO_CANDIDATES,
    # load balancers' and ingress controllers' failures in their own shapes (error_gateways.py)
    *GATEWAY_CANDIDATES,
    # a 5xx in a structured logger's access line, a failed 4xx, a named status (error_http.py)
    *HTTP_CANDIDATES,
    # MySQL's error numbers with their message and InnoDB's dictionary mismatches (error_mysql.py)
    *MYSQL_CANDIDATES,
    # the services W&B depends on: supervisord, Redis, SMTP, OAuth, MinIO, LDAP (error_services.py)
    *SERVICE_CANDIDATES,
    # W&B's clients: the SDK's warnings that it failed, a browser's console, an error page,
    # GraphQL's refusal of a field the server does not have (error_clients.py)
    *CLIENT_CANDIDATES,
    # a `Failure:` report, a lost connection, Monolog's exception, an error object (error_records.py)
    *RECORD_CANDIDATES,
)
ERROR_CANDIDATE = "|".join(CANDIDATE_PATTERNS)


class _FirstUse:
    """A pattern compiled when it is first searched with: the analysing process imports this
    module for ERROR_CANDIDATE, and for a large bundle never confirms a line itself (the miner
    runs in a helper process); compiling _CONFIRM there cost about 40 ms of its start."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled


# A traceback's last line when the exception has no message: the class name alone, maybe with its
# module path (AssertionError, requests.exceptions.ChunkedEncodingError). Out of the split
# (`_split_confirm`), `confirm` matches it alone on lines ending in `Error`: in RE2's alternation
# this whole-line pattern multiplied its DFA's states with the other whole-line ones (the miner's
# cost per line grew 2.5 times), and in `re`'s it is tried at every position.
_BARE_EXCEPTION = r"^\s*(?:[a-z_]\w*\.)*[A-Z]\w*Error\s*$"
_BARE_EXCEPTION_RE = re.compile(_BARE_EXCEPTION)

_CONFIRM = _FirstUse(
    "|".join(
        [
            r"""(?i:\b(?:level|lvl|severity|levelname|loglevel)\\?["']?\s*[:=]\s*\\?["']?"""
            r"(?:error|err|eror|fatal|panic|dpanic|critical|crit|alert|emerg)\b)",
            r"\b(?:ERROR|FATAL|CRITICAL|PANIC)\b",
            # (seconds since start, or a timestamp: ERRO[2019-03-23 13:07:41])
            r"(?:^|\s)(?:ERRO|FATA|PANI)\[\d[\d:. TZ+-]{0,40}\]",
            r"\[(?:error|crit|alert|emerg)\]",
            r"\[[a-z_]+:(?:error|crit|alert|emerg)\] ",
            r"^[EF][01]\d{3} \d\d:\d\d:\d\d",
            r"\[\d+\]: [EF][01]\d{3} \d\d:\d\d:\d\d\.\d+ +\d+ ",
            r"(?<![\w.])(?:panic|fatal error): ",
            r"goroutine \d+ \[running\]",
            # (docker's time, a space after it, is taken off before: the level and a tab remain)
            # (or padded to its column with spaces: winston's `…Z error     Failed to upload …`)
            r"^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[\t ])?(?:error|fatal|panic|dpanic)"
            r"(?: ?\t| {2,})\S",
            # a value that says something: not err=nil, error="", "error":null or a code 0
            r"""(?:^|[\s,{])\\?["']?(?:err|error)\\?["']?\s?[:=]\s?\\?["']?(?!nil\b|null\b|<nil>|0\b)"""
            r"""[^\s"'\\,}]""",
            # a snake-case field ending in _err holding a message: not nil, null, none or a count
            # (tx_err=0)
            r"(?:^|[\s,{&?])[a-z]\w{0,30}_err=(?!nil\b|null\b|<nil>|none\b)[A-Za-z]",
            r"Traceback \(most recent call last\)",
            RAISE_CONFIRM,
            r"(?:^|[\s:])\([A-Za-z_][\w.]*\.[A-Z]\w*(?:Error|Exception)\) [(\[]",
            r"^Exception in thread ",
            r"(?<![\w.])[A-Za-z_][\w.]*(?:Error|Exception): ",
            _BARE_EXCEPTION,
            r"(?<![\w.])(?:Error|error|Exception): ",
            r"(?<![\w.])[a-z_][\w.]*\.timeout: ",
            # socket.gaierror: [Errno -2] ..., socket.herror
            r"(?<![\w.])[a-z_][\w.]*\.(?:gai|h)?error: ",
            r"(?<![\w.])Error \d{3,5}\b",
            r"\b[A-Za-z]*Error \([45]\d\d\)",
            r"\b[A-Z]\w*Error\(5\d\d, ",
            r"\b[Uu]nexpected (?:HTTP |response )?status(?: code)?:? [45]\d\d\b",
            r"\b[Ww]rong status code:? ['\"]?[45]\d\d\b",
            r"\b[45]\d\d (?:response executing GraphQL|Server Error: |Client Error: )",
            r"<Response \[[45]\d\d\]>",
            r"""(?:^|[\[{,])\s?"errors"\s?:\s?\[\s?\{""",
            r"(?:^|[\s:])(?:Error|error|an error) while [a-z]",
            r"(?:(?:^|[\s:\"'])[Aa]n (?:unexpected |internal |unknown )?error|^Error) (?:has )?"
            r"occurred(?:: | while | during )",
            r"Error response from daemon",
            r"(?:^|\s)Error from server\b",
            r"\b[45]\d\d \((?:Internal Server Error|Bad Gateway|Service Unavailable|"
            r"Gateway Time-?out|Forbidden|Unauthorized)\)",
            r"(?:^|[\s:])Error [a-z]{3,}ing \S",
            r"(?:^\s*|: |\] )Failed [a-z]{3,}ing [\w\"'(\[]",
            r"(?:^|: )error (?:when )?[a-z]{3,}ing [^:]{1,200}: \S",
            # (or the reason of the HTTP status it got in brackets instead of the colon: error
            # fetching bucket policy (Bad Gateway); Failed to load the manifest (Forbidden))
            r"(?:^|: )(?:[Ee]rror (?:when )?[a-z]{3,}ing|[Ff]ailed to [a-z]+|[Uu]nable to [a-z]+|"
            r"[Cc]ould not [a-z]+) [^:()\n]{1,200} \((?:Internal Server Error|Bad Gateway|"
            r"Service Unavailable|Gateway Time-?out|Forbidden|Unauthorized)\)",
            r"(?:^|[\s:\[])[Uu]nexpected (?:error|exception) (?:for|in|on|from|during|with|when) "
            r"[^:\n]{1,200}: \S",
            # (or, as the message of a logging.exception whose traceback says why, at its start:
            # weave: Unexpected error when checking if Weave is available on the server.)
            r"(?:^|: |\] )Unexpected (?:error|exception) (?:when|while|during) [a-z]{3,}ing\b",
            r"""(?<![^\s"'])!!! """,
            r"\b(?:failed|exited) with (?:status|exit code) [1-9]",
            r"\bcommand terminated with exit code [1-9]",
            r"\bfailed with (?:(?:error )?code )?[45]\d\d(?:[.,:;)]|\s*$| [A-Z(]| !=)",
            r"\b[Ff]ailed to [a-z]+ (?:to |from )?https?://\S+: [45]\d\d\b",
            r"(?:^|[,.;:] )[Rr]efusing to [a-z]",
            r"\bWaiting for .{1,200}? possible cause \([A-Za-z]",
            r"""(?:^|[\s"':])[Ii]nvalid [Ll]icen[cs]e(?: key| file)?(?:[.:!]|\s*$)""",
            LICENCE_ENDED,
            r"\[(?:ERR|EXCEPTION)\]",
            r"(?:^|\[\d+\]: )[\w./-]+: line \d+: ",
            r"^\[(?:mysql|MySQL)\] ",
            r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[\w+\] )?\[?(?:Error|Failed to|Unable to) ",
            # (in Go's lower case: what could not be done, a colon, why)
            r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? could not [^:\n]{1,200}: \S",
            # ... and without the timestamp, capitalised as MinIO and C programs word it: Unable to
            # read 'format.json' from http://…: client time … is too apart with server time …,
            # Cannot open /etc/app.conf: Permission denied (the cause after `: `, words or a 4xx/5xx;
            # a URL's `://` and a `host:port` are not it, nor a 2xx)
            r"^(?:Unable to|Failed to|Could not|Couldn't|Cannot|Can't) [a-z]{2,}\b.{0,300}?: "
            r"(?:[A-Za-z'\"(\[]|[45]\d\d\b)",
            r"\b(?:dial|listen) (?:tcp|udp|unix)[46]?(?: \S+)?: ",
            # (and with the colon lost in a paste: read tcp a->b i/o timeout)
            r"\b(?:read|write) (?:tcp|udp)[46]? \S+(?:: | i/o timeout\b)",
            r": no such host\b",
            r"\bdriver: bad connection\b",
            r": (?:Connection refused|Connection timed out|Connection reset by peer|No route to host|"
            r"Network is unreachable)\b",
            r"[=:] ?Connection refused",
            r"\bis forbidden: User \\?\"[^\"\\]{1,200}\\?\" cannot [a-z]+ ",
            r"\b[a-z][a-z.]{1,60} \\?\"[^\"\\\s]{1,253}\\?\" is forbidden: [a-z]",
            r"\berrored: [A-Z]\w*(?:Error|Exception)\b",
            r": exec format error\b",
            r"\b(?:Segmentation fault|Bus error|Aborted|Illegal instruction) \(core dumped\)",
            r"^fatal: ",
            # skarnet's tools (s6, s6-overlay, execline) name themselves: s6-chown: fatal: unable to
            # chown …; s6-init v2 glues it to its progress: …correct perms...s6-chown: fatal: …
            # (or a path it names: preinit: fatal: /run belongs to uid 0 instead of 1000, …)
            r"(?:^|\s|\.\.\.)[a-z][\w-]*: fatal: [A-Za-z/]",
            r"^\*\*\* (?:\S+ ){0,6}?[Ff]ailed\b(?! with (?:status|exit code) 0\b)",
            r"^(?!(?:Nothing|None|No|Never) )[A-Z][\w-]*(?: [\w-]+){0,5} failed(?:[.:!] |[.!]?\s*$)",
            # (or with what went with the failure after it: Upload failed unexpectedly after 5
            # attempts, Login failed for user 'sa', Sync failed due to …; not `Retry failed uploads`)
            r"^(?!(?:Nothing|None|No|Never) )[A-Z][\w-]*(?: [\w-]+){0,5} failed (?:unexpectedly|after"
            r"|due to|because|while|when|for)\b",
            # (in Go's lower case, its wrapped cause after a colon holding another: store command
            # failed: create bucket client: not found bucket)
            r"^[a-z][\w -]* failed: [^:]+: \S",
            r"(?:^|[\s:\"(])x509: (?:certificate|cannot|failed|unhandled|too many|a root|issuer|"
            r"malformed|invalid|unsupported|missing|unknown|decryption|“)",
            r"\bnet/http: \w",
            r"\bremote error: tls: ",
            r"[:)] context deadline exceeded\b",
            r": i/o timeout\b",
            r": (?:connection reset by peer|broken pipe)\b",
            r"\b(?:connect|getaddrinfo|read|write|socket hang up|Error:?) E(?:CONNREFUSED|CONNRESET|"
            r"TIMEDOUT|NOTFOUND|HOSTUNREACH|AI_AGAIN)\b",
            r"(?<![\w.])[a-z_]\w*(?:\.\w+)*\.(?:exceptions|errors|exc)\.[A-Z]\w*: ",
            r"(?<![\w.])(?:http\.client\.)?RemoteDisconnected: ",
            r"^\s*Caused by: [\w.$]+(?:Exception|Error|Failure)\b",
            r"(?:^|[\s(])Caused by [A-Z]\w*(?:Error|Exception)\(",
            # the class name unbounded: `[\w:]{1,100}` after `.*` made RE2's search of the
            # whole alternation 25x slower (its DFA tracks every count); the name ends at `)`
            r":\d+:in [`'][^`']{1,200}': .* \([A-Z][\w:]+\)\s*$",
            r"\bSQLSTATE\[[0-9A-Z]{5}\]:? ",
            r"\bAccess denied for user ['\"\\]",
            r"""(?:^|[:'"(]\s?)(?:Can't connect to (?:local )?MySQL server|Lost connection to MySQL """
            r"server|MySQL server has gone away|Too many connections\b)",
            r"\(HY000/\d{4}\): ",
            r"\b(?:MySQL server does not support required protocol|[Cc]ommands out of sync[.;] |"
            r"packet for query is too large\b)",
            r"(?:^|[\s\"'])curl: \(\d+\) ",
            r": Failed with result '",
            r"\bcode=(?:exited|killed|dumped), status=[1-9]\d*/",
            r"\bexited with code [1-9]",
            r"\bCannot connect to the Docker daemon\b",
            r"\b(?:upstream sent too big header|upstream prematurely closed connection|no live "
            r"upstreams) while ",
            r"^[\w./-]+: (?:\d+: )?(?:line \d+: )?[^:]{1,200}: (?:command )?not found\s*$",
            r"(?:^|/)(?:mysqld|mysqladmin|mysqldump): (?:" + "|".join(_MYSQL_TOOL_ERRORS) + ")",
            r"^wget: (?:unable|cannot|can't|server returned error|error)",
            r"^npm ERR! ",
            r"^The connection to the server \S+ was refused\b",
            r"(?:^|: )Segmentation fault\b",
            r"\bTemporary failure in name resolution\b",
            r"\bName or service not known\b",
            r"(?:^|\s)thread '[^'\n]+' panicked at ",
            r"\bCommunications link failure\b",
            r"\b[Oo]rigin not allowed\b",
            r"<Code>[A-Z]\w+</Code>",
            r"\b[Cc]onnection to (?:node )?\S+ (?:\([^()]*\) )?could not be established\b",
            r"\S: file does not exist\b",
            r"\bnot possible to connect to\b",
            r'(?:^|")[A-Z]+ \S+ HTTP/[\d.]+" 5\d\d \d',
            r"(?:^|\s)Completed 5\d\d [A-Z][\w -]{1,40} in \d",
            r"\btoomanyrequests: [A-Z]",
            r"(?:^|[\s:])(?:\d+:[MCSX]|\[\d+\]) \d{1,2} [A-Z][a-z]{2}(?: \d{4})? [\d:.]+ # (?:Fatal|"
            r"FATAL|Can't|Cannot|Failed|Error|Unable|Bad file|Short read|Wrong signature|Unrecoverable|"
            r"Internal error)",
            r"\bMISCONF Redis\b",
            r"\bcrashed by signal\b",
            r"^(?:OOM)?Killed(?:: 9)?\s*$",
            r": line \d+: +\d+ Killed +\S",
            r"^E: (?:[A-Z]|')",
            r"\breturned a non-zero code: [1-9]",
            WANDB_FAILURE_WARNING,
            URLLIB3_RETRY,
            SHUTDOWN_REPORT,
            r"\b501(?:, message)? Unsupported method \(",
            r"\(error\) [A-Z]",
            r"\bentered failed state\b",
            r"^\s*Active: failed\b",
            r"(?:^|: )Failed to start \S",
            r"\b[Oo]ut of memory: Kill",
            r"\S invoked oom-killer: gfp_mask=",
            # (not [C …]: Jupyter prints its start-up banner at that level)
            r"^\[E " + _TORNADO_HEADER,
            r"^\[W " + _TORNADO_HEADER + r".*\b(?:[A-Z]\w*Error|Error|Exception|[Ff]ailed)\b",
            *S3_MESSAGES,
            *STATE_CONFIRM,
            *TOOL_CONFIRM,
            *ERRNO_CONFIRM,
            *GATEWAY_CONFIRM,
            *HTTP_CONFIRM,
            *MYSQL_CONFIRM,
            *SERVICE_CONFIRM,
            *CLIENT_CONFIRM,
            *RECORD_CONFIRM,
        ]
    )
)

# a pretty-printed JSON member holding a string: `"Output": "OCI runtime exec failed: …",`
# a JSON record's fields that say what happened, in words
_MESSAGE_KEYS = ("msg", "message", "detail")
# (or its key unquoted, as JavaScript's console and YAML print an object: `message: "…"`)
_JSON_MEMBER = re.compile(
    r'^\s*(?:"[\w .-]{1,60}"|[A-Za-z_][\w.-]{0,60})\s?:\s?"((?:[^"\\]|\\.){1,4000})",?\s*$'
)
_DOCKER_TS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}) ")
# docker compose's service prefix: `wandb-1  | ...`, `minio3_1   | ...`
_COMPOSE_PREFIX = re.compile(r"[\w.-]{1,80} {1,40}\| ")
# syslog's and journald's prefix (RFC 3164, `journalctl -o short`): time, host, tag and pid:
# `Apr 25 19:45:05 vmi861719 nknovh[4425]: `, `Nov  2 10:00:00 host kernel: `; after an ISO time
# (`journalctl -o short-iso`, which _DOCKER_TS takes) the host and a tag with its pid
_SYSLOG_PREFIX = re.compile(
    r"(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? [\w.-]{1,255} "
    r"[\w./@-]{1,100}(?:\[\d{1,10}\])?: "
)
_HOST_TAG_PID = re.compile(r"[\w.-]{1,255} [\w./@-]{1,100}\[\d{1,10}\]: ")
# A log shipper's envelope around the line the program wrote: docker json-file and fluent-bit
# ("log"), journald ("MESSAGE"). Its own fields (stream, time) say nothing about the level.
_ENVELOPE_KEYS = ("log", "MESSAGE")
_MAX_UNWRAP = 3


def json_object(body: str) -> dict[str, Any] | None:
    start = body.find("{")
    if start < 0 or start > 80 or not body.rstrip().endswith("}"):
        return None
    try:  # bounded: a log line may nest 30,000 deep
        obj = jsondoc.loads(body[start:], "log line")
    except BundleError:
        return None
    return obj if isinstance(obj, dict) else None


def unwrap(line: str) -> tuple[str, dict[str, Any] | None]:
    """The line as its program wrote it, without docker's timestamp, docker compose's service
    prefix, syslog's or journald's prefix or a shipper's envelope, and the JSON object it is (None
    for a plain line)."""
    for _ in range(_MAX_UNWRAP):
        m = _DOCKER_TS.match(line)
        body = line[m.end() :] if m else line
        c = _COMPOSE_PREFIX.match(body)
        if c:  # `docker compose logs -t`: the time follows the service prefix
            body = body[c.end() :]
            m = _DOCKER_TS.match(body)
            body = body[m.end() :] if m else body
        # (journalctl's ISO time has an offset, +0000 for UTC; docker's and kubelet's end in Z)
        iso = m is not None and m.group(0)[-2].isdigit()
        s = _SYSLOG_PREFIX.match(body) or (_HOST_TAG_PID.match(body) if iso else None)
        if s:
            body = body[s.end() :]
        obj = json_object(body)
        inner = None if obj is None else next((obj[k] for k in _ENVELOPE_KEYS if k in obj), None)
        if not isinstance(inner, str) or json_level(obj or {}) is not None:
            return body, obj
        line = inner.rstrip("\r\n")
    return body, obj


def _split_confirm(pattern: str) -> tuple[linear.Pattern | None, re.Pattern[str] | None]:
    """_CONFIRM as two alternations that together match where it does: the branches RE2 can run
    (one linear pass over the line, whatever their number) and those it cannot (lookaround),
    which Python's `re` tries at every position, branch after branch; _BARE_EXCEPTION in neither."""
    branches = [b for b in split_alternatives(pattern) if b != _BARE_EXCEPTION]
    fast = [b for b in branches if check_portable(b) is None]
    slow = [b for b in branches if check_portable(b) is not None]
    if linear.ENGINE != "re2" or not fast:
        return None, None
    try:
        both = linear.compile("|".join(fast)), re.compile("|".join(slow)) if slow else None
    except linear.NotLinear:
        return None, None
    return both


@functools.cache
def confirm_split() -> tuple[linear.Pattern | None, re.Pattern[str] | None]:
    """_CONFIRM split (compiled at the first confirmation, as _CONFIRM is). Measured on the 1 GiB
    bench bundle's 28k miner lines: 0.51 s with _CONFIRM alone, 0.13 s split."""
    return _split_confirm(_CONFIRM.pattern)


def compile_patterns() -> None:
    """Compile now the patterns `confirm` compiles at its first line (about 0.35 s): where the
    miner runs, before a work budget counts its lines."""
    _CONFIRM.compiled()
    confirm_split()


def confirm(body: str) -> bool:
    fast, slow = confirm_split()
    # RE2's \b sees ASCII word characters only (linear.py): the split holds for ASCII lines
    if fast is None or not body.isascii():
        return _CONFIRM.search(body) is not None
    if linear.found(fast, body):
        return True
    if body.rstrip().endswith("Error") and _BARE_EXCEPTION_RE.search(body):
        return True
    return slow is not None and slow.search(body) is not None


# a tqdm progress bar: ` 18%|▎      | 334/1860 [01:20<06:34,  3.87it/s]`. tqdm writes to stderr,
# which job runners and log shippers label ERROR whatever it says
_PROGRESS_BAR = re.compile(
    r"\d{1,3}%\|[^|\n]{0,100}\| ?[\d.]{1,12}[kMG]?/[\d.?]{1,12}[kMG]? \[[^\[\]\n]{0,100}\]"
)


def _after_progress(body: str) -> str | None:
    """The text after a line's last progress bar (None without one): a bar's line says it failed
    only after the bar, not by its stream's level before it."""
    end = None
    for m in _PROGRESS_BAR.finditer(body):
        end = m.end()
    return None if end is None else body[end:]


def error_body(line: str) -> tuple[str, dict[str, Any] | None] | None:
    """The unwrapped line and its JSON object when it says it failed (`confirm`), else None. A
    pretty-printed JSON member is judged by its string value: docker inspect's health log
    `"Output": "curl: (7) Failed to connect …"`; a progress bar's line by what follows the bar."""
    body, obj = unwrap(line)
    rest = _after_progress(body) if "%|" in body else None
    if rest is not None:
        return (rest, None) if confirm(rest) else None
    m = _JSON_MEMBER.match(body) if obj is None else None
    if m:
        # (a message that is itself a quoted JSON string, encoded twice: "\"Upload failed …\"")
        value = m.group(1).replace("\\n", " ").replace('\\"', '"').strip().strip('"').strip()
        if confirm(value):
            return value, None
    if confirm(body):
        return body, obj
    # a JSON record is judged by its message fields too, as a plain line would be: {"message":
    # "Upload failed unexpectedly after 5 attempts"} (its template is made from them: message_of)
    if obj is not None and any(
        isinstance(v := obj.get(k), str) and v and confirm(v.strip().strip('"').strip())
        for k in _MESSAGE_KEYS
    ):
        return body, obj
    return None


_LOGFMT_FIELD = re.compile(r'(?:^|\s)(msg|message|error|err)=("(?:[^"\\]|\\.)*"|\S+)')
# the same fields in JSON cut by a paste or a log cap (not parseable any more)
_JSONISH_FIELD = re.compile(r'"(?:msg|message|error|err)"\s?:\s?"((?:[^"\\]|\\.){1,2000})"')


def message_of(body: str, obj: dict[str, Any] | None) -> str:
    """What the template is made from: a JSON or logfmt line's message and error, else the line."""
    if obj is None:
        if "=" in body:
            fields = [v for _, v in _LOGFMT_FIELD.findall(body)]
            # fields that are numeric codes alone (slapd's `err=49 text=`) make no readable
            # template: the line is its own message then
            if fields and not all(v.isdigit() for v in fields):
                return " | ".join(v[1:-1] if v.startswith('"') else v for v in fields)
        if '":' in body:
            found = _JSONISH_FIELD.findall(body)
            if found:
                return " | ".join(found)
        return body
    parts = []
    for key in ("msg", "message", "error", "err", "exception"):
        value = obj.get(key)
        if isinstance(value, str) and value:
            parts.append(value)
    # an API's error body that says what failed in `detail` alone (error_http.py)
    detail = obj.get("detail")
    if not parts and isinstance(detail, str) and detail:
        parts.append(detail)
    # a line that is a GraphQL response: {"errors": [{"message": ..., "path": [...]}], ...}
    errors = obj.get("errors")
    if not parts and isinstance(errors, list) and body.lstrip().startswith("{"):
        parts = [
            e["message"]
            for e in errors[:3]
            if isinstance(e, dict) and isinstance(e.get("message"), str)
        ]
    return " | ".join(parts) if parts else body
