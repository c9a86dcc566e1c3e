"""The real-world corpus's report (`wbdiag rules test --corpus DIR`, corpus.py evaluates it):
misses with their reasons, the verdicts redaction changed (before -> after), recall per rule and
per set, and the floors each set is held to (`floors.yaml`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wbdiag.rules.corpus import (
    UNRECOGNISED,
    Entry,
    Floors,
    Result,
    Variant,
    evaluate,
    load_corpus,
)
from wbdiag.rules.loader import RulePack


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


def score(results: Sequence[Result]) -> dict[str, SetScore]:
    sets: dict[str, SetScore] = {}
    for r in results:
        sets.setdefault(r.entry.set_name, SetScore(r.entry.set_name)).add(r)
    return sets


def _excerpt(text: str, width: int = 150) -> str:
    first = text.split("\n", 1)[0]
    more = " […]" if "\n" in text else ""
    return (first if len(first) <= width else first[: width - 1] + "…") + more


def report_lines(
    results: Sequence[Result], per_rule: bool = True, redacted: bool = True
) -> list[str]:
    """The human report: misses with their reasons, the verdicts redaction changed, recall per
    rule, then per set (with what redaction changed in it, for a `redacted` run)."""
    lines: list[str] = []
    misses: dict[Entry, list[Result]] = {}
    for r in results:
        if not r.verdict.ok:
            misses.setdefault(r.entry, []).append(r)
    for entry, rs in misses.items():
        variants = ",".join(r.variant.value for r in rs)
        reasons = "; ".join(dict.fromkeys(r.reason() for r in rs))
        lines.append(f"MISS {entry.where()} [{variants}] expected {entry.expect}: {reasons}")
        lines.append(f"     {_excerpt(entry.text)}")
        lines.append(f"     {entry.source}")
    lines.extend(_redaction_lines(results))
    sets = score(results)
    if per_rule:
        lines.append("recall per rule (entry-variants found / total), by set:")
        rule_ids = sorted({rid for s in sets.values() for rid in s.per_rule})
        for rid in rule_ids:
            cells = []
            for s in sets.values():
                c = s.per_rule.get(rid)
                cells.append(f"{s.name} {c[True]}/{c[True] + c[False]}" if c else f"{s.name} -")
            lines.append(f"  {rid:42} " + "  ".join(cells))
    for s in sets.values():
        lines.append(
            f"{s.name}: rule recall {s.rule_found}/{s.rule_total} ({s.recall:.1%}); "
            f"unrecognised coverage {s.unrec_listed}/{s.unrec_total} ({s.coverage:.1%}); "
            f"false alarms on benign lines {s.false_alarms}/{s.benign_total}"
            + (
                f"; entries redaction changed {len(s.redaction_changed)}/{len(s.entries)}, "
                f"verdicts it lost {s.redaction_lost} (gained {s.redaction_gained})"
                if redacted
                else ""
            )
        )
    return lines


def _redaction_lines(results: Sequence[Result]) -> list[str]:
    """Each entry-variant whose verdict redaction changed: before -> after, variants alike
    together."""
    differ: dict[tuple[Entry, str, str], list[Variant]] = {}
    for r in results:
        if r.unredacted is not None and r.unredacted is not r.verdict:
            differ.setdefault((r.entry, r.unredacted.value, r.reason()), []).append(r.variant)
    lines = []
    for (entry, before, after), variants in differ.items():
        names = ",".join(v.value for v in variants)
        lines.append(
            f"REDACTED {entry.where()} [{names}] expected {entry.expect}: {before} -> {after}"
        )
        lines.append(f"     {_excerpt(entry.text)}")
    return lines


def run_corpus(
    pack: RulePack, directory: Path, echo: Callable[[str], object], redacted: bool = True
) -> list[str]:
    """Evaluate the corpus (as bundles hold it: `redacted`), print the report; the floors it
    falls below (empty: all met)."""
    entries = load_corpus(directory, pack)
    floors = Floors.load(directory)
    results = evaluate(pack, entries, redacted=redacted)
    for line in report_lines(results, redacted=redacted):
        echo(line)
    problems: list[str] = []
    for name, s in score(results).items():
        problems.extend(s.below(floors.get(name, Floors())))
    return problems
