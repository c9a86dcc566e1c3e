"""The rules matcher's Hyperscan databases check themselves when they compile (matching.py).

The Hyperscan build the `fast` extra ships (5.4) has missed matches that `re` finds on a single
line: a gap repeat spanning 16 or more characters, or a match starting 14 or more characters
into the line beside certain other patterns of the database (docs/redaction.md, "Hyperscan").
A miss in the rules matcher is a finding support never sees, so each database scans lines made
from each of its patterns (wbdiag/hsexamples.py: repeats at their least and stretched, after
other text), once as one block, as `match_block` scans, and each line alone, as `match` does. A
pattern not reported on a line of its own that RE2 (the reference, linear.py) matches is missed:
the matcher hands it to `re` for every block that database scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wbdiag.hsexamples import candidates
from wbdiag.hsselfcheck import unreported
from wbdiag.rules import linear

if TYPE_CHECKING:
    from wbdiag.rules.matching import PatternSpec


def cases(specs: Sequence[PatternSpec], wide: bool) -> list[tuple[str, int]]:
    """(line, pattern index) of the lines made from each pattern that a database of this mode
    scans: ASCII lines for the byte-mode one, any for the UTF-8 one. A line ending in a CR is
    left out: blocks never hold one (blocks.py drops it)."""
    out: list[tuple[str, int]] = []
    for k, spec in enumerate(specs):
        for line in candidates(spec.regex):
            if line.endswith("\r") or not (wide or line.isascii()):
                continue
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: never in a block
                continue
            out.append((line, k))
    return out


def misses(db: Any, specs: Sequence[PatternSpec], lines: Sequence[tuple[str, int]]) -> set[int]:
    """The patterns `db` does not report on a line of `lines` made from them that RE2 matches,
    scanned as one block and each alone."""
    unseen = unreported(db, lines)
    missed: set[int] = set()
    reference: dict[int, linear.Pattern] = {}
    for n in sorted(unseen):
        line, k = lines[n]
        if k in missed:
            continue
        if k not in reference:
            reference[k] = linear.compile_any(specs[k].regex, specs[k].ignore_case)
        if reference[k].search(line) is not None:  # a line the generator made that matches
            missed.add(k)
    return missed
