"""A secret's history, pretty-printed one entry a line below its name (1Password's `.1pux`
`"passwordHistory": [` / `{ "value": "…", "time": … },`, a list of former tokens): each entry's
string, or its `value` member, until the list closes. `history` after a secret's name makes it
no secret on a line of its own (`password_history: 5`, a policy's count); a list under it holds
the values. The redactor keeps one follower per file (nextline.arm) and feeds it every line
after the one that armed it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import is_secret_name, words
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_ENTRIES = 64
# `"passwordHistory": [` ending its line
_OPEN = lazyre.compile(r"[ \t]*\"(?P<k>[A-Za-z_][\w.-]{0,127})\"[ \t]{0,8}:[ \t]{0,8}\[[ \t]*")
# one entry: a string, or an object on its line with a `value` member
_ENTRY = lazyre.compile(
    r"[ \t]*(?:\"(?P<s>[^\"\\\n]{1,512})\"|\{[^{}\n]{0,256}?\"value\"[ \t]{0,4}:[ \t]{0,4}"
    r"\"(?P<v>[^\"\\\n]{1,512})\"[^{}\n]{0,256}\})[ \t]*,?[ \t]*"
)


def _history_of_secret(name: str) -> bool:
    ws = words(name)
    return len(ws) >= 2 and ws[-1] == "history" and is_secret_name("_".join(ws[:-1]))


@dataclass
class SecretHistory:
    entries: int = 0

    @staticmethod
    def arm(line: str) -> SecretHistory | None:
        if "istory" not in line:
            return None
        m = _OPEN.fullmatch(line)
        return SecretHistory() if m is not None and _history_of_secret(m.group("k")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _ENTRY.fullmatch(line)
        if m is None:
            return False, []  # (the list closed)
        self.entries += 1
        g = "s" if m.group("s") is not None else "v"
        value = m.group(g)
        if is_trivial_value(value) or not (looks_random(value) or secretish("password", value)):
            return self.entries < _MAX_ENTRIES, []
        return self.entries < _MAX_ENTRIES, [(m.start(g), m.end(g), KIND)]
