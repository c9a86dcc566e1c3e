"""`wbdiag diff OLD NEW`: new, resolved, persisting findings; collector, deployment and
unrecognised-error changes; every output format; exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.helpers import make_bundle_dir, manifest_with
from tests.unit.test_report import EVIL, Tags
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.cli import main
from wbdiag.report.diff import diff_reports, regressions
from wbdiag.rules.model import Severity

SAMPLES = Path(__file__).resolve().parents[2] / "sample_bundles"
REFUSED = "panic: dial tcp 10.0.0.1:3306: connect: connection refused"


def container(image: str) -> dict[str, Any]:
    return {"name": "wandb-local", "image": image, "wandb": True, "state": "running"}


def old_bundle(tmp_path: Path) -> Path:
    """binlog_format MIXED (fires), charset fine, MySQL refused once, one unknown error."""
    return make_bundle_dir(
        tmp_path / "old",
        {
            "mysql/version.json": {"version": "8.0.35", "flavor": "mysql"},
            "mysql/variables.json": {"binlog_format": "MIXED", "binlog_row_image": "MINIMAL"},
            "docker/containers.json": [container("wandb/local:0.59.1")],
            "docker/containers/wandb-local/container.log": (
                f"2026-11-27T10:00:00Z {REFUSED}\n"
                "2026-11-27T10:00:01Z ERROR flush batch 7 failed: quota exceeded\n"
            ),
        },
        manifest_with(
            ("docker", CollectorStatus.OK, None),
            ("mysql", CollectorStatus.OK, None),
            ("proxy", CollectorStatus.OK, None),
        ),
    )


def new_bundle(tmp_path: Path, *, binlog_format: str = "ROW", evil: bool = False) -> Path:
    """binlog_format fixed, MySQL refused three times, a new unknown error and the old one gone,
    the proxy collector failing, new W&B and MySQL versions."""
    strange = EVIL if evil else "frobnicator quorum lost"
    return make_bundle_dir(
        tmp_path / "new",
        {
            "mysql/version.json": {"version": "8.0.36", "flavor": "mysql"},
            "mysql/variables.json": {"binlog_format": binlog_format, "binlog_row_image": "MINIMAL"},
            "docker/containers.json": [container("wandb/local:0.59.2")],
            "docker/containers/wandb-local/container.log": "".join(
                f"2026-11-28T10:00:0{i}Z {REFUSED}\n" for i in range(3)
            )
            + f"2026-11-28T10:00:05Z ERROR {strange} on shard 3\n",
        },
        manifest_with(
            ("docker", CollectorStatus.OK, None),
            ("mysql", CollectorStatus.OK, None),
            ("proxy", CollectorStatus.FAILED, f"connection refused {EVIL if evil else ''}"),
        ),
    )


def run(*args: str | Path) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def diff_json(old: Path, new: Path, *extra: str) -> tuple[dict[str, Any], int]:
    result = run("diff", old, new, "--format", "json", *extra)
    return json.loads(result.stdout), result.exit_code


def test_changes_between_two_bundles(tmp_path: Path) -> None:
    d, code = diff_json(old_bundle(tmp_path), new_bundle(tmp_path))
    f = d["findings"]
    assert [x["rule_id"] for x in f["resolved"]] == ["mysql.binlog_format"]
    assert f["resolved"][0]["new_status"] == "pass"
    assert f["not_evaluated_in_new"] == []
    persisting = {x["rule_id"]: x for x in f["persisting"]}
    refused = persisting["server.mysql_refused"]
    assert (refused["old_count"], refused["new_count"], refused["count_delta"]) == (1, 3, 2)
    assert {x["rule_id"] for x in f["new"]}.isdisjoint(persisting)
    assert d["old"]["name"] == "old" and d["new"]["name"] == "new"

    assert d["collectors"] == [
        {
            "name": "proxy",
            "old_status": "ok",
            "new_status": "failed",
            "old_error": None,
            "new_error": "connection refused ",
        }
    ]
    changed = {c["key"]: (c["old"], c["new"]) for c in d["deployment"]}
    assert changed["W&B image"] == ("wandb/local:0.59.1", "wandb/local:0.59.2")
    assert changed["MySQL"] == ("8.0.35 mysql", "8.0.36 mysql")
    assert "Collected at" not in changed  # differs between any two bundles: not a change

    u = d["unrecognised_errors"]
    assert [t["template"] for t in u["new"]] == ["ERROR frobnicator quorum lost on shard <num>"]
    assert [t["template"] for t in u["gone"]] == ["ERROR flush batch <num> failed: quota exceeded"]
    # nothing new at error or above: the regression gate stays open
    assert code == 0, f["new"]


def test_a_rule_new_cannot_evaluate_is_not_resolved(tmp_path: Path) -> None:
    new = new_bundle(tmp_path)
    (new / "mysql" / "variables.json").unlink()
    d, _ = diff_json(old_bundle(tmp_path), new)
    assert d["findings"]["resolved"] == []
    (gone,) = d["findings"]["not_evaluated_in_new"]
    assert gone["rule_id"] == "mysql.binlog_format" and gone["new_status"] == "not_evaluated"
    assert gone["new_reason"]


def test_exit_3_only_for_new_findings_at_fail_on(tmp_path: Path) -> None:
    old, new = old_bundle(tmp_path), new_bundle(tmp_path, binlog_format="STATEMENT")
    # binlog_format fires in both: persisting, not a regression
    d, code = diff_json(old, new)
    assert "mysql.binlog_format" in {x["rule_id"] for x in d["findings"]["persisting"]}
    assert code == 0
    # the reverse direction: binlog_format is new in NEW at severity error
    fixed_old = new_bundle(tmp_path / "x")
    d, code = diff_json(fixed_old, old)
    assert [x["rule_id"] for x in d["findings"]["new"]] == ["mysql.binlog_format"]
    assert d["findings"]["new"][0]["old_status"] == "pass"
    assert code == 3
    assert diff_json(fixed_old, old, "--fail-on", "critical")[1] == 0
    assert diff_json(fixed_old, old, "--fail-on", "never")[1] == 0
    assert regressions(d, Severity.WARNING) == d["findings"]["new"]


def test_samples_healthy_to_broken_and_back() -> None:
    healthy, broken = SAMPLES / "healthy-docker.tgz", SAMPLES / "broken-docker.tgz"
    d, code = diff_json(healthy, broken)
    assert d["findings"]["new"] and not d["findings"]["resolved"]
    assert code == 3, "the broken sample has error-level findings the healthy one has not"
    back, code = diff_json(broken, healthy)
    assert {x["rule_id"] for x in back["findings"]["resolved"]} == {
        x["rule_id"] for x in d["findings"]["new"]
    }
    assert back["findings"]["new"] == [] and code == 0
    same, code = diff_json(broken, broken)
    assert code == 0 and not same["findings"]["new"] and not same["findings"]["resolved"]
    assert all(p["count_delta"] == 0 for p in same["findings"]["persisting"])
    assert same["deployment"] == [] and same["collectors"] == []


def test_text_markdown_and_html_outputs(tmp_path: Path) -> None:
    old, new = old_bundle(tmp_path), new_bundle(tmp_path, evil=True)
    text = run("diff", old, new).stdout
    assert "resolved (fired in OLD, passes in NEW):" in text
    assert "mysql.binlog_format" in text and "count 1 -> 3 (+2)" in text
    assert "W&B image: wandb/local:0.59.1 -> wandb/local:0.59.2" in text
    assert "\x1b" not in text

    md = run("diff", old, new, "--format", "markdown").stdout
    assert "**Resolved (fired in OLD, passes in NEW)**" in md
    assert "`` ERROR <script>" in md or "` ERROR <script>" in md  # literal inside a code span
    outside_code = re.sub(r"(`+) .*? \1", "", md)
    assert "<script>" not in outside_code and "<img" not in outside_code

    out = tmp_path / "diff.html"
    result = run("diff", old, new, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert f"wrote {out} (html)" in result.stderr
    html = out.read_text()
    assert "&lt;script&gt;" in html and "Content-Security-Policy" in html
    parser = Tags()
    parser.feed(html)
    names = {t for t, _ in parser.tags}
    assert not names & {"script", "img", "link", "iframe", "object", "embed", "form"}
    for tag, attrs in parser.tags:
        assert not any(k.startswith("on") or k in ("src", "href") for k, _ in attrs), tag
    assert "url(" not in html and "@import" not in html
    assert (
        html.index('id="overview"') < html.index('id="new-findings"') < html.index('id="resolved"')
    )


def test_redaction_numbers_are_not_a_deployment_change() -> None:
    def report(bucket: str) -> dict[str, Any]:
        return {
            "bundle": {"name": "b", "collected_at": None, "host": None, "deployment": "docker"},
            "summary": {
                "deployment": {"Object store": bucket, "Collected at": bucket},
                "counts": {"fail": 0, "warn": 0, "pass": 0, "not_evaluated": 0},
                "highest_severity": None,
            },
            "findings": [],
            "not_evaluated": [],
            "passed": [],
            "collectors": [],
            "unrecognised_errors": [],
        }

    same = diff_reports(
        report("s3://[REDACTED:password:1]@minio:9000/wandb"),
        report("s3://[REDACTED:password:2]@minio:9000/wandb"),
    )
    assert same["deployment"] == []
    moved = diff_reports(
        report("s3://[REDACTED:password:1]@minio:9000/wandb"),
        report("s3://[REDACTED:password:1]@s3.amazonaws.com/wandb"),
    )
    assert [c["key"] for c in moved["deployment"]] == ["Object store"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope.tgz", "SAMPLE"), "bundle not found: nope.tgz"),
        (("SAMPLE", "nope.tgz"), "bundle not found: nope.tgz"),
        (("SAMPLE", "SAMPLE", "--rules", "missing.yaml"), "missing.yaml"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    sample = str(SAMPLES / "healthy-docker.tgz")
    result = run("diff", *(sample if a == "SAMPLE" else a for a in args))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wbdiag: error: ") and message in lines[0]


def test_not_a_bundle_is_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tgz"
    junk.write_bytes(b"definitely not gzip")
    result = run("diff", junk, SAMPLES / "healthy-docker.tgz")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
