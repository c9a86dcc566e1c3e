"""Reports: every string from a bundle is escaped; HTML is self-contained; formats agree."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers import make_bundle_dir, manifest_with
from wbdiag.analyze import analyze_bundle
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.report.render import ReportFormat, render, report_script

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'
EVIL_MD = "](javascript:alert(1)) | col | `tick` <b>"


def hostile_bundle(tmp_path: Path) -> Path:
    m = manifest_with(("docker", CollectorStatus.FAILED, f"docker said {EVIL}"))
    m.host = EVIL
    return make_bundle_dir(
        tmp_path / f"bundle{EVIL[:0]}",
        {
            "mysql/variables.json": {"binlog_format": EVIL + EVIL_MD},
            "mysql/version.json": {"version": EVIL, "flavor": "mysql"},
            "docker/containers/wandb-local/container.log": f"panic: dial tcp 10.0.0.1:3306: connect: connection refused {EVIL} {EVIL_MD}\n",
        },
        m,
    )


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_html_escapes_bundle_strings_and_loads_nothing(tmp_path: Path) -> None:
    report = analyze_bundle(hostile_bundle(tmp_path))
    html = render(report, ReportFormat.HTML)
    assert "&lt;script&gt;" in html
    parser = Tags()
    parser.feed(html)
    names = {t for t, _ in parser.tags}
    # self-contained and inert: no external resource (reference links are anchors); one script,
    # the report's own, which the CSP allows by its hash and nothing else
    assert not names & {"img", "link", "iframe", "object", "embed", "form"}
    scripts = [attrs for t, attrs in parser.tags if t == "script"]
    assert scripts == [[]], scripts
    script, digest = report_script()
    assert f"<script>{script}</script>" in html and f"script-src '{digest}'" in html
    for tag, attrs in parser.tags:
        for key, val in attrs:
            assert not key.startswith("on"), (tag, key)
            assert key != "src", tag
            if key == "href":
                assert val is not None and (val.startswith(("#", "https://"))), val
    assert "@import" not in html and "url(" not in html
    assert "Content-Security-Policy" in html
    # Start here, then the overview
    assert html.index('id="start-here"') < html.index('id="overview"')
    assert html.index('id="overview"') < html.index('id="findings"') < html.index('id="collectors"')


def test_markdown_escapes(tmp_path: Path) -> None:
    md = render(analyze_bundle(hostile_bundle(tmp_path)), ReportFormat.MARKDOWN)
    # inside fenced blocks and code spans text is literal; everywhere else nothing may become
    # markup (tests/unit/test_markdown.py checks line by line)
    outside_code = re.sub(r"(`+).*?\1", "", re.sub(r"(?ms)^(`{3,}).*?^\1$", "", md))
    assert "<script>" not in outside_code and "<b>" not in outside_code
    assert not re.search(r"(?<!\\)\]\(javascript:", outside_code)


def test_text_report_has_no_control_characters(tmp_path: Path) -> None:
    root = make_bundle_dir(
        tmp_path / "b",
        {"mysql/variables.json": {"binlog_format": "MIXED\x1b[31mred\x07"}},
        manifest_with(),
    )
    text = render(analyze_bundle(root), ReportFormat.TEXT)
    assert "\x1b" not in text and "\x07" not in text


def test_formats_agree(tmp_path: Path) -> None:
    report = analyze_bundle(
        Path(__file__).resolve().parents[2] / "sample_bundles" / "broken-docker.tgz"
    )
    data = json.loads(render(report, ReportFormat.JSON))
    html = render(report, ReportFormat.HTML)
    md = render(report, ReportFormat.MARKDOWN)
    text = render(report, ReportFormat.TEXT)
    assert data["findings"], "the broken sample has findings"
    for f in data["findings"]:
        assert f["rule_id"] in html and f["rule_id"] in md and f["rule_id"] in text
    assert data["summary"]["counts"]["fail"] == len(
        [f for f in data["findings"] if f["status"] == "fail"]
    )
