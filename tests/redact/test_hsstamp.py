"""The recorded self-check of the prefilter's Hyperscan databases (wbdiag/hsstamp.py): the
stamp must hold this build's full check of every shipped hint set, and a database it does not
record runs the full check."""

from __future__ import annotations

import pytest

from wbdiag import hsstamp
from wbdiag.hsexamples import examples
from wbdiag.redact import prefiltercheck
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter

pytest.importorskip("hyperscan")

# Hyperscan 5.4 reports no match of this pattern, alone in its database, once 16 or more
# characters stand between `secret` and `| base64` (test_prefilter_hsguard.py)
GAP_MISS = r"secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)"
MISSED_LINE = "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"


def test_the_stamp_holds_the_full_check_of_every_shipped_hint_set() -> None:
    """Fails after a change to a hint pattern, the line maker or the engine's build until
    `python -m wbdiag.hsstamp` records the check again."""
    shipped = hsstamp.shipped()
    assert len(shipped) == 3
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
    made: list[str] = []

    def counted(pattern: str) -> list[str]:
        made.append(pattern)
        return examples(pattern)

    monkeypatch.setattr(prefiltercheck, "examples", counted)
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
