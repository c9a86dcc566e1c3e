"""An error that quotes the input it failed to parse or compare: no name says what the input
was, but a value that reads as generated (sentence.py's `generated`: three of upper case, lower
case, digits and symbols, varied, not words, a path or a setting) is a secret read from the
wrong place (an environment variable holding a token where a number was meant, a password with
a `%` that configparser reads as interpolation):
- Python's `invalid literal for int() with base 10: '…'` and `could not convert string to
  float: '…'`; Java's `NumberFormatException: For input string: "…"`;
- configparser's `InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%…'`
  (the rest of the raw value from its `%`);
- jsonschema's `ValidationError: '…' does not match '…'` (`is too long`, `is not of type`, …);
- unittest's `AssertionError: '…' != '…'`: both sides when one reads as generated and the
  other is no word or number (a test compares a token with another).
Ids and digests stay (a UUID, `sha256:…`), as do words, numbers, versions and `'8080x'`. The
lines a failed check prints below (unittest's `- …` / `+ …`, testify's `expected:` / `actual
  :`, Jest's `Expected:` / `Received:`, jsonschema's `On instance[…]:`): nextcompared.py."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.sentence import generated
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a public id or digest that reads generated to `generated`: a UUID, `sha256:…`
_ID = lazyre.compile(
    r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
    r"|(?i:sha(?:1|224|256|384|512)|md5|blake2b)[:=-][0-9a-fA-F]{32,128}"
)
# a name in words with a number after it (`ExpectedValue1`, `TestUser42`): a test's fixture
_NAMED = lazyre.compile(r"(?:[A-Z][a-z]{1,24}|[a-z]{2,24}|[A-Z]{2,8}){1,6}[-_]?\d{0,6}")

# a Python repr: single quotes, or double quotes around a value that holds a single quote
_PY = r"(?:'(?P<{0}s>[^'\n]{{1,512}})'|\"(?P<{0}d>[^\"\n]{{1,512}})\")"
_FAILED = lazyre.compile(
    r"invalid literal for int\(\) with base \d{1,2}: "
    + _PY.format("a")
    + r"|could not convert string to float: "
    + _PY.format("b")
    + r"|NumberFormatException: For input string: \"(?P<j>[^\"\n]{1,512})\""
    + r"|InterpolationSyntaxError: '%' must be followed by '%' or '\(', found: '%(?P<c>[^'\n]{1,512})'"
    + r"|ValidationError: "
    + _PY.format("v")
    + r" (?:does not match|is too (?:long|short)|is not (?:of type|one of|valid under))\b"
)
_FAILED_GROUPS = tuple(_FAILED.groupindex)
# a formatting directive further on in configparser's rest (`%Y-%m-%d`, logging's `%(name)s`)
_FORMAT = lazyre.compile(r"%[A-Za-z(]|\s")
_UNEQUAL = lazyre.compile(
    r"AssertionError: " + _PY.format("l") + " != " + _PY.format("r") + r"\s*\Z"
)


def generated_input(value: str) -> bool:
    """An input a failed check quotes that reads as generated: not an id, a digest, a name
    with a number, a word or a number."""
    return (
        generated(value)
        and _ID.fullmatch(value) is None
        and _NAMED.fullmatch(value) is None
        and not is_trivial_value(value)
    )


def compared(a: str, b: str) -> bool:
    """`b`, compared with `a` by a failed check, goes with it: `a` reads as generated and `b`
    is no word or number (a token compared with another, one with a `.` before a letter that
    `generated` reads as a file name)."""
    return generated_input(a) and looks_random(b) and not is_trivial_value(b)


def unequal_sides(line: str) -> list[tuple[int, int]]:
    """The sides of unittest's `AssertionError: '…' != '…'` that go: one that reads as
    generated, and the other beside it when it is no word or number."""
    m = _UNEQUAL.search(line)
    if m is None:
        return []
    left = m.span("ls") if m.group("ls") is not None else m.span("ld")
    right = m.span("rs") if m.group("rs") is not None else m.span("rd")
    a, b = line[left[0] : left[1]], line[right[0] : right[1]]
    sides = []
    if generated_input(a) or compared(b, a):
        sides.append(left)
    if generated_input(b) or compared(a, b):
        sides.append(right)
    return sides


def _failed_spans(line: str) -> Iterator[Span]:
    for m in _FAILED.finditer(line):
        for g in _FAILED_GROUPS:
            value = m.group(g)
            if value is None or (g == "c" and _FORMAT.search(value)):
                continue  # (configparser's rest of a format string: `%Y-%m-%d`, `%(x)s`)
            if generated_input(value):
                yield m.start(g), m.end(g), KIND
    if "!=" in line:
        for start, end in unequal_sides(line):
            yield start, end, KIND


FAILED_INPUT = Detector(
    KIND,
    (
        "invalid literal for int()",
        "could not convert string to float",
        "for input string:",
        "found: '%",
        "validationerror: ",
        "assertionerror: ",
    ),
    _failed_spans,
    (
        r"invalid literal for int\(\) with base",
        r"could not convert string to float: ",
        r"NumberFormatException: For input string: \"",
        r"InterpolationSyntaxError: '%' must be followed by[^\n]*found: '%",
        r"ValidationError: [\"'][^\n]*[\"'] (?:does not match|is too|is not)",
        r"AssertionError: [\"'][^\n]*[\"'] != [\"']",
    ),
)
