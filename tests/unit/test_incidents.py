"""Incidents: one cause and the symptoms it explains; every fired finding's subject in exactly
one incident; ordered by severity, then how much they explain, then first seen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from wbdiag.analyze import analyze_bundle
from wbdiag.errors import SourceLocation
from wbdiag.facts.combine import Facts
from wbdiag.facts.kinds import DeploymentKind
from wbdiag.facts.subjects import Scope
from wbdiag.report.incidents import build_incidents
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.model import Evidence, Explains, Finding, Rule, Severity, Status

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_bundles"
CRASHLOOP_PODS = (
    ROOT / "tests/rules/kubernetes.crashloop/positive/kubernetes/namespaces/wandb/pods.json"
)
POD = "wandb-app-5d9c7b8f4-x2x7q"
# wandb/server#17 (the reference's failure catalog, entry 4), as gorilla prints it before exiting
DIRTY = (
    "2024-11-20T10:02:55.000000000Z panic: Dirty database version 5. Fix and force version.\n"
    "2024-11-20T10:02:55.000000000Z \n"
    "2024-11-20T10:02:55.000000000Z goroutine 1 [running]:\n"
    "2024-11-20T10:02:55.000000000Z main.main()\n"
    "2024-11-20T10:02:55.000000000Z \t/go/src/github.com/wandb/core/services/gorilla/cmd/"
    "gorilla/main.go:36 +0x1d\n"
)


def crashlooping_dirty_migration(root: Path, helm: bool = False) -> Path:
    """A Kubernetes bundle directory: the app container crash-loops (14 restarts) and its
    previous run's log ends in the dirty-migration panic."""
    ns = root / "kubernetes" / "namespaces" / "wandb"
    (ns / "logs" / POD).mkdir(parents=True)
    pods = json.loads(CRASHLOOP_PODS.read_text())
    if helm:
        for p in pods["items"]:
            p["metadata"].setdefault("labels", {})["helm.sh/chart"] = "operator-wandb-0.18.0"
    (ns / "pods.json").write_text(json.dumps(pods))
    (ns / "logs" / POD / "app.previous.log").write_text(DIRTY)
    (ns / "logs" / POD / "app.log").write_text(
        "2024-11-20T10:08:01.000000000Z Starting W&B server...\n"
    )
    manifest = {
        "format_version": 1,
        "wbdiag_version": "0.1.0",
        "collected_at": "2024-11-20T10:10:00Z",
        "host": "support",
        "deployment": "kubernetes",
        "collectors": [],
    }
    (root / "manifest.json").write_text(json.dumps(manifest))
    return root


def _members(inc: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(inc["cause"]["rule_id"], s) for s in inc["cause"]["subjects"] or [None]] + [
        (s["rule_id"], s["subject"]) for s in inc["symptoms"]
    ]


def test_dirty_migration_explains_the_crash_loop_of_its_pod(tmp_path: Path) -> None:
    report = analyze_bundle(crashlooping_dirty_migration(tmp_path / "b"))
    container = f"pod wandb/{POD} container app"
    first = report["incidents"][0]
    assert first["cause"]["rule_id"] == "server.migration_dirty"
    assert first["cause"]["subject"] == container
    assert {(s["rule_id"], s["subject"]) for s in first["symptoms"]} == {
        ("kubernetes.crashloop", container),
        ("kubernetes.restarts", container),
    }
    assert first["explains"] == 2
    assert first["subjects"] == [container]
    assert "Dirty database version 5" in first["cause"]["evidence"]["text"]
    assert first["first_seen"] == "2024-11-20T10:02:55Z"
    # the crash loop and the restarts are no incident of their own
    assert len(report["incidents"]) == 1
    for f in report["findings"]:
        assert f["incidents"] == [first["id"]]


@pytest.mark.parametrize(
    "sample", ["broken-docker.tgz", "broken-kubernetes.tgz", "openshift-kubernetes.tgz"]
)
def test_every_finding_subject_is_in_exactly_one_incident(sample: str) -> None:
    report = analyze_bundle(SAMPLES / sample)
    members = [m for inc in report["incidents"] for m in _members(inc)]
    assert len(members) == len(set(members)), "an occurrence is in two incidents"
    covered = {rid for rid, _ in members}
    assert covered == {f["rule_id"] for f in report["findings"]}, "a finding was lost"
    for f in report["findings"]:
        assert f["incidents"], f["rule_id"]
        for subject in f["subjects"]:
            # each subject the finding names is somewhere (pod lines join their container)
            assert any(rid == f["rule_id"] for rid, _ in members), subject


def test_kubernetes_sample_groups_causal_chains() -> None:
    report = analyze_bundle(SAMPLES / "broken-kubernetes.tgz")
    by_cause = {i["cause"]["rule_id"]: i for i in report["incidents"]}
    migrate = by_cause["server.migrate_missing_version"]
    assert {s["rule_id"] for s in migrate["symptoms"]} == {
        "kubernetes.crashloop",
        "kubernetes.restarts",
    }
    assert all("wandb-parquet" in s["subject"] for s in migrate["symptoms"])
    refused = by_cause["server.mysql_refused"]
    assert all("wandb-app" in s["subject"] for s in refused["symptoms"])
    # crash loop and restarts never lead an incident here: each has its cause
    assert "kubernetes.crashloop" not in by_cause and "kubernetes.restarts" not in by_cause
    assert [s["rule_id"] for s in by_cause["kubernetes.oomkilled"]["symptoms"]] == [
        "kubernetes.readiness"
    ]


def test_openshift_event_is_one_incident() -> None:
    report = analyze_bundle(SAMPLES / "openshift-kubernetes.tgz")
    causes = [i["cause"]["rule_id"] for i in report["incidents"]]
    assert "kubernetes.openshift_scc" not in causes
    (scc,) = [i for i in report["incidents"] if i["cause"]["rule_id"] == "kubernetes.run_as_user"]
    assert [s["rule_id"] for s in scc["symptoms"]] == ["kubernetes.openshift_scc"]


# -- ordering, on hand-made findings -----------------------------------------------------------
def _rule(rid: str, severity: Severity, explains: tuple[Explains, ...] = ()) -> Rule:
    return Rule(
        id=rid,
        title=rid,
        severity=severity,
        category=rid.split(".")[0],
        description="d",
        message="m",
        remediation="r",
        references=("wandb/server#1",),
        condition=LogCondition(("x.log",), "x", False, 1),
        location=SourceLocation("x"),
        explains=explains,
    )


def _finding(rule: Rule, subject: str, time: str | None) -> Finding:
    path = "kubernetes/namespaces/wandb/logs/p/c.log"
    ev = Evidence(path=path, line=1, text="x", time=time, subject=subject)
    return Finding(rule, Status.fired(rule.severity), "m", (ev,), 1, None, time, time)


FACTS = Facts(kinds=frozenset({DeploymentKind.KUBERNETES}))


def test_order_severity_then_explains_then_first_seen() -> None:
    sym = _rule("kubernetes.sym", Severity.WARNING)
    big = _rule("server.big", Severity.ERROR, (Explains("kubernetes.sym", Scope.ANY),))
    early = _rule("server.early", Severity.ERROR)
    late = _rule("server.late", Severity.ERROR)
    crit = _rule("server.crit", Severity.CRITICAL)
    findings = [
        _finding(late, "pod w/p container c", "2024-01-01T00:00:09Z"),
        _finding(early, "pod w/p container c", "2024-01-01T00:00:01Z"),
        _finding(big, "pod w/p container c", "2024-01-01T00:00:05Z"),
        _finding(sym, "pod w/q container d", "2024-01-01T00:00:00Z"),
        _finding(crit, "pod w/p container c", None),
    ]
    order = [i.cause.rule_id for i in build_incidents(findings, FACTS)]
    assert order == ["server.crit", "server.big", "server.early", "server.late"]


def test_symptom_goes_to_the_stronger_cause_and_cycles_are_kept() -> None:
    sym = _rule("kubernetes.sym", Severity.WARNING)
    weak = _rule("server.weak", Severity.ERROR, (Explains("kubernetes.sym"),))
    strong = _rule("server.strong", Severity.CRITICAL, (Explains("kubernetes.sym"),))
    a = _rule("server.a", Severity.ERROR, (Explains("server.b"),))
    b = _rule("server.b", Severity.ERROR, (Explains("server.a"),))
    here, there = "pod w/p container c", "pod w/other container c"
    findings = [
        _finding(sym, here, None),
        _finding(weak, here, None),
        _finding(strong, here, None),
        _finding(sym, there, None),  # another pod: nothing explains it there
        _finding(a, here, None),
        _finding(b, here, None),
    ]
    incidents = build_incidents(findings, FACTS)
    by_cause = {i.cause.rule_id: i for i in incidents}
    assert [s.rule_id for s in by_cause["server.strong"].symptoms] == ["kubernetes.sym"]
    assert by_cause["server.weak"].symptoms == []
    assert by_cause["kubernetes.sym"].cause.label == "pod w/other container c"
    cycle = [i for i in incidents if i.cause.rule_id in ("server.a", "server.b")]
    assert len(cycle) == 1 and len(cycle[0].symptoms) == 1
    assert sum(len(i.members) for i in incidents) == len(findings)


def test_directory_from_tar_is_analyzed(tmp_path: Path) -> None:
    """`tar -xzf bundle.tgz` makes wbdiag-bundle/ inside the chosen directory."""
    shutil.unpack_archive(SAMPLES / "broken-docker.tgz", tmp_path, "gztar")
    from_dir = analyze_bundle(tmp_path)
    from_tgz = analyze_bundle(SAMPLES / "broken-docker.tgz")
    assert [f["rule_id"] for f in from_dir["findings"]] == [
        f["rule_id"] for f in from_tgz["findings"]
    ]


def test_thousands_of_pods_stay_linear() -> None:
    """3,000 crash-looping pods, each with its cause and restarts: grouping looks candidates up
    by pod (all-pairs would be 81 million comparisons). Generous budget, loaded machines."""
    import time

    sym = _rule("kubernetes.sym", Severity.WARNING)
    loop = _rule("kubernetes.loop", Severity.ERROR, (Explains("kubernetes.sym"),))
    cause = _rule("server.cause", Severity.CRITICAL, (Explains("kubernetes.loop"),))
    path = "kubernetes/namespaces/wandb/pods.json"
    pods = [f"pod wandb/p-{n} container app" for n in range(3000)]

    def many(rule: Rule) -> Finding:
        ev = tuple(Evidence(path=path, line=None, text="x", subject=s) for s in pods)
        return Finding(rule, Status.fired(rule.severity), "m", ev, len(ev))

    start = time.process_time()
    incidents = build_incidents([many(sym), many(loop), many(cause)], FACTS)
    assert time.process_time() - start < 30
    (only,) = incidents  # one cause rule on 3,000 pods is one incident
    assert len(only.causes) == 3000 and len(only.symptoms) == 6000


@pytest.mark.parametrize(
    ("config_rule", "probe_rule"),
    [("proxy.config_body_size", "proxy.body_size"), ("proxy.config_hsts", "proxy.hsts")],
)
def test_load_balancer_config_explains_what_the_probe_saw(
    tmp_path: Path, config_rule: str, probe_rule: str
) -> None:
    """The configuration and the live probe see one problem from two sides: one incident, the
    configuration its cause."""
    fixtures = Path(__file__).resolve().parents[1] / "rules"
    root = tmp_path / "b"
    shutil.copytree(fixtures / probe_rule / "positive", root)
    shutil.copytree(fixtures / config_rule / "positive", root, dirs_exist_ok=True)
    manifest = {
        "format_version": 1,
        "wbdiag_version": "0.1.0",
        "collected_at": "2024-11-20T10:10:00Z",
        "host": "support",
        "deployment": "none",
        "collectors": [],
    }
    (root / "manifest.json").write_text(json.dumps(manifest))
    report = analyze_bundle(root)
    fired = {f["rule_id"] for f in report["findings"] if f["status"] in ("fail", "warn")}
    assert {config_rule, probe_rule} <= fired
    holding = [i for i in report["incidents"] if probe_rule in {r for r, _ in _members(i)}]
    assert len(holding) == 1
    assert holding[0]["cause"]["rule_id"] == config_rule
