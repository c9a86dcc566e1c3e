"""`wbdiag diff OLD NEW`: what changed between two bundles of one deployment (docs/report-format.md).

Both bundles are analyzed with the same rule pack and the two report documents compared, so a diff
never disagrees with the two reports. Everything here returns data or strings; the CLI prints.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from wbdiag import __version__
from wbdiag.bundle.reader import BundleSource
from wbdiag.report.build import build_report

# The report renderer's helpers: one escaping policy for reports and diffs.
from wbdiag.report.render import ReportFormat, environment, md_code, md_escape, oneline
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.model import Severity

DIFF_VERSION = 1
# Labels of summary.deployment that differ between any two collections: not a change.
_VOLATILE = frozenset({"Collected at"})
_EVIDENCE_SHOWN = 3
# Redaction numbers its placeholders per bundle ([REDACTED:password:2]): the same secret can get
# another number in the next bundle, which is not a change of the deployment.
_PLACEHOLDER_NUMBER = re.compile(r"(\[REDACTED:[A-Za-z0-9_.-]+):\d+\]")


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        return _PLACEHOLDER_NUMBER.sub(r"\1]", old) == _PLACEHOLDER_NUMBER.sub(r"\1]", new)
    return bool(old == new)


def diff_bundles(old: Path, new: Path, rule_paths: Sequence[Path] = ()) -> dict[str, Any]:
    """Analyze both bundles with one rule pack and compare the reports."""
    pack = load_pack(rule_paths or None, trust_stamp=True)
    # open both before the (slow) analysis, so a mistyped NEW fails at once
    old_source, new_source = BundleSource.open(old), BundleSource.open(new)
    return diff_reports(
        build_report(analyze(old_source, pack)), build_report(analyze(new_source, pack))
    )


def _rank(severity: Any) -> int:
    try:
        return Severity(severity).rank
    except ValueError:
        return -1


def _order(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda f: (-_rank(f.get("severity")), str(f.get("rule_id"))))


def _brief(f: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "rule_id": f["rule_id"],
        "status": f["status"],
        "severity": f["severity"],
        "title": f["title"],
        "message": f["message"],
        "count": f["count"],
        "first_seen": f["first_seen"],
        "last_seen": f["last_seen"],
        "subjects": list(f["subjects"]),
    }


def _rule_status(report: Mapping[str, Any], rule_id: str) -> tuple[str | None, str | None]:
    """(status, reason) of a rule in a report; None when the rule was not in its pack."""
    for f in report["findings"]:
        if f["rule_id"] == rule_id:
            return f["status"], None
    for n in report["not_evaluated"]:
        if n["rule_id"] == rule_id:
            return "not_evaluated", n["reason"]
    for n in report.get("not_applicable", ()):  # reports written before the status existed lack it
        if n["rule_id"] == rule_id:
            return "not_applicable", n["reason"]
    for p in report["passed"]:
        if p["rule_id"] == rule_id:
            return "pass", None
    return None, None


def _side(report: Mapping[str, Any]) -> dict[str, Any]:
    b = report["bundle"]
    return {
        "name": b["name"],
        "collected_at": b["collected_at"],
        "host": b["host"],
        "deployment": b["deployment"],
        "counts": dict(report["summary"]["counts"]),
        "highest_severity": report["summary"]["highest_severity"],
    }


def _template_key(t: Mapping[str, Any]) -> tuple[str, str]:
    return str(t["source"]), str(t["template"])


def _template(t: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("source", "template", "count", "first_seen", "last_seen", "burst_per_minute")
    return {k: t.get(k) for k in keys}


def diff_reports(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Compare two report documents (wbdiag.report.build); see docs/report-format.md."""
    old_fired = {f["rule_id"]: f for f in old["findings"]}
    new_fired = {f["rule_id"]: f for f in new["findings"]}

    appeared = []
    for rid, f in new_fired.items():
        if rid not in old_fired:
            status, reason = _rule_status(old, rid)
            appeared.append(
                {
                    **_brief(f),
                    "old_status": status,
                    "old_reason": reason,
                    "remediation": f["remediation"],
                    "evidence": list(f["evidence"][:_EVIDENCE_SHOWN]),
                }
            )
    resolved: list[dict[str, Any]] = []
    unknown: list[dict[str, Any]] = []
    for rid, f in old_fired.items():
        if rid in new_fired:
            continue
        status, reason = _rule_status(new, rid)
        entry = {**_brief(f), "new_status": status, "new_reason": reason}
        # a rule NEW could not evaluate (collector failed, file missing) is not a fix
        (resolved if status == "pass" else unknown).append(entry)
    persisting = []
    for rid, f in new_fired.items():
        if rid not in old_fired:
            continue
        o = old_fired[rid]
        old_subjects, new_subjects = set(o["subjects"]), set(f["subjects"])
        persisting.append(
            {
                "rule_id": rid,
                "severity": f["severity"],
                "title": f["title"],
                "old_status": o["status"],
                "new_status": f["status"],
                "old_message": o["message"],
                "new_message": f["message"],
                "old_count": o["count"],
                "new_count": f["count"],
                "count_delta": f["count"] - o["count"],
                "subjects_added": sorted(new_subjects - old_subjects),
                "subjects_removed": sorted(old_subjects - new_subjects),
                "old_last_seen": o["last_seen"],
                "new_last_seen": f["last_seen"],
            }
        )

    old_collectors = {c["name"]: c for c in old["collectors"]}
    new_collectors = {c["name"]: c for c in new["collectors"]}
    collectors = []
    for name in sorted(old_collectors.keys() | new_collectors.keys()):
        oc, nc = old_collectors.get(name), new_collectors.get(name)
        old_status, new_status = (oc or {}).get("status"), (nc or {}).get("status")
        if old_status != new_status:
            collectors.append(
                {
                    "name": name,
                    "old_status": old_status,
                    "new_status": new_status,
                    "old_error": (oc or {}).get("error"),
                    "new_error": (nc or {}).get("error"),
                }
            )

    old_dep, new_dep = old["summary"]["deployment"], new["summary"]["deployment"]
    # keys in the order the reports show them: OLD's first, then any only NEW has
    keys = list(old_dep) + [k for k in new_dep if k not in old_dep]
    deployment = [
        {"key": k, "old": old_dep.get(k), "new": new_dep.get(k)}
        for k in keys
        if k not in _VOLATILE and not _same(old_dep.get(k), new_dep.get(k))
    ]

    old_t = {_template_key(t): t for t in old["unrecognised_errors"]}
    new_t = {_template_key(t): t for t in new["unrecognised_errors"]}

    return {
        "diff_version": DIFF_VERSION,
        "wbdiag_version": __version__,
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "old": _side(old),
        "new": _side(new),
        "findings": {
            "new": _order(appeared),
            "resolved": _order(resolved),
            "not_evaluated_in_new": _order(unknown),
            "persisting": _order(persisting),
        },
        "collectors": collectors,
        "deployment": deployment,
        "unrecognised_errors": {
            # most frequent first, as in the report
            "new": [_template(t) for k, t in new_t.items() if k not in old_t],
            "gone": [_template(t) for k, t in old_t.items() if k not in new_t],
            "persisting": sum(1 for k in new_t if k in old_t),
        },
    }


def regressions(diff: Mapping[str, Any], fail_on: Severity) -> list[dict[str, Any]]:
    """Findings new in NEW at or above `fail_on` (exit 3 of `wbdiag diff`)."""
    return [f for f in diff["findings"]["new"] if _rank(f["severity"]) >= fail_on.rank]


def has_changes(diff: Mapping[str, Any]) -> bool:
    f, u = diff["findings"], diff["unrecognised_errors"]
    return bool(
        f["new"]
        or f["resolved"]
        or f["not_evaluated_in_new"]
        or any(p["count_delta"] or p["old_status"] != p["new_status"] for p in f["persisting"])
        or diff["collectors"]
        or diff["deployment"]
        or u["new"]
        or u["gone"]
    )


def headline(diff: Mapping[str, Any]) -> str:
    f, u = diff["findings"], diff["unrecognised_errors"]
    return (
        f"{len(f['new'])} new, {len(f['resolved'])} resolved, "
        f"{len(f['not_evaluated_in_new'])} no longer evaluated, {len(f['persisting'])} persisting "
        f"findings; {len(diff['collectors'])} collector and {len(diff['deployment'])} deployment "
        f"changes; {len(u['new'])} new and {len(u['gone'])} gone unrecognised error templates"
    )


def render_diff(diff: dict[str, Any], fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return json.dumps(diff, indent=2) + "\n"
    if fmt is ReportFormat.MARKDOWN:
        return render_diff_markdown(diff)
    if fmt is ReportFormat.HTML:
        return environment(False).get_template("diff.html.j2").render(d=diff)
    return render_diff_text(diff)


def _delta(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def _value(v: Any) -> str:
    return "(none)" if v is None else str(v)


def render_diff_text(diff: Mapping[str, Any]) -> str:
    o, n, f = diff["old"], diff["new"], diff["findings"]
    out = [
        f"OLD {oneline(o['name'])} (collected {oneline(_value(o['collected_at']))})",
        f"NEW {oneline(n['name'])} (collected {oneline(_value(n['collected_at']))})",
        "counts: "
        + ", ".join(
            f"{k} {o['counts'][k]} -> {n['counts'][k]}"
            for k in ("fail", "warn", "pass", "not_evaluated")
        ),
        headline(diff),
    ]

    def block(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", title, *lines])

    block(
        "new in NEW:",
        [
            f"  + [{x['status'].upper()}] {x['severity']} {x['rule_id']}: {oneline(x['message'])}"
            for x in f["new"]
        ],
    )
    block(
        "resolved (fired in OLD, passes in NEW):",
        [f"  - {x['severity']} {x['rule_id']}: {oneline(x['message'])}" for x in f["resolved"]],
    )
    block(
        "no longer evaluated in NEW (cannot tell whether fixed):",
        [
            f"  ? {x['severity']} {x['rule_id']}: {oneline(_value(x['new_reason']))}"
            for x in f["not_evaluated_in_new"]
        ],
    )
    block(
        "persisting:",
        [
            f"  = {x['severity']} {x['rule_id']}: count {x['old_count']} -> {x['new_count']}"
            f" ({_delta(x['count_delta'])})"
            + (
                f", {x['old_status']} -> {x['new_status']}"
                if x["old_status"] != x["new_status"]
                else ""
            )
            for x in f["persisting"]
        ],
    )
    block(
        "collectors:",
        [
            f"  {oneline(c['name'])}: {_value(c['old_status'])} -> {_value(c['new_status'])}"
            + (f" ({oneline(c['new_error'])})" if c["new_error"] else "")
            for c in diff["collectors"]
        ],
    )
    block(
        "deployment:",
        [
            f"  {oneline(c['key'])}: {oneline(_value(c['old']))} -> {oneline(_value(c['new']))}"
            for c in diff["deployment"]
        ],
    )
    u = diff["unrecognised_errors"]
    block(
        "unrecognised errors:",
        [
            f"  + {t['count']:>6} x {oneline(t['source'])}: {oneline(t['template'])[:160]}"
            for t in u["new"]
        ]
        + [
            f"  - {t['count']:>6} x {oneline(t['source'])}: {oneline(t['template'])[:160]}"
            for t in u["gone"]
        ],
    )
    if not has_changes(diff):
        out.extend(["", "no changes"])
    return "\n".join(out) + "\n"


def render_diff_markdown(diff: Mapping[str, Any]) -> str:
    o, n, f = diff["old"], diff["new"], diff["findings"]
    out = [
        f"### wbdiag diff: {md_escape(o['name'])} → {md_escape(n['name'])}",
        "",
        f"OLD collected {md_escape(_value(o['collected_at']))}, "
        f"NEW collected {md_escape(_value(n['collected_at']))}. {md_escape(headline(diff))}.",
        "",
        "| | OLD | NEW |",
        "|---|---|---|",
        *(
            f"| {k} | {o['counts'][k]} | {n['counts'][k]} |"
            for k in ("fail", "warn", "pass", "not_evaluated")
        ),
    ]

    def block(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"**{title}**", "", *lines])

    block(
        "New in NEW",
        [
            f"- {x['severity']} `{x['rule_id']}`: {md_escape(x['message'])}"
            f" (fix: {md_escape(x['remediation'])})"
            for x in f["new"]
        ],
    )
    block(
        "Resolved (fired in OLD, passes in NEW)",
        [f"- {x['severity']} `{x['rule_id']}`: {md_escape(x['message'])}" for x in f["resolved"]],
    )
    block(
        "No longer evaluated in NEW (cannot tell whether fixed)",
        [
            f"- {x['severity']} `{x['rule_id']}`: {md_escape(_value(x['new_reason']))}"
            for x in f["not_evaluated_in_new"]
        ],
    )
    if f["persisting"]:
        out.extend(["", "**Persisting**", "", "| rule | count OLD | count NEW | change |"])
        out.append("|---|---|---|---|")
        out.extend(
            f"| `{x['rule_id']}` | {x['old_count']} | {x['new_count']} | {_delta(x['count_delta'])} |"
            for x in f["persisting"]
        )
    if diff["collectors"] or diff["deployment"]:
        out.extend(["", "**Changed**", "", "| | OLD | NEW |", "|---|---|---|"])
        out.extend(
            f"| collector {md_escape(c['name'])} | {md_escape(_value(c['old_status']))} | "
            f"{md_escape(_value(c['new_status']))} |"
            for c in diff["collectors"]
        )
        out.extend(
            f"| {md_escape(c['key'])} | {md_escape(_value(c['old']))} | "
            f"{md_escape(_value(c['new']))} |"
            for c in diff["deployment"]
        )
    u = diff["unrecognised_errors"]
    block(
        "Unrecognised error templates",
        [
            f"- new: {t['count']} x {md_escape(t['source'])}: {md_code(str(t['template'])[:200])}"
            for t in u["new"]
        ]
        + [
            f"- gone: {t['count']} x {md_escape(t['source'])}: {md_code(str(t['template'])[:200])}"
            for t in u["gone"]
        ],
    )
    if not has_changes(diff):
        out.extend(["", "No changes."])
    return "\n".join(out) + "\n"
