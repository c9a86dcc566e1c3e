"""What the Hyperscan tests would compute again and again, computed once per test process: the
lines made from a pattern (hsexamples.examples: `re` compiles the pattern each time, and the
1,500-odd hint patterns are more than its cache holds) and a database's compile (deterministic:
the same patterns, flags and build give the same bytes, which test_hsdb.py checks against the
shipped files). Each is the same function on the same input; only the repeat is left out."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from wbdiag import hsdb
from wbdiag.hsexamples import examples as _examples

_COMPILE_NOW = hsdb.compile_now
_COMPILED: dict[tuple[int, tuple[bytes, ...], tuple[int, ...]], Any] = {}


@functools.cache
def _made(pattern: str) -> tuple[str, ...]:
    return tuple(_examples(pattern))


def examples(pattern: str) -> list[str]:
    """hsexamples.examples, made once per pattern."""
    return list(_made(pattern))


def compile_now(hs: Any, exprs: Sequence[bytes], flags: Sequence[int]) -> Any:
    """hsdb.compile_now, compiled once per pattern set (a failing compile raises every time)."""
    key = (id(hs), tuple(exprs), tuple(flags))
    db = _COMPILED.get(key)
    if db is None:
        db = _COMPILED[key] = _COMPILE_NOW(hs, exprs, flags)
    return db


def compile_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every compile of a database in the test goes through `compile_now` above."""
    monkeypatch.setattr(hsdb, "compile_now", compile_now)


def examples_once(monkeypatch: pytest.MonkeyPatch, module: object, name: str = "examples") -> None:
    """`module.name` (its line maker, hsexamples.examples) replaced by `examples` above."""
    maker: Callable[[str], list[str]] = examples
    monkeypatch.setattr(module, name, maker)
