"""Secrets in tables as people export and paste them: an rST or `tabulate` grid (its `+===+`
rule under the header, rules between rows), DokuWiki's `^ header ^` row, a spreadsheet's CSV
with CRLF line ends and a BOM, a table exported as text one cell per line, a PDF form's fields
as `pdftk dump_data_fields` lists them; and the look-alikes around them: a table of variable
names and where their values live, folders named by a page id, a chat's typed id."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_GRID = "+----------+---------------------+"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # rST grid: `+===+` under the header, a rule between rows, letters-only passwords
        ([_GRID, "| service  | api token           |", _GRID.replace("-", "="), "| minio    | Qw7_tZ-v2Lk9xPb     |", _GRID, "| grafana  | mKdTrpLQwzVhUenaY   |", _GRID], ["Qw7_tZ-v2Lk9xPb", "mKdTrpLQwzVhUenaY"]),
        # a value wrapped onto the next row of its column
        ([_GRID, "| user     | password            |", _GRID, "| svc      | Hq3-nZ8vT            |", "|          | w2Lk~9xPb           |", _GRID], ["Hq3-nZ8vT", "w2Lk~9xPb"]),
        # a key/value table's value wrapped onto the rows below, the name's cell left empty
        (["+-------------+----------------+", "| api_token   | Xk3vLq9Zt2Wm |", "|             | Pb7nRz4Qy8Hs |", "|             | Tc5d |", "+-------------+----------------+"], ["Xk3vLq9Zt2Wm", "Pb7nRz4Qy8Hs", "Tc5d"]),
        # DokuWiki: a header row of `^` cells, rows of `|` (and a row header in `^`)
        (["^ Server ^ Login ^ Secret ^", "| db.internal | wandb | Rp4~kXz92mQe |", "^ cache | default | bNmXqTrvLpWoZi |"], ["Rp4~kXz92mQe", "bNmXqTrvLpWoZi"]),
        # AsciiDoc's PSV table: `|===` above the header, each cell opened by `|`, no rule
        (['[cols="2,1,2",options="header"]', "|===", "|Service |Login |Secret", "|minio |ops |Tq8~wZp3Lx!k", "|redis |default |Vn5.Kd2zQw7r", "|==="], ["Tq8~wZp3Lx!k", "Vn5.Kd2zQw7r"]),
        # a spreadsheet's CSV export: CRLF ends, quoted cells; a BOM before the header
        (['"Env","Owner","Access Token"\r', '"prod","ml","9f2c41d0b7e6a3f58c1d2e4b6a7f8091c3d5e7f9"\r'], ["9f2c41d0b7e6a3f58c1d2e4b6a7f8091c3d5e7f9"]),
        (["\ufeffTitle,Team,Password,Status", "Label Studio,ml-infra,Zk7.mPq~3Rt,active"], ["Zk7.mPq~3Rt"]),
        # a table as text, one cell per line: the label's column, row after row
        (["Name", "Password", "Notes", "postgres", "Lm4xQ9zRt2Kw7", "rotated", "airflow", "Tq8~wZp3Lx", "none"], ["Lm4xQ9zRt2Kw7", "Tq8~wZp3Lx"]),
        # ... its first value of cases and a symbol, no digit
        (["Service", "User", "Password", "Redis", "default", "pXqTzRv~KmWnLs", "MinIO", "minio", "Kw7.Tq8~wZp3Lx"], ["pXqTzRv~KmWnLs", "Kw7.Tq8~wZp3Lx"]),
        # a PDF form's fields: the value of the field whose name names a secret
        (["---", "FieldType: Text", "FieldName: smtp_password", "FieldNameAlt: SMTP password", "FieldFlags: 0", "FieldValue: Vt5!qLm8zX", "FieldJustification: Left"], ["Vt5!qLm8zX"]),
    ],
)  # fmt: skip
def test_exported_table_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # variable names and where their values live (a Vault path, a Secret's name)
        ["| Name | Where | Needed |", "|---|---|---|", "| `REDIS_PASSWORD` | `secret/ml/redis` in Vault | yes |", "| `HF_TOKEN` | `kv/hub/ci#token` | no |"],
        ["S3_SECRET_KEY=kv/storage/minio"],
        # a CSV header over rows whose password cells are masks or words
        ['"Env","Owner","Password"\r', '"prod","ml","********"\r'],
        # one cell per line after a label: names and words, no generated value
        ["Service", "Password", "Rotation", "MinIO", "see vault", "monthly", "Grafana", "ask ops", "never"],
        ["Password", "Reset it in the console every month.", "ab3f9c2e1d"],
        ["Service", "Password", "Owner", "MinIO", "see vault", "ML-Platform", "Grafana", "ask ops", "Data-Eng/Infra"],
        ["License", "State: Active", "Users: 212 / 500", "Renewal: 2026-03-01"],
        # a PDF form's field that names no secret; one that names a secret with no value
        ["FieldName: first_name", "FieldFlags: 0", "FieldValue: Xq7vLm2Pz9"],
        ["FieldName: password_hint", "FieldValue: Off"],
        # an export's folders and files named by a 32-hex page id beside a word like `Secrets`
        ["Secrets rotation 4f1c0a9e8b7d6c5e4f3a2b1c0d9e8f7a/Screenshot 2.png", "Token audit 0a1b2c3d4e5f60718293a4b5c6d7e8f9/Untitled Database 3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c.csv"],
        # a chat's typed id (Teams, Skype): `19:…@thread.v2` is no user and password
        ['{"chatId":"19:0a1b2c3d4e5f60718293a4b5c6d7e8f9@thread.v2","etag":"1700000000000"}', "conversation 8:4f1c0a9e8b7d6c5e@unq.gbl.spaces"],
        # a key/value table's wrapped cells under names that are no secrets
        ["| owner    | ml-platform |", "|          | team        |", "| password | see vault   |", "|          | entry       |"],
        # an AsciiDoc table whose secret column holds words
        ["|===", "|Service |Password", "|minio |in the vault", "|redis |ask ops", "|==="],
        # a DokuWiki table whose secret column holds words
        ["^ Host ^ Password ^", "| db.internal | in the vault |"],
    ],
)  # fmt: skip
def test_exported_table_lookalikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
