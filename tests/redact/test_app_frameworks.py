"""Application servers' and web frameworks' secrets in their own places (the keys a framework's
command prints once, Werkzeug's debugger PIN), and the references and names beside them that
hold none: PicketBox's vault expressions, the WebLogic Deploy Tooling's `@@SECRET:…@@`,
Payara's `${ALIAS=…}`, Symfony's `%env(…)%`, a connection string's `${Token}`, SameSite's
`lax`, Rails' commands, Nginx Unit's `pass`, FastAPI's security scheme names, a comment that
says how a key is made."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

PRINTED = [
    ["$ bin/rails secret", "9c1f" * 32],
    [
        "$ python -c 'from django.core.management.utils import get_random_secret_key; "
        "print(get_random_secret_key())'",
        "q2x9m4kz7v1n3b8c5w6e0r2t4y7u9i1o3p5a8s0d2f4g6h",
    ],
    ["$ php artisan key:generate --show", "base64:Qm7Wp4Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5Lm2Vb9Nc4H="],
    ["$ wp user application-password create admin deploy --porcelain", "Zr9Nb3Hc6Yd1Fs5JqW2xRt8z"],
]


@pytest.mark.parametrize("lines", PRINTED, ids=[str(i) for i in range(len(PRINTED))])
def test_printed_key_goes(lines: list[str]) -> None:
    secret = lines[1].removeprefix("base64:").rstrip("=")
    assert_gone(lines, [secret])


def test_debugger_pin() -> None:
    assert_gone([" * Debugger is active!", " * Debugger PIN: 418-302-775"], ["418-302-775"])


LOOK_ALIKES = [
    ["  <password>${VAULT::ds_OrdersDS::password::1}</password>"],
    ["    AdminPassword: '@@SECRET:__wls-credentials__:password@@'"],
    ["    AdminUserName: '@@SECRET:__wls-credentials__:username@@'"],
    [
        "asadmin create-jdbc-connection-pool --property "
        "user=app:password='${ALIAS=pool-password}':serverName=db:portNumber=5432 Pool"
    ],
    ["    secret: '%env(APP_SECRET)%'"],
    ['<add name="Db" connectionString="Server=s;User Id=app;Password=${DbPassword}" />'],
    ["server.servlet.session.cookie.same-site=lax"],
    ["$ EDITOR=vim bin/rails credentials:edit --environment production"],
    ['"listeners": {"*:8080": {"pass": "routes"}},'],
    ['{"action": {"pass": "applications/portal"}}'],
    ['"securitySchemes":{"OAuth2PasswordBearer":{"type":"oauth2"}}'],
    ["# Generate with: openssl rand -hex 32", "SESSION_SECRET="],
]


@pytest.mark.parametrize("lines", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


def test_near_misses_still_go() -> None:
    # a ciphertext inside an expression is judged as before (WildFly's `${ENC::…}`)
    assert_gone(
        ['<security password="${ENC::res:RUxZAUMQWq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Yz0=}"/>'],
        ["Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Yz0"],
    )
    # a password under `pass` that is no Unit route; the command run at a root prompt prints
    assert_gone(['{"pass": "Kq8vTx2!Lm7Wp4"}'], ["Kq8vTx2!Lm7Wp4"])
    assert_gone(["# openssl rand -hex 16", "6f1c2a9b0e4d7a8c3f5e1d2b9a7c6e4f"], ["6f1c2a9b0e4d"])
    # a value a token replaces inside a connection string is still a password when literal
    assert_gone(
        ['<add connectionString="Server=s;User Id=app;Password=Wq3x}Rt8zKp5" />'], ["Rt8zKp5"]
    )
