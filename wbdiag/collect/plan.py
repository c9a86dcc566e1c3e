"""`wbdiag collect --dry-run`: what each collector would read and from where, and every live
probe it would send, found from the options and settings alone. Nothing is contacted: no
connection, no name lookup; only local files named on the command line (an env file, the
kubeconfig) are read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wbdiag.collect.base import DISCOVERY, CollectContext, CollectOptions, PlanStep, SourceSkipped
from wbdiag.collect.registry import REGISTRY
from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.redact import Redactor
from wbdiag.settings import WandbSettings


@dataclass
class CollectorPlan:
    name: str
    description: str
    steps: list[PlanStep] = field(default_factory=list)
    skipped: str | None = None  # why it would not run


def make_plan(options: CollectOptions, settings: WandbSettings) -> list[CollectorPlan]:
    redactor = Redactor()
    register_setting_secrets(redactor, settings.values)
    ctx = CollectContext(options=options, settings=settings, redactor=redactor)
    plans: list[CollectorPlan] = []
    ordered = sorted(REGISTRY.values(), key=lambda c: (c.phase != DISCOVERY, c.name))
    for cls in ordered:
        entry = CollectorPlan(cls.name, cls.description)
        if cls.name in options.disabled:
            entry.skipped = "switched off by a --no-… flag"
        else:
            try:
                steps = cls().plan(ctx)
            except SourceSkipped as exc:
                entry.skipped = str(exc)
            except Exception as exc:  # a plan is read from local files only: say what is wrong
                entry.skipped = f"would fail: {' '.join(str(exc).split())[:300]}"
            else:
                entry.steps = [
                    PlanStep(redactor(s.action), redactor(s.where), s.active) for s in steps
                ]
        plans.append(entry)
    return plans


def render_plan(plans: list[CollectorPlan], output: Path, timeout: float) -> str:
    lines = [
        "wbdiag collect --dry-run: nothing was contacted. A run would do this, within "
        f"{timeout:.0f} s,",
        f"and write one bundle (secrets redacted before writing): {output}",
        "",
    ]
    for p in plans:
        if p.skipped:
            lines.append(f"{p.name}: skipped ({p.skipped})")
            continue
        lines.append(f"{p.name}: {p.description}")
        wheres = {s.where for s in p.steps}
        shared = wheres.pop() if len(wheres) == 1 else None
        if shared:  # one place for every step: say it once
            lines.append(f"  {'at' if any(s.active for s in p.steps) else 'from'} {shared}:")
        for s in p.steps:
            where = "" if shared or not s.where else (" at " if s.active else " from ") + s.where
            lines.append(f"  {'probe' if s.active else 'read '}  {s.action}{where}")
    counts = {p.name: sum(s.active for s in p.steps) for p in plans}
    total = sum(counts.values())
    lines.append("")
    if total:
        per = ", ".join(f"{n} {c}" for n, c in counts.items() if c)
        lines.append(
            f"Live probes (marked 'probe'): {total} ({per}); they connect to those services and "
            "send the requests named. --no-probes turns them all off."
        )
    else:
        lines.append("No live probes.")
    return "\n".join(lines) + "\n"
