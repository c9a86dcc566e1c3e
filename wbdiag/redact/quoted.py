"""A mail's quoted reply (`> `, `>> `, `> > `; a Markdown quote, a ticket system's notification
that quotes a comment): its lines are read a second time as the text they quote, each without
its quote marks, as a file of their own: a value the quoted message wrapped onto its next line,
a label and its value below it, a command and what it printed. What that reading finds goes in
the quoted lines too (filestate.py)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat

from wbdiag import lazyre

_QUOTE = lazyre.compile(r"(?:>[ \t]?){1,16}")


def quoted(lines: list[str]) -> bool:
    """Does any line of the block start with a quote mark? (Most blocks: none.)"""
    return any(map(str.startswith, lines, repeat(">")))  # (no Python frame per line)


def requote(lines: list[str], redact: Callable[[list[str]], None]) -> None:
    """Each run of quoted lines, redacted in place as the text it quotes (`redact`: a fresh
    file's redaction of a list of lines)."""
    i = 0
    n = len(lines)
    while i < n:
        if not lines[i].startswith(">"):
            i += 1
            continue
        first = i
        while i < n and lines[i].startswith(">"):
            i += 1
        marks = [_QUOTE.match(line).end() for line in lines[first:i]]  # type: ignore[union-attr]
        texts = [line[m:] for line, m in zip(lines[first:i], marks, strict=True)]
        before = list(texts)
        redact(texts)
        for k, (text, was) in enumerate(zip(texts, before, strict=True)):
            if text != was:
                line = lines[first + k]
                lines[first + k] = line[: marks[k]] + text
