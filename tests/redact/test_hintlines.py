"""The literals every match of a hint pattern holds (hsexamples.required) and the lines that hold
them (hintlines.FoldedLines), by which the Hyperscan hint check (test_prefilter_hs.py) runs `re`
on a corpus line only where the pattern can match: a line they leave out would be a line that
check never looks at, so they must keep every line `re` matches."""

from __future__ import annotations

import functools
import re

import pytest

from tests.redact.hintlines import FoldedLines, corpus, screen
from tests.redact.test_prefilter_hs import gate_groups, redactor_groups
from wbdiag.hsexamples import examples, required
from wbdiag.redact.prefilter import expressions
from wbdiag.redact.prefilterre import _re_form


def test_required_literals_of_each_construct() -> None:
    # a run, broken by an optional letter, a class, a repeat of none or more
    assert required(r"secrets?\b[^\n]*\|[ \t]*base64") == [{"secret"}, {"|"}, {"base64"}]
    # a branch: one literal of each alternative, a word spelled with the run after it
    assert required(r"^[ \t]*(?:api|hmac):[ \t]*$") == [{"api", "hmac"}, {":"}, {"api:", "hmac:"}]
    assert required(r"(?:api|ke?y):") == [{"api", "k"}, {":"}]
    assert required(r"ab|") == []  # an empty alternative: nothing is required
    # an optional group or a repeat of none or more requires nothing; one or more, its own
    assert required(r"(?:to)?ken=") == [{"ken="}]
    assert required(r"(?:ab)*cd") == [{"cd"}]
    assert required(r"(?:abc|d)+ef") == [{"abc", "d"}, {"ef"}]
    assert required(r"x{2,3}yz") == [{"x"}, {"yz"}]
    # a class of single characters is a set; a negated one, `.` or a lookahead requires nothing
    assert required(r"[-_]key[^a].x") == [{"-", "_"}, {"key"}, {"x"}]
    assert required(r"(?=abc)d") == [{"d"}]
    # lower case, also where a group matches case: the lines are lowered too
    assert required(r"PassWord") == [{"password"}]
    assert required(r"(?-i:Ab)C") == [{"ab"}, {"c"}, {"abc"}]
    # non-ASCII letters lowered one by one (a capital sigma is `σ`, wherever it stands)
    assert required(r"ΚΩΔΙΚΌΣ|密码") == [{"κωδικόσ", "密码"}]
    assert required(r"İd") == [{"i\u0307d"}]


def test_lines_are_lowered_as_the_literals_are() -> None:
    lines = ["ΚΩΔΙΚΌΣ: x", "κωδικός: x", "İD=1", "PASSWORD=x", "pass word", "Ab", "no"]
    found = FoldedLines(lines)
    for pattern, matched in [
        (r"ΚΩΔΙΚΌΣ", [0]),  # (`str.lower` of the line would end it in `ς`)
        (r"κωδικός", [1]),
        (r"İd", [2]),
        (r"pass(?:word)?", [3, 4]),
        (r"(?-i:Ab)", [5]),
    ]:
        rx = _re_form(pattern.encode())
        assert [k for k, line in enumerate(lines) if rx.search(line)] == matched
        assert set(matched) <= set(found.candidates(rx.pattern))
    assert found.candidates(r"pass(?:word)?") == [3, 4]


def test_words_looked_up_together_are_found_as_one_by_one() -> None:
    """`look_up` (one pass of an RE2 set of the words) finds, for each word, the lines a search
    of the text for that word alone finds: words inside others, at a line's start and end, of
    one character, beyond ASCII, several in one line, in none."""
    pytest.importorskip("re2")  # a default dependency of wbdiag where it has wheels
    lines = ["password=x", "PASS word", "ΚΩΔΙΚΌΣ: 密码", "x | base64 -d", "", "pw", "nothing"]
    words = ["pass", "password", "word", "pw", "|", "κωδικόσ", "密码", "-d", "base64", "absent"]
    one_by_one = FoldedLines(lines)
    expected = {word: one_by_one.holding(frozenset([word])) for word in words}
    together = FoldedLines(lines)
    together.look_up(words)
    assert {word: together.holding(frozenset([word])) for word in words} == expected
    assert expected["pass"] == {0, 1} and expected["密码"] == {2} and not expected["absent"]


@functools.cache
def _hint_patterns() -> list[re.Pattern[str]]:
    """Both databases' hint patterns as the engines agree to read them (prefilterre._re_form)."""
    exprs = [*expressions(redactor_groups())[0], *expressions(gate_groups())[0]]
    return [_re_form(expr) for expr in exprs]


def test_every_line_made_from_a_hint_pattern_is_a_candidate() -> None:
    """The lines hsexamples makes from every hint pattern of both databases (short and
    stretched, through every alternative) that the pattern matches are all its candidates, and
    RE2's screen (hintlines.screen) keeps every one."""
    pytest.importorskip("re2")  # a default dependency of wbdiag where it has wheels
    checked = screened = 0
    for rx in _hint_patterns():
        lines = [line for line in examples(rx.pattern) if rx.search(line) and "\n" not in line]
        if lines:
            assert FoldedLines(lines).candidates(rx.pattern) == list(range(len(lines))), rx
            checked += 1
            may_match = screen(rx)
            if may_match is not None:
                assert may_match(lines) == list(range(len(lines))), rx
                screened += 1
    assert checked > 900
    assert screened > 900  # (RE2 screens most of them)


def test_the_screen_leaves_to_re_what_re2_reads_otherwise() -> None:
    pytest.importorskip("re2")
    for pattern in [r"(?<![\w])key", r"(a)\1", r"\Akey", r"key\Z", r"ke{,2}y"]:
        assert screen(_re_form(pattern.encode())) is None, pattern
    # RE2 folds `ſ` to `s` and the Kelvin sign to `k`, `re` with ASCII does not
    for pattern in ["[^ſ]ecret", "[^\u212a]ey", "[^Ā-ɏ]ecret", "[^!-é]"]:
        assert screen(_re_form(pattern.encode())) is None, pattern
    assert _re_form("[^ſ]ecret".encode()).search("secret")
    pointed = screen(_re_form("key[→:]".encode()))  # (elsewhere a character past ASCII is kept)
    assert pointed is not None and pointed(["KEY:", "key="]) == [0]
    may_match = screen(_re_form(rb"secret[ \t]*[:=]\s*\w{8}"))
    assert may_match is not None
    # a vertical tab is `re`'s `\s`, not RE2's; a line beyond ASCII, `re`'s to decide
    lines = ["secret = abc", "SECRET = abcd1234", "secret=\vabcd1234", "secret = ab·", "x"]
    assert may_match(lines) == [1, 2, 3]
    assert screen(re.compile(r"\s")) is None  # (Unicode classes: `re`'s)


def test_the_screen_reads_each_line_alone() -> None:
    """The lines joined: a match never runs from one line into the next, `^` and `$` are each
    line's ends, and `\b` reads a line's edge as its own."""
    pytest.importorskip("re2")
    for pattern, lines in [
        (rb"secret[^x]*token", ["secret", "token", "a secret token"]),
        (rb"secret\s+token", ["secret", "token", "secret  token"]),
        (rb"^key=[^\n]*$", ["a key=1", "key=2", "key=3 b"]),
        (rb"\bkey\b", ["akey", "key", "key_", "(key)"]),
        (rb"\Bey\B", ["key", "keys", "ey", "k ey"]),
    ]:
        rx = _re_form(pattern)
        may_match = screen(rx)
        assert may_match is not None, pattern
        every = [k for k, line in enumerate(lines) if rx.search(line)]
        assert every and may_match(lines) == every, pattern


# patterns of each kind the check meets: a long alternation of words (with and without a
# prefix before it), words in scripts with and without case, spaced hex, a class's letters
WHOLE_CORPUS = [
    "(?:pass|pw|secret|token|key|licen|credential|",
    "-[A-Za-z0-9_.\\-]*(?:pass|pw|",
    "(?:كلمة\\ المرور",
    "70617373|70\\ 61\\ 73\\ 73",
    "[a-z_][0-9 .-]*[,\\t]",
    "gl(?:pat|oas|dt",
]


def _pattern(start: str) -> re.Pattern[str]:
    return next(rx for rx in _hint_patterns() if rx.pattern.startswith(start))


@functools.cache
def _whole_corpus() -> FoldedLines:
    """The corpus with the literals of the patterns above looked up together (`look_up`), as
    the Hyperscan hint check looks up its patterns'."""
    found = corpus()
    found.look_up(
        w for start in WHOLE_CORPUS for ws in required(_pattern(start).pattern) for w in ws
    )
    return found


@pytest.mark.parametrize("start", WHOLE_CORPUS)
def test_candidates_keep_every_corpus_line_the_pattern_matches(start: str) -> None:
    rx = _pattern(start)
    found = _whole_corpus()
    every = [k for k, line in enumerate(found.lines) if rx.search(line)]
    assert every
    candidates = found.candidates(rx.pattern)
    assert len(candidates) < len(found.lines)  # (the literals leave lines out)
    assert [k for k in candidates if rx.search(found.lines[k])] == every
    may_match = screen(rx)
    if may_match is not None:  # (RE2's screen keeps them too)
        assert set(every) <= set(may_match(found.lines))
