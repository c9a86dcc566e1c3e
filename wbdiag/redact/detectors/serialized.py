"""Serialisations that announce each string's length before it: PHP's `serialize` (`s:8:"password";
s:12:"…";`, in arrays and objects, a private property's name behind its class: `\\0User\\0password`),
PHP's session format (`password|s:12:"…";`), bencode and netstrings (`8:password12:…`,
`8:password,12:…,`). A string whose name is a secret's is followed by its value, which is read
by the length it announces, not by its quotes: it may hold `"` and `;`. The key=value scanner
sees no separator there (`"password";s:`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name, min_length
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a PHP string used as a key, then the string after it; or a session variable's name and its string
_PHP_PAIR = lazyre.compile(
    r"s:\d{1,4}:\"(?P<k>[^\"\n]{1,160})\";s:(?P<n>\d{1,6}):\""
    r"|(?:^|(?<=[;}|]))(?P<sk>[A-Za-z_][A-Za-z0-9_.-]{0,63})\|s:(?P<sn>\d{1,6}):\""
)
# a bencoded or netstring key: its length, `:`, then that many bytes (read in `_prefixed_spans`)
_LENGTH = lazyre.compile(r"(?<!\d)(?P<l>[1-9]\d?):(?=[A-Za-z_])")
_VALUE_LENGTH = lazyre.compile(r",?(?P<n>[1-9]\d{0,4}):")
_KEY_SEP = lazyre.compile(r"[\x00*]|\\0|\\u0000")  # around a PHP property's class (`\0User\0`)
_IDENT = lazyre.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}")


def _counted(line: str, start: int, size: int) -> int:
    """Where a string of `size` UTF-8 bytes that starts at `start` ends, or -1 if the line is
    shorter."""
    end = start + size
    if end > len(line):
        return -1
    if line.isascii():
        return end
    used = 0
    pos = start
    while pos < len(line) and used < size:
        used += len(line[pos].encode("utf-8", "surrogatepass"))
        pos += 1
    return pos if used == size else -1


def _judged(key: str, value: str) -> bool:
    return is_secret_name(key) and len(value) >= min_length(key) and not is_trivial_value(value)


def _php_spans(line: str) -> Iterator[Span]:
    for m in _PHP_PAIR.finditer(line):
        if m.group("k") is not None:
            key = _KEY_SEP.split(m.group("k"))[-1]
            size = int(m.group("n"))
        else:
            key, size = m.group("sk"), int(m.group("sn"))
        start = m.end()
        end = _counted(line, start, size)
        if end < 0 or not line.startswith('"', end):
            end = line.find('";', start)  # (a length that counts otherwise: the string's end)
        if end > start and _judged(key, line[start:end]):
            yield start, end, KIND


def _prefixed_spans(line: str) -> Iterator[Span]:
    pos = 0
    for m in _LENGTH.finditer(line):
        if m.start() < pos:
            continue
        key_end = m.end() + int(m.group("l"))
        key = line[m.end() : key_end]
        if not _IDENT.fullmatch(key) or not is_secret_name(key):
            continue
        value = _VALUE_LENGTH.match(line, key_end)
        if value is None:
            continue
        end = value.end() + int(value.group("n"))
        if end <= len(line) and _judged(key, line[value.end() : end]):
            yield value.end(), end, KIND
            pos = end


def _spans(line: str) -> Iterator[Span]:
    if "|s:" in line or '";s:' in line:
        yield from _php_spans(line)
    yield from _prefixed_spans(line)


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
_ID = r"[A-Za-z0-9_.\-]*"
LENGTH_PREFIXED = Detector(
    KIND,
    NAME_HINTS,  # (each pattern holds a name hint: `|s:` would be a new first character)
    _spans,
    (
        r"s:\d+:\"[^\"\n]*" + _H + r"[^\"\n]*\";s:\d+:\"",
        _H + _ID + r"\|s:\d+:\"",
        # (not from the key's own length: a leading `\d:` costs the scan every timestamp)
        _H + _ID + r",?\d+:",
    ),
)
