"""Rows of a client's name/value listing: a cell that names a secret, its value in the next cell,
no `=` or `:` between them (keyvalue.py has those):
- a row of MySQL's box, psql's or a markdown table (`| smtp_password   | guS.jhQ*SsjY |`: `SELECT
  name, value FROM settings`, `SHOW VARIABLES`), whatever the header above it says;
- a listing of two columns apart by spaces, the name at the line's start (`mysqld --verbose
  --help`'s variables: `report-password            24VEsv5lgOze`), or after a code block's
  indent, the name under its namespace (`pulumi config --show-secrets`: `wandb:dbPassword
  …`).
The value goes when it reads as a value after a secret's name (generic.pair_value); help text
(`(No default value)`), a column's SQL type (`varchar(255)`), flags, numbers, files and references
stay. Each line is split once (linear)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.generic import pair_value
from wbdiag.redact.names import NAME_HINTS, in_alternation, is_secret_name

KIND = "keyvalue"
_MAX_CELLS = 64
_NAME = lazyre.compile(r"[A-Za-z][\w.-]{1,63}")
_VALUE = lazyre.compile(r"[^\s|]{1,512}")
# `name   value` and nothing else on the line (a help text's description has spaces); a Pulumi
# config key is `namespace:name`
_SPACED = lazyre.compile(
    r"[ \t]{0,8}(?P<n>(?:[A-Za-z][\w.-]{0,63}:)?[A-Za-z][\w.-]{1,63})[ \t]{2,128}"
    r"(?P<v>[^\s|]{1,512})[ \t\r]{0,64}"
)
# a column's type in `DESCRIBE t` / `SHOW COLUMNS` (`| api_key | varchar(64) | YES |`)
_SQL_TYPE = lazyre.compile(
    r"(?i)(?:var)?(?:char|binary)\(\d{1,5}\)|(?:tiny|medium|long)?(?:text|blob)|json"
    r"|(?:tiny|small|medium|big)?int(?:\(\d{1,3}\))?(?:unsigned)?"
)


def _cell_pairs(line: str) -> Iterator[Span]:
    cells: list[tuple[int, int]] = []
    pos = 0
    for part in line.split("|", _MAX_CELLS):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    for (ns, ne), (vs, ve) in pairwise(cells):
        name, value = line[ns:ne], line[vs:ve]
        if (
            _NAME.fullmatch(name)
            and _VALUE.fullmatch(value)
            and _taken(name, value)
            and not in_alternation(line, ns)  # (a regular expression: `^(data|password|x)$`)
        ):
            yield vs, ve, KIND


def _taken(name: str, value: str) -> bool:
    return is_secret_name(name) and _SQL_TYPE.fullmatch(value) is None and pair_value(name, value)


def _find(line: str) -> Iterator[Span]:
    if "|" in line:
        yield from _cell_pairs(line)
        return
    m = _SPACED.fullmatch(line)
    if m and _taken(m.group("n"), m.group("v")):
        yield m.start("v"), m.end("v"), KIND


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
_ID = r"[A-Za-z0-9_.\-]*"
_NS_ID = r"[A-Za-z0-9_.:\-]*"
NAME_CELLS = Detector(
    KIND,
    NAME_HINTS,
    _find,
    (
        # a name cell before a value cell: `| smtp_password | …`
        _H + _ID + r"[ \t]*\|[ \t]*[^\s|]",
        # a name at the line's start (or indented, or after its namespace), its value after two
        # spaces: `report-password    …`, `wandb:dbPassword    …`
        r"^[ \t]*[A-Za-z]" + _NS_ID + _H + _ID + r"[ \t][ \t]+[^\s|]",
        r"^[ \t]*" + _H + _ID + r"[ \t][ \t]+[^\s|]",
    ),
)
