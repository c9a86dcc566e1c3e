"""The text report (the default on a terminal): the top incidents first, then what else to know."""

from __future__ import annotations

from typing import Any

TOP_INCIDENTS = 5


def oneline(text: Any) -> str:
    # terminal output: no control characters from a stranger's bundle
    return "".join(ch if ch.isprintable() else " " for ch in str(text))


def _cut(text: Any, n: int) -> str:
    s = oneline(text)
    return s if len(s) <= n else s[: n - 1] + "…"


def about_bundle(report: dict[str, Any]) -> list[str]:
    """Deployment kind, W&B version and collection time, as far as the bundle says."""
    facts = report.get("facts", {})
    collected = report["bundle"]["collected_at"]
    return [
        x
        for x in (
            facts.get("label") if facts.get("label") not in (None, "unknown") else None,
            f"W&B {facts['wandb_version']}" if facts.get("wandb_version") else None,
            f"collected {collected}" if collected else None,
        )
        if x
    ]


def _incident(n: int, inc: dict[str, Any]) -> list[str]:
    c = inc["cause"]
    lines = [f"{n}. [{inc['severity'].upper()}] {_cut(c['message'], 200)}"]
    on = ", ".join(c["subjects"][:4]) + (" …" if len(c["subjects"]) > 4 else "")
    lines.append(f"   cause    {c['rule_id']}" + (f" on {_cut(on, 200)}" if on else ""))
    if inc["symptoms"]:
        shown = ", ".join(
            s["rule_id"] + (f" ({s['subject']})" if s["subject"] else "") for s in inc["symptoms"]
        )
        lines.append(f"   explains {_cut(shown, 300)}")
    if inc["first_seen"]:
        lines.append(
            f"   seen     {inc['first_seen']}"
            + (
                f" .. {inc['last_seen']}"
                if inc["last_seen"] and inc["last_seen"] != inc["first_seen"]
                else ""
            )
        )
    ev = c["evidence"]
    if ev:
        where = f"{ev['path']}:{ev['line']}" if ev["line"] else ev["path"]
        lines.append(f"   evidence {_cut(where, 160)}")
        lines.append(f"            {_cut(ev['text'], 200)}")
    fix = inc["fix"]
    if fix["text"]:
        lines.append(f"   fix      {_cut(fix['text'][0], 400)}")
    lines.extend(f"            $ {_cut(cmd, 300)}" for cmd in fix["commands"][:4])
    return lines


def render_text(report: dict[str, Any]) -> str:
    counts = report["summary"]["counts"]
    bundle = report["bundle"]
    lines = [
        f"{oneline(bundle['name'])}: {counts['fail']} fail, {counts['warn']} warn, "
        f"{counts['pass']} pass, {counts['not_evaluated']} not evaluated, "
        f"{counts.get('not_applicable', 0)} not applicable"
    ]
    about = about_bundle(report)
    if about:
        lines.append("  " + oneline(", ".join(about)))
    if bundle["interrupted"]:
        lines.append("!! collection was interrupted: the bundle is partial")
    for problem in bundle.get("problems", [])[:5]:
        lines.append(f"!! {oneline(problem)}")
    if bundle["skipped_members"] or bundle["unreadable_documents"]:
        lines.append(
            f"!! {len(bundle['skipped_members'])} unsafe members skipped, "
            f"{len(bundle['unreadable_documents'])} documents unreadable"
        )

    incidents = report.get("incidents", [])
    lines.append("")
    if incidents:
        lines.append(f"START HERE ({len(incidents)} incident{'s' if len(incidents) != 1 else ''})")
        for n, inc in enumerate(incidents[:TOP_INCIDENTS], 1):
            lines.extend(_incident(n, inc))
        if len(incidents) > TOP_INCIDENTS:
            lines.append("")
            lines.append("other incidents:")
            for n, inc in enumerate(incidents[TOP_INCIDENTS:], TOP_INCIDENTS + 1):
                lines.append(
                    f"{n:>3}. [{inc['severity'].upper()}] {inc['cause']['rule_id']}: "
                    f"{_cut(inc['cause']['message'], 160)}"
                    + (f" (+{inc['explains']})" if inc["explains"] else "")
                )
    else:
        lines.append("no rule fired")

    bad = [c for c in report["collectors"] if c["status"] != "ok"]
    if bad:
        lines.append("")
        lines.append("collector problems:")
        for c in bad:
            lines.append(
                f"  {oneline(c['name'])}: {c['status']}"
                + (f": {_cut(c['error'], 300)}" if c["error"] else "")
            )
            lines.extend(f"    {_cut(note, 300)}" for note in c["notes"][:5])

    if report["findings"]:
        lines.append("")
        lines.append(f"findings ({len(report['findings'])}; status, severity, rule):")
        for f in report["findings"]:
            lines.append(
                f"  {f['status']:<4} {f['severity']:<8} {f['rule_id']}: {_cut(f['message'], 160)}"
            )

    lines.append("")
    lines.append("deployment:")
    lines.extend(f"  {k}: {oneline(v)}" for k, v in report["summary"]["deployment"].items())
    if report["not_evaluated"]:
        lines.append("")
        lines.append(f"not evaluated ({len(report['not_evaluated'])}):")
        lines.extend(
            f"  {n['rule_id']}: {_cut(n['reason'] or '', 160)}"
            for n in report["not_evaluated"][:15]
        )
    if report["unrecognised_errors"]:
        lines.append("")
        lines.append("unrecognised errors (top):")
        for t in report["unrecognised_errors"][:10]:
            lines.append(f"  {t['count']:>6} x {oneline(t['source'])}: {_cut(t['template'], 160)}")
    return "\n".join(lines) + "\n"
