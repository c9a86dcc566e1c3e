"""A corpus run's scores: rule recall, unrecognised coverage, false alarms and what redaction
changed, per set (or per framing), and the floors a set falls below."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from wbdiag.rules.corpus import UNRECOGNISED, Floors, Result


@dataclass
class SetScore:
    name: str
    rule_found: int = 0
    rule_total: int = 0
    unrec_listed: int = 0
    unrec_total: int = 0
    false_alarms: int = 0
    benign_total: int = 0
    per_rule: dict[str, Counter[bool]] = field(default_factory=dict)
    entries: set[int] = field(default_factory=set)
    redaction_changed: set[int] = field(default_factory=set)  # entries, by number
    redaction_lost: int = 0  # entry-variants right before redaction, wrong after
    redaction_gained: int = 0  # entry-variants wrong before redaction, right after

    @property
    def recall(self) -> float:
        return self.rule_found / self.rule_total if self.rule_total else 1.0

    @property
    def coverage(self) -> float:
        return self.unrec_listed / self.unrec_total if self.unrec_total else 1.0

    def add(self, r: Result) -> None:
        self.entries.add(r.entry.number)
        if r.redaction_changed:
            self.redaction_changed.add(r.entry.number)
        if r.unredacted is not None and r.unredacted.ok != r.verdict.ok:
            self.redaction_lost += r.unredacted.ok
            self.redaction_gained += r.verdict.ok
        kind = r.entry.kind
        if kind == "rule":
            self.rule_total += 1
            self.rule_found += r.verdict.ok
            self.per_rule.setdefault(r.entry.expect, Counter())[r.verdict.ok] += 1
        elif kind == UNRECOGNISED:
            self.unrec_total += 1
            self.unrec_listed += r.verdict.ok
        else:
            self.benign_total += 1
            self.false_alarms += not r.verdict.ok

    def below(self, floors: Floors) -> list[str]:
        out = []
        if self.recall < floors.recall:
            out.append(f"{self.name}: rule recall {self.recall:.1%} below {floors.recall:.1%}")
        if self.coverage < floors.unrecognised:
            out.append(
                f"{self.name}: unrecognised coverage {self.coverage:.1%} "
                f"below {floors.unrecognised:.1%}"
            )
        if self.false_alarms > floors.false_alarms:
            out.append(
                f"{self.name}: {self.false_alarms} false alarms on benign lines "
                f"(at most {floors.false_alarms})"
            )
        if len(self.redaction_changed) > floors.redaction_changed:
            out.append(
                f"{self.name}: redaction changed {len(self.redaction_changed)} entries "
                f"(at most {floors.redaction_changed})"
            )
        if self.redaction_lost > floors.redaction_lost:
            out.append(
                f"{self.name}: redaction lost {self.redaction_lost} verdicts "
                f"(at most {floors.redaction_lost})"
            )
        return out


def score(results: Iterable[Result]) -> dict[str, SetScore]:
    sets: dict[str, SetScore] = {}
    for r in results:
        sets.setdefault(r.entry.set_name, SetScore(r.entry.set_name)).add(r)
    return sets
