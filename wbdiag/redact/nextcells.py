"""A table exported as text one cell per line (a Google Docs or a Word table saved as plain
text, a PDF's table copied out): the header's cells, then each row's cells, each on its own
line. A label alone on its line that names a secret (`Password`, `API key`) is one of the
header's cells: the value may follow on the next line (a form) or as many lines on as the
table has columns, and again as many lines further on, row after row. The first value found
(one token that reads generated) says the period; then a one-token cell in that column that
reads like a secret is one (nextpending.Pending's tests). The table ends at a blank line or a line
no cell is (a sentence, a long line).

A cell wrapped over rows: a key/value table drawn with borders (`| password | …|`, an ASCII
grid, `tabulate`, a CLI's `describe`) continues a value too long for its column on the rows
below, the name's cell left empty (`|          | …|`): each such row's cell under a secret name
is the value's next part."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from wbdiag.redact.detectors.base import Span
from wbdiag.redact.detectors.sentence import generated
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

_MAX_WIDTH = 12  # columns: the first value within as many lines, or no table
_MAX_LINES = 512
_MAX_CELL = 80
_MAX_WORDS = 4


class _Follower(Protocol):
    def step(self, line: str) -> tuple[bool, list[Span]]: ...


@dataclass
class CellLines:
    # a label's follower (nextpending.Pending): strict, a value as under a secret name; not
    # strict, a value that reads generated
    label: Callable[[bool], _Follower]
    seen: int = 0  # cell lines since the label (0: the label's own follower still reads)
    period: int = 0  # the table's width, once its first value said it
    first: _Follower | None = None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if self.seen == 0:
            if self.first is None:
                self.first = self.label(False)  # a value on the next line (blanks skipped)
            alive, spans = self.first.step(line)
            if spans or alive:
                return alive, spans  # a form's label and its value (or blank lines before)
            if not _cell(line):
                return False, []
            self.seen = 1  # no value on the next line: the header's next cell
            return True, []
        self.seen += 1
        if self.seen > _MAX_LINES or not _cell(line):
            return False, []
        if self.period == 0:
            spans = self.label(False).step(line)[1] or _generated_cell(line)
            if spans:
                self.period = self.seen
                return True, spans
            return self.seen < _MAX_WIDTH, []
        return True, self.label(True).step(line)[1] if self.seen % self.period == 0 else []


def _generated_cell(line: str) -> list[Span]:
    """A cell that reads generated without a digit (`OTlSXjseMDHneyv~G`: cases and a symbol),
    which the follower's letters-and-digits test leaves: one token (`Seats: 477 / 680` is a cell
    of words), three classes of characters, no word."""
    start = body_start(line)
    body = line[start:].strip()
    if len(body) < _MIN_GENERATED or any(c.isspace() for c in body) or not generated(body):
        return []
    begin = line.index(body, start)
    return [(begin, begin + len(body), "keyvalue")]


_MIN_GENERATED = 12


def _cell(line: str) -> bool:
    body = line[body_start(line) :].strip()
    return 0 < len(body) <= _MAX_CELL and "\t" not in body and len(body.split()) <= _MAX_WORDS


_MAX_WRAPPED = 16  # rows one value goes on over


@dataclass
class WrappedCell:
    rows: int = 0

    @staticmethod
    def arm(line: str) -> WrappedCell | None:
        cells = _pair_cells(line)
        if cells is None:
            return None
        (ns, ne), (vs, ve) = cells
        name = line[ns:ne].strip("`*_ ")
        value = line[vs:ve]
        if not value or " " in value or not name or not is_secret_name(name):
            return None  # (words in the value's cell: a note, not a value wrapped)
        return WrappedCell()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.rows += 1
        cells = _pair_cells(line)
        if cells is None or self.rows > _MAX_WRAPPED:
            return False, []
        (ns, ne), (vs, ve) = cells
        if ns < ne or vs == ve:
            return False, []  # the next name's row (or an empty one): the value ended
        if is_trivial_value(line[vs:ve]):
            return True, []
        return True, [(vs, ve, "keyvalue")]


def _pair_cells(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two cells of a bordered row (`| name | value |`), spaces trimmed."""
    if "|" not in line or len(line) > 4096:
        return None
    start = body_start(line)
    body = line[start:].rstrip()
    if not body.lstrip(" \t").startswith("|") or not body.endswith("|") or body.count("|") != 3:
        return None
    first = line.index("|", start)
    middle = line.index("|", first + 1)
    last = line.index("|", middle + 1)
    return _trimmed(line, first + 1, middle), _trimmed(line, middle + 1, last)


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in " \t":
        start += 1
    while end > start and line[end - 1] in " \t":
        end -= 1
    return start, end
