"""Bound parameters of a SQL statement whose columns name a secret, as ORMs and drivers log them:
the statement names the columns (`INSERT INTO t (host, password) VALUES (?, ?)`, `UPDATE t SET
secret = $2`), and the values come apart from it, by position:
- a list on the same line or a few lines on: SQLAlchemy's echo (`[generated in 0.0002s] ('a',
  'Pw…')`) and its errors (`[parameters: ('a', 'Pw…')]`), Prisma's query event (`params
  ["a","Pw…"]`), knex's `bindings [ 'a', 'Pw…' ]`, a Python tuple, a JSON or JavaScript array;
- PostgreSQL's `DETAIL:  parameters: $1 = 'a', $2 = 'Pw…'`;
- one value a line: Hibernate's `binding parameter [2] as [VARCHAR] - [Pw…]` (and Hibernate 6's
  `binding parameter (2:VARCHAR) <- [Pw…]`).
Also an INSERT whose column list ends its line (OpenSIPS' and Kamailio's provisioning SQL, a
dump reformatted): its rows on the lines below, `VALUES (…` and the row's rest, by position.
Also a Perl DBI data source whose user and password come on the lines after it, one a line
(amavisd's `@lookup_sql_dsn = (` / `['DBI:mysql:…',` / `'amavis',` / `'…'],`), read joined by
callcreds.py's DBI_TRIPLE.
Also a statement that a log prints over lines with its password on a later line than the words
that announce it (the general log's `CREATE USER …` / `  IDENTIFIED BY` / `  '…'`, a client's
`->` continuation prompt): the words at the end of the line and the next lines are read joined,
by sqlpassword.py's SQL_PASSWORD.
The value at a secret column's position goes (when it is no flag, number or mask); the others
stay. Named parameters (`%(password)s` with a dict) are pairs: keyvalue.py has them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.callcreds import DBI_TRIPLE
from wbdiag.redact.detectors.sqlpassword import SQL_PASSWORD
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 8192
_MAX_ITEMS = 256
_MAX_TRIES = 8  # lists tried on one line (each read is linear; so is a fixed number of them)
_FOLLOW_LINES = 16  # lines after the statement its parameters may come on
# a bind marker: `?`, `%s`, `$1`, `@p1`
_MARKER = lazyre.compile(r"\?|%s|\$(?P<n>\d{1,4})|@p(?P<p>\d{1,4})")
_INSERT = lazyre.compile(
    r"(?i)\binsert[ \t]{1,4}(?:ignore[ \t]{1,4})?into[ \t]{1,4}[^\s(]{1,256}[ \t]{0,4}"
    r"\((?P<cols>[^()]{1,4096})\)[ \t]{0,4}values[ \t]{0,4}\((?P<vals>[^()]{1,4096})\)"
)
# `col = ?` in SET and WHERE (a marker right after a column's name and `=`)
_ASSIGNED = lazyre.compile(
    r"(?P<c>[A-Za-z_][\w.]{0,127})[`\"\]]?[ \t]{0,4}=[ \t]{0,4}"
    r"(?P<mk>\?|%s|\$(?P<n>\d{1,4})|@p(?P<p>\d{1,4}))"
)
_SQL_HINT = lazyre.compile(r"(?i)\b(?:insert|update)\b")
_HIBERNATE = lazyre.compile(
    r"binding parameter[ \t]{0,2}(?:\[(?P<n>\d{1,4})\][ \t]{1,4}as[ \t]{1,4}\[[A-Z_]{1,32}\]"
    r"[ \t]{1,4}-|\((?P<m>\d{1,4}):[A-Z_]{1,32}\)[ \t]{1,4}<-)[ \t]{1,4}\[(?P<v>[^\n]{0,4096})\]"
    r"[ \t]*\Z"
)
# PostgreSQL's `DETAIL:  parameters: $1 = 'a', $2 = '…'` after the statement it executed
_PG_PARAM = lazyre.compile(r"\$(?P<n>\d{1,4})[ \t]=[ \t]'(?P<v>[^'\n]{1,4096})'")
# where a list of values starts: after SQLAlchemy's `]` (`[generated in …]`, `[parameters:`),
# Prisma's `params`, knex's `bindings`, a colon, or a space
_LIST_OPEN = lazyre.compile(r"(?:(?<=[\s:\]])|^)[(\[]")


def _column(name: str) -> str:
    return name.strip().strip('`"[]').rsplit(".", 1)[-1]


def secret_positions(sql: str) -> frozenset[int]:
    """The 0-based positions, among the statement's bind parameters, of those bound to a column
    that names a secret."""
    found: set[int] = set()
    ins = _INSERT.search(sql)
    starts = [m.start() for m in _MARKER.finditer(sql)]
    if ins is not None:
        cols = [_column(c) for c in ins.group("cols").split(",")]
        vals = [v.strip() for v in ins.group("vals").split(",")]
        if len(cols) == len(vals):
            index = bisect_left(starts, ins.start("vals"))
            for col, val in zip(cols, vals, strict=True):
                marker = _MARKER.fullmatch(val)
                if marker is None:
                    continue
                if is_secret_name(col):
                    found.add(_position(marker, index))
                index += 1
    for m in _ASSIGNED.finditer(sql):
        if is_secret_name(_column(m.group("c"))):
            found.add(_position(m, bisect_left(starts, m.start("mk"))))
    return frozenset(found)


def _position(marker: re.Match[str], index: int) -> int:
    number = marker.group("n") or marker.group("p")
    return int(number) - 1 if number else index


def literal_end(line: str, i: int, n: int) -> int:
    """Where the quoted literal opening at `i` closes: the index of its closing quote, or `n` or
    past it when it does not close before `n`. A backslash escapes the next character; SQL
    doubles a quote inside a literal (`'ab''cd'`)."""
    c = line[i]
    j = i + 1
    while j < n and (line[j] != c or line.startswith(c + c, j)):
        j += 2 if line[j] in ("\\", c) else 1
    return j


def literals(line: str, open_pos: int) -> list[tuple[int, int]] | None:
    """The items of the list opening at `open_pos` (`(`, `[`), each as the span of its text
    (inside its quotes); None when it is no flat list of literals (linear: one pass)."""
    close = ")" if line[open_pos] == "(" else "]"
    items: list[tuple[int, int]] = []
    i = open_pos + 1
    n = len(line)
    while i < n and len(items) < _MAX_ITEMS:
        while i < n and line[i] in " \t":
            i += 1
        if i >= n:
            return None
        c = line[i]
        if c == close and not items:
            return items
        if c in "'\"":
            j = literal_end(line, i, n)
            if j >= n:
                return None
            items.append((i + 1, j))
            i = j + 1
        else:
            j = i
            while j < n and line[j] not in ",)] \t([{'\"":
                j += 1
            if j == i:
                return None
            items.append((i, j))
            i = j
        while i < n and line[i] in " \t":
            i += 1
        if i < n and line[i] == ",":
            i += 1
            continue
        if i < n and line[i] == close:
            return items
        return None
    return None


def _list_spans(line: str, start: int, positions: frozenset[int]) -> list[Span] | None:
    """The secret items of the first list of literals from `start` that holds every position;
    None when there is none."""
    need = max(positions) + 1
    for tried, m in enumerate(_LIST_OPEN.finditer(line, start)):
        if tried == _MAX_TRIES:
            break
        items = literals(line, m.start())
        if items is None or len(items) < need:
            continue
        return [
            (s, e, KIND)
            for k, (s, e) in enumerate(items)
            if k in positions and e > s and not is_trivial_value(line[s:e])
        ]
    return None


@dataclass
class BoundParams:
    """The lines after a statement with secret columns: its parameters, as a list (then done) or
    one a line (Hibernate's binder, until another statement)."""

    positions: frozenset[int]
    left: int = _FOLLOW_LINES

    @staticmethod
    def arm(line: str) -> BoundParams | None:
        if not _maybe_statement(line):
            return None
        positions = secret_positions(line)
        if not positions:
            return None
        if _list_spans(line, _sql_end(line), positions) is not None:
            return None  # its parameters came on its own line (SQL_PARAMS has them)
        return BoundParams(positions)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if len(line) > _MAX_LINE:
            return False, []
        if "binding parameter" in line:
            m = _HIBERNATE.search(line, body_start(line))
            if m is None:
                return self.left > 0, []
            index = int(m.group("n") or m.group("m")) - 1
            value = m.group("v")
            if index in self.positions and value and not is_trivial_value(value):
                return self.left > 0, [(m.start("v"), m.end("v"), KIND)]
            return self.left > 0, []
        if "parameters:" in line and "$" in line:
            pg = [
                (m.start("v"), m.end("v"), KIND)
                for m in _PG_PARAM.finditer(line)
                if int(m.group("n")) - 1 in self.positions and not is_trivial_value(m.group("v"))
            ]
            if pg:
                return False, pg
        if _SQL_HINT.search(line) is not None and _MARKER.search(line) is not None:
            return False, []  # the next statement
        spans = _list_spans(line, body_start(line), self.positions)
        if spans is not None:
            return False, spans
        return self.left > 0, []


def _sql_end(line: str) -> int:
    """Where the statement's text ends: after its last bind marker."""
    last = 0
    for m in _MARKER.finditer(line):
        last = m.end()
    return last


def _maybe_statement(line: str) -> bool:
    """An INSERT or an UPDATE with a bind marker (substring tests first: most lines the
    prefilter picks hold neither word)."""
    return (
        len(line) <= _MAX_LINE
        and ("nsert" in line or "NSERT" in line or "pdate" in line or "PDATE" in line)
        and ("?" in line or "%s" in line or "$" in line or "@p" in line)
        and _SQL_HINT.search(line) is not None
    )


def _same_line(line: str) -> Iterator[Span]:
    if not _maybe_statement(line):
        return
    positions = secret_positions(line)
    if positions:
        yield from _list_spans(line, _sql_end(line), positions) or ()


_SQL_PATTERN = r"(?:insert[ \t]+(?:ignore[ \t]+)?into|update)[ \t][^\n]*(?:\?|%s|\$\d|@p\d)"
_HEAD_PATTERN = r"insert[ \t]+(?:ignore[ \t]+)?into[ \t][^\n]*\)[ \t]*(?:values[ \t]*)?\r?$"
# statements with their parameters on the same line (SQLAlchemy's `[parameters: (…)]`), and the
# statements whose parameters come on the next lines (only arming a BoundParams follower), and
# an INSERT's column list that ends its line (only arming a RowsBelow follower)
SQL_PARAMS = Detector(KIND, ("insert", "update"), _same_line, (_SQL_PATTERN, _HEAD_PATTERN))

_INSERT_HEAD = lazyre.compile(
    r"(?i)[ \t]*insert[ \t]{1,4}(?:ignore[ \t]{1,4})?into[ \t]{1,4}[^\s(]{1,256}[ \t]{0,4}"
    r"\((?P<cols>[^()]{1,4096})\)[ \t]*(?:values[ \t]*)?;?\r?"
)
_VALUES = lazyre.compile(r"(?i)[ \t]*(?:values[ \t]*)?(?=\()")
_ROW_LINES = 64  # lines a statement's rows may run over


@dataclass
class RowsBelow:
    """The rows of an INSERT whose column list ended the line above: each row's literals by
    their place, a row and a literal going on over lines (a literal is read on its line)."""

    positions: frozenset[int]
    index: int = 0
    in_row: bool = False
    started: bool = False
    left: int = _ROW_LINES

    @staticmethod
    def arm(line: str) -> RowsBelow | None:
        if len(line) > _MAX_LINE or ("nsert" not in line and "NSERT" not in line):
            return None
        m = _INSERT_HEAD.fullmatch(line)
        if m is None:
            return None
        cols = [_column(c) for c in m.group("cols").split(",")]
        positions = frozenset(k for k, c in enumerate(cols) if is_secret_name(c))
        return RowsBelow(positions) if positions else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if len(line) > _MAX_LINE:
            return False, []
        i = 0
        if not self.started:
            lead = _VALUES.match(line)
            if lead is None:
                return False, []
            self.started, i = True, lead.end()
        spans: list[Span] = []
        n = len(line)
        while i < n:
            c = line[i]
            if c in " \t\r":
                i += 1
            elif not self.in_row:
                if c == "(":
                    self.in_row, self.index = True, 0
                elif c != ",":
                    return False, spans  # `;`, or the statement's end
                i += 1
            elif c == ",":
                self.index += 1
                i += 1
            elif c == ")":
                self.in_row = False
                i += 1
            else:
                quoted = c in "'\""
                j = literal_end(line, i, n) if quoted else i
                if not quoted:
                    while j < n and line[j] not in ",)":
                        j += 1
                s, e = (i + 1, j) if quoted else (i, j)
                if self.index in self.positions and e > s and not is_trivial_value(line[s:e]):
                    spans.append((s, e, KIND))
                i = j + 1 if quoted else j
        return self.left > 0, spans


# the words that announce a password at the end of a line, nothing of it yet: `IDENTIFIED`,
# `IDENTIFIED BY`, `IDENTIFIED VIA ed25519 USING PASSWORD(`, `SET PASSWORD FOR 'u'@'%' =`
_OPEN_TAIL = lazyre.compile(
    r"(?i)(?:(?<![A-Za-z_])IDENTIFIED(?:[ \t]{1,8}(?:WITH|VIA)[ \t]{1,8}[\w'\"]{1,64}"
    r"(?:[ \t]{1,8}OR[ \t]{1,8}[\w'\"]{1,64}){0,4})?(?:[ \t]{1,8}(?:BY|AS|USING))?"
    r"|(?<![A-Za-z_])SET[ \t]{1,8}PASSWORD\b[^=\n]{0,200}=)"
    r"(?:[ \t]{0,8}PASSWORD(?:[ \t]{0,4}\()?)?[ \t]*;?[ \t]*\Z"
)
_TAIL_CHARS = 320  # how far back from a line's end the announcing words are looked for


def _may_open(tail: str) -> bool:
    """Whether `_OPEN_TAIL` can match in `tail` (right-stripped, no `;` at its end), by what
    every match holds: `IDENTIFIED`, or the line ends in `=`, `(` or `PASSWORD` (its `SET
    PASSWORD` branch). Most lines that name a password end otherwise, and the search, tried at
    each position in any case, costs twenty times the test. Checked on ASCII only: IGNORECASE
    also matches a dotless `ı` and a long `ſ` to `I` and `S`."""
    if not tail.isascii():
        return True
    return (
        "identified" in tail.lower() or tail.endswith(("=", "(")) or tail[-8:].lower() == "password"
    )


_CONTINUATION = lazyre.compile(r"[ \t]*(?:->[ \t]*)?")  # the mysql client's continuation prompt
_SPLIT_LINES = 4  # lines (empty ones too) the password may come on


@dataclass
class SplitStatement:
    """The lines after one that ends with the words announcing a password: read joined to
    them until the password comes or the statement goes elsewhere."""

    tail: str
    left: int = _SPLIT_LINES

    @staticmethod
    def arm(line: str) -> SplitStatement | None:
        if not any(w in line for w in ("dentified", "DENTIFIED", "assword", "ASSWORD")):
            return None
        body = line.rstrip()
        if len(body) > _MAX_LINE:
            return None
        start = max(0, len(body) - _TAIL_CHARS)
        if body.endswith(";") or not _may_open(body[start:]):
            return None
        m = _OPEN_TAIL.search(body, start)
        if m is None:
            return None
        return SplitStatement(body[m.start() :].strip())

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if len(line) > _MAX_LINE:
            return False, []
        if not line.strip():
            return self.left > 0, []
        lead = _CONTINUATION.match(line)
        offset = lead.end() if lead is not None else 0
        joined = self.tail + " "
        shift = len(joined) - offset  # a place in the joined text, less shift, is in the line
        joined += line[offset:]
        spans = [
            (s - shift, e - shift, kind)
            for s, e, kind in SQL_PASSWORD.find(joined)
            # (quoted: MySQL takes no bare password, and a bare word after the line is prose)
            if s >= len(self.tail) and joined[s - 1] in "'\""
        ]
        if spans:
            return False, spans
        rest = _OPEN_TAIL.search(joined, max(0, len(joined) - _TAIL_CHARS))
        if rest is not None and rest.start() <= len(self.tail):
            self.tail = joined.rstrip()  # the words went on (`IDENTIFIED` / `BY` / `'…'`)
            return self.left > 0, []
        return False, []


# a DBI data source quoted last on its line, the list going on (`['DBI:mysql:…',`)
_DSN_TAIL = lazyre.compile(r"(?i)['\"]dbi:[^'\"\n]{1,512}['\"][ \t]{0,8},[ \t]*\r?\Z")
_DSN_LINES = 3  # the user's line and the password's, and one to spare


@dataclass
class DsnArgs:
    """The lines after a DBI data source that ends its line: read joined to it until its
    password comes or the list goes elsewhere."""

    tail: str
    left: int = _DSN_LINES

    @staticmethod
    def arm(line: str) -> DsnArgs | None:
        if len(line) > _MAX_LINE or ("dbi:" not in line and "DBI:" not in line):
            return None
        m = _DSN_TAIL.search(line)
        return DsnArgs(line[m.start() :].rstrip()) if m is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if len(line) > _MAX_LINE:
            return False, []
        offset = len(line) - len(line.lstrip(" \t"))
        joined = self.tail + " "
        shift = len(joined) - offset  # a place in the joined text, less shift, is in the line
        joined += line[offset:]
        spans = [
            (s - shift, e - shift, kind)
            for s, e, kind in DBI_TRIPLE.find(joined)
            if s >= len(self.tail)
        ]
        if spans:
            return False, spans
        self.tail = joined.rstrip()
        return self.left > 0 and self.tail.endswith(","), []
