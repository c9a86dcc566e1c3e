"""The leak gate run on a corpus set's records with Hyperscan, its questions to the prefilter
recorded, and the same questions answered by the `re` engine.

The gate depends on its prefilter engine only through `Gate._picked`: which lines of a block its
prefilter picks, and for which of its checks (`by_pattern`: both engines name the groups one
of whose hint patterns matches the line, tests/redact/test_prefilter_branches.py). Every other
step is the same code on the same input, and a record's gate keeps nothing from one record to
the next. Where `re` gives the same answer to each of a record's questions, its gate asks the
same questions in the same order and flags the same lines; a record with any other answer is
run whole with `re` (`differing`). This costs the `re` engine's prefilter, not its run of every
check again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

Answer = dict[int, frozenset[int] | None]


@dataclass(frozen=True)
class Asked:
    record: int
    block: tuple[str, ...]
    text: str | None
    answer: Answer


def _frozen(picked: dict[int, set[int] | None]) -> Answer:
    return {i: None if g is None else frozenset(g) for i, g in picked.items()}


class _Recording(Gate):
    """A gate that records each question to its prefilter and the answer (a copy: the gate adds
    lines to it afterwards)."""

    def __init__(self) -> None:
        super().__init__()
        self.record = 0
        self.asked: list[Asked] = []

    def _picked(self, block: list[str], text: str | None = None) -> dict[int, set[int] | None]:
        picked = super()._picked(block, text)
        self.asked.append(Asked(self.record, tuple(block), text, _frozen(picked)))
        return picked


Run = tuple[list[dict[str, Any]], list[Any], list[Asked]]


def hyperscan_run(
    records: list[dict[str, Any]], judge: Callable[[Gate, dict[str, Any]], Any]
) -> Run:
    """The records, `judge(gate, record)` for each with one Hyperscan gate (as the tests use one
    gate per set), and the questions its prefilter was asked."""
    assert records
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_ENGINE, "hyperscan")
        gate = _Recording()
        results = []
        for k, record in enumerate(records):
            gate.record = k
            results.append(judge(gate, record))
    return records, results, gate.asked


def assert_re_answers_as_hyperscan(
    records: Sequence[dict[str, Any]],
    results: Sequence[Any],
    asked: Sequence[Asked],
    judge: Callable[[Gate, dict[str, Any]], Any],
) -> None:
    """Every record asked its questions; `re` answers at most a tenth of them otherwise, and
    judged whole with `re` those give Hyperscan's `results`."""
    assert len({a.record for a in asked}) == len(records)
    other, differ = differing(records, results, asked, judge)
    assert other <= len(records) // 10 and differ == []


def differing(
    records: Sequence[dict[str, Any]],
    results: Sequence[Any],
    asked: Sequence[Asked],
    judge: Callable[[Gate, dict[str, Any]], Any],
) -> tuple[int, list[tuple[str, Any, Any]]]:
    """How many records `re` answered otherwise, and those of them whose `judge` differs from
    Hyperscan's `results` when run whole with `re`: (shape, Hyperscan's, `re`'s)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_ENGINE, "re")
        gate = Gate()
        assert gate._prefilter.engine == "re"
        other: set[int] = set()
        for a in asked:
            if a.record not in other and _frozen(gate._picked(list(a.block), a.text)) != a.answer:
                other.add(a.record)
        out = []
        for k in sorted(other):
            again = judge(gate, records[k])
            if again != results[k]:
                out.append((str(records[k]["shape"]), results[k], again))
    return len(other), out
