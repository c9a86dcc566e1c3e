"""Hyperscan's hint databases (the redactor's and the leak gate's) against Python's `re`, pattern by pattern, on every line of the
redaction corpus (tuning and held-out sets): each line a hint pattern matches must come back
from the Hyperscan prefilter with that pattern's detector, or the detector never sees the line.

The Hyperscan build of the `fast` extra has missed such lines: a pattern alone on some data
(`secret … | base64 -d` after a gap of 15 characters or more), and another only beside three
other patterns of the database. Which lines a database misses depends on all its patterns, so
this check covers the database the redactor ships, on the lines the corpus holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from tests.redact.hintlines import corpus, corpus_lines, screen
from wbdiag.hsexamples import required
from wbdiag.redact import gate
from wbdiag.redact.prefilter import ENV_ENGINE, Group, Prefilter, expressions
from wbdiag.redact.prefilterre import _re_form
from wbdiag.redact.redactor import detector_groups

BLOCK = 4096  # lines per scan, as the redactor reads them


def redactor_groups() -> list[Group]:
    return list(detector_groups())


def gate_groups() -> list[Group]:
    """The leak gate's hint groups, with a known value so its decoding hints are in too."""
    seen: list[Group] = []

    class Recorder(Prefilter):
        def __init__(
            self, groups: Sequence[Group], exact: Sequence[str] = (), by_pattern: bool = False
        ) -> None:
            seen.extend(groups)
            super().__init__(groups, exact, by_pattern)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gate, "Prefilter", Recorder)
        gate.Gate(["Known-Value-123456"])
    return seen


# (two tests, not one parametrized: tests/scheduling.py hands each to a worker of its own)
def test_hyperscan_picks_every_line_a_redactor_hint_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_picks_every_line(redactor_groups, monkeypatch)


def test_hyperscan_picks_every_line_a_gate_hint_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_picks_every_line(gate_groups, monkeypatch)


def assert_picks_every_line(
    make_groups: Callable[[], list[Group]], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("hyperscan")  # CI installs it (`fast`); skips fail there
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    groups = make_groups()
    prefilter = Prefilter(groups)
    assert prefilter.engine == "hyperscan"
    lines = corpus_lines()
    assert len(lines) > 20_000
    picked: dict[int, set[int] | None] = {}
    for start in range(0, len(lines), BLOCK):
        for index, found in prefilter.lines(lines[start : start + BLOCK]).items():
            picked[start + index] = found
    # A line the corpus holds more than once is checked once, against the groups Hyperscan
    # named at every one of its places (None where it left the choice open).
    named: dict[str, set[int] | None] = {}
    for index, line in enumerate(lines):
        found = picked.get(index, set())
        before = named.get(line)
        if line not in named or before is None:
            named[line] = None if found is None else set(found)
        elif found is not None:
            before &= found
    distinct = corpus()  # (the lines of `named`, folded once per process)
    assert len(distinct.lines) == len(named)
    exprs, ids = expressions(groups)
    assert exprs
    forms = [_re_form(expr) for expr in exprs]
    distinct.look_up(word for rx in forms for words in required(rx.pattern) for word in words)
    missed = []
    # each pattern as the engines agree to read it (prefilterre._re_form: Hyperscan's `\z`,
    # ASCII case and classes, as Hyperscan reads bytes; Python's Unicode case folding would
    # take `İ` for `i`, which neither engine does), on the lines holding its required
    # literals (hintlines.py, each literal's lines found in one pass; all lines where it has
    # none)
    # (of the lines left, those RE2 finds no match in hold none for `re` either: hintlines.screen,
    # one search of them all, and `re` on the lines it keeps)
    for expr, rx, group in zip(exprs, forms, ids, strict=True):
        left = []
        for k in distinct.candidates(rx.pattern):
            line = distinct.lines[k]
            found = named[line]
            if found is not None and group not in found:
                left.append(line)
        may_match = screen(rx)
        kept = may_match(left) if may_match is not None else range(len(left))
        missed += [(expr.decode(), left[k]) for k in kept if rx.search(left[k])]
    assert missed == []
