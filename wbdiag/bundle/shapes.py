"""The shape each bundle document must have before a rule or the report reads it.

docs/bundle-format.md describes every document; this is the part of it the analyzer relies on:
the top-level type and the types of the fields it reads without looking. A document of the wrong
shape is set aside as malformed (rules that need it are "not evaluated: malformed <path>"), so no
rule and no report section ever meets a list where it expects an object.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from wbdiag.bundle import globs, layout


class Kind(enum.Enum):
    OBJECT = "an object"
    LIST = "a list"
    TEXT = "a string"
    FLAG = "true or false"

    def holds(self, value: Any) -> bool:
        if self is Kind.OBJECT:
            return isinstance(value, dict)
        if self is Kind.LIST:
            return isinstance(value, list)
        if self is Kind.TEXT:
            return isinstance(value, str)
        return isinstance(value, bool)


@dataclass(frozen=True)
class Shape:
    kind: Kind
    # fields that, when present and not null, have this kind
    fields: dict[str, Kind] = field(default_factory=dict)
    items: Kind | None = None  # every element of a LIST (or of the object's `items`)


_K8S_LIST = Shape(Kind.OBJECT, {"items": Kind.LIST, "metadata": Kind.OBJECT}, items=Kind.OBJECT)

SHAPES: tuple[tuple[str, Shape], ...] = (
    (layout.SETTINGS, Shape(Kind.OBJECT, {"values": Kind.OBJECT, "sources": Kind.LIST})),
    (layout.MYSQL_CONNECTION, Shape(Kind.OBJECT)),
    (layout.MYSQL_VERSION, Shape(Kind.OBJECT)),
    (layout.MYSQL_VARIABLES, Shape(Kind.OBJECT)),
    (layout.MYSQL_DATABASES, Shape(Kind.OBJECT, {"all": Kind.LIST})),
    (layout.MYSQL_GRANTS, Shape(Kind.OBJECT, {"grants": Kind.LIST})),
    (layout.MYSQL_TABLES, Shape(Kind.OBJECT, {"largest": Kind.LIST})),
    (layout.PROBE_TLS, Shape(Kind.OBJECT)),
    (layout.PROBE_PROXY, Shape(Kind.OBJECT)),
    (layout.PROBE_STORAGE, Shape(Kind.OBJECT)),
    (layout.DOCKER_VERSION, Shape(Kind.OBJECT)),
    (layout.DOCKER_INFO, Shape(Kind.OBJECT)),
    (layout.DOCKER_CONTAINERS, Shape(Kind.LIST, items=Kind.OBJECT)),
    ("docker/containers/*/inspect.json", Shape(Kind.OBJECT, {"State": Kind.OBJECT})),
    (layout.K8S_CLUSTER, Shape(Kind.OBJECT, {"namespaces": Kind.LIST})),
    (layout.K8S_ACCESS, Shape(Kind.LIST, items=Kind.OBJECT)),
    (layout.K8S_NODES, _K8S_LIST),
    ("kubernetes/namespaces/*/*.json", _K8S_LIST),
)


def shape_of(path: str) -> Shape | None:
    return next((shape for pattern, shape in SHAPES if globs.matches(path, (pattern,))), None)


def problem(path: str, doc: Any) -> str | None:
    """Why `doc` does not have the shape its path promises, or None when it does (or when the
    path has no known shape: attachments and future documents are read as they are)."""
    shape = shape_of(path)
    if shape is None:
        return None
    if not shape.kind.holds(doc):
        return f"the document is {_kind_name(doc)}, expected {shape.kind.value}"
    if isinstance(doc, dict):
        for key, kind in shape.fields.items():
            value = doc.get(key)
            if value is not None and not kind.holds(value):
                return f"{key} is {_kind_name(value)}, expected {kind.value}"
    if shape.items is not None:
        elements = doc if isinstance(doc, list) else doc.get("items") or []
        for i, item in enumerate(elements):
            if not shape.items.holds(item):
                return f"item {i} is {_kind_name(item)}, expected {shape.items.value}"
    return None


def _kind_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
