"""What support engineers capture of HTTP traffic and share from API clients: devtools' "Copy
as PowerShell" (a `WebRequestSession` in `$session`, a header built from a PowerShell
subexpression), "Copy as fetch" (`"credentials": "include"`), "Copy as cURL (cmd)" (cmd's `^"…^"`
quoting, carets before symbols), Insomnia's and Hoppscotch's variables after an auth scheme
(`{{ _.apiKey }}`, `{% response … %}`, `<<token>>`), a fill-in after the scheme in a HAR, and
ngrep's one-line payload (CR LF shown as `..`) with a mask in its Authorization header: these
stay byte for byte. Beside each, the same layout with a real secret, which goes.

And what an OAuth code exchange leaves in them: PKCE's `code_verifier` (Postman's `urlencoded`
key/value entries over lines, Bruno's `body:form-urlencoded` block), the authorization code (a
HAR's `queryString` entry, its value on the line after its name; a form's `code:` line, when
the value has a code's shape), a presigned URL's signature as HAR entries, a session cookie in
cmd's quotes (`-b ^"session=…^"`) and oauth2-proxy's cookie (`_oauth2_proxy=…`). The
`code_challenge` (PKCE's public hash), an error's `code` and the `state` stay."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_PS_HEAD = [
    "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession",
    'Invoke-WebRequest -UseBasicParsing -Uri "https://wandb.example.com/graphql" `',
    "-WebSession $session `",
    "-Headers @{",
]
_NGREP = (
    "  GET /api/v1/ml/runs HTTP/1.1..Host: wandb.example.com..Authorization: %s..Accept: */*...."
)
_HOPP = '            "value": "%s",'
_CMD = '  -H ^"authorization: %s^" ^'


@pytest.mark.parametrize(
    "lines",
    [
        # the session object and a header PowerShell reads from a credential at run time
        [*_PS_HEAD, '  "authorization"="Bearer $($cred.GetNetworkCredential().Password)"', '  "accept"="application/json"', "}"],
        [*_PS_HEAD, '  "x-request-id"="4bf92f3577b34da6a3ce929d0e0e4736"', "}"],
        ["$pw = $cred.GetNetworkCredential().Password", "Write-Host done"],
        # the Fetch API's credentials mode
        ['fetch("https://wandb.example.com/graphql", {', '  "headers": {"accept": "*/*"},', '  "credentials": "include"', "});"],
        ['  "credentials": "same-origin",', '  "credentials": "omit"'],
        # API clients' variables and fill-ins after the scheme
        ['          "value": "Basic {{ _.wandb_key }}"'],
        ["          \"value\": \"Bearer {% response 'body', 'req_login', 'b64::JC50b2tlbg==::46b', 'never', 60 %}\""],
        [_HOPP % "Bearer <<token>>", _HOPP % "Basic <<wandb_api_key>>"],
        # Bruno's auth block, opened after its mode
        ["auth:oauth2 {", "  grant_type: client_credentials", "  client_secret: {{process.env.OIDC_CLIENT_SECRET}}", "}", "auth:awsv4 {", "auth: oauth2"],
        # VS Code REST Client's `Basic user password` with the password's variable
        ["Authorization: Basic api {{apiKey}}", "Authorization: Digest admin {{$dotenv ADMIN_PW}}"],
        ['              "value": "Bearer REPLACE_ME"', '              "value": "Basic YOUR_API_KEY"'],
        # ngrep's masks
        [_NGREP % "Bearer \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"],
        [_NGREP % "Basic ***", _NGREP % "Bearer xxxxxxxx", _NGREP % "Bearer REPLACE_ME"],
        # masks as cmd quotes them
        [_CMD % "Bearer xxxxxxxx", _CMD % "Bearer ^[REDACTED^]"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        [[*_PS_HEAD, '  "authorization"="Bearer Zq8wLr2pXmK4tB7nR1sV9cY3Hd6"', "}"], ["Zq8wLr2pXmK4tB7nR1sV9cY3Hd6"]],
        [["PS C:\\> $cred.GetNetworkCredential().Password", "Tb6^qP9wLx3mKd"], ["Tb6^qP9wLx3mKd"]],
        [['          "value": "Basic d2FuZGI6cTdMbTJYcDlLejRSdDhWbjNIczZKdzFZYzVOYg=="'], ["cTdMbTJYcDlLejRSdDhWbjNIczZKdzFZYzVOYg"]],
        [[_HOPP % "Bearer Hs7kQ2mXp9LzR4tWv8NcY3bJ"], ["Hs7kQ2mXp9LzR4tWv8NcY3bJ"]],
        [["auth:oauth2 {", "  client_secret: Rk8vQ2mXw9LpZ4tN7cY3", "}"], ["Rk8vQ2mXw9LpZ4tN7cY3"]],
        [["Authorization: Basic api 1cad563ddc2e3d9044d0c9808bf0c11354caff29"], ["1cad563ddc2e3d9044d0c9808bf0c11354caff29"]],
        [[_NGREP % "Bearer Nm4Qx8Lp2Rt7Vz3Kd9Wc5Hy1"], ["Nm4Qx8Lp2Rt7Vz3Kd9Wc5Hy1"]],
        [[_CMD % "Bearer Pk3Ld8Qz2Xm7Rt4Vn9Wb5Hc6"], ["Pk3Ld8Qz2Xm7Rt4Vn9Wb5Hc6"]],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


_T = "\t" * 7
_POSTMAN = [
    "\t\t\t\t\t\t{",
    _T + '"key": "%s",',
    _T + '"value": "%s",',
    _T + '"type": "text"',
    "\t\t\t\t\t\t},",
]
_HAR = [
    "            {",
    '              "name": "%s",',
    '              "value": "%s"',
    "            },",
]


def _entry(layout: list[str], name: str, value: str) -> list[str]:
    return [
        line % name if i == 1 else line % value if i == 2 else line for i, line in enumerate(layout)
    ]


_VERIFIER = "dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"  # (RFC 7636's example's shape)
_CODE = "SplxlOBeZQQYbYS6WxSbIA7Hq2nP4kRt"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        [_entry(_POSTMAN, "code_verifier", _VERIFIER), [_VERIFIER]],
        [_entry(_POSTMAN, "code", _CODE), [_CODE]],
        [["body:form-urlencoded {", "  grant_type: authorization_code", f"  code: {_CODE}", f"  code_verifier: {_VERIFIER}", "  client_id: wandb-local", "}"], [_CODE, _VERIFIER]],
        [_entry(_HAR, "code", _CODE) + _entry(_HAR, "state", "af0ifjsldkj"), [_CODE]],
        [_entry(_HAR, "X-Amz-Signature", "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"), ["5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"]],
        [['  -b ^"session=Kq8Wz3Lp5Rt2Vn7Xc4Hb9Md6Jf1^" ^'], ["Kq8Wz3Lp5Rt2Vn7Xc4Hb9Md6Jf1"]],
        [['              "value": "_oauth2_proxy=Nv7Qm4Kd9Lx2PqRt5Wz8Hc3Bj6"'], ["Nv7Qm4Kd9Lx2PqRt5Wz8Hc3Bj6"]],
        [_entry(_HAR, "_oauth2_proxy", "Nv7Qm4Kd9Lx2PqRt5Wz8Hc3Bj6"), ["Nv7Qm4Kd9Lx2PqRt5Wz8Hc3Bj6"]],
    ],
)  # fmt: skip
def test_code_exchange_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # PKCE's challenge is the verifier's public hash; the authorize request's state
        _entry(_POSTMAN, "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
        ["  code_challenge: E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "  code_challenge_method: S256"],
        _entry(_HAR, "state", "af0ifjsldkjAf0ifjsldkj42"),
        # an error's code, a status code, a country's
        _entry(_HAR, "code", "ERR_CONNECTION_REFUSED"),
        ["  code: 404", "  code: invalid_grant_expired_token", "  code: US"],
        # a payload's hash beside the signature
        _entry(_HAR, "X-Amz-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        # oauth2-proxy's settings are no cookie
        ["OAUTH2_PROXY_CLIENT_ID=wandb-local", "oauth2_proxy_image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0"],
    ],
)  # fmt: skip
def test_code_exchange_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
