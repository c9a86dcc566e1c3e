"""Tab-separated lines that carry a secret in a cell no key names directly:
- a Netscape cookie jar (`cookies.txt`, as curl and browsers' exporters write it): domain, flag,
  path, secure, expiry, name, value; the value goes when it reads generated (a session cookie),
  as every value of a `Cookie:` header would;
- a row of a CLI's text output (`aws ssm get-parameters-by-path --output text`, `… -o tsv`) with a
  cell that names a secret (`/wandb/prod/redis_auth`: the last part of a path counts): the cells
  after it that read generated;
- a row of an export of SSM parameters (the console's or `aws ssm … --output text` as TSV or
  CSV) whose type cell is `SecureString`: the cell after it, the value, when it reads generated
  (a `String` row's value stays, though the same column holds it).
Table headers over rows are nextrows.py's."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_mask, is_trivial_value

KIND = "keyvalue"
_FLAGS = ("TRUE", "FALSE")
_MAX_CELLS = 32
_MIN_VALUE = 8
_LAST_PART = lazyre.compile(r"[^/:]{1,128}\Z")
# a cell that names a secret is a name or a path's last part (`redis_auth`, `DB password`), not
# a message that ends in one (zap's console record: `…\tFailed to get new registration
# token\t{"error": …}`, its fields after the message)
_MAX_NAME_WORDS = 3


def _cells(line: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for cell in line.split("\t", _MAX_CELLS):
        out.append((pos, cell))
        pos += len(cell) + 1
    return out


def _generated(value: str) -> bool:
    return (
        len(value) >= _MIN_VALUE
        and looks_random(value)
        and not is_trivial_value(value)
        and not is_reference_value("value", value)
        and not value.startswith(("arn:", "/"))
    )


def _cookie_spans(line: str) -> Iterator[Span]:
    cells = _cells(line.rstrip("\r\n"))
    if (
        len(cells) == 7
        and cells[1][1] in _FLAGS
        and cells[3][1] in _FLAGS
        and cells[4][1].isdigit()
    ):
        pos, value = cells[6]
        if _generated(value):
            yield pos, pos + len(value), "cookie"


_OWN_PAIR = lazyre.compile(r"[A-Za-z_][\w.-]{0,63}=")


def row_spans(line: str) -> Iterator[Span]:
    """The cells after a secret-named cell (anysep.py runs this on the lines its hints pick: a
    tab after a secret name)."""
    if "\t" not in line:
        return
    cells = _cells(line.rstrip("\r\n"))
    if len(cells) < 3:
        return  # `name<TAB>value`: anysep.py's own tab separator
    named = False
    for pos, cell in cells:
        text = cell.strip()
        if not text:
            continue
        if named and "=" in text and _OWN_PAIR.match(text):
            continue  # a cell that names its own value (Dovecot's `session=…`): judged by that
        if named and is_mask(text):
            named = False  # the named value, masked (`influx auth list`): later cells are others'
            continue
        if named and _generated(text):
            start = pos + cell.index(text)
            yield start, start + len(text), KIND
            continue
        last = _LAST_PART.search(text.rstrip("/"))
        if (
            last is not None
            and len(last.group().split()) <= _MAX_NAME_WORDS
            and is_secret_name(last.group())
        ):
            named = True


COOKIE_JAR = Detector(
    "cookie",
    ("e\t/",),  # (TRUE or FALSE before the path; no other hint starts with a tab or an `f`)
    _cookie_spans,
    (r"\t(?:true|false)\t/[^\t\n]*\t(?:true|false)\t\d+\t",),
)


_SECURE = "SecureString"


def _secure_spans(line: str) -> Iterator[Span]:
    """The value after an SSM parameter's `SecureString` type cell, when it reads generated."""
    at = line.find(_SECURE)
    if at <= 0:
        return
    sep = line[at - 1]
    if sep not in "\t," or line[at + len(_SECURE) : at + len(_SECURE) + 1] != sep:
        return
    pos = at + len(_SECURE) + 1
    cell = line[pos:].rstrip("\r\n").split(sep, 1)[0]
    text = cell.strip().strip('"')
    if text and _generated(text):
        start = pos + cell.index(text)
        yield start, start + len(text), KIND


SECURE_STRING_ROW = Detector(
    KIND,
    ("securestring",),
    _secure_spans,
    (r"[\t,]SecureString[\t,]",),
)
