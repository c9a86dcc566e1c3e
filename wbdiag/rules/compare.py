"""Comparison of a collected value with a rule's expected value: number, string, version, size."""

from __future__ import annotations

from typing import Any

from wbdiag import lazyre
from wbdiag.rules import linear

_NUMBER = lazyre.compile(r"\s*[-+]?\d+(\.\d+)?\s*\Z")
_VERSION = lazyre.compile(r"(\d+(?:\.\d+)*)")
_SIZE = lazyre.compile(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)[iI]?[bB]?\s*\Z")
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


class Incomparable(ValueError):
    pass


def as_number(v: Any) -> float:
    if isinstance(v, bool):
        raise Incomparable(f"{v!r} is not a number")
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and _NUMBER.match(v):
        return float(v)
    raise Incomparable(f"{v!r} is not a number")


def as_version(v: Any) -> tuple[int, ...]:
    """'8.0.36-log' -> (8, 0, 36); '10.11.6-MariaDB-0+deb12u1' -> (10, 11, 6)."""
    m = _VERSION.search(str(v))
    if not m:
        raise Incomparable(f"{v!r} has no version number")
    return tuple(int(p) for p in m.group(1).split("."))


def as_size(v: Any) -> float:
    """nginx/Kubernetes style sizes: '1m', '10M', '512k', '1Gi', '0' -> bytes."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    m = _SIZE.match(str(v))
    if not m:
        raise Incomparable(f"{v!r} is not a size")
    return float(m.group(1)) * _SIZE_UNITS[m.group(2).lower()]


def coerce(mode: str, actual: Any, expected: Any) -> tuple[Any, Any]:
    if mode == "number":
        return as_number(actual), as_number(expected)
    if mode == "version":
        a, e = as_version(actual), as_version(expected)
        width = max(len(a), len(e))
        return a + (0,) * (width - len(a)), e + (0,) * (width - len(e))
    if mode == "size":
        return as_size(actual), as_size(expected)
    if mode == "string":
        return _text(actual), _text(expected)
    # auto: numbers when both are numbers, else text
    try:
        return as_number(actual), as_number(expected)
    except Incomparable:
        return _text(actual), _text(expected)


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def holds(op: str, actual: Any, expected: Any, mode: str, ignore_case: bool) -> bool:
    """Whether `actual OP expected` is true. Raises Incomparable when the types do not fit."""
    if op in ("in", "not_in"):
        options = expected if isinstance(expected, list) else [expected]
        found = any(_eq(actual, o, mode, ignore_case) for o in options)
        return found if op == "in" else not found
    if op in ("regex", "not_regex"):
        # RE2: the value comes from a bundle (validated rules compile there)
        found = linear.compile(str(expected), ignore_case).search(_text(actual)) is not None
        return found if op == "regex" else not found
    if op in ("contains", "not_contains"):
        if isinstance(actual, list):
            found = any(_eq(item, expected, mode, ignore_case) for item in actual)
        else:
            hay, needle = _text(actual), _text(expected)
            if ignore_case:
                hay, needle = hay.lower(), needle.lower()
            found = needle in hay
        return found if op == "contains" else not found
    if op == "eq":
        return _eq(actual, expected, mode, ignore_case)
    if op == "ne":
        return not _eq(actual, expected, mode, ignore_case)
    a, e = coerce(mode, actual, expected)
    if ignore_case and isinstance(a, str) and isinstance(e, str):
        a, e = a.lower(), e.lower()
    if op == "lt":
        return bool(a < e)
    if op == "le":
        return bool(a <= e)
    if op == "gt":
        return bool(a > e)
    if op == "ge":
        return bool(a >= e)
    raise ValueError(f"unknown operator {op!r}")


def _eq(actual: Any, expected: Any, mode: str, ignore_case: bool) -> bool:
    a, e = coerce(mode, actual, expected)
    if ignore_case and isinstance(a, str) and isinstance(e, str):
        return a.lower() == e.lower()
    return bool(a == e)
