"""Values whose name is on an earlier line that is not a `name:` key (nextpending.py has those):
- a table under its header: a CSV, TSV or `;` header (`name,user,password,host`), psql's and
  MySQL's `|` tables (`  name  | token ` / `-----+------` / rows), a markdown table: in every row
  below, the cells of the columns whose header names a secret, until a row of another shape
  (psql's `(3 rows)`, the next log line) (columns apart by spaces: nextcolumns.py);
- a block whose header names a secret (Terraform's `resource "random_password" "db" {`, also in
  `terraform state show` / `plan` output): its `result` and `value` attributes, until the block
  closes;
- maubot's `admins:` map of each user's name to a password (plaintext, which maubot bcrypts on
  start; an empty one stops that user's login): each value that reads as generated, until the
  indentation returns.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it, across blocks and chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, entropy, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import (
    NAME_HINTS,
    is_secret_name,
)
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_SEPARATORS = ("|", "\t", ",", ";")
CELL = lazyre.compile(r"[^\W\d][\w.-]{0,63}(?:/[^\W\d][\w.-]{0,63}){0,3}")  # Ray Tune's `a/b`
# a header cell of a few words (a console's CSV download: `IAM user name,Smtp password`)
WORDS_CELL = lazyre.compile(r"[^\W\d][\w.-]{0,31}(?: [\w.-]{1,31}){1,3}")
_HEADER_CHARS = lazyre.compile(r"[\w .|\t,;\"'`/-]{3,2048}")
_TABLE_RULE = lazyre.compile(r"[ \t]*[-+|:= \t]{3,4096}")
MAX_HEADER = 2048
MAX_CELLS = 64
_BOX_RULE = lazyre.compile(r"[ \t]{0,64}\+-[-+]{1,4096}\+[ \t]*")
# `SELECT a, b.c, `d` FROM`: the columns a query prints, named
_SELECT = lazyre.compile(
    r"(?i)(?<![\w.])select[ \t]{1,8}(?P<c>[\w`\"., \t]{3,2048}?)[ \t]{1,8}from\b"
)
# A table drawn with box-drawing characters (rich, tabulate's `fancy_grid`, psql's `unicode`
# border style, a CLI's pretty table) is read as the same table in ASCII: one character for
# one, so the cells' spans hold
_BOX_VERTICAL = "│┃┆┇┊┋╎╏║╵╷╹╻╽╿"
_BOX_HORIZONTAL = "─━┄┅┈┉╌╍═╴╶╸╺╼╾"
_AS_ASCII = {
    c: "|" if chr(c) in _BOX_VERTICAL else "-" if chr(c) in _BOX_HORIZONTAL else "+"
    for c in range(0x2500, 0x2580)
}
_BOX_HINT = lazyre.compile("[\u2500-\u257f]")


def _ascii_box(line: str) -> str:
    """The line as a plain ASCII table row, one character for one: box drawing as `+-|`,
    DokuWiki's header cells (`^ Host ^ Password ^`) as `|` cells, a BOM (the first line of an
    exported CSV) and a CRLF file's `\\r` as spaces."""
    if _BOX_HINT.search(line):
        line = line.translate(_AS_ASCII)
    if "^" in line:
        line = _CARET.sub("|", line)
    if line.endswith("\r") or line.startswith("\ufeff"):
        line = line.replace("\r", " ").replace("\ufeff", " ")
    return line


# a DokuWiki table's header delimiter: a `^` between spaces (or at the row's ends)
_CARET = lazyre.compile(r"(?:^|(?<=[ \t]))\^(?=[ \t]|$)")


def cell_value(value: str) -> bool:
    v = value.strip().strip("\"'`")
    if not v or " " in v or "\t" in v or v.startswith("[REDACTED:"):
        return False
    if is_trivial_value(v) or is_reference_value("value", v):
        return False
    if not any(c.isdigit() or (not c.isalnum() and c not in "_-.") for c in v):
        return False  # a name (`Variable_name`, `wandb-prod`), not a generated value
    return looks_random(v) or secretish("password", v)


# the columns that hold the secret of a file or table named after one (`api_keys.csv`: `key`)
_HELD_COLUMNS = frozenset({"key", "value", "secret", "token"})
# `LOAD DATA [LOCAL] INFILE 'f' … INTO TABLE t [FIELDS TERMINATED BY ','] … (a, b, c)`
_LOAD_DATA = lazyre.compile(
    r"(?i)\bload[ \t]{1,4}data\b[^\n]{0,1024}?\binto[ \t]{1,4}table[ \t]{1,4}(?P<t>[\w.`\"]{1,128})"
    r"(?:[^\n(]{0,512}?\bterminated[ \t]{1,4}by[ \t]{1,4}'(?P<sep>\\t|[^'\\])')?"
    r"[^\n(]{0,512}\((?P<c>[\w`\"., \t]{3,2048})\)[ \t]*;?[ \t]*\Z"
)


def secret_header(cell: str, qualified: bool = False) -> bool:
    """A column of secrets: a name, or words that end in one (`Smtp password`, `Secret access
    key`; not `password reset by`); under a secret-named file or table, also its bare `key`."""
    if qualified and cell.strip(' `"').lower() in _HELD_COLUMNS:
        return True
    if " " not in cell:
        return is_secret_name(cell)
    ws = cell.split()
    return is_secret_name(ws[-1]) or (ws[-1].lower() == "key" and is_secret_name("_".join(ws[-2:])))


def _cells(body: str, sep: str, outer: bool) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, spaces and quotes trimmed; outer borders dropped."""
    start, stop = 0, len(body)
    while start < stop and body[start] in " \t":
        start += 1
    while stop > start and body[stop - 1] in " \t":
        stop -= 1
    if outer and body.startswith(sep, start):
        # (a border on each end, or on the first only: AsciiDoc's `|a |b` rows)
        start, stop = start + 1, stop - 1 if body.endswith(sep, start + 1, stop) else stop
    cells: list[tuple[int, int]] = []
    pos = start
    while len(cells) <= MAX_CELLS:
        after = pos
        if sep != "|":
            while after < stop and body[after] in " \t":
                after += 1
            if body.startswith('"', after):
                # a quoted CSV cell may hold the separator (`"Produktion; nicht rotieren"`)
                close = body.find('"', after + 1, stop)
                while 0 <= close < stop - 1 and body[close + 1] == '"':
                    close = body.find('"', close + 2, stop)  # `""` is a quote inside
                after = close if close >= 0 else after
        cut = body.find(sep, after, stop)
        end = stop if cut < 0 else cut
        s, e = pos, end
        while s < e and body[s] in " \t\"'`":
            s += 1
        while e > s and body[e - 1] in " \t\"'`":
            e -= 1
        cells.append((s, e))
        if cut < 0:
            break
        pos = cut + 1
    return cells


# the directive before a log's column names: Zeek's `#fields<TAB>`, W3C's `#Fields: `
_DIRECTIVE = lazyre.compile(r"#fields\t|#Fields: ")


@dataclass
class Table:
    sep: str
    width: int  # cells in the header
    secret: tuple[int, ...]  # columns whose header names a secret
    outer: bool  # `| a | b |`: borders on both ends
    rows: int = 0
    ruled: bool = False  # a `|` table's header is followed by a rule (`---+---`, `|---|`)

    qualified: bool = False  # the file or table is named after a secret: `key` is one

    @staticmethod
    def arm(line: str, qualified: bool = False) -> Table | None:
        # (DokuWiki's header row has no rule below it: its `^` cells say it is one)
        carets = "^" in line and line[body_start(line) :].lstrip(" \t").startswith("^")
        line = _ascii_box(line)
        body = line[body_start(line) :]
        directive = _DIRECTIVE.match(body) if body.startswith("#") else None
        if directive is not None:
            # Zeek's and the W3C extended log format's header directive names no column
            body = body[directive.end() :]
        elif body.startswith("#") and not body.startswith(("#!", "# ")):
            body = body[1:]  # a header row a dump tool comments out (xCAT's `tabdump`: `#key,…`)
        if "+-" in body and _BOX_RULE.fullmatch(body):
            # MySQL's box: the rule above the header counts as its rule (`+---+` / `| a | b |`)
            return Table("|", 0, (), True, ruled=True)
        if ("SELECT" in body or "select" in body) and (selected := Table.selected(body)):
            return selected
        if ("LOAD" in body or "load" in body) and (loaded := Table.loaded(body)):
            return loaded
        if len(body) > MAX_HEADER or _HEADER_CHARS.fullmatch(body) is None:
            return None  # most lines hold a character no header row does (`:`, `=`, `{`)
        sep = next((s for s in _SEPARATORS if s in body), None)
        if sep is None:
            return None
        stripped = body.strip(" \t")
        outer = sep == "|" and stripped.startswith("|") and stripped.endswith("|")
        # AsciiDoc's PSV table: each cell opens with `|`, none closes the row, and no rule goes
        # under the header (`|===` opens the table above it): a table as one with a rule
        psv = sep == "|" and stripped.startswith("|") and not stripped.endswith("|")
        outer = outer or psv
        cells = [body[s:e] for s, e in _cells(body, sep, outer)]
        # pandas' `to_markdown()` and tabulate's tables leave the index column's header empty
        index = 1 if outer and len(cells) > 2 and not cells[0] else 0
        if not 2 <= len(cells) <= MAX_CELLS or not all(
            CELL.fullmatch(c) or WORDS_CELL.fullmatch(c) for c in cells[index:]
        ):
            return None
        if any(looks_random(c) for c in cells):
            return None  # a row that holds a value: `| MYSQL_PASSWORD | Tz_GNnJj2xSgPU1 |`
        secret = tuple(i for i, c in enumerate(cells) if secret_header(c, qualified))
        if not secret:
            return None
        return Table(sep, len(cells), secret, outer, ruled=carets or psv)

    @staticmethod
    def of_file(name: str) -> Table | None:
        """`cat` (`head`) of a CSV or TSV file named after a secret (`api_keys.csv`): its first
        line is the header, where a bare `key` names the secret too."""
        stem, dot, ext = name.rpartition(".")
        if not dot or ext.lower() not in ("csv", "tsv") or not is_secret_name(stem):
            return None
        return Table("," if ext.lower() == "csv" else "\t", 0, (), False, qualified=True)

    @staticmethod
    def loaded(body: str) -> Table | None:
        """The rows of a file `LOAD DATA … INTO TABLE t … (a, b, c)` reads, shown below it: column
        i is the i-th name (its separator from `FIELDS TERMINATED BY`, a tab by default); a bare
        `key` in a secret-named table (`api_keys`) is a secret."""
        m = _LOAD_DATA.search(body)
        if m is None:
            return None
        names = [n.strip(' \t`"').rsplit(".", 1)[-1] for n in m.group("c").split(",")]
        if not 2 <= len(names) <= MAX_CELLS or not all(CELL.fullmatch(n) for n in names):
            return None
        qualified = is_secret_name(m.group("t").strip('`"').rsplit(".", 1)[-1])
        secret = tuple(i for i, n in enumerate(names) if secret_header(n, qualified))
        sep = m.group("sep")
        sep = "\t" if sep in (None, "\\t") else sep
        if not secret or sep not in _SEPARATORS:
            return None
        return Table(sep, len(names), secret, False)

    @staticmethod
    def selected(body: str) -> Table | None:
        """The rows a query prints under its statement, when it names its columns (`mysql>
        SELECT Host, User_name, User_password FROM mysql.slave_master_info;`): column i is the
        i-th name, whether or not a header row follows (one that does replaces it)."""
        m = _SELECT.search(body)
        if m is None:
            return None
        names = [n.strip(' \t`"').rsplit(".", 1)[-1] for n in m.group("c").split(",")]
        if not 2 <= len(names) <= MAX_CELLS or not all(CELL.fullmatch(n) for n in names):
            return None
        secret = tuple(i for i, n in enumerate(names) if is_secret_name(n))
        return Table("|", len(names), secret, True, ruled=True) if secret else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        raw = line
        line = _ascii_box(line)
        start = body_start(line)
        body = line[start:]
        if self.width == 0:
            # after a box's top rule: its header, or no table
            header = Table.arm(line, self.qualified)
            if header is None or header.width == 0:
                return False, []
            self.width, self.secret, self.outer = header.width, header.secret, header.outer
            self.sep = header.sep  # (a box's `|`; a file's first line: its own)
            return True, []
        if self.sep == "|" and self.rows == 0 and "|" not in body and "\t" in body:
            self.sep, self.outer = "\t", False  # the rows of `mysql -B` under the statement
        if _TABLE_RULE.fullmatch(body) and ("---" in body or "===" in body):
            if self.rows == 0:
                self.ruled = True
                return True, []  # psql's `---+---`, markdown's `|---|---|`, rST's `+===+`
            if self.ruled and body.lstrip().startswith("+"):
                return True, []  # a grid table's rule between rows (rST, `tabulate`'s `grid`)
        if not body.strip() or (self.sep == "|" and not self.ruled):
            return False, []  # `| license | GPL |` was a row of a key/value table
        header = Table.arm(raw)
        if header is not None:  # the next table's header (psql prints one per query)
            self.sep, self.width, self.secret, self.outer = (
                header.sep,
                header.width,
                header.secret,
                header.outer,
            )
            # (a header right under a box's top rule or under the query that named its columns
            # stays ruled: a paste that lost the rule below it still shows a table)
            self.ruled = header.ruled or (self.ruled and self.rows == 0)
            self.rows = 0
            return True, []
        if self.rows == 0 and body.startswith("#types\t"):
            return True, []  # Zeek's row of the columns' types, under their names
        cells = _cells(body, self.sep, self.outer)
        if len(cells) > self.width and len(self.secret) == 1 and self.sep == ",":
            # a password holding the separator: the cells before its column from the left,
            # the ones after from the right
            col = self.secret[0]
            right = self.width - col - 1
            merged = (cells[col][0], cells[len(cells) - right - 1][1])
            cells = [*cells[:col], merged, *cells[len(cells) - right :]]
        if len(cells) != self.width:
            return False, []  # the table ended
        self.rows += 1
        spans: list[Span] = []
        for col in self.secret:
            s, e = cells[col]
            if cell_value(body[s:e]) or mixed_letters(body[s:e]):
                spans.append((start + s, start + e, KIND))
        return True, spans


def mixed_letters(value: str) -> bool:
    """A generated password of letters alone: long, both cases, and random-looking (varied
    letters, or a case that changes every few letters, as no CamelCase name's does)."""
    return (
        len(value) >= 12
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and not is_trivial_value(value)
        and not is_reference_value("value", value)
        and (entropy(value) >= 3.5 or 3 * _case_changes(value) >= len(value))
    )


def _case_changes(value: str) -> int:
    return sum(1 for a, b in pairwise(value) if a.isupper() != b.isupper())


_BLOCK_HEADER = lazyre.compile(
    r"[ \t]*(?:[-+~][ \t]+)?(?:resource|data)[ \t]+\"(?P<t>[\w-]{1,128})\"[ \t]+"
    r"\"(?P<n>[^\"]{1,256})\"[ \t]*\{[ \t]*\Z"
)
_ATTRIBUTE = lazyre.compile(
    r"[ \t]*(?:[-+~][ \t]+)?(?P<k>result|value)[ \t]*=[ \t]*\"(?P<v>(?:[^\"\\]|\\.){1,4096})\""
)
_MAX_BLOCK = 512


@dataclass
class Block:
    indent: int  # of the header line: the block's lines stand deeper, its `}` as deep
    depth: int = 1
    lines: int = 0

    @staticmethod
    def arm(line: str) -> Block | None:
        if not line.rstrip().endswith("{"):
            return None
        start = body_start(line)
        m = _BLOCK_HEADER.match(line, start)
        if m is None or not (is_secret_name(m.group("t")) or is_secret_name(m.group("n"))):
            return None
        body = line[start:]
        return Block(len(body) - len(body.lstrip(" \t")))

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        start = body_start(line)
        body = line[start:]
        if body.strip() and len(body) - len(body.lstrip(" \t")) <= self.indent:
            return False, []  # the block closed (or was cut off: the next text stands as deep)
        self.depth += body.count("{") - body.count("}")
        if self.depth <= 0 or self.lines > _MAX_BLOCK:
            return False, []
        m = _ATTRIBUTE.match(line, start)
        if m is None:
            return True, []
        value = m.group("v")
        if is_trivial_value(value) or is_reference_value("value", value) or len(value) < 6:
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


_ADMINS = lazyre.compile(r"(?P<i>[ \t]*)admins[ \t]*:[ \t]*(?:#[^\n]*)?\r?")
_ADMIN_PASSWORD = lazyre.compile(
    r"(?P<i>[ \t]+)(?:[\w.@-]{1,64}|\"[^\"\n]{1,64}\"|'[^'\n]{1,64}')[ \t]*:[ \t]+"
    r"(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{0,256})(?P=q)|(?P<v>[^\s#\"'][^\s#]{0,255}))[ \t]*\r?"
)
_MAX_USERS = 256


@dataclass
class AdminsMap:
    indent: int  # of the `admins:` line: its users stand deeper
    lines: int = 0

    @staticmethod
    def arm(line: str) -> AdminsMap | None:
        m = _ADMINS.fullmatch(line) if len(line) < 256 else None
        return AdminsMap(len(m.group("i"))) if m is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        if not line.strip():
            return self.lines < _MAX_USERS, []
        m = _ADMIN_PASSWORD.fullmatch(line) if len(line) < 512 else None
        if m is None or len(m.group("i")) <= self.indent:
            return False, []
        group = "qv" if m.group("qv") is not None else "v"
        value = m.group(group)
        if (
            not value
            or is_trivial_value(value)
            or not (looks_random(value) or secretish("password", value))
        ):
            return self.lines < _MAX_USERS, []
        return self.lines < _MAX_USERS, [(m.start(group), m.end(group), KIND)]


def _nothing(line: str) -> Iterator[Span]:
    return iter(())


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
_ID = r"[A-Za-z0-9_.\-]*"
# The lines that arm a follower (nextline.arm) and that no detector's Hyperscan pattern picks
# (keyvalue.py's already pick a line ending in a secret name, which covers a continued shell
# line, `cat` of a token file and a header whose last cell names a secret).
ARMING = Detector(
    KIND,
    (*NAME_HINTS, "+--", "load data", "admins"),
    _nothing,
    (
        # maubot's map of users to passwords: `admins:` alone on its line
        r"^[ \t]*admins[ \t]*:[ \t]*(?:#[^\n]*)?\r?$",
        # the top rule of MySQL's box, above its header: `+------+------+`
        r"^[ \t]*\+--[-+]*\+[ \t]*$",
        # a header cell before the next: `name,user,password,host`, `  name  | token  | …`,
        # DokuWiki's `^ user ^ password ^`, a CRLF file's last header cell (`…,"API Token"\r`)
        _H + _ID + r"[\"'`]?[ \t]*(?:[,|\t;^\r]|│|┃|║)",
        # a query's last column before its table: `SELECT host, user_password FROM …`
        _H + _ID + r"[\"'`]?[ \t]+from[ \t]",
        # a header of space-aligned columns: `USERNAME   PASSWORD   PASSWORD2`
        _H + _ID + r"[ \t][ \t]+[a-z]",
        # an INI key whose value goes on below it: `api_key =` / `    …`
        _H + _ID + r"[ \t]*=[ \t]*$",
        # a file loaded into a table, its columns named: `LOAD DATA INFILE … (id, key)`
        r"load[ \t]+data[ \t][^\n]*\)[ \t]*;?[ \t]*$",
        # a block header: `resource "random_password" "db" {`
        r"(?:resource|data)[ \t]+\"[^\n]*" + _H + r"[^\n]*\{[ \t]*$",
    ),
)
