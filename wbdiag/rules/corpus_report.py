"""The real-world corpus's report (`wbdiag rules test --corpus DIR`, corpus.py evaluates it):
misses with their reasons, the verdicts redaction changed (before -> after), recall per rule and
per set, and the floors each set is held to (`floors.yaml`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from wbdiag.rules.corpus import Entry, Floors, Result, Variant, evaluate, load_corpus
from wbdiag.rules.corpus_framings import FRAMED_SET, framed_sample
from wbdiag.rules.corpus_score import score
from wbdiag.rules.framings import Framing
from wbdiag.rules.loader import RulePack


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
    differ: dict[tuple[Entry, str, str], list[Variant | Framing]] = {}
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
    # every entry once more, under one framing each (corpus_framings.py), held to its own floors
    misses, framed = framed_sample(pack, entries)
    for line in misses:
        echo(line)
    echo(
        f"{FRAMED_SET} (each entry under one framing, unredacted): rule recall "
        f"{framed.rule_found}/{framed.rule_total} ({framed.recall:.1%}); unrecognised coverage "
        f"{framed.unrec_listed}/{framed.unrec_total} ({framed.coverage:.1%}); false alarms on "
        f"benign lines {framed.false_alarms}/{framed.benign_total}"
    )
    problems.extend(framed.below(floors.get(FRAMED_SET, Floors())))
    return problems
