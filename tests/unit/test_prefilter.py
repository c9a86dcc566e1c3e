"""Required literals (wbdiag/rules/prefilter.py): the needles a pattern's every match holds, and
the `re` engine's block matching built on them finds exactly what every pattern on every line
finds, including on text made to sit next to the needles."""

from __future__ import annotations

import copy
import functools
import random
import re
from typing import Any

import pytest

from tests.unit import matching_support
from tests.unit.test_matching import TRICKY
from wbdiag.rules import linear
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.matching import PatternSpec, ReMatcher
from wbdiag.rules.prefilter import CASELESS_NON_ASCII, Needle, NeedlePlan, requirement


def test_the_ascii_letters_non_ascii_text_can_match_caselessly() -> None:
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = set(re.findall("[a-z]", everything, re.IGNORECASE))
    letters = {a for ch in found for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, ch, re.I)}
    assert letters == CASELESS_NON_ASCII


@functools.cache
def _specs() -> tuple[PatternSpec, ...]:
    """The scanner's patterns and TRICKY, built once: the pack loads in seconds, and every seed
    of the tests below reads the same patterns."""
    return (*matching_support.scanner_specs(), *TRICKY)


def needles(regex: str, ignore_case: bool = False, ascii_text: bool = True) -> set[str]:
    req = requirement(regex, ignore_case, ascii_text)
    assert req is not None
    return {("i:" if n.caseless else "") + n.text.decode() for n in req.primary}


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"Access denied for user '(?P<u>[^']*)'", {"Access denied for user '"}),
        (r"<Response \[401\]>", {"<Response [401]>"}),
        (r"\[(?:error|crit)\]", {"[error]", "[crit]"}),  # small alternations are spelled out
        (
            r"x509: certificate (?:signed|expired)",
            {"x509: certificate signed", "x509: certificate expired"},
        ),
        (r"(?P<s>5\d\d) encountered \(.{0,200}\), retrying", {" encountered ("}),
        (r"Content-M[Dd]5 you", {"Content-MD5 you", "Content-Md5 you"}),
        (r"(?i:connection refused)", {"i:connection refused"}),
    ],
)
def test_needles(regex: str, expected: set[str]) -> None:
    assert needles(regex) == expected


def test_caseless_needles_fold_within_ascii_only_on_ascii_text() -> None:
    # 'k' and 's' also match the Kelvin sign and long s: on other text they cannot be needles
    assert needles("broken link", ignore_case=True) == {"i:broken link"}
    (other,) = needles("broken link", ignore_case=True, ascii_text=False)
    assert other in ("i:bro", "i:en l")
    assert requirement(r"\d+ms", False, True) is None  # nothing rare enough: every line


def test_a_check_needle_narrows_common_ones() -> None:
    req = requirement(r'level"?\s*[:=]\s*"?(?i:error|fatal)', False, True)
    assert req is not None and req.check is not None
    assert {n.text for n in req.primary} == {b"level"}
    assert {n.text for n in req.check} == {b"error", b"fatal"}
    plan = NeedlePlan([req])
    block = b'{"level":"info"}\n{"level":"ERROR"}\nlevel fatal\n'
    assert sorted(block.count(b"\n", 0, p) for p, _ in plan.candidates(block)) == [1, 2]


def test_shared_substrings_search_once_for_several_patterns() -> None:
    reqs = [requirement(p, False, True) for p in (r"<Response \[401\]>", r"<Response \[413\]>")]
    plan = NeedlePlan(reqs)
    assert [s[0] for s in plan.searches] == [Needle(b"<Response [4", False)]
    found = plan.candidates(b"a <Response [401]>\nb <Response [403]>\nc <Response [413]>\n")
    assert sorted((p, pats) for p, pats in found) == [(2, (0,)), (40, (1,))]


def brute(specs: list[PatternSpec], lines: list[str]) -> list[tuple[int, int, tuple[int, int]]]:
    """Each pattern on each line, in `re`; a pattern with a word boundary in RE2, whose `\\b`
    looks at ASCII word characters only (no boundary inside "caféerr" for `re`, one for RE2)."""
    compiled = _brute_compiled(tuple(specs))
    out = []
    for n, line in enumerate(lines):
        for i, rx in enumerate(compiled):
            m = rx.search(line)
            if m:
                out.append((n, i, m.span()))
    return out


@functools.cache
def _brute_compiled(specs: tuple[PatternSpec, ...]) -> list[Any]:
    # compiled once for every seed: more patterns than `re` caches, so compiling per line (or
    # per seed) compiles every time
    return [
        linear.compile_any(s.regex, s.ignore_case)
        if "\\b" in s.regex or "\\B" in s.regex
        else re.compile(s.regex, re.I if s.ignore_case else 0)
        for s in specs
    ]


def fragments(specs: list[PatternSpec]) -> list[str]:
    """Pieces of the patterns' literal text, to build lines that nearly (or do) match."""
    out = []
    for s in specs:
        for part in re.split(r"[\\()\[\]?*+{}|.^$]", s.regex):
            if len(part) >= 2:
                out.append(part)
    return out


def _random_lines(
    rng: random.Random, specs: list[PatternSpec], count: int, upper_share: float
) -> list[str]:
    """Lines of pattern fragments in mixed case, with non-ASCII look-alikes between them."""
    pieces = [*fragments(specs), " ", "ſ", "\u212a", "İ", "é", "\t", '"', "'", "5", "4"]
    lines = []
    for _ in range(count):
        words = [rng.choice(pieces) for _ in range(rng.randrange(1, 9))]
        words = [w.upper() if rng.random() < upper_share else w for w in words]
        lines.append("".join(words).replace("\n", " "))
    return lines


@pytest.mark.parametrize("seed", range(6))
def test_re_blocks_match_exactly_what_every_pattern_on_every_line_matches(seed: int) -> None:
    specs = list(_specs())
    lines = _random_lines(random.Random(seed), specs, 400, upper_share=0.2)
    block = LineBlock.from_lines(lines)
    got = [(n, i, m.span()) for n, i, m in ReMatcher(specs).match_block(block)]
    assert got == brute(specs, lines)
    assert got, "the lines do match: the comparison is not vacuous"


def test_every_shipped_pattern_gets_needles() -> None:
    """The rules' patterns and the miner's candidate patterns, as the scanner matches them."""
    missing = [
        s.regex
        for s in _specs()[: -len(TRICKY)]
        if requirement(s.regex, s.ignore_case, True) is None
    ]
    assert not missing, "these would be tried on every line with the re engine"


@functools.cache
def _plan(ascii_text: bool) -> NeedlePlan:
    return NeedlePlan([requirement(s.regex, s.ignore_case, ascii_text) for s in _specs()])


class _GaveUp:
    """An RE2 set that failed on the block (RE2 out of memory): no answer at all."""

    def Match(self, data: bytes) -> None:  # RE2's method name
        return None


@pytest.mark.parametrize("seed", range(4))
def test_the_re2_presence_set_only_skips_needles_a_block_lacks(seed: int) -> None:
    """Candidates with the RE2 set of needles are those of searching every needle, on random
    lines of pattern fragments in mixed case with non-ASCII look-alikes; and a set that gives
    no answer means every needle is searched."""
    specs = list(_specs())
    lines = _random_lines(random.Random(seed), specs, 300, upper_share=0.3)
    data = LineBlock.from_lines(lines).data
    # one plan's build per kind of text, copied for each variant: a block replans on its own
    # copy (`_plan` sets fresh lists), and the variants differ only in `_presence`
    with_set = copy.copy(_plan(data.isascii()))
    searched_all, gave_up = copy.copy(with_set), copy.copy(with_set)
    assert with_set._presence is not None  # google-re2 is a dependency
    searched_all._presence = None
    gave_up._presence = _GaveUp()
    expected = sorted(searched_all.candidates(data))
    assert expected, "the lines hold needles: the comparison is not vacuous"
    assert sorted(with_set.candidates(data)) == expected
    assert sorted(gave_up.candidates(data)) == expected
    present = with_set._present(data)
    assert present is not None and len(present) < len(with_set._needles)
