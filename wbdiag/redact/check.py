"""`wbdiag redact-check`: every file of a finished bundle read through the leak gate (gate.py),
which shares no pattern with the redactor."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wbdiag.bundle.reader import BundleSource, iter_lines
from wbdiag.redact.gate import Gate, Leak

__all__ = ["Leak", "check_bundle"]


def check_bundle(bundle: Path, known: Iterable[str] = ()) -> list[Leak]:
    source = BundleSource.open(bundle)
    gate = Gate(list(known))
    leaks: list[Leak] = []
    for member in source.members():
        lines = iter_lines(member.stream, source.limits.max_line_bytes)
        leaks.extend(gate.lines(member.path, lines))
    return leaks
