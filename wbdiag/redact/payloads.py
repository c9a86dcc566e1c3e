"""A log record's payload carried as base64 in the record that ships it: a Kinesis record's
`Data`, a Firehose transformation record's `data`, a Pub/Sub message's `data`, an Event Hubs
Capture record's `Body`. The log line itself is only readable decoded, so the payload is
decoded and read, as the text it holds, by a fresh file's redaction; when anything in it goes,
the whole payload goes (base64 has no boundary a secret's bytes keep to). Only those members
are decoded, not every base64 run: a payload that is no UTF-8 text (binary, compressed) or
holds nothing found stays as it was."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence

from wbdiag import lazyre
from wbdiag.redact.prefilter import lines_holding

# the payload member (`"Data": "eyJ…"`); a record's other base64 (`NextShardIterator`, an
# `ackId`, a cursor) is not the log line
_PAYLOAD = lazyre.compile(
    r"\"(?:[Dd]ata|[Bb]ody)\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[A-Za-z0-9+/]{16,262144}={0,2})\""
)
_CONTROL = lazyre.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str | None:
    """The UTF-8 text a payload decodes to, or None (not base64, binary)."""
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return None if _CONTROL.search(text) else text


# the ends of a payload member's names: a line without one holds none
_MEMBER_ENDS = ('ata"', 'ody"')


def payload_lines(lines: Sequence[str], text: str) -> list[int]:
    """The indexes of the lines that may hold a payload, found in `text` (the lines joined by
    newlines) by substring searches of the whole block: most blocks hold none."""
    found = lines_holding(text, _MEMBER_ENDS)
    if found and text.count("\n") != len(lines) - 1:  # (a line with a newline of its own)
        return [i for i, line in enumerate(lines) if any(w in line for w in _MEMBER_ENDS)]
    return found  # (none in the text: none in any line)


def payload_spans(line: str, redact: Callable[[list[str]], None]) -> list[tuple[int, int]]:
    """Where the line's base64 payloads whose decoded text holds a secret sit (`redact`: a fresh
    file's redaction of a list of lines)."""
    if not any(w in line for w in _MEMBER_ENDS):
        return []
    out = []
    for m in _PAYLOAD.finditer(line):
        text = _text(m.group("v"))
        if text is None:
            continue
        plain = text.splitlines()
        redacted = list(plain)
        redact(redacted)
        if redacted != plain:
            out.append(m.span("v"))
    return out
