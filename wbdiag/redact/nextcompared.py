"""The values a failed check prints on the lines below the one that says it failed (the line's
own inputs: detectors/parseinput.py):
- unittest's `AssertionError: '…' != '…'`, then its diff, `- …` / `+ …` (and `? ^` marks): the
  lines that repeat a side that went;
- testify's `Error: Not equal:`, then `expected: "…"` / `actual  : "…"` and its `Diff:` (`-…` /
  `+…`); Jest's `expect(received).toBe(expected)`, then `Expected: "…"` / `Received: "…"`: the
  expected value when it reads as generated, the actual one when it does or when it is compared
  with one that did (parseinput.compared); numbers (`expected: 200`) and words stay;
- jsonschema's `On instance['smtp']['password']:`, its path ending in a secret's name: the value
  on the next line (`'…'`), whatever it reads like, unless trivial.
The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; COMPARED_ARMING has the prefilter pick the lines that arm them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.parseinput import compared, generated_input, unequal_sides
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINES = 16  # a failed check's block: its values and a short diff
_NOT_EQUAL = lazyre.compile(r"[ \t]*Error:[ \t]+Not equal:[ \t]*\Z")
_JEST = lazyre.compile(r"[ \t]*expect\((?:received|value)\)\.(?:not\.)?to\w{2,32}\(")
# testify's `expected: …` / `actual  : …` (after its tab), Jest's `Expected: …` / `Received: …`
_SIDE = lazyre.compile(
    r"[ \t]*(?P<n>expected|actual|Expected|Received)[ \t]*:[ \t]+(?:not[ \t])?"
    r"(?:\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\"|(?P<o>\S[^\n]{0,511}))[ \t]*\Z"
)
# a diff's line: `- …` / `+ …` (unittest), `-…` / `+…` (testify's unified diff, after its tab)
_DIFF_LINE = lazyre.compile(r"[ \t]*[-+][ ]?(?P<v>\S[^\n]{0,511}?)[ \t]*\Z")
# what a failed check's block holds besides (unittest's `? ^` marks, testify's `Diff:` header,
# `--- Expected` / `+++ Actual` / `@@ -1 +1 @@`, a blank line)
_FILLER = lazyre.compile(
    r"[ \t]*(?:\?[ \t^+-]*|Diff:|-{3}[ \t]Expected|\+{3}[ \t]Actual|@@[^\n]{0,64}@@)?[ \t]*\Z"
)
_INSTANCE = lazyre.compile(r"[ \t]*On instance(?P<path>(?:\[[^\]\n]{1,128}\]){1,32}):[ \t]*\Z")
_LAST_KEY = lazyre.compile(r"\[(?P<q>['\"])(?P<k>[^'\"\n]{1,128})(?P=q)\]\Z")
_INSTANCE_VALUE = lazyre.compile(
    r"[ \t]*(?:'(?P<s>[^'\n]{1,4096})'|\"(?P<d>[^\"\n]{1,4096})\")[ \t]*"
)


@dataclass
class Compared:
    """A failed check's values and the diff below it."""

    gone: set[str] = field(default_factory=set)
    expected: str | None = None
    lines: int = 0

    @staticmethod
    def arm(line: str) -> Compared | None:
        body = body_start(line)
        if "!=" in line:
            sides = unequal_sides(line)
            if sides:
                return Compared({line[a:b] for a, b in sides})
        if _NOT_EQUAL.match(line, body) or _JEST.match(line, body):
            return Compared()
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        if self.lines > _MAX_LINES:
            return False, []
        body = body_start(line)
        side = _SIDE.match(line, body)
        if side is not None:
            return True, self._side(side)
        diff = _DIFF_LINE.match(line, body)
        if diff is not None and diff.group("v") in self.gone:
            return True, [(diff.start("v"), diff.end("v"), KIND)]
        if diff is not None or _FILLER.match(line, body):
            return True, []
        return False, []

    def _side(self, side: re.Match[str]) -> list[Span]:
        group = "v" if side.group("v") is not None else "o"
        value = side.group(group)
        first = side.group("n").lower() == "expected"
        if first:
            self.expected = value
        goes = generated_input(value) or (
            not first and self.expected is not None and compared(self.expected, value)
        )
        if not goes:
            return []
        self.gone.add(value)
        return [(side.start(group), side.end(group), KIND)]


@dataclass
class SchemaInstance:
    """jsonschema's `On instance[…['password']]:`: the instance's value on the next line."""

    blank: bool = False

    @staticmethod
    def arm(line: str) -> SchemaInstance | None:
        m = _INSTANCE.match(line, body_start(line))
        if m is None:
            return None
        key = _LAST_KEY.search(m.group("path"))
        return SchemaInstance() if key is not None and is_secret_name(key.group("k")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if not line.strip():
            armed, self.blank = not self.blank, True
            return armed, []  # (one blank line before the value)
        m = _INSTANCE_VALUE.fullmatch(line, body_start(line))
        if m is None:
            return False, []
        group = "s" if m.group("s") is not None else "d"
        if is_trivial_value(m.group(group)):
            return False, []
        return False, [(m.start(group), m.end(group), KIND)]


def arm_compared(line: str) -> Compared | SchemaInstance | None:
    if "On instance" in line:
        return SchemaInstance.arm(line)
    if "!=" in line or "Not equal" in line or "expect(" in line:
        return Compared.arm(line)
    return None


COMPARED_ARMING = Detector(
    KIND,
    ("not equal:", "expect(received)", "expect(value)", "on instance["),
    lambda line: iter(()),
    (
        r"Error:[ \t]+Not equal:[ \t]*$",
        r"expect\((?:received|value)\)\.",
        r"On instance\[[^\n]*\]:[ \t]*$",
    ),
)
