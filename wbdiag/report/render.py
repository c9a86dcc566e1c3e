"""Render the report document. Templates live in the top-level reports/ (shipped in the wheel)."""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbdiag.report.markdown import md_code, md_escape, render_markdown
from wbdiag.report.text import oneline, render_text
from wbdiag.resources import templates_dir

if TYPE_CHECKING:
    import jinja2

__all__ = ["ReportFormat", "environment", "md_code", "md_escape", "oneline", "render"]


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
    import jinja2  # only HTML reports need it (about 45 ms of start-up)

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
        return render_markdown(report)
    script, script_hash = report_script()
    return (
        environment(False)
        .get_template("report.html.j2")
        .render(r=report, script=script, script_hash=script_hash)
    )
