"""Secrets in what W&B's components, the container runtime and the observability stack print
(settings reprs, traceback annotations, provisioning files, records a logger split), and what
those print in a secret's place that is no secret: references a tool resolves itself, masks, a
form's labels, public JVM properties."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines, hexdump_c  # noqa: F401
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
    # a basic auth pair of variables, not of literals
    "    r = requests.get(url, auth=(user, password), timeout=5)",
    "es = Elasticsearch(hosts, http_auth=(cfg.user, cfg.password))",
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


# (lines of one file, the secrets that must go, text that must stay)
SPREAD = [
    # a JSON document logged as a string in another, its secret under a `value` member
    (
        [
            '{"level": "DEBUG", "msg": "inform init", "settings": "{\\"wandb_api_key\\":'
            '{\\"value\\":\\"Hq7vL2xKp9WzTq8vLm3Zk9Wp\\"},\\"project\\":{\\"value\\":\\"evals\\"}}"}'
        ],
        ["Hq7vL2xKp9WzTq8vLm3Zk9Wp"],
        ['\\"project\\":{\\"value\\":\\"evals\\"}'],
    ),
    # W&B's ApiKey object: its `name` is the key; its id (a graph id) stays
    (
        [
            'response: {"data": {"createApiKey": {"apiKey": {"id": "QXBpS2V5OjQ0", '
            '"name": "0f3c9a1e7b5d2c8a4f6e1b3d5c7a9e2f4b6d8c0a"}}}}'
        ],
        ["0f3c9a1e7b5d2c8a4f6e1b3d5c7a9e2f4b6d8c0a"],
        ['"id": "QXBpS2V5OjQ0"'],
    ),
    # (or its `key`, beside a name given to it; logged as a string in another: the escaped
    # quotes around its members stay)
    (
        [
            '{"op": "generateApiKey", "response": "{\\"data\\": {\\"generateApiKey\\": '
            '{\\"apiKey\\": {\\"id\\": \\"QXBpS2V5OjEQYsVB61J\\", \\"name\\": \\"ci\\", '
            '\\"key\\": \\"7d2e9b4c1a8f6e3d5b0c2a9f7e4d1b8c6a3f5e0d\\"}}}}"}'
        ],
        ["7d2e9b4c1a8f6e3d5b0c2a9f7e4d1b8c6a3f5e0d"],
        ['\\", \\"name\\": \\"ci\\"'],
    ),
    # an HTTP client's basic auth pair in a repr, a dictConfig handler's credentials tuple
    (
        ["client=Session(base='https://api.example', auth=('svc', 'Zq8vK2xLp9Wm4Rt7'))"],
        ["Zq8vK2xLp9Wm4Rt7"],
        ["('svc', '"],
    ),
    (
        ["{'class': 'SMTPHandler', 'credentials': ('ops@example.org', 'Vb6n-K2qX!z8Lm')}"],
        ["Vb6n-K2qX!z8Lm"],
        ["ops@example.org"],
    ),
    # an OpenShift template's parameter: other keys between its name and its value
    (
        [
            "parameters:",
            "- name: REDIS_PASSWORD",
            "  displayName: Redis password",
            "  required: true",
            "  value: Tq8v-Lm3Zk9Wp",
            "- name: REDIS_HOST",
            "  value: redis.local",
        ],
        ["Tq8v-Lm3Zk9Wp"],
        ["redis.local", "required: true"],
    ),
    # Spring Boot's bind failure: the property's name, then its value and origin
    (
        [
            "Failed to bind properties under 'spring.mail.password' to java.lang.Integer:",
            "    Property: spring.mail.password",
            '    Value: "Kp8v+Q3mZx7Ln"',
            "    Origin: class path resource [application.yml] - 12:15",
        ],
        ["Kp8v+Q3mZx7Ln"],
        ["Origin: class path resource"],
    ),
    # better-exceptions / loguru: the annotation under a secret-named variable
    (
        [
            '  File "/srv/app/s3.py", line 12, in client',
            "    return boto3.client('s3', aws_secret_access_key=secret_key, region_name=region)",
            "                                                    │                       └ 'us-east-1'",
            "                                                    └ 'Wq5vN8kLz2Rt/Hb3xQ9mTz6Wp'",
        ],
        ["Wq5vN8kLz2Rt/Hb3xQ9mTz6Wp"],
        ["'us-east-1'"],
    ),
    # Grafana: every field under `secureJsonData`, and a numbered header value under its name
    (
        [
            "    secureJsonData:",
            "      httpHeaderValue2: Lk4pR8vNq2Zs",
            "      tlsClientKey: Jm7wT2kXq9Bv",
            "    jsonData:",
            "      httpHeaderName2: X-Scope-OrgID",
        ],
        ["Lk4pR8vNq2Zs", "Jm7wT2kXq9Bv"],
        ["X-Scope-OrgID"],
    ),
    (
        [
            '{"httpHeaderName1": "X-Tenant", "httpHeaderValue1": "team-a", '
            '"httpHeaderName2": "X-API-Key", "httpHeaderValue2": "Hb3xQ9mTz6Wp"}'
        ],
        ["Hb3xQ9mTz6Wp"],
        ['"httpHeaderValue1": "team-a"'],
    ),
    # a docker json-file line split into partial records (a space after each separator)
    (
        [
            '{"log": "connect password=Mv3kQ8zLx5Wn", "stream": "stderr", "time": "t1"}',
            '{"log": "2Rp7Tb4Hc9Jd retries=3\\n", "stream": "stderr", "time": "t2"}',
        ],
        ["Mv3kQ8zLx5Wn", "2Rp7Tb4Hc9Jd"],
        ["retries=3"],
    ),
    # a quoted CSV cell over rows
    (
        ["key,value,owner", 'SMTP_PASSWORD,"Pq2mN7vLp4', 'Rz9Kw3Tb6Hs",ops', "SMTP_HOST,mail,ops"],
        ["Pq2mN7vLp4", "Rz9Kw3Tb6Hs"],
        ['",ops', "SMTP_HOST,mail,ops"],
    ),
    # two logfmt records of one request carry one token (another request's record between)
    (
        [
            'lvl=debug req_id=7f3a msg="token [1/2]" chunk="Token Xq2mN7vLp4Rz9Kw3"',
            'lvl=debug req_id=9c1d msg="token [1/1]" chunk="unrelated-value"',
            'lvl=debug req_id=7f3a msg="token [2/2]" chunk="Tb6Hs8JdQm"',
        ],
        ["Xq2mN7vLp4Rz9Kw3", "Tb6Hs8JdQm"],
        ["unrelated-value"],
    ),
    # base64 of an env file in a label or annotation, text after it
    (
        ["    env.example.io/dotenv: SE9TVD1kYgpHSVRMQUJfVE9LRU49Vm42I3FMejNXazhwCg== (v2)"],
        ["SE9TVD1kYgpHSVRMQUJfVE9LRU49Vm42I3FMejNXazhwCg=="],
        ["(v2)"],
    ),
]


@pytest.mark.parametrize(("lines", "secrets", "kept"), SPREAD)
def test_spread_value_goes(lines: list[str], secrets: list[str], kept: list[str]) -> None:
    assert_gone(lines, secrets)
    text = "\n".join(Redactor().lines(lines))
    assert all(k in text for k in kept), text


def test_hexdump_rows_without_their_command() -> None:
    rows = hexdump_c(b"HOST=db\nREDIS_PASSWORD=Hq7vL2xKp9WzTq8vLm3\nPORT=6379\n")
    out = list(Redactor().lines(rows))
    text = "".join(r.split("|")[1] if "|" in r else "" for r in out)
    assert "Hq7vL" not in text and "vLm3" not in text, out
    assert "PORT=6379" in text, out


SPREAD_STAYS = [
    # the same layouts with nothing secret in them
    ["- name: REDIS_HOST", "  description: where Redis listens", "  value: redis.local"],
    ["    jsonData:", "      httpHeaderName1: X-Scope-OrgID", "      timeout: 30"],
    [
        'lvl=info req_id=7f3a msg="upload [1/2]" file="a.bin"',
        'lvl=info req_id=7f3a msg="upload [2/2]" file="b.bin"',
    ],
    ["    Property: server.port", '    Value: "80a"', "    Origin: env"],
    ["    print(token_count)", "          └ 42"],
    hexdump_c(b"HOST=db\nPORT=6379\nNAME=wandb_local_production\n"),
]


@pytest.mark.parametrize("lines", SPREAD_STAYS)
def test_spread_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)
