"""A pandas DataFrame as it prints (`print(df)`, `repr`, a notebook output's `text/plain`, each
line a JSON string ending in `\\n`): a header of column names right-aligned over the rows, the
index column's header blank, then one row per line, its index label first; in every row, the
cells of the columns whose name names a secret, until a line of another shape (`[3 rows x 4
columns]`, the output's closing `]`). pandas sets columns apart by two spaces at least, so a
cell holds no two spaces; a row whose cells do not count the header's ends the table. Tables
drawn with separators (`to_markdown()`, CSV) are nextrows.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import NAME_HINTS
from wbdiag.redact.nextcolumns import Columns
from wbdiag.redact.nextrows import cell_value, secret_header

KIND = "keyvalue"
_MAX_LINE = 4096
_MAX_COLUMNS = 64
_MAX_ROWS = 4096
_NAME = lazyre.compile(r"[A-Za-z_][\w.-]{0,63}")
# a cell: words one space apart (two or more spaces part the columns)
_CELL = lazyre.compile(r"\S+(?: \S+)*")
# pandas' row of `...` where it cuts a long frame
_ELIDED = lazyre.compile(r"\.\.\.?")


def _content(line: str) -> tuple[int, int] | None:
    """(start, end) of what the line shows: a notebook's output string without its quotes and
    `\\n`, or the line itself."""
    start = body_start(line)
    end = len(line.rstrip())
    lead = start + len(line[start:end]) - len(line[start:end].lstrip(" \t"))
    if line.startswith('"', lead):
        close = line.rfind('"', lead + 1, end)
        if close < 0 or line[close + 1 : end].strip(" \t,") != "":
            return None
        end = close - 2 if line.endswith("\\n", lead + 1, close) else close
        return lead + 1, end
    return start, end


def _header(text: str) -> tuple[str, ...] | None:
    if not text.startswith("  ") or len(text) > _MAX_LINE:
        return None  # (the index column's header is blank: the names stand right of it)
    names = tuple(m.group() for m in _CELL.finditer(text))
    if not 2 <= len(names) <= _MAX_COLUMNS or not all(_NAME.fullmatch(n) for n in names):
        return None  # (prose, `Enter your password`, has one space between its words)
    return names if any(secret_header(n) for n in names) else None


@dataclass
class Frame:
    names: tuple[str, ...]
    rows: int = 0
    # the same header over a rule of dashes is a CLI's table (`az … -o table`): Columns reads it
    columns: Columns | None = None
    ruled: bool = False

    @staticmethod
    def arm(line: str) -> Frame | None:
        if "  " not in line or len(line) > _MAX_LINE:
            return None
        at = _content(line)
        if at is None:
            return None
        names = _header(line[at[0] : at[1]])
        return None if names is None else Frame(names, columns=Columns.arm(line))

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if self.columns is not None and (self.ruled or self.rows == 0):
            armed, found = self.columns.step(line)
            if self.ruled or armed:
                self.ruled = True
                return armed, found
            self.columns = None
        at = _content(line)
        if at is None or self.rows >= _MAX_ROWS:
            return False, []
        text = line[at[0] : at[1]]
        if not text.strip():
            return False, []
        cells = [(m.start(), m.end()) for m in _CELL.finditer(text)]
        if len(cells) != len(self.names) + 1:
            return False, []  # the frame ended
        self.rows += 1
        spans: list[Span] = []
        for col, name in enumerate(self.names):
            s, e = cells[col + 1]
            value = text[s:e]
            if secret_header(name) and not _ELIDED.fullmatch(value) and cell_value(value):
                spans.append((at[0] + s, at[0] + e, KIND))
        return True, spans


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# The header line of a notebook's output whose last column names a secret (a secret column
# before another is nextrows.ARMING's pick; a plain line ending in the name, keyvalue.py's)
FRAME_ARMING = Detector(
    KIND,
    NAME_HINTS,
    lambda line: iter(()),
    (r"^[ \t]*\"[ \t]{2}[^\n]*[ \t][a-z0-9_.-]*" + _H + r"[a-z0-9_.-]*\\n\",?[ \t]*$",),
)
