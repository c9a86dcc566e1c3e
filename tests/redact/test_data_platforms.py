"""Secrets of the data platforms in their documented places (a URI with no host before its path,
WebHDFS's delegation token, an HTTP client's basic auth in a repr, ClickHouse's key header, the
Databricks CLI's `--string-value`, Shiro's `[users]`), and the look-alikes beside them: a
table's rows under a header with a password column, Snowflake's parameter groups, DuckDB's and
Snowflake's object names, Shiro's matchers."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://etl:Vq7x_Lm2Rt9Zk4Wb@/RAW/PUBLIC?account=ab12345",
        "Vq7x_Lm2Rt9Zk4Wb",
        "/RAW/PUBLIC?account=ab12345",
    ),
    (
        "postgresql://wandb:Tq8vKx2Lm7Wp@/wandb?host=/var/run/postgresql",
        "Tq8vKx2Lm7Wp",
        "host=/var/run/postgresql",
    ),
    (
        '10.0.0.5 - - [18/Jan/2024:13:42:02] "GET /webhdfs/v1/user/a/p.parquet?op=OPEN'
        '&delegation=HAAFZGF0YQxkYXRhLXBsYXRmb3JtAIoBjR2kq7iKAY1BsS_4aQIUq8Tz9Wb4Kc3N&offset=0 HTTP/1.1" 307 0',
        "HAAFZGF0YQxkYXRhLXBsYXRmb3JtAIoBjR2kq7iKAY1BsS_4aQIUq8Tz9Wb4Kc3N",
        "&offset=0",
    ),
    (
        "trino.dbapi.Connection(host='trino.example.com', user='etl', "
        "auth=BasicAuthentication('etl', 'Wq3x-Rt8zKp5Lm'), http_scheme='https')",
        "Wq3x-Rt8zKp5Lm",
        "http_scheme='https'",
    ),
    ("requests.get(u, auth=HTTPBasicAuth('svc', 'Lm7Wp4Zr9Nb3Hc'))", "Lm7Wp4Zr9Nb3Hc", "'svc'"),
    (
        "curl 'https://ch.example.internal:8443/' -H 'X-ClickHouse-User: etl' "
        "-H 'X-ClickHouse-Key: Kq8vTx2!Lm7Wp4' --data-binary 'SELECT 1'",
        "Kq8vTx2!Lm7Wp4",
        "X-ClickHouse-User: etl",
    ),
    (
        "databricks secrets put-secret etl snowflake-password --string-value 'Zr9Nb3Hc6Yd1Fs5J'",
        "Zr9Nb3Hc6Yd1Fs5J",
        "snowflake-password",
    ),
    (
        "databricks secrets put --scope etl --key pw --string-value Zr9Nb3Hc6Yd1Fs5J",
        "Zr9Nb3Hc6Yd1Fs5J",
        "--key pw",
    ),
    # a Snowflake stage's credentials in their group: each pair is read
    (
        "COPY INTO t FROM @s CREDENTIALS=(AWS_KEY_ID='AKIAQX2B7Z4K9L3M5N8P' AWS_SECRET_KEY='Wq3xRt8zKp5Lm2Vb9Nc4Hd7')",
        "Wq3xRt8zKp5Lm2Vb9Nc4Hd7",
        "CREDENTIALS=(",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_metabase_session_from_its_login_goes() -> None:
    # `POST /api/session` answers the session id under `id`; another request's `id` stays
    login = "$ curl -s -X POST -d @login.json https://metabase.example.com/api/session"
    answer = '{"id":"1b5b19f1-8287-4c89-bf3f-78d43c77e445"}'
    assert_gone([login, answer], ["1b5b19f1-8287"])
    assert_kept(["$ curl -s https://metabase.example.com/api/card/12", answer])


def test_shiro_users_section() -> None:
    lines = [
        "[users]",
        "admin = Tq8vKx2Lm7Wp4Zr9, admin",
        "5xq2mz = P.2Q*Lm8x~Wb4Kz, role1, role2",
        "[main]",
        "sessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager",
    ]
    out = list(Redactor().lines(lines))
    assert "Tq8vKx2Lm7Wp4Zr9" not in out[1] and out[1].endswith(", admin")
    assert "P.2Q*Lm8x~Wb4Kz" not in out[2] and out[2].endswith(", role1, role2")
    assert out[3:] == lines[3:]


LOOK_ALIKES = [
    # `airflow connections list`: a header, its rule and a row whose password column is masked
    [
        "conn_id          | conn_type | host                   | login   | password | port",
        "=================+===========+========================+=========+==========+=====",
        "3qbaneqe_pg      | postgres  | pg.example.internal    | 5jus0t  | ***      | 5432",
    ],
    # Snowflake's parameter group of Jinja references; DuckDB's and Snowflake's object names
    [
        "sql=\"COPY INTO raw.t FROM @stage CREDENTIALS=(AWS_KEY_ID='{{ conn.aws.login }}' "
        "AWS_SECRET_KEY='{{ conn.aws.password }}')\","
    ],
    ["CREATE SECRET s3_prod (TYPE S3, PROVIDER credential_chain, CHAIN 'env;config');"],
    ["CREATE OR REPLACE PERSISTENT SECRET ah7k15 (TYPE S3, PROVIDER credential_chain);"],
    ["DROP SECRET ah7k15;"],
    # Shiro's credentials matchers; Grafana's `[users]` settings (no generated value)
    [
        "passwordMatcher = org.apache.shiro.authc.credential.PasswordMatcher",
        "iniRealm.credentialsMatcher = $passwordMatcher",
    ],
    [
        "[users]",
        "allow_sign_up = false",
        "auto_assign_org_role = Viewer",
        "user_invite_max_lifetime_duration = 24h",
    ],
    ["keystore_key_alias = wandb-tls"],
    ["GET /x?delegation=enabled&y=1"],
    ["https://example.com/path/@/foo"],
]


@pytest.mark.parametrize("lines", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


def test_table_rows_still_read_under_their_header() -> None:
    lines = [
        "conn_id          | conn_type | host                   | login   | password         | port",
        "=================+===========+========================+=========+==================+=====",
        "3qbaneqe_pg      | postgres  | pg.example.internal    | 5jus0t  | Xy7fK2Lm9pQrSt3  | 5432",
    ]
    assert_gone(lines, ["Xy7fK2Lm9pQrSt3"])
