"""Regular expressions over untrusted text, run in linear time by RE2 (`google-re2`).

Python's `re` backtracks: `tcp [^\\s"]+->(?P<addr>[^\\s"]+:3306)` takes seconds on one crafted
64 KiB line, an exponential pattern hangs on a short one. Every pattern a rule applies to bundle
content (log patterns, their confirmation, `op: regex` values) is compiled here instead, into
RE2, whose matching time is linear in the text whatever the pattern.

Rule patterns keep Python's meaning: `translate` rewrites what RE2 spells differently (Unicode
`\\d \\w \\s` as Python's str patterns have them, `\\Z`, `{,n}`, `\\uXXXX`). The one difference
left: `\\b` and `\\B` look at ASCII word characters only. What RE2 cannot run at all
(backreferences, lookaround) is refused when a rule file is validated (`check`), as are patterns
the backtracking check flags (a repeat inside a repeat), since the same pattern may be handed to
Hyperscan or, without RE2, to `re`.

Without the `google-re2` package (a platform with no wheel), `compile` falls back to `re`, and
`ENGINE` says so.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol, cast

from wbdiag import lazyre

try:
    import re2 as _re2
except ImportError:  # pragma: no cover - wheels exist for the platforms CI runs on
    _re2 = None

ENGINE = "re2" if _re2 is not None else "re"


class Match(Protocol):
    def group(self, *groups: int | str) -> Any: ...
    def groupdict(self) -> dict[str, Any]: ...
    def start(self, group: int | str = 0) -> int: ...
    def end(self, group: int | str = 0) -> int: ...
    def span(self, group: int | str = 0) -> tuple[int, int]: ...


class Pattern(Protocol):
    @property
    def pattern(self) -> str: ...
    def search(self, text: str, /) -> Match | None: ...
    def match(self, text: str, /) -> Match | None: ...
    def sub(self, repl: Any, text: str, /) -> str: ...


class NotLinear(ValueError):
    """A pattern RE2 cannot run (or `translate` cannot promise to run as `re` would)."""


# Python's str classes, in RE2's syntax (inside a character class)
_CLASS = {
    "d": r"\p{Nd}",
    "w": r"\p{L}\p{N}_",
    "s": r"\t-\r\x1c-\x20\x85\p{Z}",
}
# The same classes for text known to be ASCII, where they match what the classes above match:
# RE2 compiles these several times faster (the miner's split confirmation, 400 branches: 0.62 CPU s
# with the Unicode classes, 0.15 with these; it is compiled in every process that mines a line)
_ASCII_CLASS = {
    "d": "0-9",
    "w": "A-Za-z0-9_",
    "s": r"\t-\r\x1c-\x20",
}
_NEGATED = {"D": "d", "W": "w", "S": "s"}
_BRACES = lazyre.compile(r"\{(\d*)(,?)(\d*)\}")


def translate(regex: str, ascii_text: bool = False) -> str:
    """A Python `re` pattern as RE2 source with the same meaning (see the module docstring); with
    `ascii_text`, the same meaning on ASCII text only (`\\d \\w \\s` as their ASCII members)."""
    classes = _ASCII_CLASS if ascii_text else _CLASS
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            text, i = _escape(regex, i, False, classes)
            out.append(text)
        elif c == "[":
            text, i = _char_class(regex, i, classes)
            out.append(text)
        elif c == "{":
            m = _BRACES.match(regex, i)
            if (
                m is None
                or not (m.group(1) or m.group(2))
                or (m.group(2) and not m.group(1) and not m.group(3))
            ):
                out.append(r"\{")  # Python reads it as a literal brace
                i += 1
                continue
            low, comma, high = m.groups()
            out.append("{" + (low or "0") + comma + high + "}")
            i = m.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _escape(regex: str, i: int, in_class: bool, classes: dict[str, str]) -> tuple[str, int]:
    if i + 1 >= len(regex):
        raise NotLinear("a trailing backslash")
    e = regex[i + 1]
    j = i + 2
    if e in "uU":
        width = 4 if e == "u" else 8
        digits = regex[j : j + width]
        if len(digits) != width or not all(ch in "0123456789abcdefABCDEF" for ch in digits):
            raise NotLinear(f"a bad \\{e} escape")
        return f"\\x{{{digits}}}", j + width
    if e == "N" and regex.startswith("{", j) and "}" in regex[j:]:
        end = regex.index("}", j)
        try:
            char = unicodedata.lookup(regex[j + 1 : end])
        except KeyError as exc:
            raise NotLinear(f"unknown character name {regex[j + 1 : end]!r}") from exc
        return f"\\x{{{ord(char):x}}}", end + 1
    if e in "123456789" or (e == "g" and regex.startswith("<", j)):
        raise NotLinear("a backreference")
    if e == "0":  # up to two more octal digits
        k = j
        while k < min(j + 2, len(regex)) and regex[k] in "01234567":
            k += 1
        return f"\\x{{{int(regex[j:k] or '0', 8):x}}}", k
    if e == "Z":
        if in_class:
            raise NotLinear("\\Z inside a character class")
        return r"\z", j
    if e in classes:
        inner = classes[e]
        return (inner, j) if in_class else (f"[{inner}]", j)
    if e in _NEGATED:
        if in_class:
            raise NotLinear(f"\\{e} inside a character class (RE2 cannot combine it)")
        return f"[^{classes[_NEGATED[e]]}]", j
    return regex[i:j], j


def _char_class(regex: str, i: int, classes: dict[str, str]) -> tuple[str, int]:
    j = i + 1
    out = ["["]
    if regex.startswith("^", j):
        out.append("^")
        j += 1
    first = True
    while j < len(regex) and (regex[j] != "]" or first):
        first = False
        c = regex[j]
        if c == "\\":
            text, j = _escape(regex, j, True, classes)
            out.append(text)
            continue
        if c == "[":
            out.append(r"\[")  # [:alpha:] is a POSIX class in RE2, text in Python
        elif c == "]":
            out.append(r"\]")
        else:
            out.append(c)
        j += 1
    if j >= len(regex):
        raise NotLinear("an unterminated character class")
    out.append("]")
    return "".join(out), j + 1


@functools.lru_cache(maxsize=2048)
def compile(
    regex: str, ignore_case: bool = False, ascii_text: bool = False, max_mib: int = 64
) -> Pattern:
    """`regex` (Python syntax) compiled for linear-time matching; NotLinear when RE2 cannot run
    it. Without google-re2, Python's `re` (see ENGINE). With `ascii_text`, for searching ASCII
    text only (`translate`): on other text it may miss where `regex` matches. `max_mib`: RE2's
    memory budget (its default, 8, is too small for the rule pack's combined prefilter; a DFA
    out of budget falls back to the NFA, many times slower)."""
    if _re2 is None:
        return cast(Pattern, re.compile(regex, re.IGNORECASE if ignore_case else 0))
    options = _re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    options.max_mem = max_mib << 20
    try:
        return _re2.compile(translate(regex, ascii_text), options)  # type: ignore[no-any-return]
    except _re2.error as exc:
        raise NotLinear(_reason(exc)) from exc


def _reason(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text


def compile_any(regex: str, ignore_case: bool = False) -> Pattern:
    """`compile`, or Python's `re` when RE2 refuses the pattern: for patterns checked when
    their rule file was loaded (`check`) and for wbdiag's own, which tests/hostile prove linear."""
    try:
        return compile(regex, ignore_case)
    except NotLinear:
        return cast(Pattern, re.compile(regex, re.IGNORECASE if ignore_case else 0))


_RE2_TYPE = type(_re2.compile("a")) if _re2 is not None else None


def found(pattern: Pattern, text: str) -> bool:
    """Whether `pattern` matches somewhere in `text`: `search`'s answer, faster under RE2, whose
    wrapper maps each match's byte offsets back to characters (a yes or no needs none: the text
    goes in as the UTF-8 bytes the wrapper would match)."""
    if type(pattern) is _RE2_TYPE:
        return cast(Any, pattern).search(text.encode("utf-8")) is not None
    return pattern.search(text) is not None


def sub(pattern: Pattern, repl: Any, text: str) -> str:
    """`pattern.sub(repl, text)`. Under RE2, ASCII text with a replacement of plain ASCII text
    goes in as bytes, whose offsets are the characters', so the wrapper's mapping of offsets
    and its parsing of the replacement per match are skipped. The wrapper garbles a non-ASCII
    replacement string (it reads its UTF-8 bytes as Latin-1): that one goes in as a function."""
    if type(pattern) is _RE2_TYPE and isinstance(repl, str) and not repl.isascii():
        if "\\" in repl:
            raise ValueError("a non-ASCII replacement with group references: pass a function")
        literal = repl
        return pattern.sub(lambda _m: literal, text)
    if (
        type(pattern) is not _RE2_TYPE
        or not isinstance(repl, str)
        or "\\" in repl
        or not text.isascii()
    ):
        return pattern.sub(repl, text)
    pieces: list[str] = []
    end = 0
    for m in cast(Any, pattern).finditer(text.encode("ascii")):
        pieces += (text[end : m.start()], repl)
        end = m.end()
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


# -- the checks `rules validate` runs -----------------------------------------------------------
_GLOBAL_FLAGS = lazyre.compile(r"\(\?[aiLmsux]+\)")


def check(regex: str) -> str | None:
    """None when `regex` can be used in a rule, else why not: it must compile as a Python
    pattern on its own and inside a group (the scan combines patterns), run in RE2, and pass the
    backtracking check."""
    try:
        re.compile(regex)
    except re.error as exc:
        return f"does not compile: {exc}"
    if _GLOBAL_FLAGS.search(regex.replace("\\\\", "")):
        return (
            "uses an inline flag such as (?i) for the whole pattern: use `ignore_case: true`, "
            "or the scoped form (?i:...)"
        )
    try:
        re.compile(f"(?:{regex})")
    except re.error as exc:
        return f"cannot be combined with other patterns: {exc}"
    if _re2 is not None:
        try:
            compile(regex)
        except NotLinear as exc:
            return f"cannot run in linear time (RE2): {exc}"
    return backtracking(regex)


def backtracking(regex: str) -> str | None:
    """Why `regex` may backtrack exponentially in a backtracking engine, or None: a repeat
    (`*`, `+`, `{n,}`) around something that itself repeats, like `(a+)+` or `(\\w+\\s?)*`."""
    # the parser behind re.compile (private; `sre_parse` before 3.11)
    _parser: Any = importlib.import_module(
        "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
    )

    def walk(items: Any, inside_repeat: bool) -> str | None:
        for op, arg in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                _low, high, body = arg
                unbounded = high == _parser.MAXREPEAT or high > 100
                if inside_repeat and unbounded:
                    return "a repeat inside a repeat (like (a+)+) can backtrack exponentially"
                found = walk(body, inside_repeat or unbounded)
                if found:
                    return found
            elif name == "SUBPATTERN":
                found = walk(arg[-1], inside_repeat)
                if found:
                    return found
            elif name == "BRANCH":
                for branch in arg[1]:
                    found = walk(branch, inside_repeat)
                    if found:
                        return found
            elif name in ("ASSERT", "ASSERT_NOT"):
                found = walk(arg[1], inside_repeat)
                if found:
                    return found
        return None

    try:
        parsed = _parser.parse(regex)
    except re.error:
        return None  # compile errors are reported by check()
    return walk(parsed, False)


class Spec(Protocol):
    """What `Lazy` compiles: a pattern and its case flag (matching.PatternSpec)."""

    @property
    def regex(self) -> str: ...

    @property
    def ignore_case(self) -> bool: ...


class Lazy(Sequence[Pattern]):
    """Each pattern compiled (`compile_any`) when first asked for: the Hyperscan engine confirms
    only the few patterns that report (compiling all 736 of the shipped scan took 0.6 CPU s of
    every analysis). Two threads may compile one pattern twice; both results are equal."""

    def __init__(self, specs: Sequence[Spec]) -> None:
        self._specs = tuple(specs)
        self._done: list[Pattern | None] = [None] * len(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def __getitem__(self, i: int) -> Pattern:  # type: ignore[override]
        rx = self._done[i]
        if rx is None:
            spec = self._specs[i]
            rx = self._done[i] = compile_any(spec.regex, spec.ignore_case)
        return rx
