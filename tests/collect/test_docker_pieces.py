"""The Docker collector's pure parts: W&B images recognised on any registry, image repositories and
container names, the engine's chunked and multiplexed log streams, environment secrets registered
even when no pattern knows them."""

from __future__ import annotations

import pytest

from wbdiag.collect.sources.docker_engine import (
    container_name,
    image_repository,
    is_wandb_image,
    redacted_env,
    register_env_secrets,
)
from wbdiag.collect.sources.docker_logs import dechunk, demultiplex
from wbdiag.redact import Redactor

pytestmark = pytest.mark.servers


# -- the pure parts ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("image", "wandb"),
    [
        ("wandb/local", True),
        ("wandb/local:0.59.2", True),
        ("docker.io/wandb/local:0.59.2", True),
        ("registry.corp/wandb/local", True),
        ("registry.corp:5000/mirror/wandb/local:latest", True),
        ("wandb/local@sha256:" + "a" * 64, True),
        ("WANDB/LOCAL:0.1", True),
        ("wandb/local-dev:1", False),
        ("notwandb/local:1", False),
        ("wandb/megabinary:0.59.2", False),
        ("busybox-plain:latest", False),
        ("sha256:" + "b" * 64, False),
        ("", False),
    ],
)
def test_wandb_image_recognised_on_any_registry(image: str, wandb: bool) -> None:
    assert is_wandb_image(image) is wandb


def test_image_repository_drops_tag_and_digest_not_port() -> None:
    assert (
        image_repository("registry.corp:5000/wandb/local:0.59") == "registry.corp:5000/wandb/local"
    )
    assert image_repository("registry.corp:5000/wandb/local") == "registry.corp:5000/wandb/local"
    assert image_repository("wandb/local:1@sha256:" + "c" * 64) == "wandb/local"


def test_container_name_ignores_link_aliases() -> None:
    assert container_name(["/web/db", "/wandb-local"], "x") == "wandb-local"
    assert container_name([], "abc123") == "abc123"


def _frame(stream: int, payload: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + len(payload).to_bytes(4, "big") + payload


def test_dechunk_stops_at_the_last_chunk() -> None:
    pieces = [b"frame one\n", b"x" * 5000, b"", b"tail"]
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces if p)
    body = body.replace(b"1388\r\n", b"1388;ext=1\r\n") + b"0\r\n\r\nNOT PART OF THE BODY"
    for size in (1, 2, 5, 64, len(body)):
        blocks = [body[i : i + size] for i in range(0, len(body), size)]
        assert b"".join(dechunk(blocks)) == b"".join(pieces)
    with pytest.raises(ValueError):
        list(dechunk([b"zz\r\nabc"]))


def test_demultiplex_frames_split_anywhere() -> None:
    payloads = [b"out line\n", b"err line\n", b"", b"x" * 70_000 + b"\n", b"last"]
    body = b"".join(_frame(1 + i % 2, p) for i, p in enumerate(payloads))
    want = b"".join(payloads)
    for size in (1, 3, 8, 9, 4096, len(body)):
        blocks = [body[i : i + size] for i in range(0, len(body), size)]
        assert b"".join(demultiplex(blocks)) == want
    assert b"".join(demultiplex([body[:-2]])) == want[:-2]  # cut short: what it has


def test_env_secrets_registered_even_when_no_pattern_knows_them() -> None:
    env = {
        "OPAQUE_STORE_KEY": "zq81-opaque-value",  # secret by name (*_KEY) only
        "DATABASE_URL": "postgres://app:pw-84x7@db.internal/app",  # credentials in a URL
        "SMTP_PASSWORD": "abc",  # too short for exact matching: blanked in inspect only
        "LDAP_PASSWORD_REQUIRED": "true",  # a switch, not a secret
        "PWD": "/home/wandb",
        "HOST": "https://wandb.example.test",
    }
    redactor = Redactor()
    register_env_secrets(redactor, env)
    line = "store key zq81-opaque-value, db pw-84x7, true, in /home/wandb, " + env["HOST"]
    out = redactor(line)
    assert "zq81-opaque-value" not in out and "pw-84x7" not in out
    assert out.endswith("true, in /home/wandb, https://wandb.example.test")
    attrs = {"Config": {"Env": [f"{k}={v}" for k, v in env.items()] + ["EMPTY_TOKEN="]}}
    cleaned = dict(e.split("=", 1) for e in redacted_env(redactor, attrs) or [])
    assert cleaned["OPAQUE_STORE_KEY"].startswith("[REDACTED:setting:")
    assert cleaned["SMTP_PASSWORD"].startswith("[REDACTED:setting:")
    assert cleaned["LDAP_PASSWORD_REQUIRED"] == "true" and cleaned["PWD"] == "/home/wandb"
    assert cleaned["EMPTY_TOKEN"] == ""
    assert redacted_env(redactor, {"Config": {"Env": None}}) is None
