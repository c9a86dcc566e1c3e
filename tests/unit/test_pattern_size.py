"""Every pattern the scan and the error miner compile in each `analyze` stays small as RE2
programs: a Unicode class repeated hundreds of times (`[\\w.]{0,200}`) grew one branch to half a
million instructions, took RE2 a second and Hyperscan past the hostile tests' 500 MB to compile,
and the compile's CPU counted against the analysis budget. Program size, not time: it does not
depend on the machine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol, cast

from wbdiag.rules import error_confirm, linear
from wbdiag.rules.portable_regex import check_portable, split_alternatives

ROOT = Path(__file__).resolve().parents[2]
# the largest today is about 85,000 (a bucket name's bounded repeat of a word class)
MAX_PROGRAM = 200_000


class _Re2Program(Protocol):
    """What google-re2's compiled pattern has beyond `linear.Pattern`."""

    @property
    def programsize(self) -> int: ...


def _sizes(patterns: list[tuple[str, bool]]) -> list[tuple[int, str]]:
    sizes = []
    for regex, ignore_case in patterns:
        try:
            program = linear.compile(regex, ignore_case)
        except linear.NotLinear:
            continue  # Python's `re` runs it (lookaround): no RE2 program
        assert linear.ENGINE == "re2", "program sizes are RE2's"
        sizes.append((cast(_Re2Program, program).programsize, regex))
    assert sizes
    return sizes


def test_the_scan_patterns_are_small_programs() -> None:
    doc = json.loads((ROOT / "rules" / "scan-patterns.json").read_text(encoding="utf-8"))
    patterns = [(p["regex"], bool(p["ignore_case"])) for p in doc["patterns"]]
    large = [(n, r) for n, r in _sizes(patterns) if n > MAX_PROGRAM]
    assert not large, large


def test_the_miner_confirmation_branches_are_small_programs() -> None:
    branches = split_alternatives(error_confirm._CONFIRM.pattern)
    fast = [(b, False) for b in branches if check_portable(b) is None]
    large = [(n, r) for n, r in _sizes(fast) if n > MAX_PROGRAM]
    assert not large, large


def test_a_repeated_unicode_class_is_caught() -> None:
    # the check can fail: the shape that grew the program
    ((n, _),) = _sizes([(r'Cannot query field "[_A-Za-z][\w.]{0,200}" on type', False)])
    assert n > MAX_PROGRAM
