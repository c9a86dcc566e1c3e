"""Log patterns must stay within what Hyperscan and RE2 accept, so a multi-pattern engine can
replace `re` later without touching a rule: no backreferences, no lookaround, no conditionals."""

from __future__ import annotations

import re

_FORBIDDEN = [
    (re.compile(r"(?<!\\)\(\?[=!]"), "lookahead"),
    (re.compile(r"(?<!\\)\(\?<[=!]"), "lookbehind"),
    (re.compile(r"(?<!\\)\(\?P=\w+\)"), "named backreference"),
    (re.compile(r"(?<!\\)\\[1-9]"), "backreference"),
    (re.compile(r"(?<!\\)\(\?\("), "conditional group"),
    (re.compile(r"(?<!\\)\(\?>"), "atomic group"),
    (re.compile(r"[*+?}][+]"), "possessive quantifier"),
]


def check_portable(pattern: str) -> str | None:
    """None when the pattern is portable, else what is wrong with it."""
    # Drop escaped backslashes first so `\\1` (a literal backslash then 1) is not a backreference.
    scrubbed = pattern.replace("\\\\", "")
    for rx, what in _FORBIDDEN:
        if rx.search(scrubbed):
            return f"uses a {what}"
    return None
