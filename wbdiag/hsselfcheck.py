"""The compile-time self-check of a Hyperscan database, one home for both users: the redactor's
and the gate's prefilter (wbdiag/redact/prefilter.py) and the rules matcher
(wbdiag/rules/hs_check.py).

The engine build the `fast` extra ships (Hyperscan 5.4) has missed matches `re` finds on a single
line (docs/redaction.md, "Hyperscan"), and whether it misses can depend on the lines around. So a
database scans lines made from its own patterns (hsexamples.py) once as one block, as both users
scan, and each line alone; each caller decides what a miss costs (a literal fallback, `re`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def unreported(db: Any, cases: Sequence[tuple[str, int]]) -> set[int]:
    """Indices of `cases` ((line, expression id)) on which `db` does not report that expression,
    in the block of all the lines (`block`) or on the line alone. A report belongs to the line
    its last byte is on."""
    if not cases:
        return set()
    encoded = [line.encode("utf-8", errors="surrogatepass") for line, _ in cases]
    data = block(encoded)

    def on_match(expr: int, _start: int, end: int, _flags: int, into: object) -> None:
        assert isinstance(into, list)
        into.append((end, expr))

    reports: list[tuple[int, int]] = []
    db.scan(data, match_event_handler=on_match, context=reports)
    found: set[tuple[int, int]] = set()
    index, counted = 0, 0
    for end, expr in sorted(reports):
        pos = max(end - 1, counted)
        index += data.count(b"\n", counted, pos)
        counted = pos
        found.add((index, expr))
    unseen = {n for n, (_, k) in enumerate(cases) if (n, k) not in found}
    for n, ((_, k), line) in enumerate(zip(cases, encoded, strict=True)):
        alone: list[tuple[int, int]] = []
        db.scan(line, match_event_handler=on_match, context=alone)
        if all(expr != k for _, expr in alone):
            unseen.add(n)
    return unseen


def block(lines: Sequence[bytes]) -> bytes:
    """`lines` as one block, each on a line of its own: joined by newlines, where a line that
    ends with one (a pattern that ends at a line's end) brings its own."""
    return b"".join(
        line if line.endswith(b"\n") or n == len(lines) - 1 else line + b"\n"
        for n, line in enumerate(lines)
    )
