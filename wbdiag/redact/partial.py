"""A log record a container runtime split over lines: CRI's partial lines (`… stdout P <first
part>` / `… stdout F <last part>`, as the kubelet writes a line longer than its buffer, and as
`/var/log/pods` and crictl keep it). The detectors judge the record joined; what they find is
cut back at the line breaks and replaced in each line (a key split in two goes in both halves)."""

from __future__ import annotations

import re
from collections.abc import Callable

from wbdiag.redact.detectors.base import Detector, Span

# the kubelet's timestamp, the stream and the tag (P: partial, F: full, the record's last part);
# before it, what a reader may add (`docker logs --timestamps`, a file name)
_CRI = re.compile(
    r"(?:[^\s]{1,256}[ \t])?\d{4}-\d\d-\d\dT[0-9:.]{8,32}(?:Z|[+-]\d\d:?\d\d)[ \t]"
    r"(?P<s>stdout|stderr)[ \t](?P<t>[PF])(?:[ \t]|\Z)"
)
_MAX_PARTS = 64  # lines of one record
_MAX_RECORD = 1 << 20

# Picks the lines that open a split record (no detector finds anything in them by itself).
CRI_PARTIAL = Detector(
    "keyvalue",
    ("stdout p ", "stderr p "),
    lambda line: iter(()),
    (r"[0-9](?:z|[+-][0-9:]{4,5})[ \t]std(?:out|err)[ \t]p[ \t]",),
)


def opens_record(line: str) -> bool:
    """A cheap test first: most candidate lines hold no partial tag."""
    return ("out P" in line or "err P" in line) and _part(line) == "P"


def _part(line: str) -> str | None:
    m = _CRI.match(line)
    return m.group("t") if m else None


def joined_spans(
    lines: list[str], first: int, find: Callable[[str], list[Span]]
) -> tuple[int, dict[int, list[Span]]]:
    """The spans `find` reports in the record that starts at lines[first], per line; and the
    index after the record's last line (within `lines`)."""
    head = _CRI.match(lines[first])
    if head is None:
        return first + 1, {}
    stream = head.group("s")
    starts: list[tuple[int, int, int]] = []  # (line index, content start, offset in the record)
    pieces: list[str] = []
    size = 0
    i = first
    while i < len(lines) and len(starts) < _MAX_PARTS and size < _MAX_RECORD:
        m = _CRI.match(lines[i])
        if m is None or m.group("s") != stream:
            break
        content = lines[i][m.end() :]
        starts.append((i, m.end(), size))
        pieces.append(content)
        size += len(content)
        i += 1
        if m.group("t") == "F":
            break
    if len(starts) < 2:
        return i, {}
    per_line: dict[int, list[Span]] = {}
    for start, end, kind in find("".join(pieces)):
        for idx, base, offset in starts:
            length = len(lines[idx]) - base
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                per_line.setdefault(idx, []).append((base + lo - offset, base + hi - offset, kind))
    return i, per_line
