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
backend has no server left (`backend be_wandb has no server available!`), a health check that
failed and a server taken out for it (`Health check for server be/app-1 failed, …`, `Server be/app-1
is DOWN, …`), and an egress proxy's refusal of a connection by its policy (Smokescreen's
`CANONICAL-PROXY-DECISION` record with `"allow":false`, as CVAT's deployment runs it in front of
its workers, cvat-ai/cvat#9649: the service behind it never reached its store). Envoy, Linkerd,
HAProxy and Smokescreen log these at warning (error_quiet.py's `warned_failure` takes them). A proxy also reports a request it failed in shapes of its own (`PROXY_PAGES`: Go's
ReverseProxy, an access line with the status first, Google's front end's 5xx page, oauth2-proxy's
error page). A reverse proxy's report of the 5xx it
answered, with its cause (`PROXY_ANSWERED`: oxy's and Traefik's `'502 Bad Gateway' caused by: dial
tcp …: connection refused`), is a failure too; Traefik logs it at DEBUG only (error_quiet.py's
`proxy_answered_5xx`), as it does its ForwardAuth call that failed (`FORWARD_AUTH_FAILED`); nginx
logs its refusal of a client's certificate at INFO (`NGINX_CLIENT_CERT_REFUSED`, error_quiet.py's
`notice_failure`), and a client's refusal of its own (`NGINX_SERVER_CERT_REFUSED`; Go's HTTP
server's, relayed at INFO by Kubernetes' components: `GO_SERVER_CERT_REFUSED`). Envoy's access record of a request its upstream failed, by its response
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
    "CANONICAL-PROXY-DECISION",
    "dispatch deadline",
    # a reverse proxy's report of the 5xx it answered and why (PROXY_ANSWERED)
    "' caused by: ",
    # HAProxy's health checks and server states (PROXY_FAILURES)
    "Health check for ",
    " is DOWN",
    # Go's httputil.ReverseProxy, an access line with the status before the request, Google's
    # front end's 5xx page and oauth2-proxy's error page (PROXY_PAGES)
    "ReverseProxy read error ",
    r" 5\d\d (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /",
    "encountered a temporary error and could not complete",
    "ErrorPage 5",
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
# ... and Traefik's ForwardAuth middleware when its call to the authentication service failed
# (it answers the request 500), the cause after it; Traefik 3 logs it at DEBUG only (`DBG
# …/middlewares/auth/forward.go:152 > Error calling http://authentik-outpost…/auth/traefik.
# Cause: Get "…": dial tcp 10.111.16.242:80: connect: connection refused`, traefik/traefik#11373)
FORWARD_AUTH_FAILED = r"\bError calling https?://\S+\. Cause: "

# nginx's refusal of a client's certificate (mutual TLS at the ingress: the client gets 400, The
# SSL certificate error), which nginx logs at INFO as it does every client's fault (`[info] 33#33:
# *241 client SSL certificate verify error: (40:proxy certificates not allowed, …) while reading
# client request headers`, kubernetes/ingress-nginx#8888); OpenSSL's code and reason in brackets
NGINX_CLIENT_CERT_REFUSED = r"\bclient SSL certificate verify error: \(\d+:[a-z]"
# ... and the client's refusal of nginx's own certificate in the handshake nginx served, which
# nginx logs at INFO too: the client's TLS alert that it does not trust it (`[info] 1096#0: *131056
# SSL_do_handshake() failed (SSL: error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown
# ca:SSL alert number 48) while SSL handshaking, client: …`, Kong/kong#8022; `sslv3 alert
# certificate unknown`, geerlingguy/drupal-vm#2023): the clients do not trust the certificate the
# ingress serves. Not the alerts scanners and old clients cause (`handshake failure`, a protocol
# or version nginx does not speak)
NGINX_SERVER_CERT_REFUSED = (
    r"\bSSL_do_handshake\(\) failed \(SSL: error:[0-9A-Fa-f]{8}:SSL routines:\w*:"
    r"(?:sslv3|tlsv1) alert (?:unknown ca|bad certificate|certificate unknown|certificate expired"
    r"|certificate revoked|unsupported certificate)\b"
)
# ... and Go's HTTP server's log of the same: the client's TLS alert after `remote error: tls: `
# (crypto/tls's alert texts), which Kubernetes' components relay from Go's standard logger at
# klog's INFO (`I0603 … logs.go:49] http: TLS handshake error from 172.23.255.253:37060: remote
# error: tls: bad certificate`, kelseyhightower/kubernetes-the-hard-way#358). Not the handshakes
# a probe or a scanner breaks off (`EOF`, `connection reset by peer`): no alert there
GO_SERVER_CERT_REFUSED = (
    r"\bhttp: TLS handshake error from \S+: remote error: tls: (?:bad certificate|unknown "
    r"certificate(?: authority)?|expired certificate|revoked certificate|unsupported certificate)\b"
)

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
    # ... and its health check of a server that failed, and a server it took out of the backend
    # for it, logged at WARNING and ALERT or through syslog without a level (`[WARNING]  (8) :
    # Health check for server be/app-1 failed, reason: Layer4 connection problem, info:
    # "Connection refused", …`, haproxy/haproxy#2101; `haproxy Server XXXXX is DOWN, reason:
    # Layer4 timeout …`, haproxy/haproxy#363); not a server it takes down for maintenance (`is
    # going DOWN for maintenance`) or one that is back UP
    r"|\bHealth check for (?:backup )?server \S+ failed\b"
    r"|\b(?:[Bb]ackup )?[Ss]erver \S+ is DOWN\b"
    # Smokescreen's record of each connection it decides on, its message field, a denial with
    # `allow` false (JSON, its keys sorted, or logfmt, the message first: stripe/smokescreen#227);
    # allowed ones stay out
    r"|\ballow\\?\"?[=:]false\b.{0,1000}?\bmsg\\?\"?[=:]\\?\"?CANONICAL-PROXY-DECISION\b"
    r"|\bmsg\\?\"?[=:]\\?\"?CANONICAL-PROXY-DECISION\b.{0,1000}?\ballow\\?\"?[=:]false\b"
)

# A proxy's report of a request it failed, in shapes of its own (each a failure with no level):
# Go's httputil.ReverseProxy when the upstream's body broke off (`httputil: ReverseProxy read
# error during body copy: unexpected EOF`, traefik/traefik#2903; a reset connection, a broken
# HTTP/2 stream, a deadline; not the client that went away, `context canceled`); an access line that puts the status it answered before the request
# (`2020-08-25T11:58:14 11.11.11.11:9080 503 POST /tsturl1 HTTP/1.1 0`, haproxy/haproxy#830);
# Google's front end's 5xx page (`502: The server encountered a temporary error and could not
# complete your request.`, GoogleCloudPlatform/deploymentmanager-samples#399); oauth2-proxy's
# error page for its own 5xx (`oauthproxy.go:395: ErrorPage 500 Internal Error Internal Error`,
# oauth2-proxy/oauth2-proxy#20; its 403 is a user it does not let in)
PROXY_PAGES = (
    r"\bhttputil: ReverseProxy read error during body copy: "
    r"(?:unexpected EOF|EOF\b|read (?:tcp|unix) \S|http2: |context deadline exceeded)",
    r"(?:^|\s)5\d\d (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\S* HTTP/[\d.]{1,3}(?:\s|$)",
    r"\bThe server encountered a temporary error and could not complete your request\b",
    r"\bErrorPage 5\d\d [A-Z]",
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
    *PROXY_PAGES,
    PROXY_ANSWERED + r"\S",
    ENVOY_UPSTREAM_FLAGS,
)
