"""Columns apart by spaces under a rule of dashes (`az … -o table`, `gcloud … list`): a header
of names, then a rule of dashes per column that says where each column starts; in every row
below, the cells of the columns whose name names a secret, until a row of another shape.
kubectl's tables (`get`, `-o custom-columns=…`; Go's tabwriter) have no rule: their header's
names are upper-case words, each at the start of its column, and the rows start their cells
there too.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.nextrows import (
    CELL,
    KIND,
    MAX_CELLS,
    MAX_HEADER,
    WORDS_CELL,
    cell_value,
    secret_header,
)

# a header of columns apart by two or more spaces, then a rule of dashes per column (`az … -o
# table`, `gcloud … list`): the rule says where each column starts
_COLUMN_CELL = lazyre.compile(r"[^\s](?:[^\s]| (?! )){0,63}")
_COLUMNS_HEADER = lazyre.compile(r"[ \t]*[A-Za-z][\w. ]{2,2048}")
_DASHES = lazyre.compile(r"-{2,1024}")
_DASH_RULE = lazyre.compile(r"[ \t]{0,64}-{2,1024}(?: {1,64}-{2,1024}){1,64}[ \t]{0,64}")
_UPPER_NAME = lazyre.compile(r"[A-Z][A-Z0-9_.-]{0,63}(?: [A-Z][A-Z0-9_.-]{0,63}){0,3}")


@dataclass
class Columns:
    names: tuple[str, ...]  # the header's cells, left to right
    starts: tuple[int, ...] = ()  # where each column starts (from the rule)
    aligned: tuple[int, ...] = ()  # where each name starts, in kubectl's header (no rule)
    # names of columns that hold secrets in this command's output only (`Value`, under `az
    # keyvault secret show`: nextstored.py), lower-case
    held: frozenset[str] = frozenset()

    @staticmethod
    def arm(line: str, held: frozenset[str] = frozenset()) -> Columns | None:
        if "  " not in line or len(line) > MAX_HEADER:
            return None
        body = line[body_start(line) :].rstrip()
        if len(body) > MAX_HEADER or _COLUMNS_HEADER.fullmatch(body) is None or "  " not in body:
            return None
        names = tuple(m.group() for m in _COLUMN_CELL.finditer(body))
        if not 2 <= len(names) <= MAX_CELLS or not any(
            secret_header(n) or n.lower() in held for n in names
        ):
            return None
        if not all(CELL.fullmatch(n) or WORDS_CELL.fullmatch(n) for n in names):
            return None
        if body[0] != " " and all(_UPPER_NAME.fullmatch(n) for n in names):
            aligned = tuple(m.start() for m in _COLUMN_CELL.finditer(body))
            return Columns(names, aligned=aligned, held=held)
        return Columns(names, held=held)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        start = body_start(line)
        body = line[start:].rstrip()
        if not self.starts and self.aligned and _DASH_RULE.fullmatch(body) is None:
            self.starts = self.aligned  # kubectl's: the first row, under the names
        if not self.starts:
            if _DASH_RULE.fullmatch(body) is None:
                return False, []
            starts = tuple(m.start() for m in _DASHES.finditer(body))
            if len(starts) != len(self.names):
                return False, []
            self.starts = starts
            return True, []
        if not body.strip() or len(body) <= self.starts[-1]:
            return False, []
        if any(body[s - 1] not in " \t" or body[s] in " \t" for s in self.starts[1:]):
            return False, []  # no longer a row of these columns
        spans: list[Span] = []
        for col, name in enumerate(self.names):
            if not (secret_header(name) or name.lower() in self.held):
                continue
            s = self.starts[col]
            e = self.starts[col + 1] if col + 1 < len(self.starts) else len(body)
            cell = body[s:e].strip()
            if cell and cell_value(cell):
                spans.append((start + s, start + s + len(cell), KIND))
        return True, spans
