"""Manifests and documents of the wrong shape, and JSON past its limits: a report that names
what was malformed, or (for a manifest that cannot be used at all) a one-line error, exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.harness import MANIFEST, analyze_json, run_wbdiag, tgz

DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INT = "1" + "0" * 4300  # 4,301 digits: past Python's int conversion limit
LOG = "docker/containers/wandb-local/container.log"


def with_manifest(**changes: Any) -> dict[str, Any]:
    return {**MANIFEST, **changes}


def raw_manifest(text: str) -> bytes:
    return text.encode()


# -- manifests that cannot be used at all: one line, exit 2 -----------------------------------
@pytest.mark.parametrize(
    ("manifest", "says"),
    [
        (raw_manifest("null"), "not a JSON object"),
        (raw_manifest("[]"), "not a JSON object"),
        (raw_manifest(DEEP), "nested deeper than"),
        (raw_manifest('{"format_version": ' + HUGE_INT + "}"), "integer of 4301 digits"),
        (raw_manifest('{"format_version": 1e400}'), "out of range"),
        (raw_manifest('{"format_version": NaN}'), "NaN is not a JSON value"),
        (raw_manifest('{"format_version": "1"}'), "no usable format_version"),
        (raw_manifest('{"format_version": true}'), "no usable format_version"),
        (raw_manifest('{"format_version": 1, '), "not valid JSON"),
        (b'{"format_version": 1, "host": "\xff"}', "not UTF-8"),
    ],
    ids=[
        "null",
        "list",
        "deep",
        "huge-int",
        "1e400",
        "nan",
        "text-version",
        "bool",
        "cut",
        "bytes",
    ],
)
def test_unusable_manifest_is_one_line_exit_2(tmp_path: Path, manifest: bytes, says: str) -> None:
    out = run_wbdiag("analyze", tgz(tmp_path / "b.tgz", {}, manifest=manifest))
    out.assert_clear(2)
    assert "manifest.json" in out.error and says in out.error


# -- manifests with wrong-shaped parts: the report lists them ----------------------------------
@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"collectors": None}, "collectors: null is not a list"),
        ({"collectors": {"docker": "ok"}}, "collectors: an object is not a list"),
        ({"collectors": [[1, 2]]}, "collectors[0]: not an object"),
        ({"collectors": [{"name": "docker", "status": ["ok"]}]}, "is not a collector status"),
        (
            {"collectors": [{"name": "docker", "status": "ok", "files": [{"bytes": "12"}]}]},
            'files[0].bytes: "12" is not a count',
        ),
        (
            {"collectors": [{"name": "docker", "status": "ok", "files": [{"bytes": 1e300}]}]},
            "files[0].bytes: 1e+300 is not a count",
        ),
        ({"deployment": ["docker"]}, "deployment a list is not one of"),
        ({"wandb_host": {"a": {"b": {"c": [1, 2, 3]}}}}, "wandb_host: an object is not a string"),
        ({"host": 12}, "host: 12 is not a string"),
        ({"redaction": [1]}, "redaction: not an object"),
        ({"interrupted": "no"}, 'interrupted: "no" is not true or false'),
    ],
)
def test_wrong_shaped_manifest_parts_are_listed(
    tmp_path: Path, changes: dict[str, Any], says: str
) -> None:
    _, report = analyze_json(tgz(tmp_path / "b.tgz", {}, manifest=with_manifest(**changes)))
    assert report is not None
    problems = report["bundle"]["problems"]
    assert any(says in p for p in problems), problems
    assert isinstance(report["bundle"]["wandb_host"], (str, type(None)))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_says_what_was_malformed(tmp_path: Path, fmt: str) -> None:
    bundle = tgz(tmp_path / "b.tgz", {}, manifest=with_manifest(host=12))
    out = run_wbdiag("analyze", bundle, "--format", fmt, "--fail-on", "never")
    out.assert_clear(0)
    assert "host: 12 is not a string" in out.stdout, out.stdout[:2000]


# -- documents a rule or the summary reads ----------------------------------------------------
@pytest.mark.parametrize(
    ("path", "content", "says"),
    [
        ("mysql/version.json", [{"version": "8.0.36"}], "the document is a list"),
        ("mysql/version.json", "8.0.36", "not valid JSON"),
        ("mysql/version.json", b"[" * 100_000 + b"]" * 100_000, "nested deeper than"),
        ("mysql/version.json", b'{"version": ' + HUGE_INT.encode() + b"}", "4301 digits"),
        ("mysql/version.json", b'{"version": 1e400}', "out of range"),
        ("mysql/version.json", b'{"version": -Infinity}', "-Infinity is not a JSON value"),
        ("mysql/variables.json", None, "the document is null"),
        ("settings/wandb.json", {"values": [["HOST", "x"]]}, "values is a list"),
        ("docker/containers.json", {"wandb-local": {}}, "the document is an object"),
        ("docker/containers.json", [1, 2], "item 0 is a number"),
        ("docker/containers/wandb-local/inspect.json", {"State": "exited"}, "State is a string"),
        ("kubernetes/namespaces/wandb/pods.json", {"items": {"a": 1}}, "items is an object"),
        ("kubernetes/namespaces/wandb/pods.json", {"items": [None]}, "item 0 is null"),
        (
            "kubernetes/cluster.json",
            {"server_version": {"x": [[[[1]]]]}, "namespaces": 3},
            "namespaces is a number",
        ),
    ],
)
def test_malformed_document_makes_its_rules_not_evaluated(
    tmp_path: Path, path: str, content: Any, says: str
) -> None:
    body = content if isinstance(content, bytes) else json.dumps(content).encode()
    if isinstance(content, str):
        body = content.encode()  # not JSON at all
    _, report = analyze_json(tgz(tmp_path / "b.tgz", {path: body}))
    assert report is not None
    assert says in report["bundle"]["unreadable_documents"][path]
    reasons = [n["reason"] for n in report["not_evaluated"]]
    if path.startswith("mysql/"):  # the mysql rules read it: they say so
        assert any(r.startswith(f"malformed {path}: ") and says in r for r in reasons), reasons


def test_value_copied_into_the_summary_is_short(tmp_path: Path) -> None:
    nested: Any = "x" * 1000
    for _ in range(40):
        nested = {"k": [nested, "y" * 1000]}
    cluster = {"server_version": nested, "namespaces": []}
    _, report = analyze_json(tgz(tmp_path / "b.tgz", {"kubernetes/cluster.json": cluster}))
    assert report is not None
    assert len(report["summary"]["deployment"]["Kubernetes"]) <= 201


def test_json_log_line_nested_deep_is_a_plain_line(tmp_path: Path) -> None:
    line = '{"level":"error","msg":' + "[" * 30_000 + "]" * 30_000 + "}\n"
    _, report = analyze_json(tgz(tmp_path / "b.tgz", {LOG: line * 3}))
    assert report is not None


def test_document_with_tens_of_millions_of_values_is_refused(tmp_path: Path) -> None:
    # 60 MB of empty lists: about 20 million objects if parsed
    doc = b"[" + b"[]," * 20_000_000 + b"[]]"
    _, report = analyze_json(tgz(tmp_path / "b.tgz", {"docker/containers.json": doc}))
    assert report is not None
    assert (
        "more than 2000000 JSON values"
        in (report["bundle"]["unreadable_documents"]["docker/containers.json"])
    )
