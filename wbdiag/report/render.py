"""Render the report document. Templates live in the top-level reports/ (shipped in the wheel)."""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from wbdiag.resources import templates_dir


class ReportFormat(str, enum.Enum):
    HTML = "html"
    JSON = "json"
    MARKDOWN = "markdown"
    TEXT = "text"

    @classmethod
    def from_suffix(cls, path: Path) -> ReportFormat | None:
        return {
            ".html": cls.HTML,
            ".htm": cls.HTML,
            ".json": cls.JSON,
            ".md": cls.MARKDOWN,
            ".markdown": cls.MARKDOWN,
            ".txt": cls.TEXT,
        }.get(path.suffix.lower())


def _reference_url(ref: str) -> str | None:
    """A link for a reference: https URLs as they are, owner/repo#N to its GitHub issue."""
    if ref.startswith("https://"):
        return ref
    head = ref.split()[0]
    if "#" in ref and "/" in head:
        repo = head.split("#")[0]
        num = ref.split("#", 1)[1].split()[0]
        if num.isdigit():
            return f"https://github.com/{repo}/issues/{num}"
    return None


@cache
def environment(markdown: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        # HTML: every string from a bundle is escaped. Markdown: escaped by the md filter instead.
        autoescape=not markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["reference_url"] = _reference_url
    env.filters["md"] = md_escape
    env.filters["mdcode"] = md_code
    return env


def md_escape(value: Any) -> str:
    text = str(value).replace("\r", " ").replace("\n", " ")
    for ch in "\\`*_{}[]<>()#+-!|":
        text = text.replace(ch, "\\" + ch)
    return text


def md_code(value: Any) -> str:
    """Inline code that no backtick in the text can break out of."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence} {text} {fence}"


@cache
def report_script() -> tuple[str, str]:
    """The HTML report's one inline script and its CSP source ('sha256-...'): the page allows
    exactly this script and nothing else."""
    text = (templates_dir() / "report.js").read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"sha256-{digest}"


def render(report: dict[str, Any], fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return json.dumps(report, indent=2, sort_keys=False) + "\n"
    if fmt is ReportFormat.TEXT:
        return render_text(report)
    if fmt is ReportFormat.MARKDOWN:
        return environment(True).get_template("report.md.j2").render(r=report)
    script, script_hash = report_script()
    return (
        environment(False)
        .get_template("report.html.j2")
        .render(r=report, script=script, script_hash=script_hash)
    )


def render_text(report: dict[str, Any]) -> str:
    lines = []
    counts = report["summary"]["counts"]
    lines.append(
        f"{report['bundle']['name']}: {counts['fail']} fail, {counts['warn']} warn, "
        f"{counts['pass']} pass, {counts['not_evaluated']} not evaluated, "
        f"{counts['not_applicable']} not applicable"
    )
    for k, v in report["summary"]["deployment"].items():
        lines.append(f"  {k}: {v}")
    for f in report["findings"]:
        lines.append("")
        lines.append(
            f"[{f['status'].upper()}] {f['severity']} {f['rule_id']}: {oneline(f['message'])}"
        )
        for e in f["evidence"][:3]:
            where = f"{e['path']}:{e['line']}" if e["line"] else e["path"]
            lines.append(f"    {where}: {oneline(e['text'])[:200]}")
        lines.append(f"    fix: {oneline(f['remediation'])}")
    bad = [c for c in report["collectors"] if c["status"] != "ok"]
    if bad:
        lines.append("")
        lines.append("collectors:")
        for c in bad:
            lines.append(f"  {c['name']}: {c['status']} {oneline(c['error'] or '')}")
    if report["unrecognised_errors"]:
        lines.append("")
        lines.append("unrecognised errors (top):")
        for t in report["unrecognised_errors"][:10]:
            lines.append(f"  {t['count']:>6} x {t['source']}: {oneline(t['template'])[:160]}")
    return "\n".join(lines) + "\n"


def oneline(text: str) -> str:
    # terminal output: no control characters from a stranger's bundle
    return "".join(ch if ch.isprintable() else " " for ch in str(text))
