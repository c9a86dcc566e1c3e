"""Secrets in records whose holding member has a plain name, marked by the record or the command
around it: 1Password's item fields (`op item get --format json`: `"type": "CONCEALED"`,
`"purpose": "PASSWORD"`; `--fields … --reveal`'s line of values), a Terraform state's
`random_string` named after a secret, and the SDK's service log printing its settings as protobuf
text (`api_key {` / `value: "…"`). The look-alikes of the same places stay byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # 1Password's item as JSON: a concealed field, named or not
        (['  "fields": [', "    {", '      "id": "password",', '      "type": "CONCEALED",', '      "purpose": "PASSWORD",', '      "label": "password",', '      "value": "Bafxkd9Fo*59Ida",', '      "reference": "op://Infra/wandb-mysql/password"', "    }"], ["Bafxkd9Fo*59Ida"]),
        (["    {", '      "id": "h2kq7mzt4xv",', '      "type": "CONCEALED",', '      "label": "license",', '      "value": "Zq8xLm2Pw7KdTr4v"', "    }"], ["Zq8xLm2Pw7KdTr4v"]),
        # ... and its fields revealed, one line of values
        (['$ op item get "W&B Server prod" --vault Infra --fields label=mysql_password,label=license --reveal', "OX!C~L!JuW1MuuYMEbF,"], ["OX!C~L!JuW1MuuYMEbF"]),
        # a random_string named after a secret: its result, and its id, which repeats it
        (["    {", '      "mode": "managed",', '      "type": "random_string",', '      "name": "master_password",', '      "instances": [ { "schema_version": 2, "attributes": {', '            "id": "QTmewx2aCcp6oV9jhiw7Sc6M7TiYxyAV",', '            "length": 32,', '            "result": "QTmewx2aCcp6oV9jhiw7Sc6M7TiYxyAV",', '            "special": false', "      } } ]", "    }"], ["QTmewx2aCcp6oV9jhiw7Sc6M7TiYxyAV"]),
        # the SDK's service log: settings as protobuf text
        (["2025-08-29 15:49:38,780 DEBUG   MainThread:98796 [server_sock.py:server_inform_init():109] server_inform_init: settings {", "  api_key {", '    value: "59ce3cb8a9d2b5306227fcf7631daba86fbbd28a"', "  }", "  base_url {", '    value: "https://wb.internal.example.com"', "  }", "}"], ["59ce3cb8a9d2b5306227fcf7631daba86fbbd28a"]),
    ],
)  # fmt: skip
def test_a_record_marked_secret_loses_its_value(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # 1Password's plain fields: a user name, a URL
        (["    {", '      "id": "username",', '      "type": "STRING",', '      "purpose": "USERNAME",', '      "label": "username",', '      "value": "wandb_admin"', "    }"]),
        # fields that name no secret, revealed
        (['$ op item get "W&B Server prod" --fields label=username,label=hostname --reveal', "wandb_admin,mysql.example.com"]),
        # a random_string that names no secret (a suffix of a bucket's name)
        (["    {", '      "mode": "managed",', '      "type": "random_string",', '      "name": "bucket_suffix",', '      "instances": [ { "schema_version": 2, "attributes": {', '            "id": "k3v9qz",', '            "length": 6,', '            "result": "k3v9qz"', "      } } ]", "    }"]),
        # protobuf settings that name no secret, and an HCL block named after one
        (["server_inform_init: settings {", "  base_url {", '    value: "https://wandb.lab.example.edu"', "  }", "  run_id {", '    value: "q91nojbc"', "  }", "}"]),
        (["  secret {", '    secret_name = "wandb-tls"', "  }"]),
    ],
)  # fmt: skip
def test_an_unmarked_record_stays(lines: list[str]) -> None:
    assert_kept(lines)
