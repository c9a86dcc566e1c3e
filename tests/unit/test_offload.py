"""Observers in a helper process (wbdiag/rules/offload.py) end in the same state as in-process,
and a helper's failure is an error, never silently lost lines."""

from __future__ import annotations

import io
import os
import random

import pytest

from wbdiag.rules import offload
from wbdiag.rules.matching import PatternSpec
from wbdiag.rules.offload import Later
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import TemplateMiner

PATH = "docker/containers/wandb-local/container.log"


def noisy_log(n: int) -> bytes:
    r = random.Random(7)
    lines = []
    for i in range(n):
        t = f"2026-11-28T10:{i // 60 % 60:02d}:{i % 60:02d}.000Z "
        if i % 3 == 0:
            lines.append(t + f"ERROR upload of run {r.randrange(10**6)} failed: status {i % 7}")
        elif i % 3 == 1:
            lines.append(t + f'{{"level":"error","msg":"lost lease {r.randrange(99)}","n":{i}}}')
        else:
            lines.append(t + "INFO serving request")
    return ("\n".join(lines) + "\n").encode()


def mine(data: bytes, helper: bool, at_once: bool = False) -> TemplateMiner:
    miner = TemplateMiner()
    scanner = LogScanner([], [miner], helper_process=helper, helper_at_once=at_once)
    with scanner.running():
        scanner.scan(PATH, io.BytesIO(data), 1 << 16)
    return miner


class Failing:
    pattern = PatternSpec("ERROR")

    def __init__(self) -> None:
        self.seen = 0

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None:
        self.seen += 1
        if self.seen > 30:
            raise ValueError("observer broke")


def test_helper_process_gives_the_same_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "START_AFTER", 25)
    monkeypatch.setattr(offload, "BATCH", 16)
    data = noisy_log(3000)
    local, helped = mine(data, False), mine(data, True)
    assert local.templates(top_per_source=None) == helped.templates(top_per_source=None)
    assert sum(t.count for t in helped.templates(top_per_source=None)) == 2000


def test_few_lines_never_start_a_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    started = []
    monkeypatch.setattr(offload.ObserverRelay, "_start", lambda self: started.append(1))
    mine(noisy_log(300), True)
    assert not started


def test_a_helper_started_at_once_sees_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    started = []
    start = offload.ObserverRelay._start

    def spy(self: offload.ObserverRelay) -> None:
        started.append(self.observer)
        start(self)

    monkeypatch.setattr(offload.ObserverRelay, "_start", spy)
    data = noisy_log(300)
    local, helped = mine(data, False), mine(data, True, at_once=True)
    assert started == [helped], "started before the first line, once"
    assert local.templates(top_per_source=None) == helped.templates(top_per_source=None)
    assert sum(t.count for t in helped.templates(top_per_source=None)) == 200


def test_a_failing_helper_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "START_AFTER", 5)
    scanner = LogScanner([], [Failing()], helper_process=True)
    with pytest.raises(offload.HelperFailed, match="observer broke"), scanner.running():
        scanner.scan(PATH, io.BytesIO(noisy_log(300)), 1 << 16)


def test_an_error_during_the_scan_stops_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "START_AFTER", 5)
    miner = TemplateMiner()
    scanner = LogScanner([], [miner], helper_process=True)
    relay = scanner._relays[0]
    with pytest.raises(KeyError), scanner.running():
        scanner.scan(PATH, io.BytesIO(noisy_log(300)), 1 << 16)
        proc = relay._proc
        assert proc is not None and proc.poll() is None, "the helper runs"
        raise KeyError("the bundle broke")
    assert proc is not None and proc.poll() is not None, "and is stopped"


def test_an_observer_that_cannot_be_pickled_stays_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(offload, "START_AFTER", 5)

    class Local:  # a local class: pickle cannot find it by name
        pattern = PatternSpec("ERROR")

        def __init__(self) -> None:
            self.lines: list[int] = []

        def observe(
            self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
        ) -> None:
            self.lines.append(lineno)

    obs = Local()
    scanner = LogScanner([], [obs], helper_process=True)
    with scanner.running():
        scanner.scan(PATH, io.BytesIO(noisy_log(300)), 1 << 16)
    assert obs.lines == list(range(1, 301, 3))
    assert scanner._relays[0]._proc is None


class Niceness:
    """Records the nice value of the process it observes in."""

    pattern = PatternSpec("ERROR")

    def __init__(self) -> None:
        self.seen: int | None = None

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None:
        self.seen = os.getpriority(os.PRIO_PROCESS, 0)


def test_the_helper_runs_at_a_lower_priority_than_the_scan() -> None:
    observer = Niceness()
    scanner = LogScanner([], [observer], helper_process=True, helper_at_once=True)
    with scanner.running():
        scanner.scan(PATH, io.BytesIO(noisy_log(30)), 1 << 16)
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert observer.seen == min(19, ours + offload.HELPER_NICENESS)
