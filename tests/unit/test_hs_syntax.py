"""Python patterns as Hyperscan source (wbdiag/rules/hs_syntax.py): the translation, byte mode
exact on every ASCII character against each class construct, the patterns `re` confirms (a
newline named, a long bounded repeat) and the ones refused."""

from __future__ import annotations

import re

import pytest

from tests.unit.matching_support import hs_matcher
from wbdiag.rules import hs_syntax
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.hs_syntax import Unsupported, hyperscan_pattern
from wbdiag.rules.matching import PatternSpec, ReMatcher


@pytest.mark.parametrize(
    ("regex", "ascii", "wide"),
    [
        (r"a\sb", r"a[\x09\x0b-\x0d\x1c-\x20]b", r"a[\s\x1c-\x1f\x{80}-\x{10FFFF}]b"),
        (r"\w+\d", r"\w+\d", r"[\w\x{80}-\x{10FFFF}]+[\d\x{80}-\x{10FFFF}]"),
        (r"\bx\B", r"\bx\B", r"x"),
        (r"[^\s]x{,3}", r"[^\x09-\x0d\x1c-\x20\n]x{0,3}", r"[^\s]x*"),
        (
            r"\S\W[\W]\D[a\D]",
            r"[^\x09-\x0d\x1c-\x20][^\w\n][\x00-\x09\x0b-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f][^\d\n][a\x00-\x09\x0b-\x2f\x3a-\x7f]",
            None,
        ),
        (r"a{2,5}?b{}", r"a{2,5}?b\{}", r"a*?b\{}"),
        (r"\Aline\Z", r"^line$", r"^line$"),
        (r"[[:alpha:]]", r"[\[:alpha:]]", r"[\[:alpha:]]"),
        (r"[]a]", r"[\]a]", r"[\]a]"),
        (r"\x41\u00e9\v", r"\x41é\x0b", r"\x41é\x0b"),
        (r"(?P<n>x)|(?i:y)", r"(?P<n>x)|(?i:y)", r"(?P<n>x)|(?i:y)"),
        # repeats bounded at LOOSE_REPEAT or more compile unbounded in byte mode too
        (r"a.{0,300}?b", r"a.*?b", r"a.*?b"),
        (r"a{1,1000}b{2,100}c{,99}", r"a+b{2,}c{0,99}", r"a*b*c*"),
        (r"x{128}[{0,300}]\{0,300\}", r"x{128,}[{0,300}]\{0,300\}", r"x*[{0,300}]\{0,300\}"),
    ],
)
def test_translation(regex: str, ascii: str, wide: str | None) -> None:
    assert hyperscan_pattern(regex) == ascii
    if wide is not None:
        assert hyperscan_pattern(regex, wide=True) == wide


# Every construct whose meaning could differ between the dialects, inside and outside classes.
CLASS_PATTERNS = [
    *(rf"x\{e}y" for e in "sSwWdD"),
    *(rf"x[\{e}]y" for e in "sSwWdD"),
    *(rf"x[^\{e}]y" for e in "swWdD"),
    *(rf"x[a\{e}-]y" for e in "sSwWdD"),
    r"x.y",
    r"x[^a]y",
    r"x[^]]y",
    r"\bx\B",
    r"(?i:x[a-c]y)",
]


@pytest.mark.parametrize("regex", CLASS_PATTERNS)
def test_byte_mode_is_exact_on_every_ascii_character(regex: str) -> None:
    """Line-exact byte mode (no confirmation): Hyperscan reports a line exactly when `re` matches
    it, for every ASCII character between x and y, and no match runs across a newline."""
    specs = [PatternSpec(regex)]
    assert hs_syntax.line_exact(regex)
    hs_m, re_m = hs_matcher(specs), ReMatcher(specs)
    lines = [f"x{chr(c)}y" for c in range(128) if c != 10] + ["x", "y", "xy", "yx", "ax-by"]
    block = LineBlock.from_lines(lines)
    got = [(n, i) for n, i, _ in hs_m.match_block(block)]
    assert got == [(n, i) for n, i, _ in re_m.match_block(block)]
    assert got == [(n, 0) for n, line in enumerate(lines) if re.search(regex, line)]
    assert hs_m.match_block(LineBlock(b"x\ny\n")) == []  # x, newline, y: never one match


@pytest.mark.parametrize("regex", [r"a\nb", r"a\x0ab", r"a\012b", r"(?s:a.b)", r"(?is)a.b"])
def test_patterns_that_name_a_newline_are_confirmed(regex: str) -> None:
    assert not hs_syntax.line_exact(regex)
    hs_m = hs_matcher([PatternSpec(regex), PatternSpec("b")])
    assert [(n, i) for n, i, _ in hs_m.match_block(LineBlock(b"a\nb\n"))] == [(1, 1)]


@pytest.mark.parametrize(
    ("regex", "fits", "beyond"),
    [
        (r"a.{0,100}b", "a" + "x" * 100 + "b", "a" + "x" * 101 + "b"),
        (r"a[^)]{1,150}b", "a" + "x" * 150 + "b", "a" + "x" * 151 + "b"),
        (r"ab{120}c", "a" + "b" * 120 + "c", "a" + "b" * 119 + "c"),
    ],
)
def test_long_bounded_repeats_are_confirmed(regex: str, fits: str, beyond: str) -> None:
    """Compiled unbounded (a superset), so `re` confirms: a line within the bound is reported,
    one outside it is not."""
    assert not hs_syntax.line_exact(regex)
    block = LineBlock.from_lines([fits, beyond, "a)b"])
    got = [(n, i) for n, i, _ in hs_matcher([PatternSpec(regex)]).match_block(block)]
    assert got == [(0, 0)] + ([(2, 0)] if re.search(regex, "a)b") else [])


@pytest.mark.parametrize("regex", ["\u212a", "\u017f", r"[^\S]", r"(?x) a # comment"])
def test_untranslatable_patterns_are_refused(regex: str) -> None:
    with pytest.raises(Unsupported):
        hyperscan_pattern(regex)
