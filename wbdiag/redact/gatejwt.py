"""A JWT wrapped over lines (the leak gate, gate.py): a terminal's or a log viewer's fixed width,
an e-mail's quoting (`> `) or a ticket's code block cut the token into lines of its characters,
so no line holds the whole shape and the lines after the first hold no secret word. A line that
ends in a token's start (`eyJ…`) and the lines of base64url that follow it (a quote's `> `
dropped; the last may go on with the text after the token) are read joined; when they spell a
JWT, header and payload JSON and a signature, the lines its signature is on are flagged."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Sequence

from wbdiag import lazyre

_START = lazyre.compile(r"eyJ[\w.-]{0,4096}[ \t]*\r?\Z")
_START_REACH = 3 + 4096  # the longest token `_START` takes
_QUOTE = lazyre.compile(r"[ \t]{0,16}(?:>[ \t]?){0,8}")
_PIECE = lazyre.compile(r"[\w.-]{1,4096}")
_JWT = lazyre.compile(r"eyJ[\w-]{10,}\.(?P<p>eyJ[\w-]{10,})\.(?P<s>[\w-]{16,})")
_REACH = 24  # lines a token is wrapped over

LITERALS = ("eyJ",)
HINTS = (r"eyj[0-9a-z_.-]*[ \t]*\r?$",)


def _json(part: str) -> bool:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        return False
    return raw.startswith(b"{") and b'"' in raw


def _start_from(line: str) -> int:
    """Where `_START` can first match in `line`: its token ends where the line's trailing
    blanks (and a final carriage return) begin. Searched from 0, each `eyJ` of a long line of
    them read up to 4096 characters (3 CPU s on a 64 KiB line), though only the last can match."""
    body = line[:-1] if line.endswith("\r") else line
    return max(0, len(body.rstrip(" \t")) - _START_REACH)


def wrapped_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, piece) for each line that holds the signature of a JWT wrapped from line `i`."""
    m = _START.search(block[i], _start_from(block[i]))
    if m is None:
        return
    joined = m.group(0).rstrip()
    pieces: list[tuple[int, int, str]] = []  # (line, offset in `joined`, piece)
    for j in range(i + 1, min(len(block), i + 1 + _REACH)):
        line = block[j].rstrip("\r\n")
        quote = _QUOTE.match(line)
        body = line[quote.end() :] if quote is not None else line
        run = _PIECE.match(body)
        if run is None:
            break
        pieces.append((j, len(joined), run.group(0)))
        joined += run.group(0)
        if run.end() < len(body.rstrip()):
            break  # (the token ends on this line)
    jwt = _JWT.match(joined)
    if jwt is None or not pieces or not _json(joined[: joined.index(".")]):
        return
    if not _json(jwt.group("p")) or len(set(jwt.group("s"))) < 8:
        return
    for j, at, text in pieces:
        if at + len(text) > jwt.start("s"):
            yield j, text
