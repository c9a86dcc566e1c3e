"""A table whose columns only spaces align (a pandas DataFrame's text, `column -t`, a CLI's
listing), in a log or inside a notebook's JSON strings (`"    user  host  password\\n",`): the
cells under a header word that names a secret (`password`, `api_token`; not `password_changed`
or `token_id`). Its cell is the row's token that ends where the header word ends (pandas and most
CLIs align a column's right edge) or starts where it starts (left-aligned columns); judged as a
table's cell is (`plausible_secret`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX, context_ends
from wbdiag.redact.gatetoken import plausible_secret
from wbdiag.redact.gatewords import PUBLIC_NAMES

_REACH = 50  # rows read after a header
# a notebook's output line: a JSON string holding one line of text
_JSON_LINE = lazyre.compile(r"[ \t]*\"(?P<t>(?:[^\"\\]|\\.)*)\",?[ \t]*\Z")
_HEADER = lazyre.compile(
    r"[ \t]*[A-Za-z_][\w.-]{0,47}(?:[ \t]+[A-Za-z_][\w.-]{0,47}){1,15}[ \t]*\Z"
)
_CELL = lazyre.compile(r"\S+")
LITERALS = ("pass", "pwd", "secret", "token", "key", "credential")
HINTS = (
    r"^[ \t]*\"?[ \t]*(?:[a-z_][0-9a-z_.-]*[ \t]+){1,15}[0-9a-z_.-]*"
    r"(?:pass|pwd|secret|token|key|credential)[0-9a-z_.-]*(?:[ \t]+[a-z_][0-9a-z_.-]*){0,15}"
    # (a CRLF file's line keeps its `\r`: `_text` drops it, and so must the hint)
    r"[ \t]*(?:\\n)?\"?,?[ \t]*\r?$",
)


def _text(line: str) -> str:
    m = _JSON_LINE.match(line)
    if m is None:
        return line.rstrip("\r\n")
    text = m.group("t")
    return text[:-2] if text.endswith("\\n") else text


def secret_column(word: str) -> bool:
    flat = word.lower().replace("-", "_")
    return bool(context_ends(word)) and not flat.endswith(PUBLIC_NAMES)


def aligned_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for each plausible secret under a secret column of the table whose header
    is line `i`."""
    header = _text(block[i])
    if _HEADER.match(header) is None:
        return
    words = list(_CELL.finditer(header))
    columns = [(w.start(), w.end()) for w in words if secret_column(w.group(0))]
    if not columns:
        return
    for j in range(i + 1, min(len(block), i + 1 + _REACH)):
        row = _text(block[j])
        cells = list(_CELL.finditer(row))
        if not len(words) <= len(cells) <= len(words) + 1:
            break  # (a table ends at a row of another shape: a blank line, prose)
        for start, end in columns:
            for cell in cells:
                value = cell.group(0)
                if (cell.end() == end or cell.start() == start) and (
                    MIXED_RX.search(value) and plausible_secret(value)
                ):
                    yield j, value
                    break
