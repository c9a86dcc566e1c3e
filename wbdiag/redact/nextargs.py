"""Values spread over the lines after the one that opens them, in layouts of configuration
and manifests (nextline.py has the generic ones):
- a command's arguments as a list over lines (a container's `args:` / `command:` as a YAML block
  sequence, `- alias` / `- set` / …, or a pretty-printed JSON array): the items read joined, as
  the command line they make, by the detectors of positional secrets (detectors/arglist.py: `mc
  alias set A URL KEY SECRET`, `garage key import ID SECRET`); the item they find goes;
- a multi-line string under a secret name (TOML's `secret_key = \"\"\"` or `'''`, also with a
  backslash ending the line, which trims the break; Python's triple quotes): every line up to
  the closing quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wbdiag.redact.detectors.arglist import item_spans
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.keyvalue import body_start
from wbdiag.redact.names import is_reference_value, is_secret_name, is_trivial_value

KIND = "cmdline"
_MAX_LINE = 4096
_MAX_ITEMS = 64
# `args:`, `- command:`, `"args": [`: a list of a command's arguments opens below
_OPENS = re.compile(
    r"[ \t]*(?:-[ \t]{1,4})?[\"']?(?:args|command|argv|arguments|cmd|entrypoint)[\"']?[ \t]*:"
    r"[ \t]*(?P<json>\[)?[ \t]*"
)
_YAML_ITEM = re.compile(r"(?P<i>[ \t]*)-[ \t]{1,8}(?P<q>[\"']?)(?P<v>[^\n]{0,2048}?)(?P=q)[ \t]*")
_JSON_ITEM = re.compile(r"[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){0,2048})\"[ \t]*(?P<end>,|\]?)[ \t]*,?")


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
_TRIPLE_OPEN = re.compile(
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


# The lines that open an argument list (a secret name's triple quotes are keyvalue.py's hints)
ARGS_ARMING = Detector(
    KIND,
    ("args", "command", "argv", "arguments", "cmd", "entrypoint"),
    lambda line: iter(()),
    (
        r"^[ \t]*(?:-[ \t]+)?[\"']?(?:args|command|argv|arguments|cmd|entrypoint)[\"']?[ \t]*:"
        r"[ \t]*\[?[ \t]*$",
    ),
)
