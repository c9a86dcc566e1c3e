"""A registry export's binary value wrapped over lines (regedit's `.reg`, `reg export`): a
`hex:`, `hex(2):` (REG_EXPAND_SZ) or `hex(7):` value goes on after `,\\` on rows of two-digit
bytes (`  64,00,44,00,39,00,…`), UTF-16LE for a string. When the redactor took the value's first
row only, the rows after its placeholder hold the rest of the secret: `row_text` reads one as
the text it spells (gatevalues.continued_secret). A value whose name is a secret's own is read
by its first row (`named_secrets`, for gatecollected.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import plausible_secret, reference

# (regedit indents a continued row by two spaces and ends every row but the last with `,\`)
_ROW = lazyre.compile(r"[ \t]{1,8}((?:[0-9a-fA-F]{2},){1,80}[0-9a-fA-F]{2}),?\\?[ \t\r]*\Z")
# a case change or a digit beside a letter, which a mask or a word has none of
_MIXED = lazyre.compile(r"[a-z][A-Z]|[0-9][A-Za-z]|[A-Za-z][0-9]")
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


# a value named in quotes, its type, and its first row (`"Password"=hex(2):69,00,48,00,…,\`)
_NAMED = lazyre.compile(
    r"\"(?P<n>[^\"\\\n]{1,128})\"=hex(?:\([0-9a-fA-F]{1,2}\))?:"
    r"(?P<b>(?:[0-9a-fA-F]{2},){1,80}[0-9a-fA-F]{2}),?\\?[ \t\r]*\Z"
)
LITERALS = ('"=hex',)
HINTS = (r"(?:pass|pwd|secret|token|key|credential)[^\"\n]*\"=hex(?:\([0-9a-f]{1,2}\))?:",)


def named_secrets(text: str, secret_name: Callable[[str], bool]) -> Iterator[str]:
    """The text of a binary value's first row whose name is a secret's own (`secret_name`)."""
    m = _NAMED.search(text) if '"=hex' in text else None
    if m is not None and secret_name(m.group("n")):
        spelled = row_text("  " + m.group("b"))
        # (its first row only: not a mask or a word, `****`, `changeme`; mixed as a secret is)
        mixed = _MIXED.search(spelled) is not None and not reference(spelled)
        if spelled and (mixed or plausible_secret(spelled)):
            yield spelled
