"""`wbdiag redact-check`: every file of a finished bundle read through the leak gate (gate.py),
which shares no pattern with the redactor."""

from __future__ import annotations

import io
import time
from collections.abc import Generator, Iterable
from pathlib import Path

from wbdiag.bundle.reader import BoundedStream, BundleSource, iter_lines
from wbdiag.errors import BundleError
from wbdiag.redact.gate import Gate, Leak
from wbdiag.rules.budget import fast_matcher

__all__ = ["Leak", "check_bundle"]


def check_bundle(bundle: Path, known: Iterable[str] = ()) -> list[Leak]:
    """Every line of every member through the gate. A stranger's bundle can make every line one
    the gate must look at closely: past a CPU budget (reader.WorkLimits) the check stops with
    a BundleError, since a check that did not read everything has not passed."""
    source = BundleSource.open(bundle)
    work = source.limits.work
    seconds = work.for_bundle(source.compressed_bytes, fast_matcher()) * work.check_factor
    deadline = time.process_time() + seconds
    gate = Gate(list(known))
    gate.deadline = deadline
    leaks: list[Leak] = []
    members = source.members()
    try:
        for member in members:
            stream = BoundedStream(member.stream, None, deadline)
            lines = iter_lines(io.BufferedReader(stream, 1 << 16), source.limits.max_line_bytes)
            leaks.extend(gate.lines(member.path, lines))
            if stream.timed_out or gate.timed_out:
                raise BundleError(
                    f"redact-check stopped after {seconds:.1f} CPU seconds (its work budget) in "
                    f"{member.path}: the rest of the bundle was not checked "
                    f"({len(leaks)} secret-looking strings in the part checked)"
                )
    finally:
        if isinstance(members, Generator):
            members.close()
    return leaks
