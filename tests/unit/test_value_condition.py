"""The `value` condition: `where` filters, `^` enclosing-item selectors, and `on_missing` for an
`each` that selects nothing; plus the behaviour these must leave unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from wbdiag.bundle import globs
from wbdiag.errors import RuleError
from wbdiag.rules import fieldpath
from wbdiag.rules.conditions.base import Condition, EvalContext
from wbdiag.rules.loader import load_rule_file
from wbdiag.rules.model import Outcome

PODS = "kubernetes/namespaces/wandb/pods.json"


class _Docs(EvalContext):
    def __init__(self, docs: dict[str, Any]) -> None:
        self.docs = docs

    def documents(self, patterns: tuple[str, ...]) -> list[tuple[str, Any]]:
        return sorted((p, d) for p, d in self.docs.items() if globs.matches(p, patterns))

    def log_hits(self, condition: Condition) -> Any:
        raise AssertionError("no logs here")

    def missing_reason(self, patterns: tuple[str, ...]) -> str:
        return "not in bundle"


def _rule(tmp_path: Path, value: dict[str, Any], message: str = "{name}: {value}") -> Condition:
    rule = {
        "id": "test.value",
        "title": "a test rule",
        "severity": "error",
        "category": "test",
        "description": "only for unit tests",
        "message": message,
        "remediation": "nothing to remediate",
        "references": ["https://example.com/"],
        "condition": {"value": value},
    }
    f = tmp_path / "test.value.yaml"
    f.write_text(yaml.safe_dump(rule, sort_keys=False))
    return load_rule_file(f).condition


def _eval(cond: Condition, docs: dict[str, Any]) -> Outcome:
    return cond.evaluate(_Docs(docs))


def _pod(name: str, *statuses: dict[str, Any]) -> dict[str, Any]:
    status: dict[str, Any] = {"phase": "Running", "containerStatuses": list(statuses)}
    return {"metadata": {"name": name, "namespace": "wandb"}, "status": status}


def _cs(name: str, waiting: str | None = None, restarts: int = 0) -> dict[str, Any]:
    state = {"waiting": {"reason": waiting}} if waiting else {"running": {"startedAt": "x"}}
    return {"name": name, "ready": waiting is None, "restartCount": restarts, "state": state}


def _pods(*pods: dict[str, Any]) -> dict[str, Any]:
    return {PODS: {"kind": "PodList", "apiVersion": "v1", "items": list(pods)}}


# -- fieldpath ---------------------------------------------------------------------------------
def test_resolve_items_tracks_enclosing_items() -> None:
    doc = {"items": [{"n": "a", "cs": [{"c": 1}, {"c": 2}]}, {"n": "b", "cs": [{"c": 3}]}]}
    got = fieldpath.resolve_items(doc, "items[*].cs[*]")
    assert [(i["c"], [e.get("n") for e in enc]) for i, enc in got] == [
        (1, [None, "a"]),
        (2, [None, "a"]),
        (3, [None, "b"]),
    ]
    assert got[0][1][0] is doc
    # a path that does not end in [*]: the last [*] element encloses the item
    inner = fieldpath.resolve_items(doc, "items[*].n")
    assert [(i, enc[-1]["n"]) for i, enc in inner] == [("a", "a"), ("b", "b")]
    assert fieldpath.resolve_in({"x": 1}, (doc, doc["items"][0]), "^n") == ["a"]
    assert fieldpath.resolve_in({"x": 1}, (doc, doc["items"][0]), "^^items[1].n") == ["b"]
    assert fieldpath.resolve_in({"x": 1}, (doc,), "^^n") == []
    assert fieldpath.resolve_in({"x": 1}, (), "x") == [1]


def test_enclosing_levels_and_check() -> None:
    assert fieldpath.enclosing_levels("items[*]") == 1
    assert fieldpath.enclosing_levels("items[*].status") == 2
    assert fieldpath.enclosing_levels("items[*].status.containerStatuses[*]") == 2
    fieldpath.check("^metadata.name", 1)
    with pytest.raises(fieldpath.FieldPathError, match="needs 'each'"):
        fieldpath.check("^metadata.name", None)
    with pytest.raises(fieldpath.FieldPathError, match="goes up 2"):
        fieldpath.check("^^metadata.name", 1)
    with pytest.raises(fieldpath.FieldPathError):
        fieldpath.check("^a..[", 1)


def test_resolve_unchanged() -> None:
    doc = {"a": [{"b": 1}, {"b": 2}], "m": {"x.y/z": "v"}}
    assert fieldpath.resolve(doc, "a[*].b") == [1, 2]
    assert fieldpath.resolve(doc, 'm["x.y/z"]') == ["v"]
    assert fieldpath.resolve(doc, "a[-1].b") == [2]


# -- ^ in name, show and field -----------------------------------------------------------------
def test_caret_names_the_enclosing_pod(tmp_path: Path) -> None:
    cond = _rule(
        tmp_path,
        {
            "file": "kubernetes/namespaces/*/pods.json",
            "each": "items[*].status.containerStatuses[*]",
            "name": "pod {^metadata.namespace}/{^metadata.name} container {name}",
            "field": "state.waiting.reason",
            "op": "eq",
            "value": "CrashLoopBackOff",
            "show": ["restartCount", "^status.phase"],
            "on_missing": "pass",
        },
    )
    out = _eval(cond, _pods(_pod("p1", _cs("app"), _cs("side", "CrashLoopBackOff", 7))))
    assert out.fired is True
    (ev,) = out.evidence
    assert ev.subject == "pod wandb/p1 container side"
    assert ev.text == (
        "state.waiting.reason = CrashLoopBackOff; restartCount = 7; ^status.phase = Running"
    )
    assert out.variables["detail"] == "7; Running"
    assert out.variables["name"] == "pod wandb/p1 container side"
    healthy = _eval(cond, _pods(_pod("p1", _cs("app"), _cs("side", restarts=2))))
    assert healthy.fired is False


def test_caret_without_each_or_too_deep_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="needs 'each'"):
        _rule(tmp_path, {"file": PODS, "field": "^kind", "op": "exists"})
    with pytest.raises(RuleError, match="goes up 2"):
        _rule(
            tmp_path,
            {"file": PODS, "each": "items[*]", "name": "{^^kind}", "field": "kind", "op": "exists"},
        )
    with pytest.raises(RuleError, match="bad field path"):
        _rule(
            tmp_path,
            {"file": PODS, "each": "items[*]", "name": "{a b}", "field": "kind", "op": "exists"},
        )


# -- where -------------------------------------------------------------------------------------
def _deployments(*deps: tuple[str, str, int]) -> dict[str, Any]:
    items = [
        {
            "metadata": {"name": n, "namespace": "wandb"},
            "spec": {
                "replicas": r,
                "template": {"spec": {"containers": [{"name": "c", "image": img}]}},
            },
        }
        for n, img, r in deps
    ]
    return {
        "kubernetes/namespaces/wandb/deployments.json": {"kind": "DeploymentList", "items": items}
    }


def _multi_replica(tmp_path: Path) -> Condition:
    return _rule(
        tmp_path,
        {
            "file": "kubernetes/namespaces/*/deployments.json",
            "each": "items[*]",
            "name": "deployment {metadata.name}",
            "where": [
                {
                    "field": "spec.template.spec.containers[*].image",
                    "op": "regex",
                    "value": "^wandb/local",
                }
            ],
            "field": "spec.replicas",
            "op": "gt",
            "value": 1,
            "compare": "number",
        },
    )


def test_where_correlates_two_fields_of_one_item(tmp_path: Path) -> None:
    cond = _multi_replica(tmp_path)
    # wandb/local with 1 replica next to megabinary with 3: neither item has both
    out = _eval(cond, _deployments(("local", "wandb/local:0.40", 1), ("mb", "wandb/megabinary", 3)))
    assert out.fired is False
    out = _eval(cond, _deployments(("local", "wandb/local:0.40", 2), ("mb", "wandb/megabinary", 3)))
    assert out.fired is True
    assert [e.subject for e in out.evidence] == ["deployment local"]


def test_where_filtering_out_everything_is_a_pass(tmp_path: Path) -> None:
    cond = _multi_replica(tmp_path)
    assert _eval(cond, _deployments(("mb", "wandb/megabinary", 3))).fired is False


def test_where_ops_and_size_range(tmp_path: Path) -> None:
    key = 'metadata.annotations["nginx.ingress.kubernetes.io/proxy-body-size"]'
    cond = _rule(
        tmp_path,
        {
            "file": "kubernetes/namespaces/*/ingresses.json",
            "each": "items[*]",
            "name": "ingress {metadata.name}",
            "where": [{"field": key, "op": "gt", "value": 0, "compare": "size"}],
            "field": key,
            "op": "lt",
            "value": "10m",
            "compare": "size",
            "on_missing": "pass",
        },
    )

    def run(*sizes: str | None) -> Outcome:
        items = []
        for i, s in enumerate(sizes):
            ann = {} if s is None else {"nginx.ingress.kubernetes.io/proxy-body-size": s}
            items.append({"metadata": {"name": f"i{i}", "annotations": ann}})
        return _eval(cond, {"kubernetes/namespaces/wandb/ingresses.json": {"items": items}})

    assert run("0", "50m", None, "10m", "1g").fired is False
    fired = run("0", "1m", "512k", "banana")
    assert fired.fired is True
    assert [e.subject for e in fired.evidence] == ["ingress i1", "ingress i2"]


def test_where_exists_missing_and_caret(tmp_path: Path) -> None:
    cond = _rule(
        tmp_path,
        {
            "file": PODS,
            "each": "items[*].status.containerStatuses[*]",
            "name": "{^metadata.name}/{name}",
            "where": [
                {"field": "state.running", "op": "exists"},
                {"field": "^metadata.deletionTimestamp", "op": "missing"},
            ],
            "field": "ready",
            "op": "eq",
            "value": False,
        },
    )
    not_ready = _cs("app")
    not_ready["ready"] = False
    deleting = _pod("old", dict(not_ready))
    deleting["metadata"]["deletionTimestamp"] = "2024-01-01T00:00:00Z"
    out = _eval(cond, _pods(_pod("p", not_ready, _cs("ok")), deleting, _pod("w", _cs("x", "Err"))))
    assert [e.subject for e in out.evidence] == ["p/app"]


def test_where_is_validated(tmp_path: Path) -> None:
    base = {"file": PODS, "each": "items[*]", "field": "kind", "op": "exists"}
    with pytest.raises(RuleError, match="needs a 'value'"):
        _rule(tmp_path, {**base, "where": [{"field": "a", "op": "eq"}]})
    with pytest.raises(RuleError, match="does not compile"):
        _rule(tmp_path, {**base, "where": [{"field": "a", "op": "regex", "value": "("}]})
    with pytest.raises(RuleError, match="not a size"):
        _rule(
            tmp_path,
            {**base, "where": [{"field": "a", "op": "lt", "value": "x", "compare": "size"}]},
        )
    with pytest.raises(RuleError, match="which is not set"):
        _rule(
            tmp_path,
            {
                "file": PODS,
                "field": "kind",
                "op": "exists",
                "where": [{"field": "a", "op": "exists"}],
            },
        )
    with pytest.raises(RuleError, match="Additional properties"):
        _rule(tmp_path, {**base, "where": [{"field": "a", "op": "exists", "quantifier": "all"}]})


# -- on_missing and an each that selects nothing -----------------------------------------------
def _crashloop(tmp_path: Path, **extra: Any) -> Condition:
    return _rule(
        tmp_path,
        {
            "file": "kubernetes/namespaces/*/pods.json",
            "each": "items[*].status.initContainerStatuses[*]",
            "field": "state.waiting.reason",
            "op": "eq",
            "value": "CrashLoopBackOff",
            **extra,
        },
    )


def test_empty_selection_is_not_evaluated_by_default(tmp_path: Path) -> None:
    out = _eval(_crashloop(tmp_path), _pods(_pod("p", _cs("app"))))
    assert out.fired is None
    assert out.reason == "no items"


def test_empty_selection_follows_on_missing(tmp_path: Path) -> None:
    docs = _pods(_pod("p", _cs("app")))
    assert _eval(_crashloop(tmp_path, on_missing="pass"), docs).fired is False
    fired = _eval(_crashloop(tmp_path, on_missing="fire"), docs)
    assert fired.fired is True
    assert fired.evidence[0].text == "items[*].status.initContainerStatuses[*] selects nothing"
    # an empty list document too
    assert _eval(_crashloop(tmp_path, on_missing="pass"), _pods()).fired is False
    # but an absent document stays not evaluated whatever on_missing says
    assert _eval(_crashloop(tmp_path, on_missing="pass"), {}).fired is None


def test_missing_field_still_follows_on_missing(tmp_path: Path) -> None:
    docs = _pods(_pod("p", _cs("app")))
    cond = _rule(
        tmp_path,
        {
            "file": PODS,
            "each": "items[*].status.containerStatuses[*]",
            "field": "state.waiting.reason",
            "op": "eq",
            "value": "X",
        },
    )
    out = _eval(cond, docs)
    assert out.fired is None
    assert "state.waiting.reason missing" in (out.reason or "")


def test_plain_document_unchanged(tmp_path: Path) -> None:
    cond = _rule(
        tmp_path,
        {
            "file": "mysql/version.json",
            "field": "version",
            "op": "lt",
            "value": "8.0",
            "compare": "version",
            "show": ["version_comment"],
        },
        message="{value} {detail}",
    )
    out = _eval(cond, {"mysql/version.json": {"version": "5.7.44", "version_comment": "MySQL"}})
    assert out.fired is True
    assert out.variables["value"] == "5.7.44"
    assert out.variables["detail"] == "MySQL"
    assert out.evidence[0].text == "version = 5.7.44; version_comment = MySQL"


# -- name without each; empty show values --------------------------------------------------------
def test_name_applies_to_the_whole_document_without_each(tmp_path: Path) -> None:
    cond = _rule(
        tmp_path,
        {
            "file": "docker/containers/*/inspect.json",
            "name": "container {Name}",
            "field": "State.Status",
            "op": "ne",
            "value": "running",
            "show": ["State.ExitCode", "State.Error"],
        },
        message="{name} {value} {detail}",
    )
    doc: dict[str, Any] = {
        "Name": "/wandb-local",
        "State": {"Status": "exited", "ExitCode": 1, "Error": ""},
    }
    out = _eval(cond, {"docker/containers/wandb-local/inspect.json": doc})
    assert out.fired is True
    assert out.evidence[0].subject == "container /wandb-local"
    # an empty State.Error is left out of the detail and the evidence
    assert out.variables["detail"] == "1"
    assert out.evidence[0].text == "State.Status = exited; State.ExitCode = 1"
    doc["State"]["Error"] = "port is already allocated"
    out = _eval(cond, {"docker/containers/wandb-local/inspect.json": doc})
    assert out.variables["detail"] == "1; port is already allocated"
    # a name field that is absent shows as "?"
    del doc["Name"]
    out = _eval(cond, {"docker/containers/wandb-local/inspect.json": doc})
    assert out.evidence[0].subject == "container ?"


def test_without_name_the_subject_comes_from_the_path(tmp_path: Path) -> None:
    cond = _rule(
        tmp_path,
        {
            "file": "kubernetes/namespaces/*/pods.json",
            "field": "kind",
            "op": "eq",
            "value": "PodList",
        },
    )
    out = _eval(cond, _pods())
    assert out.evidence[0].subject == "namespace wandb"
