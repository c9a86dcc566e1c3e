"""Data shipped with wbdiag: the rule pack, its fixtures and the report templates.

In a wheel they live in wbdiag/_data/ (pyproject force-include); in a source checkout they are the
repo's top-level rules/, tests/rules/ and reports/.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str, repo_name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / repo_name


def rules_dir() -> Path:
    return data_dir("rules", "rules")


def rule_fixtures_dir() -> Path:
    return data_dir("rule_tests", "tests/rules")


def templates_dir() -> Path:
    return data_dir("reports", "reports")
