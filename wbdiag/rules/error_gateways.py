"""Failures that the load balancers and ingress controllers in front of W&B report in their own
shapes, without an error word.

HAProxy's HTTP access log answering 5xx, `<NOSRV>` among them (the 503 it sends when no server
of the backend is up; an nginx access line answering 5xx is a candidate in error_candidates.py too),
the error page a proxy or server sends instead of the answer, for a 5xx (`<h1>503 Service
Unavailable</h1>`, `<title>502 Bad Gateway</title>`) or a refusal's 4xx (nginx's `<title>405 Not
Allowed</title>` for a method it does not serve, `403 Forbidden`; not 404 or 410, a path that is
not there), in a body a client printed, a JSON string or a log line with its escaped `\r\n`, GCE's health of an ingress's backends (the
`ingress.kubernetes.io/backends` annotation, `gcloud compute backend-services get-health`), and
a controller's report of what it failed to do and why (the AWS Load Balancer Controller's `Failed
deploy model due to …`). error_candidates.py and
error_confirm.py add these candidates and confirmations to their own.

A proxy or a service mesh also says, whatever level it logs it at, that it could not reach what
is behind it (`PROXY_FAILURES`): Envoy's local reply for an upstream it could not connect to
(`upstream connect error or disconnect/reset before headers. reset reason: connection failure`)
or for a cluster without a healthy endpoint (`no healthy upstream`, also in Istio's `warning envoy
config … gRPC config stream closed: 14, no healthy upstream` when istiod is unreachable), HAProxy's
connection log for a client whose TLS handshake failed (`fe_main/1: SSL handshake failure`), and
Linkerd's proxy failing requests fast because its service has stayed unavailable (`WARN …
linkerd_stack::failfast: Service entering failfast after 3s`) or aborting one no service took
before its dispatch deadline, and HAProxy's alert that a
backend has no server left (`backend be_wandb has no server available!`). Envoy and Linkerd log these at
warning (error_quiet.py's `warned_failure` takes them). A reverse proxy's report of the 5xx it
answered, with its cause (`PROXY_ANSWERED`: oxy's and Traefik's `'502 Bad Gateway' caused by: dial
tcp …: connection refused`), is a failure too; Traefik logs it at DEBUG only (error_quiet.py's
`proxy_answered_5xx`). Envoy's access record of a request its upstream failed, by its response
flags (`ENVOY_UPSTREAM_FLAGS`: `"response_flags":"UF"`), is one too.
"""

from __future__ import annotations

# HAProxy's HTTP log format after the accept date: frontend, backend/server, the five timers,
# the status: `[20/Jun/2019:06:45:44.643] public be_wandb/<NOSRV> 1/-1/-1/-1/0 503 3278 …`
_HAPROXY_AFTER_DATE = r"\] [\w.~:-]+ [\w.:-]+/[\w.:<>-]+ -?\d+/-?\d+/-?\d+/-?\d+/\+?-?\d+ "

# Each starts with a literal (the scan's prefilter searches it) and stays loose: GATEWAY_CONFIRM
# says more.
GATEWAY_CANDIDATES = (
    _HAPROXY_AFTER_DATE + "5",
    # a proxy's or a server's error page, as a client prints the body it got (4xx and 5xx)
    "<h1>5",
    "<title>5",
    "<h1>4",
    "<title>4",
    # GCE's health of an ingress's backends, in the annotation (plain or escaped JSON) and in
    # gcloud's report
    '"UNHEALTHY',
    "healthState: UNHEALTHY",
    # ... and a Google-managed certificate's domain the load balancer could not get it for
    # (GCE_CERT_DOMAIN_FAILED)
    ": FAILED_",
    r"Status: +Failed(?:NotVisible|Caa|RateLimited)",
    # a controller's failed step and its cause: Failed deploy model due to …, Failed build model
    # due to …
    r"Failed [a-z]+ [a-z ]{0,40}due to ",
    # a proxy that could not reach what is behind it (PROXY_FAILURES)
    "upstream connect error ",
    "no healthy upstream",
    " upstream, client: ",
    " upstream, client ",
    "SSL handshake fail",
    "entering failfast",
    "has no server available!",
    "dispatch deadline",
    # a reverse proxy's report of the 5xx it answered and why (PROXY_ANSWERED)
    "' caused by: ",
    # Envoy's access record of a request its upstream failed (ENVOY_UPSTREAM_FLAGS)
    "response_flags",
    r"\" 5\d\d U",
    # ... and its response code details after the flags, when the record is quoted from its status
    " upstream_reset_",
)

# Envoy's (and Istio's) access record: the response flags that say the upstream failed the request,
# whatever the status (UF upstream connection failure, UH no healthy upstream, UT upstream timeout,
# URX retry limit exceeded, UO circuit breaker overflow, UPE upstream protocol error), as a JSON
# record's field (`"response_flags":"UF"`, envoyproxy/envoy#20311) or a key="value" one
# (`response_code="502", …, response_flags="UPE"`, envoyproxy/envoy#34472) or after the status
# in the default text format
# (`"GET /x HTTP/1.1" 503 UF 0 91 …`); a flag list separates them with commas. Not the client's
# own flags (DC downstream termination, NR no route). UC, the upstream closing the connection
# before it answered, is the upstream's too (`503 UC upstream_reset_before_response_started{
# connection_termination}`, envoyproxy/envoy#37442, an Istio sidecar's access record quoted from
# its status: the flags, then the response code details in snake case, their reason in braces).
_ENVOY_FLAG = r"(?:[A-Z]{1,5},)*(?:UC|UF|UH|UT|URX|UO|UPE)"
ENVOY_UPSTREAM_FLAGS = (
    rf"\bresponse_flags\\{{0,3}}\"?\s?[:=]\s?\\{{0,3}}\"{_ENVOY_FLAG}[,\"\\]"
    rf"|\bHTTP/[\d.]{{1,5}}\\?\" 5\d\d {_ENVOY_FLAG}[ ,]"
    rf"|(?:^|[\s\"])5\d\d {_ENVOY_FLAG} upstream_[a-z_]+(?:\{{[a-z_,]+\}})?(?:\s|$|\\[nr]|\\?\")"
    # (the details before the flags, as a format of `%RESPONSE_CODE% %RESPONSE_CODE_DETAILS%
    # %RESPONSE_FLAGS%` writes them, the reason in words: `503
    # upstream_reset_before_response_started{local reset} LR`, envoyproxy/envoy#15968)
    r"|(?:^|[\s\"])5\d\d upstream_reset_(?:before|after)_response_started(?:\{[a-z_, ]{1,60}\})?"
    r"(?:\s|$|\\[nr]|\\?\")"
)

# A reverse proxy's report of the 5xx it answered for an upstream exchange that failed, the cause
# after it: oxy's and Traefik 1's and 2's `'%d %s' caused by: %v` (`'502 Bad Gateway' caused by:
# dial tcp 10.244.0.146:5000: connect: connection refused`, traefik/traefik#7102; `'504 Gateway
# Timeout' caused by: net/http: timeout awaiting response headers`). Not the 499 it answers a
# client that gave up. Traefik logs it at DEBUG only (error_quiet.py's `proxy_answered_5xx`).
PROXY_ANSWERED = r"'5\d\d [A-Z][A-Za-z -]{2,40}' caused by: "

# each a failure at any level: in a warning too (error_quiet.py)
PROXY_FAILURES = (
    # (with spaces around the slash as a paste or a client's page may set it: `upstream connect error
    # or disconnect / reset before headers. reset reason: connection termination`, envoy#17534)
    r"\bupstream connect error or disconnect ?/ ?reset before headers\b"
    r"|\bno healthy upstream\b"
    # nginx's error-log message without its `[error]` header, as a page or a user quotes it: the
    # system call, its errno and what nginx was doing with the upstream (`failed (111: connection
    # refused) while connecting to upstream, client 172.16.238.1`, nginx-proxy/nginx-proxy#1411;
    # `upstream timed out (110: Connection timed out) while reading response header from upstream`)
    r"|(?:\bfailed|\btimed out) \(\d+: [A-Za-z ]+\) while [a-z ]+ upstream, client:? "
    r"|\bSSL handshake fail(?:ure|ed)\b"
    r"|\b[Ss]ervice entering failfast\b"
    # linkerd2-proxy's answer for a request that waited in its queue past the dispatch timeout
    # (`linkerd2_proxy::app::errors request aborted because it reached the configured dispatch
    # deadline`, linkerd/linkerd2#3112): nothing behind it took the request in time
    r"|\brequest aborted because it reached the configured dispatch deadline\b"
    # (Linkerd's balancer queue, linkerd_proxy_balance_queue, logs it at INFO: error_quiet.py)
    r"|\bUnavailable; entering failfast\b"
    # HAProxy's alert when the last server of a backend goes down, which syslogd also broadcasts
    # to the terminals (`Message from syslogd@portal at …` then ` haproxy[24439]:backend
    # 10.10.3.3-backend has no server available!`, inverse-inc/packetfence#3442)
    r"|\b[Bb]ackend \S+ has no server available!"
)

# A Google-managed certificate's domain status (Compute's sslCertificates, and the GKE
# ManagedCertificate resource in its own spelling): the domain does not resolve to the load
# balancer, a CAA record forbids Google's CA or could not be checked, or the CA's rate limit;
# no certificate for it until that changes. gcloud prints each domain on its own line under
# MANAGED_STATUS (`    k8s-infra-prow.k8s.io: FAILED_NOT_VISIBLE`, kubernetes/k8s.io#2505), the
# resource as `domainStatus:` entries; kubectl describe's `Status:  FailedNotVisible`
GCE_CERT_DOMAIN_FAILED = (
    r"^\s*(?:[\w*-]+\.)+[\w-]+: FAILED_(?:NOT_VISIBLE|CAA_CHECKING|CAA_FORBIDDEN|RATE_LIMITED)\s*$"
    r"|^\s*Status: +Failed(?:NotVisible|CaaChecking|CaaForbidden|RateLimited)\s*$"
)
GATEWAY_CONFIRM = (
    # (the accept date with its milliseconds: nginx's has none, and its access line has its own
    # candidate)
    r"\[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d\.\d{3}" + _HAPROXY_AFTER_DATE + r"5\d\d \d",
    # (a refusal's 4xx, not 404 or 410: a path that is not there, which browsers and scanners
    # ask every server for)
    r"<(?:h1|title)>(?:5\d\d|4(?:0[0-35-9]|1[1-9]|[2-9]\d)) [A-Z][\w -]{2,40}</(?:h1|title)>",
    r"\bingress\.kubernetes\.io/backends\b.*\\?\"UNHEALTHY\\?\"",
    r"(?:^|\s)healthState: UNHEALTHY\s*$",
    GCE_CERT_DOMAIN_FAILED,
    r"(?:^|[\s:\"])Failed [a-z]+ [a-z ]{0,40}due to \S",
    PROXY_FAILURES,
    PROXY_ANSWERED + r"\S",
    ENVOY_UPSTREAM_FLAGS,
)
