"""Field selectors over JSON documents: `a.b[*].c`, `a[0]`, `metadata.annotations["x.y/z"]`.

A selector may start with `^` (or `^^`, ...) to read from an enclosing item instead of the current
one: when a rule walks `items[*].status.containerStatuses[*]`, `^metadata.name` in a name or field
is the pod's name (the element the previous `[*]` selected; the document for the outermost)."""

from __future__ import annotations

import functools
import re
from typing import Any

from wbdiag import lazyre

WILDCARD = object()
Segment = str | int | object

_TOKEN = lazyre.compile(
    r"""\s*(?:
        (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
      | \[\s*\*\s*\]
      | \[\s*(?P<index>-?\d+)\s*\]
      | \[\s*"(?P<dq>[^"]*)"\s*\]
      | \[\s*'(?P<sq>[^']*)'\s*\]
      | (?P<dot>\.)
    )""",
    re.VERBOSE,
)


class FieldPathError(ValueError):
    pass


@functools.lru_cache(maxsize=512)
def parse(path: str) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    pos = 0
    expect_name = True
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if not m or m.end() == pos:
            raise FieldPathError(f"bad field path {path!r} at offset {pos}")
        pos = m.end()
        if m.group("dot"):
            expect_name = True
            continue
        if m.group("name") is not None:
            if not expect_name:
                raise FieldPathError(
                    f"bad field path {path!r}: missing '.' before {m.group('name')!r}"
                )
            segments.append(m.group("name"))
        elif m.group("index") is not None:
            segments.append(int(m.group("index")))
        elif m.group("dq") is not None:
            segments.append(m.group("dq"))
        elif m.group("sq") is not None:
            segments.append(m.group("sq"))
        else:
            segments.append(WILDCARD)
        expect_name = False
    if not segments:
        raise FieldPathError("empty field path")
    return tuple(segments)


def split_up(path: str) -> tuple[int, str]:
    """`^^a.b` -> (2, "a.b"): how many enclosing levels up, and the selector to apply there."""
    stripped = path.lstrip()
    levels = len(stripped) - len(stripped.lstrip("^"))
    return levels, stripped[levels:]


def check(path: str, max_up: int | None = None) -> None:
    """Raise FieldPathError unless `path` (optionally `^`-prefixed) is a valid selector; `max_up`
    is how many enclosing levels exist (None: `^` is not allowed at all)."""
    levels, rest = split_up(path)
    if levels:
        if max_up is None:
            raise FieldPathError(f"{path!r}: '^' reads an enclosing item, which needs 'each'")
        if levels > max_up:
            raise FieldPathError(
                f"{path!r}: goes up {levels} level(s); 'each' has {max_up} enclosing item(s)"
            )
    parse(rest)


def enclosing_levels(each: str) -> int:
    """How many enclosing items (`^` levels) the items selected by `each` have."""
    segments = parse(each)
    wildcards = sum(1 for s in segments if s is WILDCARD)
    return wildcards if segments[-1] is WILDCARD else wildcards + 1


def resolve_items(doc: Any, each: str) -> list[tuple[Any, tuple[Any, ...]]]:
    """Like `resolve`, but each result comes with its enclosing items, outermost first: the
    document, then the element each `[*]` selected on the way (not counting the item itself)."""
    current: list[tuple[Any, tuple[Any, ...]]] = [(doc, (doc,))]
    segments = parse(each)
    for seg in segments:
        nxt: list[tuple[Any, tuple[Any, ...]]] = []
        for node, trail in current:
            if seg is WILDCARD:
                children = (
                    node
                    if isinstance(node, list)
                    else list(node.values())
                    if isinstance(node, dict)
                    else []
                )
                nxt.extend((child, (*trail, child)) for child in children)
            elif isinstance(seg, int):
                if isinstance(node, list) and -len(node) <= seg < len(node):
                    nxt.append((node[seg], trail))
            elif isinstance(node, dict) and seg in node:
                nxt.append((node[seg], trail))
        current = nxt
    if segments[-1] is WILDCARD:
        return [(item, trail[:-1]) for item, trail in current]
    return current


def resolve_in(item: Any, enclosing: tuple[Any, ...], path: str) -> list[Any]:
    """`resolve` on the item, or on an enclosing one for a `^`-prefixed path."""
    levels, rest = split_up(path)
    if not levels:
        return resolve(item, rest)
    if levels > len(enclosing):
        return []
    return resolve(enclosing[-levels], rest)


def resolve(doc: Any, path: str) -> list[Any]:
    """Every value the path reaches (several through wildcards); [] when nothing is there."""
    current = [doc]
    for seg in parse(path):
        nxt: list[Any] = []
        for node in current:
            if seg is WILDCARD:
                if isinstance(node, list):
                    nxt.extend(node)
                elif isinstance(node, dict):
                    nxt.extend(node.values())
            elif isinstance(seg, int):
                if isinstance(node, list) and -len(node) <= seg < len(node):
                    nxt.append(node[seg])
            elif isinstance(node, dict) and seg in node:
                nxt.append(node[seg])
        current = nxt
    return current
