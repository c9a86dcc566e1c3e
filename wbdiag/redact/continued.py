"""A shell command continued over lines with a backslash at each line's end (a script, a
runbook, a pasted session): the detectors judge the command joined as the shell reads it (the
backslash and the line break gone), and what they find is cut back at the line breaks and
replaced in each line. A secret the break splits (`--password abc\\` / `def`, `-p'abc\\` /
`def'`) goes in both halves, and a line that holds only a flag's value, the tool named on an
earlier line (`mysql -h db \\` / `  -pSECRET`), is read with it."""

from __future__ import annotations

from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start

_MAX_LINES = 32  # lines of one command
_MAX_COMMAND = 16384

# Picks the lines that a backslash continues (no detector finds anything in them by itself).
CONTINUED_LINE = Detector(
    "cmdline",
    ("\\",),
    lambda line: iter(()),
    (r"[^\\]\\$",),
)
_TRAILING = lazyre.compile(r"\\+\Z")


def continues(line: str) -> bool:
    """The line ends in an odd run of backslashes: the last one escapes the line break."""
    if not line.endswith("\\"):
        return False
    m = _TRAILING.search(line)
    return m is not None and len(m.group()) % 2 == 1


def joined_spans(
    lines: list[str], first: int, find: Callable[[str], list[Span]]
) -> tuple[int, dict[int, list[Span]]]:
    """The spans `find` reports in the command that starts at lines[first], per line; and the
    index after the command's last line (within `lines`)."""
    # (line index, where its part starts in the line, offset in the command, part's length)
    parts: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    size = 0
    glued = False  # the last part ended in a value glued to its backslash
    i = first
    while i < len(lines) and len(parts) < _MAX_LINES and size < _MAX_COMMAND:
        line = lines[i]
        more = continues(line)
        # (a timestamp a log pipeline put before each line is set aside; a value glued to the
        # backslash goes on after the next line's indentation: Java properties drop it, and a
        # shell script indents the rest of a value it splits rarely)
        lead = body_start(line) if i > first else 0
        if glued:
            lead = len(line) - len(line[lead:].lstrip(" \t"))
        text = line[lead:-1] if more else line[lead:]
        parts.append((i, lead, size, len(text)))
        pieces.append(text)
        size += len(text)
        glued = more and text[-1:] not in ("", " ", "\t")
        i += 1
        if not more:
            break
    if len(parts) < 2:
        return i, {}
    per_line: dict[int, list[Span]] = {}
    for start, end, kind in find("".join(pieces)):
        for idx, lead, offset, length in parts:
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                per_line.setdefault(idx, []).append((lead + lo - offset, lead + hi - offset, kind))
    return i, per_line
