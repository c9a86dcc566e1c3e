"""Errors no rule knows: error-level lines not explained by a finding, grouped into templates.

`TemplateMiner` is a `LineObserver`: the scan hands it every error-level event (its portable
`pattern`, `ERROR_CANDIDATE`, selects the candidates; which lines are errors, with or without a
level word, is defined in error_lines.py) with whether a rule explained it. Unexplained ones are
grouped per source file into templates: the message (for JSON lines its `msg` and `error`
fields; a docker json-file envelope unwrapped) with timestamps, URLs, UUIDs, IPs and ports,
quoted values (not JSON keys), paths, hex and mixed-alphanumeric ids and numbers masked, and
never a template of placeholders only (`readable_template`, masks.py). Each template keeps a count,
first/last time, one real sample and its highest rate within any 60 seconds.

Masking or Drain3? Measured with `python -m tests.unit.miner_bench 200000`: a synthetic
200,000-line log, every line an error of one of 40 true templates (random ids, IPs, ports, quoted
and unquoted names, paths, numbers, pod names; JSON, logfmt, Python-logging and docker-prefixed
lines); CPU seconds on this project's 2-core machine (two runs), both clusterers fed the same
extracted messages and the same masks:
  - masking alone: 6.0-6.2 s (~33k lines/s). The whole observe() (confirmation, level check,
    extraction, masking, folding, timestamps, rates): 14-16 s (~13k lines/s). 44 templates, none
    mixing two true ones; 3 true templates leave a stray line or two apart (an all-digit hex id,
    an id with no digit);
  - Drain3 0.9.11 (sim_th 0.4, depth 4): 13.4-15.1 s (~14k lines/s) for the clustering alone: 40
    templates, exact. Without the key=value mask it split `user=X entity=Y ...` into 96.
Drain is exact but over twice as slow as masking, and masking with the one-word fold below is
good enough (the leftovers are single lines), so: masking, and no new dependency. In a whole
analysis only error-level lines reach the miner: a 200k-line log with 30% errors goes through
analyze() with the full rule pack in about 11.5 s CPU.
"""

from __future__ import annotations

import enum
import functools
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime

from wbdiag import lazyre
from wbdiag.bundle import globs
from wbdiag.bundle.layout import subject_of
from wbdiag.rules import firstuse
from wbdiag.rules.error_candidates import (  # the candidate definition; re-exported
    CANDIDATE_PATTERNS,
    ERROR_CANDIDATE,
)
from wbdiag.rules.error_levels import is_error_level  # re-exported
from wbdiag.rules.error_lines import error_body, message_of, unwrap  # re-exported
from wbdiag.rules.error_tracebacks import TracebackRuns
from wbdiag.rules.masks import (  # re-exported
    MAX_TEMPLATE_CHARS,
    MIN_TEMPLATE_LETTERS,
    mask,
    readable_template,
)
from wbdiag.rules.matching import PatternSpec
from wbdiag.rules.offload import Later
from wbdiag.timestamps import line_time

__all__ = [
    "CANDIDATE_PATTERNS",
    "ERROR_CANDIDATE",
    "MAX_TEMPLATE_CHARS",
    "MIN_TEMPLATE_LETTERS",
    "ErrorTemplate",
    "MinerVerdict",
    "TemplateMiner",
    "is_error_level",
    "mask",
    "message_of",
    "miner_verdict",
    "readable_template",
]

TOP_PER_SOURCE = 20
MAX_TEMPLATES_PER_SOURCE = 5000  # past this a source's new templates are only counted
MAX_SAMPLE_CHARS = 2000  # of a template's sample line (lines may be 64 KiB)
# A work budget per analysis: unexplained error events grouped, and CPU seconds spent on them
# (a crafted line costs far more than a real one); past either, events are only counted.
MAX_EVENTS = 100_000
MAX_SECONDS = 4.0
BURST_WINDOW_SECONDS = 60
MERGE_AFTER = 5  # distinct templates differing in one unmasked word before it becomes <*>
MERGE_MIN_WORDS = 4  # shorter messages are mostly their words: never fold them


@dataclass(frozen=True)
class ErrorTemplate:
    source: str  # the subject (pod/container/file) the lines came from
    template: str  # the line with numbers, ids, IPs, hex, quoted values and paths masked
    count: int
    first_seen: str | None
    last_seen: str | None
    sample: str  # one real line (already redacted at collection)
    sample_path: str
    sample_line: int
    burst_per_minute: int = 0  # the most lines of this template seen within one minute
    burst_at: str | None = None  # when that minute ended

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


# Error lines repeat their message word for word (a quarter of the bench logs' error lines): the
# templates of short messages are remembered. Bounded in entries and in characters per entry,
# whatever the lines.
CACHE_ENTRIES = 4096
CACHE_MAX_CHARS = 512
_templates: dict[str, str] = {}


def _cached_template(message: str) -> str:
    if len(message) > CACHE_MAX_CHARS:
        return readable_template(message)
    template = _templates.get(message)
    if template is None:
        if len(_templates) >= CACHE_ENTRIES:
            _templates.clear()
        template = _templates[message] = readable_template(message)
    return template


# -- the miner ---------------------------------------------------------------------------------
class MinerVerdict(str, enum.Enum):
    """What the miner makes of one line (the corpus report says why an error was not listed)."""

    NOT_CANDIDATE = "not an error candidate"
    FILTERED_BY_LEVEL = "filtered by level"
    EMPTY = "empty template"
    LISTED = "listed"

    @property
    def rank(self) -> int:
        return list(MinerVerdict).index(self)


_CANDIDATE = lazyre.compile(ERROR_CANDIDATE)


def _mine(line: str) -> tuple[MinerVerdict, str]:
    """(verdict, template) for a line the scan selected with ERROR_CANDIDATE."""
    found = error_body(line)
    if found is None:
        return MinerVerdict.NOT_CANDIDATE, ""
    body, obj = found
    if not is_error_level(body, obj):
        return MinerVerdict.FILTERED_BY_LEVEL, ""
    template = _cached_template(message_of(body, obj))
    if not template:
        return MinerVerdict.EMPTY, ""
    return MinerVerdict.LISTED, template


def miner_verdict(line: str) -> MinerVerdict:
    """What the miner would make of this line if no rule explained it."""
    if not _CANDIDATE.search(line):
        return MinerVerdict.NOT_CANDIDATE
    return _mine(line)[0]


@functools.lru_cache(maxsize=1024)  # the lines of a log share seconds
def _epoch(time: str) -> float:
    return datetime.fromisoformat(time.replace("Z", "+00:00")).timestamp()


@dataclass
class _Stats:
    sample: str
    sample_line: int
    count: int = 0
    first: str | None = None
    last: str | None = None
    window: deque[float] = field(default_factory=deque)
    burst: int = 0
    burst_at: str | None = None

    def add(self, time: str | None) -> None:
        self.count += 1
        if time is None:
            return
        if self.first is None or time < self.first:
            self.first = time
        if self.last is None or time > self.last:
            self.last = time
        t = _epoch(time)
        if self.window and t < self.window[-1]:
            t = self.window[-1]  # a line out of order counts at the latest time seen
        self.window.append(t)
        while t - self.window[0] >= BURST_WINDOW_SECONDS:
            self.window.popleft()
        if len(self.window) > self.burst:
            self.burst = len(self.window)
            self.burst_at = time

    def absorb(self, other: _Stats) -> None:
        """Fold another template's lines in. The burst of the merged lines before the merge is
        estimated from the windows both still hold (each keeps its last 60 seconds)."""
        self.count += other.count
        if other.sample_line < self.sample_line:
            self.sample, self.sample_line = other.sample, other.sample_line
        if other.first is not None and (self.first is None or other.first < self.first):
            self.first = other.first
        if other.last is not None and (self.last is None or other.last > self.last):
            self.last = other.last
        window = sorted([*self.window, *other.window])
        while window and window[-1] - window[0] >= BURST_WINDOW_SECONDS:
            window.pop(0)
        self.window = deque(window)
        best = max((self, other), key=lambda st: st.burst)
        self.burst, self.burst_at = best.burst, best.burst_at
        if len(self.window) > self.burst:
            self.burst, self.burst_at = len(self.window), self.last


class _Source:
    """The templates of one file. Masking cannot see an unquoted variable word ("run queue alpha
    is paused"); once MERGE_AFTER templates differ only in one such word, they fold into one with
    that word as <*>, and later ones join it."""

    def __init__(self) -> None:
        self.stats: dict[str, _Stats] = {}
        self.alias: dict[str, str] = {}  # a template folded into a merged one
        self.shapes: dict[str, list[str]] = {}  # template with one word as <*> -> templates

    def fold(self, template: str) -> str:
        """Called for a template seen for the first time; returns the template to count under."""
        tokens = template.split(" ")
        if len(tokens) < MERGE_MIN_WORDS:
            return template
        shapes = [
            " ".join([*tokens[:i], "<*>", *tokens[i + 1 :]])
            for i, tok in enumerate(tokens)
            if "<" not in tok
        ]
        for shape in shapes:
            if shape in self.stats:  # that word already varies: join the merged template
                self._merge(shape, [template])
                return shape
        for shape in shapes:
            members = self.shapes.setdefault(shape, [])
            members.append(template)
            live = [t for t in members if t in self.stats and t not in self.alias]
            if len(live) >= MERGE_AFTER:
                del self.shapes[shape]
                self.stats[shape] = self.stats.pop(live[0])
                self.alias[live[0]] = shape
                self._merge(shape, live[1:])
                return shape
        return template

    def _merge(self, shape: str, members: list[str]) -> None:
        target = self.stats[shape]
        for t in members:
            target.absorb(self.stats.pop(t))
            self.alias[t] = shape


class TemplateMiner:
    """A LineObserver grouping unexplained error-level events into templates per source file."""

    def __init__(
        self,
        max_templates_per_source: int = MAX_TEMPLATES_PER_SOURCE,
        max_events: int = MAX_EVENTS,
        max_seconds: float = MAX_SECONDS,
    ) -> None:
        self.pattern = PatternSpec(ERROR_CANDIDATE)
        self.max_templates = max_templates_per_source
        self.max_events = max_events
        self.max_seconds = max_seconds
        self._spent = 0.0  # CPU seconds in observe()
        self._sources: dict[str, _Source] = {}
        self.dropped: dict[str, int] = {}  # lines of templates past the per-source cap
        self.events = 0  # unexplained events looked at
        self.unmined = 0  # unexplained events past `max_events`: counted, not grouped
        self._tracebacks = TracebackRuns()
        # the furthest any unexplained event got (the corpus report says why one was not listed)
        self.verdict: MinerVerdict | None = None

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None:
        if explained:
            return
        # a work budget: a bundle of nothing but distinct error lines must not keep the
        # analysis busy for minutes (the report says how many were left out)
        if self.events >= self.max_events or self._spent >= self.max_seconds:
            self.unmined += 1
            return
        self.events += 1
        started = time.process_time()
        compiled = firstuse.seconds()
        try:
            # the event's first line the miner takes as an error speaks for it (the scan selects
            # with the candidates' loose half; `confirm` may reject its first pick)
            for n, text in ((lineno, line), *later):
                # a traceback's frames are placed, never listed (error_tracebacks.py)
                if (", line " in text or "raise" in text or "Traceback (" in text) and (
                    not self._tracebacks.listable(path, n, unwrap(text)[0])
                ):
                    return
                if self._group(path, n, text) is not MinerVerdict.NOT_CANDIDATE:
                    return
        finally:
            # less `confirm`'s one-time compile (~0.5 s) at the first line it confirms in this
            # process: a cost of starting, not of the lines (firstuse.py)
            self._spent += time.process_time() - started - (firstuse.seconds() - compiled)

    def _group(self, path: str, lineno: int, line: str) -> MinerVerdict:
        verdict, template = _mine(line)
        if self.verdict is None or verdict.rank > self.verdict.rank:
            self.verdict = verdict
        if verdict is not MinerVerdict.LISTED:
            return verdict
        src = self._sources.get(path)
        if src is None:
            src = self._sources[path] = _Source()
        template = src.alias.get(template, template)
        stats = src.stats.get(template)
        if stats is None:
            if len(src.stats) >= self.max_templates:
                self.dropped[path] = self.dropped.get(path, 0) + 1
                return verdict
            sample = line if len(line) <= MAX_SAMPLE_CHARS else line[:MAX_SAMPLE_CHARS] + "…"
            src.stats[template] = _Stats(sample=sample, sample_line=lineno)
            stats = src.stats[src.fold(template)]
        stats.add(line_time(line))
        return verdict

    def templates(
        self, patterns: tuple[str, ...] | None = None, top_per_source: int | None = TOP_PER_SOURCE
    ) -> list[ErrorTemplate]:
        """Templates of the files matching `patterns` (all by default), most frequent first,
        at most `top_per_source` from each file."""
        out: list[ErrorTemplate] = []
        for path, src in self._sources.items():
            if patterns is not None and not globs.matches(path, patterns):
                continue
            ranked = sorted(src.stats.items(), key=lambda kv: (-kv[1].count, kv[1].sample_line))
            source = subject_of(path) or path
            for template, s in ranked[:top_per_source]:
                out.append(
                    ErrorTemplate(
                        source=source,
                        template=template,
                        count=s.count,
                        first_seen=s.first,
                        last_seen=s.last,
                        sample=s.sample,
                        sample_path=path,
                        sample_line=s.sample_line,
                        burst_per_minute=s.burst,
                        burst_at=s.burst_at,
                    )
                )
        out.sort(key=lambda t: (-t.count, t.sample_path, t.sample_line))
        return out
