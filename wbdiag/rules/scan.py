"""One pass over every log file: all log conditions (and observers) matched together."""

from __future__ import annotations

import contextlib
import functools
import itertools
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Protocol

from wbdiag.bundle import globs
from wbdiag.bundle.layout import subject_of
from wbdiag.rules.blocks import LineBlock, read_blocks
from wbdiag.rules.events import Event, Sample, speakers
from wbdiag.rules.linear import Match
from wbdiag.rules.matching import (
    Hit,
    LineMatcher,
    PatternSpec,
    build_matcher,
    compile_ahead,
)
from wbdiag.rules.model import Evidence
from wbdiag.rules.offload import Later, ObserverRelay
from wbdiag.rules.portable_regex import split_alternatives
from wbdiag.timestamps import line_time

if TYPE_CHECKING:
    from wbdiag.rules.conditions.log import LogCondition

MAX_SAMPLES = 5
MAX_EVENT_CANDIDATES = 64
# Events matched only by conditions that need several lines (min_count) wait for the end of the
# scan to learn whether those fired; past this many they are settled with the counts so far.
MAX_DEFERRED = 4096


def _by_line(hits: list[Hit]) -> Iterator[tuple[int, list[tuple[int, Match]]]]:
    """A block's hits, sorted by line, as (line index, [(pattern index, match)])."""
    for n, group in itertools.groupby(hits, key=operator.itemgetter(0)):
        yield n, [(idx, m) for _, idx, m in group]


@dataclass
class LogHits:
    count: int = 0
    files_scanned: int = 0
    first_time: str | None = None
    last_time: str | None = None
    captures: dict[str, str] = field(default_factory=dict)
    per_file: dict[str, int] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    last: Sample | None = None

    def add(self, sample: Sample, match: Match) -> None:
        self.count += 1
        self.per_file[sample.path] = self.per_file.get(sample.path, 0) + 1
        if not self.captures:
            self.captures = {k: v for k, v in match.groupdict().items() if v is not None}
        if sample.time:
            if self.first_time is None or sample.time < self.first_time:
                self.first_time = sample.time
            if self.last_time is None or sample.time > self.last_time:
                self.last_time = sample.time
        if len(self.samples) < MAX_SAMPLES:
            self.samples.append(sample)
        self.last = sample

    def evidence(self) -> list[Evidence]:
        chosen = list(self.samples)
        if self.last is not None and self.last not in chosen:
            chosen.append(self.last)
        return [
            Evidence(
                path=s.path,
                line=s.line,
                text=s.text,
                time=s.time,
                subject=subject_of(s.path),
                context=tuple(s.context),
            )
            for s in chosen
        ]


class LineObserver(Protocol):
    """Sees the lines its own (portable) pattern selects, and whether a rule explained them.

    Called once per multi-line event (a panic and its goroutine trace, a traceback) with the
    event's first selected line, or for a bare Python traceback the exception line that ends it;
    `later` holds the event's other selected lines after the first, in order, for an observer
    whose own check rejects the first (the scan's pattern is only its loose half: ` -  [LDAP
    result code 49 …] InvalidCredentialsError` before the exception line that says it); `explained` is true when a rule matched any line of the event (a condition with a min_count
    only once it reaches that count). Calls come when the event ends, or, for an event only such
    a condition matched before reaching its count, at the end of the scan (`settle`).
    """

    pattern: PatternSpec

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None: ...


@functools.lru_cache(maxsize=64)
def _branch_specs(pattern: PatternSpec) -> tuple[PatternSpec, ...]:
    """An observer's pattern, branch by branch (the miner's: ~600 branches, the same for every
    analysis of a process)."""
    return tuple(PatternSpec(b, pattern.ignore_case) for b in split_alternatives(pattern.regex))


class _Layout:
    """What a scanner derives from its conditions alone (built once for the pack's conditions:
    the corpus run builds a scanner for each of thousands of bundles)."""

    def __init__(self, conditions: tuple[LogCondition, ...]) -> None:
        self.conditions = tuple(dict.fromkeys(conditions))
        self.known = frozenset(id(c) for c in self.conditions)
        # the conditions' distinct glob sets (the shipped pack's share `**/*.log`) and their
        # conditions' indices
        by_globs: dict[tuple[str, ...], list[int]] = {}
        for i, c in enumerate(self.conditions):
            by_globs.setdefault(c.paths, []).append(i)
        self.by_globs = {g: tuple(indices) for g, indices in by_globs.items()}
        self._selections: dict[tuple[tuple[str, ...], ...], tuple[int, ...]] = {}
        self._specs: dict[
            tuple[tuple[int, ...], tuple[PatternSpec, ...]], tuple[PatternSpec, ...]
        ] = {}

    def selection(self, sets: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
        """The indices, in order, of the conditions whose glob set is one of `sets`."""
        known = self._selections.get(sets)
        if known is None:
            known = self._selections[sets] = tuple(
                sorted(i for g in sets for i in self.by_globs[g])
            )
        return known

    def specs(
        self, selected: tuple[int, ...], observed: tuple[PatternSpec, ...]
    ) -> tuple[PatternSpec, ...]:
        """What a matcher is built from: the selected conditions' patterns, then each observer's
        pattern branch by branch."""
        key = (selected, observed)
        known = self._specs.get(key)
        if known is None:
            if len(self._specs) >= 64:
                self._specs.clear()
            known = self._specs[key] = tuple(
                [self.conditions[i].spec for i in selected]
                + [s for p in observed for s in _branch_specs(p)]
            )
        return known


@functools.lru_cache(maxsize=16)
def _layout(conditions: tuple[LogCondition, ...]) -> _Layout:
    return _Layout(conditions)


class LogScanner:
    """`helper_process`: observers that see many lines run in a helper process beside the scan
    (wbdiag/rules/offload.py), started at once with `helper_at_once` (a large bundle), else once
    an observer has seen enough lines; scan inside `with scanner.running():` so their results
    come back."""

    def __init__(
        self,
        conditions: Iterable[LogCondition],
        observers: Iterable[LineObserver] = (),
        helper_process: bool = False,
        helper_at_once: bool = False,
        together: Mapping[LogCondition, Sequence[LogCondition]] | None = None,
        never_explain: Iterable[LogCondition] = (),
        apart: Mapping[LogCondition, Sequence[LogCondition]] | None = None,
    ) -> None:
        layout = _layout(tuple(conditions))
        self.conditions = list(layout.conditions)
        # a log condition under a `not`: counted, but its lines never explained (its match keeps
        # the rule from firing)
        self._never_explain = {id(c) for c in never_explain}
        # a log condition that fires only with others (the parts of an `all`): its lines are
        # explained when they all reached their counts, so they wait for the end like min_count's
        self._together = {id(c): tuple(others) for c, others in (together or {}).items()}
        # ... and the log parts under a `not` beside it in that `all`: once one of them reached
        # its count the `all` cannot fire, so its lines stay unexplained
        self._apart = {id(c): tuple(others) for c, others in (apart or {}).items()}
        self.observers = list(observers)
        self._relays = [ObserverRelay(o, helper_process) for o in self.observers]
        self._helper_at_once = helper_process and helper_at_once
        # Made on a condition's first match or first `hits` call: an analysis's conditions mostly
        # match nothing, and the corpus run builds a scanner for each of thousands of bundles.
        self._hits: dict[int, LogHits] = {}
        self._layout = layout
        self._known = layout.known
        # the files each glob set selected so far (every LogHits.files_scanned)
        self._files_scanned = dict.fromkeys(layout.by_globs, 0)
        # by path: the conditions' indices and the glob sets that select it
        self._selections: dict[str, tuple[tuple[int, ...], tuple[tuple[str, ...], ...]]] = {}
        self._matchers: dict[tuple[int, ...], LineMatcher] = {}
        # matcher index past the rules' -> the observer whose pattern branch it is
        self._observer_of = [
            k for k, o in enumerate(self.observers) for _ in _branch_specs(o.pattern)
        ]
        # (observer, path, lineno, line, indices of the min_count conditions that matched it)
        self._deferred: list[tuple[int, str, int, str, Later, frozenset[int]]] = []

    @functools.cached_property
    def _observer_branches(self) -> list[list[str]]:
        """Each observer's pattern, split into its branches (what the matcher is given)."""
        return [[b.regex for b in _branch_specs(o.pattern)] for o in self.observers]

    def hits(self, condition: LogCondition) -> LogHits:
        key = id(condition)
        if key not in self._known:
            raise KeyError(condition)
        found = self._hits.get(key)
        if found is None:
            found = self._hits[key] = LogHits()
        found.files_scanned = self._files_scanned[condition.paths]
        return found

    def matched(self) -> set[int]:
        """The ids of the conditions that matched a line so far."""
        return {key for key, h in self._hits.items() if h.count}

    def globs_scanned(self) -> set[tuple[str, ...]]:
        """The conditions' glob sets that selected a file scanned so far."""
        return {g for g, n in self._files_scanned.items() if n}

    @contextlib.contextmanager
    def running(self) -> Iterator[LogScanner]:
        """Scans made inside reach every observer by the end of the block; an error stops the
        helper processes."""
        try:
            if self._helper_at_once:
                for relay in self._relays:
                    relay.start_now()
            yield self
            self.settle()
        except BaseException:
            for relay in self._relays:
                relay.abort()
            raise
        for relay in self._relays:
            relay.finish()

    def settle(self) -> None:
        """Hand observers the events only conditions with a min_count matched: a line is
        explained by such a condition only when it fired (reached its count over all files)."""
        deferred, self._deferred = self._deferred, []
        for k, path, lineno, line, later, pending in deferred:
            self._relays[k].observe(path, lineno, line, self._reached(pending), later)

    def _counted(self, c: LogCondition) -> bool:
        key = id(c)
        if key not in self._known:
            return False
        hits = self._hits.get(key)
        return (0 if hits is None else hits.count) >= c.min_count

    def _reached(self, pending: Iterable[int]) -> bool:
        return any(
            self._counted(c)
            and all(map(self._counted, self._together.get(id(c), ())))
            and not any(map(self._counted, self._apart.get(id(c), ())))
            for c in map(self.conditions.__getitem__, pending)
        )

    def _selected(self, path: str) -> tuple[int, ...]:
        # most conditions share their globs (`**/*.log`): each distinct set is matched once
        known = self._selections.get(path)
        if known is None:
            sets = tuple(g for g in self._layout.by_globs if globs.matches(path, g))
            known = self._selections[path] = (self._layout.selection(sets), sets)
        return known[0]

    def wants(self, path: str) -> bool:
        return bool(self.observers) or bool(self._selected(path))

    def all_patterns(self) -> list[PatternSpec]:
        """The patterns of a file every condition selects (the shipped pack's log conditions
        all read `**/*.log`): each condition's, then every observer's pattern branch."""
        return list(self._specs(tuple(range(len(self.conditions)))))

    def compile_ahead(self) -> None:
        """Start compiling `all_patterns()` on a thread (matching.compile_ahead), so the first
        scan need not wait for all of it; other selections compile when a file needs them."""
        compile_ahead(self.all_patterns())

    def prepare(self, whole: bool = False) -> None:
        """Compile now what the first lines would: the matcher of a file every condition selects
        (waiting for `compile_ahead`; `whole`: with what it compiles at its first non-ASCII
        block). `analyze` calls it before its CPU budget starts: a one-time compile is no cost
        of the bundle's. The UTF-8 database compiles at the first non-ASCII block and the
        miner's confirmation at its first line instead, and the work budgets leave those out
        (firstuse.py)."""
        every = tuple(range(len(self.conditions)))
        matcher = self._matchers.get(every)
        if matcher is None:
            matcher = self._matchers[every] = build_matcher(self._specs(every))
        if whole:
            matcher.prepare()

    def _specs(self, selected: tuple[int, ...]) -> tuple[PatternSpec, ...]:
        return self._layout.specs(selected, tuple(o.pattern for o in self.observers))

    def scan(self, path: str, stream: IO[bytes], max_line_bytes: int) -> None:
        selected = self._selected(path)
        for g in self._selections[path][1]:
            self._files_scanned[g] += 1
        matcher = self._matchers.get(selected)
        if matcher is None:
            matcher = self._matchers[selected] = build_matcher(self._specs(selected))
        n_rules = len(selected)
        observer_of = self._observer_of
        event: Event | None = None
        first = 1  # the line number of the block's first line
        # The matcher takes a block of lines at once (one Hyperscan call, see matching.py); lines
        # no pattern matched matter only while an event is open: they are offered to it.
        for block in read_blocks(stream, max_line_bytes):
            offered = 0  # the block's lines before this one were offered to the event or matched
            for n, found in _by_line(matcher.match_block(block)):
                event = self._offer(path, event, block, offered, n + 1)
                offered = n + 1
                lineno, line = first + n, block.line(n)
                if event is None:
                    event = Event(len(self.observers))
                sample: Sample | None = None
                for idx, m in found:
                    if idx < n_rules:
                        c = self.conditions[selected[idx]]
                        if c.unless_regex is not None and c.excludes(line):
                            continue  # taken back: neither counted nor explaining the line
                        explains = id(c) not in self._never_explain
                        waits = id(c) in self._together or id(c) in self._apart
                        if explains and (c.min_count > 1 or waits):
                            event.pending.add(selected[idx])
                        elif explains:
                            event.explained = True
                        if sample is None:
                            sample = Sample(path, lineno, line, line_time(line))
                            event.samples.append(sample)
                        key = id(c)
                        hits = self._hits.get(key)
                        if hits is None:
                            hits = self._hits[key] = LogHits()
                        hits.add(sample, m)
                    else:
                        candidates = event.candidates[observer_of[idx - n_rules]]
                        if candidates and candidates[-1][0] == lineno:
                            continue  # another branch of the same observer's pattern
                        if len(candidates) < MAX_EVENT_CANDIDATES:
                            candidates.append((lineno, line))
            event = self._offer(path, event, block, offered, len(block))
            first += len(block)
        if event is not None:
            self._dispatch(path, event)

    def _offer(
        self, path: str, event: Event | None, block: LineBlock, start: int, stop: int
    ) -> Event | None:
        """Lines start..stop-1 of the block, in order, each continuing the open event or ending it
        (dispatched), as line by line; the event still open after them, or None."""
        if event is None:
            return None
        for n in range(start, stop):
            if not event.continued_by(block.line(n)):
                self._dispatch(path, event)
                return None
        return event

    def _dispatch(self, path: str, event: Event) -> None:
        """Tell each observer about the event once (a traceback's pieces alone: each of them,
        `speakers`), with whether a rule matched any of its lines (the `goroutine 1 [running]`
        after an explained panic is explained too)."""
        for k, (relay, candidates) in enumerate(zip(self._relays, event.candidates, strict=True)):
            if not candidates:
                continue
            for lineno, line, later in speakers(candidates):
                if event.explained or not event.pending:
                    relay.observe(path, lineno, line, event.explained, later)
                elif self._reached(event.pending) and not any(
                    id(self.conditions[i]) in self._apart for i in event.pending
                ):
                    # (a `not` beside it may match a later line: that waits for the end)
                    relay.observe(path, lineno, line, True, later)
                elif len(self._deferred) < MAX_DEFERRED:
                    self._deferred.append((k, path, lineno, line, later, frozenset(event.pending)))
                else:
                    relay.observe(path, lineno, line, False, later)
