"""Field selectors over JSON documents: `a.b[*].c`, `a[0]`, `metadata.annotations["x.y/z"]`."""

from __future__ import annotations

import functools
import re
from typing import Any

WILDCARD = object()
Segment = str | int | object

_TOKEN = re.compile(
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
                raise FieldPathError(f"bad field path {path!r}: missing '.' before {m.group('name')!r}")
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
