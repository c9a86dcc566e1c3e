"""Secrets in the forms a W&B Server bundle's neighbours print them in: Redis Sentinel's
`auth-pass`, Redis ACL rules in an `ACL LIST` reply, `redis-cli --raw CONFIG GET`'s reply, S3
SSE-C keys (header and CLI flag), Go's `url.Userinfo` printed with `%v`, go-cmp's diff of a spec,
values quoted with an escaped quote (bash's ANSI-C quoting, libpq's keyword DSN), TOML's
single-line `'''…'''`, Helm's `--set` with an escaped comma, a Hurl file's `[BasicAuth]`
section and a hex key a terminal wrapped mid-token; and the look-alikes beside each (references,
empty values, the digest beside a key, other sections and settings)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # Redis Sentinel (sentinel.conf; `SENTINEL SET` at run time): after the master's name
    ("    sentinel auth-pass mymaster PPYu*YL~Edwa*Pp", "PPYu*YL~Edwa*Pp", "auth-pass mymaster"),
    (
        'redis-sentinel:26379> SENTINEL SET wandb-redis auth-pass "Qw7 Er2Ty9"',
        "Qw7 Er2Ty9",
        "SENTINEL SET wandb-redis auth-pass",
    ),
    # Redis ACL rules as `ACL LIST` prints them, one quoted item a line
    (
        '2) "user wandb on >Vg_*P2KuEBLZ5kq ~wandb:* &* +@all -@dangerous"',
        "Vg_*P2KuEBLZ5kq",
        "~wandb:* &* +@all -@dangerous",
    ),
    # S3 SSE-C: the customer's key as curl -v shows the header, and as the CLI's flag
    (
        "> x-amz-server-side-encryption-customer-key: RW80czZSVmRZSUNOMFdwSUlrOG1RY1dJRmx1cTdBekk=",
        "RW80czZSVmRZSUNOMFdwSUlrOG1RY1dJRmx1cTdBekk",
        "x-amz-server-side-encryption-customer-key:",
    ),
    (
        "aws s3 cp ./runs.tar.gz s3://wandb-files/backup/ --sse-c AES256 --sse-c-key cpizbMQ3dUhaRjPkxBqz6EbAUff70wDo",
        "cpizbMQ3dUhaRjPkxBqz6EbAUff70wDo",
        "--sse-c AES256",
    ),
    (
        "aws s3api get-object --bucket wandb-files --key runs.tar.gz --sse-customer-algorithm AES256 --sse-customer-key Zk3Lm8Qp2Rt7Vw4Xy9Ab6Cd1Ef5Gh0Jn runs.tar.gz",
        "Zk3Lm8Qp2Rt7Vw4Xy9Ab6Cd1Ef5Gh0Jn",
        "--sse-customer-algorithm AES256",
    ),
    # Go's `%v` of a URL's *url.Userinfo: user, password, password set
    (
        "2023-05-13T19:04:42.899Z DEBUG parsed redis url host=10.20.31.7:6379 user=&{default d~-1WQTuQxsFrM0 true}",
        "d~-1WQTuQxsFrM0",
        "user=&{default ",
    ),
    # go-cmp's diff of a spec, in a JSON log's string: the value in Go's `string("…")`
    (
        '{"msg": "spec changed", "diff": "  map[string]any{\\n+  \\"mysql\\": map[string]any{\\"password\\": string(\\"augqKzJ4UZ8FESHg\\")},\\n  }"}',
        "augqKzJ4UZ8FESHg",
        '\\"password\\": string(',
    ),
    # an escaped quote inside the value: bash's ANSI-C quoting (`set` prints so), libpq's DSN
    ("MYSQL_PASSWORD=$'X1hxuPT\\'0~rF*1m2 S38'", "0~rF*1m2 S38", "MYSQL_PASSWORD=$'"),
    (
        "ERROR connect: host=db port=5432 user=wandb password='vd8JeZ5 WVWjpo.\\'rkUN' dbname=wandb sslmode=require",
        "rkUN",
        "dbname=wandb sslmode=require",
    ),
    # TOML's multi-line literal string closed on its line (it may hold both quotes)
    ("password = '''wQDz\"-CtByIqf9x_'DT'''", "CtByIqf9x_'DT", "password = '''"),
    # Helm's `--set` escapes a comma inside a value
    (
        "helm upgrade --install wandb wandb/operator --set-string global.mysql.password=1quBJsu+q\\,TeHJLY9Y --set global.host=https://ml.example.org",
        "TeHJLY9Y",
        "--set global.host=https://ml.example.org",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    "sentinel monitor mymaster 10.77.81.87 6379 2",
    "sentinel auth-pass mymaster ${REDIS_PASSWORD}",
    "sentinel auth-user mymaster wandb",
    '1) "user default on nopass ~* &* +@all"',
    "> x-amz-server-side-encryption-customer-key-MD5: RZs8Vi4yJ1BJ6mKS0HAXBl==",
    "> x-amz-server-side-encryption-customer-algorithm: AES256",
    "aws s3api put-object --bucket b --key k --sse-customer-algorithm AES256 --sse-customer-key fileb://sse.key",
    "customer_key: 4711",
    "DEBUG parsed redis url host=redis:6379 user=&{default  false}",
    '{"diff": "  map[string]any{\\n-  \\"name\\": string(\\"wandb\\"),\\n  }"}',
    "GREETING=$'it\\'s fine'",
    "host=db user=wandb password='${PGPASSWORD}' dbname=wandb",
    "description = '''the password is rotated weekly'''",
    "password = '''",
    "helm upgrade wandb wandb/operator --set global.mysql.passwordSecret.name=wandb-mysql --set ingress.hosts=a\\,b",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_redis_cli_raw_config_get_reply() -> None:
    """Names and values alternate one a line; the value after a secret name goes."""
    assert_gone(
        [
            "$ redis-cli --raw CONFIG GET masterauth",
            "masterauth",
            "gipHy*sp-2SaPl",
            "$ redis-cli -h redis CONFIG GET '*auth*' | cat",
            "masterauth",
            "BfomKtpuBES2LlReaZ7xSp",
            "masteruser",
            "",
        ],
        ["gipHy*sp-2SaPl", "BfomKtpuBES2LlReaZ7xSp"],
    )


def test_redis_cli_raw_reply_of_plain_settings_stays() -> None:
    assert_kept(
        [
            "$ redis-cli --raw CONFIG GET maxmemory",
            "maxmemory",
            "1073741824",
            "$ redis-cli --raw CONFIG GET masterauth",
            "masterauth",
            "",
            "$ redis-cli CONFIG GET requirepass",
            '1) "requirepass"',
            '2) ""',
        ]
    )


def test_hurl_basic_auth_section() -> None:
    assert_gone(
        [
            "GET https://ml.example.org/admin/settings",
            "[BasicAuth]",
            "admin: qtX6h5o5gZz!s6q~l5Q",
            "HTTP 200",
        ],
        ["qtX6h5o5gZz!s6q~l5Q"],
    )


def test_hurl_sections_without_a_password_stay() -> None:
    assert_kept(
        [
            "GET https://ml.example.org/admin/settings",
            "[BasicAuth]",
            "admin: {{admin_password}}",
            "HTTP 200",
            "[Asserts]",
            'jsonpath "$.user" == "admin"',
            "",
            "GET https://ml.example.org/api/health",
            "[QueryStringParams]",
            "verbose: 1",
        ]
    )


def test_hex_key_wrapped_mid_token_with_text_after() -> None:
    """A 40-hex key cut after 20 characters: the rest starts the next line, text after it."""
    assert_gone(
        [
            "wandb: WARNING Using API key from env WANDB_API_KEY=3409eb48ac0b54afe808",
            "6633ddfdfb3e2134ca08 (host https://wandb.example.com)",
        ],
        ["3409eb48ac0b54afe808", "6633ddfdfb3e2134ca08"],
    )


def test_hex_after_a_hex_key_that_makes_no_key_length_stays() -> None:
    lines = [
        "api_key=3409eb48ac0b54afe8083409eb48ac0b54afe808",
        "deadbeef12 is the commit it was built from",
    ]
    from wbdiag.redact import Redactor

    out = list(Redactor().lines(lines))
    assert out[1] == lines[1], out
