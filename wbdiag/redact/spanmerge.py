"""The span arithmetic the Redactor and its file state share: the union of a line's spans,
minus the placeholders already in it, never ending inside a backslash escape."""

from __future__ import annotations

from wbdiag.redact.detectors import Span
from wbdiag.redact.values import PLACEHOLDER


def merge(line: str, spans: list[Span]) -> list[Span]:
    """Union of overlapping spans, minus existing placeholders, never ending inside an escape."""
    holes = [m.span() for m in PLACEHOLDER.finditer(line)] if "[REDACTED:" in line else []
    pieces: list[Span] = []
    for start, end, kind in spans:
        start, end = _escape_safe(line, start, end)
        for s, e in _minus(start, end, holes):
            if any(c.isalnum() for c in line[s:e]):
                pieces.append((s, e, kind))
    pieces.sort(key=lambda p: (p[0], -p[1]))
    merged: list[Span] = []
    for s, e, kind in pieces:
        if merged and s < merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, kind))
    return merged


def _minus(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for hs, he in holes:
        if he <= pos or hs >= end:
            continue
        if hs > pos:
            out.append((pos, hs))
        pos = max(pos, he)
    if pos < end:
        out.append((pos, end))
    return out


def _escape_safe(line: str, start: int, end: int) -> tuple[int, int]:
    """Move span edges off the middle of a backslash escape: replacing `\\` alone would turn
    the escaped quote after it into a real one."""
    run = 0
    while start - run > 0 and line[start - run - 1] == "\\":
        run += 1
    if run % 2:
        start -= 1
    run = 0
    while end - run > start and line[end - run - 1] == "\\":
        run += 1
    if run % 2 and end < len(line):
        end += 1
    return start, end
