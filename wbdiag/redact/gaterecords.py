"""Log records a container runtime cut into parts: a line longer than its buffer (16 KiB) is
written as partial records, each holding a piece of the line's text. Docker's json-file driver
ends only the last piece's `log` with a newline (`{"log":"… token=","stream":…}` then
`{"log":"<rest>\\n",…}`); CRI logs (containerd, CRI-O) tag each piece `P` (partial) or `F`
(full). A secret may be cut at the boundary, its halves too short to judge, or its name and a
redacted first half on one record and the rest on the next: the gate judges each record's text
after the partial one before it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

# a json-file record's `log` member, first in the record as the driver writes it
_DOCKER = re.compile(r'[ \t]*\{[ \t]*"log"[ \t]*:[ \t]*("(?:[^"\\]|\\.){0,65536}")')
# a CRI record: time, stream, tag, text
_CRI = re.compile(r"\S{10,40} (?:stdout|stderr) ([PF]) (.{0,65536})\Z", re.DOTALL)
# looked for with `in` first (a block-wide regex search costs as much as the rest of the gate)
# (the gate's prefilter looks for these first: a block without them is not read here)
MARKS = ('"log"', "stdout P ", "stderr P ")


def _text(line: str) -> tuple[str, bool] | None:
    """The record's text and whether it is a partial record (None: no runtime's record)."""
    m = _DOCKER.match(line)
    if m is not None:
        try:
            text = json.loads(m.group(1))
        except ValueError:
            return None
        return (text, not text.endswith("\n")) if isinstance(text, str) else None
    m = _CRI.match(line.rstrip("\r\n"))
    if m is not None:
        return m.group(2), m.group(1) == "P"
    return None


def continued(block: Sequence[str]) -> Iterator[tuple[int, str, str]]:
    """(index, previous text, text) for each record that continues a partial record before it."""
    text = "\n".join(block)
    if not any(mark in text for mark in MARKS):
        return
    before: tuple[str, bool] | None = None
    for i, line in enumerate(block):
        record = _text(line) if '"log"' in line or " P " in line or " F " in line else None
        if record is not None and before is not None and before[1]:
            yield i, before[0], record[0].rstrip("\n")
        before = record


# A record whose text ends with the redactor's placeholder, the record's closing marks after it
# (its string's quote, escaped inside a JSON string, then its braces, brackets and a list's
# comma): a shipper or log service cut the line into records there (CloudWatch Logs' events,
# fluent-bit's CRI `logtag` P/F pair, Loki's values), and the value goes on in the next one.
_ENDS_REDACTED = re.compile(r"\[REDACTED:[^\]\s]{1,64}\]\\?\"[ \t]*[}\]]{0,3}[ \t]*,?[ \t\r]*\Z")
ENDS_REDACTED_HINT = r"\[REDACTED:[^\]\n]{1,64}\]\\?\"[ \t]*[}\]]{0,3}[ \t]*,?[ \t\r]*\n"
# Where the next record's text starts: a log's message member (`"message": "`, fluent-bit's
# `"log"=>"`), a Loki value's line after its timestamp (`["1722025612346000617", "`), an RFC 5424
# record's message after its header and structured data (`<134>1 … [frag@32473 seq="2"] `)
_TEXT_START = re.compile(
    r"\"(?:message|msg|log|short_message|full_message|line)\"[ \t]{0,4}(?::|=>)[ \t]{0,4}\""
    r"|^[ \t]{0,64}\[[ \t]{0,4}\"[0-9]{10,19}\"[ \t]{0,4},[ \t]{0,4}\""
    r"|^<[0-9]{1,3}>1 (?:\S{1,255} ){5}(?:-|(?:\[[^\]\n]{0,512}\]){1,8}) "
)


def ends_redacted(text: str) -> bool:
    """The record's text ends with a placeholder before the record's closing marks."""
    return text.rstrip()[-1:] in '"}],\\' and _ENDS_REDACTED.search(text) is not None


def text_start(text: str) -> int | None:
    """Where the record's text starts on the line (None: no record's text found)."""
    m = _TEXT_START.search(text)
    return None if m is None else m.end()
