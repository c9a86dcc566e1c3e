"""Regular expressions compiled on first use.

The redactor and the rules hold ~1,600 module-level patterns; compiling them all at import
cost most of every wbdiag process's start-up, while one run uses a fraction of them (the
prefilter hands a line only the groups whose hints it holds). `compile` returns an object
that compiles on its first use and then keeps the compiled pattern's methods as its own
attributes, so later calls cost one attribute lookup. `.pattern` is the source text without
compiling (stamps and combined patterns read it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

# the attributes copied from the compiled pattern on first use
_BOUND = (
    "match",
    "search",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "groupindex",
    "groups",
    "flags",
)


class LazyPattern:
    """A `re.Pattern[str]` stand-in that compiles on first attribute access."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        rx = re.compile(self.pattern, self._flags)
        for name in _BOUND:
            setattr(self, name, getattr(rx, name))
        self.compiled = lambda: rx  # type: ignore[method-assign]
        return rx

    def __getattr__(self, name: str) -> Any:
        # only reached for attributes not yet set on the instance
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        # the compiled methods bound on the instance do not pickle (the rules' offload helper
        # and the prefilter's shared plan pickle objects holding patterns)
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


if TYPE_CHECKING:

    def compile(pattern: str, flags: int = 0) -> re.Pattern[str]: ...

else:
    compile = LazyPattern
