"""Secrets a pretty-printed notebook (`.ipynb`) or Jupyter runtime file holds on a line no name
marks, found from a line above that says what the record is:
- a Jupyter kernel's connection file (`kernel-….json`: `"shell_port": …` and the other ports,
  then `"key": "…"`, the HMAC key that signs every message to the kernel): its `key`;
- a notebook widget whose model is a password field (ipywidgets' `"model_name":
  "PasswordModel"`): the `value` of its state, a few lines on;
- a code cell whose source prints a secret it reads (`print(userdata.get('WANDB_API_KEY'))`,
  `print(os.environ["HF_TOKEN"])`): the first string of the cell's output text, when it is one
  token that reads generated;
- a cell's result shown as the repr of one string (`"text/plain": [` / `"'…'"`, what a cell
  that ends in `os.environ["X"]` shows, its source cut away): the string, when it reads random
  in both cases (`'wandb-run-3f9a'`, a lower-case id or a hex digest stays).
The same records on one line are jsontree.py's. The redactor keeps one follower per file
(nextline.arm) and feeds it every line after the one that armed it; NOTEBOOK_ARMING has the
prefilter pick the arming lines."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096

_PORT = lazyre.compile(
    r"[ \t]*\"(?:shell|iopub|stdin|control|hb)_port\"[ \t]*:[ \t]*\d{1,5},?[ \t]*"
)
_KEY_MEMBER = lazyre.compile(r"[ \t]*\"key\"[ \t]*:[ \t]*\"(?P<v>[^\"\\\n]{1,512})\",?[ \t]*")
_CONNECTION_LINES = 12  # a connection file has ten members


@dataclass
class ConnectionKey:
    """A Jupyter kernel's connection file after one of its ports: its `key`."""

    left: int = _CONNECTION_LINES

    @staticmethod
    def arm(line: str) -> ConnectionKey | None:
        if "_port" not in line or len(line) > _MAX_LINE:
            return None
        return ConnectionKey() if _PORT.fullmatch(line, body_start(line)) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        start = body_start(line)
        if line[start:].lstrip().startswith("}"):
            return False, []  # the file closed
        m = _KEY_MEMBER.fullmatch(line, start)
        if m is None:
            return self.left > 0, []
        if is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


_PASSWORD_MODEL = lazyre.compile(r"\"_?model_name\"[ \t]*:[ \t]*\"PasswordModel\"")
_OTHER_MODEL = lazyre.compile(r"\"_?model_name\"[ \t]*:[ \t]*\"")
_VALUE_MEMBER = lazyre.compile(r"\"value\"[ \t]*:[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){1,4096})\"")
_WIDGET_LINES = 40  # a widget's state lists some twenty members before its value


@dataclass
class PasswordWidget:
    """A notebook widget whose model is a password field: its state's `value`."""

    left: int = _WIDGET_LINES

    @staticmethod
    def arm(line: str) -> PasswordWidget | None:
        if "PasswordModel" not in line or len(line) > _MAX_LINE:
            return None
        m = _PASSWORD_MODEL.search(line)
        if m is None or _VALUE_MEMBER.search(line, m.end()) is not None:
            return None  # (its value on the same line: jsontree.py, or already past)
        return PasswordWidget()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        m = _VALUE_MEMBER.search(line)
        if m is None:
            other = _OTHER_MODEL.search(line)
            if other is not None and _PASSWORD_MODEL.search(line) is None:
                return False, []  # the next widget's model
            return self.left > 0, []
        value = m.group("v")
        if not value or is_trivial_value(value):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# a source line of a notebook cell (a JSON string) that prints or displays an expression, or
# ends the cell with a getter, whose value the notebook shows (`userdata.get('HF_TOKEN')`)
_PRINTS = lazyre.compile(
    r"\b(?:print|display|pprint)\((?P<e>[^\n]{1,300})\)"
    r"|(?:^|\[[ \t]{0,4})\"(?P<g>(?:userdata\.get|os\.getenv|os\.environ|getpass)[^\"\n]{1,300})\"[ \t]*\]?[ \t]*,?$"
)
_NAMES = lazyre.compile(r"[A-Za-z_][\w.-]{0,127}")
_NEXT_CELL = lazyre.compile(r"\"cell_type\"[ \t]*:")
_OUTPUTS = lazyre.compile(r"\"outputs\"[ \t]*:")
_TEXT_OPEN = lazyre.compile(r"\"(?:text|text/plain)\"[ \t]*:[ \t]*\[?")
# one output string: the value alone, as `print` (a newline after it) or a repr (`'…'`) writes it
_OUTPUT_STRING = lazyre.compile(
    r"\"(?P<q>'?)(?P<v>[^\"\\\s']{6,4096})(?P=q)(?:\\n)?\"(?=[ \t]*(?:[,\]]|\Z))"
)
_CELL_LINES = 24


@dataclass
class PrintedCell:
    """A notebook cell whose source prints a secret it reads: the first string of its output
    text, before the next cell."""

    left: int = _CELL_LINES
    outputs: bool = False  # past the cell's `"outputs":`
    text: bool = False  # past an output's `"text": [`

    @staticmethod
    def arm(line: str) -> PrintedCell | None:
        if len(line) > _MAX_LINE or "(" not in line:
            return None
        body = line[body_start(line) :].lstrip()
        if not body.startswith('"'):
            return None  # a notebook's source is a list of JSON strings
        m = _PRINTS.search(body.rstrip())
        if m is None:
            return None
        names = _NAMES.findall(m.group("e") or m.group("g"))
        return PrintedCell() if any(is_secret_name(n) for n in names) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if _NEXT_CELL.search(line):
            return False, []
        pos = 0
        if not self.outputs:
            m = _OUTPUTS.search(line)
            if m is None:
                return self.left > 0, []
            self.outputs, pos = True, m.end()
        if not self.text:
            m = _TEXT_OPEN.search(line, pos)
            if m is None:
                return self.left > 0, []
            self.text, pos = True, m.end()
        first = line.find('"', pos)
        if first < 0:
            return self.left > 0, []
        m = _OUTPUT_STRING.match(line, first)
        if m is None:
            return False, []  # the output is text, not one token
        value = m.group("v")
        if is_trivial_value(value) or not (looks_random(value) or secretish("value", value)):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


_PLAIN_OPEN = lazyre.compile(r"[ \t]*\"text/plain\"[ \t]*:[ \t]*\[[ \t]*")
_REPR_STRING = lazyre.compile(r"[ \t]*\"'(?P<v>[^\"\\\s']{12,4096})'\"[ \t]*")


@dataclass
class ReprResult:
    """A result's `text/plain` list, opened on its own line: its one string, a str's repr."""

    @staticmethod
    def arm(line: str) -> ReprResult | None:
        return ReprResult() if _PLAIN_OPEN.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _REPR_STRING.fullmatch(line)
        if m is None:
            return False, []
        value = m.group("v")
        if (
            is_trivial_value(value)
            or value.lower() == value
            or value.upper() == value
            or not looks_random(value)
        ):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# The lines that arm these followers: no other detector's hints need pick them.
NOTEBOOK_ARMING = Detector(
    KIND,
    (
        '_port"',
        "passwordmodel",
        "print(",
        "display(",
        "userdata.get",
        "getenv",
        "environ",
        '"text/plain"',
    ),
    lambda line: iter(()),
    (
        r"\"(?:shell|iopub|stdin|control|hb)_port\"[ \t]*:[ \t]*\d",
        r"model_name\"[ \t]*:[ \t]*\"passwordmodel\"",
        r"^[ \t]*\"[^\n]{0,200}\b(?:print|display|pprint)\("
        r"[^\n]{0,200}(?:key|token|secret|pass|pw|cred|auth)",
        r"(?:^[ \t]*|\[[ \t]*)\"(?:userdata\.get|os\.getenv|os\.environ|getpass)",
        r"^[ \t]*\"text/plain\"[ \t]*:[ \t]*\[[ \t]*$",
    ),
)
