"""The miner of errors no rule knows, and the `burst` condition built on it.

`python -m tests.unit.test_unrecognised [LINES]` measures the masking miner (and Drain3, when
installed) on a synthetic log; the numbers are in wbdiag/rules/unrecognised.py's docstring.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from wbdiag.bundle.reader import BundleSource
from wbdiag.rules.engine import Analysis, analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.model import Status
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import (
    CANDIDATE_PATTERNS,
    ERROR_CANDIDATE,
    MIN_TEMPLATE_LETTERS,
    MinerVerdict,
    TemplateMiner,
    mask,
    message_of,
    miner_verdict,
    readable_template,
)

LOG = "docker/containers/wandb-local/container.log"
K8S_LOG = "kubernetes/namespaces/wandb/logs/wandb-app-7d9f8c6b5-x2x4q/app.log"

RULE_MYSQL = """\
id: server.test_refused
title: test rule
severity: error
category: server
description: a rule for the tests
message: "refused {count}"
remediation: nothing to do here
references: [wandb/server#86]
condition:
  log:
    pattern: "dial tcp \\\\S+:3306: connect: connection refused"
"""

RULE_BURST = """\
id: server.test_burst
title: test burst
severity: warning
category: server
description: a burst rule for the tests
message: "{template} at {rate}/min in {source} ({count} lines, {templates} templates)"
remediation: nothing to do here
references: [wandb/server#86]
condition:
  burst:
    per_minute: 100
"""


def bundle(tmp_path: Path, files: dict[str, list[str]]) -> Path:
    for rel, lines in files.items():
        p = tmp_path / "b" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("\n".join(lines) + "\n")
    return tmp_path / "b"


def run(tmp_path: Path, files: dict[str, list[str]], *rules: str) -> Analysis:
    paths = []
    for i, text in enumerate(rules or (RULE_MYSQL,)):
        rule_id = text.split("\n", 1)[0].split(": ", 1)[1]
        f = tmp_path / "rules" / f"{rule_id}.yaml"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text)
        paths.append(f)
        assert i < 10
    pack = load_pack(paths)
    return analyze(BundleSource.open(bundle(tmp_path, files)), pack, require_manifest=False)


def ts(second: int) -> str:
    return f"2026-11-28T10:{second // 60 % 60:02d}:{second % 60:02d}.000000000Z"


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
        # look-alikes of this round's classes: a handler named after an exception, Apache's notice,
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
        # look-alikes of earlier rounds' classes: a start-up script probing an optional directory
        # with find (GNU in either locale, busybox), a Go log line that carries on, a wandb
        # warning about something else, prose about an errno
        "find: '/etc/harbor/ssl': No such file or directory",
        "find: ‘/docker-entrypoint-initdb.d’: No such file or directory",
        "find: /etc/nginx/templates: No such file or directory",
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
        # near misses of this round's classes: a count or a size after `failed with`, a 2xx or no
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


# -- the miner through analyze() -------------------------------------------------------------
def test_an_error_no_rule_knows_appears_with_its_count(tmp_path: Path) -> None:
    lines = [
        ts(0) + ' {"level":"error","msg":"failed to index run","run":"a1","error":"bad row 12"}',
        ts(1) + " all good here",
        ts(5) + ' {"level":"error","msg":"failed to index run","run":"b2","error":"bad row 907"}',
        ts(9) + ' {"level":"error","msg":"failed to index run","run":"c3","error":"bad row 3"}',
    ]
    a = run(tmp_path, {LOG: lines})
    (t,) = a.unrecognised
    assert (t.count, t.template) == (3, "failed to index run | bad row <num>")
    assert (t.first_seen, t.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:09Z")
    assert (t.sample, t.sample_path, t.sample_line) == (lines[0], LOG, 1)
    assert t.source == "container wandb-local"


def test_lines_a_rule_explains_are_not_unrecognised(tmp_path: Path) -> None:
    refused = ts(0) + " panic: dial tcp 127.0.0.1:3306: connect: connection refused"
    a = run(
        tmp_path,
        {LOG: [refused, "", "goroutine 1 [running]:", "main.main()", ts(1) + " ERROR other"]},
    )
    (f,) = a.findings
    assert f.status is Status.FAIL
    assert (f.first_seen, f.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:00Z")
    assert f.evidence[0].context == ("goroutine 1 [running]:", "main.main()")
    assert [t.template for t in a.unrecognised] == ["ERROR other"]


def test_info_lines_mentioning_error_are_not_unrecognised(tmp_path: Path) -> None:
    lines = [
        '{"level":"info","msg":"no errors found"}',
        '{"level":"debug","msg":"panic: none"}',
        "2026-11-28 10:00:00,123 INFO    HandlerThread:1 [x.py:f():1] 0 ERROR entries",
        'level=info msg="Error: none"',
        "2026-11-28T10:00:00.123456Z 0 [Note] [MY-010051] [Server] Event Scheduler: ERROR none",
    ]
    assert run(tmp_path, {LOG: lines}).unrecognised == []


def test_masking_merges_lines_differing_only_by_numbers_ips_and_ids(tmp_path: Path) -> None:
    lines = [
        ts(0) + " ERROR upload 123e4567-e89b-12d3-a456-426614174000 to 10.0.0.1:9000 failed"
        ' after 3 tries: "file-1.json" at /vol/minio/a/b (req 0xc000123, id deadbeef0001)',
        ts(1) + " ERROR upload 9f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6 to 192.168.7.20:9001 failed"
        ' after 12 tries: "other.bin" at /vol/minio/c (req 0xc0abcd, id 00ffee991234)',
        ts(2) + " ERROR upload 00000000-0000-4000-8000-000000000000 to [::1]:9000 failed"
        ' after 1 tries: "x" at /tmp/x/y (req 0x1, id 1234567890ab)',
    ]
    different = ts(3) + " ERROR download 9f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6 failed"
    (t, other) = run(tmp_path, {LOG: [*lines, different]}).unrecognised
    assert t.count == 3
    assert t.template == (
        'ERROR upload <uuid> to <ip> failed after <num> tries: "<*>" at <path> '
        "(req <hex>, id <hex>)"
    )
    assert other.count == 1


def test_each_source_has_its_own_templates_sorted_by_count(tmp_path: Path) -> None:
    a = run(
        tmp_path,
        {
            LOG: [ts(0) + " ERROR disk slow 1", ts(1) + " ERROR disk slow 2"],
            K8S_LOG: [ts(i) + f" ERROR disk slow {i}" for i in range(3)],
        },
    )
    assert [(t.source, t.count) for t in a.unrecognised] == [
        ("pod wandb/wandb-app-7d9f8c6b5-x2x4q container app", 3),
        ("container wandb-local", 2),
    ]


def test_top_n_per_source() -> None:
    miner = TemplateMiner()
    for i in range(30):
        for _ in range(i + 1):
            miner.observe(LOG, i, f"ERROR kind{'x' * i} failed", False)
    top = miner.templates(top_per_source=5)
    assert [t.count for t in top] == [30, 29, 28, 27, 26]
    assert len(miner.templates(top_per_source=None)) == 30


def test_a_go_panic_is_one_template_and_a_bare_traceback_is_its_exception(
    tmp_path: Path,
) -> None:
    lines = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5f1c]",
        "",
        "goroutine 1 [running]:",
        "main.main()",
        "\t/src/main.go:12 +0x1c",
        "Traceback (most recent call last):",
        '  File "/usr/local/bin/local", line 8, in <module>',
        "KeyError: 'GORILLA_LICENSE'",
    ]
    templates = [t.template for t in run(tmp_path, {LOG: lines}).unrecognised]
    assert templates == [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "KeyError: '<*>'",
    ]


def test_an_unquoted_variable_word_folds_once_five_templates_differ_in_it() -> None:
    miner = TemplateMiner()
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    for i, name in enumerate(names[:4]):
        miner.observe(LOG, i, ts(i) + f" ERROR run queue {name} is paused", False)
    assert len(miner.templates()) == 4  # four different words could be four different errors
    for i, name in enumerate(names[4:], start=4):
        miner.observe(LOG, i, ts(i) + f" ERROR run queue {name} is paused", False)
    miner.observe(LOG, 9, ts(9) + " ERROR run queue alpha is paused", False)
    (t,) = miner.templates()
    assert (t.template, t.count, t.sample_line) == ("ERROR run queue <*> is paused", 7, 0)
    assert (t.first_seen, t.last_seen, t.burst_per_minute) == (
        "2026-11-28T10:00:00Z",
        "2026-11-28T10:00:09Z",
        7,
    )


def test_short_messages_do_not_fold() -> None:
    miner = TemplateMiner()
    for i, word in enumerate(["disk", "network", "memory", "cpu", "quota", "lock"]):
        miner.observe(LOG, i, f"ERROR {word} exhausted", False)
    assert len(miner.templates()) == 6


def test_message_of_json_takes_msg_and_error() -> None:
    obj = {"level": "error", "msg": "query failed", "error": "Error 1205: Lock wait timeout"}
    assert message_of("{}", obj) == "query failed | Error 1205: Lock wait timeout"
    assert mask(message_of("{}", obj)) == "query failed | Error <num>: Lock wait timeout"


# -- bursts ----------------------------------------------------------------------------------
def test_burst_rate_is_the_most_lines_within_sixty_seconds() -> None:
    miner = TemplateMiner()
    for i in range(50):  # one every 12 s: 5 in any minute
        miner.observe(LOG, i, ts(i * 12) + " ERROR slow tick", False)
    for i in range(400):  # then 400 within 40 s
        miner.observe(LOG, 100 + i, ts(600 + i // 10) + " ERROR hot loop 7", False)
    rates = {t.template: t.burst_per_minute for t in miner.templates()}
    assert rates == {"ERROR slow tick": 5, "ERROR hot loop <num>": 400}


def test_burst_condition_fires_on_a_hot_unrecognised_template(tmp_path: Path) -> None:
    hot = [ts(i // 5) + f" ERROR cache miss storm for key k{i:05d}" for i in range(150)]
    a = run(tmp_path, {LOG: hot}, RULE_BURST)
    (f,) = a.findings
    assert f.status is Status.WARN
    assert f.message == (
        "ERROR cache miss storm for key <id> at 150/min in container wandb-local "
        "(150 lines, 1 templates)"
    )
    assert f.evidence[0].line == 1
    assert (f.first_seen, f.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:29Z")


def test_burst_condition_passes_on_a_slow_trickle_or_explained_lines(tmp_path: Path) -> None:
    slow = [ts(i * 2) + " ERROR cache miss" for i in range(150)]  # 30 per minute
    refused = [
        ts(i // 10) + " dial tcp 127.0.0.1:3306: connect: connection refused" for i in range(300)
    ]
    a = run(tmp_path, {LOG: slow + refused}, RULE_BURST, RULE_MYSQL)
    assert [f.status for f in a.findings] == [Status.PASS, Status.FAIL]


def test_burst_condition_is_not_evaluated_without_logs(tmp_path: Path) -> None:
    a = run(tmp_path, {"mysql/x.log.txt": ["ERROR x"]}, RULE_BURST)
    assert a.findings[0].status is Status.NOT_EVALUATED


# -- measurement (not a test) --------------------------------------------------------------------
def _name(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz-") for _ in range(r.randint(3, 12)))


def _ip(r: random.Random) -> str:
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def _pod_suffix(r: random.Random, n: int) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


Gen = Callable[[random.Random], str]
SYNTHETIC: list[Gen] = [
    lambda r: f'failed to upload "{_name(r)}.json" to bucket: status {r.choice([403, 404, 500])}',
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: connect: connection reset by peer",
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: connect: no route to host",
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: i/o timeout",
    lambda r: f"run {uuid.UUID(int=r.getrandbits(128))} not found in project {r.randint(1, 999)}",
    lambda r: (
        f"query took {r.randint(1000, 90000)}ms: SELECT * FROM runs WHERE = {r.randint(1, 10**9)}"
    ),
    lambda r: f"cannot open /vol/minio/{_name(r)}/{_name(r)}: permission denied",
    lambda r: f"request {r.getrandbits(64):016x} failed after {r.randint(1, 9)} retries",
    lambda r: f"invalid api key for user '{_name(r)}'",
    lambda r: (
        f"artifact {r.getrandbits(40):010x}x{r.randint(1, 99)} digest mismatch: "
        f"expected {r.getrandbits(128):032x}"
    ),
    lambda r: f'GraphQL error: field "{_name(r)}" not found on type "{_name(r)}"',
    lambda r: (
        "Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction "
        f"(conn {r.randint(1, 500)})"
    ),
    lambda r: f"Error 1062 (23000): Duplicate entry '{r.randint(1, 10**6)}' for key 'PRIMARY'",
    lambda r: f"context deadline exceeded while calling {_ip(r)}:{r.randint(80, 9000)}",
    lambda r: f"worker {r.randint(1, 64)} crashed: exit code {r.randint(1, 255)}",
    lambda r: (
        f"filestream: upload of chunk {r.randint(1, 10**5)} for run "
        f"{r.getrandbits(32):08x}abc failed"
    ),
    lambda r: f"redis: connection pool timeout after {r.randint(1, 30)}s",
    lambda r: (
        f"license check failed at {r.randint(2020, 2030)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}"
        f"T0{r.randint(0, 9)}:00:00Z"
    ),
    lambda r: f"s3: PUT s3://wandb-{_name(r)}/{_name(r)}/{_name(r)} returned 503 SlowDown",
    lambda r: f"user={_name(r)} entity={_name(r)} quota exceeded by {r.randint(1, 10**9)} bytes",
    lambda r: f"parquet export of history for run {uuid.UUID(int=r.getrandbits(128))} failed: EOF",
    lambda r: (
        f"template render failed for report {r.randint(1, 99999)} at line {r.randint(1, 400)}"
    ),
    lambda r: f"webhook to https://hooks.{_name(r)}.com/x/{r.randint(1, 999)} timed out",
    lambda r: f"sweep {r.getrandbits(32):08x}z agent {r.randint(1, 99)} heartbeat missing",
    lambda r: (
        f"slow request: {r.randint(5, 60)}.{r.randint(0, 9)}s for GET "
        f"/api/v1/runs/{r.randint(1, 10**6)}"
    ),
    lambda r: (
        f"could not acquire lock '{_name(r)}' held by pod "
        f"wandb-app-{_pod_suffix(r, 9)}-{_pod_suffix(r, 5)}"
    ),
    lambda r: f"unexpected status 502 from weave at {_ip(r)}:{r.randint(1000, 9999)}",
    lambda r: f"file {r.randint(1, 10**6)} of {r.randint(10**6, 10**7)} missing checksum",
    lambda r: f"SMTP send to <{_name(r)}@example.com> failed: 550",
    lambda r: (
        f"OIDC token from https://login.{_name(r)}.com rejected: expired {r.randint(1, 600)}s ago"
    ),
    lambda r: f"mysql: replica lag {r.randint(10, 9999)}s exceeds threshold",
    lambda r: (
        f"bucket notification queue depth {r.randint(1000, 10**6)} exceeds {r.randint(100, 999)}"
    ),
    lambda r: f"cannot resolve host {_name(r)}.internal: no such host",
    lambda r: f"kafka partition {r.randint(0, 63)} offset {r.randint(1, 10**9)} out of range",
    lambda r: f"gc pause of {r.randint(100, 9000)}ms exceeded budget",
    lambda r: (
        f"duplicate artifact alias 'v{r.randint(1, 999)}' on collection {r.randint(1, 10**5)}"
    ),
    lambda r: f"TLS handshake with {_ip(r)}:443 failed: remote error: tls: bad certificate",
    lambda r: f"history row {r.randint(1, 10**7)} too large: {r.randint(10**6, 10**8)} bytes",
    lambda r: f"usage report job {r.getrandbits(48):012x} failed: context canceled",
    lambda r: f"run queue {_name(r)} is paused; dropping item {r.randint(1, 10**6)}",
]


def synthetic_log(n: int, seed: int = 7) -> list[tuple[int, str]]:
    """(true template index, line) in the formats a bundle holds: docker-prefixed plain and JSON,
    Go log, Python logging."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        k = r.randrange(len(SYNTHETIC))
        msg = SYNTHETIC[k](r)
        stamp = f"2026-11-28T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}.{i:09d}Z"
        form = k % 4
        if form == 0:
            line = f'{stamp} {{"level":"error","ts":"{stamp}","msg":{json.dumps(msg)}}}'
        elif form == 1:
            line = f"{stamp} 2026/11/28 10:00:00 ERROR {msg}"
        elif form == 2:
            line = f"2026-11-28 10:00:{i % 60:02d},123 ERROR   Sender:{r.randint(1, 999)} {msg}"
        else:
            line = f"{stamp} level=error msg={json.dumps(msg)}"
        out.append((k, line))
    return out


def _quality(assign: list[tuple[int, str]]) -> tuple[int, int, int]:
    """(templates, templates mixing true ones, true templates split over several)."""
    by_template: dict[str, set[int]] = {}
    by_truth: dict[int, set[str]] = {}
    for truth, template in assign:
        by_template.setdefault(template, set()).add(truth)
        by_truth.setdefault(truth, set()).add(template)
    impure = sum(1 for v in by_template.values() if len(v) > 1)
    split = sum(1 for v in by_truth.values() if len(v) > 1)
    return len(by_template), impure, split


def bench(n: int) -> None:
    """CPU seconds (the machine may be shared) and template quality, miner vs Drain3."""
    data = synthetic_log(n)
    truth = [k for k, _ in data]
    print(f"synthetic log: {n} lines, {len(SYNTHETIC)} true templates")

    t0 = time.process_time()
    miner = TemplateMiner()
    for i, (_, line) in enumerate(data):
        miner.observe(LOG, i + 1, line, False)
    dt = time.process_time() - t0
    src = miner._sources[LOG]
    # each line's final template: mask it again, then follow the fold
    bodies = []
    for _, line in data:
        body = line.split(" ", 1)[1] if line[:4].isdigit() and line[10] == "T" else line
        start = body.find("{")
        obj = json.loads(body[start:]) if 0 <= start < 80 and body.endswith("}") else None
        bodies.append(message_of(body, obj))
    final = [src.alias.get(t, t) for t in map(mask, bodies)]
    q = _quality(list(zip(truth, final, strict=True)))
    print(
        f"TemplateMiner.observe (JSON/logfmt extraction, level check, masking, fold, time, rates):"
        f" {dt:.2f} s CPU, {n / dt:,.0f} lines/s; templates {q[0]}, impure {q[1]}, split {q[2]}"
    )

    t0 = time.process_time()
    for b in bodies:
        mask(b)
    dt = time.process_time() - t0
    print(f"masking alone on the extracted messages: {dt:.2f} s CPU, {n / dt:,.0f} lines/s")

    try:
        from drain3 import TemplateMiner as Drain  # type: ignore[import-not-found]
        from drain3.masking import MaskingInstruction  # type: ignore[import-not-found]
        from drain3.template_miner_config import (  # type: ignore[import-not-found]
            TemplateMinerConfig,
        )
    except ImportError:
        print("drain3 not installed: pip install drain3 to compare")
        return
    from wbdiag.rules.masks import _MASKS

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.drain_sim_th = 0.4
    config.drain_depth = 4
    # the same masks, each replacing its whole match (Drain has no group references), but for
    # the whitespace one
    config.masking_instructions = [MaskingInstruction(rx.pattern, "*") for _, rx, _ in _MASKS[:-1]]
    drain = Drain(config=config)
    t0 = time.process_time()
    ids = [drain.add_log_message(b)["cluster_id"] for b in bodies]
    dt = time.process_time() - t0
    q = _quality([(k, str(c)) for k, c in zip(truth, ids, strict=True)])
    print(
        f"drain3 on the extracted messages: {dt:.2f} s CPU, {n / dt:,.0f} lines/s; "
        f"templates {q[0]}, impure {q[1]}, split {q[2]}"
    )


if __name__ == "__main__":
    bench(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)


# -- readable templates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "template"),
    [
        # JSON error bodies keep their keys, lose their values
        (
            'wandb: ERROR failed to upsert bucket: returned error 403 Forbidden: {"errors":'
            '[{"message":"permission denied","path":["upsertBucket"]}]}',
            'wandb: ERROR failed to upsert bucket: returned error <num> Forbidden: {"errors":'
            '[{"message":"<*>","path":["<*>"]}]}',
        ),
        # a quoted file name before a colon is a value, not a key
        (
            'wandb: ERROR Error uploading "config.yaml": CommError, None',
            'wandb: ERROR Error uploading "<*>": CommError, None',
        ),
        # a JSON line's error field is its message
        ('{"error":"internal database error"}', "internal database error"),
        # a docker json-file envelope is unwrapped: the template is the program's line
        (
            '{"log":"mc: <ERROR> Unable to get mcConfigDir. exit status 2.\\n","stream":"stderr"}',
            "mc: <ERROR> Unable to get mcConfigDir. exit status <num>.",
        ),
        # a line that is a GraphQL response: its errors' messages
        (
            '{"errors":[{"message":"Sweep user not valid","path":["upsertSweep"]}],'
            '"data":{"upsertSweep":null}}',
            "Sweep user not valid",
        ),
        # JSON cut by a paste or a cap: its message field is still found
        (
            '"source":"gorilla/logging_gen.go:3900","pid":1061},"message":"Failed to call '
            'FetchSessionByID(1): Error 1064 (42000): syntax error",',
            "Failed to call FetchSessionByID(<num>): Error <num> (<num>): syntax error",
        ),
    ],
)
def test_templates_stay_readable(line: str, template: str) -> None:
    miner = TemplateMiner()
    miner.observe(LOG, 1, line, False)
    assert [t.template for t in miner.templates()] == [template]


@pytest.mark.parametrize(
    "message",
    [
        '{"a": "b", "c": "d"}',
        '"/vol/env/users.htpasswd"',
        "ERROR /vol/minio/.minio.sys/tmp/abc",
        "ERROR: user=alice bucket=wandb-prod",
        "ERROR '7d9f8c6b5' 'x2x4q'",
    ],
)
def test_a_template_is_never_placeholders_only(message: str) -> None:
    template = readable_template(message)
    letters = "".join(c for c in re.sub(r"<[a-z]+>|<\*>", "", template) if c.isalpha())
    assert len(letters) >= MIN_TEMPLATE_LETTERS or template == message, template


@pytest.mark.parametrize("message", ["{", "  { ", "500", "[-1] {}", "-1 / 0"])
def test_a_message_without_a_word_has_no_template(message: str) -> None:
    assert readable_template(message) == ""


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
