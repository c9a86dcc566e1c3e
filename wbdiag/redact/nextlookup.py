"""A traceback's `KeyError` on a lookup keyed by a secret-named variable: the code line indexes
a mapping with it (`return self._cache[token]`) and the error below quotes the key it missed,
which is that variable's value (`KeyError: '…'`). Python 3.11 may mark the expression with `^`
and `~` between the two. A key that names the variable's name only (`KeyError: 'WANDB_API_KEY'`
under `os.environ[key]`) is no secret's value; so is a trivial one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 1024
# (indented: a traceback prints its code lines under their `File "…", line N`)
_LOOKUP = lazyre.compile(r"[A-Za-z_][\w.]{0,128}\[(?P<k>[A-Za-z_]\w{0,64})\]")
_MARKS = lazyre.compile(r"[ \t]*[~^]{1,512}[ \t]*")
_KEY_ERROR = lazyre.compile(
    r"(?:\w+\.)?KeyError:[ \t](?P<q>[\"'])(?P<v>[^\"'\n]{1,4096})(?P=q)[ \t]*"
)
_MAX_MARKS = 2


@dataclass
class MissedKey:
    marks: int = 0

    @staticmethod
    def arm(line: str) -> MissedKey | None:
        if len(line) > _MAX_LINE or "[" not in line or line[:1] not in (" ", "\t"):
            return None
        for m in _LOOKUP.finditer(line):
            if is_secret_name(m.group("k")):
                return MissedKey()
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if _MARKS.fullmatch(line):
            self.marks += 1
            return self.marks <= _MAX_MARKS, []
        m = _KEY_ERROR.fullmatch(line)
        if m is None or is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# (the prefilter picks the code line for the follower to arm on)
LOOKUP_ARMING = Detector(
    KIND, NAME_HINTS, lambda line: iter(()), (r"^[ \t][^\n]*\[[a-z0-9_]*" + _H + r"[a-z0-9_]*\]",)
)
