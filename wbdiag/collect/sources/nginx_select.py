"""Which nginx `server` block serves the W&B HOST, and the directives in effect for `location /`.

Selection follows nginx's own order (ngx_http_core_module, "How nginx processes a request"): among
the servers listening on HOST's port, an exact `server_name`, then the longest leading wildcard
(`*.example.com`, `.example.com`), the longest trailing wildcard (`wandb.*`), the first matching
regular expression, then the port's `default_server`, else the first server on that port. When no
server listens on the port (a cloud load balancer in front may map 443 to another port), a server
whose name matches on any port is taken and `match` says so.

Effective values: a directive set in `location /` wins over the server's, which wins over the
`http` block's, else nginx's default. `proxy_set_header` and `add_header` are inherited from the
enclosing level only when the current level has none of them (nginx's array inheritance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wbdiag.collect.sources.nginx_parse import Directive, ParsedConfig

# nginx's defaults for the directives the rules read (nginx >= 1.23.4 for ssl_protocols).
DEFAULTS: dict[str, str] = {
    "proxy_http_version": "1.0",
    "proxy_buffering": "on",
    "proxy_read_timeout": "60s",
    "proxy_send_timeout": "60s",
    "client_max_body_size": "1m",
    "ssl_protocols": "TLSv1.2 TLSv1.3",
    "keepalive_timeout": "75s",
}
LOCATION_DIRECTIVES = ("proxy_pass",)
TIME_DIRECTIVES = ("proxy_read_timeout", "proxy_send_timeout", "keepalive_timeout")
_TIME_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_TIME_PART = re.compile(r"(\d+)(ms|s|m|h|d|w)?")


@dataclass(frozen=True)
class Listen:
    port: int | None  # None: a unix socket
    address: str | None
    ssl: bool
    default_server: bool
    where: str

    def as_json(self) -> dict[str, Any]:
        return {
            "port": self.port,
            "address": self.address,
            "ssl": self.ssl,
            "default_server": self.default_server,
            "where": self.where,
        }


def parse_listen(d: Directive) -> Listen:
    target = d.args[0] if d.args else "80"
    flags = set(d.args[1:])
    ssl = "ssl" in flags
    default = "default_server" in flags or "default" in flags
    if target.startswith("unix:"):
        return Listen(None, target, ssl, default, d.where)
    address: str | None = None
    port_text = target
    if target.startswith("["):  # [::]:443
        address, _, rest = target[1:].partition("]")
        port_text = rest.lstrip(":") or "80"
    elif ":" in target:
        address, _, port_text = target.rpartition(":")
    elif not target.isdigit():
        address, port_text = target, "80"
    port = int(port_text) if port_text.isdigit() else None
    return Listen(port, address, ssl, default, d.where)


def parse_seconds(value: str) -> float | None:
    """nginx time syntax: `60`, `60s`, `1h 30m`, `500ms`."""
    text = value.replace(" ", "")
    total, pos = 0.0, 0
    for m in _TIME_PART.finditer(text):
        if m.start() != pos:
            return None
        total += int(m.group(1)) * _TIME_UNITS[m.group(2) or "s"]
        pos = m.end()
    return total if pos == len(text) and text else None


@dataclass(frozen=True)
class Server:
    block: Directive
    http: Directive | None
    names: tuple[str, ...]
    listens: tuple[Listen, ...]

    def summary(self) -> dict[str, Any]:
        return {
            "where": self.block.where,
            "server_names": list(self.names),
            "listen": [x.as_json() for x in self.listens],
        }


def servers(config: ParsedConfig) -> list[Server]:
    found = []
    for http in (d for d in config.tree if d.name == "http"):
        for block in http.children("server"):
            names = tuple(a for d in block.children("server_name") for a in d.args)
            listens = tuple(parse_listen(d) for d in block.children("listen"))
            if not listens:  # nginx's default: *:80
                listens = (Listen(80, None, False, False, f"{block.where} (no listen: *:80)"),)
            found.append(Server(block, http, names, listens))
    return found


def _name_rank(pattern: str, host: str) -> tuple[int, int] | None:
    """How well one server_name matches host: (class, length), smaller class wins."""
    p = pattern.lower()
    if p.startswith("~"):
        try:
            return (3, 0) if re.search(p[1:].lstrip("*"), host) else None
        except re.error:
            return None
    if p == host:
        return (0, -len(p))
    if p.startswith("*.") and host.endswith(p[1:]):
        return (1, -len(p))
    if p.startswith(".") and (host == p[1:] or host.endswith(p)):
        return (1, -len(p))
    if p.endswith(".*") and host.startswith(p[:-1]):
        return (2, -len(p))
    return None


def _best(candidates: list[Server], host: str) -> Server | None:
    ranked: list[tuple[tuple[int, int], int, Server]] = []
    for i, s in enumerate(candidates):
        ranks = [r for r in (_name_rank(n, host) for n in s.names) if r is not None]
        if ranks:
            ranked.append((min(ranks), i, s))
    return min(ranked, key=lambda t: (t[0], t[1]))[2] if ranked else None


def select_server(all_servers: list[Server], host: str, port: int) -> tuple[Server | None, str]:
    """(server, how it was chosen) for a request to host:port."""
    host = host.lower().rstrip(".")
    on_port = [s for s in all_servers if any(x.port == port for x in s.listens)]
    if on_port:
        best = _best(on_port, host)
        if best is not None:
            return best, f"listens on port {port} and server_name matches {host}"
        for s in on_port:
            if any(x.port == port and x.default_server for x in s.listens):
                return s, f"default_server for port {port} (no server_name matches {host})"
        return on_port[0], f"first server on port {port} (no server_name matches {host})"
    best = _best(all_servers, host)
    if best is not None:
        return best, (
            f"server_name matches {host}, but no server listens on port {port} "
            "(a load balancer in front may forward another port)"
        )
    return None, f"no server block listens on port {port} or is named {host}"


def root_location(server: Directive) -> Directive | None:
    """The location that serves `/` itself: `= /`, else the prefix `/` (with or without ^~)."""
    exact = prefix = None
    for loc in server.children("location"):
        args = loc.args
        if args == ("=", "/"):
            exact = exact or loc
        elif args in (("/",), ("^~", "/")):
            prefix = prefix or loc
    return exact or prefix


def _entry(d: Directive | None, level: str, value: str | None = None) -> dict[str, Any]:
    if d is None:
        return {"value": value, "level": "default", "where": "nginx default", "file": None,
                "line": None}  # fmt: skip
    return {
        "value": value if value is not None else " ".join(d.args),
        "level": level,
        "where": d.where,
        "file": d.file,
        "line": d.line,
    }


def _levels(server: Server, location: Directive | None) -> list[tuple[str, Directive]]:
    levels = [("location", location)] if location is not None else []
    levels.append(("server", server.block))
    if server.http is not None:
        levels.append(("http", server.http))
    return levels


def effective(server: Server, location: Directive | None) -> dict[str, Any]:
    """The directives the rules read, as in effect for `location /` of the server."""
    levels = _levels(server, location)
    out: dict[str, Any] = {}
    names = sorted({*DEFAULTS, *LOCATION_DIRECTIVES})
    for name in names:
        found = None
        for level, block in levels:
            if name in LOCATION_DIRECTIVES and level != "location":
                continue
            ds = block.children(name)
            if ds:
                found = (level, ds[-1])
                break
        entry = _entry(found[1], found[0]) if found else _entry(None, "", DEFAULTS.get(name))
        if name in TIME_DIRECTIVES and entry["value"] is not None:
            entry["seconds"] = parse_seconds(str(entry["value"]))
        out[name] = entry
    out["headers"] = _array(levels, "proxy_set_header")
    out["add_header"] = _array(levels, "add_header")
    return out


def _array(levels: list[tuple[str, Directive]], name: str) -> dict[str, Any]:
    """{lower-cased header: entry} from the innermost level that sets any `name`."""
    for level, block in levels:
        ds = block.children(name)
        if ds:
            out: dict[str, Any] = {}
            for d in ds:
                if d.args:
                    out[d.args[0].lower()] = _entry(d, level, " ".join(d.args[1:]))
            return out
    return {}
