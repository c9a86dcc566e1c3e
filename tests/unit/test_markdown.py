"""The Markdown report is pasted into tickets: GitHub- and Zendesk-safe, and always short."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from tests.unit.test_report import hostile_bundle
from wbdiag.analyze import analyze_bundle
from wbdiag.report.markdown import MAX_CHARS, md_escape, render_markdown
from wbdiag.report.render import ReportFormat, render

SAMPLES = Path(__file__).resolve().parents[2] / "sample_bundles"
FENCE = re.compile(r"^(`{3,})")


def blocks_outside_fences(md: str) -> list[tuple[int, str]]:
    """(line number, line) of every line outside fenced code; fences must be balanced."""
    out, fence = [], None
    for n, line in enumerate(md.splitlines()):
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)
        elif fence is not None and line == fence:
            fence = None
        elif fence is None:
            out.append((n, line))
    assert fence is None, "an unclosed fence"
    return out


def test_layout_is_ticket_safe() -> None:
    md = render(analyze_bundle(SAMPLES / "broken-docker.tgz"), ReportFormat.MARKDOWN)
    lines = md.splitlines()
    outside = blocks_outside_fences(md)
    for n, line in outside:
        if line.startswith("#"):  # headings stand alone
            assert n == 0 or lines[n - 1] == "", (n, line)
            assert lines[n + 1] == "", (n, line)
        if line.startswith("- ") and lines[n - 1] and not lines[n - 1].startswith("- "):
            raise AssertionError(f"a list without a blank line before it: {n}: {line}")
        assert not line.startswith("|"), "no tables: Zendesk does not render them"
        assert "<" not in re.sub(r"(`+).*?\1", "", line.replace("\\<", "")), line
    # timestamps are not escaped; commands are fenced
    assert "2026-11-29T00:02:49Z" in md
    assert re.search(r"^```sh\ndocker exec wandb-crashed env", md, re.M), md[:3000]
    assert (
        md.index("#### 1. critical") < md.index("### Collectors")
        if "### Collectors" in md
        else True
    )


def test_hostile_strings_stay_text(tmp_path: Path) -> None:
    md = render(analyze_bundle(hostile_bundle(tmp_path)), ReportFormat.MARKDOWN)
    for _, line in blocks_outside_fences(md):
        plain = re.sub(r"(`+).*?\1", "", line)
        assert "<script>" not in plain and "<b>" not in plain, line
        assert not re.search(r"(?<!\\)\]\(", plain), line  # no link can form
        assert not re.search(r"(?<!\\)\|", plain), line


def test_escape_keeps_timestamps_and_versions() -> None:
    assert md_escape("2026-11-29T00:02:49.123+00:00 wandb/local:0.59.2") == (
        "2026-11-29T00:02:49.123+00:00 wandb/local:0.59.2"
    )
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("---") == "\\---"
    assert (
        md_escape("a_b *c* [d](e) <f> &amp; W&B") == "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\&amp; W&B"
    )


def test_always_under_the_limit() -> None:
    report = analyze_bundle(SAMPLES / "broken-kubernetes.tgz")
    huge = copy.deepcopy(report)
    inc = huge["incidents"][0]
    inc["cause"]["message"] = "m" * 100_000
    inc["cause"]["evidence"]["text"] = "x" * 100_000
    inc["cause"]["evidence"]["context"] = ["`" * 50 + "y" * 1000] * 500
    inc["fix"]["commands"] = ["kubectl " + "z" * 10_000] * 50
    huge["incidents"] = [inc] * 2_000
    huge["not_evaluated"] = huge["not_evaluated"] * 1_000
    huge["collectors"] = [{"name": "c" * 5000, "status": "failed", "error": "e" * 50_000}] * 100
    md = render_markdown(huge)
    assert len(md) < MAX_CHARS
    assert "left out to keep this under 65000 characters" in md
    blocks_outside_fences(md)  # balanced, whatever the content
