"""The recorded self-check of the prefilter's and the rules matcher's Hyperscan databases
(wbdiag/hsstamp.py): the stamp must hold this build's full check of every shipped hint set and
of the rule pack's scan databases, and a database it does not record runs the full check."""

from __future__ import annotations

import pytest

from wbdiag import hsstamp
from wbdiag.hsexamples import examples
from wbdiag.redact import prefiltercheck
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter
from wbdiag.rules import hs_check, hs_compile, matching
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.matching import PatternSpec, build_matcher

pytest.importorskip("hyperscan")

# Hyperscan 5.4 reports no match of this pattern, alone in its database, once 16 or more
# characters stand between `secret` and `| base64` (test_prefilter_hsguard.py)
GAP_MISS = r"secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)"
MISSED_LINE = "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"


def _count_lines_made(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Replace `module.name`, a check's line maker, by one that makes the same lines and records
    the patterns it made them from (in the list returned, filled as the check runs)."""
    made: list[str] = []

    def counted(pattern: str) -> list[str]:
        made.append(pattern)
        return examples(pattern)

    monkeypatch.setattr(module, name, counted)
    return made


def test_the_stamp_holds_the_full_check_of_every_shipped_hint_set() -> None:
    """Fails after a change to a hint pattern, a rule's log pattern, the line maker or the
    engine's build until `python -m wbdiag.hsstamp` records the check again."""
    shipped = hsstamp.shipped()
    assert len(shipped) == 5  # three hint sets; the rule pack's byte-mode and UTF-8 databases
    for digest, result in shipped.items():
        assert hsstamp.recorded(digest) == result, "stale: run python -m wbdiag.hsstamp"


def test_a_recorded_check_is_used_and_makes_no_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    exprs = (b"nothing", GAP_MISS.encode())
    digest, result = prefiltercheck.self_check(exprs)
    assert result == ((1,), ())
    monkeypatch.setattr(hsstamp, "_records", lambda: {digest: result})

    def no_lines(_pattern: str) -> list[str]:
        raise AssertionError("the recorded check made lines")

    monkeypatch.setattr(prefiltercheck, "examples", no_lines)
    prefiltercheck._compiled_db.cache_clear()
    try:
        pf = Prefilter([(["nothing"], []), (["secret"], [GAP_MISS])])
        assert pf.lines(["plain", MISSED_LINE, "nothing here"]) == {1: {1}, 2: {0}}
    finally:
        prefiltercheck._compiled_db.cache_clear()


def test_a_mismatched_stamp_runs_the_full_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stamp recorded for other patterns, or another build, tells this database nothing: the
    check runs and still finds the pattern the engine misses."""
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    exprs = (b"nothing", GAP_MISS.encode())
    digest, _ = prefiltercheck.self_check(exprs)
    other = {"0" * 64: ((), ()), digest[::-1]: ((), ())}  # nothing missed, under other hashes
    monkeypatch.setattr(hsstamp, "_records", lambda: other)
    made = _count_lines_made(monkeypatch, prefiltercheck, "examples")
    prefiltercheck._compiled_db.cache_clear()
    try:
        pf = Prefilter([(["nothing"], []), (["secret"], [GAP_MISS])])
        assert len(made) == 2
        assert pf._built is not None and 1 in pf._built.also
        assert pf.lines(["plain", MISSED_LINE, "nothing here"]) == {1: {1}, 2: {0}}
    finally:
        prefiltercheck._compiled_db.cache_clear()


def test_the_key_covers_patterns_flags_and_build() -> None:
    base = hsstamp.key([b"a", b"b"], 1, b"Version: 5.4.12 Mode: BLOCK")
    assert base != hsstamp.key([b"b", b"a"], 1, b"Version: 5.4.12 Mode: BLOCK")
    assert base != hsstamp.key([b"a", b"b"], 2, b"Version: 5.4.12 Mode: BLOCK")
    assert base != hsstamp.key([b"a", b"b"], 1, b"Version: 5.4.11 Mode: BLOCK")
    assert base == hsstamp.key([b"a", b"b"], 1, b"Version: 5.4.12 Mode: BLOCK")


RULE_SPECS = (PatternSpec("nothing"), PatternSpec(GAP_MISS))


def _rule_matcher(monkeypatch: pytest.MonkeyPatch, records: dict[str, hsstamp.Result]) -> list[str]:
    """The rules matcher of RULE_SPECS built under `records` as the stamp; the patterns its
    checks made lines from."""
    monkeypatch.setenv(matching.ENV_ENGINE, "hyperscan")
    monkeypatch.setattr(hsstamp, "_records", lambda: records)
    made = _count_lines_made(monkeypatch, hs_check, "candidates")
    hs_compile.databases.cache_clear()
    matching._COMPILED.clear()
    matcher = build_matcher(RULE_SPECS)
    # both databases compiled and checked: an ASCII block and one with a non-ASCII byte
    for first in ("plain", "é"):
        block = LineBlock.from_lines([first, MISSED_LINE, "nothing here"])
        assert [(n, i) for n, i, _ in matcher.match_block(block)] == [(1, 1), (2, 0)]
    return made


def _rule_keys() -> dict[bool, str]:
    hs = hs_compile.load_hyperscan()
    return {wide: hs_compile.compile_all(hs, RULE_SPECS, wide).key for wide in (False, True)}


def test_a_recorded_rule_check_makes_no_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = _rule_keys()
    try:
        made = _rule_matcher(monkeypatch, {keys[False]: ((1,), ()), keys[True]: ((1,), ())})
        assert made == []
    finally:
        hs_compile.databases.cache_clear()


def test_a_mismatched_stamp_runs_the_rule_check_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stamp recorded under other hashes (another pattern, mode or build) says nothing of these
    databases: each runs the check and finds the pattern the engine misses, which `re` then
    matches (the line above is found)."""
    keys = _rule_keys()
    # nothing missed, under other hashes
    other: dict[str, hsstamp.Result] = {key[::-1]: ((), ()) for key in keys.values()}
    try:
        made = _rule_matcher(monkeypatch, other)
        assert made == [spec.regex for spec in RULE_SPECS] * 2  # byte mode, then UTF-8
        dbs = hs_compile.databases(RULE_SPECS)
        assert not isinstance(dbs, str) and dbs.missed == {1}
    finally:
        hs_compile.databases.cache_clear()


def test_the_rule_key_covers_the_mode_and_each_pattern_s_forms() -> None:
    keys = _rule_keys()
    assert keys[False] != keys[True]
    info = b"Version: 5.4.12 Mode: BLOCK"
    base = hs_check.key([b"a"], [0], [PatternSpec("a")], info)
    assert base == hs_check.key([b"a"], [0], [PatternSpec("a")], info)
    assert base != hs_check.key([b"a"], [1], [PatternSpec("a")], info)  # flags
    assert base != hs_check.key([b"a"], [0], [PatternSpec("a", True)], info)
    assert base != hs_check.key([b"(?:a)"], [0], [PatternSpec("a")], info)  # Hyperscan form
    assert base != hs_check.key([b"a"], [0], [PatternSpec("(?:a)")], info)  # RE2 form
    assert base != hsstamp.key([b"a"], 0, info)  # the prefilter's check
