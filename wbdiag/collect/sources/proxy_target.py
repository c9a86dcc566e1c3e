"""What the load-balancer probes aim at (the W&B HOST as scheme, host, port) and the time budget
they share; used by the TLS, HTTP and websocket parts of the proxy collector."""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0


class Deadline:
    """Per-call timeouts that never run past the collector's own budget."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def cap(self, seconds: float) -> float:
        left = self.left()
        if left <= 0.2:
            raise TimeoutError("the proxy collector's time budget is used up")
        return min(seconds, left)


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int

    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """scheme://host[:port]: no credentials, no path."""
        return f"{self.scheme}://{self.netloc}"


def parse_host(value: str) -> Target:
    """The W&B HOST as the probe's target (credentials and path dropped; https:// assumed when
    the scheme is missing)."""
    raw = value.strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"HOST must be an http(s) URL, not {scheme}://")
    if not parts.hostname:
        raise ValueError("HOST has no host name")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise ValueError("HOST has an invalid port") from exc
    return Target(scheme=scheme, host=parts.hostname, port=port)


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def rfc3339(value: datetime.datetime) -> str:
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
