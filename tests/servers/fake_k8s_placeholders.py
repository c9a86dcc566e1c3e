"""What the fake Kubernetes fixtures' placeholders expand to: times relative to now (`${now-5m}`,
`${nowus}`) in the API server's formats, and the secret values planted in them
(`${sentinel:NAME}`), none of which may ever appear in a bundle."""

from __future__ import annotations

import base64
import json
import re
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PLACEHOLDER = re.compile(r"\$\{([^{}]+)\}")
_NOW_EXPR = re.compile(r"(now|nowus)(?:([+-])(\d+)([smhd]))?")


def rfc3339(ts: datetime) -> str:
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc3339_micro(ts: datetime) -> str:
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def rfc3339_nano(epoch_ns: int) -> str:
    """Go's time.RFC3339Nano, as the kubelet prints it: trailing zeros of the fraction dropped."""
    secs, nanos = divmod(epoch_ns, 1_000_000_000)
    base = datetime.fromtimestamp(secs, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    frac = f"{nanos:09d}".rstrip("0")
    return f"{base}.{frac}Z" if frac else f"{base}Z"


def parse_rfc3339(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _random_chars(alphabet: str, n: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _fake_jwt(subject: str) -> str:
    header = {"alg": "RS256", "kid": secrets.token_hex(8), "typ": "JWT"}
    payload = {
        "iss": "https://license.wandb.example",
        "sub": subject,
        "aud": "wandb-local",
        "maxUsers": 50,
        "maxStorageGb": 10000,
        "expiresAt": "2099-01-01T00:00:00Z",
        "nonce": secrets.token_hex(16),
    }
    sig = secrets.token_bytes(256)
    return ".".join(b64url(json.dumps(p).encode()) for p in (header, payload)) + "." + b64url(sig)


def make_sentinels() -> dict[str, str]:
    """Secret values planted in the fixtures; a bundle must contain none of them."""
    upper = string.ascii_uppercase + string.digits
    key_chars = string.ascii_letters + string.digits  # no "/" or "+": it sits inside a URL
    return {
        "mysql_password": f"k8s-Secret-pw-{secrets.token_hex(6)}",
        "mysql_root_password": f"k8s-Secret-root-{secrets.token_hex(6)}",
        "redis_password": f"k8s-Secret-redis-{secrets.token_hex(6)}",
        "session_key": f"k8s-Secret-session-{secrets.token_hex(12)}",
        "oidc_client_secret": f"k8s-Secret-oidc-{secrets.token_hex(8)}",
        "license": _fake_jwt("wandb-fake-customer"),
        "tls_key": base64.b64encode(b"fake-private-key-" + secrets.token_bytes(48)).decode(),
        "inline_mysql_password": f"pw-Inline-{secrets.token_hex(6)}",
        "inline_license": _fake_jwt("wandb-inline-license"),
        "bucket_access_key": "AKIAFAKE" + _random_chars(upper, 12),
        "bucket_secret_key": _random_chars(key_chars, 40),
    }


@dataclass(frozen=True)
class Context:
    now: datetime
    sentinels: Mapping[str, str]

    def resolve(self, expr: str) -> str | None:
        m = _NOW_EXPR.fullmatch(expr)
        if m:
            delta = 0
            if m.group(2):
                delta = int(m.group(3)) * _UNITS[m.group(4)]
                if m.group(2) == "-":
                    delta = -delta
            when = self.now + timedelta(seconds=delta)
            return rfc3339_micro(when) if m.group(1) == "nowus" else rfc3339(when)
        if expr.startswith("sentinel:"):
            name = expr.split(":", 1)[1]
            if name not in self.sentinels:
                raise KeyError(f"unknown sentinel {name!r} in fixtures")
            return self.sentinels[name]
        return None  # ${ts}, ${i}... are filled later, per log line

    def expand(self, value: Any) -> Any:
        if isinstance(value, str):
            return _PLACEHOLDER.sub(lambda m: self.resolve(m.group(1)) or m.group(0), value)
        if isinstance(value, list):
            return [self.expand(v) for v in value]
        if isinstance(value, dict):
            return {k: self.expand(v) for k, v in value.items()}
        return value
