"""A value a logger split over records of one request: a logfmt record that says it is part `i`
of `n` (`msg="auth header (1/2)"`, `part 1 of 2`, `chunk=1/3`) and speaks of a secret, then the
next parts of the same request (the same `request_id`, `req_id`, `trace_id`, … as the first):
the fields that held the value in the first part (not its level, time, message or ids) hold its
rest, each a single token, and go. The state is bounded: `n - i` parts within a few lines.
(Docker's and CRI's partial records of one line are partial.py's.)"""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096
_COUNTER = lazyre.compile(
    r"(?i)(?:\((?P<a>\d{1,2})/(?P<b>\d{1,2})\)|\[(?P<c>\d{1,2})/(?P<d>\d{1,2})\]"
    r"|\b(?:part|chunk|piece|fragment)[ =:]{1,3}(?P<e>\d{1,2})(?:/| of )(?P<f>\d{1,2})\b)"
)
_PAIR = lazyre.compile(
    r"(?<![^\s])(?P<k>[A-Za-z_][\w.-]{0,63})=(?:\"(?P<q>(?:[^\"\\\n]|\\.){0,8192})\"|(?P<v>[^\s\"]{0,8192}))"
)
# what a secret split in parts is spoken of by (`auth header`, `token`, `Authorization`)
_SPEAKS = lazyre.compile(
    r"(?i)auth|token|passw|secret|api[ _-]?key|credential|cookie|bearer|signature|session"
)
# fields of every record that are no value: when, how loud, where, what, whose request
_FRAME_KEYS = frozenset(
    {"level", "lvl", "time", "ts", "t", "msg", "message", "caller", "logger", "source", "src",
     "component", "module", "func", "line", "file", "host", "pid", "status", "method", "path"}
)  # fmt: skip
_ID_KEY = lazyre.compile(r"(?i)(?:request|req|trace|span|correlation|x[_-]request)[_.-]?id|rid")
_LINES = 8  # lines the next parts may be spread over (other requests between them)
_TOKEN = lazyre.compile(r"[^\s]{6,8192}")


def _fields(line: str) -> dict[str, tuple[int, int]]:
    """Each logfmt field's value span (inside its quotes)."""
    out: dict[str, tuple[int, int]] = {}
    for m in _PAIR.finditer(line):
        g = "q" if m.group("q") is not None else "v"
        out.setdefault(m.group("k"), m.span(g))
    return out


def _counter(text: str) -> tuple[int, int] | None:
    m = _COUNTER.search(text)
    if m is None:
        return None
    i, n = (int(x) for x in m.groups() if x is not None)
    return (i, n) if 0 < i < n else None


@dataclass
class SplitValue:
    ids: dict[str, str]  # the request's ids, as the first part gives them
    carriers: frozenset[str]  # the fields that held the value
    left: int  # parts still to come
    lines: int = _LINES

    @staticmethod
    def arm(line: str) -> SplitValue | None:
        if len(line) > _MAX_LINE or ("/" not in line and " of " not in line):
            return None
        counted = _counter(line)
        if counted is None or _SPEAKS.search(line) is None:
            return None
        fields = _fields(line)
        ids = {k: line[a:b] for k, (a, b) in fields.items() if _ID_KEY.fullmatch(k) and b > a}
        carriers = frozenset(
            k
            for k, (a, b) in fields.items()
            if k.lower() not in _FRAME_KEYS
            and k not in ids
            and b > a
            and _counter(line[a:b]) is None
        )
        if not ids or not carriers:
            return None
        return SplitValue(ids, carriers, counted[1] - counted[0])

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines -= 1
        if len(line) > _MAX_LINE or "=" not in line:
            return self.lines > 0, []
        fields = _fields(line)
        if any(
            k not in fields or line[fields[k][0] : fields[k][1]] != v for k, v in self.ids.items()
        ):
            return self.lines > 0, []  # another request's record
        spans: list[Span] = []
        for k in self.carriers & fields.keys():
            a, b = fields[k]
            if _TOKEN.fullmatch(line, a, b) and not is_trivial_value(line[a:b]):
                spans.append((a, b, KIND))
        self.left -= 1
        return self.left > 0 and self.lines > 0, spans
