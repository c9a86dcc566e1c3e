"""Secrets in the layouts the collectors write, where the value's name is in another cell, on
another row or under another encoding: a MySQL client's name/value rows, `mysqld --verbose
--help`'s variables, `mysqlbinlog -v` row images, a W&B API key under a bare `key`, list-form
command lines (a Compose healthcheck's `test:`), curl `--trace-ascii` rows and multipart form
fields, a URL's password with characters a JSON string escapes, a logfmt DSN with an escaped
quote, a query percent-encoded twice, urlparse's port error, a base64 value beside its name;
with the look-alikes of each beside them."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_BOX = "+-----------------+----------------------+"


def trace_ascii(direction: str, data: bytes) -> list[str]:
    """curl `--trace-ascii`'s lines for `data`: 64 bytes a row, a row ended after CRLF."""
    lines = [f"{direction} {len(data)} bytes (0x{len(data):x})"]
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and j - i < 64:
            j += 1
            if data[j - 2 : j] == b"\r\n":
                break
        text = data[i:j].rstrip(b"\r\n").decode()
        lines.append(f"{i:04x}: {text}")
        i = j
    return lines


_BODY = (
    b"grant_type=authorization_code&code=Kd8mW3xQz5vR7tLa0b1c2d3e4f5g6h7i8j9k0AbCdEf"
    b"&redirect_uri=https%3A%2F%2Fwandb.example.com%2Foidc%2Fcallback&client_id=wandb"
    b"&client_secret=Zq8xLm2Pw7Kd4R9sT1uV3wX5yZ7aB9cD"
)
_FORM = (
    b"--------------------------d0cd6ec51be73671\r\n"
    b'Content-Disposition: form-data; name="key"\r\n\r\nuploads/run-abc/${filename}\r\n'
    b"--------------------------d0cd6ec51be73671\r\n"
    b'Content-Disposition: form-data; name="x-amz-signature"\r\n\r\n'
    b"74de84e05396e9ea14fca39414eeeebd7f230301bea1e541a55572df184ff200\r\n"
    b"--------------------------d0cd6ec51be73671--\r\n"
)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # MySQL's box: a name cell, its value in the next (a short value too)
        ([_BOX, "| name            | value                |", _BOX, "| smtp_host       | smtp.example.com|", "| smtp_password   | guS.jhQ*SsjY         |", _BOX], ["guS.jhQ*SsjY"]),
        # psql's rows, no outer bars
        ([" report_password | Vq8#nL3wKz5xPq2m"], ["Vq8#nL3wKz5xPq2m"]),
        # mysqld --verbose --help's variables: name, spaces, value
        (["report-host                                                  10.18.244.112", "report-password                                              24VEsv5lgOze"], ["24VEsv5lgOze"]),
        # `pulumi config --show-secrets`: a key under its namespace, also in an indented block
        (["$ pulumi config --show-secrets", "KEY                     VALUE", "aws:region              eu-west-1", "wandb:dbPassword        Iunh+-AjUn2O+cO"], ["Iunh+-AjUn2O+cO"]),
        (["    KEY                     VALUE", "    wandb:dbPassword        wFJM+!8_-~Zs5Cl", "    wandb:namespace         wandb"], ["wFJM+!8_-~Zs5Cl"]),
        # mysqlbinlog -v: a row image names no column; a generated value goes
        (["### INSERT INTO `wandb_local`.`integrations`", "### SET", "###   @1=2286", "###   @2='slack'", "###   @3='j06gQMExQ4kRWYDc6wP21ASrJqc2u8MblEys2A7D'"], ["j06gQMExQ4kRWYDc6wP21ASrJqc2u8MblEys2A7D"]),
        # a W&B API key under a bare `key`: a traceback's local, the slow log's WHERE
        (["Traceback (most recent call last):", '  File "/usr/lib/python3/site-packages/wandb/sdk/wandb_login.py", line 289, in _login', "    key = '990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d'"], ["990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d"]),
        (["SELECT id FROM api_keys WHERE raw_key = 'de47fe4687b151874da85343220cc6c5eb9ea360' LIMIT 1;"], ["de47fe4687b151874da85343220cc6c5eb9ea360"]),
        # ... and a bare `key:` opening a chat message or a line, the key set apart as code
        (['{"body":"key: `73a6276a21bd54f979d29ac3e17df107434668bd`","msgtype":"m.text"}'], ["73a6276a21bd54f979d29ac3e17df107434668bd"]),
        (["<p>key: <code>5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e</code></p>", "key: 5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e"], ["5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e"]),
        # ... also said to be the one in use (a ticket's note)
        (["key in use: 5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e\"", "key used: 5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e"], ["5c0e2b9d4f7a1c3e6b8d0f2a4c6e8b1d3f5a7c9e"]),
        # ... and after a command line's `--key` (systemctl status's CGroup tree, ps)
        (["     CGroup: /system.slice/wb-sync.service", "             \u2514\u250012077 /usr/bin/python3 /opt/wb/sync.py --key 3c9a1f5e7b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a"], ["3c9a1f5e7b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a"]),
        (["root  812  1  0 09:12 ?  00:00:01 /opt/wb/agent -key=3c9a1f5e7b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a"], ["3c9a1f5e7b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a"]),
        # list-form command lines: a Compose healthcheck's test, docker inspect's Test array
        (["    healthcheck:", "      test:", "        - CMD", "        - redis-cli", "        - -a", "        - cEc7mDInAaDlyA+1F1K4", "        - ping"], ["cEc7mDInAaDlyA+1F1K4"]),
        (['            "Test": [', '                "CMD-SHELL",', '                "redis-cli -a Xsn2_Phg1.K8Fe ping"', "            ],"], ["Xsn2_Phg1.K8Fe"]),
        # curl --trace-ascii: a form body cut every 64 bytes, the code's and the secret's rest on
        # the next row
        (trace_ascii("=> Send data,", _BODY), ["Kd8mW3xQz5vR7tLa0b1c2d3e4f5g6h7i8j9k0AbCdEf", "Zq8xLm2Pw7Kd4R9sT1uV3wX5yZ7aB9cD"]),
        # a presigned POST's form fields, in a trace's rows and as plain lines
        (trace_ascii("=> Send data,", _FORM), ["74de84e05396e9ea14fca39414eeeebd7f230301bea1e541a55572df184ff200"]),
        (_FORM.decode().split("\r\n"), ["74de84e05396e9ea14fca39414eeeebd7f230301bea1e541a55572df184ff200"]),
        # a URL's password with `<` (raw, or JSON-escaped `\u003c`)
        (['{"msg":"smtp sink","sink":"smtp://mailer:4KSYtW2P\\u003c\\u00e99rA01sfU@smtp.example.com:587"}'], ["4KSYtW2P", "9rA01sfU"]),
        (["sink=smtp://mailer:4KSYtW2P<9rA01sfU@smtp.example.com:587"], ["4KSYtW2P", "9rA01sfU"]),
        # logfmt: an escaped quote inside a DSN's password
        (['time=2024-04-10T10:19:46Z level=info msg="db configured" dsn="wandb:ptCU+~CW\\"Q07!TdTp@tcp(mysql.example.com:3306)/wandb"'], ["ptCU+~CW", "Q07!TdTp"]),
        # a presigned URL percent-encoded twice: every secret parameter, not only the first
        (["GET /artifacts/redirect?next=https%3A%2F%2Fb.s3.amazonaws.com%2Fx%3FX-Amz-Security-Token%3DIQoJb3JpZ2luX2Vj%252BNN5u%26X-Amz-Signature%3Df75cc5952fe1532f144dd7a6cfbede8e8c5764aca4e2afa34e8c570a04dc3242 HTTP/1.1"], ["IQoJb3JpZ2luX2Vj", "f75cc5952fe1532f144dd7a6cfbede8e8c5764aca4e2afa34e8c570a04dc3242"]),
        # urlparse's port: the password's head when the password holds a `/`
        (["ValueError: Port could not be cast to integer value as '4w88h3mcDe'"], ["4w88h3mcDe"]),
        # a base64 value beside the name that says what it is
        (['{"level":"debug","msg":"loaded secret","name":"GORILLA_SESSION_SECRET","b64":"cnhKSFJlTndLdVBrIUM="}'], ["cnhKSFJlTndLdVBrIUM="]),
    ],
)  # fmt: skip
def test_collected_layout_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # a box's name cells without a secret value: empty, NULL, a mask, a column's type
        [_BOX, "| smtp_password   |                      |", "| smtp_password   | NULL                 |", "| smtp_password   | ********             |", "| api_key | varchar(64) | YES |     | NULL    |       |"],
        # mysqld --help's table: help text, a file, a count; an option's description
        ["report-password                                              (No default value)", "caching-sha2-password-private-key-path                       private_key.pem", "password-history                                             3", "  --password[=name]   Password to use when connecting to server."],
        # `pulumi config` without --show-secrets: the secret shown as `[secret]`; plain keys
        ["KEY                     VALUE", "wandb:dbPassword        [secret]", "wandb:dbPasswordSecretName  wandb-mysql", "  aws:region            eu-west-1", "    tokenTTL            3600"],
        # binlog row images: a word, a hex digest, a UUID, a path, a name of words
        ["###   @2='slack'", "###   @4='2f1c3e5d7a9b0c2e4f6a8b1d3c5e7f9a0b2c4d6e'", "###   @4='550e8400-e29b-41d4-a716-446655440000'", "###   @5='wandb-artifacts/runs/abc123/files/Output.log'", "###   @5='Artifact_v12_model-weights-2024'"],
        # a digest under a name of its own; a bare key that is a path
        ["sort --key 2 runs.txt", "git log --sort-key 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d", "restic --key-hint 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d"],
        # ... a key of something after a word: a cache's, an object's, a commit's as a JSON member
        ["Restored cache key: 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d", "cache key in use: 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d", "key fingerprint: 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d", "object key: `990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d`", "sort key: 990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d", "key: runs/990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d.json"],
        ["    commit = '990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d'", "    cache_key = '990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d'", "    key = 'runs/abc123/config.yaml'", '  "key": "990fcfbeba3ba7cdf815e48a32cf6ab21653ed6d",', "SELECT id FROM api_keys WHERE key_hash = UNHEX(SHA2(?, 256)) AND user_id = 3337;"],
        # a healthcheck's test without a password
        ["    healthcheck:", "      test:", "        - CMD", "        - redis-cli", "        - ping"],
        # a trace of a public client's request; a form's field that names no secret
        trace_ascii("=> Send data,", b"grant_type=refresh_token&client_id=wandb-cli&scope=openid%20profile%20email&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback"),
        ["--xyz", 'Content-Disposition: form-data; name="policy"', "", "publicread", "--xyz--"],
        # a form's secret field with a template or a mask
        ["--xyz", 'Content-Disposition: form-data; name="password"', "", "${PASSWORD}", "--xyz--"],
        # `<…>` around a URL without a password, a mail address after it
        ["see <https://wandb.example.com/> or mail admin@example.com"],
        # a port that is a number; a name's base64 value that names no secret
        ["ValueError: Port out of range 0-65535"],
        ['{"level":"debug","msg":"loaded config","name":"GORILLA_HOST","b64":"aHR0cHM6Ly93YW5kYi5leGFtcGxlLmNvbQ=="}'],
        # the server's words for a login that used a password
        ["java.sql.SQLException: Access denied for user 'wandb'@'10.199.242.109' (using password: YES)"],
    ],
)  # fmt: skip
def test_collected_layout_lookalikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
