"""Bundle path globs: `*` stays inside one path component, `**/` spans any number of them."""

from __future__ import annotations

import functools
import re

from wbdiag.rules import linear


@functools.lru_cache(maxsize=1024)
def compile_glob(pattern: str) -> linear.Pattern:
    """The glob as a regex run by RE2: paths come from the bundle, and `**/**/**/x` backtracks
    in `re` on deep ones."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return linear.compile_any("".join(out) + r"\Z")


def matches(path: str, patterns: tuple[str, ...]) -> bool:
    return any(compile_glob(p).match(path) for p in patterns)


def literal_prefix(pattern: str) -> str:
    """The part of a glob before its first wildcard (used to name the collector behind it)."""
    for i, ch in enumerate(pattern):
        if ch in "*?[":
            return pattern[:i]
    return pattern
