"""Passwords in what a database client prints: rows under a query that names its columns (with
or without a header row), MySQL's box with its rule above the header, header cells of a few
words (`generated password`), and a statement a tool cut inside its password."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


_RULE = "+--------+-----------+------------------+"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # the query names the columns; no header row, a box rule before the rows or none
        (["mysql> SELECT host, user, auth_token FROM api_clients;", _RULE, "| db-1   | ci        | Tb6qP9wLx3mZ4kQ2 |"], ["Tb6qP9wLx3mZ4kQ2"]),
        (["SELECT `id`, `name`, `webhook_secret` FROM integrations LIMIT 2;", "| 7 | slack | Kd8%mW3xQz5vR7tL |", "| 9 | pd | Zq8;xLm2Pw7#Kd4R |"], ["Kd8%mW3xQz5vR7tL", "Zq8;xLm2Pw7#Kd4R"]),
        # `mysql -B`: tab-separated rows under the statement
        (["$ mysql -B -e 'SELECT u.name, u.api_key FROM users u'", "ci-bot\tHk4zW8qLx2v9Tb6q"], ["Hk4zW8qLx2v9Tb6q"]),
        # the header row after the statement replaces the names the query gave
        (["mysql> SELECT * FROM creds;", _RULE, "| host   | user      | password         |", _RULE, "| db-1   | repl      | Vq8#nL3wKz5xPq2m |"], ["Vq8#nL3wKz5xPq2m"]),
        # a box's rule above a header of a few words, the rows right under it
        ([_RULE, "| user   | host      | initial password |", "| app    | %         | Gn9*xT4m:Kb2w<Q! |"], ["Gn9*xT4m:Kb2w<Q!"]),
        # a statement cut inside its password (`sys.session`, a log shipper's `…`)
        (["| 12 | root@localhost | ALTER USER 'wandb'@'%' IDENTIFIED BY 'Rz2vN7kXq4... |"], ["Rz2vN7kXq4"]),
        (["stmt=\"SET PASSWORD FOR 'app'@'%' = 'Wm4pZ7xLq2c…"], ["Wm4pZ7xLq2c"]),
    ],
)  # fmt: skip
def test_table_and_statement_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # columns that name no secret; a password column of masks and plugin names
        ["mysql> SELECT id, name, created_at FROM runs;", "| 1 | run-abc123 | 2026-01-02 10:00:00 |"],
        ["mysql> SELECT user, plugin, password_expired FROM mysql.user;", "| wandb | caching_sha2_password | N |"],
        # MySQL's keyword, not a password; a box around a key/value table without a header
        ["mysql> CREATE USER 'ro'@'%' IDENTIFIED BY RANDOM PASSWORD;"],
        [_RULE, "| Variable_name | Value |", _RULE, "| have_ssl      | YES   |"],
        # a statement cut after its password's closing quote
        ["| 3 | root@localhost | SELECT name FROM users WHERE note = 'x'... |"],
    ],
)  # fmt: skip
def test_neighbours_stay(lines: list[str]) -> None:
    assert_kept(lines)
