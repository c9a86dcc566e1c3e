"""Whether a candidate error line is really at error level: the miner's level half.

A line's own level field or first level word decides (`"level":"info"`, `INFO`, klog's `I1202`,
tornado's `[I …]`); a line without any is an error when a candidate matched it (error_lines.py).
A few reporters put a level of their own in front of the line's, or log a failure below error
level, so the level seen first is not the failure's:
  - glog's `ERROR: logging before flag.Parse: ` goes before every line logged before its flags
    are parsed, whatever its severity: the klog letter after it is the line's level;
  - a test framework logs the Kubernetes events and node conditions it dumps at INFO, and the
    event recorder its Warning events (`reports_failure`, error_states.py);
  - the wandb client warns that a request timed out (`wandb: WARNING A graphql request … timed
    out`) and raises the timeout right after;
  - some programs log their failures at WARN by design (`warned_failure`): an event logger its
    error events (Keycloak's `type=CODE_TO_TOKEN_ERROR, … error=invalid_code`), a client that
    retries for ever its failed connections (Kafka's `Connection to node -1 (…) could not be
    established`, urllib3's `Retrying (Retry(total=2, …)) after connection broken by
    'OSError(…)'`), and go-kit's logfmt (Prometheus, Thanos, Loki, Mimir) an operation it retries,
    its message saying it failed and its `err` field why (`level=warn msg="syncing blocks failed"
    err="…"`), a JDBC connection pool the database's unreachability (Connector/J's
    `Communications link failure`), and a client an operation that failed on the server's 5xx,
    quoting the exception that carries the status (ClearML's `WARNING:root:Could not delete Task
    …, General data error (TransportError(503, '…'))`: a server's failure, as a 5xx in an access
    log is), and a server its trial or licence that has ended (`WARN your spirit trial has ended
    [server not licensed]`: it stops serving), and kubelet an image it failed to pull (`W0508 …
    kubelet.go:1199] Failed to pull image "…" from pod "…"`, as kubelets of 2015 logged it; the
    event it records for it is a Warning), and a program that says what it failed to do (or what it
    was doing when the error came: `Error creating connection`) with a network or TLS cause (`level=warning msg="failed to get initial kubelet config …: dial tcp:
    lookup …: no such host"`: the cause names a connection that did not happen, which retrying
    later does not make routine) or a server's refusal (rke's `WARN[0002] Can't pull Docker image
    […]: Error response from daemon: … denied: access forbidden`), and a proxy that could not reach what is behind it (Envoy's `no
    healthy upstream`, Linkerd's `Service entering failfast`: error_gateways.py's
    PROXY_FAILURES); at WARN only, and only these shapes: other warnings stay notices;
  - a supervisor reports its child's failure when it shuts down, at its own routine level
    (`shutdown_report`): an Elixir/OTP application that exited for any reason but `:stopped`
    (`[notice] Application x exited: exited in: X.Application.start(:normal, [])`), gunicorn's
    master giving up (`[INFO] Reason: Worker failed to boot.`);
and a line without a level that announces a fallback before naming any failure (go-redis's `auto
mode fallback: maintnotifications disabled due to handshake error: ERR …`), or names what it uses
instead (`…, using system temp directory`, `…, using the default port instead`, `…, defaulting to
8080`), is a notice: the program carries on without the feature; so is such a warning (the wandb
client's `WARNING Path … wasn't writable, using system temp directory`), as warnings are unless a
shape below says they failed, and a line that names a failure before its fallback stays one. So is gRPC-Go's transport logging its own end when its
connection closes (`transport: loopyWriter.run returning. connection error: desc = "transport is
closing"`, `http2Server.HandleStreams failed to read frame: … use of closed network connection`,
logged at INFO and pasted without a level): every connection ends so; the same transport closed
by a reset, a timeout or a failed handshake stays an error, as do an RPC that failed with it
(`rpc error: code = Unavailable desc = transport is closing`) and a dial that failed. So are a Kubernetes event of type Normal whose reason is
not a failure (`routine_event`, error_states.py), a watch that etcd's compaction ended, which the
watcher lists again after (`watch_expired`: kube-apiserver logged it at error level until 1.23),
an update Kubernetes refused for an older version of its object, which the controller retries
(`update_conflict`: `Reconciler error` … `the object has been modified`) and a tool's whole message saying it had nothing
to do, printed through its error path (golang-migrate's `error: no change`), and `find`'s answer
that a starting point does not exist (`find: '/etc/harbor/ssl': No such file or directory`: a
start-up script probing an optional directory), except under /vol, whose directories wandb/local's
start script creates itself (a missing one there is its failure). So is a Go program's read of a
child process's pipe after the pipe was closed (`read |0: file already closed`, os.ErrClosed on
the pipe os.Pipe names `|0`): the child exited and its output ended; HashiCorp's go-plugin logged
it at error level for each plugin it stopped (Velero's `level=error msg="reading plugin stderr"
… error="read |0: file already closed"`) until it suppressed it (hashicorp/go-plugin#299). So is
an object store's missing bucket named for a file a browser asks every site for (`favicon.ico`,
`robots.txt`, `apple-touch-icon.png`): a browser opened the store's address, no client asked.
The services of error_services.py (supervisord, Redis, SMTP, Azure AD, LDAP, PHP) report their
failures at any level. Below error level, MySQL's error numbers with their message and InnoDB's dictionary at odds with
MySQL's are failures at any level but DEBUG's (error_mysql.py), and so is a request a server
answered with 5xx in a structured logger's access line (error_http.py). A message saying what
the program could not do, its failure in a non-empty `error` or `err` field, is one at every level
but TRACE, DEBUG included (`failed_with_error`: Crossplane's managed reconciler logs `Cannot create
external resource {…, "error": "… context deadline exceeded"}` at DEBUG); at INFO, NOTICE and
DEBUG only when the error names a real failure (a connection, a timeout, a refusal, a 5xx, TLS, a
resource used up), since a controller logs its reconcile loop's routine outcomes there so (`Failed
to get prometheus object {"err": "… not found"}`, then it creates the object); other DEBUG lines
stay trusted, and a start-up poll below WARN stays a notice with any error (a health check or a
readiness wait that logs each refused try while the service it waits for starts). A JSON record's
level is its `level` field (or `lvl`, `severity`, …), or zap's one-letter `L` of its development
encoder when it names a level. A console logger's JSON context after its message does not hide
the level before it. A resource limit the process could not raise, without a level, is a notice
(`_limit_notice`: Redis's `# Server can't set maximum open files to N because of OS error:
Operation not permitted.`): it runs on with the limit it has.
"""

from __future__ import annotations

import re
from typing import Any

from wbdiag.rules.error_clients import client_failure
from wbdiag.rules.error_gateways import PROXY_FAILURES
from wbdiag.rules.error_http import answered_5xx
from wbdiag.rules.error_mysql import mysql_failure
from wbdiag.rules.error_records import lost_connection, monolog_exception
from wbdiag.rules.error_services import service_failure, service_routine
from wbdiag.rules.error_states import (
    reports_failure,
    routine_event,
    update_conflict,
    watch_expired,
)

ERROR_LEVELS = frozenset(
    [
        "error",
        "err",
        "erro",
        "eror",  # Grafana's (log15's) abbreviation: lvl=eror
        "fatal",
        "fata",
        "panic",
        "pani",
        "dpanic",
        "critical",
        "crit",
        "alert",
        "emerg",
        "severe",
    ]
)
_LEVEL_KEYS = ("level", "lvl", "severity", "levelname", "loglevel")
_SHORT_LEVEL_KEYS = ("L", "l")
_LEVEL_NAMES = ERROR_LEVELS | {"trace", "debug", "info", "notice", "warn", "warning"}
_LOGFMT_LEVEL = re.compile(r"(?:^|\s)(?:level|lvl|severity)=\"?([A-Za-z]+)", re.IGNORECASE)
# The first level word of a plain line decides: "INFO ... 0 ERROR entries" is not an error.
_LEVEL_WORD = re.compile(
    r"\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|PANIC)\b"
    r"|\b(TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI)(?=\[\d)"
    r"|\[(Note|Warning|System|notice|warn|info|debug)\]"
)
# klog's level letter: I1202 12:00:00.123456 (info), W (warning), E (error), F (fatal); at the
# start, or after journald's or syslog's `kubelet[27956]: `
_KLOG_LEVEL = re.compile(r"([IWEF])[01]\d{3} \d\d:\d\d:\d\d")
_SYSLOG_KLOG = re.compile(r"^[^\[\]]{0,100}\[\d+\]: ([IWEF])[01]\d{3} \d\d:\d\d:\d\d\.\d+ +\d+ ")
# glog's prefix for lines logged before flag.Parse (any severity; case and spacing as pasted)
_GLOG_EARLY = re.compile(r"(?i:ERROR: {1,3}logging before flag\.Parse: {0,3})")
# tornado's and Jupyter's info and debug headers: [I 06:31:31.800 NotebookApp]
_TORNADO_QUIET = re.compile(r"^\[[DI] (?:\d{6} |\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d")
# the wandb client's warning before it raises a request's timeout (its warning that the directory
# it was given is not writable names the fallback it uses, the system's temporary directory, and
# stays a notice as other warnings do)
WANDB_FAILURE_WARNING = r"^wandb: WARNING .{0,300}\btimed out\b"
_WANDB_FAILURE = re.compile(WANDB_FAILURE_WARNING)
# a supervisor's report of a child's failure at its shutdown, logged at notice or info: OTP's
# application controller (`Application x exited: exited in: X.start(:normal, [])`, `… exited:
# shutdown`; `exited: :stopped` is a clean stop) and gunicorn's arbiter (`Reason: Worker failed to
# boot.`, `Reason: App failed to load.`)
SHUTDOWN_REPORT = (
    r"\bApplication \w+ exited: (?:exited in: |shutdown\b|\{)"
    r"|\bReason: (?:Worker failed to boot|App failed to load)\."
)
_SHUTDOWN_REPORT = re.compile(SHUTDOWN_REPORT)
# a notice that the program falls back, or names what it uses instead, and what would make the
# line a failure before it (go-redis's `auto mode fallback: …`, `…, falling back to polling`,
# `…, using system temp directory`, `…, using the default port instead`, `…, defaulting to 8080`)
_FALLBACK = re.compile(
    r"(?i:\bfallback: |\bfalling back to\b|\bfell back to\b|\bdefaulting to\b)"
    r"|, using (?:the )?system temp(?:orary)? director(?:y|ies)\b|, using [^,.;:\n]{1,80}? instead\b"
)
_FALLBACK_WORDS = ("back", "BACK", "Back", "efaulting", "EFAULTING", "using")
_FAILURE_WORD = re.compile(r"(?i:error|fail|fatal|panic|exception|refused|denied)")
# failures logged at WARN by design (the module docstring): an event logger's error event with
# its error, a retrying client's failed connection, go-kit's failed operation with its err field
_WARN_LEVELS = frozenset(["warn", "warning"])
# (Keycloak's JBoss logger quotes the values: type="LOGIN_ERROR", …, error="invalid_redirect_uri")
_ERROR_EVENT = re.compile(r"\btype=\"?[A-Z_]{1,60}_ERROR\b")
_EVENT_ERROR = re.compile(r"(?:^|[\s,])error=\"?\w")
_NOT_CONNECTED = re.compile(
    r"\b[Cc]onnection to (?:node )?\S+ (?:\([^()]*\) )?could not be established\b"
)
_GOKIT_MSG = re.compile(r'(?:^|\s)msg="((?:[^"\\]|\\.)*)"')
_FAILED = re.compile(r"\bfailed\b")
_GOKIT_ERR = re.compile(r'(?:^|\s)err="?(?!nil\b|null\b|<nil>)[^\s"]')
# urllib3's warning for each retry of a connection that broke, with the exception that broke it
URLLIB3_RETRY = (
    r"\bRetrying \(Retry\(total=\d+, [^()\n]{0,200}\)\) after connection broken by \\?'[A-Z]\w*\("
)
_URLLIB3_RETRY = re.compile(URLLIB3_RETRY)
# what a program failed to do (`failed to`, `can't`, `cannot`, `could not`, `unable to` and a
# verb), and a cause after it that is a connection that did not happen (Go's net errors, the errno
# texts, a TLS failure: `failed to get kubelet config from API: Get "…": dial tcp: lookup x: no
# such host`, `Failed to connect to broker: … connection refused`) or a server's refusal (a
# registry's `denied: access forbidden`, `unauthorized: authentication required`, the docker
# daemon's `Error response from daemon: …`: rke's `WARN[0002] Can't pull Docker image [x] on host
# [y]: Error response from daemon: …`)
_FAILED_ACTION = r"\b(?:[Ff]ailed to|[Cc]an't|[Cc]annot|[Cc]ould not|[Uu]nable to) [a-z]+\b"
# (or Go's `Error <verb>ing …` before the cause: logrus's `level=warning msg="Error creating connection
# dial tcp 172.17.0.3:28015: connection refused"`, a RethinkDB client retrying; dolaterio/dolaterio#28)
_ERROR_ACTION = r"\b(?:[Ee]rror|ERROR) [a-z]{3,}ing\b"
_FAILED_FOR_NETWORK = re.compile(
    r"(?:"
    + _FAILED_ACTION
    + "|"
    + _ERROR_ACTION
    + r").{0,400}?(?:\bdial (?:tcp|udp)[46]?\b|: no such host\b|[Cc]onnection "
    r"refused\b|: i/o timeout\b|[Cc]onnection reset by peer\b|[Nn]etwork is unreachable\b|[Nn]o "
    r"route to host\b|\bx509: |\bremote error: tls: |[Hh]andshake fail(?:ure|ed)\b"
    r"|\bError response from daemon: |\b(?:denied|unauthorized|forbidden): \S"
    r"|\b(?i:access (?:denied|forbidden))\b|\b40[13] (?:Unauthorized|Forbidden)\b)"
)
_ACTION_WORDS = ("ailed to ", "an't ", "annot ", "ould not ", "nable to ")
_NETWORK_ACTION_WORDS = (*_ACTION_WORDS, "rror ", "RROR ")
# the same failed action logged at DEBUG (or another level below error) with the failure in an
# error field: a controller that records its failures as events logs them so (Crossplane's
# managed reconciler: `DEBUG  provider  Cannot create external resource  {"controller": …,
# "error": "failed to install release: …"}`); an empty or nil error is no failure
_FAILED_WITH_ERROR = re.compile(
    _FAILED_ACTION + r".{0,2000}?(?:\\?\"(?:error|err)\\?\": ?\\?\"(?!\\?\"|nil\b|null\b|<nil>)"
    r"|(?:^|\s)(?:error|err)=(?!\"(?:nil|null|<nil>)?\"|(?:nil|null|<nil>)(?:\s|$))\S)"
)
_PROXY_FAILURE = re.compile(PROXY_FAILURES)
# a product's trial or licence that ended, which its server warns of as it stops serving (spirit:
# WARN your spirit trial has ended [server not licensed]); not a reminder that it will
LICENCE_ENDED = r"\b(?:[Tt]rial|[Ll]icen[cs]e) has (?:ended|expired)\b"
_LICENCE_ENDED = re.compile(LICENCE_ENDED)
# a client's exception carrying the server's 5xx as its first argument (elasticsearch-py's
# TransportError(503, '…'), ApiError(500, …))
_SERVER_ERROR = re.compile(r"\b[A-Z]\w*Error\(5\d\d, ")
# kubelet's failed pull, as it logs it and as its event says it: Failed to pull image "x:1"
_PULL_FAILED = re.compile(r"(?:^|\s)Failed to pull image \S")


# What makes such an error a failure at INFO, NOTICE or DEBUG, where a controller logs each step
# of its reconcile loop: a connection that did not happen or broke, a timeout, a refusal, a
# server's 5xx, TLS, a resource used up, a crash, an object the API server refused as invalid. A
# controller-runtime operator logs `Failed to get prometheus object {"err": "Prometheus… \"x\" not
# found"}` at INFO and creates the object next; an object that already exists, was modified by
# another writer (a conflict) or a retry or requeue it announces is the loop's routine outcome too.
# At WARN any non-empty error stays a failure, as the level says.
_REAL_FAILURE = re.compile(
    r"(?i:\bconnection (?:refused|reset|closed|aborted)\b|\bbroken pipe\b|\bno route to host\b"
    r"|\bnetwork is unreachable\b|\bno such host\b|\bname resolution\b|\bdial (?:tcp|udp|unix)"
    r"|\bEOF\b|\btimed? ?out\b|\btimeout\b|\bdeadline exceeded\b|denied|forbidden|unauthori[sz]ed"
    r"|\bx509: |\btls: |\bcertificate\b|\bhandshake\b|\b5\d\d (?:Internal|Bad|Service|Gateway)\b"
    r"|\b(?:status(?: code)?|code)[:=]? ?5\d\d\b|\(5\d\d\)|internal server error|service unavailable"
    r"|bad gateway|\binternal error\b|no space left|out of memory|\bOOMKilled\b|too many open files"
    r"|quota exceeded|exceeded quota|\bpanic|\bis invalid\b)"
)


# A start-up poll: a program waiting for a service it needs (a health check, a readiness wait)
# logs each refused try below WARN until the service answers (gnomock's INFO `healthcheck failed:
# dial tcp …: connect: connection refused` while mysqld starts): routine there, whatever its error
_STARTUP_POLL = re.compile(
    r"(?i:\bwaiting for\b|\bwait(?:ing)? until\b|\bhealth ?check|\breadiness\b"
    r"|\bnot (?:yet )?ready\b|\bstill starting\b)"
)


def failed_with_error(body: str, level: str = "warn") -> bool:
    """A message saying what the program could not do, the failure in an `error` or `err` field;
    below WARN only when that error names a real failure (_REAL_FAILURE) and the line is not a
    start-up poll (_STARTUP_POLL)."""
    if "err" not in body or not any(w in body for w in _ACTION_WORDS):
        return False
    m = _FAILED_WITH_ERROR.search(body)
    if m is None:
        return False
    if level in _WARN_LEVELS:
        return True
    return _REAL_FAILURE.search(body, m.end() - 1) is not None and not _STARTUP_POLL.search(body)


# the levels below error at which a MySQL error number with its message, InnoDB's dictionary at
# odds with MySQL's (error_mysql.py), or a request a server answered with 5xx in a structured
# logger's access line (error_http.py) is still a failure; not DEBUG or TRACE
_NOTICE_LEVELS = frozenset(["warn", "warning", "notice", "note", "info", "information"])
# … and at which a failed action with its error field is (failed_with_error): DEBUG too, not TRACE
_QUIET_LEVELS = _NOTICE_LEVELS | {"debug", "debu", "dbug"}


def _notice_failure(level: str, body: str) -> bool:
    return (
        level in _NOTICE_LEVELS
        and (mysql_failure(body) or answered_5xx(body) or monolog_exception(body))
    ) or (level in _QUIET_LEVELS and failed_with_error(body, level))


def _below_error(level: str, body: str) -> bool:
    """Whether a plain line at this level (below error) reports a failure all the same."""
    return (level in _WARN_LEVELS and warned_failure(body)) or _notice_failure(level, body)


def warned_failure(body: str) -> bool:
    # each shape is searched for only when its literal is in the line: most warnings hold none
    if "Failed to pull image " in body and _PULL_FAILED.search(body):
        return True
    if "_ERROR" in body and _ERROR_EVENT.search(body) and _EVENT_ERROR.search(body):
        return True
    if "could not be established" in body and _NOT_CONNECTED.search(body):
        return True
    if lost_connection(body):  # a lost connection its client retries (error_records.py)
        return True
    # a JDBC pool's failed connection (Agroal, HikariCP: `WARN [io.agroal.pool] … Communications
    # link failure`): MySQL Connector/J's message for a server it cannot reach
    if "Communications link failure" in body:
        return True
    if "connection broken by" in body and _URLLIB3_RETRY.search(body):
        return True
    if "Error(5" in body and _SERVER_ERROR.search(body):
        return True
    if "has " in body and _LICENCE_ENDED.search(body):
        return True
    if any(w in body for w in _NETWORK_ACTION_WORDS) and _FAILED_FOR_NETWORK.search(body):
        return True
    if ("upstream" in body or "handshake" in body or "failfast" in body) and _PROXY_FAILURE.search(
        body
    ):
        return True
    if "failed" not in body or "err=" not in body:
        return False
    m = _GOKIT_MSG.search(body)
    return (
        m is not None and _FAILED.search(m.group(1)) is not None and bool(_GOKIT_ERR.search(body))
    )


# A tool's whole message saying there was nothing to do, which some print through their error
# path (golang-migrate's ErrNoChange and ErrNilVersion: `error: no change`, `error: no
# migration`): the phrase alone, after at most an `error: ` prefix; with anything more the line
# says something else
_NOTHING_TO_DO = re.compile(
    r"\s*(?:[Ee]rror: )?(?:[Nn]o change|[Nn]o migration|[Nn]o migrations to apply|[Nn]othing to "
    r"(?:do|migrate|update)|[Aa]lready up[ -]to[ -]date)[.!]?\s*$"
)
_NOTHING_MAX = 60

# find's answer for a starting point that does not exist (GNU find quotes it '…' or ‘…’ by locale,
# busybox not at all); the probe of an optional directory, except under wandb/local's /vol
_FIND_MISSING = re.compile(r"find: ['‘]?(/[^'’\n]{0,300}?)['’]?: No such file or directory\s*$")

# kubelet's probe report quotes the probe's output: `Startup probe failed: mysqladmin: [Warning] …`
_PROBE_REPORT = re.compile(r"\b(?:Readiness|Liveness|Startup) probe failed: ")


def json_level(obj: dict[str, Any]) -> str | None:
    for key in _LEVEL_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            # Go's slog names a level between its four by the one below and an offset: wandb-core
            # logs its fatal level as "ERROR+4"
            return (
                value.lower().rstrip("0123456789").rstrip("+-")
                if value[-1:].isdigit()
                else value.lower()
            )
    # zap's development encoder names its fields by one letter (`{"L":"INFO","T":…,"M":…}`, gnomock
    # and other Go tools log so): a level only when the value names one, as the letter alone may
    # mean anything
    for key in _SHORT_LEVEL_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.lower() in _LEVEL_NAMES:
            return value.lower()
    return None


def _fallback_notice(body: str) -> bool:
    if not any(w in body for w in _FALLBACK_WORDS):  # one is in every notice
        return False
    f = _FALLBACK.search(body)
    return f is not None and _FAILURE_WORD.search(body, 0, f.start()) is None


# A resource limit the process could not raise (setrlimit refused: Redis's `# Server can't set
# maximum open files to 10032 because of OS error: Operation not permitted.`, HAProxy's `Cannot
# raise FD limit to 8206, limit is 1024.`, MySQL's `Could not increase number of max_open_files
# to more than 1024`): the process goes on with the limit it has, which it names on that line or
# the next; one that says it stops (exiting, aborting, cannot continue) stays a failure, and so
# does running out (`Too many open files`) and a runtime that could not set a container's limit
# (runc's `error setting rlimit type 7`)
_LIMIT_NOT_RAISED = re.compile(
    r"\b(?:[Cc]an't|[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) (?:set|raise|increase) "
    r"(?:the )?(?:(?:number of|max(?:imum)?|soft|hard) ){0,3}(?:open files|file descriptors?|FDs?"
    r"|max_open_files|nofile|NOFILE|RLIMIT_[A-Z]+|processes|locked memory)(?: limit)?\b"
)
_LIMIT_STOPS = re.compile(r"(?i:\bexiting\b|\baborting\b|\bcan ?not continue\b|\bfatal\b)")


def _limit_notice(body: str) -> bool:
    return (
        ("et " in body or "aise " in body or "ncrease " in body)
        and _LIMIT_NOT_RAISED.search(body) is not None
        and _LIMIT_STOPS.search(body) is None
    )


def _nothing_to_do(body: str) -> bool:
    return len(body) <= _NOTHING_MAX and _NOTHING_TO_DO.match(body) is not None


# gRPC-Go's transport ending with its connection: the loopy writer's and the server's reader's exit
# notices when the cause is the close itself (not a reset, a timeout or a handshake)
_GRPC_CLOSED = re.compile(
    r"\btransport: (?:loopyWriter\.run returning\.|http2Server\.HandleStreams failed to read "
    r"frame:) .{0,300}?(?:desc = \\?\"transport is closing\\?\"|: use of closed network connection\b|"
    r": EOF\b)"
)


def _grpc_closed(body: str) -> bool:
    return "transport: " in body and _GRPC_CLOSED.search(body) is not None


# a read of a pipe that was already closed (the files os.Pipe returns are named |0, |1)
_CLOSED_PIPE = re.compile(r"\bread \|\d+: file already closed\b")


def _closed_pipe(body: str) -> bool:
    return "already closed" in body and _CLOSED_PIPE.search(body) is not None


# A browser's own request for a site's file (its icon, a crawler's robots.txt, …) sent to the
# object store's address, which the store takes for a bucket of that name (MinIO's `Error: Bucket
# not found: robots.txt (cmd.BucketNotFound)` each time a browser opens its API port): the file's
# name where the missing bucket's stands, after the store's words or in a bucket field. A real
# bucket is never named so; any other name stays an error.
_SITE_FILE = (
    r"(?:favicon\.ico|robots\.txt|apple-touch-icon(?:-precomposed|-\d+x\d+)*\.png|"
    r"browserconfig\.xml|site\.webmanifest|manifest\.json|sitemap\.xml|ads\.txt|crossdomain\.xml)"
)
_SITE_FILE_BUCKET = re.compile(
    r"(?:(?i:bucket not found|bucket does not exist)|BucketNotFound|NoSuchBucket)[:=\s(\"']{1,4}"
    r"(?:bucket[:=] ?)?[\"']?" + _SITE_FILE + r"(?![\w.-])"
    r"|(?:\"bucket\"\s?:\s?\"|<BucketName>|\bbucket=)" + _SITE_FILE + r"(?![\w.-])"
)


def _site_file_bucket(body: str) -> bool:
    return ("ucket" in body or "UCKET" in body) and _SITE_FILE_BUCKET.search(body) is not None


def _find_probe(body: str) -> bool:
    m = _FIND_MISSING.match(body) if body.startswith("find: ") else None
    return m is not None and not (m.group(1) + "/").startswith("/vol/")


def shutdown_report(body: str) -> bool:
    return (" exited: " in body or "Reason: " in body) and _SHUTDOWN_REPORT.search(body) is not None


# Python logging's default form, `LEVEL:logger:message`, where a library logs a trace of a step
# it is taking at a level its own name calls CRITICAL or ERROR (ldap3 names its detail levels
# BASIC, PROTOCOL, NETWORK, EXTENDED after the logger and, configured so, logs them at CRITICAL:
# `CRITICAL:ldap3:BASIC:try to open candidate address […]`): the message says an action is in
# progress (trying to, opening, connecting to, a candidate), not that one failed. A failure word
# after it (`try to open … failed`, `refused`, an exception) keeps the line an error, and so does
# any other CRITICAL or ERROR message.
_PY_TRACE = re.compile(
    r"(?:^|\s)(?:CRITICAL|ERROR):[\w.-]{1,80}:(?:[A-Z]{3,12}:)?\s?"
    r"(?i:try(?:ing)? to |attempting to |about to |opening |connecting to |starting |"
    r"(?:try|open|connect)(?:ing)? (?:the )?candidate |candidate )"
)
_TRACE_FAILED = re.compile(
    r"(?i:error|fail|fatal|panic|exception|refused|denied|timed? ?out|unreachable|reset|abort"
    r"|\blost\b|cannot|can't|unable|could not|not found|invalid)"
)


def _progress_trace(body: str) -> bool:
    m = _PY_TRACE.search(body[:200]) if ("CRITICAL:" in body or "ERROR:" in body) else None
    return m is not None and _TRACE_FAILED.search(body, m.end()) is None


def is_error_level(body: str, obj: dict[str, Any] | None) -> bool:
    """Whether a candidate line is really error-level: its own level field or word decides,
    except for the reporters the module docstring names."""
    if reports_failure(body) or _WANDB_FAILURE.search(body) or shutdown_report(body):
        return True
    if service_failure(body):  # supervisord, Redis, PHP: at INFO or WARN (error_services.py)
        return True
    if client_failure(body):  # the SDK's warnings, GraphQL's refusals (error_clients.py)
        return True
    if routine_event(body, obj) or _nothing_to_do(body) or _find_probe(body) or _closed_pipe(body):
        return False
    if (
        _site_file_bucket(body)
        or _grpc_closed(body)
        or service_routine(body)
        or watch_expired(body)
        or update_conflict(body)
    ):
        return False
    if _progress_trace(body):
        return False
    # a JSON object is the line, or a context after a console logger's message (zap's `…\tDEBUG\t
    # logger\tmessage\t{"error": "…"}`): there the level before it decides, as on a plain line
    level = None if obj is None else json_level(obj)
    if level is not None:
        return level in ERROR_LEVELS or _notice_failure(level, body)
    if obj is not None and body.lstrip().startswith("{"):
        return not _limit_notice(body)
    glog = _GLOG_EARLY.match(body)
    if glog:
        body = body[glog.end() :]
    m = _LOGFMT_LEVEL.search(body) if "=" in body else None  # most lines hold no `=`: no search
    if m:
        level = m.group(1).lower()
        return level in ERROR_LEVELS or _below_error(level, body)
    k = _KLOG_LEVEL.match(body) or _SYSLOG_KLOG.match(body)
    if k:
        letter = k.group(1)
        return letter in "EF" or _below_error("warn" if letter == "W" else "info", body)
    if _TORNADO_QUIET.match(body):
        return False
    # the level words of a probe's quoted output are not the report's: only those before it count
    p = _PROBE_REPORT.search(body) if "probe failed: " in body else None
    if p:
        body = body[: p.start()]
    w = _LEVEL_WORD.search(body[:160])
    word = w and (w.group(1) or w.group(2))
    if word:
        level = word.lower()
        return level in ERROR_LEVELS or _below_error(level, body)
    if w and w.group(3):  # mysqld's [Warning] and [Note], nginx's [warn], …
        return _notice_failure(w.group(3).lower(), body)
    return not (_fallback_notice(body) or _limit_notice(body))
