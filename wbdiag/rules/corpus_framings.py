"""The corpus under framings (framings.py): the envelopes log lines arrive in from shippers,
terminals and CI runs.

`wbdiag rules test --corpus DIR --framings` evaluates every entry under every framing and prints,
per framing, rule recall, unrecognised coverage and false alarms, then each entry whose verdict
differs from its plain one (the log file as written). The plain corpus run checks a sample
instead (`sampled`): every other entry under one framing chosen by its position, every framing
covered, scored as the pseudo-set `framed` that `floors.yaml` holds to its floors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from wbdiag.rules.corpus import Entry, Result, Variant, evaluate, evaluate_framed
from wbdiag.rules.corpus_score import SetScore
from wbdiag.rules.framings import FRAMINGS
from wbdiag.rules.loader import RulePack

FRAMED_SET = "framed"  # the sample's name in the report and in floors.yaml


# every SAMPLE_STEP-th entry of the corpus is framed: CI's budget allows about half a placement
SAMPLE_STEP = 2


def sampled(pack: RulePack, entries: Sequence[Entry], redacted: bool = False) -> list[Result]:
    """Every other entry of the corpus under the framing its position picks (the k-th sampled
    entry under FRAMINGS[k % n]): every framing over about one 2n-th of the corpus, at the cost
    of half a placement. Unredacted by default: what redaction costs is measured on the plain
    placements."""
    picked = entries[::SAMPLE_STEP]
    return [
        evaluate_framed(pack, e, FRAMINGS[k % len(FRAMINGS)], redacted)
        for k, e in enumerate(picked)
    ]


def framed_sample(
    pack: RulePack, entries: Sequence[Entry], redacted: bool = False
) -> tuple[list[str], SetScore]:
    """The sample's misses (entry, framing, reason) and its score as one set, `framed`."""
    lines: list[str] = []
    s = SetScore(FRAMED_SET)
    for k, r in enumerate(sampled(pack, entries, redacted), 1):
        if not r.verdict.ok:
            lines.append(
                f"MISS {r.entry.where()} [{r.variant.value}] expected {r.entry.expect}: "
                f"{r.reason()}"
            )
        # numbered in the sample: the entry numbers of different sets would collide
        s.add(replace(r, entry=replace(r.entry, set_name=FRAMED_SET, number=k)))
    return lines, s


def run_framings(
    pack: RulePack, entries: Sequence[Entry], echo: Callable[[str], object], redacted: bool = True
) -> None:
    """Every entry under every framing: the per-framing table, then the entries whose verdict a
    framing changed from the plain log file's."""
    plain = {r.entry: r for r in evaluate(pack, entries, (Variant.FILE,), redacted)}
    rows = [("plain (file)", _score(plain.values()))]
    changed: list[str] = []
    for framing in FRAMINGS:
        results = [evaluate_framed(pack, e, framing, redacted) for e in entries]
        rows.append((framing.name, _score(results)))
        for r in results:
            before = plain[r.entry]
            if before.verdict.ok != r.verdict.ok:
                changed.append(
                    f"{'LOST' if before.verdict.ok else 'GAINED'} {framing.name} "
                    f"{r.entry.where()} expected {r.entry.expect}: {before.verdict.value} -> "
                    f"{r.reason()}"
                )
    for line in changed:
        echo(line)
    echo(f"{'framing':18} {'rule recall':>20} {'unrecognised':>20} {'false alarms':>14}")
    for name, s in rows:
        echo(
            f"{name:18} {s.rule_found:>5}/{s.rule_total:<5} {s.recall:>7.1%}"
            f" {s.unrec_listed:>5}/{s.unrec_total:<5} {s.coverage:>7.1%}"
            f" {s.false_alarms:>5}/{s.benign_total:<5}"
        )


def _score(results: Iterable[Result]) -> SetScore:
    s = SetScore("all")
    for r in results:
        s.add(r)
    return s
