"""Values spread over the lines after the one that opens them, in layouts of configuration
and manifests (nextpending.py has the generic ones):
- a command's arguments as a list over lines (a container's `args:` / `command:` as a YAML block
  sequence, `- alias` / `- set` / …, or a pretty-printed JSON array): the items read joined, as
  the command line they make, by the detectors of positional secrets (detectors/arglist.py: `mc
  alias set A URL KEY SECRET`, `garage key import ID SECRET`); the item they find goes;
- a multi-line string under a secret name (TOML's `secret_key = \"\"\"` or `'''`, also with a
  backslash ending the line, which trims the break; Python's triple quotes): every line up to
  the closing quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.redact.detectors.arglist import item_spans
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "cmdline"
_MAX_LINE = 4096
_MAX_ITEMS = 64
# `args:`, `- command:`, `"args": [`: a list of a command's arguments opens below (also a
# Compose healthcheck's `test:` and `docker inspect`'s `"Cmd": [`, `"Test": [`)
_OPENS = lazyre.compile(
    r"(?i)[ \t]*(?:-[ \t]{1,4})?[\"']?(?:args|command|argv|arguments|cmd|entrypoint|test)[\"']?[ \t]*:"
    r"[ \t]*(?P<json>\[)?[ \t]*"
)
_YAML_ITEM = lazyre.compile(
    r"(?P<i>[ \t]*)-[ \t]{1,8}(?P<q>[\"']?)(?P<v>[^\n]{0,2048}?)(?P=q)[ \t]*"
)
_JSON_ITEM = lazyre.compile(
    r"[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){0,2048})\"[ \t]*(?P<end>,|\]?)[ \t]*,?"
)


@dataclass
class ArgsBlock:
    json: bool
    indent: int = -1  # of the YAML items (the first sets it)
    items: list[str] = field(default_factory=list)

    @staticmethod
    def arm(line: str) -> ArgsBlock | None:
        if len(line) > 256:
            return None
        m = _OPENS.fullmatch(line, body_start(line))
        return None if m is None else ArgsBlock(json=m.group("json") is not None)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        start = body_start(line)
        if self.json:
            m = _JSON_ITEM.fullmatch(line, start)
            if m is None:
                return False, []
            closed = m.group("end") == "]"
        else:
            m = _YAML_ITEM.fullmatch(line, start)
            if m is None:
                return False, []
            indent = len(m.group("i"))
            if self.indent >= 0 and indent != self.indent:
                return False, []  # (a deeper list is an item's own; a shallower one the next key)
            self.indent = indent
            closed = False
        self.items.append(m.group("v"))
        last = len(self.items) - 1
        pos = m.start("v")
        spans = [(pos + s, pos + e, kind) for i, s, e, kind in item_spans(self.items) if i == last]
        return not closed and len(self.items) < _MAX_ITEMS, spans


# a secret's name, then a multi-line string TOML or Python opens and leaves open on the line
_TRIPLE_OPEN = lazyre.compile(
    r"[ \t]*(?P<k>[\w.\"'-]{1,128})[ \t]*[=:][ \t]*(?P<q>\"\"\"|''')(?P<rest>[^\n]{0,4096})"
)
_TRIPLE_LINES = 64


@dataclass
class TripleQuoted:
    quote: str
    lines: int = 0

    @staticmethod
    def arm(line: str) -> TripleQuoted | None:
        if len(line) > _MAX_LINE or ('"""' not in line and "'''" not in line):
            return None
        m = _TRIPLE_OPEN.fullmatch(line, body_start(line))
        if m is None or m.group("q") in m.group("rest"):
            return None  # closed on its line: the key=value scanner reads it
        return TripleQuoted(m.group("q")) if is_secret_name(m.group("k").strip("\"'")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        close = line.find(self.quote)
        stop = len(line) if close < 0 else close
        text = line[:stop].rstrip()
        if text.endswith("\\"):
            text = text[:-1].rstrip()  # TOML: a backslash ending the line trims the break
        lead = len(text) - len(text.lstrip(" \t"))
        value = text[lead:]
        spans: list[Span] = []
        if value and not is_trivial_value(value) and not is_reference_value("value", value):
            spans.append((lead, lead + len(value), "keyvalue"))
        return close < 0 and self.lines < _TRIPLE_LINES, spans


# a string literal (Python's prefixes before it), alone or after a part of the same value, and
# what may follow the last part (`)`, `,`, the rest of a call)
_LITERAL = lazyre.compile(
    r"[rRuUbB]{0,2}(?P<q>[\"'])(?P<v>(?:(?!(?P=q))[^\\\n]|\\.){0,4096})(?P=q)"
)
# (Rust's `{:#?}` writes an `Option` field over lines: `password: Some(` / `"…",` / `),`)
_OPEN_PAREN = lazyre.compile(
    r"(?P<k>[A-Za-z_][\w.]{0,127})[\"']?\]?[ \t]{0,8}[:=][ \t]{0,8}(?:Some)?\([ \t]*\Z"
)
_CONCAT_LINES = 32


@dataclass
class Concatenated:
    """A secret's value Python writes as adjacent string literals over lines (`API_TOKEN = (` /
    `"part1"` / `"part2"` / `)`, also a call's `api_key=("part1"` / `"part2")`): every part,
    until a line that is no literal or the parenthesis closes."""

    lines: int = 0

    @staticmethod
    def arm(line: str) -> Concatenated | None:
        return Concatenated() if opening(line) is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        start = body_start(line)
        pos = start + len(line[start:]) - len(line[start:].lstrip(" \t"))
        m = _LITERAL.match(line, pos)
        if m is None:
            return False, []
        rest = line[m.end() :].lstrip(" \t")
        spans = [(m.start("v"), m.end("v"), "keyvalue")] if part(m.group("v")) else []
        closed = rest[:1] not in ("", "#", "\\")
        return not closed and self.lines < _CONCAT_LINES, spans


def part(value: str) -> bool:
    """A part of a generated value: one token, no template or reference."""
    return (
        bool(value)
        and not any(c.isspace() for c in value)
        and not is_trivial_value(value)
        and not is_reference_value("value", value)
    )


def opening(line: str) -> tuple[int, int] | None:
    """Where a secret-named value opened with `(` and left open holds its first part on this
    line ((start, end) of that literal's text; (0, 0) when the line ends at the parenthesis)."""
    if len(line) > _MAX_LINE:
        return None
    tail = line.rstrip()
    if tail.endswith("("):
        m = _OPEN_PAREN.search(tail, max(0, len(tail) - 160))
        return (0, 0) if m is not None and is_secret_name(m.group("k")) else None
    if not tail.endswith(("'", '"')):
        return None
    quote = tail[-1]
    first = tail.rfind(quote, 0, len(tail) - 1)
    if first < 1:
        return None
    lead = first
    while lead > 0 and line[lead - 1] in "rRuUbB":
        lead -= 1
    before = tail[:lead].rstrip(" \t")
    if not before.endswith("("):
        return None
    m = _OPEN_PAREN.search(before, max(0, len(before) - 160))
    if m is None or not is_secret_name(m.group("k")):
        return None
    return first + 1, len(tail) - 1


def _first_part(line: str) -> Iterator[Span]:
    at = opening(line)
    if at is not None and at[1] > at[0] and part(line[at[0] : at[1]]):
        yield at[0], at[1], "keyvalue"


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# The line that opens the parts (its own part goes too; the follower takes the rest)
CONCAT_OPEN = Detector(
    "keyvalue",
    NAME_HINTS,
    _first_part,
    (_H + r"[\w.]*[\"']?\]?[ \t]*[:=][ \t]*\([ \t]*(?:[rub]{0,2}[\"'][^\n]*[\"'])?[ \t]*$",),
)


# The lines that open an argument list (a secret name's triple quotes are keyvalue.py's hints)
ARGS_ARMING = Detector(
    KIND,
    ("args", "command", "argv", "arguments", "cmd", "entrypoint", "test"),
    lambda line: iter(()),
    (
        r"^[ \t]*(?:-[ \t]+)?[\"']?(?:args|command|argv|arguments|cmd|entrypoint|test)[\"']?[ \t]*:"
        r"[ \t]*\[?[ \t]*$",
    ),
)
