"""Lines of UTF-16 text read as single bytes: a file PowerShell wrote (`Out-File`, `>` in
Windows PowerShell 5), `reg export`, a Windows `.env` saved as "Unicode", read as Latin-1 or
UTF-8. Each character then stands beside a NUL (`W\\x00A\\x00N\\x00…`), so no detector sees a
name or a value in it. The redactor reads such a line as the text it spells; when it finds a
secret there, the line is written as that text, redacted (readable, and nothing of the secret
left between NULs); otherwise it stays as it was, byte for byte.

Little-endian, the Windows default, unless the line opens with a big-endian byte order mark;
the mark may read as `ÿþ` (Latin-1), two U+FFFD (UTF-8 with replacement) or two lone
surrogates (`surrogateescape`). A NUL left over from the line break before (`\\n\\x00`) or
after it is no text."""

from __future__ import annotations

_LE_MARKS = ("\xff\xfe", "\ufffd\ufffd", "\udcff\udcfe")
_BE_MARKS = ("\xfe\xff", "\udcfe\udcff")
_MIN_CHARS = 4  # (a line of three characters or fewer holds no pair worth reading)
_UNKNOWN = -1  # a byte the reader replaced (U+FFFD): the character it was part of is unknown


def _byte(c: str) -> int:
    code = ord(c)
    if code < 0x100:
        return code
    if 0xDC80 <= code <= 0xDCFF:  # a byte `surrogateescape` kept
        return code - 0xDC00
    return _UNKNOWN


def spelled(line: str) -> str | None:
    """The text a line of UTF-16 read byte by byte spells (without its byte order mark, its
    line break and stray NULs), or None when the line is not such a line."""
    if "\x00" not in line:
        return None
    big = False
    body = line
    for mark in (*_LE_MARKS, *_BE_MARKS):
        if body.startswith(mark):
            big = mark in _BE_MARKS
            body = body[len(mark) :]
            break
    if not big:
        body = body.strip("\x00")  # (the other half of the line breaks around it)
    lows, highs = (body[1::2], body[0::2]) if big else (body[0::2], body[1::2])
    if len(lows) < _MIN_CHARS or "\x00" in lows:
        return None
    if highs.count("\x00") * 2 < len(lows):
        return None  # most characters of a log or a config are ASCII: their high byte is NUL
    out: list[str] = []
    pending = 0  # a high surrogate waiting for its low half
    for k, low_char in enumerate(lows):
        low = _byte(low_char)
        high = _byte(highs[k]) if k < len(highs) else 0
        if low == _UNKNOWN or high == _UNKNOWN:
            out.append("\ufffd")
            pending = 0
            continue
        code = low | high << 8
        if 0xD800 <= code <= 0xDBFF:
            pending = code
            continue
        if 0xDC00 <= code <= 0xDFFF:
            out.append(
                chr(0x10000 + ((pending - 0xD800) << 10) + (code - 0xDC00)) if pending else "\ufffd"
            )
            pending = 0
            continue
        if pending:
            out.append("\ufffd")
            pending = 0
        out.append(chr(code))
    return "".join(out).rstrip("\r\n\x00")
