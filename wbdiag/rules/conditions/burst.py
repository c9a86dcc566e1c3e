"""`burst`: one unrecognised error template at a high rate (lines within any 60 seconds)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext, as_globs
from wbdiag.rules.conditions.log import ALL_LOGS
from wbdiag.rules.model import Evidence, Outcome
from wbdiag.rules.yamlmarks import PathKey

DEFAULT_PER_MINUTE = 300
MAX_EVIDENCE = 5


@dataclass(frozen=True, eq=False)
class BurstCondition(Condition):
    kind = "burst"
    summary = (
        "Fires when one error template that no rule explains reaches per_minute lines within "
        "60 seconds in the log files selected by globs."
    )

    paths: tuple[str, ...]
    per_minute: int

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> BurstCondition:
        return cls(
            paths=as_globs(spec.get("paths", list(ALL_LOGS))),
            per_minute=int(spec.get("per_minute", DEFAULT_PER_MINUTE)),
        )

    def evaluate(self, ctx: EvalContext) -> Outcome:
        templates = ctx.error_templates(self.paths)
        if templates is None:
            return Outcome.not_evaluated(ctx.missing_reason(self.paths))
        bursts = sorted(
            (t for t in templates if t.burst_per_minute >= self.per_minute),
            key=lambda t: (-t.burst_per_minute, t.sample_path, t.sample_line),
        )
        if not bursts:
            return Outcome(fired=False)
        top = bursts[0]
        evidence = tuple(
            Evidence(
                path=t.sample_path,
                line=t.sample_line,
                text=t.sample,
                time=t.burst_at,
                subject=t.source,
            )
            for t in bursts[:MAX_EVIDENCE]
        )
        firsts = [t.first_seen for t in bursts if t.first_seen]
        lasts = [t.last_seen for t in bursts if t.last_seen]
        count = sum(t.count for t in bursts)
        return Outcome(
            fired=True,
            evidence=evidence,
            count=count,
            variables={
                "count": str(count),
                "rate": str(top.burst_per_minute),
                "template": top.template,
                "source": top.source,
                "at": top.burst_at or "?",
                "templates": str(len(bursts)),
            },
            first_seen=min(firsts) if firsts else None,
            last_seen=max(lasts) if lasts else None,
        )

    def variables(self) -> frozenset[str]:
        return frozenset({"count", "rate", "template", "source", "at", "templates"})
