"""Bound parameters an ORM or a driver logs after its statement (the leak gate, gate.py): the
statement names the columns, the parameters come on a line of their own, so no secret word
stands next to the value. A statement that sets a column named for a secret (`INSERT INTO t
(name, secret) VALUES (?, ?)`, `UPDATE t SET password = %s`) gives its place in the parameter
list; the parameters are read a few lines below it, as SQLAlchemy's echo (`[generated in …]
(…)`, `[parameters: (…)]`), Prisma's query event (`params [...]`), knex's debug (`knex:bindings
[ … ]`) and Hibernate's binder trace (`binding parameter [2] as [VARCHAR] - [value]`) print
them; the value there is judged as a value its place names a secret (`plausible_secret`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random, plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name

_INSERT = lazyre.compile(
    r"(?i)\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+[^\s(]{1,200}[ \t]*"
    r"\((?P<cols>[^()\n]{1,2000})\)[ \t]*values[ \t]*\((?P<marks>[^()\n]{1,2000})\)"
)
_UPDATE = lazyre.compile(r"(?i)\bupdate[ \t]+[^\s]{1,200}[ \t]+set[ \t]+(?P<sets>[^\n]{1,2000})")
_WHERE = lazyre.compile(r"(?i)[ \t]where[ \t]")
# a bind marker: `?`, `%s`, `%(name)s`, `$1`, `:name`, `@p1`
_MARK = lazyre.compile(r"\?|%s|%\([\w.]{1,64}\)s|\$(?P<n>\d{1,4})|:[A-Za-z_]\w{0,63}|@p\d{1,4}")
_QUOTES = "`\"'[] \t"
_REACH = 6  # lines after the statement its parameters may be logged on
# the parameter list of each logger's line
_LISTED = lazyre.compile(
    r"(?:\[(?:generated in|cached since|no key|parameters:)[^\]\n]{0,64}\]?[ \t]*"
    r"|\bparams[ \t]+|\bbindings[ \t]+|\bparameters[ \t]*[:=][ \t]*)(?P<list>[(\[][^\n]{1,4000})"
)
_BINDER = lazyre.compile(
    r"binding parameter \[(?P<n>\d{1,4})\] as \[\w{1,32}\] - \[(?P<v>[^\n]*)\]"
)
_ITEM = lazyre.compile(
    r"'(?:[^'\\\n]|\\.){0,512}'|\"(?:[^\"\\\n]|\\.){0,512}\"|[^\s,()\[\]'\"]{1,512}"
)

LITERALS = ("insert", "update")
HINTS = (
    r"insert[ \t][^\n]*\([^\n]*(?:pass|pwd|secret|token|key|credential)[^\n]*\)[ \t]*values",
    r"update[ \t][^\n]*[ \t]set[ \t][^\n]*(?:pass|pwd|secret|token|key|credential)",
)


def _name(column: str) -> str:
    return column.strip(_QUOTES).rsplit(".", 1)[-1].strip(_QUOTES)


def _places(text: str) -> list[int]:
    """The parameter indexes (from 0) that the statement on the line binds to a secret's
    column."""
    m = _INSERT.search(text)
    if m is not None:
        cols = m.group("cols").split(",")
        marks = m.group("marks").split(",")
        if len(cols) != len(marks):
            return []
        places = []
        for k, (col, mark) in enumerate(zip(cols, marks, strict=True)):
            bound = _MARK.fullmatch(mark.strip())
            if bound is not None and own_secret_name(_name(col)):
                places.append(int(bound.group("n")) - 1 if bound.group("n") else k)
        return places
    m = _UPDATE.search(text)
    if m is None:
        return []
    sets = _WHERE.split(m.group("sets"), 1)[0]
    places = []
    k = 0
    for item in sets.split(","):
        col, eq, mark = item.partition("=")
        bound = _MARK.fullmatch(mark.strip()) if eq else None
        if bound is None:
            continue
        if own_secret_name(_name(col)):
            places.append(int(bound.group("n")) - 1 if bound.group("n") else k)
        k += 1
    return places


def _judged(value: str) -> bool:
    value = value.strip()
    if value[:1] in "'\"" and value[-1:] == value[:1] and len(value) >= 2:
        value = value[1:-1]
    if "[REDACTED" in value or reference(value):
        return False
    return plausible_secret(value) or looks_random(value)


def bound_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a parameter bound to a secret's column by the statement at `i`."""
    places = _places(block[i])
    if not places:
        return
    for j in range(i + 1, min(len(block), i + 1 + _REACH)):
        text = block[j]
        if "binding parameter" in text:
            b = _BINDER.search(text)
            if b is not None and int(b.group("n")) - 1 in places and _judged(b.group("v")):
                yield j, b.group("v")
                return
            continue
        m = _LISTED.search(text)
        if m is None:
            continue
        items = [t.group(0) for t in _ITEM.finditer(m.group("list"))]
        for k in places:
            if k < len(items) and _judged(items[k]):
                yield j, items[k].strip("'\"")
                return
        return  # (the statement's parameters: the next list is another statement's)
