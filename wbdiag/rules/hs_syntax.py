"""Python `re` patterns as Hyperscan source (wbdiag/rules/matching.py scans blocks with them).

Byte mode (ASCII blocks) is exact, line by line, for most patterns: on a block of ASCII lines
such a pattern reports a match ending in a line exactly when Python's `re` (and RE2,
wbdiag/rules/linear.py) matches that line, so the matcher needs no confirmation there
(`line_exact` says which patterns qualify). A repeat bounded at LOOSE_REPEAT or more (`.{0,300}?`,
`[^)]{1,1000}`) becomes unbounded instead, a superset confirmed line by line: Hyperscan unrolls a
bounded repeat into states, and the few such repeats cost most of the compile (measured on the
shipped scan: 1.05 CPU s with them bounded, 0.43 s unbounded), while a line long enough to tell
the two apart is rare.
  - Classes mean what Python's mean on ASCII text: `\\s` is spelled out (Python's str `\\s` also
    holds the \\x1c-\\x1f separators), `\\S` is its complement, `[` inside a class is escaped
    (`[:alpha:]` is a POSIX class in Hyperscan, literal text in Python), `{,n}` is `{0,n}`.
  - Nothing in a translated pattern matches a newline, so no match runs from one line into the
    next: `\\s \\W \\D` and negated classes leave `\\n` out (a line holds no newline, so this
    changes no line's result), `\\A \\Z` become line anchors (HS_FLAG_MULTILINE). A pattern
    that names a newline itself or turns on DOTALL is not line-exact.
  - Refused (Unsupported; the pack then uses `re`): a non-ASCII character that case-folds to
    ASCII (Kelvin sign, long s: Python folds them, byte mode cannot), `\\S` in a negated class,
    verbose `(?x)` patterns.
UTF-8 mode (`wide`, blocks holding non-ASCII bytes) is a superset, confirmed line by line:
`\\w \\d \\s` also match every non-ASCII character, `\\b \\B` are dropped and bounded repeats
become `*` (UTF-8 bounded repeats take minutes to compile).
"""

from __future__ import annotations

import re
import unicodedata

from wbdiag import lazyre


class Unsupported(ValueError):
    """A pattern this translation cannot promise to match as `re` does."""


_WIDE_CLASS = r"\x{80}-\x{10FFFF}"  # every non-ASCII code point (UTF-8 mode)
_BRACES = lazyre.compile(r"\{(\d*)(,?)(\d*)\}")


# Byte mode: Python's ASCII meaning without the newline, as (outside a class, inside a class,
# inside a negated class). Outside the newline, Python's str `\\s` is \\t \\v \\f \\r, the
# \\x1c-\\x1f separators and the space.
_SPACE = r"\x09\x0b-\x0d\x1c-\x20"
_ASCII_CLASSES = {
    "s": (f"[{_SPACE}]", _SPACE, r"\x09-\x0d\x1c-\x20"),
    "S": (r"[^\x09-\x0d\x1c-\x20]", r"\x00-\x08\x0e-\x1b\x21-\x7f", ""),
    "W": (r"[^\w\n]", r"\x00-\x09\x0b-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f", r"\W"),
    "D": (r"[^\d\n]", r"\x00-\x09\x0b-\x2f\x3a-\x7f", r"\D"),
}
# What can match a newline however it is translated: \n and its other spellings, DOTALL.
_NEWLINE = lazyre.compile(
    r"\\(?:n|x0[aA]|u000[aA]|U0000000[aA]|[0-7]|N\{)|\(\?[a-zA-Z]*s[a-zA-Z]*[:)]|\n"
)


LOOSE_REPEAT = 100  # byte mode: a repeat bounded at this or more compiles unbounded


def line_exact(regex: str) -> bool:
    """Whether the byte-mode translation matches within one line exactly as `re` does: true
    unless the pattern can itself match a newline (then a match could run across lines) or
    holds a repeat bounded at LOOSE_REPEAT or more (translated unbounded)."""
    if _NEWLINE.search(regex) is not None:
        return False
    try:
        return not _translate(regex, wide=False)[1]
    except (Unsupported, ValueError, KeyError):
        return False


def hyperscan_pattern(regex: str, wide: bool = False) -> str:
    """A Python `re` pattern as Hyperscan source: exact on ASCII text in byte mode (unless
    `line_exact` says otherwise), a superset on any text in UTF-8 mode (`wide`). See the module
    docstring; raises Unsupported."""
    return _translate(regex, wide)[0]


def _translate(regex: str, wide: bool) -> tuple[str, bool]:
    """The Hyperscan source, and whether a long bounded repeat was made unbounded."""
    loosened = False
    if re.search(r"\(\?[a-zA-Z]*x", regex):
        raise Unsupported("verbose (?x) patterns are not translated")
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            text, i = _escape(regex, i, in_class=False, negated=False, wide=wide)
            out.append(text)
        elif c == "[":
            text, i = _char_class(regex, i, wide)
            out.append(text)
        elif c == "{":
            m = _BRACES.match(regex, i)
            if m is None or not (m.group(1) or m.group(2)):
                out.append(r"\{")  # Python reads it as a literal brace
                i += 1
                continue
            low, comma, high = m.groups()
            bound = int(high or (low if not comma else 0) or 0)
            if wide or (comma and not high and not low):
                out.append("*")  # a superset; UTF-8 bounded repeats compile for minutes
            elif bound >= LOOSE_REPEAT:
                loosened = True  # a superset, confirmed (see the module docstring)
                out.append({"": "*", "0": "*", "1": "+"}.get(low, "{" + low + ",}"))
            else:
                out.append("{" + (low or "0") + comma + high + "}")
            i = m.end()
        else:
            out.append(_literal(c, wide) if ord(c) > 127 else c)
            i += 1
    return "".join(out), loosened


def _literal(c: str, wide: bool) -> str:
    """A non-ASCII character as itself (UTF-8 bytes in byte mode: they never occur in ASCII
    blocks, as the character never occurs in ASCII text)."""
    if not wide and any(ch.isascii() for ch in c.lower() + c.upper()):
        raise Unsupported(f"{c!r} case-folds to ASCII in Python, not in byte mode")
    return c


def _escape(regex: str, i: int, in_class: bool, negated: bool, wide: bool) -> tuple[str, int]:
    """Translate the escape at regex[i] == '\\'; returns (text, index after it)."""
    if i + 1 >= len(regex):
        raise Unsupported("trailing backslash")
    e = regex[i + 1]
    j = i + 2
    if e in "xuU":
        width = {"x": 2, "u": 4, "U": 8}[e]
        code = int(regex[j : j + width], 16)
        return _code_point(chr(code), in_class, wide), j + width
    if e == "N" and regex.startswith("{", j):
        end = regex.index("}", j)
        return _code_point(unicodedata.lookup(regex[j + 1 : end]), in_class, wide), end + 1
    if not e.isascii():
        return _literal(e, wide), j
    if e == "v":
        return r"\x0b", j  # a class of vertical space in PCRE, one character in Python
    if e in "AZ" and not in_class:
        return ("^" if e == "A" else "$"), j  # blocks hold many lines: anchors become per line
    if in_class and negated and (e == "S" or (wide and e in "WD")):
        raise Unsupported(f"\\{e} in a negated class")  # its complement would be too small
    if not wide and e in _ASCII_CLASSES:
        return _ASCII_CLASSES[e][in_class + (in_class and negated)], j
    extra = r"\x1c-\x1f" if e == "s" else ""  # Python's str \s also holds the ASCII separators
    if wide and e in "swd":
        extra += _WIDE_CLASS
    if in_class:
        return ("\\" + e + extra if not negated else "\\" + e), j
    if e in "bB" and wide:
        return "", j  # non-ASCII word characters: drop the assertion (a superset)
    return (f"[\\{e}{extra}]" if extra else "\\" + e), j


def _code_point(c: str, in_class: bool, wide: bool) -> str:
    if c.isascii():
        return f"\\x{ord(c):02x}"
    return _literal(c, wide)


def _char_class(regex: str, i: int, wide: bool) -> tuple[str, int]:
    """Translate the class starting at regex[i] == '['; returns (text, index after it)."""
    j = i + 1
    negated = regex.startswith("^", j)
    j += negated
    out = ["[^" if negated else "["]
    first = True
    while j < len(regex) and (regex[j] != "]" or first):
        first = False
        c = regex[j]
        if c == "\\":
            text, j = _escape(regex, j, in_class=True, negated=negated, wide=wide)
            out.append(text)
            continue
        if c == "]":
            out.append(r"\]")  # first in the class: a literal, in both dialects
        elif c == "[":
            out.append(r"\[")  # [:alpha:] is a POSIX class in Hyperscan, text in Python
        elif ord(c) > 127:
            out.append(_literal(c, wide))
        else:
            out.append(c)
        j += 1
    if j >= len(regex):
        raise Unsupported("unterminated character class")
    if negated and not wide:
        out.append(r"\n")  # never across a line end (see the module docstring)
    out.append("]")
    return "".join(out), j + 1
