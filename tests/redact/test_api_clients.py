"""What support engineers capture of HTTP traffic and share from API clients: devtools' "Copy
as PowerShell" (a `WebRequestSession` in `$session`, a header built from a PowerShell
subexpression), "Copy as fetch" (`"credentials": "include"`), "Copy as cURL (cmd)" (cmd's `^"…^"`
quoting, carets before symbols), Insomnia's and Hoppscotch's variables after an auth scheme
(`{{ _.apiKey }}`, `{% response … %}`, `<<token>>`), a fill-in after the scheme in a HAR, and
ngrep's one-line payload (CR LF shown as `..`) with a mask in its Authorization header: these
stay byte for byte. Beside each, the same layout with a real secret, which goes."""

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
        [[_NGREP % "Bearer Nm4Qx8Lp2Rt7Vz3Kd9Wc5Hy1"], ["Nm4Qx8Lp2Rt7Vz3Kd9Wc5Hy1"]],
        [[_CMD % "Bearer Pk3Ld8Qz2Xm7Rt4Vn9Wb5Hc6"], ["Pk3Ld8Qz2Xm7Rt4Vn9Wb5Hc6"]],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)
