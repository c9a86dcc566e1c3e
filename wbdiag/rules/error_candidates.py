"""Which log lines the miner looks at: the candidate patterns, its first test of a line.

`CANDIDATE_PATTERNS` are the definition the scanner uses: portable (Hyperscan/RE2: no lookaround,
no backreferences), loose, and each starting with a literal so the combined prefilter skips
through lines that hold none of them (the scan splits `ERROR_CANDIDATE` at its top-level |). A
candidate is confirmed next (`confirm`, error_confirm.py), then its level decides (error_levels.py);
error_lines.py names the whole path.
"""

from __future__ import annotations

from wbdiag.rules.error_clients import CLIENT_CANDIDATES
from wbdiag.rules.error_devices import DEVICE_CANDIDATES
from wbdiag.rules.error_errnos import ERRNO_CANDIDATES
from wbdiag.rules.error_exports import EXPORT_CANDIDATES
from wbdiag.rules.error_gateways import GATEWAY_CANDIDATES
from wbdiag.rules.error_http import HTTP_CANDIDATES
from wbdiag.rules.error_jobs import JOB_CANDIDATES
from wbdiag.rules.error_level_marks import LEVEL_CANDIDATES
from wbdiag.rules.error_localized import LOCALIZED_CANDIDATES
from wbdiag.rules.error_mysql import MYSQL_CANDIDATES, MYSQL_TOOL_ERRORS, MYSQL_TOOLS
from wbdiag.rules.error_records import RECORD_CANDIDATES
from wbdiag.rules.error_remote import REMOTE_CANDIDATES
from wbdiag.rules.error_runtime import RUNTIME_CANDIDATES
from wbdiag.rules.error_services import SERVICE_CANDIDATES
from wbdiag.rules.error_states import S3_MESSAGES, STATE_CANDIDATES, TOOL_CANDIDATES
from wbdiag.rules.error_tracebacks import FRAME_CANDIDATE, RAISE_CANDIDATES

CANDIDATE_PATTERNS: tuple[str, ...] = (
    # a logger's level mark: a level field or word, a formatter's header (error_level_marks.py)
    *LEVEL_CANDIDATES,
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
    # Node's errors that carry a code name it in brackets after their class (`AssertionError
    # [ERR_ASSERTION]: id_token expired`, panva/openid-client#113; `TypeError [ERR_INVALID_URL]:
    # Invalid URL`): its internal codes all start ERR_
    r"Error \[ERR_",
    # an exception printed by its class's repr, as Paste's and WebError's error reports and Python
    # 2's `print sys.exc_info()[0], e` word it (Error - <class 'webob.request.DisconnectionError'>:
    # The client disconnected while sending the POST/PUT body …, galaxyproject/cloudman#47; <type
    # 'exceptions.IOError'>: [Errno 2] …)
    "Error'>: ",
    "Exception'>: ",
    # ... or by its name and a doubled colon, as gsutil prints boto's storage errors
    # (GSResponseError:: status=403, code=AccountProblem, reason=Forbidden., GoogleCloudPlatform/gsutil#51)
    "Error:: ",
    # Python's interpreter run as `python -m x` for a module it does not have, after its own path
    # (/Library/Frameworks/Python.framework/Versions/3.9/bin/python3.9: No module named pip,
    # python/pythondotorg#1774; C:\Python39\python.exe: No module named pip)
    ": No module named ",
    "Error: ",
    "Exception: ",
    "error: ",
    r"\.timeout: ",
    r"Error \d{3,5}",
    # HTTP errors as clients print them: InternalServerError (500): ..., 403 response executing
    # GraphQL, 502 Server Error: ..., docker's "Error response from daemon"
    r"Error \([45]\d\d\)",
    # ... and a client's exception carrying the server's 5xx, whatever level it is logged at
    # (error_quiet.py): General data error (TransportError(503, 'search_phase_execution_exception'))
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
    # OpenTelemetry C++'s internal log at its error level, the SDK's file after it (`[Error] File:
    # …/otlp_grpc_exporter.cc:66 [OTLP TRACE GRPC Exporter] Export() failed …`; error_levels.py)
    r"\[Error\] File: ",
    # ... and Serilog's error levels after its console template's time (`[15:12:56 ERR] The token
    # request was rejected because …`, openiddict/openiddict-core#1225; error_levels.py reads them)
    r"\[FTL\]",
    r" ERR\] ",
    r" FTL\] ",
    "failed with exit code ",
    # ... or a plain `code` (the legacy wandb SDK on the user's program: wandb: Program failed with
    # code 2. Press ctrl-c to abort syncing., wandb/wandb#560)
    "ailed with code ",
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
    # ... and what failed, then what the program does next, at WARN with a named error after it
    # (`[WARN] upload transfer failed, attempting region discovery: service error`; error_quiet.py)
    " failed, ",
    # an init system's status column (error_confirm.py), and systemd's for a failure it cannot
    # boot past (`[!!!!!!] Failed to allocate manager object.`, `[!!!!!!] Failed to mount API
    # filesystems.`: the container's init stops there)
    r"\[ ?FAILED ?\]",
    r"\[!!!!!!\] ",
    # requests' refusal of a URL it cannot send to (error_confirm.py)
    "': No host supplied",
    "': No schema supplied",
    # Nextcloud's installer refusing its data directory, a Go error struct's dump with a 4xx or 5xx
    # (error_confirm.py)
    "Cannot create or write into ",
    "StatusCode:4",
    "StatusCode:5",
    # ... and at the line's very end, as `confirm` takes it (`The authentication failed`): the
    # `.` above needs a character after the word, which only a docker json-file log's `\n` gave
    r" failed\s*$",
    # ntpd's clock drift beyond its slew (error_confirm.py)
    " PPM exceeds tolerance ",
    # Kubernetes authorization without an error word: pods is forbidden: User "x" cannot list ...
    "is forbidden: User ",
    # ... and the API server's or an admission controller's refusal of a named object, its reason
    # after the colon: pods "x-7d9f-" is forbidden: unable to validate against any security context
    # constraint: […], … is forbidden: exceeded quota: …
    '" is forbidden: ',
    # ... or its validation's refusal (StatusReasonInvalid), a field path and its reason after it:
    # The HarborCluster "x" is invalid: spec.version: Invalid value: "2.5.0": downgrade from 2.5.2
    # to 2.5.0 is not allowed (goharbor/harbor-operator#943)
    '" is invalid: ',
    # wandb's agent and sweeps: Run 3kx9z2 errored: ValueError('...'); the client's warning before
    # it raises a timeout: wandb: WARNING A graphql request ... timed out (timeout=9 sec)
    " errored: ",
    "wandb: WARNING ",
    # urllib3's retry of a connection that broke, at WARN (error_quiet.py): Retrying (Retry(
    # total=2, …)) after connection broken by 'OSError('Tunnel connection failed: 407 …')'
    "after connection broken by ",
    # a supervisor's report at its shutdown (error_quiet.py): [notice] Application x exited:
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
    # protocol 41+, commands out of sync, packet for query is too large (Connector/J's
    # PacketTooBigException: `Packet for query is too large (4,739,923 > 65,535). You can change
    # this value on the server by setting the 'max_allowed_packet' variable.`, OtterMind/Chat2DB#91)
    "MySQL server does not support",
    "ommands out of sync",
    "acket for query is too large",
    # SQLAlchemy's pool with every connection checked out past its timeout (its TimeoutError:
    # `QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00`,
    # numerique-gouv/ami-notifications-api#375)
    "QueuePool limit of size ",
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
    # ... and the kill on a line of its own, which kernels before 4.19 print under that report
    # (`Killed process 16556 (mysqld) total-vm:16816660kB, anon-rss:…`; 2.6's `Killed process
    # 11726, UID 498, (mysqld) total-vm:…`, cPanelSSP/SSP#76)
    "Killed process ",
    # docker compose: wandb-local exited with code 1; the docker CLI without its daemon
    "exited with code ",
    "Cannot connect to the Docker daemon",
    # nginx's upstream errors pasted without nginx's header
    "upstream sent too big header",
    "upstream prematurely closed",
    "no live upstreams",
    # ... and its alert that a worker has no connection left (`1024 worker_connections are not
    # enough while connecting to upstream`, VictoriaMetrics/ansible-playbooks#6)
    "worker_connections are not enough",
    # shells, mysqld's and MySQL's clients, wget, npm, kubectl without a level:
    # /bin/sh: 1: wandb: not found, mysqld: Table 'mysql.plugin' doesn't exist, npm ERR! code ...,
    # The connection to the server localhost:8080 was refused - did you specify the right host ...
    ": not found",
    ": command not found",
    # (each with its message's first word: `mysqld: ready for connections` is in every MySQL log)
    *(f"{tool}: {text}" for tool in MYSQL_TOOLS for text in MYSQL_TOOL_ERRORS),
    "wget: ",
    "npm ERR!",
    "The connection to the server ",
    "Segmentation fault",
    "Temporary failure in name resolution",
    # ... and apt's own words for it (methods/connect.cc), which apt-get update prints behind W: or
    # Err: (`W: Failed to fetch http://…/InRelease  Temporary failure resolving 'archive.ubuntu.com'`,
    # moby/moby#40294)
    "Temporary failure resolving '",
    # getaddrinfo's EAI_NONAME as Python's socket.gaierror and glibc's tools word it
    "Name or service not known",
    # a Rust panic: thread 'main' panicked at 'msg', src/x.rs:1:5 (since 1.73: at src/x.rs:1:5:)
    "' panicked at ",
    # MySQL Connector/J's unreachable server, which JDBC pools log at WARN (error_quiet.py)
    "Communications link failure",
    # the AWS SDK for C++'s error marshaller, which logs a service's error answer at WARN
    # (error_quiet.py): Encountered AWSError 'SlowDown': Please reduce your request rate.
    "AWSError '",
    # a CORS middleware refusing a browser's origin: falcon-cors' `Aborting response due to
    # origin not allowed`, Express's cors `Error: Origin not allowed by CORS`
    "rigin not allowed",
    # a retrying client's failed connection, logged at WARN (error_quiet.py): Kafka's Connection
    # to node -1 (kafka/10.0.0.7:9092) could not be established. Broker may not be available.; and
    # Go's log package in an error's lower case: 2023/06/20 17:15:26 could not run migrations: no
    # migrations found (goose), confirmed with the cause after a colon
    " could not ",
    # ... and its failed or impossible step, behind the site's tag Caddy 0.8 logs it with
    # (`2015/12/21 03:24:16 [blog.badoet.com] failed to get certificate: …`, joshix/caddybox#20)
    r"/\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[[^\]\s]+\] )?(?:failed|unable) to ",
    # ... and a Go logger's three-letter error level after that time (`2017/03/10 15:03:19 ERR
    # [public …] unable to dial, i/o timeout`, meshbird/meshbird#91; error_levels.py reads it)
    r"/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? (?:ERR|FTL) ",
    # ... and the GitHub Actions runner's diagnostic log (`_diag/Runner_*.log`, `Worker_*.log`): its
    # level padded to four letters before the component in the header's brackets (`[2022-05-17
    # 13:54:33Z ERR  ConfigurationManager] Failed to get tenant credentials`, actions/runner#1902)
    r"Z ERR  [A-Z][\w.]*\] ",
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
    # tornado and Jupyter: [E 2021-03-01 12:00:00.123 ServerApp] ..., [W 06:31:31.800 ...], [C …]
    r"\[[CEW] \d",
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
    # a remote call's failure: a retried store operation, Azure's error code, a refused SSH
    # channel, a client giving up connecting (error_remote.py)
    *REMOTE_CANDIDATES,
    # telemetry exporters' and log shippers' failed sends, logged at WARN (error_exports.py)
    *EXPORT_CANDIDATES,
    # container runtimes', registries' and the kernel's network failures (error_runtime.py)
    *RUNTIME_CANDIDATES,
    # accelerators' drivers and runtimes, a library the loader could not open, the JVM's memory
    # (error_devices.py)
    *DEVICE_CANDIDATES,
    # a job, worker or queue's failed unit of work, a credential refused for its dates (error_jobs.py)
    *JOB_CANDIDATES,
    # an error word in the system's language: 错误：, エラー:, Fehler:, 连接失败 (error_localized.py)
    *LOCALIZED_CANDIDATES,
)
ERROR_CANDIDATE = "|".join(CANDIDATE_PATTERNS)
