"""The generic layer (detectors/generic.py): a value after a secret word or flag that no
specific detector knows goes, and the data that sits in the same place stays."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.detectors.generic import GENERIC_CONTEXT

# (line, the secret that must go): shapes the generic layer finds on its own
FOUND = [
    ("password Hq8m2pX", "Hq8m2pX"),
    ("apikey Zx81Lq", "Zx81Lq"),
    ("connect -a Hq8mZ2pX7vN3 --tls", "Hq8mZ2pX7vN3"),
    ("vault write auth/approle secret Qm7vX2pL9sKd", "Qm7vX2pL9sKd"),
    ("backup --db-password Zx81Lq0Pwe tool", "Zx81Lq0Pwe"),
    ("db secret => Mk3Lq9Zx7Pw", "Mk3Lq9Zx7Pw"),
    ("password\tGz7Pq2Lw9x", "Gz7Pq2Lw9x"),
    ("url?token=Ab12Cd34Ef&page=2", "Ab12Cd34Ef"),
]

# data after a secret word: words, numbers, durations, versions, paths, plain URLs, masks,
# references, object names, code and the next key
STAYS = [
    "password is wandb",
    "-a x86_64",
    "mysql -p wandb_local",
    "token v1.2.3",
    "token expires 3600s",
    "password /run/secrets/db",
    "token https://wandb.corp/x",
    "secret wandb-mysql-7f9c8d-x2k9p",
    "password: ********",
    "password: ${DB_PASSWORD}",
    "password: $(cat /run/secrets/db)",
    "password: %(DB_PASSWORD)s",
    "apikey SecretStr('**********')",
    "passwordRef: arn:aws:secretsmanager:us-east-1:123456789012:secret:wandb-Ab12Cd",
    "checksum/secret: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "POST /oidc/token 8f3a9c2d1e 200",
    'level=warn msg="invalid token" req_id=Ab12Cd34Ef',
    "secrets: [wandb-mysql, wandb-license]",
    "serviceAccountToken: {expirationSeconds: 3607, path: token}",
    "wandb.login(key=api_key, relogin=True)",
    "token_type: Bearer",
    "password_policy: Strict2",
]


@pytest.mark.parametrize(("line", "secret"), FOUND)
def test_generic_finds(line: str, secret: str) -> None:
    spans = list(GENERIC_CONTEXT.find(line))
    assert [line[s:e] for s, e, _ in spans] == [secret]
    out = Redactor()(line)
    assert secret not in out
    assert out.startswith(line[: line.index(secret)])


@pytest.mark.parametrize("line", STAYS)
def test_generic_leaves_data(line: str) -> None:
    assert list(GENERIC_CONTEXT.find(line)) == []
