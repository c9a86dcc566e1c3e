"""The first fix to try, in the deployment's language, filled with the finding's subject."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from wbdiag.facts.combine import Facts
from wbdiag.facts.kinds import DeploymentKind
from wbdiag.facts.subjects import Subject
from wbdiag.rules.conditions.base import fill
from wbdiag.rules.model import Evidence, Fix, Rule

_ANGLE = re.compile(r"<(namespace|ns|pod|container|node|name|job|claim|workload)>")
# the angle-bracket word older remediation texts use for a workload of this kind
_WORKLOAD_WORD = {"job": "job", "pvc": "claim", "persistentvolumeclaim": "claim"}
_KUBECTL = re.compile(r"\bkubectl\b")


def placeholders(subject: Subject | None, facts: Facts) -> dict[str, str]:
    values = {
        k: v
        for k, v in (
            ("database", facts.database),
            ("bucket", facts.bucket),
            ("load_balancer", facts.load_balancer),
        )
        if v
    }
    if subject is not None:
        values.update(facts.resolve(subject).placeholders())
        if "workload" in values:
            values["name"] = values["workload"]
            if word := _WORKLOAD_WORD.get(values.get("resource", "")):
                values[word] = values["workload"]
    if "namespace" in values:
        values["ns"] = values["namespace"]
    return values


def fill_text(template: str, values: dict[str, str]) -> str:
    """{name} placeholders, and the <pod>-style ones older remediation texts use; a placeholder
    whose value is unknown stays visible."""
    text = fill(template, values)
    return _ANGLE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _selected(
    rule: Rule, kinds: frozenset[DeploymentKind], evidence: Iterable[Evidence]
) -> list[Fix]:
    lines = [e.text for e in evidence] + [c for e in evidence for c in e.context]
    openshift_own = DeploymentKind.OPENSHIFT in kinds and any(
        f.deployment is DeploymentKind.OPENSHIFT for f in rule.fixes
    )
    chosen = []
    for f in rule.fixes:
        if f.deployment is not None and kinds and f.deployment not in kinds:
            continue
        if openshift_own and f.deployment is DeploymentKind.KUBERNETES:
            continue  # the rule spells the oc variant itself
        if f.when is not None and not any(f.when in line for line in lines):
            continue
        chosen.append(f)
    return chosen


def build_fix(
    rule: Rule, subject: Subject | None, evidence: Iterable[Evidence], facts: Facts
) -> dict[str, Any]:
    """{"text": [...], "commands": [...], "snippets": [...], "branch": bool}. Where the rule's
    fixes branch on an error kind, only the matching branch is shown; with no matching branch
    the rule's whole remediation is."""
    evidence = list(evidence)
    values = placeholders(subject, facts)
    chosen = _selected(rule, facts.kinds, evidence)
    branch = any(f.when is not None for f in chosen)
    texts = [] if branch else [rule.remediation]
    texts += [f.text for f in chosen if f.text]
    on_openshift = DeploymentKind.OPENSHIFT in facts.kinds
    commands = []
    for f in chosen:
        for c in f.commands:
            if on_openshift and f.deployment is not DeploymentKind.OPENSHIFT:
                c = _KUBECTL.sub("oc", c)  # oc takes kubectl's commands
            commands.append(fill_text(c, values))
    return {
        "text": [fill_text(t, values) for t in texts],
        "commands": list(dict.fromkeys(commands)),
        "snippets": [fill_text(f.snippet, values) for f in chosen if f.snippet],
        "branch": branch,
    }
