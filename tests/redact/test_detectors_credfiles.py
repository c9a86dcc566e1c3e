"""Lines of tools' credential files (detectors/credfiles.py): libpq's `.pgpass`, pgbouncer's
auth_file, postfix's `sasl_passwd`, curl's config file and Kafka's JAAS `user_NAME="…"`; what
goes, what stays next to it, and the look-alikes each leaves, on both prefilter engines."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # .pgpass
    ("db.corp:5432:wandb:wandb:Cedar4470%ybbdo", "Cedar4470%ybbdo", "db.corp:5432:wandb:wandb:"),
    ("*:*:*:replicator:Zt5#pW8mKq3v", "Zt5#pW8mKq3v", "*:*:*:replicator:"),
    (
        "2026-11-28T10:00:00.000000001Z pg-primary:5432:*:wandb:Lm4@xQ9vTz2k",
        "Lm4@xQ9vTz2k",
        "pg-primary:5432:*:wandb:",
    ),
    # pgbouncer's userlist.txt
    ('  "ml_writer"\t"Rz2@vN7kXq4p"', "Rz2@vN7kXq4p", '"ml_writer"'),
    (
        '"wandb" "md5a3f9c2e1b5d8a4f6e0c7b2d9e4f1a8c3"',
        "md5a3f9c2e1b5d8a4f6e0c7b2d9e4f1a8c3",
        '"wandb"',
    ),
    # postfix sasl_passwd
    ("relay.corp.test:465 ops@corp.test:Yc3&hL8qWv5n", "Yc3&hL8qWv5n", "ops@corp.test:"),
    ("[smtp.corp.test]:587 alerts@corp.test:Hq7vN2kLx9zR", "Hq7vN2kLx9zR", "[smtp.corp.test]:587"),
    # curl's config file
    ("proxy-user: ops:Gn9*xT4mKb2w", "Gn9*xT4mKb2w", "proxy-user: ops:"),
    ('user = "deploy:Wq3#nT8vKz5m"', "Wq3#nT8vKz5m", 'user = "deploy:'),
    # Kafka JAAS PlainLoginModule
    ('  user_gorilla = "Jx5=rM8vQk3z"', "Jx5=rM8vQk3z", "user_gorilla"),
    ('    user_admin="Pk8vT3mQx7Wz2nLb";', "Pk8vT3mQx7Wz2nLb", "user_admin="),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    # colons of an address or a clock, a trailing `*`, an empty password
    "ff02:0:0:5432:0:0:0:1",
    "pool:5432:wandb:ops:12:00:01",
    "backend:5432:wandb:ops:*",
    "host:*:db:user:",
    # two short quoted words; a password under eight characters is no generated one
    '"wandb" "files"',
    # a port and an address, no user:password pair after it
    "relay.corp.test:587 connection refused",
    # a user with no password
    "user = ops:",
    # fields about users, not a JAAS user's password
    'user_agent="Mozilla/5.0 (X11; Linux x86_64)"',
    'user_id="4f1a8c3e"',
]


@pytest.mark.parametrize("line", STAYS)
def test_stays(line: str) -> None:
    assert_kept([line])
