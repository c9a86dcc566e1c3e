"""What a failed check echoes of its input (the leak gate, gate.py): a value put in the wrong
place, or compared in a test, is shown back whole by the error that rejects it.

- `validation_inputs`: a validation error's `input` beside a `loc` whose last part names a secret
  (pydantic v2's `errors()` list, FastAPI's 422 body: `"loc":["body","password"],…,"input":"…"`),
  judged as a value its place names a secret (`plausible_secret`);
- `parse_inputs`: the input a parser could not read, as its error quotes it (Java's `For input
  string: "…"`, Python's `invalid literal for int() with base 10: '…'`, `could not convert string
  to float: '…'`, configparser's `found: '%…'`, External Secrets' template error `unable to
  decode \"…\" as JSON`, which quotes the secret's value it meant to parse): no name says what it is, so it must read as
  generated (`looks_random`);
- `compared_values`: the values a failed test assertion compares (unittest's `'…' != '…'`,
  testify's `expected: "…"` and `actual  : "…"`, Jest's `Expected: "…"` and `Received: "…"`),
  judged the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatealigned import secret_column
from wbdiag.redact.gatecontext import MIXED_RX
from wbdiag.redact.gatetoken import looks_random, plausible_secret
from wbdiag.redact.gatevalues import own_secret_name

_VALIDATION = lazyre.compile(
    r"[\"']loc[\"'][ \t]{0,4}:[ \t]{0,4}[\[(](?P<loc>[^\[\]()\n]{0,256})[\])]"
    r"[^\n]{0,512}?[\"']input[\"'][ \t]{0,4}:[ \t]{0,4}(?P<q>[\"'])(?P<v>[^\"'\n]{8,512})(?P=q)"
)
_LOC_PART = lazyre.compile(r"[\"']([^\"',]{1,64})[\"']")
VALIDATION_LITERALS = ("input",)
VALIDATION_HINTS = (r"[\"']loc[\"'][ \t]*:[^\n]*[\"']input[\"'][ \t]*:[ \t]*[\"']",)

_PARSE = lazyre.compile(
    r"For input string: \"(?P<a>[^\"\n]{8,512})\""
    r"|invalid literal for \w{1,16}\(\) with base \d{1,2}: '(?P<b>[^'\n]{8,512})'"
    r"|could not convert string to \w{1,16}: '(?P<c>[^'\n]{8,512})'"
    r"|found: '%(?P<d>[^'\n]{8,512})'"
    r"|unable to decode \\?\"(?P<e>[^\"\\\n]{8,512})\\?\""
)
PARSE_LITERALS = (
    "for input string",
    "invalid literal for",
    "could not convert string",
    "found: '%",
    "unable to decode",
)
PARSE_HINTS = (
    r"for input string: \"|invalid literal for [0-9a-z_]+\(\) with base [0-9]+: '"
    r"|could not convert string to [0-9a-z_]+: '|found: '%|unable to decode \\?\"",
)

_UNITTEST = lazyre.compile(
    r"AssertionError: (?P<q>['\"])(?P<a>[^'\"\n]{8,512})(?P=q) != "
    r"(?P<r>['\"])(?P<b>[^'\"\n]{8,512})(?P=r)"
)
_COMPARED_LINE = lazyre.compile(
    r"(?i)^[ \t]{0,32}(?:expected|actual|received)[ \t]{0,8}:[ \t]{0,8}\"(?P<v>[^\"\n]{8,512})\"[ \t]*\Z"
)
COMPARED_LITERALS = ("assertionerror", "expected", "actual", "received")
COMPARED_HINTS = (
    r"assertionerror: ['\"][^'\"\n]{8}[^\n]* != ['\"]",
    r"^[ \t]*(?:expected|actual|received)[ \t]*:[ \t]*\"[^\"\n]{8}",
)


def _generated(value: str) -> bool:
    return MIXED_RX.search(value) is not None and looks_random(value)


def validation_inputs(text: str) -> Iterator[str]:
    """A validation error's input under a `loc` whose last part names a secret."""
    for m in _VALIDATION.finditer(text):
        parts = _LOC_PART.findall(m.group("loc"))
        name = parts[-1] if parts else ""
        if (
            name
            and (own_secret_name(name) or secret_column(name))
            and plausible_secret(m.group("v"))
        ):
            yield m.group("v")


def parse_inputs(text: str) -> Iterator[str]:
    """The generated-looking input a parser's error quotes."""
    for m in _PARSE.finditer(text):
        value = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
        if _generated(value):
            yield value


def compared_values(text: str) -> Iterator[str]:
    """A generated-looking value a failed test assertion compares."""
    m = _UNITTEST.search(text)
    values = [m.group("a"), m.group("b")] if m is not None else []
    line = _COMPARED_LINE.match(text)
    if line is not None:
        values.append(line.group("v"))
    for value in values:
        if _generated(value):
            yield value
            return
