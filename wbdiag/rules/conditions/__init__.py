"""The condition registry: every module in this package defining a Condition subclass with a
`kind` is picked up. A new kind is one new file here (and its branch in rule.schema.json)."""

from __future__ import annotations

import importlib
import pkgutil

from wbdiag.rules.conditions.base import Condition


def _discover() -> dict[str, type[Condition]]:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    registry: dict[str, type[Condition]] = {}
    stack = list(Condition.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        kind = getattr(cls, "kind", None)
        if isinstance(kind, str) and cls.__module__.startswith(__name__ + "."):
            if kind in registry and registry[kind] is not cls:
                raise RuntimeError(f"two condition classes claim kind {kind!r}")
            registry[kind] = cls
    return registry


REGISTRY: dict[str, type[Condition]] = _discover()
