"""What the leak gate's case-table tests share (test_gate_*.py): both prefilter engines, the
lines the gate flags in a block, and the two tests every table of leaks and look-alikes runs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

ENGINES = pytest.mark.parametrize("engine", ["hyperscan", "re"])


def flagged(lines: list[str]) -> list[int]:
    """The lines (1-based) the gate flags in `lines`, read as one file."""
    return [leak.line for leak in Gate().lines("f", lines)]


def leaks_test(cases: list[list[str]]) -> Callable[..., None]:
    """A test that the gate flags each case, with either engine."""

    @ENGINES
    @pytest.mark.parametrize("lines", cases)
    def test(engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(ENV_ENGINE, engine)
        assert flagged(lines)

    return test


def leaks_at_test(cases: list[tuple[list[str], int]]) -> Callable[..., None]:
    """A test that the gate flags each case's given line (1-based), with either engine."""

    @ENGINES
    @pytest.mark.parametrize(("lines", "line"), cases)
    def test(engine: str, lines: list[str], line: int, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(ENV_ENGINE, engine)
        assert line in flagged(lines)

    return test


def look_alikes_test(cases: list[list[str]]) -> Callable[..., None]:
    """A test that the gate flags none of the cases, with either engine."""

    @ENGINES
    @pytest.mark.parametrize("lines", cases)
    def test(engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(ENV_ENGINE, engine)
        assert flagged(lines) == []

    return test
