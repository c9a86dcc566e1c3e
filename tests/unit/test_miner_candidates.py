"""Which lines the error miner selects: its candidate pattern (portable, each branch starting with
a literal), the error lines it keeps with or without a level word, and the lines at other levels
or routine ones it leaves alone."""

from __future__ import annotations

import pytest

from tests.unit.unrecognised_support import LOG
from wbdiag.rules.error_lines import unwrap
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import (
    CANDIDATE_PATTERNS,
    ERROR_CANDIDATE,
    MinerVerdict,
    TemplateMiner,
    miner_verdict,
)


# -- selection ---------------------------------------------------------------------------------
def test_candidate_pattern_is_portable() -> None:
    assert check_portable(ERROR_CANDIDATE) is None


@pytest.mark.parametrize(
    "line",
    [
        '{"level":"error","ts":"2026-11-28T10:00:00Z","msg":"failed"}',
        '{"severity":"FATAL","message":"x"}',
        '{"log":"{\\"level\\":\\"error\\",\\"msg\\":\\"x\\"}","stream":"stderr"}',
        "{'levelname': 'CRITICAL', 'msg': 'x'}",
        'time="2026-11-28T10:00:00Z" level=error msg="x"',
        "2026-11-28 10:00:00,123 ERROR   SenderThread:12 [x.py:f():1] boom",
        "wandb: ERROR Error while calling W&B API",
        "2026-11-28T10:00:00.123456Z 0 [ERROR] [MY-010119] [Server] Aborting",
        "2026/11/28 10:00:00 [error] 31#31: *7 connect() failed",
        "panic: runtime error: invalid memory address",
        "fatal error: concurrent map writes",
        "Traceback (most recent call last):",
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='x', port=443)",
        "!!! Failed to load settings.",
        "Error 1146 (42S02): Table 'wandb_local.x' doesn't exist",
        "mc: <ERROR> Unable to set notify",
        # errors without a level word
        "panic: NoSuchBucket:",
        "Exception: boom",
        "InternalServerError (500): Internal Server Error (original: %!s(<nil>))",
        '{"error":"EOF"}',
        "*** /etc/my_init.d/02_load-settings.sh failed with status 1",
        "[mysql] 2024/01/02 15:04:05 packets.go:37: unexpected EOF",
        "find: ‘/vol/env’: No such file or directory",
        "./run: line 35: fg: job has terminated",
        "mysqld: Can't create directory '/vol/mysql/' (Errcode: 17 - File exists)",
        "docker: Error response from daemon: driver failed programming external connectivity.",
        'time=2024-01-02T15:04:05Z msg="upload failed" err="context canceled"',
        "500 response executing GraphQL.",
        "requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://x/graphql",
        "Exception in thread Thread-5:",
        "socket.timeout: timed out",
        "E1202 12:00:00.123456       1 reflector.go:138] failed to list *v1.Pod: forbidden",
        # a docker json-file envelope around a line without a level
        '{"log":"panic: dial tcp 10.0.0.1:3306: i/o timeout\\n","stream":"stderr","time":"x"}',
        # a GraphQL error body, bare and in an envelope; requests' Response; errors while ...
        '{"errors":[{"message":"Sweep user not valid","path":["upsertSweep"]}],"data":null}',
        '{"log":"{\\"errors\\":[{\\"message\\":\\"x\\"}]}\\n","stream":"stdout"}',
        "Error while calling W&B API: Sweep user not valid (<Response [400]>)",
        "wandb: Encountered an error while tearing down the service manager: 'x' object",
        # more errno strings from coreutils, lower-case exception classes
        "ln: failed to create symbolic link '/etc/nginx/sites-enabled/wandb.conf': File exists",
        "rm: cannot remove '/vol/minio': Device or resource busy",
        "socket.gaierror: [Errno -2] Name or service not known",
        # logrus's short levels, go-sql-driver before 2013, kubectl, a browser console, a message
        # that starts with what failed, a docker compose service prefix before a coreutils error
        "FATA[0000] Initializing object layer failed.             Error={Cause:I/O error.}",
        'ERRO[0012] upload failed                               error="EOF"',
        "[MySQL] 2012/12/01 06:39:42 packets:78 EOF",
        'Error from server: container "mysql" in pod "mysql-0" is waiting to start: PodInitializing',
        'Error from server (Forbidden): pods is forbidden: User "x" cannot list resource "pods"',
        "POST https://tls.reverseproxy.org/graphql2 500 (Internal Server Error)",
        "GET https://wandb.example.com/files/a/b 403 (Forbidden)",
        'Error launching tensorboard: Error creating pod: pods "x" is forbidden: quota exceeded',
        "hbp-dev-minio          | mkdir: can't create directory '/data/nhost': Permission denied",
        # Go's net errors, errno texts after a colon, a binary for another CPU, a crash, git
        "dial tcp 127.0.0.1:6379: connect: connection refused",
        "dial tcp: lookup redis on 10.96.0.10:53: no such host",
        "read tcp 127.0.0.1:49070->127.0.0.1:3306: i/o timeout",
        "driver: bad connection",
        "curl: (7) Failed to connect to localhost port 8080: Connection refused",
        "Could not connect to Redis at 127.0.0.1:6379: Connection refused",
        "exec /usr/local/bin/docker-entrypoint.sh: exec format error",
        "Segmentation fault (core dumped)",
        "fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com",
        # a script's or a migration tool's own failure line
        "*** failed to apply m190417_133209_init (time: 0.293s)",
        # make's failed recipe and its missing target (maxcnunes/gaper#9)
        "make: *** [Makefile:18: start] Error 2",
        "make[1]: *** No rule to make target 'install'.  Stop.",
        "Migration failed. The rest of the migrations are canceled.",
        'Readiness probe failed: Get "http://10.0.0.1:8080/ready": context deadline exceeded',
        # Kubernetes RBAC without an error word, bare and as a JSON message; a refusal run into the
        # next word; an agent's failed run without wandb's ERROR
        'pods is forbidden: User "system:serviceaccount:wandb:default" cannot list pods',
        '  "message":"pods is forbidden: User \\"system:serviceaccount:x:default\\" cannot list x",',
        "CONNECTION FAIL IP =127.0.0.1, PORT =20203, reason =Connection refusedtcpSock.connect Fail!",
        "Run 3kx9z2 errored: ValueError('Connection error, cannot find the files')",
        "error serving API: listen tcp :9090: bind: address already in use",
        "[ERR] curl.cpp:RequestPerform(2273): HTTP response code 403, returning EPERM.",
        'error executing "/tmp/terraform_1.sh": Process exited with status 1',
        # urllib3's cause, go-sql-driver's protocol errors, Go's lower-case wrap of what failed,
        # the API's NotFound in the plural, Ruby's uncaught exception, Rails' 5xx, a registry's
        # rate limit
        "Caused by SSLError(SSLError(1, '[SSL] unexpected eof while reading (_ssl.c:1091)",
        "MySQL server does not support required protocol 41+",
        "commands out of sync. You can't run this command now",
        'error when finding Secret "stunnel-tls": secrets "stunnel-tls" not found',
        'configmaps "wandb-env" not found',
        "error pulling image configuration: toomanyrequests: Too Many Requests.",
        "toomanyrequests: You have reached your pull rate limit.",
        "(irb):82:in `<main>': ERR unknown command 'hello' (redis://r:1) (RedisClient::CommandError)",
        "app.rb:3:in 'Integer#/': divided by 0 (ZeroDivisionError)",
        "Completed 500 Internal Server Error in 9ms (ActiveRecord: 0.6ms)",
        # SQLAlchemy's wrap of a driver's exception, Apache's module:level, a start-up step that
        # failed (behind `docker compose logs -t`'s prefix and time), Go's fs.ErrNotExist, .NET's
        # Redis client, MinIO's SlowDown, a probe quoting its command's [Warning], Firefox's
        # refusals, the cluster refusing the container's user
        "(MySQLdb.OperationalError) (1049, \"Unknown database 'mlflow'\")",
        "(pyodbc.InterfaceError) ('IM002', '[IM002] [unixODBC][Driver Manager]Data source name')",
        "[Sat Jun 09 10:43:46.078346 2018] [proxy:error] [pid 57630:tid 1407] AH00959: "
        "ap_proxy_connect_backend disabling worker for (127.0.0.1) for 60s",
        "[Sat Jun 09 10:43:46 2018] [proxy_http:error] [pid 5:tid 1] AH01114: HTTP: failed",
        "MySQL init process failed.",
        "mysql    | 2018-02-28T09:41:52.206185839Z MySQL init process failed.",
        "2024/05/07 09:55:11 first .: file does not exist",
        "It was not possible to connect to the redis server(s); to create a disconnected "
        "multiplexer, disable AbortOnConnectFail. SocketFailure on PING",
        "minio unable to upload object: x.jpg : SlowDown: A timeout exceeded while waiting to "
        "proceed with the request, please reduce your request rate",
        "Startup probe failed: mysqladmin: [Warning] Using a password on the command line "
        "interface can be insecure. mysqladmin: connect to server at 'localhost' failed",
        "A resource is blocked by OpaqueResponseBlocking, please check browser console for details.",
        "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource",
        "must specify a user that is numeric and within the range of allowed users",
        "Error: container has runAsNonRoot and image has non-numeric user (wandb), cannot verify "
        "user is non-root",
        # Grafana's level, a Rust panic (both formats), a read timeout whose colon a paste lost,
        # the resolver's EAI_NONAME, a JDBC pool's unreachable MySQL at WARN, a CORS refusal, an
        # S3 error document's code, a rename across filesystems (Go's and coreutils' wording)
        't=2024-05-01T10:00:00+0000 lvl=eror msg="Alert rule evaluation stalled" logger=alerting',
        "thread 'worker-3' panicked at src/store.rs:41:9:",
        "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:7:5",
        "read tcp 127.0.0.1:50412->127.0.0.1:5432 i/o timeout",
        "Could not resolve 'objectstore': Name or service not known",
        "2024-05-01 10:00:00,001 WARN  [com.zaxxer.hikari.pool.PoolBase] (main) HikariPool-1 - "
        "Communications link failure",
        "cors: request refused, origin not allowed: http://127.0.0.1:3000",
        "<Code>SlowDown</Code>",
        "rename /data/tmp/part.1 /data/objects/part.1: invalid cross-device link",
        "mv: cannot move 'a.bin' to '/mnt/b/a.bin': Invalid cross-device link",
        # Normal events whose reason is a failure, a failure that only starts like nothing to do,
        # a progress bar followed by the exception that ended it
        "  Normal   BackOff   2m (x14 over 9m)   kubelet  Back-off restarting failed container",
        '{"type":"Normal","reason":"BackOff","message":"Back-off restarting failed container"}',
        "error: no change allowed to a locked table",
        "ERROR  45%|████▌     | 45/100 [00:09<00:11,  4.87it/s]RuntimeError: CUDA out of memory.",
        # Go's log package with a lower-case failure and its cause, Rust's io::Error with its
        # errno, find's missing directory under /vol
        "2023/06/20 17:15:26 could not run migrations: no migrations found",
        "2026/11/28 10:00:00 could not open bucket wandb: The specified bucket does not exist",
        'Failed to move temporary file "/tmp/.tmpHJzcSL" to "/tmp/inbox/file" caused by: Invalid '
        "cross-device link (os error 18)",
        "Error: Address already in use (os error 98)",
        "find: ‘/vol/env’: No such file or directory",
        "find: '/vol/minio/.minio.sys': No such file or directory",
        # ls of a missing path under /vol, any other errno of ls, another coreutils tool's missing
        # path (a copy or a move that failed)
        "ls: /vol/env: No such file or directory",
        "ls: cannot access '/vol/minio': No such file or directory",
        "ls: cannot open directory '/etc/harbor/ssl': Permission denied",
        "ls: /data/registry: Input/output error",
        "cp: cannot stat '/harbor_cust_cert/ca.crt': No such file or directory",
        "mv: cannot move '/data/a' to '/data/b': No such file or directory",
        # a shell's error behind syslog's tag; Go's log with a component's tag and the message in
        # brackets; Go's *PathError wrapped after a colon; urllib3's retry of a broken connection
        # at WARN; logrus' level with a timestamp; a supervisor's report of a failed child at its
        # shutdown (OTP at notice, gunicorn at INFO); http.server's 501
        "Apr 15 05:15:16 bogon mysqld_safe[6207]: /usr/bin/mysqld_safe: line 136: "
        "/var/log/mysqld.err: Permission denied",
        "Nov 28 10:00:00 host entrypoint.sh[88]: cp: cannot create regular file '/etc/x': "
        "Read-only file system",
        "2019/01/02 11:53:03 [INIT] [Failed to initialize license: failed to watch license file "
        "license/license.key for changes: unable to watch directory: no such file or directory]",
        "2026/11/28 10:00:00 [STORE] [Unable to open bucket: access denied]",
        "Message: open /var/lib/docker/devicemapper/mnt/d68c/rootfs/etc/hostname: read-only file "
        "system",
        "failed to load config: stat /vol/env/wandb.yaml: permission denied",
        "WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, "
        "redirect=None, status=None)) after connection broken by 'OSError('Tunnel connection "
        "failed: 407 Proxy Authentication Required')': /api/4504800232407040/envelope/",
        "2026-11-28 10:00:00,000 WARNING Retrying (Retry(total=4, connect=None, read=None, "
        "redirect=None, status=None)) after connection broken by 'ProtocolError('Connection "
        "aborted.', RemoteDisconnected('Remote end closed connection without response'))': /graphql",
        "ERRO[2019-03-23 13:07:41] [Lifetime Mngt Thread]: Failed to get all mitigation from DB",
        "FATA[2026-11-28T10:00:00Z] cannot open the database",
        "13:21:36.777 [notice] Application mailgun_logger exited: exited in: "
        "MailgunLogger.Application.start(:normal, [])",
        "10:00:00.000 [info] Application wandb_sync exited: shutdown",
        "[2017-10-16 20:21:41 +0000] [7] [INFO] Reason: Worker failed to boot.",
        "[2026-11-28 10:00:00 +0000] [1] [INFO] Reason: App failed to load.",
        "Operation not supported: 501 Unsupported method ('PUT') (PUT)",
        "127.0.0.1 - - [28/Nov/2026 10:00:00] code 501, message Unsupported method ('PUT')",
        # skarnet's tools naming themselves before `fatal:`, glued to s6-init's progress
        # (SteveLTN/https-portal#343) or alone; a client's warning quoting the server's 5xx in its
        # exception (clearml/clearml#324), and the same in another client's words
        "[s6-init] ensuring user provided files have correct perms...s6-chown: fatal: unable to "
        "chown /var/run/s6/etc/cont-init.d/20-setup: Read-only file system",
        "s6-overlay-suexec: fatal: can only run as pid 1",
        "WARNING:root:Could not delete Task ID=8edc28b6fd164e35b1ad59abb43cd8d2, General data error "
        "(TransportError(503, 'search_phase_execution_exception'))",
        "2026-11-28 10:00:00,000 - clearml.Task - WARNING - Failed updating task: "
        "ApiError(502, 'Bad Gateway')",
        # a client naming the status it did not expect: docker pushing to a registry
        # (goharbor/harbor#20870), and Go clients' wordings of the same
        "received unexpected HTTP status: 500 Internal Server Error",
        "time=2026-11-28T10:00:00Z msg=sync unexpected status code 502 from https://10.0.0.5/api",
        "Unexpected response status: 403",
        # a request that failed with the status it got, bare (alibaba/funcraft#983) or after the
        # URL it failed to reach (labmlai/annotated_deep_learning_paper_implementations#103)
        "GET /services/demo1 failed with 403. requestid: 877d856d-37e1-4f9b-9092-2ae5b294215f, "
        "message: the difference between the request time and the current time is too large",
        "upload failed with 500 (Internal Server Error)",
        "Failed to send to https://api.labml.ai/api/v1/track?run_uuid=14a2596057db11eca5b41866da9d"
        "5f72&labml_version=0.4.134: 502",
        "failed to fetch from http://10.0.0.5:8080/api/status: 404",
        # a program refusing to go on (minio/minio#17000), or a skarnet tool's fatal naming a path
        # (bbernhard/signal-cli-rest-api#841)
        "Disk `/data` is a root disk. Please ensure the disk is mounted properly, refusing to use "
        "root disk.",
        "Refusing to start: another instance holds /data/lock",
        "preinit: fatal: /run belongs to uid 0 instead of 1000, has insecure and/or unworkable "
        "permissions",
        # S3's catalogue message for a header the request lacked (falcondev-oss/
        # github-actions-cache-server#159)
        " MissingContentMD5: Missing required header for this request: Content-Md5.",
        # another product's licence no longer valid: pretty-printed JSON (bitwarden/server#7276), a
        # trial ended at WARN (theaog/spirit#41), an invalid key in other words
        '    "message": "Invalid license. IDX10223: Lifetime validation failed. The token is '
        "expired. ValidTo (UTC): '3/18/2026 9:07:04 AM', Current time (UTC): '3/23/2026 10:03:41 "
        "AM'.\",",
        "WARN your spirit trial has ended [server not licensed]",
        "2026-11-28 10:00:00 WARNING your trial has expired, the server stops accepting jobs",
        "ERROR licence check: Invalid licence key: signature does not verify",
    ],
)
def test_error_lines_are_candidates_and_kept(line: str) -> None:
    assert build_matcher([TemplateMiner().pattern]).match(line)
    miner = TemplateMiner()
    miner.observe(LOG, 1, line, False)
    assert len(miner.templates()) == 1


@pytest.mark.parametrize(
    "line",
    [
        '{"level":"info","msg":"no errors found"}',
        '{"level":"info","msg":"ERROR count is 0"}',
        '{"level":"warn","msg":"recovered from panic: x"}',
        "2026-11-28 10:00:00,123 INFO    HandlerThread:1 [x.py:f():1] 0 ERROR entries",
        'time="2026-11-28T10:00:00Z" level=info msg="error rate 0"',
        "2026-11-28T10:00:00.123456Z 0 [Warning] [MY-010068] [Server] ERROR log is big",
        "2026-11-28T10:00:00Z healthy: no errors",
        "error_rate=0 requests=10",
        "status=NO_ERROR code=0",
        "ERRORS: 0, WARNINGS: 2",
        "2026-11-28T10:00:00Z ValueErrors: none",
        # a Go error field that holds no error, a script that succeeded
        'time=2024-01-02T15:04:05Z level=info msg="done" err=<nil>',
        'msg="request done" err=nil',
        '{"msg":"request done","error":null}',
        '{"msg":"request done","error":""}',
        "*** /etc/my_init.d/02_load-settings.sh failed with status 0",
        # an envelope whose line is informational
        '{"log":"*** Running /etc/my_init.d/00_regen_ssh_host_keys.sh...\\n","stream":"stdout"}',
        '{"log":"2024-01-02 10:00:00,123 INFO    x: Error: retrying\\n","stream":"stderr"}',
        "wandb: WARNING Error: deprecated setting",
        # an empty GraphQL error list, a 2xx Response, prose that mentions an error
        '{"errors":[],"data":{"viewer":{"id":"x"}}}',
        "wandb: got <Response [200]>",
        "2026-11-28T10:00:00Z INFO no error while syncing",
        "The following files exist: config.yaml",
        # logrus's short levels below error; a 2xx in a browser console; an -ing word after
        # "Error" at INFO; a compose prefix before an informational line
        "INFO[0000] Error handling enabled                       component=api",
        "WARN[0003] Error retrying is slow                        attempt=2",
        "GET https://wandb.example.com/graphql 200 (OK)",
        "2026-11-28 10:00:00,123 INFO    MainThread:1 [x.py:f():1] Error reporting enabled",
        "wandb-1  | *** Running /etc/my_init.d/02_load-settings.sh...",
        # klog's info and warning letters; prose about a dialer
        "I1202 12:00:00.123456       1 client.go:1] dial tcp 10.0.0.1:443: i/o timeout, retrying",
        "W1202 12:00:00.123456       1 client.go:1] Error: retrying the watch",
        "the dial tcp timeout is 5s",
        "listen tcp on :8080 for the API",
        "worker 3 exited with status 0",
        "*** Killing all processes...",
        "make: *** [all] Error 0 is what a passing recipe never prints",
        "make: Nothing to be done for 'all'.",
        "Nothing failed: 12 passed",
        "The number of failed jobs is 0",
        "Connection refused is what a closed port answers",
        'I1202 12:00:00.123456       1 authz.go:1] pods is forbidden: User "x" cannot list pods',
        # look-alikes of the classes above: a success, prose, a backtrace frame, a 2xx
        "Completed 200 OK in 12ms (Views: 3.1ms | ActiveRecord: 0.6ms)",
        "Completed 933.2 MiB/934.8 MiB (1.1 MiB/s) with 7 file(s) remaining",
        "error handling is configured per route",
        "from /usr/lib/ruby/3.2.0/net/http.rb:1603:in `connect'",
        "Caused by the nightly job, nothing to do",
        'secrets "wandb-tls" found, reusing it',
        # look-alikes of candidate classes: a handler named after an exception, Apache's notice,
        # a step in progress, prose about a missing file, a connect that is not a connection, an
        # info-level probe report, a constraint that admitted the pod
        "routed to (app.errors.NotFoundError) handler",
        "[Sat Jun 09 10:43:46 2018] [mpm_event:notice] [pid 1:tid 2] AH00489: resuming normal",
        "mysql    | 2018-02-28T09:41:51.203276913Z MySQL init process in progress...",
        "if the file does not exist, it is created",
        "It is not possible to connect twice with one client",
        "I1202 12:00:00.123456       1 prober.go:107] Startup probe failed: mysqladmin: [Warning] x",
        "security context constraint restricted-v2 admitted the pod",
        # routine Kubernetes events whatever their words; a tool's nothing-to-do said through its
        # error path; a progress bar on stderr that a runner labels ERROR; a JDBC pool's
        # recovery at INFO; an error field whose value a paste cut to a brace (no words left)
        "  Normal   Reissue   30s   web-controller   Error reading the old secret, re-issuing: "
        'secret "web-tls" not found',
        "5m   Normal   Reissue   certificate/web   Error reading the old secret, re-issuing: "
        'secret "web-tls" not found',
        '{"type":"Normal","reason":"Rescheduled","message":"Error: pod moved after the drain"}',
        "error: no change",
        "Error: nothing to do.",
        "ERROR  45%|████▌     | 45/100 [00:09<00:11,  4.87it/s]",
        "ERROR train: 3/10  1.9G  0.041  12%|█▏        | 120/1000 [00:30<03:40, 4.0it/s]loss ok",
        "INFO  [pool] reconnected after Communications link failure",
        "  worker:error id=7 path=/jobs error={ ",
        # look-alikes of the classes above: a clean stop of an OTP application, gunicorn's
        # routine shutdown, logrus' and syslog's routine lines, urllib3's retry of a status (a
        # 5xx it was told to retry, not a broken connection), a Go path error at INFO, a 501
        # named as a status in passing
        "13:21:40.001 [notice] Application mailgun_logger exited: :stopped",
        "[2017-10-16 20:21:41 +0000] [7] [INFO] Shutting down: Master",
        "[2026-11-28 10:00:00 +0000] [7] [INFO] Reason: received SIGTERM",
        "INFO[2019-03-23 13:07:41] [Lifetime Mngt Thread]: Failed attempts reset to 0",
        "Nov 28 10:00:00 host systemd[1]: Started Session 3 of user root.",
        "WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, "
        "redirect=None, status=None)) after connection broken by",
        "INFO config: open /etc/app/local.yaml: no such file or directory, using the defaults",
        "2026/11/28 10:00:00 [INIT] [Loaded license: expires 2027-01-01]",
        "supported methods: GET, HEAD (501 Unsupported method for others is expected)",
        # look-alikes of more candidate classes: a start-up script probing an optional directory
        # with find (GNU in either locale, busybox), a Go log line that carries on, a wandb
        # warning about something else, prose about an errno
        "find: '/etc/harbor/ssl': No such file or directory",
        "find: ‘/docker-entrypoint-initdb.d’: No such file or directory",
        "find: /etc/nginx/templates: No such file or directory",
        # ls probing an optional path (Harbor's entrypoint; busybox, GNU in either locale)
        "ls: /harbor_cust_cert: No such file or directory",
        "ls: cannot access '/etc/pki/custom': No such file or directory",
        "ls: cannot access ‘/docker-entrypoint-initdb.d/*’: No such file or directory",
        "2026/11/28 10:00:00 could not find a config file, using the defaults",
        "wandb: WARNING Saving files without folders. If you want to preserve subdirectories pass "
        "base_path to wandb.save",
        "INFO retried after os error 11, resource temporarily unavailable",
        # near misses of the s6 and 5xx classes: s6-init's progress that succeeded, a skarnet
        # warning, a fatal that is not a program's; a warning quoting a 4xx (the client's mistake,
        # a notice as before), a 5xx exception at INFO
        "[s6-init] ensuring user provided files have correct perms...exited 0.",
        "s6-svscan: warning: unable to iopause: Interrupted system call",
        "mirror sync: non-fatal: 2 files skipped",
        "WARNING:root:Could not delete Task ID=8edc28b6fd164e35b1ad59abb43cd8d2, General data error "
        "(TransportError(404, 'index_not_found_exception'))",
        "2026-11-28 10:00:00,000 INFO retry 1 of 3 after TransportError(503, 'unavailable_shards')",
        # near misses of the unexpected-status class: at INFO, a success, no status at all
        "2026-11-28 10:00:00,000 INFO probe got unexpected status 503, retrying",
        "received unexpected HTTP status: 200 OK",
        "unexpected status change from Pending to Running",
        # near misses of candidate classes: a count or a size after `failed with`, a 2xx or no
        # status after the URL, a status at INFO; a refusal in prose or at INFO; a fatal that names
        # a count; a licence or trial that has not ended yet, prose about invalid licences
        "job failed with 5 retries left",
        "step failed with 404 pages skipped",
        "2026-11-28 10:00:00 INFO retry failed with 503, retrying in 2s",
        "Failed to send to https://api.labml.ai/api/v1/track: 200",
        "Failed to send metrics to https://host/api later",
        "INFO Failed to send to https://api.labml.ai/api/v1/track: 502",
        "the server is refusing to serve stale data, as configured",
        "INFO Refusing to use the root disk check: skipped by configuration",
        "mirror sync: fatal: 0 files",
        "WARN your trial ends in 3 days",
        "WARN trial has 3 days left",
        "WARN licence expires on 2027-01-01",
        "counted 0 invalid licenses",
        "2026-11-28 10:00:00 INFO Invalid license. Falling back to the community edition",
    ],
)
def test_other_levels_are_not_errors(line: str) -> None:
    miner = TemplateMiner()
    miner.observe(LOG, 1, line, False)
    assert miner.templates() == []


def test_candidate_patterns_each_start_with_a_literal() -> None:
    assert "|".join(CANDIDATE_PATTERNS) == ERROR_CANDIDATE
    for branch in CANDIDATE_PATTERNS:
        assert check_portable(branch) is None, branch
        first = branch[:2] if branch.startswith("\\") else branch[:1]
        assert first not in ("(", "[", ".", "^") and not first.startswith(("\\d", "\\w", "\\s")), (
            branch
        )


@pytest.mark.parametrize(
    "line",
    [
        # routine lines a busy server prints by the thousand: never error candidates, or the
        # miner pays for each (a tenth of a MySQL error log's lines are aborted connections)
        "2026-11-28T00:00:01.5Z 7 [Note] [MY-010914] [Server] Aborted connection 7 to db: "
        "'wandb_local' user: 'wandb_local' host: '10.0.0.5' (Got an error reading "
        "communication packets).",
        "handled an error reading the body without a colon",
    ],
)
def test_routine_lines_are_not_error_candidates(line: str) -> None:
    assert miner_verdict(line) is MinerVerdict.NOT_CANDIDATE


@pytest.mark.parametrize(
    "framed",
    [
        "<190>1 2024-03-13T07:17:01.123456Z node-1 wandb 1 - - ERROR: upload failed",
        '<11>1 2024-03-13T07:17:01Z node-1 wandb 1 - [x@1 a="b c"] ERROR: upload failed',
        "[pod/wandb-app-7d9c5b7f6-x2x8q/app] ERROR: upload failed",
        "wandb-app-7d9c5b7f6-x2x8q app ERROR: upload failed",
        "2024-03-13T07:17:01.123000+00:00 wandb-app/app/0123456789abcdef ERROR: upload failed",
        '2024-03-13T07:17:01Z {app="wandb", container="app"}\tERROR: upload failed',
        "Mar 13 07:17:01 node-1 wandb: Mar 13 07:17:00 host app[3]: ERROR: upload failed",
    ],
)
def test_a_shippers_or_a_tools_envelope_is_taken_off(framed: str) -> None:
    assert unwrap(framed)[0] == "ERROR: upload failed"


def test_a_line_that_only_looks_like_an_envelope_keeps_its_words() -> None:
    # a Docker time then a path: no log stream (`aws logs tail` prints an offset, not Z)
    line = "2024-03-13T07:17:01Z /usr/bin/app: fatal: no config"
    assert unwrap(line)[0] == "/usr/bin/app: fatal: no config"
    assert unwrap("minio-server started ok")[0] == "minio-server started ok"
