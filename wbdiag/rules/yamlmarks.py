"""YAML -> plain Python values plus the line and column of every node; duplicate keys rejected."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from wbdiag.errors import RuleError, SourceLocation

PathKey = tuple[str | int, ...]
LineMap = dict[PathKey, tuple[int, int]]


def load_with_marks(text: str, filename: str) -> tuple[Any, LineMap]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(f"invalid YAML: {problem}", SourceLocation(filename, line)) from exc
    if node is None:
        raise RuleError("empty rule file", SourceLocation(filename, 1))
    marks: LineMap = {}
    constructor = SafeConstructor()
    return _convert(node, (), marks, constructor, filename), marks


def _convert(
    node: Node, path: PathKey, marks: LineMap, constructor: SafeConstructor, filename: str
) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path, {}, constructor, filename)
            if not isinstance(key, str):
                raise RuleError(
                    f"mapping key {key!r} is not a string",
                    SourceLocation(filename, key_node.start_mark.line + 1),
                )
            if key in out:
                raise RuleError(
                    f"duplicate key {key!r}",
                    SourceLocation(
                        filename, key_node.start_mark.line + 1, key_node.start_mark.column + 1
                    ),
                )
            out[key] = _convert(value_node, (*path, key), marks, constructor, filename)
            # an error about an entry points at its key's line, where a reader looks for it
            marks[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, SequenceNode):
        return [
            _convert(item, (*path, i), marks, constructor, filename)
            for i, item in enumerate(node.value)
        ]
    assert isinstance(node, ScalarNode)
    return constructor.construct_object(node, deep=True)


def location_of(marks: LineMap, filename: str, path: PathKey) -> SourceLocation:
    """The closest marked ancestor of `path` (errors inside a scalar point at its key)."""
    while path not in marks and path:
        path = path[:-1]
    line, col = marks.get(path, (None, None))
    return SourceLocation(filename, line, col)
