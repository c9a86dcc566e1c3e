"""`log`: a regular expression over the log files that match some globs, with a count threshold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wbdiag.rules import linear
from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext, as_globs
from wbdiag.rules.model import Outcome
from wbdiag.rules.portable_regex import check_portable
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
    regex: re.Pattern[str]

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> LogCondition:
        pattern = spec["pattern"]
        ignore_case = bool(spec.get("ignore_case", False))
        where = (*path, "pattern")
        if not ctx.patterns_checked:
            problem = check_portable(pattern)
            if problem:
                raise ctx.error(
                    f"pattern is not portable to a multi-pattern engine: {problem}", where
                )
            problem = linear.check(pattern)
            if problem:
                raise ctx.error(f"pattern {problem}", where)
        regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
        return cls(
            paths=as_globs(spec.get("paths", list(ALL_LOGS))),
            pattern=pattern,
            ignore_case=ignore_case,
            min_count=int(spec.get("min_count", 1)),
            regex=regex,
        )

    def evaluate(self, ctx: EvalContext) -> Outcome:
        hits = ctx.log_hits(self)
        if hits.files_scanned == 0:
            return Outcome.not_evaluated(ctx.missing_reason(self.paths))
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
