"""Host names as W&B's sources state them: certificate name matching (RFC 6125), the origin of a
URL, S3 CORS origin patterns, and names only reachable from inside a network."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

# Suffixes that resolve only inside a cluster or a private network (Kubernetes service DNS,
# mDNS, the names cloud providers and RFC 6762/8375 reserve for internal use).
INTERNAL_SUFFIXES = (
    ".svc",
    ".svc.cluster.local",
    ".cluster.local",
    ".local",
    ".localhost",
    ".internal",
    ".intranet",
    ".lan",
    ".home.arpa",
)


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def dns_match(pattern: str, host: str) -> bool:
    """RFC 6125 matching: exact, or a wildcard as the whole leftmost label of a name with at
    least three labels: `*.example.com` matches `a.example.com`, not `example.com` nor
    `a.b.example.com`."""
    pattern = pattern.lower().rstrip(".")
    host = host.lower().rstrip(".")
    if "*" not in pattern:
        return pattern == host
    first, _, rest = pattern.partition(".")
    if first != "*" or "*" in rest or rest.count(".") < 1:
        return False
    head, _, host_rest = host.partition(".")
    return bool(head) and host_rest == rest


def url_parts(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL (https assumed without a scheme); None otherwise."""
    raw = url.strip()
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def origin(url: str) -> str | None:
    """`scheme://host[:port]` as a browser sends it in `Origin` (default port left out)."""
    parts = url_parts(url)
    if parts is None:
        return None
    scheme, host, port = parts
    shown = f"[{host}]" if ":" in host else host
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{shown}" if port == default else f"{scheme}://{shown}:{port}"


def cors_allows(pattern: str, origin_value: str) -> bool:
    """S3 CORS AllowedOrigin semantics: exact, `*`, or one `*` wildcard anywhere."""
    if pattern == "*":
        return True
    if pattern.count("*") == 1:
        head, tail = pattern.split("*")
        return (
            len(origin_value) >= len(head) + len(tail)
            and origin_value.startswith(head)
            and origin_value.endswith(tail)
        )
    return pattern == origin_value


def internal_only(host: str) -> str | None:
    """Why clients outside the network cannot reach `host`, or None when they may."""
    name = host.lower().rstrip(".").strip("[]")
    if is_ip(name):
        ip = ipaddress.ip_address(name)
        if ip.is_loopback:
            return "a loopback address"
        if ip.is_link_local:
            return "a link-local address"
        if ip.is_private or ip in ipaddress.ip_network("100.64.0.0/10"):
            return "a private address"
        return None
    if name == "localhost":
        return "localhost"
    for suffix in INTERNAL_SUFFIXES:
        if name.endswith(suffix):
            return f"a name under {suffix}, resolvable only inside its network"
    if "." not in name:
        return "a single-label name (resolved by a local search domain only)"
    return None
