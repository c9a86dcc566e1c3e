"""Secrets in what W&B's components, the container runtime and the observability stack print
(settings reprs, traceback annotations, provisioning files, records a logger split), and what
those print in a secret's place that is no secret: references a tool resolves itself, masks, a
form's labels, public JVM properties."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

STAYS = [
    # Grafana's provisioning macros read the value from a file, the environment or Vault
    "      password: $__file{/run/secrets/pg-password}",
    "client_secret = $__file{/etc/grafana/oauth/secret}",
    "      basicAuthPassword: $__env{LOKI_BASIC_PW}",
    '    token: "$__vault{kv/grafana:token}"',
    # Vector's secret backends: `SECRET[<backend>.<key>]`
    '      password: "SECRET[vault_backend.clickhouse_password]"',
    "    api_key = SECRET[exec_backend.dd_key]",
    # a Go `%+v` struct whose DSN password is a mask, and whose secret fields are empty or masked
    "cfg: {Listen::9000 DSN:svc:*****@tcp(db:3306)/app Token: Secret:REDACTED}",
    "cfg: {DSN:svc:xxxx@unix(/run/mysqld.sock)/app Timeout:3s}",
    # a form's labels in other scripts: the word for password names the field
    '"auth.password": "Пароль",',
    '  "form.passwordLabel": "كلمة السر:",',
    "signup.password = 密码",
    # a JVM's public properties beside one that names where the password is read from
    "VM Arguments: -Xms2g -Dsun.jnu.encoding=UTF-8 -Dspring.datasource.password.file=/run/db",
    "java -Dfile.encoding=UTF-8 -Duser.timezone=UTC -Dapp.secret.path=/etc/app/secret.key",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


GOES = [
    # the same places with a literal value: a Go DSN behind a field name, a form's default
    ("cfg: {DSN:svc:Hq7vL2xKp9Wz@tcp(db:3306)/app Timeout:3s}", "Hq7vL2xKp9Wz"),
    ('"auth.password": "Пароль2024секрет",', "Пароль2024секрет"),
    ("      password: SECRET[x]Tq8vLm3Zk9Wp", "Tq8vLm3Zk9Wp"),
    ("  -Dspring.datasource.password=Vb6nK2qXz8Lm -Dfile.encoding=UTF-8", "Vb6nK2qXz8Lm"),
]


@pytest.mark.parametrize(("line", "secret"), GOES)
def test_literal_value_goes(line: str, secret: str) -> None:
    assert_gone([line], [secret])
    assert secret not in Redactor()(line)
