"""`wbdiag redact-check`: every file of a finished bundle re-scanned with the same detectors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wbdiag.bundle.reader import BundleSource, iter_lines
from wbdiag.redact.redactor import find_secrets


@dataclass(frozen=True)
class Leak:
    path: str
    line: int
    kind: str
    excerpt: str


def check_bundle(bundle: Path) -> list[Leak]:
    source = BundleSource.open(bundle)
    leaks: list[Leak] = []
    for member in source.members():
        for lineno, line in enumerate(iter_lines(member.stream, source.limits.max_line_bytes), 1):
            for kind, excerpt in find_secrets(line):
                leaks.append(Leak(member.path, lineno, kind, excerpt))
    return leaks
