"""A multi-line log event: which lines continue the one a pattern selected (a Go panic and its
goroutine trace, a Python traceback), the rule samples that collect them as context, and which of
its candidate lines an observer is told (`speakers`). The scan (scan.py) opens an event at each
selected line and offers it the lines after."""

from __future__ import annotations

from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.rules import linear
from wbdiag.rules.error_tracebacks import weak
from wbdiag.rules.offload import Later

MAX_CONTEXT = 20
MAX_EVENT_LINES = 2000  # a goroutine dump is long; past this, lines no longer join the event
MAX_EVENT_BLANKS = 2  # Go puts a blank line between `panic:` and `goroutine 1 [running]:`
# docker logs --timestamps / kubectl logs --timestamps put RFC 3339 before every physical line,
# continuation lines included: test continuation on what follows it.
_TS_PREFIX = lazyre.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}) ")
# Lines that continue a multi-line event: Go panics and goroutine traces, Python tracebacks.
# RE2: `\.\S*\(.*\)$` backtracks quadratically in `re` on a line like a.a.a.a...
_CONTINUATION = linear.compile(
    r"(?:\s|goroutine \d+ \[|created by |\[recovered\]|\[signal |"
    r"[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b|"
    r"During handling of the above exception|The above exception was the direct cause|"
    r"[\w./-]+\.go:\d+|[A-Za-z_][\w./-]*\.\S*\(.*\)$|exit status \d)"
)
# The ASCII characters a _CONTINUATION match can start with; a body starting with any other
# ASCII character (a JSON line's `{`, most often) is not tried.
_CONTINUATION_FIRST = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f [./-_"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)
_GO_SOURCE_ONLY = frozenset("0123456789./-")
# A traceback continues an event right after its first line (logging.exception's message) or
# after Python's chaining sentence; anywhere else it starts a new event.
_CHAINING = lazyre.compile(
    r"During handling of the above exception|The above exception was the direct"
)
# An event opened by this alone says nothing: the exception line that ends it does.
_HEADER_ONLY = lazyre.compile(r"Traceback \(most recent call last\)")


def continues(body: str) -> bool:
    """Whether a line's body (not blank) continues a multi-line event; most bodies are decided by
    their first character, without running the pattern."""
    first = body[0]
    if first.isascii() and first not in _CONTINUATION_FIRST:
        return False
    if first in _GO_SOURCE_ONLY and ".go:" not in body:
        return False  # only `[\w./-]+\.go:\d+` can start so (a timestamp, an address)
    return _CONTINUATION.match(body) is not None


def _body(line: str) -> str:
    m = _TS_PREFIX.match(line)
    return line[m.end() :] if m else line


@dataclass
class Sample:
    path: str
    line: int
    text: str
    time: str | None
    context: list[str] = field(default_factory=list)


def speakers(candidates: list[tuple[int, str]]) -> list[tuple[int, str, Later]]:
    """The candidate line that stands for its event: the first (with the others after it, for an
    observer that rejects it), or after a traceback's opening line the last other one (its
    exception line). An event of a traceback's frame and raising
    code lines alone (error_tracebacks.py: the log starts inside it) is told all of them, in
    order: the miner places the frames and judges the raising line by the frame before it."""
    told = [
        c for c in candidates if not (("line " in c[1] or "raise" in c[1]) and weak(_body(c[1])))
    ]
    if not told:
        return [(lineno, line, ()) for lineno, line in candidates]
    lineno, line = told[0]
    if _HEADER_ONLY.search(line):
        rest = [c for c in told[1:] if not _HEADER_ONLY.search(c[1])]
        if rest:
            lineno, line = rest[-1]
            return [(lineno, line, ())]
    return [(lineno, line, tuple(told[1:]))]


class Event:
    """One log event: a line some pattern selected plus the lines that continue it."""

    def __init__(self, n_observers: int) -> None:
        self.samples: list[Sample] = []  # rule samples that collect the following lines
        self.candidates: list[list[tuple[int, str]]] = [[] for _ in range(n_observers)]
        self.explained = False
        self.pending: set[int] = set()  # conditions with a min_count that matched a line of it
        self.lines = 1
        self.blanks = 0
        self.traceback_may_follow = True  # after the head line or a chaining sentence

    def continued_by(self, line: str) -> bool:
        body = _body(line)
        if not body.strip():
            self.blanks += 1
            return self.blanks <= MAX_EVENT_BLANKS
        if self.lines >= MAX_EVENT_LINES:
            return False
        if body.startswith("Traceback (most recent call last)"):
            if not self.traceback_may_follow:
                return False
        elif not continues(body):
            return False
        self.traceback_may_follow = bool(_CHAINING.match(body))
        self.blanks = 0
        self.lines += 1
        if self.samples:
            for s in self.samples:
                s.context.append(line)
            # full samples leave: a long trace whose every line some rule matches stays linear
            self.samples = [s for s in self.samples if len(s.context) < MAX_CONTEXT]
        return True
