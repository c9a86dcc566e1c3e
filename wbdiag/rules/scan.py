"""One pass over every log file: all log conditions (and observers) matched together."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Protocol

from wbdiag.bundle import globs
from wbdiag.bundle.layout import subject_of
from wbdiag.bundle.reader import iter_lines
from wbdiag.rules.matching import LineMatcher, PatternSpec, build_matcher
from wbdiag.rules.model import Evidence
from wbdiag.timestamps import line_time

if TYPE_CHECKING:
    from wbdiag.rules.conditions.log import LogCondition

MAX_SAMPLES = 5
MAX_CONTEXT = 20
# Lines that continue a multi-line event: Go panics and goroutine traces, Python tracebacks.
_CONTINUATION = re.compile(
    r"^(?:\s|goroutine \d+|created by |panic: |\[recovered\]|Traceback |[A-Za-z_][\w.]*(?:Error|Exception)\b|"
    r"[\w./-]+\.go:\d+|main\.|runtime\.|github\.com/|exit status \d)"
)


@dataclass
class _Sample:
    path: str
    line: int
    text: str
    time: str | None
    context: list[str] = field(default_factory=list)


@dataclass
class LogHits:
    count: int = 0
    files_scanned: int = 0
    first_time: str | None = None
    last_time: str | None = None
    captures: dict[str, str] = field(default_factory=dict)
    per_file: dict[str, int] = field(default_factory=dict)
    samples: list[_Sample] = field(default_factory=list)
    last: _Sample | None = None

    def add(self, sample: _Sample, match: re.Match[str]) -> None:
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
    """Sees the lines its own (portable) pattern selects, and whether a rule explained them."""

    pattern: PatternSpec

    def observe(self, path: str, lineno: int, line: str, explained: bool) -> None: ...


class LogScanner:
    def __init__(
        self, conditions: Iterable[LogCondition], observers: Iterable[LineObserver] = ()
    ) -> None:
        self.conditions = list(dict.fromkeys(conditions))
        self.observers = list(observers)
        self._hits: dict[int, LogHits] = {id(c): LogHits() for c in self.conditions}
        self._matchers: dict[tuple[int, ...], LineMatcher] = {}

    def hits(self, condition: LogCondition) -> LogHits:
        return self._hits[id(condition)]

    def _selected(self, path: str) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.conditions) if globs.matches(path, c.paths))

    def wants(self, path: str) -> bool:
        return bool(self.observers) or bool(self._selected(path))

    def scan(self, path: str, stream: IO[bytes], max_line_bytes: int) -> None:
        selected = self._selected(path)
        for i in selected:
            self._hits[id(self.conditions[i])].files_scanned += 1
        matcher = self._matchers.get(selected)
        if matcher is None:
            specs = [
                PatternSpec(self.conditions[i].pattern, self.conditions[i].ignore_case)
                for i in selected
            ] + [o.pattern for o in self.observers]
            matcher = self._matchers[selected] = build_matcher(specs)
        n_rules = len(selected)
        open_samples: list[_Sample] = []
        for lineno, line in enumerate(iter_lines(stream, max_line_bytes), start=1):
            if open_samples:
                if len(open_samples[0].context) < MAX_CONTEXT and _CONTINUATION.match(line):
                    for s in open_samples:
                        s.context.append(line)
                else:
                    open_samples = []
            found = matcher.match(line)
            if not found:
                continue
            explained = False
            sample: _Sample | None = None
            for idx, m in found:
                if idx < n_rules:
                    explained = True
                    if sample is None:
                        sample = _Sample(path, lineno, line, line_time(line))
                        open_samples = [sample]
                    self._hits[id(self.conditions[selected[idx]])].add(sample, m)
            for idx, _m in found:
                if idx >= n_rules:
                    self.observers[idx - n_rules].observe(path, lineno, line, explained)
