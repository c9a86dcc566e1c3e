"""The rules matcher's Hyperscan self-check (wbdiag/rules/hs_check.py): a pattern its database
misses on lines made from it is matched by `re`. The reproducers are the redactor's
(tests/redact/test_prefilter_hsguard.py) as rule patterns; both fail on a matcher without the
check."""

from __future__ import annotations

import pytest

from wbdiag.rules import hs_check, linear, matching
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.engine import scan_patterns
from wbdiag.rules.loader import load_pack
from wbdiag.rules.matching import PatternSpec, build_matcher

# Hyperscan 5.4 (the `fast` extra's build) reports no match of this pattern, alone in its
# database, once 16 or more characters stand between `secret` and `| base64`
GAP_MISS = r"secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)"
GAP_LINE = "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"

# ... and of the first of these only beside the other three, once the match starts 14 or more
# characters into its line
BESIDE = [
    r"(?:show|get|print|reveal|read)-[a-z-]{0,24}(?:secret|password|token)",
    r"securestringto|convertfrom-securestring[^\n]*-asplaintext|getnetworkcredential",
    r"vault[^\n]*transit/decrypt/",
    r"(?:echo|printf|printenv)[ \t][^\n|]*[$a-z_](?:pass|secret|token|key|auth|cred)",
]


@pytest.fixture
def hyperscan(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setenv(matching.ENV_ENGINE, "hyperscan")


@pytest.mark.usefixtures("hyperscan")
@pytest.mark.parametrize("ignore_case", [True, False])
def test_a_pattern_the_database_misses_is_still_found(ignore_case: bool) -> None:
    matcher = build_matcher([PatternSpec(r"nothing"), PatternSpec(GAP_MISS, ignore_case)])
    assert matcher.engine == "hyperscan"
    assert [i for i, _ in matcher.match(GAP_LINE)] == [1]
    ascii_block = LineBlock.from_lines(["plain", GAP_LINE, "nothing here"])
    assert [(n, i) for n, i, _ in matcher.match_block(ascii_block)] == [(1, 1), (2, 0)]
    wide_block = LineBlock.from_lines(["é", GAP_LINE, "nothing here"])
    hits = matcher.match_block(wide_block)
    assert [(n, i) for n, i, _ in hits] == [(1, 1), (2, 0)]
    assert hits[0][2].group(0).endswith("| base64 -d")


@pytest.mark.usefixtures("hyperscan")
def test_a_pattern_missed_beside_others_is_still_found() -> None:
    matcher = build_matcher([PatternSpec(rx, True) for rx in BESIDE])
    line = "$ pulumi config --show-secrets"
    assert [i for i, _ in matcher.match(line)] == [0]
    assert [(n, i) for n, i, _ in matcher.match_block(LineBlock.from_lines(["x", line]))] == [
        (1, 0)
    ]


def test_cases_are_lines_of_their_mode() -> None:
    specs = [PatternSpec(r"passwor[dt]"), PatternSpec(r"пароль="), PatternSpec(r"x\r")]
    narrow = hs_check.cases(specs, wide=False)
    assert {k for _, k in narrow} == {0}  # a line ending in CR never reaches a block
    assert {k for _, k in hs_check.cases(specs, wide=True)} == {0, 1}


@pytest.mark.usefixtures("hyperscan")
def test_every_shipped_pattern_passes_the_check_or_goes_to_re() -> None:
    """Every line made from a pattern of the shipped scan (the pack's log conditions and the
    miner's candidate branches) that RE2 matches is found with that pattern, on ASCII blocks and
    on blocks with non-ASCII bytes."""
    specs = scan_patterns(load_pack(trust_stamp=True))
    matcher = build_matcher(specs)
    assert matcher.engine == "hyperscan"
    for wide in (False, True):
        cases = [
            (line, k)
            for line, k in hs_check.cases(specs, wide)
            if linear.compile_any(specs[k].regex, specs[k].ignore_case).search(line)
        ]
        if wide:  # every pattern has a line (a few only non-ASCII ones)
            assert {k for _, k in cases} == set(range(len(specs)))
        lines = [line for line, _ in cases] + (["é"] if wide else [])
        found = {(n, i) for n, i, _ in matcher.match_block(LineBlock.from_lines(lines))}
        lost = [(line, specs[k].regex) for n, (line, k) in enumerate(cases) if (n, k) not in found]
        assert not lost
