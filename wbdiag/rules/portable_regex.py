"""Log patterns must stay within what Hyperscan and RE2 accept, so a multi-pattern engine can
replace `re` later without touching a rule: no backreferences, no lookaround, no conditionals."""

from __future__ import annotations

import functools

from wbdiag import lazyre

_FORBIDDEN = [
    (lazyre.compile(r"(?<!\\)\(\?[=!]"), "lookahead"),
    (lazyre.compile(r"(?<!\\)\(\?<[=!]"), "lookbehind"),
    (lazyre.compile(r"(?<!\\)\(\?P=\w+\)"), "named backreference"),
    (lazyre.compile(r"(?<!\\)\\[1-9]"), "backreference"),
    (lazyre.compile(r"(?<!\\)\(\?\("), "conditional group"),
    (lazyre.compile(r"(?<!\\)\(\?>"), "atomic group"),
    (lazyre.compile(r"[*+?}][+]"), "possessive quantifier"),
]


def check_portable(pattern: str) -> str | None:
    """None when the pattern is portable, else what is wrong with it."""
    # Drop escaped backslashes first so `\\1` (a literal backslash then 1) is not a backreference.
    scrubbed = pattern.replace("\\\\", "")
    for rx, what in _FORBIDDEN:
        if rx.search(scrubbed):
            return f"uses a {what}"
    return None


@functools.lru_cache(maxsize=64)
def split_alternatives(regex: str) -> tuple[str, ...]:
    """The top-level `|` branches of a pattern. Python's re skips quickly through a line only when
    every branch of the combined prefilter starts with a literal: the scan matches an observer's
    pattern branch by branch; the miner's confirmation runs its lookaround-free branches in RE2.
    Cached: a scanner is built per analysis, and the miner's pattern is long."""
    branches: list[str] = []
    depth, start, i, n = 0, 0, 0, len(regex)
    while i < n:
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # skip the class; a ] right after [ or [^ is a literal
            i += 1
            if i < n and regex[i] == "^":
                i += 1
            if i < n and regex[i] == "]":
                i += 1
            while i < n and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(regex[start:i])
            start = i + 1
        i += 1
    branches.append(regex[start:])
    return tuple(branches)
