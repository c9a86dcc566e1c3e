"""Failures a program logs below error level, and the levels at which each still counts.

Some reporters log a failure at a level of their own, so the level seen first is not the
failure's (error_levels.py asks these first):
  - the wandb client warns that a request timed out (`wandb: WARNING A graphql request … timed
    out`) and raises the timeout right after;
  - some programs log their failures at WARN by design (`warned_failure`): an event logger its
    error events (Keycloak's `type=CODE_TO_TOKEN_ERROR, … error=invalid_code`, and its services
    log's coded failures: `KC-SERVICES0013: Failed authentication`), a client that
    retries for ever its failed connections (Kafka's `Connection to node -1 (…) could not be
    established`, urllib3's `Retrying (Retry(total=2, …)) after connection broken by
    'OSError(…)'`, reqwest's connect error: `Reqwest(reqwest::Error { kind: Request, …, source:
    hyper_util::client::legacy::Error(Connect, …) }). Retrying...`), and go-kit's logfmt (Prometheus, Thanos, Loki, Mimir) an operation it retries,
    its message saying it failed and its `err` field why (`level=warn msg="syncing blocks failed"
    err="…"`), a JDBC connection pool the database's unreachability (Connector/J's
    `Communications link failure`) or its refusal of the pool's login (Agroal's `WARN
    [io.agroal.pool] … Access denied for user '…'@'…' (using password: YES)`,
    keycloak/keycloak#11296: the 1045 mysql.access_denied describes), and a client an operation
    that failed on the server's 5xx,
    quoting the exception that carries the status (ClearML's `WARNING:root:Could not delete Task
    …, General data error (TransportError(503, '…'))`: a server's failure, as a 5xx in an access
    log is), and a server its trial or licence that has ended (`WARN your spirit trial has ended
    [server not licensed]`: it stops serving), and kubelet an image it failed to pull (`W0508 …
    kubelet.go:1199] Failed to pull image "…" from pod "…"`, as kubelets of 2015 logged it; the
    event it records for it is a Warning), and a program that says what it failed to do (or what
    it was doing when the error came: `Error creating connection`; or what failed, then `failed
    with error:`, Harbor's `Send hook event '…' to '…' failed with error: Post "…": dial tcp …:
    connect: connection refused; push hook event to the queue for retrying later`,
    goharbor/harbor#14444; or a task that `exited with error`, slatedb's memtable flush,
    Barre/ZeroFS#148) with a network or TLS cause (Rust's and .NET's `TimedOut` among them)
    (`level=warning msg="failed to get initial kubelet config …: dial tcp: lookup …: no such
    host"`: the cause names a connection that did not happen, which retrying later does not make
    routine) or a server's refusal (rke's `WARN[0002] Can't pull Docker image […]: Error response
    from daemon: … denied: access forbidden`) or a cause that is itself a failure (a named error or
    an exception's class after it, or after its colon another action that failed, a timeout or a
    refusal: `WARN: Could not ping database: Could not parse mysql url: …`), and a proxy that
    could not reach what is behind it (Envoy's `no healthy upstream`, Linkerd's `Service entering
    failfast`: error_gateways.py's PROXY_FAILURES), and Linkerd's proxy a request it failed
    (`Unexpected error error=…` with a real cause), and a Java server a certificate out of its dates (`CertificateExpiredException`),
    and the AWS SDK for C++ every error a service answered (`Encountered AWSError 'SlowDown'`),
    and a gRPC client a call that hit its deadline or found no server (`rpc error: code =
    DeadlineExceeded desc = …`, `code = Unavailable`; grpc-java's `Status{code=UNAVAILABLE, …}`),
    and a telemetry exporter or log shipper a send that failed (error_exports.py), and go-kit's
    logfmt an operation it logs by its `err`
    field alone, with no message, when that error names a real failure (Thanos' sidecar:
    `level=warn caller=sidecar.go:315 err="iter local block metas: … dial tcp: lookup …: i/o
    timeout" uploaded=0`, thanos-io/thanos#2007; _REAL_FAILURE), and dskit's gRPC server
    middleware (Loki, Mimir, Tempo) each call that failed (`caller=grpc_logging.go:38
    method=/logproto.Pusher/Push … err="rpc error: code = Code(400) desc = … 'entry too far
    behind' …"`), not one its client cancelled;
    at WARN only, and only these shapes: other warnings stay notices;
  - a supervisor reports its child's failure when it shuts down, at its own routine level
    (`shutdown_report`): an Elixir/OTP application that exited for any reason but `:stopped`
    (`[notice] Application x exited: exited in: X.Application.start(:normal, [])`), gunicorn's
    master giving up (`[INFO] Reason: Worker failed to boot.`).
The services of error_services.py (supervisord, Redis, SMTP, Azure AD, LDAP, PHP) report their
failures at any level. Below error level, MySQL's error numbers with their message and InnoDB's
dictionary at odds with MySQL's are failures at any level but DEBUG's (error_mysql.py), and so are
Linkerd's failfast (its balancer queue logs it at INFO), SeaweedFS out of writable volumes (its
filer and mount log each write they cannot place at INFO) and a request a server answered with 5xx
in a structured logger's access line (error_http.py) (`notice_failure`). A message saying what the program could not do, its failure in a non-empty
`error` or `err` field, is one at every level but TRACE, DEBUG included (`failed_with_error`:
Crossplane's managed reconciler logs `Cannot create external resource {…, "error": "… context
deadline exceeded"}` at DEBUG); at INFO, NOTICE and DEBUG only when the error names a real
failure (a connection, a timeout, a refusal, a 5xx, TLS, a resource used up), since a controller
logs its reconcile loop's routine outcomes there so (`Failed to get prometheus object {"err": "…
not found"}`, then it creates the object); a reverse proxy's report of the 5xx it answered with
its cause is one at the same levels when the cause names a real failure (`proxy_answered_5xx`:
Traefik 2 logs `'502 Bad Gateway' caused by: dial tcp …: connection refused` at DEBUG only, and
Traefik 3 its ForwardAuth call that failed, `Error calling http://…. Cause: …`); nginx's refusal
of a client's certificate (`client SSL certificate verify error: (40:…)`) is one at the notice
levels, where nginx logs every client's fault, and so is a client's refusal of nginx's own
certificate (`SSL_do_handshake() failed (SSL: … tlsv1 alert unknown ca …)`), as Go's HTTP server
logs it too (`http: TLS handshake error from …: remote error: tls: bad certificate`, at klog's
INFO where Kubernetes' components relay Go's standard logger);
a .NET exception the GitHub Actions runner writes to a step's debug log (`##[debug]… --->
System.Security.Authentication.AuthenticationException: …`) is one at DEBUG, the level being the
workflow command's; other DEBUG lines stay trusted, and a start-up poll below WARN stays a notice with any error (a
health check or a readiness wait that logs each refused try while the service it waits for
starts).
"""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.rules.error_devices import SHARED_OBJECT_MISSING
from wbdiag.rules.error_exports import failed_send
from wbdiag.rules.error_gateways import (
    FORWARD_AUTH_FAILED,
    GO_SERVER_CERT_REFUSED,
    NGINX_CLIENT_CERT_REFUSED,
    NGINX_SERVER_CERT_REFUSED,
    PROXY_ANSWERED,
    PROXY_FAILURES,
)
from wbdiag.rules.error_http import answered_5xx
from wbdiag.rules.error_mysql import mysql_failure
from wbdiag.rules.error_records import lost_connection, monolog_exception
from wbdiag.rules.shared_patterns import STARTUP_POLL

# the wandb client's warning before it raises a request's timeout (its warning that the directory
# it was given is not writable names the fallback it uses, the system's temporary directory, and
# stays a notice as other warnings do)
WANDB_FAILURE_WARNING = r"^wandb: WARNING .{0,300}\btimed out\b"
WANDB_FAILURE = lazyre.compile(WANDB_FAILURE_WARNING)
# a supervisor's report of a child's failure at its shutdown, logged at notice or info: OTP's
# application controller (`Application x exited: exited in: X.start(:normal, [])`, `… exited:
# shutdown`; `exited: :stopped` is a clean stop) and gunicorn's arbiter (`Reason: Worker failed to
# boot.`, `Reason: App failed to load.`)
SHUTDOWN_REPORT = (
    r"\bApplication \w+ exited: (?:exited in: |shutdown\b|\{)"
    r"|\bReason: (?:Worker failed to boot|App failed to load)\."
)
_SHUTDOWN_REPORT = lazyre.compile(SHUTDOWN_REPORT)
# failures logged at WARN by design (the module docstring): an event logger's error event with
# its error, a retrying client's failed connection, go-kit's failed operation with its err field
_WARN_LEVELS = frozenset(["warn", "warning"])
# (Keycloak's JBoss logger quotes the values: type="LOGIN_ERROR", …, error="invalid_redirect_uri")
_ERROR_EVENT = lazyre.compile(r"\btype=\"?[A-Z_]{1,60}_ERROR\b")
_EVENT_ERROR = lazyre.compile(r"(?:^|[\s,])error=\"?\w")
_NOT_CONNECTED = lazyre.compile(
    r"\b[Cc]onnection to (?:node )?\S+ (?:\([^()]*\) )?could not be established\b"
)
_GOKIT_MSG = lazyre.compile(r'(?:^|\s)msg="((?:[^"\\]|\\.)*)"')
_FAILED = lazyre.compile(r"\bfailed\b")
_GOKIT_ERR = lazyre.compile(r'(?:^|\s)err="?(?!nil\b|null\b|<nil>)[^\s"]')
# urllib3's warning for each retry of a connection that broke, with the exception that broke it
URLLIB3_RETRY = (
    r"\bRetrying \(Retry\(total=\d+, [^()\n]{0,200}\)\) after connection broken by \\?'[A-Z]\w*\("
)
_URLLIB3_RETRY = lazyre.compile(URLLIB3_RETRY)
# a Rust program's request that got no connection (reqwest over hyper), which a client that
# retries it logs at WARN: reqwest's Debug form with hyper's Connect kind in its source
# (`Reqwest(reqwest::Error { kind: Request, url: "…", source: hyper_util::client::legacy::Error(
# Connect, Custom { … InvalidCertificate(UnknownIssuer) }) }). Retrying...`,
# huggingface/xet-core#389; hyper 0.14's `hyper::Error(Connect, ConnectError("tcp connect error",
# …))`), and its Display form (`error sending request for url (https://…): error trying to connect:
# dns error: …`, candlecorp/wick#361). A request that was answered is no such error
_REQWEST_CONNECT = lazyre.compile(
    r"\breqwest::Error \{ kind: Request\b.{0,2000}?\bError\(Connect, "
    r"|\berror sending request for url \([^()\s]{1,2000}\): error trying to connect: "
)
# what a program failed to do (`failed to`, `can't`, `cannot`, `could not`, `unable to` and a
# verb), and a cause after it that is a connection that did not happen (Go's net errors, the errno
# texts, a TLS failure: `failed to get kubelet config from API: Get "…": dial tcp: lookup x: no
# such host`, `Failed to connect to broker: … connection refused`) or a server's refusal (a
# registry's `denied: access forbidden`, `unauthorized: authentication required`, the docker
# daemon's `Error response from daemon: …`: rke's `WARN[0002] Can't pull Docker image [x] on host
# [y]: Error response from daemon: …`), or an address pool with no address left to give (Cilium's
# IPAM `failed to allocate ipv4 address for node "x" from pool "default": pool empty` at warning,
# cilium/cilium#41986; the host-local plugin's `no IP addresses available in range set`), or a
# shared library the dynamic loader could not open (the NVIDIA device plugin's `W… NVML not
# detected: could not load NVML library: libnvidia-ml.so.1: cannot open shared object file: …`,
# NVIDIA/k8s-device-plugin#1371: a GPU node whose GPUs it does not advertise; error_devices.py)
_FAILED_ACTION = r"\b(?:[Ff]ailed to|[Cc]an't|[Cc]annot|[Cc]ould not|[Uu]nable to) [a-z]+\b"
# (or Go's `Error <verb>ing …` before the cause: logrus's `level=warning msg="Error creating connection
# dial tcp 172.17.0.3:28015: connection refused"`, a RethinkDB client retrying; dolaterio/dolaterio#28)
_ERROR_ACTION = r"\b(?:[Ee]rror|ERROR) [a-z]{3,}ing\b"
# (or what failed, then `failed with error`: Harbor's job service sending a webhook,
# goharbor/harbor#14444; or a task that ended so: slatedb's `WARN slatedb::mem_table_flush:
# memtable flush task exited with error [error=ObjectStoreError(… kind: Timeout …)]`,
# Barre/ZeroFS#148)
_FAILED_WITH = r"\b(?:failed|exited) with error\b"
# (or what it was doing, then `error:` and Go's net.OpError right after it: `dial 🎯 全球直连
# error: dial tcp4 …: i/o timeout`, Clash's dialer at warning, vernesong/OpenClash#221)
_ERROR_COLON_OP = r"\b(?:[Ee]rror|ERROR): (?:dial|read|write) (?:tcp|udp)[46]? \S{1,300}: [a-z]"
_FAILED_FOR_NETWORK = lazyre.compile(
    r"(?:"
    + _FAILED_ACTION
    + "|"
    + _ERROR_ACTION
    + "|"
    + _FAILED_WITH
    + r").{0,400}?(?:\bdial (?:tcp|udp)[46]?\b|: no such host\b|[Cc]onnection "
    r"refused\b|: i/o timeout\b|\bTimedOut\b|[Cc]onnection reset by peer\b|[Nn]etwork is unreachable\b|[Nn]o "
    r"route to host\b|\bx509: |\bremote error: tls: |[Hh]andshake fail(?:ure|ed)\b"
    r"|\bError response from daemon: |\b(?:denied|unauthorized|forbidden): \S"
    r"|\b(?i:access (?:denied|forbidden))\b|\b40[13] (?:Unauthorized|Forbidden)\b"
    r"|: pool empty\b|\bno IP addresses available in range set\b|" + SHARED_OBJECT_MISSING + ")"
    "|" + _ERROR_COLON_OP
)
_ACTION_WORDS = ("ailed to ", "an't ", "annot ", "ould not ", "nable to ")
_NETWORK_ACTION_WORDS = (
    *_ACTION_WORDS,
    "rror ",
    "RROR ",
    "rror: ",
    "RROR: ",
    "failed with error",
    "exited with error",
)
# the same failed action logged at DEBUG (or another level below error) with the failure in an
# error field: a controller that records its failures as events logs them so (Crossplane's
# managed reconciler: `DEBUG  provider  Cannot create external resource  {"controller": …,
# "error": "failed to install release: …"}`); an empty or nil error is no failure
_FAILED_WITH_ERROR = lazyre.compile(
    _FAILED_ACTION + r".{0,2000}?(?:\\?\"(?:error|err)\\?\": ?\\?\"(?!\\?\"|nil\b|null\b|<nil>)"
    r"|(?:^|\s)(?:error|err)=(?!\"(?:nil|null|<nil>)?\"|(?:nil|null|<nil>)(?:\s|$))\S)"
)
# ... or with a cause that is itself a failure, a failure chain: a named error or an exception's
# class after it (Artifactory's `[WARN ] … - Failed to check if bucket exist, bucket x. Service
# Error Message.`, jfrog/artifactory-docker-examples#121; brows3's `[WARN] upload transfer failed,
# attempting region discovery: service error`, rgcsekaraa/brows3#14; dockerd's `level=warning
# msg="… Cannot kill container …: rpc error: code = 2 desc = …"`, moby/moby#24985), or after its
# colon another action that failed, a timeout or a refusal (photoview's `WARN: Could not ping
# database: Could not parse mysql url: …`, photoview/photoview#249; Graylog's `WARN
# [ProxiedResource] Unable to call http://…, caught exception: Read timed out (class java.net.
# SocketTimeoutException)`, Graylog2/graylog2-server#2716); not a cause that names a path or a
# setting (`Could not save program above cwd: /scratch/…`, InnoDB's `Failed to set O_DIRECT on
# file ./ibdata1: OPEN: Invalid argument, continuing anyway`), nor a bare `Error:` before a retry's
# words. A warning's level word before it is what `confirm` takes it by (WARNED_FAILURE_CHAIN):
# without one the line's start decides
_CHAIN_ACTION = r"(?:" + _FAILED_ACTION + r"|\b[a-z]+ failed\b)"
# (a word that names the error, not `with error` or an article)
_NAMED_ERROR = (
    r"\b(?:(?!(?:with|an?|the|no|any)\b)[A-Za-z]+ [Ee]rror|[A-Z]\w*(?:Error|Exception))\b"
)
_FAILED_CAUSE = (
    r"\b[Ff]ailed\b|\b[Tt]imed out\b|\b[Rr]efused\b"
    r"|\b(?:[Cc]ould not|[Uu]nable to|[Cc]annot|[Cc]an't) [a-z]"
)
_FAILURE_CHAIN = (
    _CHAIN_ACTION + r".{0,300}?(?:" + _NAMED_ERROR + r"|: .{0,300}?(?:" + _FAILED_CAUSE + "))"
)
_FAILED_FOR_FAILURE = lazyre.compile(_FAILURE_CHAIN)
WARNED_FAILURE_CHAIN = r"\b(?:WARN(?:ING)?|[Ww]arn(?:ing)?)\b.{0,120}?" + _FAILURE_CHAIN
_WARNED_CHAIN = lazyre.compile(WARNED_FAILURE_CHAIN)
_CHAIN_WORDS = (*_ACTION_WORDS, " failed")
# ... but a 4xx is the server's answer to the request, as a warning's 5xx is its failure
# (ClearML's `Could not delete Task …, General data error (TransportError(404,
# 'index_not_found_exception'))`, Harbor's `Send hook event to x failed with error: 400 Bad
# Request; push hook event to the queue for retrying later` stay notices; _SERVER_ERROR), and a
# file that is not there is a setting's absence (wsl-pro-service's `WARNING Daemon: could not
# connect to Windows Agent: … could not read agent port file "…": open …: no such file or
# directory` where the agent is not installed)
_ABSENT = lazyre.compile(r"\(4\d\d\b|\b4\d\d [A-Z][a-z]|\b[Nn]o such file or directory\b")


def failure_chain(body: str, warned: bool = False) -> bool:
    """A failure chain (_FAILURE_CHAIN; after a warning's level word with `warned`, as `confirm`
    asks), searched for only in lines holding an action's words; not a 4xx or a missing file."""
    if not any(w in body for w in _CHAIN_WORDS):
        return False
    chain = _WARNED_CHAIN if warned else _FAILED_FOR_FAILURE
    return chain.search(body) is not None and _ABSENT.search(body) is None


# klog's and glog's warning letter, which says WARN as the word does (`W0308 15:29:32.612677   247
# metadata_store_service_impl.cc:432] Failed to connect to the database: mysql_real_connect failed:
# errno: , error:`, ML Metadata's store server, kubeflow/pipelines#6711)
_KLOG_WARNING = lazyre.compile(r"W[01]\d{3} \d\d:\d\d:\d\d(?:\.\d+)? +\d+ [^\s\]]{1,200}\] ")


def warned_failure_chain(body: str) -> bool:
    """A warning that says what failed and why, the cause itself a failure (WARNED_FAILURE_CHAIN),
    searched for only in lines holding a warning's level word or starting with klog's letter."""
    if ("WARN" in body or "arn" in body) and failure_chain(body, warned=True):
        return True
    klog = _KLOG_WARNING.match(body) if body[:1] == "W" else None
    return klog is not None and failure_chain(body[klog.end() :])


_PROXY_FAILURE = lazyre.compile(PROXY_FAILURES)
# a literal each of PROXY_FAILURES' shapes holds
_PROXY_WORDS = (
    "upstream",
    "handshake",
    "failfast",
    "no server available",
    "dispatch deadline",
    "Health check for ",
    " is DOWN",
    "CANONICAL-PROXY-DECISION",
)
# a product's trial or licence that ended, which its server warns of as it stops serving (spirit:
# WARN your spirit trial has ended [server not licensed]); not a reminder that it will
LICENCE_ENDED = r"\b(?:[Tt]rial|[Ll]icen[cs]e) has (?:ended|expired)\b"
_LICENCE_ENDED = lazyre.compile(LICENCE_ENDED)
# a client's exception carrying the server's 5xx as its first argument (elasticsearch-py's
# TransportError(503, '…'), ApiError(500, …))
_SERVER_ERROR = lazyre.compile(r"\b[A-Z]\w*Error\(5\d\d, ")
# kubelet's failed pull, as it logs it and as its event says it: Failed to pull image "x:1"
_PULL_FAILED = lazyre.compile(r"(?:^|\s)Failed to pull image \S")


# What makes such an error a failure at INFO, NOTICE or DEBUG, where a controller logs each step
# of its reconcile loop: a connection that did not happen or broke, a timeout, a refusal, a
# server's 5xx, TLS, a resource used up, a crash, an object the API server refused as invalid. A
# controller-runtime operator logs `Failed to get prometheus object {"err": "Prometheus… \"x\" not
# found"}` at INFO and creates the object next; an object that already exists, was modified by
# another writer (a conflict) or a retry or requeue it announces is the loop's routine outcome too.
# At WARN any non-empty error stays a failure, as the level says.
_REAL_FAILURE = lazyre.compile(
    r"(?i:\bconnection (?:refused|reset|closed|aborted)\b|\bbroken pipe\b|\bno route to host\b"
    r"|\bnetwork is unreachable\b|\bno such host\b|\bname resolution\b|\bdial (?:tcp|udp|unix)"
    r"|\bEOF\b|\btimed? ?out\b|\btimeout\b|\bdeadline exceeded\b|denied|forbidden|unauthori[sz]ed"
    r"|\bx509: |\btls: |\bcertificate\b|\bhandshake\b|\b5\d\d (?:Internal|Bad|Service|Gateway)\b"
    r"|\b(?:status(?: code)?|code)[:=]? ?5\d\d\b|\(5\d\d\)|internal server error|service unavailable"
    r"|bad gateway|\binternal error\b|no space left|out of memory|\bOOMKilled\b|too many open files"
    r"|quota exceeded|exceeded quota|\bpanic|\bis invalid\b)"
)


# A start-up poll (shared_patterns.py, which server.mysql_refused's `unless` reads too): a program
# waiting for a service it needs logs each refused try below WARN until the service answers:
# routine there, whatever its error
_STARTUP_POLL = lazyre.compile(STARTUP_POLL)


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


# A reverse proxy's report of the 5xx it answered, with its cause (error_gateways.py's
# PROXY_ANSWERED): Traefik logs it at DEBUG only, the failed request's one report of why. Below
# error level it is a failure when the cause names a real one (_REAL_FAILURE, searched after the
# status: `dial tcp …: connection refused`, a timeout, `EOF`), as `failed_with_error` is.
_PROXY_ANSWERED = lazyre.compile(PROXY_ANSWERED)


# ... and Traefik 3's, through zerolog: its reverse proxy's error handler logs the status it
# answered as the message and the cause in the error field (`DBG httputil/proxy.go:121 > 502 Bad
# Gateway error=dial tcp …: connect: no route to host`, fosrl/pangolin#1028)
_TRAEFIK3_ANSWERED = lazyre.compile(r"\bproxy\.go:\d+ > 5\d\d [A-Z][A-Za-z -]{2,40}(?: \|)? error=")


# ... and its ForwardAuth middleware's failed call, which it answers with 500 (error_gateways.py)
_FORWARD_AUTH_FAILED = lazyre.compile(FORWARD_AUTH_FAILED)


def proxy_answered_5xx(body: str) -> bool:
    if "' caused by: " in body:
        m = _PROXY_ANSWERED.search(body)
    elif "proxy.go:" in body:
        m = _TRAEFIK3_ANSWERED.search(body)
    elif "Error calling " in body:
        m = _FORWARD_AUTH_FAILED.search(body)
    else:
        return False
    return m is not None and _REAL_FAILURE.search(body, m.end()) is not None


# the levels below error at which a MySQL error number with its message, InnoDB's dictionary at
# odds with MySQL's (error_mysql.py), or a request a server answered with 5xx in a structured
# logger's access line (error_http.py) is still a failure; not DEBUG or TRACE
_NOTICE_LEVELS = frozenset(["warn", "warning", "notice", "note", "info", "information"])
# … and at which a failed action with its error field is (failed_with_error), and a proxy's 5xx
# with a real cause (proxy_answered_5xx): DEBUG too, not TRACE
_QUIET_LEVELS = _NOTICE_LEVELS | {"debug", "debu", "dbug"}


# Linkerd's proxy entering failfast, which its balancer queue logs at INFO (`INFO … linkerd_proxy_
# balance_queue::worker: Unavailable; entering failfast timeout=3.0`, linkerd/linkerd2#12720) and
# its older stack at WARN (`Service entering failfast after 3s`): either way every request to the
# service fails fast from then on; its `Available; exited failfast` is the recovery
_FAILFAST = lazyre.compile(r"\b(?:Unavailable; |[Ss]ervice )entering failfast\b")


# nginx's refusal of a client's certificate, at INFO (error_gateways.py)
_CLIENT_CERT_REFUSED = lazyre.compile(NGINX_CLIENT_CERT_REFUSED)
# ... and a client's refusal of nginx's own certificate, at INFO (error_gateways.py)
_SERVER_CERT_REFUSED = lazyre.compile(NGINX_SERVER_CERT_REFUSED)
# ... and by Go's HTTP server, at klog's INFO (error_gateways.py)
_GO_CERT_REFUSED = lazyre.compile(GO_SERVER_CERT_REFUSED)


# GitHub Actions' workflow command for a step's debug log: the runner writes the .NET exceptions
# it caught there, and their inner ones after `--->` (`##[debug]Exception message -
# System.Net.WebException: The remote server returned an error: (401) Unauthorized.`; `##[debug]
# ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid
# …`, myoung34/docker-github-actions-runner#487): the `[debug]` is the command's, not the
# exception's. A namespaced exception class only: the runner's debug lines hold other words
_ACTIONS_DEBUG_EXCEPTION = lazyre.compile(
    r"^(?:\S+ )?##\[debug\].{0,100}?(?<![\w.])(?:[A-Z]\w*\.){1,8}[A-Z]\w*Exception: \S"
)


# SeaweedFS (an S3-compatible store) out of writable volumes, which its filer, mount and CSI driver
# log at klog's INFO on every write they cannot place (`I0829 … wfs_filer_client.go:31
# WithFilerClient 0 …: assign volume failure count:1 …: failed to find writable volumes for
# collection:x replication:002 ttl: error: No writable volumes in volume layout`,
# seaweedfs/seaweedfs#5947; `No more writable volumes!`, #5946): no write succeeds until a volume
# is free; a volume that `becomes unwritable` on reaching its size is routine (others are grown)
_NO_WRITABLE_VOLUME = lazyre.compile(
    r"\bfailed to find writable volumes\b|\b[Nn]o (?:more )?writable volumes(?: in volume layout)?\b"
)


def notice_failure(level: str, body: str) -> bool:
    return (
        level in _NOTICE_LEVELS
        and (
            mysql_failure(body)
            or ("writable volumes" in body and _NO_WRITABLE_VOLUME.search(body) is not None)
            or answered_5xx(body)
            or monolog_exception(body)
            or ("entering failfast" in body and _FAILFAST.search(body) is not None)
            or (
                "certificate verify error" in body and _CLIENT_CERT_REFUSED.search(body) is not None
            )
            or ("SSL_do_handshake" in body and _SERVER_CERT_REFUSED.search(body) is not None)
            or (
                "TLS handshake error" in body
                and _GO_CERT_REFUSED.search(body) is not None
                # (k3s's and RKE2's supervisor port: each agent tries the system's CAs first, then
                # the cluster's, so the first handshake of every connect fails so, k3s-io/k3s#4067)
                and "Cluster-Http-Server" not in body
            )
        )
    ) or (
        level in _QUIET_LEVELS
        and (
            failed_with_error(body, level)
            or proxy_answered_5xx(body)
            or ("##[debug]" in body and _ACTIONS_DEBUG_EXCEPTION.search(body) is not None)
        )
    )


def below_error(level: str, body: str) -> bool:
    """Whether a plain line at this level (below error) reports a failure all the same."""
    return (level in _WARN_LEVELS and warned_failure(body)) or notice_failure(level, body)


# a proxy's own report of a request it failed, at WARN: Linkerd's `WARN … linkerd_app_inbound::
# http::server: Unexpected error error=connection closed before message completed`
# (linkerd/linkerd2#10037), its cause in the error field; a real failure (_REAL_FAILURE) only
_UNEXPECTED_WITH_ERROR = lazyre.compile(
    r"\b[Uu]nexpected error:? error=\"?(?!nil\b|null\b|<nil>)\S"
)
# a JDBC pool's logger or its named data source: Agroal's `[io.agroal.pool] (agroal-11) Datasource
# '<default>': …`, HikariCP's `com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - …`
_JDBC_POOL = lazyre.compile(r"\[io\.agroal\.pool\]|\bcom\.zaxxer\.hikari\.|\bHikariPool-\d+ - ")
# Java's certificate validity exceptions, which a server logs at WARN for a certificate it will
# not use (Keycloak on WildFly: `WARN [org.wildfly.extension.elytron] … WFLYELY00024: Certificate
# [x] in KeyStore is not valid: java.security.cert.CertificateExpiredException: NotAfter: …`,
# keycloak/keycloak#9296): the certificate is out of its dates, whoever reads it
_CERT_VALIDITY = lazyre.compile(r"\bCertificate(?:Expired|NotYetValid)Exception\b")
# Keycloak's services log saying a sign-in or request it handled failed, which it logs at WARN
# (`WARN [org.keycloak.services] … KC-SERVICES0013: Failed authentication: …`,
# keycloak/keycloak#32290): its coded message starting with `Failed`
_KEYCLOAK_FAILED = lazyre.compile(r"\bKC-SERVICES\d{4}: Failed [a-z]")
# the AWS SDK for C++'s error marshaller, which logs every error a service answered at WARN, its
# only report of it (ClickHouse: `<Warning> AWSClient: AWSErrorMarshaller: Encountered AWSError
# 'AccessDenied': Access Denied`; TiFlash: `[WARN] … Encountered AWSError 'SlowDown': Please reduce
# your request rate.`, pingcap/tiflash#10538): the code in quotes, as the service names it
_AWS_CPP_ERROR = lazyre.compile(r"\bEncountered (?:Unknown )?AWSError '[A-Za-z][\w.]*'")
# a gRPC call that failed on its deadline or found no server, as grpc-go's status error says it
# (`rpc error: code = DeadlineExceeded desc = …`, gRPC's numbers 4 and 14 before names): a
# client's warning that carries one is a call that did not go through (Milvus: `[WARN] … ["call
# received grpc error"] [error="rpc error: code = DeadlineExceeded desc = context deadline
# exceeded"]`, milvus-io/milvus#29560); other codes are the server's answer, read as any warning.
# grpc-java says it by its Status's toString or its exception's message, the code in upper case
# (`WARNING: RPC failed: Status{code=UNAVAILABLE, description=null, cause=java.net.
# ConnectException: Connection refused: …}`, grpc/grpc-java#1720; `io.grpc.StatusRuntimeException:
# DEADLINE_EXCEEDED: deadline exceeded after …`)
_GRPC_UNREACHED = lazyre.compile(
    r"\brpc error: code = (?:DeadlineExceeded|Unavailable|4|14) desc = "
    r"|\bStatus\{code=(?:DEADLINE_EXCEEDED|UNAVAILABLE), "
    r"|\bStatusRuntimeException: (?:DEADLINE_EXCEEDED|UNAVAILABLE): "
)

# dskit's gRPC server middleware (Loki, Mimir, Tempo, Cortex) logs each call that failed at WARN,
# by its method and error (`level=warn … caller=grpc_logging.go:38 method=/logproto.Pusher/Push
# duration=342.277µs err="rpc error: code = Code(400) desc = entry with timestamp … ignored,
# reason: 'entry too far behind' …" msg="gRPC`, grafana/loki#4694: the pushed entries were
# dropped); not a call its client cancelled
_DSKIT_GRPC_FAILED = lazyre.compile(
    r"\bcaller=grpc_logging\.go:\d+ method=/\S+ duration=\S+ "
    r'err="?(?!rpc error: code = Canceled\b|context canceled\b)[^\s"]'
)


def warned_failure(body: str) -> bool:
    if "Certificate" in body and _CERT_VALIDITY.search(body):
        return True
    if "AWSError" in body and _AWS_CPP_ERROR.search(body):
        return True
    if "KC-SERVICES" in body and _KEYCLOAK_FAILED.search(body):
        return True
    grpc = "rpc error" in body or "Status{code=" in body or "StatusRuntimeException" in body
    if grpc and _GRPC_UNREACHED.search(body):
        return True
    if "grpc_logging.go" in body and _DSKIT_GRPC_FAILED.search(body):
        return True
    if "nexpected error" in body:
        m = _UNEXPECTED_WITH_ERROR.search(body)
        if m is not None and _REAL_FAILURE.search(body, m.end() - 1) is not None:
            return True
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
    # ... or the database's refusal of its login (MySQL's 1045 text, as Connector/J raises it)
    if "Access denied for user " in body and _JDBC_POOL.search(body):
        return True
    if "connection broken by" in body and _URLLIB3_RETRY.search(body):
        return True
    reqwest = "reqwest::Error" in body or "error trying to connect" in body
    if reqwest and _REQWEST_CONNECT.search(body):
        return True
    if "Error(5" in body and _SERVER_ERROR.search(body):
        return True
    if "has " in body and _LICENCE_ENDED.search(body):
        return True
    if any(w in body for w in _NETWORK_ACTION_WORDS) and _FAILED_FOR_NETWORK.search(body):
        return True
    if any(w in body for w in _PROXY_WORDS) and _PROXY_FAILURE.search(body):
        return True
    if failure_chain(body):
        return True
    if failed_send(body):
        return True
    if "err=" in body and "msg=" not in body:
        e = _GOKIT_ERR.search(body)
        return e is not None and _REAL_FAILURE.search(body, e.end() - 1) is not None
    if "failed" not in body or "err=" not in body:
        return False
    m = _GOKIT_MSG.search(body)
    return (
        m is not None and _FAILED.search(m.group(1)) is not None and bool(_GOKIT_ERR.search(body))
    )


def shutdown_report(body: str) -> bool:
    return (" exited: " in body or "Reason: " in body) and _SHUTDOWN_REPORT.search(body) is not None
