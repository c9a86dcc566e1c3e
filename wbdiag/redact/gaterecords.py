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
