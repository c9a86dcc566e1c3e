"""A Python traceback's pieces when a log's newest part starts inside one.

A bundle cut to its newest part, or a paste, can hold a traceback's frames without the `Traceback
(most recent call last):` line that opens it: `File ".../site-packages/wandb/…", line 141, in
_wait_for_ports` and the code lines under each frame. What each line alone says decides:
  - a frame line (`File "…", line N, in f`) says only that code ran there: a middle frame of some
    traceback. It is never listed itself; the miner only remembers where it is;
  - the code line right under a frame that raises (`raise ServiceStartTimeoutError(`,
    `six.reraise(CommError, …)`, a bare `raise`), indented as a traceback prints it, says an
    exception was raised there: it is an error, listed with its own text as the template, when
    the miner saw no opening line of its traceback. A code line alone, its frame not right above
    it, is a piece of source and stays out. Inside a traceback whose opening line the miner saw it
    is that traceback's (the opening line, or the exception line that ends it, stands for it), so
    a full traceback adds nothing;
  - the scan gives the miner one line per multi-line event (scan.py), the traceback's opening or
    exception line when the event holds one; an event of frames and code lines alone is handed
    over line by line, so that the miner sees each raising line's frame. In a docker json-file log
    every line is an event of its own: the exception line after cut frames is listed beside their
    raising line.
A traceback dumped at DEBUG (a handled retry's) prints its lines raw, with no level on them: a
frame or code line cannot say so, and the traceback's own lines are judged as any other's (its
opening line is listed as it always was); a frame or code line with a logger's header before it
is not one of these shapes and is judged by that header.
"""

from __future__ import annotations

from wbdiag import lazyre

# Each starts with a literal (the scan's prefilter searches it): a frame line, and the code line
# that raises (bare, with its exception, or six's reraise), a JSON string's `\n` after a bare one
FRAME_CANDIDATE = r'", line \d+, in '
RAISE_CANDIDATES = ("raise ", r"reraise\(", r'raise(?:\s*$|\\n")')
RAISE_CONFIRM = (
    r"^\s+(?:raise(?: [A-Za-z_][\w.]*(?:\(.*)?(?: from [\w.]+)?)?|(?:[A-Za-z_][\w.]*\.)?reraise\(.*)"
    r"\s*$"
)
_FRAME = lazyre.compile(r'^\s*File \\?"[^"\n]{1,1000}\\?", line \d+, in \S')
_RAISE = lazyre.compile(RAISE_CONFIRM)
_HEADER = "Traceback (most recent call last)"
# the most lines between two pieces of one traceback: a frame, its code line, Python 3.11's
# carets under it, and the next frame
_MAX_GAP = 4


def frame_line(body: str) -> bool:
    return ", line " in body and _FRAME.match(body) is not None


def raise_line(body: str) -> bool:
    return "raise" in body and _RAISE.match(body) is not None


class TracebackRuns:
    """Per file, the last traceback piece the miner was handed: its line number, whether it was a
    frame, and whether its traceback's opening line was seen."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[int, bool, bool]] = {}

    def listable(self, path: str, lineno: int, body: str) -> bool:
        """Whether this line may be listed: never a frame line; a raising line only right under a
        frame of a traceback whose opening line was not seen; any other line (an opening line is
        remembered)."""
        if body.lstrip().startswith(_HEADER):
            self._last[path] = (lineno, False, True)
            return True
        frame = frame_line(body)
        if not frame and not raise_line(body):
            return True
        prev = self._last.get(path)
        near = prev is not None and 0 < lineno - prev[0] <= _MAX_GAP
        header = prev is not None and near and prev[2]
        self._last[path] = (lineno, frame, header)
        if frame:
            return False
        # (a code line alone, its frame not before it, is a piece of source, not a traceback's)
        return prev is not None and prev[0] == lineno - 1 and prev[1] and not header


def weak(body: str) -> bool:
    """A traceback's frame or raising line: the scan hands the miner another line of the event
    when it holds one."""
    return frame_line(body) or raise_line(body)
