"""The one place JSON from a bundle is parsed: bounded in size, depth and value count.

Bundles come from strangers, so `loads` refuses what would crash or exhaust the analyzer instead
of handing it on: nesting deeper than `max_depth` (Python's parser would raise RecursionError,
later consumers fail far earlier), more values than `max_values` (a 63 MB file of empty lists
holds tens of millions of objects), integers longer than `max_int_digits` (Python refuses to
convert over 4,300 digits), and numbers JSON cannot write back (`1e400`, NaN, Infinity). Strings
holding lone surrogates (a `\\ud800` escape) come back with the surrogate spelled as text, so
every report format can encode them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from wbdiag.bundle.encoding import escape_surrogates, has_surrogates
from wbdiag.errors import BundleError


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 100  # Kubernetes objects nest about 15 deep
    # lists, objects and scalars together; a 3000-pod PodList holds about a million
    max_values: int = 2_000_000
    max_int_digits: int = 100


DEFAULT_LIMITS = JsonLimits()


class MalformedJson(BundleError):
    """A JSON document that is not valid, or that is past a limit."""


class _Refused(ValueError):
    pass


# A JSON string, escapes included: strings are dropped before counting brackets and commas that
# might be text. Linear: the unrolled loop never has two ways to match a character.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# `\ud800`-`\udfff` escapes: only a document holding one can decode to a lone surrogate
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"a number out of range ({text[:20]})")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON value")


def _value_bound(data: bytes) -> int:
    """An upper bound of the values in a document, computed in C: every value but the first of
    a container follows a comma, and each container is a value."""
    return data.count(b",") + data.count(b"[") + data.count(b"{") + 1


def loads(data: bytes | str, what: str, limits: JsonLimits = DEFAULT_LIMITS) -> Any:
    """Parse one JSON document from a bundle; MalformedJson (a BundleError) says why not."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(raw) > limits.max_bytes:
        raise MalformedJson(f"{what}: larger than {limits.max_bytes} bytes")
    # the bound counts brackets and commas inside strings too: past it, count again without them
    if (
        _value_bound(raw) > limits.max_values
        and _value_bound(_STRING.sub(b'""', raw)) > limits.max_values
    ):
        raise MalformedJson(f"{what}: more than {limits.max_values} JSON values")
    try:
        text = raw.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise MalformedJson(f"{what}: not valid JSON (not UTF-8 at byte {exc.start})") from exc

    def parse_int(digits: str) -> int:
        if len(digits) > limits.max_int_digits:
            raise _Refused(f"an integer of {len(digits.lstrip('-'))} digits")
        return int(digits)

    try:
        doc = json.loads(
            text,
            parse_int=parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except RecursionError as exc:
        raise MalformedJson(f"{what}: nested deeper than {limits.max_depth} levels") from exc
    except _Refused as exc:
        raise MalformedJson(f"{what}: not usable JSON ({exc})") from exc
    except ValueError as exc:  # JSONDecodeError included
        raise MalformedJson(f"{what}: not valid JSON ({exc})") from exc
    fix = _SURROGATE_ESCAPE.search(raw) is not None
    return _checked(doc, limits.max_depth, what, fix)


def _checked(doc: Any, max_depth: int, what: str, fix: bool) -> Any:
    """Enforce the depth limit (iteratively: the document may be as deep as the parser allowed)
    and, when the text had surrogate escapes, spell lone surrogates out in keys and strings."""
    if isinstance(doc, str):
        return escape_surrogates(doc) if fix else doc
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise MalformedJson(f"{what}: nested deeper than {max_depth} levels")
        if isinstance(node, dict):
            if fix and any(has_surrogates(k) or has_surrogates(v) for k, v in node.items()):
                fixed = {escape_surrogates(k): _text(v) for k, v in node.items()}
                node.clear()
                node.update(fixed)
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            if fix:
                for i, v in enumerate(node):
                    if isinstance(v, str) and has_surrogates(v):
                        node[i] = escape_surrogates(v)
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return doc


def _text(v: Any) -> Any:
    return escape_surrogates(v) if isinstance(v, str) else v
