"""The prefilter: both engines pick the same lines, and one instance serves many threads."""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.redact.hintlines import corpus_lines
from tests.redact.test_prefilter_hs import BLOCK
from wbdiag.redact import prefilter, prefiltercheck
from wbdiag.redact.prefilter import (
    ENV_ENGINE,
    EXACT,
    Prefilter,
    compile_ahead,
    lines_holding,
)
from wbdiag.redact.prefilterre import literal_trie

LINES = [
    "nothing here",
    "MYSQL_PASSWORD=abc",
    "",
    "Bearer token follows",
    "ünïcode line with SeCrEt inside",
    "exact Known-Value-99 here",
    "another plain line",
]


@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_engines_pick_the_same_lines(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    pf = Prefilter([(["password", "bearer"], []), (["secret"], [])], ["Known-Value-99"])
    assert pf.engine == engine
    found = pf.lines(LINES)
    assert set(found) == {1, 3, 4, 5}
    if engine == "hyperscan":  # it also says which group matched
        assert found == {1: {0}, 3: {0}, 4: {1}, 5: {EXACT}}


def test_one_prefilter_many_threads() -> None:
    pf = Prefilter([(["password"], [r"password\s*="])], ["Known-Value-99"])
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                assert set(pf.lines(LINES)) == {1, 5}
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text("abcAB$-: ", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text("abcAB$-: \n", max_size=80),
)
def test_literal_trie_matches_where_the_flat_alternation_does(words: list[str], text: str) -> None:
    """The prefix tree finds a hint at the same first position as `a|b|c` (the lines it picks
    are the same), whatever the overlaps between hints."""
    lowered = sorted({w.lower() for w in words})
    flat = re.compile("|".join(re.escape(w) for w in lowered), re.IGNORECASE)
    tree = re.compile(literal_trie(lowered), re.IGNORECASE)
    first_flat = flat.search(text)
    first_tree = tree.search(text)
    assert (first_flat is None) == (first_tree is None)
    if first_flat is not None and first_tree is not None:
        assert first_tree.start() == first_flat.start()


def test_compile_ahead_is_the_database_a_prefilter_then_uses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    groups = [(["warmup-only-hint"], []), ([], [r"warm[0-9]{3}up"])]
    exprs, ids = prefilter.expressions(groups)
    assert exprs == [b"warmup\\-only\\-hint", b"warm[0-9]{3}up"] and ids == [0, 1]
    thread = compile_ahead(groups)
    assert thread is not None
    thread.join(30)
    compiled = prefiltercheck._compiled_db(tuple(exprs))  # cached: the thread's database
    pf = Prefilter(groups)
    assert pf._dbs[0][0] is compiled.dbs[0][0] and compiled.everywhere == ()
    assert pf.lines(["x", "a warm123up line", "warmup-only-hint"]) == {1: {1}, 2: {0}}


def test_compile_ahead_without_hyperscan_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, "re")
    assert compile_ahead([(["password"], [])]) is None


@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_by_pattern_names_the_same_groups(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With `by_pattern` both engines name the groups whose patterns match: a line that holds a
    literal hint but matches no pattern is no candidate, and `\\s` is ASCII's (a no-break space
    after the colon is a character like any other, as Hyperscan reads bytes)."""
    monkeypatch.setenv(ENV_ENGINE, engine)
    groups = [
        (["password"], [r"password:[ \t]*[^\s]"]),
        (["token"], [r"token=[0-9a-f]{8}"]),
    ]
    pf = Prefilter(groups, ["Known-Value-99"], by_pattern=True)
    lines = [
        "password: hunter2x",
        "password is required",  # the hint, not the pattern
        "token=deadbeef and password:\u00a0 abcdefgh",
        "token=nothex!!",
        "plain Known-Value-99",
    ]
    assert pf.lines(lines) == {0: {0}, 2: {0, 1}, 4: {EXACT}}


@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_lines_holding_are_the_lines_with_a_word(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both engines name exactly the lines that hold one of the words, on the corpus's blocks."""
    monkeypatch.setenv(ENV_ENGINE, engine)
    lines = corpus_lines()
    words = ('ata"', 'ody"', "encryptedData:", "ü")
    found = 0
    for start in range(0, len(lines), BLOCK):
        block = lines[start : start + BLOCK]
        expected = [i for i, line in enumerate(block) if any(w in line for w in words)]
        assert lines_holding("\n".join(block), words) == expected
        found += len(expected)
    assert found > 0
