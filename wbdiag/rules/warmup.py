"""Compiling the shipped pack's log patterns before the pack is loaded.

`wbdiag analyze` spends its first ~0.25 s on one core importing its modules and loading the rule
pack, and then ~0.2 s compiling the Hyperscan database of the pack's log patterns. The compile
needs only the patterns, and Hyperscan releases the GIL while it compiles: `wbdiag rules validate
--stamp` records the patterns the scan of the shipped pack uses (PATTERNS_FILE, next to the
schema stamp, stamp.py), and `analyze` starts compiling them on a thread first thing, so the
imports and the pack load run beside it (matching.compile_ahead).

Only speed depends on the file: the scan uses that database only when the loaded pack asks for
exactly those patterns (matching.build_matcher compares them); a missing or stale file costs
the compile's time, never a finding. `wbdiag rules test` fails on a stale one (selftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from wbdiag import resources
from wbdiag.rules.matching import PatternSpec, compile_ahead

PATTERNS_FILE = "scan-patterns.json"


def recorded(root: Path | None = None) -> list[PatternSpec] | None:
    """The patterns PATTERNS_FILE holds, or None when it is missing or unreadable."""
    path = (root or resources.rules_dir()) / PATTERNS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
        return [PatternSpec(str(p["regex"]), bool(p["ignore_case"])) for p in data["patterns"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(root: Path, patterns: list[PatternSpec]) -> Path:
    path = root / PATTERNS_FILE
    about = (
        "the shipped pack's scan patterns, compiled ahead by `wbdiag analyze` "
        "(wbdiag/rules/warmup.py); written by `wbdiag rules validate --stamp`"
    )
    rows = ",\n".join(
        "  " + json.dumps({"regex": p.regex, "ignore_case": p.ignore_case}, ensure_ascii=False)
        for p in patterns
    )  # one pattern per line: a rule change shows as a one-line diff
    path.write_text(f'{{"about": {json.dumps(about)},\n "patterns": [\n{rows}\n]}}\n', "utf-8")
    return path


def start() -> None:
    """Start compiling the recorded patterns of the shipped pack (nothing when there are none)."""
    patterns = recorded()
    if patterns:
        # the UTF-8 database waits for the first non-ASCII block (about 0.6 CPU s an all-ASCII
        # bundle never pays), a compile the pass's work budget leaves out (firstuse.py)
        compile_ahead(patterns)
