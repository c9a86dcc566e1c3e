"""The redaction prefilter's pure-`re` side (prefilter.py): the literal hints' patterns that
pick a block's lines without Hyperscan, and every hint pattern as `re` reads it, which both
engines use to decide a line by pattern (`by_pattern`) and the self-check to make lines from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


def literal_trie(words: Sequence[str]) -> str:
    """One pattern matching wherever any of `words` starts, as a prefix tree: Python's `re`
    tries the alternatives of a flat `a|b|c` one by one at every position, but the branches of
    a tree only where their first characters agree (about four times faster on a log with the
    redactor's 130 hints). A word that another extends is enough on its own."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a word ends here: what follows in longer words changes nothing
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root) if root else ""


def _both_cases(word: str) -> str:
    # (a hint lower-cased from a Turkish capital İ holds `i` and a combining dot, as str.lower
    # spells it: it matches the İ it came from, which a line holds)
    return "(?:İ|i\u0307)".join(
        "".join(
            f"[{re.escape(c.lower())}{re.escape(c.upper())}]"
            if c.lower() != c.upper()
            else re.escape(c)
            for c in part
        )
        for part in word.split("i\u0307")
    )


@functools.lru_cache(maxsize=8)
def _hint_patterns(hints: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The `re` patterns of lower-cased literal hints, built once per hint set: a Redactor (one
    per file collected) builds a Prefilter, and the prefix tree of the redactor's hints takes
    longer to spell than the file it scans when the file is small."""
    narrow = [h for h in hints if h[:1].isascii()]
    wide = [h for h in hints if not h[:1].isascii()]
    hint_rx = re.compile(literal_trie(narrow), re.IGNORECASE) if narrow else None
    # Hints that start with a non-ASCII letter (пароль, 密码) in a pattern of their own: in the
    # tree under IGNORECASE they would make `re` fold the case of every character of the block
    # (about 40% slower); case is spelled out instead, and an ASCII block skips them.
    wide_rx = re.compile("|".join(_both_cases(h) for h in wide)) if wide else None
    return hint_rx, wide_rx


# Past this many characters a line's detectors are chosen by literal hints alone: `re`, unlike
# Hyperscan, tries a pattern at every position, each try up to its bounded repeats.
_PATTERN_LINE = 4096


def _re_form(expr: bytes) -> re.Pattern[str]:
    """A hint pattern as `re` reads it: Hyperscan's end of text `\\z` is a line's end here, and
    `\\s`, `\\w` and case are ASCII's, as Hyperscan reads bytes (a no-break space is no `\\s`)."""
    text = re.sub(rb"(?:\\x[89a-f][0-9a-f])+", _utf8_escape, expr).decode()
    return re.compile(text.replace("\\z", "$"), re.IGNORECASE | re.MULTILINE | re.ASCII)


# a class's range of raw bytes past ASCII (`[\w\x80-\xff]`: the UTF-8 bytes of any character
# that is not ASCII)
_RAW_RANGE = re.compile(rb"\\x[89a-f][0-9a-f]-\\x[89a-f][0-9a-f]")


@dataclass(frozen=True)
class LineForm:
    """A hint pattern as the prefilter tests it on a line (`line_form`): on its text, or on its
    UTF-8 bytes."""

    text: re.Pattern[str] | None
    raw: re.Pattern[bytes] | None


def line_form(expr: bytes) -> LineForm:
    """A hint pattern as both engines decide a line by it (`Prefilter(by_pattern=True)`): its
    `re` form (`_re_form`), or, where it holds a range of raw bytes past ASCII, the pattern
    itself on the line's UTF-8, as Hyperscan reads it (there a character past ASCII is two to
    four bytes, each of which the range matches: `github_pat_` and eleven `é` are 22 of them)."""
    if _RAW_RANGE.search(expr) is None:
        return LineForm(_re_form(expr), None)
    return LineForm(None, re.compile(expr.replace(b"\\z", b"$"), re.IGNORECASE | re.MULTILINE))


def _utf8_escape(m: re.Match[bytes]) -> bytes:
    """`\\xc2\\xa0` (a byte pattern's UTF-8 bytes) as the character they encode."""
    raw = bytes.fromhex(m.group(0).decode().replace("\\x", ""))
    return re.escape(raw.decode("utf-8", errors="replace")).encode()


def matching_lines(rx: re.Pattern[str], text: str) -> list[int]:
    """Indexes of the lines of `text` that `rx` matches in."""
    out: list[int] = []
    pos = 0
    index = 0
    counted = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return out
        index += text.count("\n", counted, m.start())
        counted = m.start()
        out.append(index)
        nl = text.find("\n", m.start())
        if nl < 0:
            return out
        pos = nl + 1
