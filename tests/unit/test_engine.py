"""The engine on in-memory bundles: each condition kind, thresholds, versions, not evaluated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import make_bundle_dir, manifest_with
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import RulePack, parse_rule
from wbdiag.rules.model import Finding, Status
from wbdiag.rules.yamlmarks import load_with_marks


def rule(condition: dict[str, Any], message: str = "{value}", severity: str = "error") -> RulePack:
    text = yaml.safe_dump(
        {
            "id": "test.rule",
            "title": "A test rule",
            "severity": severity,
            "category": "test",
            "description": "Used by the engine tests.",
            "message": message,
            "remediation": "Nothing to do here.",
            "references": ["https://example.invalid/x"],
            "condition": condition,
        }
    )
    data, marks = load_with_marks(text, "test.yaml")
    return RulePack(rules=(parse_rule(data, marks, "test.yaml"),))


def run(
    tmp_path: Path, pack: RulePack, files: dict[str, Any], manifest: Manifest | None = None
) -> Finding:
    root = make_bundle_dir(tmp_path / "b", files, manifest)
    return analyze(BundleSource.open(root), pack, require_manifest=False).findings[0]


def value(field: str, op: str, expected: Any = None, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"file": "mysql/variables.json", "field": field, "op": op, **extra}
    if expected is not None:
        spec["value"] = expected
    return {"value": spec}


VARS = {
    "binlog_format": "MIXED",
    "sort_buffer_size": "262144",
    "version": "8.0.27-log",
    "flag": "ON",
    "list": ["a", "b"],
    "empty": None,
}


@pytest.mark.parametrize(
    ("cond", "fires"),
    [
        (value("binlog_format", "ne", "ROW"), True),
        (value("binlog_format", "eq", "mixed"), False),
        (value("binlog_format", "eq", "mixed", ignore_case=True), True),
        (value("sort_buffer_size", "lt", 67108864, compare="number"), True),
        (value("sort_buffer_size", "ge", 262144, compare="number"), True),
        (value("sort_buffer_size", "gt", "1000000"), False),  # auto: both numeric -> numbers
        (value("version", "lt", "8.0.28", compare="version"), True),
        (value("version", "lt", "8.0.3", compare="version"), False),  # 27 > 3, not text order
        (value("version", "ge", "8.0", compare="version"), True),
        (value("binlog_format", "in", ["ROW", "MIXED"]), True),
        (value("binlog_format", "not_in", ["ROW"]), True),
        (value("binlog_format", "regex", "^MIX"), True),
        (value("binlog_format", "not_regex", "^MIX"), False),
        (value("list", "contains", "b"), True),
        (value("list", "not_contains", "b"), False),
        (value("flag", "exists"), True),
        (value("nope", "missing"), True),
        (value("empty", "missing"), True),  # null counts as absent for exists/missing
        (value("flag", "missing"), False),
    ],
)
def test_value_operators(tmp_path: Path, cond: dict[str, Any], fires: bool) -> None:
    f = run(tmp_path, rule(cond), {"mysql/variables.json": VARS})
    assert f.status is (Status.FAIL if fires else Status.PASS), f


def test_value_message_and_evidence(tmp_path: Path) -> None:
    pack = rule(
        value("binlog_format", "ne", "ROW", show=["version"]),
        message="binlog_format is {value}, want {expected} ({detail})",
    )
    f = run(tmp_path, pack, {"mysql/variables.json": VARS})
    assert f.message == "binlog_format is MIXED, want ROW (8.0.27-log)"
    assert f.evidence[0].path == "mysql/variables.json"
    assert f.evidence[0].text == "binlog_format = MIXED; version = 8.0.27-log"


def test_size_comparison(tmp_path: Path) -> None:
    cond = {
        "value": {"file": "x.json", "field": "size", "op": "lt", "value": "10m", "compare": "size"}
    }
    assert run(tmp_path / "1", rule(cond), {"x.json": {"size": "1m"}}).status is Status.FAIL
    assert run(tmp_path / "2", rule(cond), {"x.json": {"size": "50M"}}).status is Status.PASS
    assert run(tmp_path / "3", rule(cond), {"x.json": {"size": "1Gi"}}).status is Status.PASS


def test_each_item_named_in_evidence(tmp_path: Path) -> None:
    pods = {
        "items": [
            {"metadata": {"name": "ok-pod"}, "status": {"restarts": 0}},
            {"metadata": {"name": "bad-pod"}, "status": {"restarts": 9}},
            {"metadata": {"name": "worse"}, "status": {"restarts": 30}},
        ]
    }
    cond = {
        "value": {
            "file": "k/*.json",
            "each": "items[*]",
            "name": "pod {metadata.name}",
            "field": "status.restarts",
            "op": "gt",
            "value": 5,
        }
    }
    f = run(
        tmp_path,
        rule(cond, message="{name} restarted {value} times ({count} pods)"),
        {"k/pods.json": pods},
    )
    assert f.status is Status.FAIL
    assert f.message == "pod bad-pod restarted 9 times (2 pods)"
    assert [e.subject for e in f.evidence] == ["pod bad-pod", "pod worse"]


def test_quantifier_all_and_wildcards(tmp_path: Path) -> None:
    doc = {"containers": [{"ready": False}, {"ready": True}]}
    any_c = {
        "value": {"file": "x.json", "field": "containers[*].ready", "op": "eq", "value": False}
    }
    all_c = {"value": {**any_c["value"], "quantifier": "all"}}
    assert run(tmp_path / "1", rule(any_c), {"x.json": doc}).status is Status.FAIL
    assert run(tmp_path / "2", rule(all_c), {"x.json": doc}).status is Status.PASS


def test_on_missing(tmp_path: Path) -> None:
    base = {"file": "x.json", "field": "a.b", "op": "ne", "value": "internal://"}
    files: dict[str, Any] = {"x.json": {"a": {}}}
    assert run(tmp_path / "1", rule({"value": base}), files).status is Status.NOT_EVALUATED
    assert (
        run(tmp_path / "2", rule({"value": {**base, "on_missing": "fire"}}), files).status
        is Status.FAIL
    )
    assert (
        run(tmp_path / "3", rule({"value": {**base, "on_missing": "pass"}}), files).status
        is Status.PASS
    )


def test_annotation_keys_with_dots(tmp_path: Path) -> None:
    ing = {"metadata": {"annotations": {"nginx.ingress.kubernetes.io/proxy-body-size": "1m"}}}
    cond = {
        "value": {
            "file": "x.json",
            "field": 'metadata.annotations["nginx.ingress.kubernetes.io/proxy-body-size"]',
            "op": "eq",
            "value": "1m",
        }
    }
    assert run(tmp_path, rule(cond), {"x.json": ing}).status is Status.FAIL


LOG = (
    "\n".join(
        [
            "2026-11-28T10:00:00.000000001Z starting",
            "2026-11-28T10:00:01.5Z panic: dial tcp 10.0.0.12:3306: connect: connection refused",
            "",
            "goroutine 1 [running]:",
            "main.main()",
            "\t/go/src/main.go:12 +0x1c",
            "2026-11-28T10:05:00Z INFO retrying",
            "2026/11/28 10:07:00 dial tcp 10.0.0.13:3306: connect: connection refused",
            "2026-11-28T10:09:00Z connected to 10.0.0.12:3306",
        ]
    )
    + "\n"
)
REFUSED = {"log": {"pattern": r"dial tcp (?P<addr>[0-9.]+:3306): connect: connection refused"}}


def test_log_condition_evidence_times_and_context(tmp_path: Path) -> None:
    pack = rule(REFUSED, message="refused by {addr} ({count}x)")
    f = run(tmp_path, pack, {"docker/containers/wandb-local/container.log": LOG})
    assert f.status is Status.FAIL
    assert f.message == "refused by 10.0.0.12:3306 (2x)"
    assert f.count == 2
    assert [e.line for e in f.evidence] == [2, 8]
    assert f.first_seen == "2026-11-28T10:00:01Z"
    assert f.last_seen == "2026-11-28T10:07:00Z"
    assert f.evidence[0].subject == "container wandb-local"
    # the panic's goroutine trace stays with it (one multi-line event)
    assert f.evidence[0].context == (
        "goroutine 1 [running]:",
        "main.main()",
        "\t/go/src/main.go:12 +0x1c",
    )


def test_log_threshold_and_paths(tmp_path: Path) -> None:
    files = {"docker/containers/wandb-local/container.log": LOG, "attachments/other.log": LOG}
    three = rule({"log": {**REFUSED["log"], "min_count": 3}})
    assert run(tmp_path / "1", three, files).status is Status.FAIL  # 2 + 2 across files
    five = rule({"log": {**REFUSED["log"], "min_count": 5}})
    assert run(tmp_path / "2", five, files).status is Status.PASS
    only_attach = rule({"log": {**REFUSED["log"], "paths": "attachments/*.log", "min_count": 3}})
    assert run(tmp_path / "3", only_attach, files).status is Status.PASS


def test_log_ignore_case(tmp_path: Path) -> None:
    pack = rule({"log": {"pattern": "out of sort memory", "ignore_case": True}}, message="{count}")
    f = run(tmp_path, pack, {"a/x.log": "Error 1038: Out of sort memory, consider increasing\n"})
    assert f.status is Status.FAIL


def test_not_evaluated_names_the_failed_collector(tmp_path: Path) -> None:
    m = manifest_with(("mysql", CollectorStatus.FAILED, "OperationalError: connection refused"))
    f = run(tmp_path, rule(value("binlog_format", "ne", "ROW")), {"other.json": {}}, m)
    assert f.status is Status.NOT_EVALUATED
    assert f.reason is not None
    assert "collector mysql failed: OperationalError: connection refused" in f.reason


def test_not_evaluated_when_no_log_file(tmp_path: Path) -> None:
    f = run(tmp_path, rule(REFUSED), {"mysql/variables.json": VARS})
    assert f.status is Status.NOT_EVALUATED
    assert "**/*.log" in (f.reason or "")


def test_unparseable_document_is_not_evaluated(tmp_path: Path) -> None:
    f = run(tmp_path, rule(value("binlog_format", "ne", "ROW")), {"mysql/variables.json": "{oops"})
    assert f.status is Status.NOT_EVALUATED
    assert "not valid JSON" in (f.reason or "")


@pytest.mark.parametrize(
    ("kind", "parts", "expected"),
    [
        ("all", ["fire", "fire"], Status.FAIL),
        ("all", ["fire", "pass"], Status.PASS),
        ("all", ["fire", "missing"], Status.NOT_EVALUATED),
        ("all", ["pass", "missing"], Status.PASS),  # false whatever the missing part says
        ("any", ["pass", "fire"], Status.FAIL),
        ("any", ["pass", "pass"], Status.PASS),
        ("any", ["pass", "missing"], Status.NOT_EVALUATED),
        ("any", ["fire", "missing"], Status.FAIL),
        ("not", ["fire"], Status.PASS),
        ("not", ["pass"], Status.FAIL),
        ("not", ["missing"], Status.NOT_EVALUATED),
    ],
)
def test_composition(tmp_path: Path, kind: str, parts: list[str], expected: Status) -> None:
    leaf = {
        "fire": value("binlog_format", "eq", "MIXED"),
        "pass": value("binlog_format", "eq", "ROW"),
        "missing": {"value": {"file": "absent.json", "field": "x", "op": "exists"}},
    }
    cond = {kind: leaf[parts[0]]} if kind == "not" else {kind: [leaf[p] for p in parts]}
    f = run(tmp_path, rule(cond, message="{field}"), {"mysql/variables.json": VARS})
    assert f.status is expected


def test_severity_maps_to_status(tmp_path: Path) -> None:
    cond = value("binlog_format", "ne", "ROW")
    assert (
        run(tmp_path / "1", rule(cond, severity="warning"), {"mysql/variables.json": VARS}).status
        is Status.WARN
    )
    assert (
        run(tmp_path / "2", rule(cond, severity="critical"), {"mysql/variables.json": VARS}).status
        is Status.FAIL
    )


def test_exists_over_list_items_needs_the_list(tmp_path: Path) -> None:
    cond = {"value": {"file": "p.json", "field": "cors.problems[*]", "op": "exists"}}
    assert (
        run(tmp_path / "1", rule(cond), {"p.json": {"cors": {"problems": ["no rule"]}}}).status
        is Status.FAIL
    )
    assert (
        run(tmp_path / "2", rule(cond), {"p.json": {"cors": {"problems": []}}}).status
        is Status.PASS
    )
    # the probe never got to check CORS: not evaluated, not a pass
    assert (
        run(tmp_path / "3", rule(cond), {"p.json": {"cors": None}}).status is Status.NOT_EVALUATED
    )
    assert (
        run(tmp_path / "4", rule(cond), {"p.json": {"reachable": False}}).status
        is Status.NOT_EVALUATED
    )
