"""Incidents: the fired findings grouped into causes and the symptoms they explain.

A finding whose evidence names several subjects (the crash loop of two pods) is split into one
occurrence per subject. A rule's `explains` links an occurrence to the occurrences of the
explained rules on a subject within the declared scope; occurrences nothing explains are causes.
An occurrence several others explain is charged to one of them (`_blame`), so the links form a
forest and every occurrence ends up in exactly one incident, under the root of its tree. Incidents are ordered by severity, then by how many
symptoms they explain, then by first seen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wbdiag.facts.combine import Facts
from wbdiag.facts.subjects import Scope, Subject, SubjectKind, parse_subject
from wbdiag.report.fixes import build_fix
from wbdiag.rules.model import Evidence, Finding, Severity

_LAST = "~"  # sorts after every RFC 3339 time: the untimed go last


@dataclass(frozen=True)
class Occurrence:
    finding: Finding
    subject: Subject | None
    evidence: tuple[Evidence, ...]

    @property
    def rule_id(self) -> str:
        return self.finding.rule.id

    @property
    def severity(self) -> Severity:
        return self.finding.rule.severity

    @property
    def label(self) -> str | None:
        return self.subject.label if self.subject is not None else None

    @property
    def first_seen(self) -> str | None:
        times = [e.time for e in self.evidence if e.time]
        return min(times) if times else self.finding.first_seen

    @property
    def last_seen(self) -> str | None:
        times = [e.time for e in self.evidence if e.time]
        return max(times) if times else self.finding.last_seen


@dataclass
class Incident:
    """One cause (a rule, on one or more subjects) and the symptoms it explains."""

    causes: list[Occurrence]  # occurrences of one rule
    symptoms: list[Occurrence] = field(default_factory=list)

    @property
    def cause(self) -> Occurrence:
        return self.causes[0]

    @property
    def members(self) -> list[Occurrence]:
        return [*self.causes, *self.symptoms]

    @property
    def severity(self) -> Severity:
        return max((o.severity for o in self.members), key=lambda s: s.rank)

    @property
    def subjects(self) -> list[str]:
        return list(dict.fromkeys(o.label for o in self.members if o.label))

    @property
    def first_seen(self) -> str | None:
        return min((t for o in self.members if (t := o.first_seen)), default=None)

    @property
    def last_seen(self) -> str | None:
        return max((t for o in self.members if (t := o.last_seen)), default=None)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (
            -self.severity.rank,
            -len(self.symptoms),
            self.first_seen or _LAST,
            self.cause.rule_id,
        )


def occurrences(finding: Finding, facts: Facts) -> list[Occurrence]:
    """One occurrence per subject the finding's evidence names (a pod-level line joins the
    container of that pod the finding also names); evidence naming no subject joins the first."""
    groups: dict[Subject | None, list[Evidence]] = defaultdict(list)
    for e in finding.evidence:
        s = parse_subject(e.subject, e.path)
        groups[facts.resolve(s) if s is not None else None].append(e)
    containers: dict[tuple[str, str], Subject] = {}
    for s in sorted((s for s in groups if s is not None), key=lambda s: s.label):
        if s.kind is SubjectKind.CONTAINER and (pk := s.pod_key()) is not None:
            containers.setdefault(pk, s)
    for pod in [s for s in groups if s is not None and s.kind is SubjectKind.POD]:
        container = containers.get(pod.pod_key() or ("", ""))
        if container is not None:
            groups[container].extend(groups.pop(pod))
    loose = groups.pop(None, [])
    named = sorted(groups.items(), key=lambda kv: kv[0].label if kv[0] else "")
    if not named:
        return [Occurrence(finding, None, tuple(loose))]
    (first, ev), *rest = named
    return [
        Occurrence(finding, first, tuple(ev + loose)),
        *(Occurrence(finding, s, tuple(e)) for s, e in rest),
    ]


def _explainers(occs: list[Occurrence]) -> dict[int, list[int]]:
    """For each occurrence, the occurrences that explain it. Candidates are looked up by rule and
    pod (or exact subject), so a cluster of thousands of pods stays linear."""
    by_rule: dict[str, list[int]] = defaultdict(list)
    by_pod: dict[tuple[str, tuple[str, str]], list[int]] = defaultdict(list)
    by_subject: dict[tuple[str, Subject], list[int]] = defaultdict(list)
    for j, b in enumerate(occs):
        by_rule[b.rule_id].append(j)
        if b.subject is not None:
            if (pk := b.subject.pod_key()) is not None:
                by_pod[(b.rule_id, pk)].append(j)
            else:
                by_subject[(b.rule_id, b.subject)].append(j)
    found: dict[int, list[int]] = defaultdict(list)
    for i, a in enumerate(occs):
        for e in a.finding.rule.explains:
            if e.scope is Scope.ANY:
                candidates = by_rule.get(e.rule_id, [])
            elif a.subject is None:
                continue
            elif (pk := a.subject.pod_key()) is not None:
                candidates = by_pod.get((e.rule_id, pk), [])
            else:
                candidates = by_subject.get((e.rule_id, a.subject), [])
            for j in candidates:
                b = occs[j]
                if j == i or (e.scope is not Scope.ANY and not _near(a, b, e.scope)):
                    continue
                if i not in found[j]:
                    found[j].append(i)
    return found


def _near(a: Occurrence, b: Occurrence, scope: Scope) -> bool:
    return a.subject is not None and b.subject is not None and a.subject.near(b.subject, scope)


def _blame(occ: Occurrence) -> tuple[int, str, str]:
    """Which of several explainers a symptom is charged to: the most severe, then the latest
    (the error logged last before a crash is the one that ended the run), then by rule id."""
    return (occ.severity.rank, occ.last_seen or "", occ.rule_id)


def build_incidents(findings: Iterable[Finding], facts: Facts) -> list[Incident]:
    occs = [o for f in findings if f.fired for o in occurrences(f, facts)]
    explainers = _explainers(occs)
    # every occurrence gets at most one parent, so it ends up in exactly one incident
    parent = {j: max(ex, key=lambda i: _blame(occs[i])) for j, ex in explainers.items() if ex}

    def root_of(j: int) -> int:
        path, on_path = [j], {j}
        while path[-1] in parent:
            nxt = parent[path[-1]]
            if nxt in on_path:  # a cycle (A explains B explains A): its strongest member leads
                cycle = path[path.index(nxt) :]
                del parent[max(cycle, key=lambda i: _blame(occs[i]))]
                return root_of(j)
            path.append(nxt)
            on_path.add(nxt)
        return path[-1]

    def depth(j: int) -> int:
        n = 0
        while j in parent:
            j, n = parent[j], n + 1
        return n

    trees: dict[int, list[int]] = defaultdict(list)
    for j in range(len(occs)):
        trees[root_of(j)].append(j)
    incidents: list[Incident] = []
    for r, tree in trees.items():
        members = sorted(
            (j for j in tree if j != r), key=lambda j: (depth(j), -occs[j].severity.rank, j)
        )
        incidents.append(Incident([occs[r]], [occs[j] for j in members]))
    # one cause on several subjects (MySQL refused in two containers, ten workloads refused by
    # OpenShift) is one incident: the same rule as cause is merged
    merged: dict[str, Incident] = {}
    for inc in incidents:
        if (into := merged.get(inc.cause.rule_id)) is None:
            merged[inc.cause.rule_id] = inc
        else:
            into.causes.extend(inc.causes)
            into.symptoms.extend(inc.symptoms)
    return sorted(merged.values(), key=Incident.sort_key)


def to_dicts(incidents: list[Incident], facts: Facts) -> list[dict[str, Any]]:
    """The report's `incidents` (docs/report-format.md)."""
    out: list[dict[str, Any]] = []
    for n, inc in enumerate(incidents, 1):
        c = inc.cause
        f = c.finding
        out.append(
            {
                "id": f"incident-{n}",
                "severity": inc.severity.value,
                "cause": {
                    "rule_id": c.rule_id,
                    "title": f.rule.title,
                    "message": f.message,
                    "severity": c.severity.value,
                    "status": f.status.value,
                    "category": f.rule.category,
                    "subject": c.label,
                    "subjects": list(dict.fromkeys(o.label for o in inc.causes if o.label)),
                    "first_seen": c.first_seen,
                    "last_seen": c.last_seen,
                    "evidence": c.evidence[0].to_dict() if c.evidence else None,
                },
                "symptoms": [
                    {
                        "rule_id": o.rule_id,
                        "title": o.finding.rule.title,
                        "severity": o.severity.value,
                        "status": o.finding.status.value,
                        "category": o.finding.rule.category,
                        "subject": o.label,
                    }
                    for o in inc.symptoms
                ],
                "explains": len(inc.symptoms),
                "subjects": inc.subjects,
                "categories": sorted({o.finding.rule.category for o in inc.members}),
                "first_seen": inc.first_seen,
                "last_seen": inc.last_seen,
                "fix": build_fix(f.rule, c.subject, c.evidence, facts),
            }
        )
    return out
