"""Secrets in fields a runtime dumps with its own punctuation: Rust's `{:#?}` `Option` over
lines (`password: Some(` / `"…",` / `),`), ASGI's scope in uvicorn's trace (a query string
without its `?`, as Python bytes), a query encoded inside another parameter that is itself
encoded (a redirect's `?u=…%3Fcontinue%3D…%253Ftoken%253D…`), and a row of settings that writes
its blank ones as `name= ` (MinIO's `mc admin config get`); with the look-alikes of each beside
them."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # Rust's pretty Debug: an Option's value on the line after `Some(`
        (["ClickhouseOptions {", '    url: "http://clickhouse:8123",', "    password: Some(", '        "Qm7-vT2_kX9pL4w",', "    ),", "}"], ["Qm7-vT2_kX9pL4w"]),
        (["Config {", "    api_key: Some(", '        "local-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",', "    ),", "}"], ["3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a"]),
        # ASGI's scope: the query string as bytes, an OIDC code and a secret-named parameter
        (["TRACE:    10.0.3.9:51234 - ASGI [12] Started scope={'type': 'http', 'method': 'GET', 'path': '/oidc/callback', 'query_string': b'code=Hq2Lx9Vw4Rk7Tz1Pb6Nc3Md8Fs5Gj0Ya&state=9f8e7d6c5b4a3210'}"], ["Hq2Lx9Vw4Rk7Tz1Pb6Nc3Md8Fs5Gj0Ya"]),
        (["scope={'path': '/api/v1/export', 'query_string': b'format=csv&api_key=Zr8Kp3Wq6Ln1Xv4Tb7'}"], ["Zr8Kp3Wq6Ln1Xv4Tb7"]),
        (["QUERY_STRING=access_token=Uc5Ye2Hn8Jm1Qs4Wv7Bk"], ["Uc5Ye2Hn8Jm1Qs4Wv7Bk"]),
        # a form_post callback's body, its first field without a `?` (http.client's debug)
        (["send: b'POST /oidc/callback HTTP/1.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n'", "send: b'code=EmSDouWz7lHWAQ5rAe7fnWspq3uCuTSQH3CO-NNAStX&state=b3aa5f9e37f4'"], ["EmSDouWz7lHWAQ5rAe7fnWspq3uCuTSQH3CO-NNAStX"]),
        (["body: code=Hq2Lx9Vw4Rk7Tz1Pb6Nc3Md8Fs5Gj0Ya&state=9f8e7d6c5b4a3210"], ["Hq2Lx9Vw4Rk7Tz1Pb6Nc3Md8Fs5Gj0Ya"]),
        # a token parameter encoded twice inside a parameter encoded once
        (["< Location: https://lb.example.com/r?u=https%3A%2F%2Fsso.example.com%2Flogin%3Fcontinue%3Dhttps%253A%252F%252Fwandb.example.com%252Fauthorize%253Ftoken%253DNp4Xc8Vb2Mz6Lk1Jh5Gf9Ds3%2526next%253D%25252Fhome"], ["Np4Xc8Vb2Mz6Lk1Jh5Gf9Ds3"]),
        # a blank setting, then a secret one with its value
        (["identity_openid enable=on display_name= config_url=https://sso.example.com/.well-known/openid-configuration client_id=minio client_secret=Tk9Lw3Qz7Rx1Vn5Bp"], ["Tk9Lw3Qz7Rx1Vn5Bp"]),
        # a password holding `=` after blank settings
        (["x= y= client_secret= A8Fk=29dLq0ZxPq7"], ["A8Fk=29dLq0ZxPq7"]),
    ],
)  # fmt: skip
def test_dumped_field_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # Rust's Debug: an Option that holds nothing, a field that names no secret
        ["ClickhouseOptions {", '    url: "http://clickhouse:8123",', "    password: None,", '    database: "weave",', "}"],
        ["Options {", "    timeout: Some(", "        30s,", "    ),", "}"],
        # ASGI's scope: a query string without a secret, a code outside a login's callback
        ["scope={'type': 'http', 'path': '/api/runs', 'query_string': b'page=2&per_page=50'}"],
        ["scope={'path': '/api/promo', 'query_string': b'code=SPRING2024'}"],
        # a code that starts a word with no login's context beside it; a short one in a form body
        ["exit code=EmSDouWz7lHWAQ5rAe7fnWspq3uCuTSQH3CO-NNAStX", "promo code=SUMMER2024DISCOUNTCODE1 applied"],
        ["send: b'code=SPRING2024&state=b3aa5f9e37f4'"],
        # a redirect whose encoded parameters name no secret
        ["< Location: https://lb.example.com/r?u=https%3A%2F%2Fsso.example.com%2Flogin%3Fcontinue%3Dhttps%253A%252F%252Fwandb.example.com%252Fhome%253Ftab%253Dprojects"],
        # MinIO's settings with OpenID off: blank values, then the next setting
        ["identity_openid enable=off display_name= config_url= client_id= client_secret= claim_name=policy scopes= redirect_uri= claim_prefix="],
    ],
)  # fmt: skip
def test_dumped_field_lookalikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
