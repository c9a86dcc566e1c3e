"""A log line a shipper or a log store cut into records of its own, one record a line, the text
inside an envelope: CloudWatch Logs events (`{"id": …, "timestamp": …, "message": "<part>"}`),
Loki stream values (`["<ns>", "<part>"]`), Fluent Bit's print of CRI records (`"logtag"=>"P"`,
then `"F"`), RFC 5424 fragments (the same header, the part after the structured data). A secret
cut there has its name and first part in one record and the rest at the start of the next.
Consecutive records of one line (the same envelope and the same time, stream or process) are
judged joined; what a detector finds across a cut goes in each record that holds part of it.
(A container runtime's own partial lines, CRI's and Docker's: partial.py.)"""

from __future__ import annotations

from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span

_MAX_PARTS = 64  # records of one line
_MAX_RECORD = 1 << 20

# CloudWatch Logs' events as `aws logs get-log-events` / a subscription prints them: the parts
# of one line share its timestamp
_CWL = lazyre.compile(r'[ \t]*\{"id": ?"\d{1,64}", ?"timestamp": ?(?P<k>\d{10,16}), ?"message": ?"')
_CWL_END = '"}'
# Loki's values: `[timestamp in ns, line]`; the parts of one line share its millisecond
_LOKI = lazyre.compile(r'[ \t]*\["(?P<k>\d{13})\d{6}", ?"')
_LOKI_END = '"]'
# Fluent Bit's stdout output of a CRI parser's records: the tag, then `"logtag"=>"P"` on each
# part but the last (`F`)
_FBIT = lazyre.compile(r"\[\d{1,9}\] (?P<k>[^\s:]{1,256}): \[\[[0-9.]{1,32}, \{\}\], \{")
_FBIT_LOG = '"log"=>"'
_FBIT_END = '"}]'
_FBIT_STREAM = lazyre.compile(r'"stream"=>"(?:stdout|stderr)"')
# RFC 5424: PRI and VERSION, TIMESTAMP, HOSTNAME, APP-NAME, PROCID (the parts of one message
# share them), MSGID, the structured data (`[frag@… seq="1" of="2"]`), then the part
_SYSLOG = lazyre.compile(
    r"(?P<k><\d{1,3}>\d{1,2} \S{1,64} \S{1,255} \S{1,48} \S{1,128}) \S{1,32}"
    r" (?:-|\[(?:[^\]\\\n]|\\.){0,1024}\])(?: |\Z)"
)


def _envelope(line: str) -> tuple[str, int, int, bool] | None:
    """The record's key (what its parts share), where its text starts and ends, and whether
    the next record may go on with its text; None: no such envelope."""
    end = len(line.rstrip().rstrip(","))
    if line.startswith("<"):
        m = _SYSLOG.match(line)
        return None if m is None else ("syslog " + m.group("k"), m.end(), len(line), True)
    if line.startswith("["):
        f = _FBIT.match(line)
        if f is not None:
            log = line.find(_FBIT_LOG, f.end())
            stream = _FBIT_STREAM.search(line, f.end())
            if log < 0 or stream is None or not line.endswith(_FBIT_END, 0, end):
                return None
            key = "fluent-bit " + f.group("k") + " " + stream.group()
            partial = '"logtag"=>"P"' in line[f.end() : log]
            return key, log + len(_FBIT_LOG), end - len(_FBIT_END), partial
    for opening, closing, kind in ((_CWL, _CWL_END, "cwl "), (_LOKI, _LOKI_END, "loki ")):
        m = opening.match(line)
        if m is not None and line.endswith(closing, m.end(), end):
            return kind + m.group("k"), m.end(), end - len(closing), True
    return None


def opens_cut(line: str) -> bool:
    """A cheap test first: most candidate lines are in none of these envelopes."""
    if not line or line[0] not in "<[{ \t":
        return False
    return _envelope(line) is not None


def joined_spans(
    lines: list[str], first: int, find: Callable[[str], list[Span]], floor: int = 0
) -> tuple[int, dict[int, list[Span]]]:
    """The spans `find` reports across a cut in the records of one line that lines[first]
    is one of (the first of them not before lines[floor]), per line; and the index after the
    last of them."""
    head = _envelope(lines[first])
    if head is None:
        return first + 1, {}
    # the record that holds the secret's name may be the rest of one before it (a line cut
    # where nothing names a secret yet: `"dsn":"wandb:7Gx` / `Q2p@tcp(…)`)
    floor = max(floor, first - _MAX_PARTS + 1)
    while first > floor:
        before = _envelope(lines[first - 1])
        if before is None or before[0] != head[0] or not before[3]:
            break
        first -= 1
    # (line index, text start, text length, offset in the joined text)
    parts: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    size = 0
    i = first
    goes_on = True
    while i < len(lines) and goes_on and len(parts) < _MAX_PARTS and size < _MAX_RECORD:
        frame = _envelope(lines[i])
        if frame is None or frame[0] != head[0]:
            break
        text = lines[i][frame[1] : frame[2]]
        parts.append((i, frame[1], len(text), size))
        pieces.append(text)
        size += len(text)
        goes_on = frame[3]
        i += 1
    if len(parts) < 2:
        return i, {}
    cuts = [offset for _, _, _, offset in parts[1:]]
    per_line: dict[int, list[Span]] = {}
    for start, end, kind in find("".join(pieces)):
        # only what the cut hid: a span that runs over a cut, or starts at one (the name
        # ended the record before)
        if not any(start <= cut < end for cut in cuts):
            continue
        for idx, base, length, offset in parts:
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                per_line.setdefault(idx, []).append((base + lo - offset, base + hi - offset, kind))
    return i, per_line
