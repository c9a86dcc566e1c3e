"""The recorded self-check of the prefilter's and the rules matcher's Hyperscan databases
(wbdiag/hsstamp.py): on the build it records, the stamp must hold that build's full check of
every shipped hint set and of the rule pack's scan databases; on another, every database runs
the full check; and a database it does not record runs the full check."""

from __future__ import annotations

import warnings

import pytest

from tests.redact import hsonce
from wbdiag import hsdb, hsstamp
from wbdiag.redact import gategroups, prefiltercheck
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter, expressions
from wbdiag.redact.redactor import detector_groups
from wbdiag.rules import hs_check, hs_compile, matching
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.engine import scan_patterns
from wbdiag.rules.loader import load_pack
from wbdiag.rules.matching import PatternSpec, build_matcher

hyperscan = pytest.importorskip("hyperscan")

# Hyperscan 5.4 reports no match of this pattern, alone in its database, once 16 or more
# characters stand between `secret` and `| base64` (test_prefilter_hsguard.py)
GAP_MISS = r"secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)"
MISSED_LINE = "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"


@pytest.fixture(autouse=True)
def once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A set's database compiled and its lines made once in the process: the other build's
    branch runs the full check of every shipped set twice (`shipped`, then each database's own
    check), on the same databases and lines as the first test's."""
    hsonce.compile_once(monkeypatch)
    hsonce.examples_once(monkeypatch, prefiltercheck)


def _count_lines_made(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Replace `module.name`, a check's line maker, by one that makes the same lines and records
    the patterns it made them from (in the list returned, filled as the check runs)."""
    made: list[str] = []

    def counted(pattern: str) -> list[str]:
        made.append(pattern)
        return hsonce.examples(pattern)

    monkeypatch.setattr(module, name, counted)
    return made


def _check_the_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the build the stamp records, it must hold this build's full check of every shipped
    set (it fails after a change to a hint pattern, a rule's log pattern or the line maker until
    `python -m wbdiag.hsstamp` records the check again). On any other build the stamp is not
    used: each database checks itself in full at start and takes that check's answer, and the
    stamp is reported as another build's (a warning, not a failure)."""
    shipped = hsstamp.shipped()
    assert len(shipped) == 5  # three hint sets; the rule pack's byte-mode and UTF-8 databases
    stale = hsstamp.stale_build()
    if stale is None:
        for digest, result in shipped.items():
            assert hsstamp.recorded(digest) == result, "stale: run python -m wbdiag.hsstamp"
        return
    assert all(hsstamp.recorded(digest) is None for digest in shipped)
    # shipped() checks in that order: the redactor's hints, the gate's without and with known
    # secrets, the pack's byte-mode and UTF-8 databases
    results = list(shipped.values())
    made = _count_lines_made(monkeypatch, prefiltercheck, "examples")
    hint_sets = (detector_groups(), gategroups.groups(False), gategroups.groups(True))
    try:
        for groups, (missed, unfound) in zip(hint_sets, results[:3], strict=True):
            exprs, _ = expressions(groups)
            made.clear()
            prefiltercheck._compiled_db.cache_clear()
            built = prefiltercheck._compiled_db(tuple(exprs))
            assert len(made) == len(exprs)  # lines made from every pattern: the check in full
            assert set(built.also) | set(built.everywhere) == set(missed) | set(unfound)
        specs = tuple(scan_patterns(load_pack(trust_stamp=True)))
        made = _count_lines_made(monkeypatch, hs_check, "candidates")
        hs_compile.databases.cache_clear()
        dbs = hs_compile.databases(specs)
        assert not isinstance(dbs, str) and dbs.wide() is not None
        assert made == [spec.regex for spec in specs] * 2  # byte mode, then UTF-8
        assert (dbs.missed, dbs.wide_missed) == (frozenset(results[3][0]), frozenset(results[4][0]))
    finally:
        prefiltercheck._compiled_db.cache_clear()
        hs_compile.databases.cache_clear()
    warnings.warn(stale, stacklevel=1)


def test_the_stamp_holds_this_build_s_full_check(monkeypatch: pytest.MonkeyPatch) -> None:
    _check_the_stamp(monkeypatch)


def test_on_another_build_the_stamp_is_reported_and_every_check_runs_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another build, as the stamp sees one (another machine): the branch the test above takes
    on any host unlike the one that stamped."""
    here = hsdb.host(hyperscan)
    monkeypatch.setattr(hsdb, "host", lambda _hs: here + b" (another)")
    with pytest.warns(UserWarning, match="made on another build"):
        _check_the_stamp(monkeypatch)


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
