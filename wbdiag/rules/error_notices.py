"""Lines that look like errors but are routine: the notices the miner does not list.

A line without a level that announces a fallback before naming any failure (go-redis's `auto
mode fallback: maintnotifications disabled due to handshake error: ERR …`), or names what it uses
instead (`…, using system temp directory`, `…, using the default port instead`, `…, defaulting to
8080`), is a notice: the program carries on without the feature; so is such a warning (the wandb
client's `WARNING Path … wasn't writable, using system temp directory`), as warnings are unless a
shape of error_quiet.py says they failed, and a line that names a failure before its fallback
stays one. So is gRPC-Go's transport logging its own end when its connection closes (`transport:
loopyWriter.run returning. connection error: desc = "transport is closing"`,
`http2Server.HandleStreams failed to read frame: … use of closed network connection`, logged at
INFO and pasted without a level): every connection ends so; the same transport closed by a reset,
a timeout or a failed handshake stays an error, as do an RPC that failed with it (`rpc error: code
= Unavailable desc = transport is closing`) and a dial that failed. So are (beside error_states.py's
Kubernetes events of type Normal whose reason is not a failure, `routine_event`, a watch that
etcd's compaction ended, which the watcher lists again after, `watch_expired`: kube-apiserver
logged it at error level until 1.23, and an update Kubernetes refused for an older version of its
object, which the controller retries, `update_conflict`: `Reconciler error` … `the object has been
modified`) a tool's whole message saying it had nothing to do, printed through its error path
(golang-migrate's `error: no change`), and `find`'s or `ls`'s answer that a path does not exist
(`find: '/etc/harbor/ssl': No such file or directory`, `ls: /harbor_cust_cert: No such file or
directory`: a start-up script probing an optional directory), except under /vol, whose
directories wandb/local's start script creates itself (a missing one there is its failure). So is a Go program's read of a child process's pipe after the
pipe was closed (`read |0: file already closed`, os.ErrClosed on the pipe os.Pipe names `|0`): the
child exited and its output ended; HashiCorp's go-plugin logged it at error level for each plugin
it stopped (Velero's `level=error msg="reading plugin stderr" … error="read |0: file already
closed"`) until it suppressed it (hashicorp/go-plugin#299). So is an object store's missing bucket
named for a file a browser asks every site for (`favicon.ico`, `robots.txt`,
`apple-touch-icon.png`): a browser opened the store's address, no client asked. A resource limit
the process could not raise, without a level, is a notice (`limit_notice`: Redis's `# Server
can't set maximum open files to N because of OS error: Operation not permitted.`): it runs on with
the limit it has. So is an authenticating proxy's session loader finding no session cookie on a
request (`no_session_cookie`: oauth2-proxy's `Error loading cookied session: cookie
"_oauth2_proxy" not present, removing session`, logged at error level until it skipped
http.ErrNoCookie, oauth2-proxy/oauth2-proxy#1146): a visitor who has not signed in yet; a cookie
it could not read (`cookie signature not valid`, a secret that changed) stays an error.
A wait for something not ready yet that names its own wait before it tries again
(`not_ready_wait`: Harbor's jobservice logs `[ERROR] … Track job …: stats may not have been ready
yet, hold for 1499 ms and retry again`, goharbor/harbor#17347, while a job's stats are still being
written) is a notice at any level: the program heals itself; a failure word in its message (an
error, a refusal, a timeout) keeps it one. So is etcd v2's answer that the key a create asked for
exists already (`etcd_key_exists`: etcdctl's `Error:  105: Key already exists (/deis/cache)
[15902]`, its Go client's `105: Key already exists (…) [N]`): `etcdctl mk` and the v2 API's
create-only writes exist to do nothing when the key is there, which start-up scripts use to set a
default once (deis/deis#4779); the whole message only, so a program that says what failed because
of it stays an error. So are the reports of a routine outcome (`routine_report`): Kubernetes'
volume expander handing a PVC's resize to the CSI driver's resizer (its `ExternalExpanding` event,
of type Warning until 1.19, `Ignoring the PVC: didn't find a plugin capable of expanding the
volume; waiting for an external controller to process this PVC.`,
kubernetes-sigs/aws-ebs-csi-driver#432): every CSI resize emits it, and the resizer's own failure
(`VolumeResizeFailed`) stays an error; and an SELinux denial the kernel only logged (`avc:  denied
{ write } for … permissive=1`: a permissive domain or host lets the access through), where an
enforced one is error_errnos.py's; and PostgreSQL's end of a session it was told to end, at its
FATAL severity (`[1794] FATAL:  terminating connection due to administrator command`,
CrunchyData/postgres-operator#3798: each session a fast shutdown or pg_terminate_backend ends),
as the server logs it after its prefix; a client quoting it (`PSQLException: FATAL: …`) lost its
connection, and the server's other reasons (a crash of another process, a lost postmaster) stay
errors.
error_levels.py asks these after the failures that hold at any level.
"""

from __future__ import annotations

from wbdiag import lazyre

# a notice that the program falls back, or names what it uses instead, and what would make the
# line a failure before it (go-redis's `auto mode fallback: …`, `…, falling back to polling`,
# `…, using system temp directory`, `…, using the default port instead`, `…, defaulting to 8080`)
_FALLBACK = lazyre.compile(
    r"(?i:\bfallback: |\bfalling back to\b|\bfell back to\b|\bdefaulting to\b)"
    r"|, using (?:the )?system temp(?:orary)? director(?:y|ies)\b|, using [^,.;:\n]{1,80}? instead\b"
)
_FALLBACK_WORDS = ("back", "BACK", "Back", "efaulting", "EFAULTING", "using")
_FAILURE_WORD = lazyre.compile(r"(?i:error|fail|fatal|panic|exception|refused|denied)")

# A tool's whole message saying there was nothing to do, which some print through their error
# path (golang-migrate's ErrNoChange and ErrNilVersion: `error: no change`, `error: no
# migration`): the phrase alone, after at most an `error: ` prefix; with anything more the line
# says something else
_NOTHING_TO_DO = lazyre.compile(
    r"\s*(?:[Ee]rror: )?(?:[Nn]o change|[Nn]o migration|[Nn]o migrations to apply|[Nn]othing to "
    r"(?:do|migrate|update)|[Aa]lready up[ -]to[ -]date)[.!]?\s*$"
)
_NOTHING_MAX = 60

# find's answer for a starting point that does not exist (GNU find quotes it '…' or ‘…’ by locale,
# busybox not at all), and ls's for a path to list (GNU coreutils' `ls: cannot access '/x': No
# such file or directory`, busybox's and old GNU's `ls: /x: No such file or directory`, as in
# Harbor's entrypoint listing /harbor_cust_cert); the probe of an optional path, except under
# wandb/local's /vol. Any other errno (Permission denied, I/O error) or tool (cp, mv) stays listed.
_FIND_MISSING = lazyre.compile(
    r"(?:find: |ls: (?:cannot access )?)['‘]?(/[^'’\n]{0,300}?)['’]?: No such file or directory\s*$"
)


def fallback_notice(body: str) -> bool:
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
_LIMIT_NOT_RAISED = lazyre.compile(
    r"\b(?:[Cc]an't|[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) (?:set|raise|increase) "
    r"(?:the )?(?:(?:number of|max(?:imum)?|soft|hard) ){0,3}(?:open files|file descriptors?|FDs?"
    r"|max_open_files|nofile|NOFILE|RLIMIT_[A-Z]+|processes|locked memory)(?: limit)?\b"
)
_LIMIT_STOPS = lazyre.compile(r"(?i:\bexiting\b|\baborting\b|\bcan ?not continue\b|\bfatal\b)")


def limit_notice(body: str) -> bool:
    return (
        ("et " in body or "aise " in body or "ncrease " in body)
        and _LIMIT_NOT_RAISED.search(body) is not None
        and _LIMIT_STOPS.search(body) is None
    )


def nothing_to_do(body: str) -> bool:
    return len(body) <= _NOTHING_MAX and _NOTHING_TO_DO.match(body) is not None


# gRPC-Go's transport ending with its connection: the loopy writer's and the server's reader's exit
# notices when the cause is the close itself (not a reset, a timeout or a handshake)
_GRPC_CLOSED = lazyre.compile(
    r"\btransport: (?:loopyWriter\.run returning\.|http2Server\.HandleStreams failed to read "
    r"frame:) .{0,300}?(?:desc = \\?\"transport is closing\\?\"|: use of closed network connection\b|"
    r": EOF\b)"
)


def grpc_closed(body: str) -> bool:
    return "transport: " in body and _GRPC_CLOSED.search(body) is not None


# Traefik's TCP router peeking at a new connection's first byte to route it, when the client
# closed it before sending any (`level=error msg="Error while Peeking first byte: EOF"`,
# traefik/traefik#4726; later releases log it at debug): a load balancer's health check or a port
# scan opens and closes connections so; a timeout or a reset there stays an error
_PEEK_CLOSED = lazyre.compile(r"\b[Ee]rror while [Pp]eeking (?:at the )?first byte: EOF\b")


def peek_closed(body: str) -> bool:
    return "first byte" in body and _PEEK_CLOSED.search(body) is not None


# a read of a pipe that was already closed (the files os.Pipe returns are named |0, |1)
_CLOSED_PIPE = lazyre.compile(r"\bread \|\d+: file already closed\b")


def closed_pipe(body: str) -> bool:
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
_SITE_FILE_BUCKET = lazyre.compile(
    r"(?:(?i:bucket not found|bucket does not exist)|BucketNotFound|NoSuchBucket)[:=\s(\"']{1,4}"
    r"(?:bucket[:=] ?)?[\"']?" + _SITE_FILE + r"(?![\w.-])"
    r"|(?:\"bucket\"\s?:\s?\"|<BucketName>|\bbucket=)" + _SITE_FILE + r"(?![\w.-])"
)


def site_file_bucket(body: str) -> bool:
    return ("ucket" in body or "UCKET" in body) and _SITE_FILE_BUCKET.search(body) is not None


# the cause only the cookie's absence: the store's own words (`cookie "…" not present`, `Cookie
# "…" not present` in older releases) or Go's http.ErrNoCookie, then at most oauth2-proxy's suffix
_NO_SESSION_COOKIE = lazyre.compile(
    r'\bError loading cookied session: (?:[Cc]ookie \\?"[^"\\\s]{1,100}\\?" not present'
    r"|http: named cookie not present)(?:, removing session)?\s*$"
)


def no_session_cookie(body: str) -> bool:
    return "cookied session" in body and _NO_SESSION_COOKIE.search(body) is not None


def find_probe(body: str) -> bool:
    m = _FIND_MISSING.match(body) if body.startswith(("find: ", "ls: ")) else None
    return m is not None and not (m.group(1) + "/").startswith("/vol/")


# Python logging's default form, `LEVEL:logger:message`, where a library logs a trace of a step
# it is taking at a level its own name calls CRITICAL or ERROR (ldap3 names its detail levels
# BASIC, PROTOCOL, NETWORK, EXTENDED after the logger and, configured so, logs them at CRITICAL:
# `CRITICAL:ldap3:BASIC:try to open candidate address […]`): the message says an action is in
# progress (trying to, opening, connecting to, a candidate), not that one failed. A failure word
# after it (`try to open … failed`, `refused`, an exception) keeps the line an error, and so does
# any other CRITICAL or ERROR message.
_PY_TRACE = lazyre.compile(
    r"(?:^|\s)(?:CRITICAL|ERROR):[\w.-]{1,80}:(?:[A-Z]{3,12}:)?\s?"
    r"(?i:try(?:ing)? to |attempting to |about to |opening |connecting to |starting |"
    r"(?:try|open|connect)(?:ing)? (?:the )?candidate |candidate )"
)
_TRACE_FAILED = lazyre.compile(
    r"(?i:error|fail|fatal|panic|exception|refused|denied|timed? ?out|unreachable|reset|abort"
    r"|\blost\b|cannot|can't|unable|could not|not found|invalid)"
)


def progress_trace(body: str) -> bool:
    m = _PY_TRACE.search(body[:200]) if ("CRITICAL:" in body or "ERROR:" in body) else None
    return m is not None and _TRACE_FAILED.search(body, m.end()) is None


# Something not ready (or available) yet, then the wait the program takes before it tries again,
# to the end of the line: `hold for 1499 ms and retry again`, `waiting 5s before retrying`,
# `retrying in 2 seconds`. The message from its subject (after the last `: `) holds no failure.
_NOT_READY_WAIT = lazyre.compile(
    r"(?:^|: )([^:\n]{0,120}?)\bnot (?:have been |been |be )?(?:ready|available) yet, "
    r"(?:(?:hold|wait|sleep)(?:ing)? (?:for )?\d{1,7} ?(?:ms|milliseconds?|s|secs?|seconds?),? "
    r"(?:and|then|before) (?:retry|try|retrying|trying)(?: again)?"
    r"|retrying in \d{1,7} ?(?:ms|milliseconds?|s|secs?|seconds?))[.!]?\s*$"
)


def not_ready_wait(body: str) -> bool:
    m = _NOT_READY_WAIT.search(body) if " yet, " in body else None
    return m is not None and _TRACE_FAILED.search(m.group(1)) is None


# etcd v2's error 105 (EcodeNodeExist) as its Go client prints an error (`%d: %s (%s) [%d]`: code,
# message, the key, the index), after at most etcdctl's `Error: ` prefix: the whole message
_ETCD_KEY_EXISTS = lazyre.compile(
    r"\s*(?:Error:\s{1,3})?105: Key already exists \([^()\n]{1,300}\) \[\d{1,20}\]\s*$"
)


def etcd_key_exists(body: str) -> bool:
    return "105: Key already" in body and _ETCD_KEY_EXISTS.match(body) is not None


# Reports of a routine outcome, each with the literal that every line of it holds (most lines hold
# none, and skip the search): the expand controller's whole message for a PVC whose driver resizes
# it out of tree (Kubernetes' pkg/controller/volume/expand, 1.14 to 1.18; from 1.19 a Normal event,
# `waiting for an external controller to expand this PVC`), and the kernel's AVC record that ends
# in the access's outcome (`permissive=0|1`, since Linux 4.17) when it let the access through,
# and a whole message that counts the entries a program loaded from a file, which redis_exporter
# 1.37 logged at error level for its password file (`level=error msg="Loaded 1 entries from
# /opt/redis_exporter/file.json"`, oliver006/redis_exporter#627; at info in later releases,
# #927): a load that worked, whatever level it was given
_ROUTINE_REPORTS = (
    (
        "Ignoring the PVC",
        lazyre.compile(
            r"\bIgnoring the PVC: didn't find a plugin capable of expanding the volume; waiting for "
            r"an external controller to (?:process|expand) this PVC\.?(?:\s*$|\\{0,3}[\"'])"
        ),
    ),
    (
        "permissive=1",
        lazyre.compile(r"\bavc:  denied  \{[^}\n]{1,200}\} for .{0,2000}\bpermissive=1\b"),
    ),
    (
        "administrator command",
        lazyre.compile(
            r"(?:^|\] )FATAL: {1,2}terminating connection due to administrator command\s*$"
        ),
    ),
    (
        "Loaded ",
        lazyre.compile(
            r"(?:^|\bmsg=\\?\"|\"msg\": ?\")Loaded \d+ entr(?:y|ies) from [^\s\"\\]+"
            r"(?:\\?\"|\s*$)"
        ),
    ),
)


def routine_report(body: str) -> bool:
    """The CSI resizer's hand-over of a resize, an AVC denial the kernel only logged, a count of
    the entries a program loaded, or PostgreSQL ending a session on an administrator's command."""
    return any(needle in body and p.search(body) is not None for needle, p in _ROUTINE_REPORTS)
