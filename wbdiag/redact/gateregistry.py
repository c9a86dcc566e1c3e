"""A registry export's binary value wrapped over lines (regedit's `.reg`, `reg export`): a
`hex:`, `hex(2):` (REG_EXPAND_SZ) or `hex(7):` value goes on after `,\\` on rows of two-digit
bytes (`  64,00,44,00,39,00,…`), UTF-16LE for a string. When the redactor took the value's first
row only, the rows after its placeholder hold the rest of the secret: `row_text` reads one as
the text it spells (gatevalues.continued_secret)."""

from __future__ import annotations

import re

# (regedit indents a continued row by two spaces and ends every row but the last with `,\`)
_ROW = re.compile(r"[ \t]{1,8}((?:[0-9a-fA-F]{2},){1,80}[0-9a-fA-F]{2}),?\\?[ \t\r]*\Z")
_MIN_TEXT = 4  # characters of text a row spells (a string's terminating NULs are none)


def row_text(text: str) -> str:
    """The printable text a row of a wrapped binary value spells (UTF-16LE when every other
    byte is NUL), or '' when the line is no such row or spells none."""
    m = _ROW.match(text)
    if m is None:
        return ""
    raw = bytes.fromhex(m.group(1).replace(",", ""))
    wide = len(raw) >= 2 and not any(raw[1::2])
    spelled = (raw[::2] if wide else raw).replace(b"\x00", b"").decode("latin-1")
    return spelled if len(spelled) >= _MIN_TEXT and spelled.isprintable() else ""
