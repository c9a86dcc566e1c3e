"""The rules matcher's Hyperscan databases check themselves when they compile (matching.py).

The Hyperscan build the `fast` extra ships (5.4) has missed matches that `re` finds on a single
line: a gap repeat spanning 16 or more characters, or a match starting 14 or more characters
into the line beside certain other patterns of the database (docs/redaction.md, "Hyperscan").
A miss in the rules matcher is a finding support never sees, so each database scans lines made
from each of its patterns (wbdiag/hsexamples.py: repeats at their least and stretched, after
other text), once as one block, as `match_block` scans, and each line alone, as `match` does. A
pattern not reported on a line of its own that RE2 (the reference, linear.py) matches is missed:
the matcher hands it to `re` for every block that database scans.

The answer depends only on the patterns (their Hyperscan forms and flags, and the RE2 forms that
judge a line), the engine's build and mode, and the modules that make, scan and judge the lines;
for the shipped pack's scan databases, byte-mode and UTF-8, wbdiag/hs-selfcheck.json records it
under the hash of them all (`key`, hsstamp.py, beside the redactor's), and a database it
records makes and scans no lines. `python -m wbdiag.hsstamp` records it again after a rule's
pattern changes (tests/redact/test_hsstamp.py fails until then).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wbdiag import hsstamp
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


# the modules whose lines, scan and judgement decide the check's answer
CHECK_SOURCES = (*hsstamp.CHECK_SOURCES, "rules/hs_check.py")


def key(
    sources: Sequence[bytes], flags: Sequence[int], specs: Sequence[PatternSpec], info: bytes
) -> str:
    """The hash a database's check is recorded under (hsstamp.key): each pattern's Hyperscan
    form and flags as compiled (the mode among them), and the RE2 form that judges its lines."""
    exprs = [
        b"%d\0%d\0%d\0%s%s"
        % (flag, spec.ignore_case, len(source), source, spec.regex.encode("utf-8", "surrogatepass"))
        for source, flag, spec in zip(sources, flags, specs, strict=True)
    ]
    return hsstamp.key(exprs, 0, info, CHECK_SOURCES)


def missed(db: Any, specs: Sequence[PatternSpec], wide: bool, digest: str) -> frozenset[int]:
    """The patterns `db` misses: the answer hsstamp.py records under `digest`, else the full
    check's."""
    recorded = hsstamp.recorded(digest)
    if recorded is not None:
        return frozenset(recorded[0])
    return frozenset(misses(db, specs, cases(specs, wide)))


def shipped() -> dict[str, hsstamp.Result]:
    """The full check of the shipped pack's scan databases, byte-mode and UTF-8, by their hashes
    (hsstamp.py's developer command); nothing without Hyperscan."""
    from wbdiag.rules.engine import scan_patterns
    from wbdiag.rules.hs_compile import compile_all, load_hyperscan
    from wbdiag.rules.loader import load_pack

    hs = load_hyperscan()
    if hs is None:
        return {}
    specs = scan_patterns(load_pack(trust_stamp=True))
    out: dict[str, hsstamp.Result] = {}
    for wide in (False, True):
        compiled = compile_all(hs, specs, wide)
        out[compiled.key] = (tuple(sorted(misses(compiled.db, specs, cases(specs, wide)))), ())
    return out
