"""Binary records shown as hex on one line (`msgpack payload (hex): 82a4…`, `cbor: a2 65 746f…`,
a debugger's or a proxy's dump of a frame): the bytes are decoded and read as what they hold.
- MessagePack and CBOR maps: a string whose text is a secret's name, then the string (or byte
  string) after it: its value. Each format announces a string's length before it (MessagePack's
  fixstr, str8/16, bin8/16; CBOR's text and byte strings of major types 3 and 2), so the value's
  bytes are known exactly; their hex goes, the key and the framing stay.
- Text among other bytes (`MYSQL_PASSWORD=…` then a newline, a record's fields apart by NULs):
  each run of printable bytes is judged by every other detector, and the hex of what one finds
  goes. (A run of hex that is text from end to end: hexargs.HEX_TEXT.)
Hex without a secret word's hex in it never gets here (the prefilter's hints)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.hexargs import judge
from wbdiag.redact.names import is_secret_name, min_length
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# hex byte groups apart by one or two blanks (`a2 65 746f6b656e 78 1a …`, `82 a4 75 73`)
_RUN = lazyre.compile(
    r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2,16384}(?:[ \t]{1,2}[0-9A-Fa-f]{2,16384}){0,4096}(?![0-9A-Za-z])"
)
_GROUP = lazyre.compile(r"[0-9A-Fa-f]{2,16384}")
_MIN_BYTES = 8
_MIN_TEXT = 6  # a printable run shorter than this holds no pair worth judging


def _bytes_of(line: str, start: int, end: int) -> tuple[bytes, list[int]] | None:
    """The bytes a run of hex groups spells, and where each byte's two digits start in the line
    (None when a group has an odd number of digits: not bytes)."""
    where: list[int] = []
    for g in _GROUP.finditer(line, start, end):
        if (g.end() - g.start()) % 2:
            return None
        where.extend(range(g.start(), g.end(), 2))
    data = bytes.fromhex("".join(line[p : p + 2] for p in where))
    return data, where


def _msgpack_string(data: bytes, i: int) -> tuple[int, int] | None:
    """(start, end) of the content of the MessagePack str or bin item at `i`."""
    b = data[i]
    if 0xA0 <= b <= 0xBF:
        start, size = i + 1, b - 0xA0
    elif b in (0xD9, 0xC4) and i + 1 < len(data):
        start, size = i + 2, data[i + 1]
    elif b in (0xDA, 0xC5) and i + 2 < len(data):
        start, size = i + 3, int.from_bytes(data[i + 1 : i + 3], "big")
    else:
        return None
    return (start, start + size) if start + size <= len(data) else None


def _cbor_string(data: bytes, i: int) -> tuple[int, int] | None:
    """(start, end) of the content of the CBOR text or byte string at `i` (definite length)."""
    b = data[i]
    major, info = b >> 5, b & 0x1F
    if major not in (2, 3):
        return None
    if info < 24:
        start, size = i + 1, info
    elif info == 24 and i + 1 < len(data):
        start, size = i + 2, data[i + 1]
    elif info == 25 and i + 2 < len(data):
        start, size = i + 3, int.from_bytes(data[i + 1 : i + 3], "big")
    else:
        return None
    return (start, start + size) if start + size <= len(data) else None


_READERS = (_msgpack_string, _cbor_string)
_KEY = re.compile(rb"[A-Za-z_][A-Za-z0-9_.\-]{1,127}")


def _map_values(data: bytes) -> Iterator[tuple[int, int]]:
    """Byte ranges of the values of secret-named string keys, in either format."""
    i = 0
    n = len(data)
    while i < n:
        step = 1
        for read in _READERS:
            key = read(data, i)
            if key is None or key[1] >= n or not _KEY.fullmatch(data, key[0], key[1]):
                continue
            value = read(data, key[1])
            if value is None:
                continue
            # (a pair read is passed whole: its value is no key, `"token_type": "Bearer"`)
            step = value[1] - i
            name = data[key[0] : key[1]].decode("ascii")
            text = data[value[0] : value[1]].decode("utf-8", "replace")
            if (
                is_secret_name(name)
                and len(text) >= min_length(name)
                and not is_trivial_value(text)
            ):
                yield value
            break
        i += max(step, 1)


_PRINTABLE = re.compile(rb"[\x20-\x7e]{%d,4096}" % _MIN_TEXT)


def _printable_runs(data: bytes) -> Iterator[tuple[int, str]]:
    for m in _PRINTABLE.finditer(data):
        yield m.start(), m.group().decode("ascii")


def _spans(line: str) -> Iterator[Span]:
    for m in _RUN.finditer(line):
        if m.end() - m.start() < 2 * _MIN_BYTES:
            continue
        decoded = _bytes_of(line, m.start(), m.end())
        if decoded is None:
            continue
        data, where = decoded
        ranges = list(_map_values(data))
        for offset, text in _printable_runs(data):
            if any(s < offset + len(text) and e > offset for s, e in ranges):
                continue  # (a value the map announced, and the framing glued to it)
            ranges.extend((offset + s, offset + e) for s, e, _ in judge(text, HEX_MAPS))
        for s, e in ranges:
            if e > s:
                yield where[s], where[e - 1] + 2, KIND


# the hex of the words a secret's name holds, in the cases names are written in, its bytes
# glued or apart by a space (`70617373`, `70 61 73 73`)
_HEX_WORDS = tuple(
    sorted(
        {
            (w.encode().hex(sep) if sep else w.encode().hex())
            for word in ("pass", "secret", "token", "key", "auth", "cred", "pwd")
            for w in (word, word.upper(), word.capitalize())
            for sep in ("", " ")
        }
    )
)
HEX_MAPS = Detector(KIND, _HEX_WORDS, _spans, tuple(re.escape(w) for w in _HEX_WORDS))
