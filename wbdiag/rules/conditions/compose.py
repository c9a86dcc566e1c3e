"""`all`, `any`, `not`: composition. 'Not evaluated' propagates instead of turning into a pass."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext
from wbdiag.rules.model import Evidence, Outcome
from wbdiag.rules.yamlmarks import PathKey


def _merge(outcomes: list[Outcome], fired: bool, last_wins: bool) -> Outcome:
    """Evidence of every fired part. Message variables: in `all` the last part's win (guards come
    first, the specific check last); in `any` the first part that fired supplies them."""
    evidence: list[Evidence] = []
    variables: dict[str, str] = {}
    count = 0
    times: list[str] = []
    for o in outcomes:
        if o.fired:
            evidence.extend(o.evidence)
            count += o.count
            for k, v in o.variables.items():
                if last_wins:
                    variables[k] = v
                else:
                    variables.setdefault(k, v)
            times.extend(t for t in (o.first_seen, o.last_seen) if t)
    return Outcome(
        fired=fired,
        evidence=tuple(evidence),
        count=count,
        variables=variables,
        first_seen=min(times) if times else None,
        last_seen=max(times) if times else None,
    )


def _reasons(outcomes: list[Outcome]) -> str:
    return "; ".join(dict.fromkeys(o.reason for o in outcomes if o.reason))


@dataclass(frozen=True, eq=False)
class AllCondition(Condition):
    kind = "all"
    summary = "Fires when every sub-condition fires."
    parts: tuple[Condition, ...]

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> AllCondition:
        return cls(parts=tuple(ctx.parse(s, (*path, i)) for i, s in enumerate(spec)))

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def evaluate(self, ctx: EvalContext) -> Outcome:
        outcomes = [p.evaluate(ctx) for p in self.parts]
        if any(o.fired is False for o in outcomes):
            return Outcome(fired=False)
        if any(o.fired is None for o in outcomes):
            return Outcome.not_evaluated(_reasons(outcomes))
        return _merge(outcomes, fired=True, last_wins=True)

    def variables(self) -> frozenset[str]:
        return frozenset().union(*(p.variables() for p in self.parts))


@dataclass(frozen=True, eq=False)
class AnyCondition(Condition):
    kind = "any"
    summary = "Fires when at least one sub-condition fires."
    parts: tuple[Condition, ...]

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> AnyCondition:
        return cls(parts=tuple(ctx.parse(s, (*path, i)) for i, s in enumerate(spec)))

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def evaluate(self, ctx: EvalContext) -> Outcome:
        outcomes = [p.evaluate(ctx) for p in self.parts]
        if any(o.fired for o in outcomes):
            return _merge(outcomes, fired=True, last_wins=False)
        if any(o.fired is None for o in outcomes):
            return Outcome.not_evaluated(_reasons(outcomes))
        return Outcome(fired=False)

    def variables(self) -> frozenset[str]:
        return frozenset().union(*(p.variables() for p in self.parts))


@dataclass(frozen=True, eq=False)
class NotCondition(Condition):
    kind = "not"
    summary = "Fires when its sub-condition does not (and is not evaluated when it is not)."
    part: Condition

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> NotCondition:
        return cls(part=ctx.parse(spec, path))

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def evaluate(self, ctx: EvalContext) -> Outcome:
        inner = self.part.evaluate(ctx)
        if inner.fired is None:
            return inner
        # what the inner condition saw (e.g. the flavor that is not in the list) fills the message
        return Outcome(fired=not inner.fired, variables=inner.variables if not inner.fired else {})
