"""The one mechanism behind every registry (collectors, condition kinds): import each module of a
package, then index the subclasses of a base class that the package itself defines by a key."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any


def discover(package: ModuleType, base: Any, key: str) -> dict[str, Any]:
    """{key value: class}. Typed by the caller's annotation (the bases are abstract classes,
    which mypy will not pass as `type[T]`)."""
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
    found: dict[str, Any] = {}
    stack: list[Any] = list(base.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        name = getattr(cls, key, None)
        # only the package's own modules: a test's throw-away subclass is never registered
        if isinstance(name, str) and cls.__module__.startswith(package.__name__ + "."):
            if name in found and found[name] is not cls:
                raise RuntimeError(f"two {base.__name__} classes claim {key} {name!r}")
            found[name] = cls
    return dict(sorted(found.items()))
