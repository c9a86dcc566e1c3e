"""Secrets of home-lab devices and GPU-cloud tools in their documented places, and look-alikes
beside them: a JSON-RPC login's password by position and the session id it answers with (LuCI's
`rpc/auth`, Deluge's `auth.login`), a HOCON object under a secret name (ClearML's
`session_secret { … }`); a shell's header argument followed by the URL (no pieces of one
secret), a document's name for the reader's own key (`your_runpod_api_key`), an environment
variable's name in single braces as Frigate substitutes it (`{FRIGATE_RTSP_PASSWORD}`), and a
usage's optional userinfo in brackets (duplicity's `scheme://user[:password]@host`); what
Jasypt's CLI echoes of its input and prints as its output (nextjasypt.py)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    "lines",
    [
        ['curl -s -H "X-Api-Key: ${SONARR_API_KEY}" "http://localhost:8989/api/v3/system/status"'],
        ['curl -H "X-Api-Key: $PROWLARR_API_KEY" "http://127.0.0.1:9696/api/v1/indexer" | jq length'],
        ["export RUNPOD_API_KEY=your_runpod_api_key", "LAMBDA_API_KEY=your-api-key"],
        ["      - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@127.0.0.1:554/live", '  password: "{FRIGATE_MQTT_PASSWORD}"'],
        ["# TARGET='scheme://user[:password]@host[:port]/[/]path'"],
        # a JSON-RPC call of another method and its result; a login whose answer is no session
        ['{"jsonrpc":"2.0","id":7,"method":"uci.get","params":["network","lan"]}', '{"jsonrpc":"2.0","id":7,"result":"Kq8mZx2Lp9WvTn4R"}'],
        ['{"method": "auth.login", "params": ["$DELUGE_PASSWORD"], "id": 1}', '{"result": true, "error": null, "id": 1}'],
        # a HOCON object under a name that holds no secret; a secret-named one's plain members
        ["api {", '    web_server: "http://127.0.0.1:8080"', '    api_server: "http://127.0.0.1:8008"', "}"],
        ["credentials {", '    username: "deployer"', "}"],
        # Node-RED's settings.js sample: words in angle brackets where the hash goes
        ['    //    users: [{ username: "admin", password: "<bcrypt hash from node-red admin hash-pw>", permissions: "*" }]'],
        # whose static password it is (Dex's `staticPasswords:` entries)
        ["staticPasswords:", "- email: ops@example.org", "  hashFromEnv: DEX_OPS_PASSWORD_HASH", "  username: ops", '  userID: "4711"'],
        # a secret-named element's `<key>` that names the value, not holds it
        ["<secret>", "  <name>mysql</name>", "  <key>db_password</key>", "</secret>"],
    ],
)  # fmt: skip
def test_home_lab_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        (['curl -s -H "X-Api-Key: 4f9c2a7e1b8d3f6a0c5e9b2d7f4a1c8e" "http://localhost:8989/api/v3/system/status"'], ["4f9c2a7e1b8d3f6a0c5e9b2d7f4a1c8e"]),
        (["password = 'Xk3' + 'mQ9z' + 'Lp2w'"], ["Xk3", "mQ9z", "Lp2w"]),
        (["export RUNPOD_API_KEY=rpa_Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1Hs5"], ["rpa_Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1Hs5"]),
        (["      - path: rtsp://admin:Hn5Tq2Lw8Zx4@127.0.0.1:554/live"], ["Hn5Tq2Lw8Zx4"]),
        (["TARGET='sftp://backup:Vq9#pL2xW8zz@127.0.0.1:22/srv/dup'"], ["Vq9#pL2xW8zz"]),
        # LuCI's JSON-RPC login and the sysauth token it answers with; Deluge's password alone
        (["$ curl -s http://127.0.0.1/cgi-bin/luci/rpc/auth --data '{\"id\":1,\"method\":\"login\",\"params\":[\"root\",\"Tz4.nB8qLw2~Xk\"]}'", '{"id":1,"result":"3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e","error":null}'], ["Tz4.nB8qLw2~Xk", "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"]),
        (['{"method": "auth.login", "params": ["Hk3mQ9zLp7Wx"], "id": 1}'], ["Hk3mQ9zLp7Wx"]),
        # OPNsense's `config.xml`: an IPsec pre-shared key's `<Key>` after its other children
        (["<preSharedKey uuid=\"4c0e2a7b-1d3f-4e5a-9b8c-7d6e5f4a3b2c\">", "  <ident>peer.example.org</ident>", "  <remote_ident/>", "  <keyType>PSK</keyType>", "  <Key>Wq3Zr8Lm2Pv7Kd4Nx9Ty6Bc1Hs5Gj0Fa</Key>", "</preSharedKey>"], ["Wq3Zr8Lm2Pv7Kd4Nx9Ty6Bc1Hs5Gj0Fa"]),
        # ClearML's `secure.conf`: the session secret under its HOCON object
        (["secure {", "    http {", "        session_secret {", '            apiserver: "Rz4mT8vQ2kW6nY0bC3d5fEh7jK9lM1nP3qS5tU7v"', "        }", "    }", "}"], ["Rz4mT8vQ2kW6nY0bC3d5fEh7jK9lM1nP3qS5tU7v"]),
    ],
)  # fmt: skip
def test_the_secret_of_each_kind_still_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


# Jasypt's CLI as its docs show a run: the input echoed under ARGUMENTS goes when encrypting (the
# ciphertext it prints stays), the output goes when decrypting (the ciphertext input stays)
_ENCRYPTED = "9Fq2Lx7VbN3mKz8RtW1cYd5H"


def test_jasypt_echoes_its_input_and_prints_its_output() -> None:
    encrypt = [
        "$ ./encrypt.sh input=Tz4.nB8qLw2 password=Mx7-Pq2Lz9 algorithm=PBEWithMD5AndDES",
        "",
        "----ENVIRONMENT-----------------",
        "",
        "Runtime: Eclipse Adoptium OpenJDK 64-Bit Server VM 17.0.9+9",
        "",
        "----ARGUMENTS-------------------",
        "",
        "input: Tz4.nB8qLw2",
        "password: Mx7-Pq2Lz9",
        "",
        "----OUTPUT----------------------",
        "",
        _ENCRYPTED,
    ]
    out = list(Redactor().lines(encrypt))
    assert not {"Tz4.nB8qLw2", "Mx7-Pq2Lz9"} & set("\n".join(out).split()), out
    assert out[-1] == _ENCRYPTED
    decrypt = [
        f"$ ./decrypt.sh input={_ENCRYPTED} password=Mx7-Pq2Lz9",
        "----ARGUMENTS-------------------",
        f"input: {_ENCRYPTED}",
        "password: Mx7-Pq2Lz9",
        "----OUTPUT----------------------",
        "",
        "Hq2-mW8!vLz4",
    ]
    out = list(Redactor().lines(decrypt))
    assert "Hq2-mW8!vLz4" not in out[-1] and out[2] == f"input: {_ENCRYPTED}", out
