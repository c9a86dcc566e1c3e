"""The miner lists what the load balancers and ingress controllers in front of W&B report in their
own shapes (error_gateways.py): HAProxy's access line answering 5xx, a proxy's 5xx error page,
GCE's unhealthy ingress backends, a controller's failed step and why; their healthy and 4xx
look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_gateways import GATEWAY_CANDIDATES, GATEWAY_CONFIRM
from wbdiag.rules.portable_regex import check_portable


@pytest.mark.parametrize(
    "line",
    [
        # HAProxy: no server up (<NOSRV>), a server's own 5xx, an SSL frontend, behind syslog
        "10.0.3.7:51022 [02/Mar/2026:11:20:31.118] fe_wandb be_wandb/<NOSRV> 0/-1/-1/-1/0 503 "
        '216 - - SC-- 4/4/0/0/0 0/0 "GET /graphql HTTP/1.1"',
        "10.0.3.7:51023 [02/Mar/2026:11:20:32.004] fe_https~ be_wandb/wandb-0 0/0/1/30001/30002 504 "
        '194 - - sH-- 1/1/0/0/0 0/0 "POST /files/a/b/c/file_stream HTTP/1.1"',
        "Mar  2 11:20:33 lb1 haproxy[812]: 172.16.0.4:40112 [02/Mar/2026:11:20:33.500] public "
        'wandb/srv2 0/0/0/-1/12 502 209 - - SH-- 3/3/1/1/0 0/0 "PUT /storage HTTP/1.1"',
        # a proxy's 5xx page, as a client prints the body it got
        "<html><body><h1>502 Bad Gateway</h1>",
        "<head><title>504 Gateway Time-out</title></head>",
        "  <title>500 Internal Server Error</title>",
        # ... and a refusal's 4xx page, in a JSON string with its escaped line ends, or logged
        '"<html>\\r\\n<head><title>405 Not Allowed</title></head>\\r\\n<body>\\r\\n"',
        '{"status":403,"body":"<html><head><title>403 Forbidden</title></head>"}',
        "upstream answered: <center><h1>429 Too Many Requests</h1></center>",
        '"<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n"',
        # GCE's health of an ingress's backends: describe's, yaml's and json's annotation, gcloud's
        '  ingress.kubernetes.io/backends:   {"k8s1-a1b2-default-wandb-8080-x":"UNHEALTHY"}',
        '    ingress.kubernetes.io/backends: \'{"k8s-be-31000--9f":"HEALTHY","k8s-be-32000--9f"'
        ':"UNHEALTHY"}\'',
        '      "ingress.kubernetes.io/backends": "{\\"k8s-be-30080--77\\":\\"UNHEALTHY\\"}",',
        "    healthState: UNHEALTHY",
        # a controller's failed step and its cause
        "Failed build model due to ingress: default/wandb: none certificate found for host: "
        "wandb.example.com",
        "Warning  FailedDeployModel  2m (x9 over 20m)  ingress  Failed deploy model due to "
        "AccessDenied: User is not authorized to perform: elasticloadbalancing:AddTags",
    ],
)
def test_gateway_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # HAProxy answering 2xx, 3xx and 4xx; its TCP log (no status)
        "10.0.3.7:51024 [02/Mar/2026:11:21:00.001] fe_wandb be_wandb/wandb-0 0/0/0/12/12 200 "
        '1432 - - ---- 2/2/0/0/0 0/0 "GET /healthz HTTP/1.1"',
        "10.0.3.7:51025 [02/Mar/2026:11:21:00.002] fe_wandb be_wandb/wandb-0 0/0/0/5/5 404 "
        '150 - - ---- 2/2/0/0/0 0/0 "GET /nope HTTP/1.1"',
        "10.0.3.7:51026 [02/Mar/2026:11:21:00.003] fe_mysql be_mysql/db1 1/0/5 212 -- 1/1/0/0/0 0/0",
        # pages that are not a server's failure
        "<html><head><title>Weights & Biases</title></head>",
        "<h1>404 Not Found</h1>",
        '"<html>\\r\\n<head><title>410 Gone</title></head>\\r\\n"',
        "<title>200 OK</title>",
        "<h1>42 reasons to self-host</h1>",
        "<h1>5 things to check before you deploy</h1>",
        # backends healthy or not yet checked
        '  ingress.kubernetes.io/backends:   {"k8s-be-30167--01":"HEALTHY","k8s-be-32416--01":"Unknown"}',
        "    healthState: HEALTHY",
        "UNHEALTHY_THRESHOLD=3 is the default in this chart",
        # a step's report without a cause, or a benign count
        "Successfully deployed model",
        "Failed over to the standby load balancer",
    ],
)
def test_gateway_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


def test_the_gateway_tables_are_in_the_miner_and_portable() -> None:
    assert set(GATEWAY_CANDIDATES) <= set(CANDIDATE_PATTERNS)
    for pattern in (*GATEWAY_CANDIDATES, *GATEWAY_CONFIRM):
        assert check_portable(pattern) is None, pattern


@pytest.mark.parametrize(
    "line",
    [
        # Envoy's local reply with spaces around its slash, as a client's page shows it
        # (envoyproxy/envoy#17534)
        "response upstream connect error or disconnect / reset before headers. reset reason: "
        "connection termination",
        # HAProxy's alert when a backend has no server left, broadcast by syslogd
        # (inverse-inc/packetfence#3442) and in its own log at WARN
        " haproxy[24439]:backend 10.10.3.3-backend has no server available!",
        "Mar  2 11:20:33 lb1 haproxy[812]: [WARNING] 060/112033 (812) : backend 'be_wandb' has no "
        "server available!",
        "[ALERT] 060/112033 (812) : backend be_wandb has no server available!",
        # its failed health check at WARNING (haproxy/haproxy#2101) and through syslog
        # (haproxy/haproxy#1234), and a server taken out for it (haproxy/haproxy#363)
        "2023-04-04 15:54:37 [WARNING]  (8) : Health check for server csg-gateway/csggateway-app-1 "
        'failed, reason: Layer4 connection problem, info: "Connection refused", check duration: '
        "0ms, status: 2/3 UP.",
        "May  5 21:09:30 localhost haproxy[59014]: Health check for server Backend-Web/http1_6 "
        'failed, reason: Health analyze, info: "Detected 10 consecutive errors, last one was: L4 '
        'unsuccessful connection", status: 0/2 DOWN.',
        "haproxy Server XXXXX is DOWN, reason: Layer4 timeout check duration: 10001ms. 0 active "
        "and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.",
        "[WARNING] 060/112033 (812) : Backup Server be_wandb/spare is DOWN, reason: Layer7 wrong "
        'status, code: 503, info: "Service Unavailable", check duration: 2ms.',
        # Go's ReverseProxy when the upstream's body broke off (traefik/traefik#2903), and made up:
        # a reset connection
        "2018/12/19 09:16:54 reverseproxy.go:395: httputil: ReverseProxy read error during body "
        "copy: unexpected EOF",
        "2018/12/19 09:16:54 httputil: ReverseProxy read error during body copy: read tcp "
        "10.0.0.5:41234->10.0.0.7:8080: read: connection reset by peer",
        # an access line with the status before the request (haproxy/haproxy#830)
        "2020-08-25T11:58:14 11.11.11.11:9080 503 POST /tsturl1 HTTP/1.1 0",
        # Google's front end's 5xx page (GoogleCloudPlatform/deploymentmanager-samples#399)
        "502: The server encountered a temporary error and could not complete your request.<p>"
        "Please try again in 30 seconds.",
        # oauth2-proxy's page for its own 5xx (oauth2-proxy/oauth2-proxy#20)
        "2019/01/19 20:42:42 oauthproxy.go:395: ErrorPage 500 Internal Error Internal Error",
    ],
)
def test_proxy_failures_in_other_wordings_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # HAProxy's routine state changes: a server back up, a backend with servers left
        "Mar  2 11:21:40 lb1 haproxy[812]: Server be_wandb/wandb-0 is UP, reason: Layer7 check "
        "passed, code: 200, check duration: 3ms. 1 active and 0 backup servers online.",
        "backend be_wandb has 2 servers available",
        # ... a health check that passed, a server taken down for maintenance (an operator's act)
        "[WARNING] 035/080447 (1) : Health check for server be/app succeeded, reason: Layer7 check "
        "passed, code: 200, check duration: 2ms, status: 3/3 UP.",
        "[WARNING] 035/080453 (1) : Server be/app is going DOWN for maintenance. 0 active and 0 "
        "backup servers left.",
        # the client that went away during a body copy; an access line answering 200, a 5xx-like
        # size before the request; oauth2-proxy refusing a user (its 403)
        "2018/12/19 09:16:54 httputil: ReverseProxy read error during body copy: context canceled",
        "2020-08-25T11:58:14 11.11.11.11:9080 200 POST /tsturl1 HTTP/1.1 2274",
        "bytes=512 GET /graphql HTTP/1.1",
        "2019/01/19 20:42:42 oauthproxy.go:395: ErrorPage 403 Permission Denied Invalid Account",
        # a docs sentence about Envoy's reply
        "Envoy replies with upstream connect error when no endpoint answers; see the docs.",
    ],
)
def test_proxy_failure_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Envoy's JSON access record of a request whose upstream connection failed (envoy#20311)
        '{"duration":475,"response_flags":"UF","bytes_received":0,"method":"GET","path":'
        '"/service03","upstream":{"duration":null,"host":"172.19.0.2:8000"},"response_code":503}',
        # ... no healthy upstream, an upstream timeout, a flag list, escaped in a json-file log
        '{"response_code":503,"response_flags":"UH","path":"/graphql"}',
        '{"log":"{\\"response_flags\\":\\"UT\\",\\"response_code\\":504}\\n"}',
        '{"response_flags": "URX,UF", "response_code": 503}',
        # Envoy's and Istio's default text format: the flags after the status
        '[2026-03-02T11:20:31.118Z] "GET /graphql HTTP/1.1" 503 UF 0 91 475 - "-" "curl/8.5.0" '
        '"bdc55196" "wandb" "10.0.0.7:8080"',
        '[2026-03-02T11:20:32.004Z] "POST /files HTTP/2" 504 UT 0 24 15000 - "-" "python" "a1" '
        '"wandb" "10.0.0.7:8080"',
        # ... key="value" fields, an upstream protocol error (envoyproxy/envoy#34472), a flag list
        'response_code="502", response_code_details="upstream_reset_before_response_started'
        '{protocol_error}", response_flags="UPE"}',
        'method="GET", path="/graphql", response_code="503", response_flags="UF,URX"',
        'response_flags = "UPE", response_code = "502"',
    ],
)
def test_envoy_upstream_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # no flag, the client's own (downstream termination, no route), a 2xx with its dash
        '{"response_flags":"-","response_code":200,"path":"/healthz"}',
        '{"response_flags":"DC","response_code":0,"path":"/files"}',
        '{"response_flags":"NR","response_code":404,"path":"/nope"}',
        '[2026-03-02T11:20:33.500Z] "GET /healthz HTTP/1.1" 200 - 0 2 1 1 "-" "kube-probe/1.29"',
        '[2026-03-02T11:20:34.500Z] "GET /nope HTTP/1.1" 404 NR 0 0 0 - "-" "curl/8.5.0"',
        # a flag-like word in a path, and a config naming the field
        '{"response_flags":"-","path":"/UF/report","response_code":200}',
        '  response_flags: "%RESPONSE_FLAGS%"',
        # key="value" fields without an upstream failure: none, the client's own, a downstream
        # protocol error
        'response_code="200", response_flags="-"',
        'response_code="0", response_flags="DC"',
        'response_code="400", response_code_details="http1.codec_error", response_flags="DPE"',
    ],
)
def test_envoy_records_without_an_upstream_failure_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # an Istio sidecar's access record quoted from its status (envoyproxy/envoy#37442), and
        # made up: the whole record, other upstream flags and details
        "503 UC upstream_reset_before_response_started{connection_termination}",
        '[2024-12-04T10:00:00.000Z] "GET /api/health HTTP/1.1" 503 UC '
        'upstream_reset_before_response_started{connection_termination} - "-" 0 95 3 - "-" '
        '"curl/8.0" "x" "wandb:8080" "10.0.0.7:8080"',
        "503 UF,URX upstream_reset_before_response_started{connection_failure}",
        "504 UT upstream_response_timeout",
        # Linkerd's balancer queue entering failfast, at INFO (linkerd/linkerd2#12720)
        "[ 73137.020135s]  INFO ThreadId(01) outbound:proxy{addr=10.0.3.18:80}:service{ns=x "
        "name=svc port=80}: linkerd_proxy_balance_queue::worker: Unavailable; entering failfast "
        "timeout=3.0",
        # Linkerd's inbound proxy failing a request, at WARN (linkerd/linkerd2#10037, #9116)
        "[   299.092429s]  WARN ThreadId(01) inbound:server{port=80}:rescue{client.addr=10.0.2.192:"
        "53320}: linkerd_app_inbound::http::server: Unexpected error error=connection closed "
        "before message completed",
        # linkerd2-proxy aborting a request nothing took before its dispatch deadline
        # (linkerd/linkerd2#3112), pasted without and with its WARN level
        "proxy={server=out listen=127.0.0.1:4140 remote=10.10.45.84:41846} "
        "linkerd2_proxy::app::errors request aborted because it reached the configured dispatch "
        "deadline",
        "WARN [ 3512.417s] proxy={server=out listen=127.0.0.1:4140 remote=10.1.2.3:5000} "
        "linkerd2_proxy::app::errors request aborted because it reached the configured dispatch "
        "deadline",
    ],
)
def test_mesh_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Envoy's records of requests that went through, or that the client ended or no route had
        '[2024-12-04T10:00:00.000Z] "GET /api/health HTTP/1.1" 200 - via_upstream - "-" 0 95 3 2',
        '[2024-12-04T10:00:00.000Z] "GET /x HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0',
        "404 NR route_not_found",
        # Linkerd's recovery from failfast, and failfast at DEBUG (trusted)
        "[ 73140.020135s]  INFO ThreadId(01) outbound:proxy{addr=10.0.3.18:80}: "
        "linkerd_proxy_balance_queue::worker: Available; exited failfast",
        "[ 73140.0s]  DEBUG ThreadId(01) linkerd_proxy_balance_queue::worker: Unavailable; "
        "entering failfast timeout=3.0",
        # the same request's INFO report (linkerd/linkerd2#9116), and a WARN without a real cause
        "[  1849.685244s]  INFO ThreadId(01) inbound:server{port=8080}:rescue{client.addr="
        "10.244.3.1:32860}: linkerd_app_core::errors::respond: Request failed error=connection "
        "closed before message completed",
        "[    10.0s]  WARN ThreadId(01) linkerd_app: Unexpected error error=",
        "[    10.0s]  WARN ThreadId(01) linkerd_app: Unexpected error error=invalid URI",
        # the dispatch deadline in a configuration, a request the client aborted, and the
        # deadline's abort in a trace the miner trusts
        "INFO linkerd2_proxy: configured dispatch deadline of 3s for outbound requests",
        "INFO request aborted because the client went away",
        "DEBUG linkerd2_proxy::app::errors request aborted because it reached the configured "
        "dispatch deadline",
    ],
)
def test_mesh_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # gcloud's MANAGED_STATUS column, a domain a line (kubernetes/k8s.io#2505), its yaml
        # domainStatus, and the GKE ManagedCertificate as kubectl describe prints it
        "    k8s-infra-prow.k8s.io: FAILED_NOT_VISIBLE",
        "                    xn--8a342mzfam5b18csni3w.certsbridge.com: FAILED_CAA_FORBIDDEN",
        "    wandb.example.com: FAILED_RATE_LIMITED",
        "      Status:  FailedNotVisible",
    ],
)
def test_managed_certificate_failed_domains_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a domain done or on its way, the resource's row, other FAILED_ codes and reasons
        "    test1.certsbridge.com: ACTIVE",
        "    wandb.example.com: PROVISIONING",
        "mcrt-c0e5fe27-188f-4dc4-b010-3256ef2d1221  PROVISIONING",
        "job status: FAILED_PRECONDITION",
        "Retry on: FAILED_NOT_VISIBLE domains are checked again every 15 minutes",
    ],
)
def test_managed_certificate_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
