"""Every script under bench/ still imports: a benchmark is run by hand, rarely, so a name it
imports that moved (a function split into another module) would otherwise show only when someone
needs its numbers. Importing runs no measurement (each script measures under `__main__`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p.name for p in BENCH.glob("*.py"))


def test_there_are_scripts() -> None:
    assert "engines.py" in SCRIPTS and "redact.py" in SCRIPTS


@pytest.mark.parametrize("name", SCRIPTS)
def test_the_script_imports(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = BENCH / name
    assert '__name__ == "__main__"' in path.read_text(encoding="utf-8")
    module_name = f"_bench_{path.stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # the scripts import each other by their file names (bench/ on sys.path, as when run)
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.setitem(sys.modules, module_name, module)
    spec.loader.exec_module(module)
    assert callable(getattr(module, "main", None)), f"{name} has no main()"
