"""The report document (docs/report-format.md). Every renderer starts from this one dict, so the
JSON, HTML, Markdown and text reports can never disagree."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from wbdiag import __version__
from wbdiag.bundle import layout
from wbdiag.facts.combine import Facts
from wbdiag.report.fixes import build_fix
from wbdiag.report.incidents import build_incidents, occurrences
from wbdiag.report.incidents import to_dicts as incident_dicts
from wbdiag.report.timeline import build_timeline
from wbdiag.rules.engine import Analysis
from wbdiag.rules.model import Finding, Severity, Status

REPORT_VERSION = 1
_SHORT = 200  # characters of a deployment-summary value
_STATUS_ORDER = {
    Status.FAIL: 0,
    Status.WARN: 1,
    Status.NOT_EVALUATED: 2,
    Status.PASS: 3,
    Status.NOT_APPLICABLE: 4,
}


def _finding(f: Finding, facts: Facts) -> dict[str, Any]:
    r = f.rule
    first = occurrences(f, facts)[0]
    return {
        "rule_id": r.id,
        "status": f.status.value,
        "severity": r.severity.value,
        "category": r.category,
        "title": r.title,
        "message": f.message,
        "description": r.description,
        "remediation": r.remediation,
        "references": list(r.references),
        "count": f.count,
        "first_seen": f.first_seen,
        "last_seen": f.last_seen,
        "subjects": sorted({e.subject for e in f.evidence if e.subject}),
        "evidence": [e.to_dict() for e in f.evidence],
        # the fix for the first subject, in the deployment's language
        "fix": build_fix(r, first.subject, first.evidence, facts),
        "incidents": [],  # filled from the report's incidents
    }


def _get(doc: Any, *keys: str) -> Any:
    for k in keys:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(k)
    return doc


def _summary(analysis: Analysis) -> dict[str, Any]:
    docs = analysis.contents.documents
    m = analysis.manifest
    settings = _get(docs.get(layout.SETTINGS), "values") or {}
    mysql = docs.get(layout.MYSQL_VERSION) or {}
    cluster = docs.get(layout.K8S_CLUSTER) or {}
    docker_version = docs.get(layout.DOCKER_VERSION) or {}
    containers = docs.get(layout.DOCKER_CONTAINERS) or []
    wandb_images = sorted(
        {str(c.get("image")) for c in containers if isinstance(c, dict) and c.get("wandb")}
    )
    tls = docs.get(layout.PROBE_TLS) or {}
    facts = analysis.facts
    rows: list[tuple[str, Any]] = [
        ("Deployment", m.deployment.value),
        ("Deployment kind", facts.label if facts.known else None),
        ("W&B version", facts.wandb_version),
        ("W&B host", m.wandb_host or settings.get("HOST")),
        ("W&B image", ", ".join(wandb_images) or None),
        (
            "MySQL",
            " ".join(str(x) for x in (mysql.get("version"), mysql.get("flavor")) if x) or None,
        ),
        (
            "Kubernetes",
            _get(cluster, "server_version", "gitVersion") or cluster.get("server_version"),
        ),
        ("OpenShift", cluster.get("openshift") if cluster else None),
        ("Docker engine", docker_version.get("Version")),
        ("Object store", settings.get("BUCKET")),
        ("BUCKET_QUEUE", settings.get("BUCKET_QUEUE")),
        ("TLS", tls.get("problem") or ("ok" if tls.get("ok") else None)),
        ("Collected at", m.collected_at or None),
        ("Collected on", m.host or None),
    ]
    return {k: _short(v) for k, v in rows if v not in (None, "")}


def _short(value: Any) -> str | int | float | bool:
    """A summary value as one short scalar, whatever a (hostile) document held there."""
    if isinstance(value, (int, float, bool)):
        return value
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)[:_SHORT]
    return text if len(text) <= _SHORT else text[:_SHORT] + "…"


def build_report(analysis: Analysis) -> dict[str, Any]:
    findings = sorted(
        analysis.findings,
        key=lambda f: (_STATUS_ORDER[f.status], -f.rule.severity.rank, f.rule.id),
    )
    fired = [f for f in findings if f.fired]
    counts = {s.value: sum(1 for f in findings if f.status is s) for s in Status}
    highest = max((f.rule.severity for f in fired), key=lambda s: s.rank, default=None)
    m = analysis.manifest
    contents = analysis.contents
    report: dict[str, Any] = {
        "report_version": REPORT_VERSION,
        "wbdiag_version": __version__,
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bundle": {
            "name": analysis.bundle_name,
            "format_version": m.format_version,
            "has_manifest": contents.has_manifest,
            "wbdiag_version": m.wbdiag_version,
            "collected_at": m.collected_at,
            "host": m.host,
            "deployment": m.deployment.value,
            "wandb_host": m.wandb_host,
            "interrupted": m.interrupted,
            "files": len(contents.paths),
            "skipped_members": [{"path": s.path, "reason": s.reason} for s in contents.skipped],
            "unreadable_documents": dict(contents.document_errors),
            # wrong-shaped manifest parts (left out) and limits that stopped part of the reading
            "problems": [*m.problems, *contents.problems],
        },
        "summary": {
            "deployment": _summary(analysis),
            "counts": counts,
            "highest_severity": highest.value if highest else None,
        },
        "facts": analysis.facts.to_dict(),
        "findings": [_finding(f, analysis.facts) for f in fired],
        "not_evaluated": [
            {
                "rule_id": f.rule.id,
                "title": f.rule.title,
                "severity": f.rule.severity.value,
                "reason": f.reason,
            }
            for f in findings
            if f.status is Status.NOT_EVALUATED
        ],
        # rules about another kind of deployment: not missing data, so not in not_evaluated
        "not_applicable": [
            {"rule_id": f.rule.id, "title": f.rule.title, "reason": f.reason}
            for f in findings
            if f.status is Status.NOT_APPLICABLE
        ],
        "passed": [
            {"rule_id": f.rule.id, "title": f.rule.title}
            for f in findings
            if f.status is Status.PASS
        ],
        "collectors": [
            {
                "name": c.name,
                "status": c.status.value,
                "error": c.error,
                "started": c.started,
                "ended": c.ended,
                "files": len(c.files),
                "bytes": c.bytes,
                "truncated": c.truncated,
                "notes": list(c.notes),
            }
            for c in m.collectors
        ],
        "redaction": dict(m.redaction),
        "unrecognised_errors": [t.to_dict() for t in analysis.unrecognised],
    }
    incidents = incident_dicts(build_incidents(fired, analysis.facts), analysis.facts)
    report["incidents"] = incidents
    by_rule = {f["rule_id"]: f for f in report["findings"]}
    for inc in incidents:
        for member in (inc["cause"], *inc["symptoms"]):
            ids = by_rule[member["rule_id"]]["incidents"]
            if inc["id"] not in ids:
                ids.append(inc["id"])
    # derived from the two lists above, so the chart shows exactly what the report lists
    report["timeline"] = build_timeline(
        report["findings"], report["unrecognised_errors"], m.collected_at
    )
    return report


def worst_fired(report: dict[str, Any]) -> Severity | None:
    value = report["summary"]["highest_severity"]
    return Severity(value) if value else None
