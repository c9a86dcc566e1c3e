"""The leak gate on HTTP access-log lines (wbdiag/redact/gateaccess.py): secret words in a
request path or in an upstream, router, host or cluster name give later fields (request and
trace ids, durations) no context; a query string's secret, a credential logged in a header
field and a random path segment after a secret word stay flagged. Made-up lines in several
formats."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

HEX32 = "7f3ac19e04b2d85a6e1f90c2b47d3e58"
RANDOM = "Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK"  # reads as generated wherever it stands
TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

LOOK_ALIKES = [
    # ingress-nginx upstream format: secret words in the path and the upstream name
    f'10.2.3.4 - - [04/Mar/2024:11:02:03 +0000] "POST /api/oauth/token HTTP/1.1" 401 12 "-" '
    f'"Go-http-client/1.1" 388 0.012 [auth-token-svc-443] [] 10.0.7.9:443 12 0.012 401 {HEX32}',
    f'10.2.3.4 - - [04/Mar/2024:11:02:03 +0000] "GET /v2/secrets/list HTTP/2.0" 200 881 "-" '
    f'"curl/8.4.0" 120 0.004 [vault-secret-api-8200] [] 10.0.1.2:8200 881 0.004 200 {HEX32}',
    # nginx combined with the request id and traceparent logged after it
    f'192.0.2.7 - - [04/Mar/2024:11:02:03 +0000] "PUT /users/42/password HTTP/1.1" 204 0 '
    f'"https://app.example.org/settings/password" "Mozilla/5.0" rt=0.031 req={HEX32} tp={TRACE}',
    # Apache combined
    f'198.51.100.3 - alice [04/Mar/2024:11:02:03 +0100] "GET /auth/login HTTP/1.1" 302 - "-" '
    f'"Mozilla/5.0 (X11; Linux x86_64)" {HEX32}',
    # Envoy / Istio default format: upstream cluster and authority name the auth service
    '[2024-03-04T11:02:03.512Z] "POST /token HTTP/1.1" 200 - via_upstream - "-" 93 412 7 6 '
    '"-" "python-requests/2.31.0" "4c1d2e6f-8a9b-4c3d-9e8f-7a6b5c4d3e2f" "auth-token.default:8080" '
    '"10.4.1.9:8080" outbound|8080||auth-token.default.svc.cluster.local 10.4.0.3:51782 '
    f"10.4.1.9:8080 10.4.0.3:40112 - default {HEX32}",
    # Traefik CLF: router and service names
    f'203.0.113.9 - - [04/Mar/2024:11:02:03 +0000] "GET /session/refresh HTTP/1.1" 200 55 "-" '
    f'"okhttp/4.12.0" 1789 "session-router@docker" "http://10.0.3.4:9000" 3ms {HEX32}',
    # AWS ALB: the status first, the request quoted, X-Amzn-Trace-Id after
    "https 2024-03-04T11:02:03.186641Z app/my-lb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 "
    '0.000 0.001 0.000 200 200 34 366 "POST https://login.example.com:443/oauth2/token HTTP/1.1" '
    '"curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 '
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/auth-tg/6d0ecf831eec9f09 "
    f'"Root=1-65e5a9c3-{HEX32[:24]}" "login.example.com" "-" 0 2024-03-04T11:02:03.184000Z',
    # HAProxy's captured headers: the scheme alone, an upstream cluster whose name holds a word
    f"Mar  4 11:02:03 lb haproxy[81]: 192.0.2.7:4711 [04/Mar/2024:11:02:03.120] fe~ be/w1 "
    f"0/0/1/9/10 401 12 - - ---- 3/3/0/0/0 0/0 {{app.example.org|Bearer|curl/8.4.0}} "
    f'"GET /api/v1/runs HTTP/1.1" {HEX32}',
    f"Mar  4 11:02:03 lb haproxy[81]: 192.0.2.7:4711 [04/Mar/2024:11:02:03.120] fe~ "
    f"be_auth/token-svc-2 0/0/1/9/10 200 512 - - ---- 3/3/0/0/0 0/0 {{app.example.org|-|curl/8.4.0}} "
    f'"POST /oauth/token HTTP/1.1" {HEX32}',
    # a query string whose secret-ish names hold no secret
    f'10.2.3.4 - - [04/Mar/2024:11:02:03 +0000] "GET /cb?token_type=bearer&state=ok HTTP/1.1" 200 '
    f'10 "-" "curl/8.4.0" 99 0.002 [web-80] [] 10.0.0.5:80 10 0.002 200 {HEX32}',
]

LEAKS = [
    # a query string's token
    f'10.2.3.4 - - [04/Mar/2024:11:02:03 +0000] "GET /files?access_token={RANDOM} HTTP/1.1" 200 '
    f'5 "-" "curl/8.4.0" 99 0.002 [files-80] [] 10.0.0.5:80 5 0.002 200 {HEX32}',
    f'192.0.2.7 - - [04/Mar/2024:11:02:03 +0000] "GET /dl/report.pdf?token={RANDOM}&x=1 HTTP/1.1" '
    '200 512 "-" "Mozilla/5.0"',
    # a credential logged in a header field
    f'192.0.2.7 - - [04/Mar/2024:11:02:03 +0000] "GET /api/v1/runs HTTP/1.1" 200 77 "-" '
    f'"curl/8.4.0" "Bearer {RANDOM}"',
    f'[2024-03-04T11:02:03.512Z] "GET /api HTTP/1.1" 200 - via_upstream - "-" 0 12 3 2 "-" '
    f'"curl/8.4.0" x-api-key: {RANDOM}',
    # HAProxy's captured request headers, `{host|authorization|agent}`: its field opened by the
    # scheme
    f"Mar  4 11:02:03 lb haproxy[81]: 192.0.2.7:4711 [04/Mar/2024:11:02:03.120] fe~ be/w1 "
    f"0/0/1/9/10 200 512 - - ---- 3/3/0/0/0 0/0 {{app.example.org|Bearer {RANDOM}|curl/8.4.0}} "
    '"GET /api/v1/runs HTTP/1.1"',
    # a secret in a path segment right after a secret word: a reset or magic link
    f'192.0.2.7 - - [04/Mar/2024:11:02:03 +0000] "GET /reset-password/{RANDOM} HTTP/1.1" 200 '
    f'1200 "-" "Mozilla/5.0" {HEX32}',
    f'203.0.113.9 - - [04/Mar/2024:11:02:03 +0000] "GET /auth/token/{RANDOM}/confirm HTTP/1.1" '
    '302 0 "-" "okhttp/4.12.0" 12 "auth@docker" "http://10.0.3.4:9000" 2ms',
    # the same link in a referrer
    f'192.0.2.7 - - [04/Mar/2024:11:02:03 +0000] "GET /static/app.js HTTP/1.1" 200 99 '
    f'"https://app.example.org/reset-password/{RANDOM}" "Mozilla/5.0"',
]


@pytest.mark.parametrize(
    ("line", "leaks"), [(line, False) for line in LOOK_ALIKES] + [(line, True) for line in LEAKS]
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_access_log_lines(
    line: str, leaks: bool, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    found = list(Gate().lines("access.log", [line]))
    # a leak is flagged by its secret (not by a request id); a look-alike not at all
    assert [RANDOM[:3] in leak.excerpt for leak in found[:1]] == ([True] if leaks else [])


def test_path_words_without_the_request_line_still_arm() -> None:
    # the same words and id outside an access-log line still read as a secret's context
    assert list(Gate().lines("app.log", [f"auth-token-svc: {HEX32}"]))
