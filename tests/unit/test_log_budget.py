"""LogBudget's seconds after the patterns' one-time compile (budget.py, WorkLimits): the compile
comes off the pass's seconds, its reading's and one file's share alike, down to a floor."""

from __future__ import annotations

import time

import pytest

from wbdiag import hsdb
from wbdiag.bundle.reader import WorkLimits
from wbdiag.rules import hs_compile, matching, warmup
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.budget import LogBudget, work_time
from wbdiag.rules.matching import build_matcher

WORK = WorkLimits()


@pytest.mark.parametrize(
    ("compile_seconds", "left"),
    [(0.0, 3.0), (0.5, 2.5), (2.0, 1.0), (2.5, 1.0), (30.0, 1.0)],
)
def test_the_compile_comes_off_the_budget_down_to_a_floor(
    compile_seconds: float, left: float
) -> None:
    budget = LogBudget(None, "a directory's limit", 3.0, WORK)
    budget.charge(compile_seconds)
    budget.start()
    assert budget.seconds == pytest.approx(left)
    assert budget.member_seconds == pytest.approx(left * WORK.member_share)
    assert budget.read_seconds == pytest.approx(left * WORK.read_factor)
    assert budget.miner_seconds == pytest.approx(3.0 * WORK.miner_share)  # its own process


def test_what_was_cut_names_the_budget_left_after_the_compile() -> None:
    budget = LogBudget(None, "a directory's limit", 3.0, WORK)
    budget.charge(2.0)
    budget.start()
    budget.out_of_time.append("docker/containers/a/container.log")
    [problem] = budget.problems()
    assert "analysed for 1.0 CPU seconds" in problem
    assert "of 3.0, less the patterns' one-time compile" in problem


def test_without_a_compile_the_message_is_the_plain_budget() -> None:
    budget = LogBudget(None, "a directory's limit", 3.0, WORK)
    budget.out_of_time.append("docker/containers/a/container.log")
    [problem] = budget.problems()
    assert "analysed for 3.0 CPU seconds (the analysis's work budget);" in problem


def test_the_utf8_database_compiled_at_the_first_non_ascii_block_is_no_cost_of_the_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the package's compiled UTF-8 database cannot be used (another Hyperscan build), it
    compiles within the pass, at its first non-ASCII block: the budget's clock leaves that
    one-time compile out, as it did when it compiled before."""
    pytest.importorskip("hyperscan")
    monkeypatch.setenv(matching.ENV_ENGINE, "hyperscan")
    monkeypatch.setattr(hsdb, "_read", lambda _name: None)  # nothing shipped: compile here
    specs = warmup.recorded()
    assert specs is not None
    hs_compile.databases.cache_clear()
    try:
        matcher = build_matcher(specs)
        matcher.match_block(LineBlock.from_lines(["connection refused"]))  # byte mode alone
        work, cpu = work_time(), time.process_time()
        matcher.match_block(LineBlock.from_lines(["connexion refusée: connection refused"]))
        took, counted = time.process_time() - cpu, work_time() - work
    finally:
        hs_compile.databases.cache_clear()
    assert took >= 0.2  # the compile ran here
    assert counted < 0.05
