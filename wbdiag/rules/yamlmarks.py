"""YAML -> plain Python values plus the line and column of every node; duplicate keys rejected.

Rule files may come from strangers, so only plain YAML is read: aliases only when the file
expands to at most MAX_NODES nodes (a "billion laughs" alias bomb expands to gigabytes) and never
inside their own anchor, no merge keys, no tags beyond the standard scalar and collection ones,
at most MAX_DEPTH levels of nesting. The check runs over the event stream, which the parser
produces without recursion, before any node tree is built."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from wbdiag.bundle.encoding import escape_surrogates, has_surrogates
from wbdiag.errors import RuleError, SourceLocation

PathKey = tuple[str | int, ...]
LineMap = dict[PathKey, tuple[int, int]]
# libyaml's parser when PyYAML has it (its wheels do): the same events and marks, about ten
# times faster; the rule pack is read on every analysis
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_DEPTH = 40  # rule files nest about ten levels (condition trees included)
MAX_NODES = 100_000  # with aliases expanded; a rule is a few hundred
_STANDARD_TAGS = frozenset(
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")
)


def _refuse(problem: str, filename: str, mark: Any) -> RuleError:
    return RuleError(problem, SourceLocation(filename, mark.line + 1, mark.column + 1))


def check_plain(text: str, filename: str, loader: Any = _LOADER) -> None:
    """Raise RuleError (file:line) for YAML that is not plain: see the module docstring."""
    # per open collection: [is it a mapping whose next node is a key (None: a sequence), nodes
    # in it so far with aliases expanded, its anchor]
    frames: list[list[Any]] = []
    sizes: dict[str, int] = {}  # anchor -> nodes it expands to

    def add(weight: int, mark: Any) -> None:
        if frames:
            frames[-1][1] += weight
            if frames[-1][1] > MAX_NODES:
                raise _refuse(f"expands to more than {MAX_NODES} nodes", filename, mark)

    for event in yaml.parse(text, Loader=loader):
        mark = event.start_mark
        if isinstance(event, yaml.CollectionEndEvent):
            _, size, anchor = frames.pop()
            if anchor is not None:
                sizes[anchor] = size + 1
            add(size + 1, mark)
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        is_key = bool(frames) and frames[-1][0] is True
        if frames and frames[-1][0] is not None:
            frames[-1][0] = not frames[-1][0]
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:  # still open: the alias is inside its own anchor
                raise _refuse(f"alias *{event.anchor} refers to itself", filename, mark)
            add(sizes[event.anchor], mark)
            continue
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and tag not in _STANDARD_TAGS:
            raise _refuse(f"YAML tag {tag[:60]!r} is not allowed in rule files", filename, mark)
        if isinstance(event, yaml.ScalarEvent):
            if is_key and event.value == "<<" and not event.style:
                raise _refuse("YAML merge keys (<<) are not allowed in rule files", filename, mark)
            if event.anchor is not None:
                sizes[event.anchor] = 1
            add(1, mark)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(frames) >= MAX_DEPTH:
                raise _refuse(f"nested deeper than {MAX_DEPTH} levels", filename, mark)
            is_map = isinstance(event, yaml.MappingStartEvent)
            frames.append([True if is_map else None, 0, event.anchor])
            if event.anchor is not None:
                sizes.pop(event.anchor, None)  # redefined: its old value no longer counts


def load_with_marks(text: str, filename: str) -> tuple[Any, LineMap]:
    try:
        try:
            check_plain(text, filename)
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:  # said again by the Python parser, whose messages are the ones
            check_plain(text, filename, yaml.SafeLoader)  # documented and tested
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
    try:
        value = constructor.construct_object(node, deep=True)
        if has_surrogates(value):  # "\ud800": text no output format can encode
            raise ValueError(f"a lone surrogate in {escape_surrogates(value)[:60]!r}")
        return value
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        # a 5,000-digit integer, a timestamp out of range, a tag that is not for a scalar
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(
            f"unusable value: {problem:.200}",
            SourceLocation(filename, node.start_mark.line + 1, node.start_mark.column + 1),
        ) from exc


def location_of(marks: LineMap, filename: str, path: PathKey) -> SourceLocation:
    """The closest marked ancestor of `path` (errors inside a scalar point at its key)."""
    while path not in marks and path:
        path = path[:-1]
    line, col = marks.get(path, (None, None))
    return SourceLocation(filename, line, col)
