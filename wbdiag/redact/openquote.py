"""A double-quoted value a line leaves open, to go on over the next lines: a YAML scalar folded
onto indented lines, a value continued after an escaped line break (`\\`), a quoted CSV cell
over rows (`""` a quote inside it). filestate.py follows the value; these tell where it opens
and where it closes, also for a string escaped inside another (`\\"…\\"`)."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name

_YAML_QUOTED = lazyre.compile(r"[ \t]{0,64}(?:-[ \t]{1,4})?[\w.-]{1,128}:[ \t]{1,8}\"")


# a secret's name as a YAML key and a double quote it leaves open, with nothing of the value
_OPEN_SECRET_QUOTE = lazyre.compile(
    r"[ \t]{0,64}(?:-[ \t]{1,4})?(?P<k>[\w.-]{1,128}):[ \t]{1,8}\"[ \t]{0,8}\\?[ \t]{0,8}"
)


def csv_cell_open(line: str, vstart: int) -> bool:
    """The value at `vstart` is a CSV cell whose opening quote is not closed on its line: the
    cell goes on over the next rows (`NAME,"…` / `…",2024-07-14`)."""
    return (
        vstart > 1
        and line[vstart - 1] == '"'
        and line[vstart - 2] in ",;\t"
        and line.count('"') % 2 == 1
    )


def csv_end(line: str, start: int) -> int:
    """Where a quoted CSV cell closes on this line, or -1 (`""` is a quote inside it)."""
    pos = line.find('"', start)
    while pos >= 0 and line.startswith('""', pos):
        pos = line.find('"', pos + 2)
    return pos


def left_open(line: str, vstart: int) -> bool:
    """The double-quoted value at `vstart` is not closed on its line and goes on: after an
    escaped line break (a backslash), or as a YAML scalar folds onto the next lines."""
    return (
        vstart > 0
        and line[vstart - 1] == '"'
        and unquoted_end(line, vstart) < 0
        and (line.rstrip().endswith("\\") or _YAML_QUOTED.match(line, body_start(line)) is not None)
    )


def opens_secret_quote(line: str) -> bool:
    if not line.rstrip().endswith('"') and not line.rstrip().endswith("\\"):
        return False
    m = _OPEN_SECRET_QUOTE.fullmatch(line, body_start(line))
    return m is not None and is_secret_name(m.group("k"))


def unquoted_end(line: str, start: int) -> int:
    """Where the double-quoted string that runs at `start` closes on this line, or -1."""
    pos = start
    while True:
        pos = line.find('"', pos)
        if pos < 0:
            return -1
        run = 0
        while pos - run > start and line[pos - run - 1] == "\\":
            run += 1
        if run % 2 == 0:
            return pos
        pos += 1


def string_end(line: str, vstart: int) -> int:
    """Where the string whose opening quote stands just before `vstart` ends on this line (at
    its closing quote, or at the backslashes that escape it), or -1. The opening quote may be
    escaped (JSON inside a JSON string, a notebook's cell: `\\"…\\"`; twice: `\\\\\\"`): the
    closing one is escaped alike, a quote inside the string once more (`\\\\\\"` at depth one)."""
    if vstart < 1 or line[vstart - 1] != '"':
        return -1
    depth = 0
    while vstart - 2 - depth >= 0 and line[vstart - 2 - depth] == "\\":
        depth += 1
    depth = depth if depth % 2 else 0  # (`\\\\"`: an escaped backslash, then a plain quote)
    pos = vstart
    while (pos := line.find('"', pos)) >= 0:
        run = 0
        while pos - run > vstart and line[pos - run - 1] == "\\":
            run += 1
        if run % (2 * depth + 2) == depth:
            return pos - depth
        pos += 1
    return -1
