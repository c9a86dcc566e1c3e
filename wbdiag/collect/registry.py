"""The collector registry: every Collector subclass in wbdiag.collect.sources, by name."""

from __future__ import annotations

import importlib
import pkgutil

from wbdiag.collect import sources
from wbdiag.collect.base import Collector


def _discover() -> dict[str, type[Collector]]:
    for info in pkgutil.iter_modules(sources.__path__):
        importlib.import_module(f"{sources.__name__}.{info.name}")
    found: dict[str, type[Collector]] = {}
    stack = list(Collector.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        name = getattr(cls, "name", None)
        # only the package's own modules: a test's throw-away collector is never registered
        if isinstance(name, str) and cls.__module__.startswith(sources.__name__ + "."):
            if name in found and found[name] is not cls:
                raise RuntimeError(f"two collectors are named {name!r}")
            found[name] = cls
    return dict(sorted(found.items()))


REGISTRY: dict[str, type[Collector]] = _discover()
