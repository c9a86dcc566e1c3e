"""An account and its password joined by a spaced slash, as a ticket, a chat or a Jenkins
script console's credential listing writes them (detectors/accountpair.py): the password goes,
the account stays; a slash between words, paths, ratios and Kubernetes names stays."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, what must stay)
GIVEN = [
    ("Failover done. Replica now reachable with root / dTJ9VuV7ZWky-+t5*IO", "dTJ9VuV7ZWky-+t5*IO",
     "with root / "),
    ('{"content":"reachable with root / ZBnIaFOQL7ZK7sCO","created_at":"2025-10-08T18:59:03Z"}',
     "ZBnIaFOQL7ZK7sCO", '","created_at"'),
    # a Jenkins script console's `println(c.id + " : " + c.username + " / " + c.password)`
    ("mysql-wandb : wandb / Q75ZvjK1plbZ7M1J;#Vm", "Q75ZvjK1plbZ7M1J;#Vm", "mysql-wandb : wandb"),
    ("login admin / Xk9vQ2mLp7Zr.", "Xk9vQ2mLp7Zr", "login admin / "),
    ("MinIO console: minioadmin / Gq2vYR8dMPa7 (rotate me)", "Gq2vYR8dMPa7", "(rotate me)"),
    # an address as the account, a runbook's list item with a bold label
    ("- **Console login:** ops.team@corp.example.org / Gq2vYR8d*MPa7", "Gq2vYR8d*MPa7",
     "ops.team@corp.example.org / "),
    # a note in a file's comment: the account given its password by `=` or `:`
    ("  # TEMP do not commit: root = Zq7#Lm2vKp9W", "Zq7#Lm2vKp9W", "# TEMP do not commit: root = "),
    ("// old admin: Xk9vQ2mLp7Zr!", "Xk9vQ2mLp7Zr!", "// old admin: "),
]  # fmt: skip

STAYS = [
    "read / write",
    "root / home / user",
    "admin / Settings / Users",
    "user / 8f3a9c21",
    "default / wandb-app-7f9c8d5b4-xk2lp",
    "postgres / pg_stat_activity",
    "/srv/root / Xk9vQ2mLp7Zr",
    "root / UserGuide_v2.pdf",
    "admin / Admin-Console",
    "wandb / 10.0.0.12:8080",
    "service / kube-dns-Autoscaler",
    "alice@example.com / bob@example.com",
    "alice@example.com / Support-Portal",
    "ops@example.com / 2024-01-15T09:30",
    # an account as a setting's name outside a comment; in a comment with a word or a path
    "root = /srv/www/wandb",
    "# root = /var/lib/wandb",
    "# user: ServiceAccount",
    "# admin = true, root = false",
    "# redis: Redis-Cluster-v7",
    "#admin=Operator,AuditAdmin,",
]


@pytest.mark.parametrize(("line", "secret", "kept"), GIVEN)
def test_an_accounts_password_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


@pytest.mark.parametrize("line", STAYS)
def test_a_slash_between_other_words_stays(line: str) -> None:
    assert_kept([line])
