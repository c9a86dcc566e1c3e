"""The files tests/conftest.py schedules first exist: a renamed file would silently drop out."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SLOW_FIRST

REPO = Path(__file__).resolve().parents[1]


def test_every_slow_first_file_exists() -> None:
    missing = [path for path in SLOW_FIRST if not (REPO / path).is_file()]
    assert missing == []
