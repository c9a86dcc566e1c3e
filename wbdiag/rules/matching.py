"""The one small interface behind which log matching lives.

`build_matcher(patterns)` compiles a set of patterns once. Two ways to use it:
  - `matcher.match(line)`: the indices of the patterns that match one line, with their `re` match;
  - `matcher.match_block(block)`: the same for every line of a `LineBlock` (many complete lines as
    one UTF-8 buffer, from `read_blocks`), as (line index, pattern index, match), sorted.
Captures always come from `re` (RE2, wbdiag/rules/linear.py), made when someone asks for them.

Engines (`matcher.engine`):
  - "hyperscan": when the `hyperscan` package imports (a default dependency on the platforms
    where it has wheels) and every pattern compiles with it (translated by
    wbdiag/rules/hs_syntax.py). One `db.scan()` over a whole block finds the (line, pattern)
    pairs. On ASCII blocks (byte mode) a report is a match for every pattern that cannot match
    a newline itself: no confirmation, the match object runs RE2 only when its groups or span
    are asked for (a rule's first captures). Blocks holding non-ASCII bytes are scanned by a
    looser UTF-8 database (a superset, compiled at the first such block) and every candidate
    is confirmed; if Hyperscan refuses that database, those blocks go to `re` (`matcher.reason`
    says so). Each database checks itself when it compiles, or takes the check's answer
    recorded for the shipped pack (hs_check.py: the engine's 5.4 build has missed matches `re`
    finds): the patterns it misses on lines made from them are matched by the "re" engine's
    path below on the blocks that database scans, and its reports of them are dropped. The
    shipped pack's two databases come compiled in the package (wbdiag/hsdb.py); the databases
    are compiled or loaded in hs_compile.py. Per-line scanning through Hyperscan is
    call-overhead-bound (~6 µs a line): one call per 256 KiB block is 12x faster
    (bench/README.md).
  - "re": otherwise. Each pattern's rarest required literal is searched through the whole block
    with `bytes.find` (wbdiag/rules/prefilter.py) and only lines holding one are tried with that
    pattern; patterns without such a literal are tried on every line behind their combined
    alternation. `matcher.reason` says why Hyperscan was not used.
`WBDIAG_MATCHER=re|hyperscan` forces one (tests, bench); forcing an engine that cannot be used is
an error, not a silent fallback. Both engines find the same (line, pattern) pairs
(tests/unit/test_matching.py compares them on every shipped fixture and the bench logs,
tests/unit/test_hs_syntax.py on every ASCII character against each class construct;
tests/unit/test_matching_hsguard.py on lines made from every shipped pattern and on the engine's
known misses).
"""

from __future__ import annotations

import functools
import operator
import os
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from wbdiag import lazyre
from wbdiag.rules import hs_compile, linear
from wbdiag.rules.blocks import LineBlock
from wbdiag.rules.prefilter import NeedlePlan, requirement

_NAMED_GROUP = lazyre.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")

ENGINES = ("hyperscan", "re")
ENV_ENGINE = "WBDIAG_MATCHER"


class MatcherUnavailable(RuntimeError):
    """A forced engine (WBDIAG_MATCHER) cannot be used for these patterns."""


class PatternSpec(NamedTuple):
    """A tuple: sets of ~900 are hashed and compared per analysis to find their compiled
    matcher (`hs_compile.databases`' cache, `compile_ahead`), which a frozen dataclass does in
    Python."""

    regex: str
    ignore_case: bool = False


Hit = tuple[int, int, linear.Match]  # (line index in the block, pattern index, match)


class LineMatcher(Protocol):
    @property
    def engine(self) -> str: ...  # "hyperscan" or "re"

    @property
    def reason(self) -> str | None: ...  # why (part of) the work does not use Hyperscan

    def match(self, line: str) -> list[tuple[int, linear.Match]]: ...

    def match_block(self, block: LineBlock) -> list[Hit]: ...

    def prepare(self) -> None: ...  # compile now what the first blocks would compile


# -- the `re` engine ---------------------------------------------------------------------------
def _alternation(patterns: Sequence[PatternSpec]) -> linear.Pattern | None:
    """All patterns as one `re` alternation: one call rejects a line none of them matches."""
    parts = []
    for p in patterns:
        body = _NAMED_GROUP.sub("(?:", p.regex)  # group names may repeat across patterns
        parts.append(f"(?i:{body})" if p.ignore_case else f"(?:{body})")
    # RE2 (linear.py), as for confirming: lines are untrusted, `re` backtracks on crafted ones
    return linear.compile_any("|".join(parts)) if parts else None


class ReMatcher:
    """Blocks: each pattern's rarest required literal is searched through the whole block
    (prefilter.py), and only the lines holding one are tried with that pattern's `re`; patterns
    without such a literal are tried on every line, behind their alternation."""

    engine = "re"

    def __init__(self, patterns: Sequence[PatternSpec], reason: str | None = None) -> None:
        self.reason = reason
        self._compiled = linear.Lazy(patterns)
        self._specs = tuple(patterns)

    @functools.cached_property
    def _any(self) -> linear.Pattern | None:
        return _alternation(self._specs)

    def match(self, line: str) -> list[tuple[int, linear.Match]]:
        if self._any is None or self._any.search(line) is None:
            return []
        out = []
        for i, rx in enumerate(self._compiled):
            m = rx.search(line)
            if m is not None:
                out.append((i, m))
        return out

    def match_block(self, block: LineBlock) -> list[Hit]:
        plan, rest = _needle_plan(self._specs, block.ascii)
        found = plan.candidates(block.data)
        found.sort(key=operator.itemgetter(0))  # line indices are counted in one forward pass
        candidates: dict[int, set[int]] = {}
        for offset, patterns in found:
            candidates.setdefault(block.index(offset), set()).update(patterns)
        if rest is not None:
            search = rest.search
            for n, line in enumerate(block.lines()):
                if search(line) is not None:
                    candidates.setdefault(n, set()).update(plan.everywhere)
        return confirm(block, candidates, self._compiled)

    def prepare(self) -> None:
        """Build the literal plans of both kinds of block (each built at the first such block)."""
        _needle_plan(self._specs, True)
        _needle_plan(self._specs, False)


@functools.lru_cache(maxsize=64)
def _needle_plan(
    specs: tuple[PatternSpec, ...], ascii_text: bool
) -> tuple[NeedlePlan, linear.Pattern | None]:
    """Built when a block first needs it, once per pattern set (a scanner is built per analysis,
    and the Hyperscan engine needs it only for blocks it cannot take)."""
    plan = NeedlePlan([requirement(p.regex, p.ignore_case, ascii_text) for p in specs])
    return plan, _alternation([specs[i] for i in plan.everywhere])


def confirm(
    block: LineBlock, candidates: dict[int, set[int]], compiled: Sequence[linear.Pattern]
) -> list[Hit]:
    """The candidate (line, pattern) pairs that RE2 confirms, as sorted hits."""
    hits: list[Hit] = []
    for n in sorted(candidates):
        line = block.line(n)
        for i in sorted(candidates[n]):
            m = compiled[i].search(line)
            if m is not None:
                hits.append((n, i, m))
    return hits


# -- the Hyperscan engine ---------------------------------------------------------------------
class LazyMatch:
    """The RE2 match of a line Hyperscan has already found to match, made when first asked for.
    Should RE2 disagree (a translation bug), it reads as a match without groups."""

    __slots__ = ("_line", "_match", "_pattern")

    def __init__(self, pattern: linear.Pattern, line: str) -> None:
        self._pattern = pattern
        self._line = line
        self._match: linear.Match | None = None

    def resolve(self) -> linear.Match | None:
        if self._match is None:
            self._match = self._pattern.search(self._line)
        return self._match

    def group(self, *groups: int | str) -> Any:
        m = self.resolve()
        return m.group(*groups) if m is not None else None

    def groupdict(self) -> dict[str, Any]:
        m = self.resolve()
        return m.groupdict() if m is not None else {}

    def start(self, group: int | str = 0) -> int:
        m = self.resolve()
        return m.start(group) if m is not None else -1

    def end(self, group: int | str = 0) -> int:
        m = self.resolve()
        return m.end(group) if m is not None else -1

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)


def _collect(
    pattern: int, start: int, end: int, flags: int, reports: list[tuple[int, int]]
) -> None:
    reports.append((end, pattern))


class HyperscanMatcher:
    engine = "hyperscan"

    def __init__(self, patterns: Sequence[PatternSpec], dbs: hs_compile.Databases) -> None:
        self._dbs = dbs
        self._specs = tuple(patterns)
        self._re = ReMatcher(patterns)  # its patterns compile as they are needed
        self._compiled = self._re._compiled
        self._by_re: dict[frozenset[int], _Subset] = {}

    @property
    def reason(self) -> str | None:
        return self._dbs.wide_reason

    def _missed(self, ascii_text: bool) -> _Subset | None:
        """`re` for the patterns the database of this kind of text missed in its self-check."""
        missed = self._dbs.missed if ascii_text else self._dbs.wide_missed
        if not missed:
            return None
        subset = self._by_re.get(missed)
        if subset is None:
            subset = self._by_re[missed] = _Subset(self._specs, missed)
        return subset

    def prepare(self) -> None:
        """Compile the UTF-8 database (else compiled at the first non-ASCII block) and the `re`
        subsets of the patterns either database missed."""
        if self._dbs.wide() is None:
            _needle_plan(self._specs, False)  # non-ASCII blocks go to `re`
        for ascii_text in (True, False):
            subset = self._missed(ascii_text)
            if subset is not None:
                subset.prepare(ascii_text)

    def match(self, line: str) -> list[tuple[int, linear.Match]]:
        """One line, one scan call: right for a few lines, slow for a log (see match_block)."""
        try:
            data = line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not for a UTF-8 scanner
            return self._re.match(line)
        db = self._dbs.ascii if data.isascii() else self._dbs.wide()
        if db is None or b"\n" in data:
            return self._re.match(line)
        reports: list[tuple[int, int]] = []
        db.scan(data, match_event_handler=_collect, context=reports)
        subset = self._missed(data.isascii())
        found = {pattern for _, pattern in reports}
        if subset is not None:
            found = (found - subset.indices) | {i for i, _ in subset.match(line)}
        out = []
        for i in sorted(found):
            m = self._compiled[i].search(line)
            if m is not None:
                out.append((i, m))
        return out

    def match_block(self, block: LineBlock) -> list[Hit]:
        db = self._dbs.ascii if block.ascii else self._dbs.wide()
        if db is None:
            return self._re.match_block(block)
        subset = self._missed(block.ascii)
        if subset is None:
            return self._scan(db, block)
        # the database's reports of a missed pattern are right but may be incomplete: `re`'s
        # are all of them
        hits = [hit for hit in self._scan(db, block) if hit[1] not in subset.indices]
        hits += subset.match_block(block)
        hits.sort(key=operator.itemgetter(0, 1))
        return hits

    def _scan(self, db: Any, block: LineBlock) -> list[Hit]:
        reports: list[tuple[int, int]] = []
        db.scan(block.data, match_event_handler=_collect, context=reports)
        if not reports:
            return []
        reports.sort()  # by end offset: line indices are then counted in one forward pass
        candidates: dict[int, set[int]] = {}
        last = len(block.data) - 1
        for end, pattern in reports:
            # a match ending after the last newline belongs to the last line
            candidates.setdefault(block.index(min(end, last)), set()).add(pattern)
        if not block.ascii:
            return confirm(block, candidates, self._compiled)
        # byte mode: a line-exact pattern's report is a match; RE2 runs only if someone asks
        # for the match's groups or span (a rule's first captures, tests)
        exact, compiled = self._dbs.exact, self._compiled
        hits: list[Hit] = []
        for n in sorted(candidates):
            line = block.line(n)
            for i in sorted(candidates[n]):
                if exact[i]:
                    hits.append((n, i, LazyMatch(compiled[i], line)))
                elif (m := compiled[i].search(line)) is not None:
                    hits.append((n, i, m))
        return hits


class _Subset:
    """Some of a matcher's patterns on the `re` engine, reporting their indices in the whole set."""

    def __init__(self, specs: Sequence[PatternSpec], indices: frozenset[int]) -> None:
        self.indices = indices
        self._index = sorted(indices)
        self._re = ReMatcher([specs[i] for i in self._index])

    def match(self, line: str) -> list[tuple[int, linear.Match]]:
        return [(self._index[i], m) for i, m in self._re.match(line)]

    def match_block(self, block: LineBlock) -> list[Hit]:
        return [(n, self._index[i], m) for n, i, m in self._re.match_block(block)]

    def prepare(self, ascii_text: bool) -> None:
        _needle_plan(self._re._specs, ascii_text)


def build_matcher(patterns: Sequence[PatternSpec]) -> LineMatcher:
    """Hyperscan when it can be used for every pattern, else `re` (see `matcher.reason`);
    WBDIAG_MATCHER=re|hyperscan forces one. Waits for a build `compile_ahead` started."""
    pending = _AHEAD.pop(tuple(patterns), None)
    if pending is not None:
        return pending.result()
    return _build(patterns)


def _build(patterns: Sequence[PatternSpec]) -> LineMatcher:
    forced = os.environ.get(ENV_ENGINE, "").strip().lower()
    if forced and forced not in ENGINES:
        raise MatcherUnavailable(f"{ENV_ENGINE}={forced!r}: choose one of {', '.join(ENGINES)}")
    if forced == "re" or not patterns:  # nothing to match: nothing to speed up
        return ReMatcher(patterns)
    dbs = hs_compile.databases(tuple(patterns))
    if len(_COMPILED) > 64:
        _COMPILED.clear()
    _COMPILED.add(tuple(patterns))
    if isinstance(dbs, str):
        if forced == "hyperscan":
            raise MatcherUnavailable(f"{ENV_ENGINE}=hyperscan: {dbs}")
        return ReMatcher(patterns, reason=dbs)
    return HyperscanMatcher(patterns, dbs)


# -- compiling ahead ---------------------------------------------------------------------------
class PendingMatcher:
    """A matcher built on a thread. Hyperscan's compile (~0.15 s for the shipped pack) releases
    the GIL, so what the analysis does meanwhile (imports, loading the pack, starting the helper
    processes) runs beside it instead of before it; `result()` waits and raises what the build
    raised."""

    def __init__(self, patterns: tuple[PatternSpec, ...]) -> None:
        self._result: LineMatcher | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(patterns,), name="compile patterns", daemon=True
        )
        self._thread.start()

    def _run(self, patterns: tuple[PatternSpec, ...]) -> None:
        try:
            self._result = _build(patterns)
        except BaseException as exc:  # handed to the caller of result()
            self._error = exc

    def result(self) -> LineMatcher:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


_AHEAD: dict[tuple[PatternSpec, ...], PendingMatcher] = {}
# pattern sets built in this process (their databases are in `hs_compile.databases`' cache,
# unless it let them go): nothing to compile ahead, and a thread per analysis costs more than the lookup
_COMPILED: set[tuple[PatternSpec, ...]] = set()


def compile_ahead(patterns: Sequence[PatternSpec]) -> None:
    """Start building the matcher of exactly these patterns on a thread; `build_matcher` of the
    same patterns then waits for it instead of building its own. What it compiles at its first
    non-ASCII block (`prepare`) waits for that block."""
    key = tuple(patterns)
    if key not in _AHEAD and key not in _COMPILED:
        _AHEAD[key] = PendingMatcher(key)
