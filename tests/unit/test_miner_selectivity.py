"""The error miner's candidate pattern must stay selective on routine logs: every candidate line
costs the miner tens of microseconds, so a branch that also matches a routine line (MySQL's
`[Note] Aborted connection … (Got an error reading communication packets)` once made 3.8% of the
bench mix candidates, and analyze of 1 GiB four times slower) shows up here as a count, not as a
timing."""

from __future__ import annotations

import random

import pytest

from bench import make_bundle
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.unrecognised import TemplateMiner

# the bench mix without its error lines: only signatures (1 in 5000) and the odd panic remain
MAX_SHARE = 0.002


@pytest.mark.parametrize("kind", sorted(make_bundle.KINDS))
def test_routine_lines_are_rarely_error_candidates(kind: str) -> None:
    data = make_bundle.make_log(random.Random(3), make_bundle.KINDS[kind], 1_000_000, 0.0)
    lines = data.decode().splitlines()
    matcher = build_matcher([TemplateMiner().pattern])
    candidates = [line for line in lines if matcher.match(line)]
    assert len(candidates) <= MAX_SHARE * len(lines), candidates[:5]
