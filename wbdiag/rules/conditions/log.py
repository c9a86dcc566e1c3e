"""`log`: a regular expression over the log files that match some globs, with a count threshold,
and an optional `unless` pattern that takes back the lines it also matches (another product's line
in the same words)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from wbdiag.rules import linear, shared_patterns
from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext, as_globs
from wbdiag.rules.matching import PatternSpec
from wbdiag.rules.model import Outcome
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.prefilter import requirement
from wbdiag.rules.yamlmarks import PathKey

ALL_LOGS = ("**/*.log",)


@dataclass(frozen=True, eq=False)  # identity equality: each condition keys its own hits
class LogCondition(Condition):
    kind = "log"
    summary = "A regex over log lines in files selected by globs; fires at min_count matches."

    paths: tuple[str, ...]
    pattern: str
    ignore_case: bool
    min_count: int
    # Tried only on the lines `pattern` matched (scan.py), never in the multi-pattern pass: the
    # scan's pattern list stays the conditions' patterns, so its prefilter stays exact.
    unless: str | None = None

    # Both compiled on first use: a scan matches `pattern` through its own engines (matching.py),
    # and compiling the shipped pack's patterns with `re` cost every start about 0.4 s.
    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE if self.ignore_case else 0)

    @functools.cached_property
    def spec(self) -> PatternSpec:
        """What the scan's matcher is built from (a scanner is built per analysis)."""
        return PatternSpec(self.pattern, self.ignore_case)

    @functools.cached_property
    def unless_regex(self) -> linear.Pattern | None:
        return None if self.unless is None else linear.compile_any(self.unless, self.ignore_case)

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> LogCondition:
        ignore_case = bool(spec.get("ignore_case", False))
        pattern = _expanded(spec["pattern"], (*path, "pattern"), ctx)
        unless = spec.get("unless")
        if unless is not None:
            unless = _expanded(unless, (*path, "unless"), ctx)
        if not ctx.patterns_checked:
            _check(pattern, "pattern", (*path, "pattern"), ctx)
            if unless is not None:
                _check(unless, "unless", (*path, "unless"), ctx)
                if requirement(unless, ignore_case, ascii_text=False) is None:
                    # `unless` names the other product; a pattern without a literal run would
                    # take back lines by their shape alone, which is the pattern's own job
                    raise ctx.error(
                        "unless has no distinctive literal run: name what it leaves out "
                        "(another product, its endpoint)",
                        (*path, "unless"),
                    )
        condition = cls(
            paths=as_globs(spec.get("paths", list(ALL_LOGS))),
            pattern=pattern,
            ignore_case=ignore_case,
            min_count=int(spec.get("min_count", 1)),
            unless=unless,
        )
        if not ctx.patterns_checked:  # a pattern nobody checked yet fails here, not mid-scan
            _ = condition.regex, condition.unless_regex
        return condition

    def excludes(self, line: str) -> bool:
        """Whether `unless` takes back a line the pattern matched."""
        return self.unless_regex is not None and linear.found(self.unless_regex, line)

    def evaluate(self, ctx: EvalContext) -> Outcome:
        hits = ctx.log_hits(self)
        if hits.files_scanned == 0:
            return Outcome.not_evaluated(ctx.missing_reason(self.paths))
        if hits.count == 0:  # most conditions of an analysis: nothing to gather
            return Outcome(fired=self.min_count <= 0, variables={"count": "0"})
        variables = {"count": str(hits.count)}
        variables.update(hits.captures)
        return Outcome(
            fired=hits.count >= self.min_count,
            evidence=tuple(hits.evidence()),
            count=hits.count,
            variables=variables,
            first_seen=hits.first_time,
            last_seen=hits.last_time,
        )

    def variables(self) -> frozenset[str]:
        return frozenset(self.regex.groupindex) | {"count"}


def _expanded(regex: str, where: PathKey, ctx: ParseContext) -> str:
    """`regex` with its `{{name}}` references to shared fragments (shared_patterns.py) filled."""
    return shared_patterns.expand(
        regex, lambda name: ctx.error(f"no shared pattern fragment named {name!r}", where)
    )


def _check(regex: str, field: str, where: PathKey, ctx: ParseContext) -> None:
    """The same limits for `unless` as for `pattern` (portable, linear), with file and line."""
    problem = check_portable(regex)
    if problem:
        raise ctx.error(f"{field} is not portable to a multi-pattern engine: {problem}", where)
    problem = linear.check(regex)
    if problem:
        raise ctx.error(f"{field} {problem}", where)
