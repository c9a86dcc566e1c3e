"""Facts: deployment kind, W&B version and subjects derived once from a bundle; rules that do
not apply to the deployment are 'not applicable', never 'not evaluated'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import shipped_pack
from wbdiag.analyze import analyze_bundle
from wbdiag.bundle.reader import BundleSource
from wbdiag.facts.combine import derive_facts
from wbdiag.facts.kinds import DeploymentKind as K
from wbdiag.facts.subjects import Scope, Subject, SubjectKind, parse_subject
from wbdiag.rules.engine import analyze

SAMPLES = Path(__file__).resolve().parents[2] / "sample_bundles"


@pytest.mark.parametrize(
    ("sample", "kinds", "version", "label"),
    [
        ("broken-docker.tgz", {K.DOCKER}, "0.59.2-lookalike", "Docker"),
        ("broken-kubernetes.tgz", {K.KUBERNETES, K.OPERATOR}, "0.59.2", "operator on Kubernetes"),
        (
            "openshift-kubernetes.tgz",
            {K.KUBERNETES, K.OPENSHIFT, K.OPERATOR},
            "0.59.2",
            "operator on OpenShift",
        ),
    ],
)
def test_facts_of_the_samples(sample: str, kinds: set[K], version: str, label: str) -> None:
    facts = analyze(BundleSource.open(SAMPLES / sample), shipped_pack()).facts
    assert facts.kinds == kinds
    assert facts.wandb_version == version
    assert facts.label == label


def test_subjects_of_the_kubernetes_sample() -> None:
    facts = analyze(BundleSource.open(SAMPLES / "broken-kubernetes.tgz"), shipped_pack()).facts
    labels = {s.label for s in facts.subjects()}
    assert "pod wandb/wandb-app-7c9d5b8f4d-x2k4p container app" in labels
    assert "pod wandb/wandb-app-7c9d5b8f4d-x2k4p container init-db" in labels
    assert "node ip-10-0-1-47.ec2.internal" in labels
    assert "load balancer https://wandb.example.com" in labels


def test_database_and_bucket_from_settings_without_credentials() -> None:
    settings = {
        "values": {
            "MYSQL": "mysql://wandb:[REDACTED:password:1]@db.internal:3306/wandb_local",
            "BUCKET": "s3://[REDACTED:access_key:1]:[REDACTED:password:2]@minio:9000/wandb",
            "HOST": "https://wandb.example.com",
        }
    }
    facts = derive_facts(["settings/wandb.json"], {"settings/wandb.json": settings})
    assert facts.database == "db.internal:3306/wandb_local"
    assert facts.bucket == "minio:9000/wandb"
    assert facts.kinds == frozenset()  # nothing says Docker or Kubernetes
    assert facts.applies(frozenset({K.KUBERNETES}))  # unknown: every rule applies


def test_helm_release_and_openshift() -> None:
    pods = {
        "items": [
            {
                "metadata": {
                    "name": "wandb-app-1",
                    "namespace": "wandb",
                    "labels": {"helm.sh/chart": "operator-wandb-0.18.0"},
                },
                "spec": {"containers": [{"name": "app", "image": "wandb/local:0.61.0"}]},
            }
        ]
    }
    docs = {
        "kubernetes/cluster.json": {"openshift": True},
        "kubernetes/namespaces/wandb/pods.json": pods,
    }
    facts = derive_facts(docs, docs, "kubernetes")
    assert facts.kinds == {K.KUBERNETES, K.OPENSHIFT, K.HELM}
    assert facts.label == "Helm on OpenShift"
    assert facts.wandb_version == "0.61.0"


def test_hostile_documents_give_empty_facts() -> None:
    docs = {
        "kubernetes/namespaces/x/pods.json": {"items": [1, None, {"metadata": "x"}]},
        "kubernetes/cluster.json": ["openshift"],
        "docker/containers.json": {"name": "x"},
        "settings/wandb.json": {"values": {"MYSQL": "mysql://user@/db", "BUCKET": 7}},
        "kubernetes/nodes.json": "nodes",
    }
    facts = derive_facts(docs, docs)
    assert facts.pods == () and facts.docker_containers == () and facts.nodes == ()
    assert facts.database is None and facts.bucket is None


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (
            "pod wandb/wandb-app-7c9d container app, previous run",
            "kubernetes/namespaces/wandb/logs/wandb-app-7c9d/app.previous.log",
            Subject(SubjectKind.CONTAINER, "app", namespace="wandb", pod="wandb-app-7c9d"),
        ),
        (
            "pod wandb/p-1 init container migrate-db",
            "kubernetes/namespaces/wandb/pods.json",
            Subject(SubjectKind.CONTAINER, "migrate-db", namespace="wandb", pod="p-1"),
        ),
        (
            "Pod wandb/p-1",
            "kubernetes/namespaces/wandb/events.json",
            Subject(SubjectKind.POD, "p-1", namespace="wandb"),
        ),
        (
            "container /wandb-local",
            "docker/containers/wandb-local/inspect.json",
            Subject(SubjectKind.DOCKER_CONTAINER, "wandb-local"),
        ),
        (
            None,
            "docker/containers/wandb-local/files/var/log/gorilla.log",
            Subject(SubjectKind.DOCKER_CONTAINER, "wandb-local"),
        ),
        ("wandb_local", "mysql/databases.json", Subject(SubjectKind.DATABASE, "")),
        (None, "probes/tls.json", Subject(SubjectKind.LOAD_BALANCER, "")),
        ("node ip-1", "kubernetes/nodes.json", Subject(SubjectKind.NODE, "ip-1")),
        (
            "StatefulSet wandb/wandb-mysql",
            "kubernetes/namespaces/wandb/events.json",
            Subject(SubjectKind.WORKLOAD, "wandb-mysql", namespace="wandb", resource="StatefulSet"),
        ),
        (None, "attachments/debug.log", None),
    ],
)
def test_parse_subject(text: str | None, path: str, expected: Subject | None) -> None:
    assert parse_subject(text, path) == expected


def test_subjects_near() -> None:
    app = Subject(SubjectKind.CONTAINER, "app", namespace="wandb", pod="p")
    init = Subject(SubjectKind.CONTAINER, "init-db", namespace="wandb", pod="p")
    pod = Subject(SubjectKind.POD, "p", namespace="wandb")
    other = Subject(SubjectKind.CONTAINER, "app", namespace="wandb", pod="q")
    assert app.near(pod, Scope.SUBJECT) and pod.near(app, Scope.SUBJECT)
    assert not app.near(init, Scope.SUBJECT) and app.near(init, Scope.POD)
    assert not app.near(other, Scope.POD) and app.near(other, Scope.ANY)
    assert app.placeholders() == {"namespace": "wandb", "pod": "p", "container": "app"}


def test_docker_bundle_lists_no_kubernetes_rule_as_not_evaluated() -> None:
    report = analyze_bundle(SAMPLES / "broken-docker.tgz")
    pack = shipped_pack()
    k8s_only = {r.id for r in pack.rules if r.applies_to and K.DOCKER not in r.applies_to}
    assert len(k8s_only) >= 16  # the Kubernetes rules (all read Kubernetes documents)
    not_evaluated = {n["rule_id"] for n in report["not_evaluated"]}
    assert not (not_evaluated & k8s_only), not_evaluated & k8s_only
    not_applicable = {n["rule_id"] for n in report["not_applicable"]}
    assert k8s_only <= not_applicable
    assert report["summary"]["counts"]["not_applicable"] == len(not_applicable)
    reason = next(n["reason"] for n in report["not_applicable"])
    assert reason.endswith("this is Docker"), reason


def test_kubernetes_bundle_lists_docker_rules_as_not_applicable() -> None:
    report = analyze_bundle(SAMPLES / "broken-kubernetes.tgz")
    assert not any(n["rule_id"].startswith("docker.") for n in report["not_evaluated"])
    assert {"docker.exited", "docker.restarting"} <= {
        n["rule_id"] for n in report["not_applicable"]
    }
    # and Kubernetes rules ran
    assert "kubernetes.crashloop" in {f["rule_id"] for f in report["findings"]}


RULE = """\
id: kubernetes.example
title: An example rule
severity: warning
category: kubernetes
applies_to: [kubernetes]
description: Something that happens in a W&B deployment.
message: "{name} is odd"
remediation: Do the thing that fixes it.
references:
  - wandb/server#86
condition:
  value:
    file: kubernetes/cluster.json
    field: openshift
    op: eq
    value: true
"""


def test_applies_to_loads_and_names_its_line(tmp_path: Path) -> None:
    from wbdiag.errors import RuleError
    from wbdiag.rules.loader import load_rule_file

    path = tmp_path / "kubernetes.example.yaml"
    path.write_text(RULE, encoding="utf-8")
    assert load_rule_file(path).applies_to == {K.KUBERNETES}
    path.write_text(RULE.replace("[kubernetes]", "[swarm]"), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert err.value.location.line == 5, str(err.value)


def test_rules_reading_only_one_platform_say_where_they_apply() -> None:
    """A rule whose documents all live under kubernetes/ (or docker/) declares applies_to, so a
    bundle of the other kind lists it as not applicable rather than not evaluated. Log rules
    are exempt: with no log to read they pass."""
    for rule in shipped_pack().rules:
        globs = {g for c in rule.condition.walk() for g in c.document_globs()}
        for prefix, kind in (("kubernetes/", K.KUBERNETES), ("docker/", K.DOCKER)):
            if globs and all(g.startswith(prefix) for g in globs):
                assert rule.applies_to, f"{rule.id} reads only {prefix} and has no applies_to"
                other = K.DOCKER if kind is K.KUBERNETES else K.KUBERNETES
                assert other not in rule.applies_to, rule.id


def test_messages_label_their_values() -> None:
    """{show.<name>} variables: "12 restarts, last exit Error with exit code 1", not a
    positional "(restarts, last exit reason and code: 12; Error; 1)"."""
    report = analyze_bundle(SAMPLES / "broken-kubernetes.tgz")
    messages = {f["rule_id"]: f["message"] for f in report["findings"]}
    assert messages["kubernetes.crashloop"].endswith(
        "is in CrashLoopBackOff: 12 restarts, last exit Error with exit code 1"
    )
    assert "(exit code 137, finished at " in messages["kubernetes.oomkilled"]
    assert "; " not in messages["kubernetes.restarts"]
