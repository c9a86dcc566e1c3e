"""A log record a container runtime split over lines: CRI's partial lines (`… stdout P <first
part>` / `… stdout F <last part>`, as the kubelet writes a line longer than its buffer, and as
`/var/log/pods` and crictl keep it); Docker's json-file records (`{"log":"<part>","stream":…}`),
where a part whose `log` string ends without `\n` goes on in the next record. The detectors
judge the record joined; what they find is cut back at the line breaks and replaced in each line
(a key split in two goes in both halves)."""

from __future__ import annotations

from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span

# the kubelet's timestamp, the stream and the tag (P: partial, F: full, the record's last part);
# before it, what a reader may add (`docker logs --timestamps`, a file name)
_CRI = lazyre.compile(
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


# Docker's json-file: the line's text as a JSON string (escapes kept: the detectors read them),
# then the stream; `\n` ends the line's text, a part without it goes on in the next record
# (as the daemon writes it, or with a space after each separator, as a JSON tool re-prints it)
_DOCKER_LOG = '{"log":'
_DOCKER_OPEN = lazyre.compile(r'\{"log":[ ]?"')
_DOCKER_STREAM = lazyre.compile(r'",[ ]?"stream":[ ]?"(?P<s>stdout|stderr)"')


def opens_record(line: str) -> bool:
    """A cheap test first: most candidate lines hold no partial tag."""
    if line.startswith(_DOCKER_LOG):
        frame = _frame(line)
        return frame is not None and frame[3] == "P"
    return ("out P" in line or "err P" in line) and _part(line) == "P"


def _part(line: str) -> str | None:
    m = _CRI.match(line)
    return m.group("t") if m else None


def _frame(line: str) -> tuple[str, int, int, str] | None:
    """A record's stream, where its part of the text starts and ends, and its tag (P or F)."""
    if line.startswith(_DOCKER_LOG):
        opened = _DOCKER_OPEN.match(line)
        m = None if opened is None else _DOCKER_STREAM.search(line, opened.end())
        if opened is None or m is None:
            return None
        end = m.start()
        tag = "F" if line.endswith("\\n", 0, end) else "P"
        return m.group("s"), opened.end(), end, tag
    c = _CRI.match(line)
    return None if c is None else (c.group("s"), c.end(), len(line), c.group("t"))


def joined_spans(
    lines: list[str], first: int, find: Callable[[str], list[Span]]
) -> tuple[int, dict[int, list[Span]]]:
    """The spans `find` reports in the record that starts at lines[first], per line; and the
    index after the record's last line (within `lines`)."""
    head = _frame(lines[first])
    if head is None:
        return first + 1, {}
    stream, docker = head[0], lines[first].startswith(_DOCKER_LOG)
    # (line index, content start, content length, offset in the record)
    starts: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    size = 0
    i = first
    while i < len(lines) and len(starts) < _MAX_PARTS and size < _MAX_RECORD:
        frame = _frame(lines[i])
        if frame is None or frame[0] != stream or lines[i].startswith(_DOCKER_LOG) != docker:
            break
        content = lines[i][frame[1] : frame[2]]
        starts.append((i, frame[1], len(content), size))
        pieces.append(content)
        size += len(content)
        i += 1
        if frame[3] == "F":
            break
    if len(starts) < 2:
        return i, {}
    per_line: dict[int, list[Span]] = {}
    for start, end, kind in find("".join(pieces)):
        for idx, base, length, offset in starts:
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                per_line.setdefault(idx, []).append((base + lo - offset, base + hi - offset, kind))
    return i, per_line
