"""An nginx configuration read with crossplane (the maintained fork, published as `ngxparse`;
the import name is still `crossplane`): one file with its includes followed relative to it, or
the output of `nginx -T` (every file nginx read, each after a `# configuration file PATH:` line).

The result is one tree of `Directive`s with the includes inlined where they occur, each directive
keeping the file and line it came from. Secrets never enter the tree: the arguments of key and
password directives, secret-named headers and variables, inline PEM blocks and URL credentials are
replaced by the redactor's placeholders and registered with it, so they are scrubbed from every
other file of the bundle too.

crossplane is imported where a configuration is parsed, not here: the collector registry imports
every source module, and an environment without it still collects everything else.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from wbdiag.redact.names import is_secret_name

MAX_INCLUDE_DEPTH = 16
DUMP_MARKER = re.compile(r"^# configuration file (?P<path>.+):\s*$")

# Directives whose arguments are key material or passwords (`ssl_certificate_key` can hold the
# key itself as `data:...`; the others name files or hold secrets that say nothing about W&B).
_SECRET_DIRECTIVE = re.compile(
    r"(?:^|_)certificate_key$|password_file$|^ssl_session_ticket_key$|^secure_link_secret$"
    r"|^secure_link_md5$|^auth_jwt_key_(?:file|request)$|^ssl_conf_command$"
)
# Header-setting directives whose value is dropped when the header's name is secret-looking.
_HEADER_DIRECTIVES = frozenset(
    {"proxy_set_header", "grpc_set_header", "add_header", "fastcgi_param", "uwsgi_param",
     "scgi_param", "more_set_headers", "more_set_input_headers", "proxy_hide_header"}
)  # fmt: skip
_PEM = re.compile(r"-----BEGIN [A-Z ]+-----")

Redact = Callable[[str, str], str]  # (secret, kind) -> placeholder, registering the secret


class NginxConfigError(Exception):
    """The configuration could not be read at all (missing file, no configuration in the text)."""


@dataclass(frozen=True)
class Directive:
    name: str
    args: tuple[str, ...]
    file: str
    line: int
    block: tuple[Directive, ...] | None = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def children(self, name: str) -> list[Directive]:
        return [d for d in self.block or () if d.name == name]


@dataclass
class ParsedConfig:
    source: str  # "file" | "nginx -T output" | "nginx -T (run by collect)"
    path: str  # the main file
    files: list[dict[str, Any]] = field(default_factory=list)  # crossplane's payload, redacted
    errors: list[dict[str, Any]] = field(default_factory=list)
    tree: tuple[Directive, ...] = ()
    redacted: list[dict[str, Any]] = field(default_factory=list)  # what was dropped, where

    def walk(self) -> Iterator[Directive]:
        stack = list(reversed(self.tree))
        while stack:
            d = stack.pop()
            yield d
            stack.extend(reversed(d.block or ()))


# -- secrets ----------------------------------------------------------------------------------------
def _clean_args(stmt: dict[str, Any], redact: Redact, dropped: list[dict[str, Any]]) -> list[str]:
    name = str(stmt.get("directive", ""))
    args = [str(a) for a in stmt.get("args", [])]
    why = None
    if _SECRET_DIRECTIVE.search(name):
        why, keep = "key or password directive", 0
    elif name in _HEADER_DIRECTIVES and args and is_secret_name(args[0]):
        why, keep = "secret-named header", 1
    elif name == "set" and args and is_secret_name(args[0]):
        why, keep = "secret-named variable", 1
    if why is not None:
        dropped.append({"directive": name, "line": stmt.get("line"), "reason": why})
        return args[:keep] + [redact(a, "nginx") for a in args[keep:] if a]
    out = []
    for a in args:
        if _PEM.search(a):
            dropped.append({"directive": name, "line": stmt.get("line"), "reason": "PEM block"})
            a = redact(a, "private_key")
        elif "://" in a and "@" in a:
            a = _strip_userinfo(a, redact)
        out.append(a)
    return out


def _strip_userinfo(url: str, redact: Redact) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.password:
        return url.replace(parts.password, redact(parts.password, "password"), 1)
    return url


def _clean_payload(
    stmts: list[dict[str, Any]], redact: Redact, dropped: list[dict[str, Any]]
) -> None:
    for stmt in stmts:
        stmt["args"] = _clean_args(stmt, redact, dropped)
        if "block" in stmt:
            _clean_payload(stmt["block"], redact, dropped)


# -- reading ----------------------------------------------------------------------------------------
def _crossplane() -> Any:
    try:
        import crossplane
    except ImportError as exc:
        raise NginxConfigError(
            "reading an nginx configuration needs crossplane (pip install ngxparse)"
        ) from exc
    return crossplane


_PARSE_OPTIONS: dict[str, Any] = {"catch_errors": True, "comments": False, "strict": False}


def is_dump(text: str) -> bool:
    return any(DUMP_MARKER.match(line) for line in text.splitlines()[:50])


def parse_file(path: str, redact: Redact) -> ParsedConfig:
    """A configuration file and every file it includes (relative to its directory)."""
    if not os.path.isfile(path):
        raise NginxConfigError(f"no such file: {path}")
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    if is_dump(text):
        return parse_dump(text, path, "nginx -T output", redact)
    crossplane = _crossplane()
    payload = crossplane.parse(path, **_PARSE_OPTIONS)
    configs: list[dict[str, Any]] = payload["config"]
    by_index = {i: c["file"] for i, c in enumerate(configs)}
    return _assemble(
        "file",
        path,
        configs,
        lambda stmt: [by_index[i] for i in stmt.get("includes", [])],
        payload["errors"],
        redact,
    )


def split_dump(text: str) -> list[tuple[str, str]]:
    """(path, text) for each file of an `nginx -T` dump, in order; lines keep their numbers."""
    files: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        m = DUMP_MARKER.match(line)
        if m:
            files.append((m.group("path").strip(), []))
        elif files:
            files[-1][1].append(line)
    return [(p, "\n".join(lines) + "\n") for p, lines in files]


def parse_dump(text: str, label: str, source: str, redact: Redact) -> ParsedConfig:
    """The output of `nginx -T`: each file parsed on its own, includes matched by name."""
    parts = split_dump(text)
    if not parts:
        raise NginxConfigError(
            f"{label}: no '# configuration file PATH:' line (not the output of nginx -T)"
        )
    crossplane = _crossplane()
    configs, errors = [], []
    for path, body in parts:
        # each file alone: its context (http, server...) is only known once included
        payload = crossplane.parse_string(
            body, filename=path, single=True, check_ctx=False, **_PARSE_OPTIONS
        )
        configs.extend(payload["config"][:1])
        errors.extend(payload["errors"])
    main = parts[0][0]
    base = os.path.dirname(main)
    names = [c["file"] for c in configs]

    def includes(stmt: dict[str, Any]) -> list[str]:
        pattern = stmt["args"][0] if stmt.get("args") else ""
        if not os.path.isabs(pattern):
            pattern = os.path.join(base, pattern)
        return sorted(n for n in names if fnmatch.fnmatchcase(n, pattern))

    return _assemble(source, main, configs, includes, errors, redact)


def _assemble(
    source: str,
    main: str,
    configs: list[dict[str, Any]],
    includes: Callable[[dict[str, Any]], list[str]],
    errors: list[dict[str, Any]],
    redact: Redact,
) -> ParsedConfig:
    """Redact every file, then build the tree from the main file with includes inlined."""
    parsed = ParsedConfig(source=source, path=main, errors=list(errors))
    by_file: dict[str, list[dict[str, Any]]] = {}
    for cfg in configs:
        dropped: list[dict[str, Any]] = []
        _clean_payload(cfg.get("parsed", []), redact, dropped)
        parsed.redacted.extend({**d, "file": cfg["file"]} for d in dropped)
        by_file[cfg["file"]] = cfg.get("parsed", [])
        parsed.files.append(
            {"file": cfg["file"], "status": cfg.get("status"), "errors": cfg.get("errors", []),
             "parsed": cfg.get("parsed", [])}
        )  # fmt: skip

    def build(stmts: list[dict[str, Any]], file: str, depth: int) -> list[Directive]:
        out: list[Directive] = []
        for stmt in stmts:
            name = str(stmt.get("directive", ""))
            if name == "#":
                continue
            if name == "include":
                if depth >= MAX_INCLUDE_DEPTH:
                    parsed.errors.append(
                        {
                            "file": file,
                            "line": stmt.get("line"),
                            "error": "includes nested too deep",
                        }
                    )
                    continue
                for inc in includes(stmt):
                    out.extend(build(by_file.get(inc, []), inc, depth + 1))
                continue
            block = stmt.get("block")
            out.append(
                Directive(
                    name=name,
                    args=tuple(str(a) for a in stmt.get("args", [])),
                    file=file,
                    line=int(stmt.get("line") or 0),
                    block=tuple(build(block, file, depth)) if block is not None else None,
                )
            )
        return out

    if main not in by_file:
        raise NginxConfigError(f"{main}: nothing could be read")
    parsed.tree = tuple(build(by_file[main], main, 0))
    return parsed
