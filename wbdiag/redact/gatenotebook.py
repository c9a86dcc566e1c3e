"""A notebook's cell result (the leak gate, gate.py): an `execute_result` output whose
`text/plain` is one str's repr (`'…'`), as the `.ipynb` file holds it, what a cell that ends
with `os.environ["…"]` or `getpass()` shows (`result_values`). No name stands beside the value:
the output's type confirms the place, and the value must read as generated
(gatetoken.looks_random) in both cases of letters, 12 characters or more; a run's id or a digest
a cell shows (one case) stays."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random

_PLAIN = lazyre.compile(r"\"text/plain\"[ \t]{0,4}:[ \t]{0,4}\[[ \t]*")
# the list's one string: a str's repr in single quotes, or in double ones JSON-escaped
_REPR = lazyre.compile(r"\"(?:'([^'\"\\\s]{12,512})'|\\\"([^'\"\\\s]{12,512})\\\")\"")
_CLOSE = lazyre.compile(r"[ \t]*\][ \t]*,?[ \t]*\r?\Z")
_TYPE = lazyre.compile(r"\"output_type\"[ \t]{0,4}:[ \t]{0,4}\"(\w{1,32})\"")
_TYPE_REACH = 24  # lines read after the list for the output's type

LITERALS = ('"text/plain"',)
HINTS = (r"\"text/plain\"[ \t]*:[ \t]*\[",)


def result_values(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the one string of the `text/plain` list line `i` opens, when the output
    is an `execute_result` and the string reads as generated."""
    opened = _PLAIN.search(block[i])
    if opened is None:
        return
    rest = block[i][opened.end() :]
    if rest.strip():  # (the list on its line: `"text/plain": ["'…'"]`)
        line, m = i, _REPR.match(rest)
        closed = m is not None and rest[m.end() :].lstrip().startswith("]")
    elif i + 2 < len(block):
        line, m = i + 1, _REPR.fullmatch(block[i + 1].strip().removesuffix(","))
        closed = _CLOSE.match(block[i + 2]) is not None
    else:
        return
    if m is None or not closed:
        return
    value = m.group(1) or m.group(2)
    if value.lower() == value or value.upper() == value or not looks_random(value):
        return
    # (the type follows the data, on its line when the JSON is on one)
    after = opened.end() + m.end() if line == i else len(block[line])
    for j in range(line, min(len(block), line + 1 + _TYPE_REACH)):
        kind = _TYPE.search(block[j], after if j == line else 0)
        if kind is not None:
            if kind.group(1) == "execute_result":
                yield line, value
            return
