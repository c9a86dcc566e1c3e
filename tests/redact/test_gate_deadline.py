"""The leak gate's CPU deadline (`Gate.deadline`, redact-check's work budget): past it a block's
remaining lines are left unjudged and `timed_out` says so, so a check that did not read
everything never passes; without one, every line is judged."""

from __future__ import annotations

import time

from wbdiag.redact.gate import Gate

_LINE = "GITHUB_TOKEN=ghp_R7kQ2mZx9LpV4tWc8NbY3sHd6JfG1aE5uK0o"


def test_without_a_deadline_every_line_is_judged() -> None:
    gate = Gate()
    leaks = list(gate.lines("env", ["ok", _LINE]))
    assert {leak.line for leak in leaks} == {2}
    assert not gate.timed_out


def test_past_its_deadline_the_gate_stops_and_says_so() -> None:
    gate = Gate()
    gate.deadline = time.process_time() - 1.0
    assert list(gate.lines("env", ["ok", _LINE])) == []
    assert gate.timed_out
