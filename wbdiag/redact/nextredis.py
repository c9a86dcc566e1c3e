"""Values a Redis client prints on a later line than the name they belong to (nexttool.py has
other tools'):
- a command's arguments as a Redis reply lists them (`SLOWLOG GET`: `4) 1) "AUTH"` / `2)
  "default"` / `3) "…"`): the user name and the password after `AUTH`;
- `redis-cli --raw CONFIG GET …` (also piped, where redis-cli prints raw): its reply's names and
  values alternate one a line, unquoted (`masterauth` / `…`): the value after a secret name."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096

# a redis-cli reply item (`   4) 1) "AUTH"`, `      3) "…"`): its number's column and its string
_REPLY_ITEM = lazyre.compile(
    r"(?P<lead>[ \t]{0,64}(?:\d{1,6}\)[ \t]{1,4})?)(?P<n>\d{1,6})\)[ \t]{1,4}\"(?P<v>[^\"\n]{0,4096})\"[ \t]*"
)
# commands whose arguments end in a password: `AUTH [user] pass`, `HELLO 3 AUTH user pass`,
# `MIGRATE … AUTH pass`, `AUTH2 user pass`
_AUTH_ARGS = frozenset({"auth", "auth2"})


@dataclass
class ReplyArgs:
    """A command's arguments as a Redis reply lists them, one item a line (`SLOWLOG GET`'s
    `4) 1) "AUTH"` / `2) "default"` / `3) "…"`, a `CLIENT`-side trace): the items after `AUTH`
    at its column, a user name and then the password (the first goes when it reads like a
    secret, the second always), until an item of another column."""

    column: int
    seen: int = 0

    @staticmethod
    def arm(line: str) -> ReplyArgs | None:
        if len(line) > 256 or ('"AUTH' not in line and '"auth' not in line):
            return None
        m = _REPLY_ITEM.fullmatch(line, body_start(line))
        # (the command is the first item of its arguments; ACL LOG's `4) "auth"` is a value)
        if m is None or m.group("v").lower() not in _AUTH_ARGS or m.group("n") != "1":
            return None
        return ReplyArgs(m.end("lead"))

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _REPLY_ITEM.fullmatch(line, body_start(line))
        if m is None or m.end("lead") != self.column:
            return False, []
        self.seen += 1
        value = m.group("v")
        take = self.seen == 2 or looks_random(value) or secretish("password", value)
        spans = [] if not take or is_trivial_value(value) else [(m.start("v"), m.end("v"), KIND)]
        return self.seen < 2, spans


# (the parameter may be a glob: `CONFIG GET *auth*`, `CONFIG GET *`, each name then comes back)
_CONFIG_GET = lazyre.compile(
    r"(?i)\b(?:redis|valkey)-cli\b[^\n|;]{0,512}[ \t]CONFIG[ \t]{1,4}GET[ \t]"
)
_RAW_NAME = lazyre.compile(r"[A-Za-z][\w.-]{0,127}")
_RAW_LINES = 256


@dataclass
class RawConfigReply:
    """The reply of `redis-cli CONFIG GET` printed raw: a name alone on its line, its value on
    the next, for every parameter the pattern matched; the value after a secret name goes (an
    empty line is an unset one). Ends at a line that is no parameter's name (a prompt, the
    numbered form `1) "…"`, which keyvalue.py reads)."""

    secret: bool = False
    value_next: bool = False
    lines: int = 0

    @staticmethod
    def arm(line: str) -> RawConfigReply | None:
        if len(line) > _MAX_LINE or "config" not in line.lower():
            return None
        return RawConfigReply() if _CONFIG_GET.search(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        text = line.strip()
        if self.value_next:
            self.value_next = False
            if not self.secret or is_trivial_value(text):
                return self.lines < _RAW_LINES, []
            start = line.index(text)
            return self.lines < _RAW_LINES, [(start, start + len(text), KIND)]
        if _RAW_NAME.fullmatch(text) is None:
            return False, []
        self.secret, self.value_next = is_secret_name(text), True
        return True, []
