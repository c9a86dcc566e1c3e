"""The Hyperscan engine's databases of a pattern set (matching.py's `HyperscanMatcher` scans
them): all patterns translated (hs_syntax.py) and compiled into one database, or loaded when the
package ships it compiled (wbdiag/hsdb.py); a pattern Hyperscan refuses named in the error, one
that may match an empty string allowed; the byte-mode database compiled with the matcher, the
UTF-8 one at the first non-ASCII block; each database's self-check (hs_check.py) run or taken
from the recorded answer. Compiled once per process for each pattern set (`databases`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from wbdiag import hsdb
from wbdiag.rules import firstuse, hs_check
from wbdiag.rules.hs_syntax import Unsupported, hyperscan_pattern, line_exact

if TYPE_CHECKING:
    from wbdiag.rules.matching import PatternSpec


class Compiled(NamedTuple):
    db: Any
    allow_empty: set[int]  # the patterns allowed to match an empty string
    key: str  # the hash its self-check is recorded under (hs_check.key)
    sources: tuple[bytes, ...]  # the expressions and flags compiled (hsdb.py records them)
    flags: tuple[int, ...]


class Databases:
    """The byte-mode database (exact on ASCII blocks) and the UTF-8 one (a superset, for blocks
    with non-ASCII bytes), compiled when the first such block comes: most logs never need it.
    Each checked itself when it compiled, or took the check's recorded answer (hs_check.py): the
    patterns it missed (`missed`, `wide_missed`) are matched by `re` on the blocks it scans."""

    def __init__(self, hs: Any, specs: tuple[PatternSpec, ...], ascii: Compiled) -> None:
        self.ascii = ascii.db
        self.missed = hs_check.missed(ascii.db, specs, False, ascii.key)
        self.wide_missed: frozenset[int] = frozenset()
        # patterns whose byte-mode reports need no confirmation (hs_syntax.py); one that may
        # match an empty string is confirmed
        self.exact = tuple(
            line_exact(spec.regex) and i not in ascii.allow_empty for i, spec in enumerate(specs)
        )
        self.wide_reason: str | None = None
        self._hs = hs
        self._specs = specs
        self._wide: Any = None
        self._wide_tried = False

    def wide(self) -> Any:
        """The UTF-8 database, or None when Hyperscan refuses it (`re` takes those blocks). Its
        compile (~0.6 CPU s for the shipped pack), at the first non-ASCII block, is a one-time
        cost no work budget counts (firstuse.py)."""
        if not self._wide_tried:
            self._wide_tried = True
            with firstuse.counted():
                try:
                    wide = compile_all(self._hs, self._specs, wide=True)
                    self.wide_missed = hs_check.missed(wide.db, self._specs, True, wide.key)
                    self._wide = wide.db
                except Unsupported as exc:
                    self.wide_reason = f"non-ASCII blocks use re: Hyperscan refuses {exc}"
        return self._wide


def load_hyperscan() -> Any:
    try:
        import hyperscan
    except ImportError:
        return None
    return hyperscan


def compile_all(hs: Any, specs: Sequence[PatternSpec], wide: bool) -> Compiled:
    """One database of all patterns; the error names the pattern Hyperscan rejects."""
    base = hs.HS_FLAG_MULTILINE | (hs.HS_FLAG_UTF8 if wide else 0)
    sources: list[bytes] = []
    flags: list[int] = []
    for i, spec in enumerate(specs):
        try:
            sources.append(hyperscan_pattern(spec.regex, wide).encode("utf-8"))
        except (Unsupported, ValueError, KeyError) as exc:
            raise Unsupported(f"pattern {i} {spec.regex!r}: {exc}") from exc
        flags.append(base | (hs.HS_FLAG_CASELESS if spec.ignore_case else 0))
    try:
        db = hsdb.compiled(hs, sources, flags)  # the package's, for the shipped pack
        key = hs_check.key(sources, flags, specs, db.info())
        return Compiled(db, set(), key, tuple(sources), tuple(flags))
    except hs.error:
        pass
    # Find the culprit; a pattern that can match an empty string is allowed (it is rare and
    # means what it says: re would match it too).
    for i, (source, flag) in enumerate(zip(sources, flags, strict=True)):
        try:
            hsdb.compile_now(hs, [source], [flag])
        except hs.error as exc:
            if "empty" not in str(exc).lower():
                raise Unsupported(f"pattern {i} {specs[i].regex!r}: {exc}") from exc
            flags[i] |= hs.HS_FLAG_ALLOWEMPTY
    allow_empty = {i for i, flag in enumerate(flags) if flag & hs.HS_FLAG_ALLOWEMPTY}
    try:
        db = hsdb.compiled(hs, sources, flags)
    except hs.error as exc:
        raise Unsupported(f"the patterns together: {exc}") from exc
    key = hs_check.key(sources, flags, specs, db.info())
    return Compiled(db, allow_empty, key, tuple(sources), tuple(flags))


@functools.lru_cache(maxsize=32)
def databases(specs: tuple[PatternSpec, ...]) -> Databases | str:
    """Compiled once per process for each pattern set (a scanner is built per analysis and per
    rule fixture); a string is why Hyperscan cannot be used."""
    hs = load_hyperscan()
    if hs is None:
        return "the hyperscan package is not installed (it has no wheel for this platform)"
    try:
        ascii = compile_all(hs, specs, wide=False)
    except Unsupported as exc:
        return f"Hyperscan refuses {exc}"
    return Databases(hs, specs, ascii)
