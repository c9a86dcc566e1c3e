"""The Kubernetes collector with the real `kubernetes` client against the fake API server
(tests/servers/fake_k8s.py): scenarios `healthy`, `broken` and `openshift`, contexts `admin`,
`restricted` (403 on secrets, nodes and pods/log) and `bad-token` (401).

Each scenario is collected once per module through the Runner (this collector + the settings
collector), then the bundle is checked against docs/bundle-format.md, analyzed with the shipped rule
pack, and scanned for every secret the fake cluster planted. Expectations about which pods fail are
derived from the fixture objects, so they follow the fixtures.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.servers.common import free_port
from tests.servers.fake_k8s import FakeK8s
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.cli import main
from wbdiag.collect import registry
from wbdiag.collect.base import DISCOVERY, CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import kubernetes as k8s
from wbdiag.collect.sources import kubernetes_connect as k8s_connect
from wbdiag.collect.sources import kubernetes_env as k8s_env
from wbdiag.collect.sources import kubernetes_lists as k8s_lists
from wbdiag.collect.sources import kubernetes_objects as k8s_objects
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.collect.sources.kubernetes_refs import SecretReferences
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.redact import Redactor
from wbdiag.redact.check import check_bundle
from wbdiag.redact.names import is_secret_name
from wbdiag.rules.engine import Analysis, analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.model import Finding
from wbdiag.settings import WandbSettings

Obj = dict[str, Any]

NS = "wandb"
KINDS = (
    "pods", "deployments", "statefulsets", "replicasets", "daemonsets", "jobs", "cronjobs",
    "services", "ingresses", "configmaps", "persistentvolumeclaims", "events",
)  # fmt: skip
FAKE_KIND = {
    "pods": "Pod", "deployments": "Deployment", "statefulsets": "StatefulSet",
    "replicasets": "ReplicaSet", "daemonsets": "DaemonSet", "jobs": "Job", "cronjobs": "CronJob",
    "services": "Service", "ingresses": "Ingress", "configmaps": "ConfigMap", "secrets": "Secret",
    "persistentvolumeclaims": "PersistentVolumeClaim", "events": "Event",
    "weightsandbiases": "WeightsAndBiases", "routes": "Route",
}  # fmt: skip
TYPED_MODEL = {
    "pods": "V1PodList", "deployments": "V1DeploymentList", "statefulsets": "V1StatefulSetList",
    "replicasets": "V1ReplicaSetList", "daemonsets": "V1DaemonSetList", "jobs": "V1JobList",
    "cronjobs": "V1CronJobList", "services": "V1ServiceList", "ingresses": "V1IngressList",
    "configmaps": "V1ConfigMapList", "secrets": "V1SecretList",
    "persistentvolumeclaims": "V1PersistentVolumeClaimList", "events": "CoreV1EventList",
}  # fmt: skip
LIST_KIND = {
    "pods": "PodList", "deployments": "DeploymentList", "statefulsets": "StatefulSetList",
    "replicasets": "ReplicaSetList", "daemonsets": "DaemonSetList", "jobs": "JobList",
    "cronjobs": "CronJobList", "services": "ServiceList", "ingresses": "IngressList",
    "configmaps": "ConfigMapList", "secrets": "SecretList",
    "persistentvolumeclaims": "PersistentVolumeClaimList", "events": "EventList",
}  # fmt: skip
TIMESTAMPED = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) (.*)\Z")

_counter = itertools.count()


@dataclass
class Collected:
    path: Path
    members: dict[str, bytes]
    manifest: Manifest
    analysis: Analysis

    def doc(self, path: str) -> Any:
        return json.loads(self.members[path])

    def resource(self, kind: str, namespace: str = NS) -> Obj:
        doc: Obj = self.doc(layout.k8s_resource(namespace, kind))
        return doc

    def record(self, name: str = "kubernetes") -> CollectorRecord:
        return next(c for c in self.manifest.collectors if c.name == name)

    def finding(self, rule_id: str) -> Finding:
        return next(f for f in self.analysis.findings if f.rule.id == rule_id)

    def fired(self) -> dict[str, Finding]:
        return {f.rule.id: f for f in self.analysis.findings if f.fired}

    def logs(self) -> dict[str, str]:
        return {p: d.decode("utf-8") for p, d in self.members.items() if p.endswith(".log")}


def read(path: Path) -> Collected:
    members = {m.path: m.stream.read() for m in BundleSource.open(path).members()}
    manifest = load_manifest(members[layout.MANIFEST])
    return Collected(path, members, manifest, analyze(BundleSource.open(path), load_pack()))


def collect(
    fake: FakeK8s, directory: Path, scenario: str, context: str = "admin", **options: Any
) -> Collected:
    n = next(_counter)
    kubeconfig = fake.write_kubeconfig(directory / f"kubeconfig-{n}", scenario, context)
    output = directory / f"bundle-{scenario}-{context}-{n}.tgz"
    Runner(
        CollectOptions(timeout=120, kubeconfig=kubeconfig, **options),
        WandbSettings(),
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[KubernetesCollector, SettingsCollector],
    ).run()
    return read(output)


@pytest.fixture(scope="module")
def bundles(
    fake_k8s: FakeK8s, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Collected]:
    """Collected bundles by (scenario, context), each collected once per module."""
    cache: dict[tuple[str, str], Collected] = {}
    directory = tmp_path_factory.mktemp("k8s-bundles")

    def get(scenario: str, context: str = "admin") -> Collected:
        if (scenario, context) not in cache:
            cache[scenario, context] = collect(fake_k8s, directory, scenario, context)
        return cache[scenario, context]

    return get


# -- helpers over the fixture objects ----------------------------------------------------------
def statuses(pod: Obj) -> list[Obj]:
    st = pod.get("status") or {}
    return list(st.get("initContainerStatuses") or []) + list(st.get("containerStatuses") or [])


def pod_names(fake: FakeK8s, scenario: str, test: Callable[[Obj], bool]) -> set[str]:
    return {p["metadata"]["name"] for p in fake.objects(scenario, "Pod", NS) if test(p)}


def subjects(finding: Finding) -> str:
    return " ".join([finding.message, *(e.subject or "" for e in finding.evidence)])


def secret_forms(value: str) -> Iterable[str]:
    """A planted secret, and the forms it could leak in (base64 as in a Secret's data, each long
    part of a JWT or of a PEM body)."""
    yield value
    yield base64.b64encode(value.encode()).decode()
    for part in re.split(r"[.\n]", value):
        if len(part) >= 20:
            yield part


# -- the documented files --------------------------------------------------------------------
def test_healthy_bundle_has_every_documented_file_with_typed_api_content(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s
) -> None:
    from kubernetes.client import ApiClient

    b = bundles("healthy")
    rec = b.record()
    assert rec.status is CollectorStatus.OK, (rec.error, rec.notes)
    assert b.manifest.deployment.value == "kubernetes"

    cluster = b.doc(layout.K8S_CLUSTER)
    assert cluster["context"] == "admin"
    assert cluster["server_version"] == fake_k8s.scenarios["healthy"].version["gitVersion"]
    assert cluster["openshift"] is False
    assert cluster["selected_by"] == "labels"
    # W&B's namespace by its labels (and its custom resource), the operator's by its image
    assert cluster["namespaces"] == ["wandb", "wandb-cr"]
    assert cluster["found_by"] == {"wandb": ["labels", "custom-resource"], "wandb-cr": ["image"]}
    assert cluster["custom_resource"] is True
    assert b.doc(layout.K8S_ACCESS) == []

    api = ApiClient()
    nodes = b.doc(layout.K8S_NODES)
    assert (nodes["kind"], nodes["apiVersion"]) == ("NodeList", "v1")
    typed_nodes = api.deserialize(json.dumps(nodes), "V1NodeList", "application/json")
    assert len(typed_nodes.items) == len(fake_k8s.objects("healthy", "Node")) == 2
    for node in nodes["items"]:
        assert node["status"]["capacity"]["memory"]
        assert {c["type"] for c in node["status"]["conditions"]} >= {"Ready", "MemoryPressure"}
        assert node["status"]["nodeInfo"]["kubeletVersion"].startswith("v1.")
        assert "images" not in node["status"]

    for kind in KINDS:
        doc = b.resource(kind)
        assert (doc["kind"], doc["apiVersion"]) == (LIST_KIND[kind], k8s_api_version(kind)), kind
        typed = api.deserialize(json.dumps(doc), TYPED_MODEL[kind], "application/json")
        expected = fake_k8s.objects("healthy", FAKE_KIND[kind], NS)
        assert len(typed.items) == len(doc["items"]) == len(expected), kind
        names = sorted(i["metadata"]["name"] for i in doc["items"])
        assert names == sorted(o["metadata"]["name"] for o in expected), kind
        for item in doc["items"]:
            assert "managedFields" not in item["metadata"]
    # camelCase as the API serialises it
    pod = b.resource("pods")["items"][0]
    assert (
        "containerStatuses" in pod["status"]
        and "restartCount" in pod["status"]["containerStatuses"][0]
    )

    cr = b.resource("weightsandbiases")
    assert cr["kind"] == "WeightsAndBiasesList" and cr["apiVersion"].startswith("apps.wandb.com/")
    assert [i["metadata"]["name"] for i in cr["items"]] == ["wandb"]
    assert cr["items"][0]["spec"]["values"]["global"]["host"] == "https://wandb.example.com"
    # the operator's namespace is collected too
    assert b.resource("pods", "wandb-cr")["items"]


def k8s_api_version(kind: str) -> str:
    return {
        "deployments": "apps/v1", "statefulsets": "apps/v1", "replicasets": "apps/v1",
        "daemonsets": "apps/v1", "jobs": "batch/v1", "cronjobs": "batch/v1",
        "ingresses": "networking.k8s.io/v1",
    }.get(kind, "v1")  # fmt: skip


def test_secrets_are_named_from_the_specs_never_read_and_configmaps_are_redacted(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s
) -> None:
    mark = fake_k8s.mark()
    b = bundles("healthy")
    assert not [r for r in fake_k8s.requests_since(mark) if "secrets" in r.path], "never asked"
    assert layout.k8s_resource(NS, "secrets") not in b.members
    refs = {i["name"]: i for i in b.resource(layout.K8S_SECRET_REFERENCES)["items"]}
    for kind in ("Deployment", "StatefulSet"):
        for obj in fake_k8s.objects("healthy", kind, NS):
            name = obj["metadata"]["name"]
            for c in obj["spec"]["template"]["spec"].get("containers") or []:
                for var in c.get("env") or []:
                    ref = (var.get("valueFrom") or {}).get("secretKeyRef")
                    if ref:
                        assert ref["key"] in refs[ref["name"]]["keys"]
                        by = f"{kind.lower()}s/{name} env {var['name']}"
                        assert by in refs[ref["name"]]["referencedBy"]
    assert refs, "the healthy release references Secrets"
    configmaps = {i["metadata"]["name"]: i for i in b.resource("configmaps")["items"]}
    assert configmaps["wandb-global-config"]["data"]["HOST"] == "https://wandb.example.com"
    assert "BEGIN CERTIFICATE" in configmaps["kube-root-ca.crt"]["data"]["ca.crt"]


def test_logs_current_and_previous_with_timestamps_at_documented_paths(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s
) -> None:
    for scenario in ("healthy", "broken"):
        b = bundles(scenario)
        logs = b.logs()
        seen_previous = False
        for pod in fake_k8s.objects(scenario, "Pod", NS):
            name = pod["metadata"]["name"]
            if not pod["spec"].get("nodeName"):
                assert not any(f"/logs/{name}/" in p for p in logs), name
                continue
            for cs in statuses(pod):
                state, last = cs.get("state") or {}, cs.get("lastState") or {}
                current = layout.k8s_pod_log(NS, name, cs["name"])
                previous = layout.k8s_pod_log(NS, name, cs["name"], previous=True)
                ran = "running" in state or "terminated" in state or "terminated" in last
                assert (current in logs) == ran, (scenario, current)
                crashed = "terminated" in last or cs.get("restartCount", 0) > 0
                if crashed and "terminated" in last:
                    assert previous in logs, (scenario, previous)
                    seen_previous = True
                if not crashed:
                    assert previous not in logs, previous
                for path, prev in ((current, False), (previous, True)):
                    if path not in logs:
                        continue
                    lines = logs[path].splitlines()
                    matches = [TIMESTAMPED.match(line) for line in lines]
                    assert all(matches), path
                    # a container waiting after a crash answers with its last run's log
                    waiting = "running" not in state and "terminated" not in state
                    stored = fake_k8s.log_text(scenario, name, cs["name"], prev or waiting)
                    assert bool(lines) == bool(stored), path
                    texts = [m.group(2) for m in matches if m]
                    if not any("[REDACTED:" in t for t in texts):
                        assert texts == stored.splitlines(), path
        assert seen_previous or scenario == "healthy"
    broken = bundles("broken").logs()
    app = next(iter(pod_names(fake_k8s, "broken", lambda p: "wandb-app" in p["metadata"]["name"])))
    previous_log = broken[layout.k8s_pod_log(NS, app, "app", previous=True)]
    assert "3306: connect: connection refused" in previous_log


def test_log_requests_use_limit_bytes_since_and_timestamps(
    fake_k8s: FakeK8s, tmp_path: Path
) -> None:
    mark = fake_k8s.mark()
    b = collect(fake_k8s, tmp_path, "broken", since="2h", log_cap_bytes=64 * 1024)
    assert b.record().status is CollectorStatus.OK
    logs = [r for r in fake_k8s.requests_since(mark) if r.path.endswith("/log")]
    assert logs
    for r in logs:
        assert r.query.get("timestamps") == "true"
        assert r.query.get("sinceSeconds") == "7200"
        assert r.query.get("limitBytes") == str(64 * 1024)
        assert r.query.get("container")
    previous = {
        (r.path.split("/")[-2], r.query["container"]) for r in logs if r.query.get("previous")
    }
    assert previous, "no previous logs were asked for"
    for pod_name, container in previous:
        pod = next(
            p for p in fake_k8s.objects("broken", "Pod", NS) if p["metadata"]["name"] == pod_name
        )
        cs = next(s for s in statuses(pod) if s["name"] == container)
        assert cs.get("restartCount", 0) > 0 or "terminated" in (cs.get("lastState") or {})


def test_a_log_over_the_cap_keeps_its_newest_lines(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    cap = 8192
    b = collect(fake_k8s, tmp_path, "healthy", log_cap_bytes=cap)
    pod = next(
        p["metadata"]["name"] for p in fake_k8s.objects("healthy", "Pod", NS)
        if p["metadata"]["name"].startswith("wandb-app")
    )  # fmt: skip
    stored = fake_k8s.log_text("healthy", pod, "app").splitlines()
    assert len("\n".join(stored)) > cap
    got = b.logs()[layout.k8s_pod_log(NS, pod, "app")]
    assert 0 < len(got.encode()) <= cap
    texts = [m.group(2) for m in map(TIMESTAMPED.match, got.splitlines()) if m]
    assert texts and texts == stored[-len(texts) :]
    assert any("kept its newest" in n for n in b.record().notes)


def test_lists_are_paged_and_capped(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(k8s_lists, "PAGE", 2)
    monkeypatch.setattr(k8s_lists, "SCAN_PAGE", 3)
    mark = fake_k8s.mark()
    b = collect(fake_k8s, tmp_path, "healthy")
    lists = [
        r for r in fake_k8s.requests_since(mark)
        if not r.path.endswith("/log") and r.path.rstrip("/") not in ("/version", "/apis")
        and r.method == "GET"  # not the permission reviews
    ]  # fmt: skip
    assert all(r.query.get("limit") in ("2", "3") for r in lists)
    assert any(r.query.get("continue") for r in lists)
    pods = fake_k8s.objects("healthy", "Pod", NS)
    assert len(b.resource("pods")["items"]) == len(pods) > 2

    monkeypatch.setattr(k8s_lists, "MAX_ITEMS", 3)
    b = collect(fake_k8s, tmp_path, "healthy")
    doc = b.resource("pods")
    assert len(doc["items"]) == 3 and doc["metadata"] == {"wbdiagTruncated": True}
    assert any("kept the first 3" in n for n in b.record().notes)


# -- what the rules find -----------------------------------------------------------------------
def test_healthy_raises_no_kubernetes_finding(bundles: Callable[..., Collected]) -> None:
    b = bundles("healthy")
    fired = [f for f in b.fired().values() if f.rule.category == "kubernetes"]
    assert fired == [], [(f.rule.id, f.message) for f in fired]
    evaluated = [f for f in b.analysis.findings if f.rule.category == "kubernetes"]
    assert evaluated and all(f.status.value == "pass" for f in evaluated if f.rule.id in (
        "kubernetes.crashloop", "kubernetes.oomkilled", "kubernetes.image_pull",
    ))  # fmt: skip


def _waiting(reasons: set[str]) -> Callable[[Obj], bool]:
    return lambda p: any(
        ((s.get("state") or {}).get("waiting") or {}).get("reason") in reasons for s in statuses(p)
    )


def test_broken_raises_the_kubernetes_findings_naming_the_failing_objects(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s
) -> None:
    b = bundles("broken")
    assert b.record().status is CollectorStatus.OK
    fake = fake_k8s
    nodes = {
        n["metadata"]["name"] for n in fake.objects("broken", "Node")
        if any(c["type"].endswith("Pressure") and c["status"] == "True"
               for c in n["status"]["conditions"])
    }  # fmt: skip
    ingresses = {
        f"{NS}/{i['metadata']['name']}" for i in fake.objects("broken", "Ingress", NS)
        if (i["metadata"].get("annotations") or {}).get(
            "nginx.ingress.kubernetes.io/proxy-body-size", "0") != "0"
    }  # fmt: skip
    local = {
        f"{NS}/{d['metadata']['name']}" for d in fake.objects("broken", "Deployment", NS)
        if d["spec"].get("replicas", 1) > 1
        and any("wandb/local" in c["image"] for c in d["spec"]["template"]["spec"]["containers"])
    }  # fmt: skip
    unready = {
        e["involvedObject"]["name"] for e in fake.objects("broken", "Event", NS)
        if "Readiness probe failed" in e.get("message", "")
    }  # fmt: skip
    expected: dict[str, set[str]] = {
        "kubernetes.crashloop": pod_names(fake, "broken", _waiting({"CrashLoopBackOff"})),
        "kubernetes.image_pull": pod_names(
            fake, "broken", _waiting({"ImagePullBackOff", "ErrImagePull"})
        ),
        "kubernetes.oomkilled": pod_names(fake, "broken", lambda p: any(
            ((s.get("lastState") or {}).get("terminated") or {}).get("reason") == "OOMKilled"
            for s in statuses(p)
        )),
        "kubernetes.unschedulable": pod_names(fake, "broken", lambda p: any(
            c.get("reason") == "Unschedulable" for c in p["status"].get("conditions") or []
        )),
        "kubernetes.readiness": unready,
        "kubernetes.node_pressure": nodes,
        "kubernetes.ingress_body_size": ingresses,
        "kubernetes.local_multi_replica": local,
    }  # fmt: skip
    pack = {r.id for r in load_pack().rules}
    assert {"kubernetes.crashloop", "kubernetes.oomkilled", "kubernetes.image_pull"} <= pack
    fired = b.fired()
    for rule_id, names in expected.items():
        if rule_id not in pack:
            continue
        assert names, f"the broken fixture no longer has what {rule_id} looks for"
        assert rule_id in fired, (rule_id, b.finding(rule_id).reason)
        text = subjects(fired[rule_id])
        for name in names:
            assert name in text, (rule_id, name, text)


def test_broken_pod_logs_are_scanned_for_log_signatures(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s
) -> None:
    """The MySQL `connection refused` that ends the crashing app's previous run is found in its
    log, timestamped and attributed to the pod: by a log rule when the pack has one, else as an
    unrecognised error naming the pod (the rules for log signatures are written separately)."""
    b = bundles("broken")
    app = next(iter(pod_names(fake_k8s, "broken", lambda p: "wandb-app" in p["metadata"]["name"])))
    path = layout.k8s_pod_log(NS, app, "app", previous=True)
    by_rule = [
        e for f in b.fired().values() for e in f.evidence
        if e.path == path and "connection refused" in e.text
    ]  # fmt: skip
    unrecognised = [
        t for t in b.analysis.unrecognised
        if t.sample_path == path and "connection refused" in t.template
    ]  # fmt: skip
    assert by_rule or unrecognised
    for e in by_rule:
        assert app in (e.subject or "") and e.time
    for t in unrecognised:
        assert app in t.source and t.first_seen
    # the operator's log in its own namespace is scanned too
    assert any("wandb-cr" in t.source for t in b.analysis.unrecognised) or any(
        "/wandb-cr/logs/" in e.path for f in b.fired().values() for e in f.evidence
    )


def test_openshift_raises_run_as_user(bundles: Callable[..., Collected], fake_k8s: FakeK8s) -> None:
    b = bundles("openshift")
    assert b.record().status is CollectorStatus.OK
    cluster = b.doc(layout.K8S_CLUSTER)
    assert cluster["openshift"] is True
    assert NS in cluster["namespaces"]
    assert not b.resource("pods")["items"]  # the SCC let no W&B pod be created
    routes = fake_k8s.objects("openshift", "Route", NS)
    if routes:
        assert len(b.resource("routes")["items"]) == len(routes)
    fired = b.fired()
    assert "kubernetes.run_as_user" in fired, b.finding("kubernetes.run_as_user").reason
    assert NS in subjects(fired["kubernetes.run_as_user"])


# -- refusals ------------------------------------------------------------------------------------
def test_restricted_context_gives_a_partial_bundle_with_access_entries(
    bundles: Callable[..., Collected],
) -> None:
    b = bundles("healthy", "restricted")
    rec = b.record()
    assert rec.status is CollectorStatus.PARTIAL, (rec.status, rec.error)
    assert b.manifest.deployment.value == "kubernetes"
    access = b.doc(layout.K8S_ACCESS)
    refused = {(a["resource"], a["namespace"]) for a in access}
    assert refused == {("nodes", None), ("pods/log", "wandb"), ("pods/log", "wandb-cr")}
    for a in access:  # known from the permission reviews: never attempted
        assert a["status"] is None and a["reason"] == "not_permitted"
        assert "not permitted" in a["error"]
    perms = b.doc(layout.K8S_PERMISSIONS)
    assert (
        "kind: ClusterRole" in perms["missing_rules"]
        and "resources: [nodes]" in perms["missing_rules"]
    )
    assert len(rec.notes) >= len(access)
    assert layout.K8S_NODES not in b.members
    assert layout.k8s_resource(NS, "secrets") not in b.members
    assert not b.logs()
    assert b.resource("pods")["items"]  # what may be read is there
    fired = [f for f in b.fired().values() if f.rule.category == "kubernetes"]
    assert fired == []


def test_bad_token_is_forbidden_with_access_json(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    b = collect(fake_k8s, tmp_path, "healthy", "bad-token")
    rec = b.record()
    assert rec.status is CollectorStatus.FORBIDDEN
    assert rec.error and "bad-token" in rec.error
    assert [a["status"] for a in b.doc(layout.K8S_ACCESS)] == [401]
    assert {p for p in b.members if p.startswith("kubernetes/")} == {layout.K8S_ACCESS}
    assert b.manifest.deployment.value == "none"


def test_unreachable_api_server_fails_with_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(json.dumps({
        "apiVersion": "v1", "kind": "Config", "current-context": "gone",
        "clusters": [{"name": "gone", "cluster": {"server": f"http://127.0.0.1:{port}"}}],
        "users": [{"name": "u", "user": {"token": "t0ken-not-used-anywhere"}}],
        "contexts": [{"name": "gone", "context": {"cluster": "gone", "user": "u"}}],
    }))  # fmt: skip
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=60, kubeconfig=kubeconfig), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    b = read(out)
    rec = b.record()
    assert rec.status is CollectorStatus.FAILED
    assert rec.error and "cannot reach the Kubernetes API" in rec.error and str(port) in rec.error
    assert b.doc(layout.K8S_ACCESS)[0]["status"] is None


def test_no_kubeconfig_and_not_in_a_cluster_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=30), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    rec = read(out).record()
    assert rec.status is CollectorStatus.SKIPPED
    assert rec.error and "no kubeconfig" in rec.error


def test_namespace_flag_selects_only_that_namespace(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    b = collect(fake_k8s, tmp_path, "healthy", namespace=NS)
    cluster = b.doc(layout.K8S_CLUSTER)
    assert (cluster["namespaces"], cluster["selected_by"]) == ([NS], "flag")
    assert not any(p.startswith("kubernetes/namespaces/wandb-cr/") for p in b.members)


# -- secrets and settings ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("scenario", "context"),
    [("healthy", "admin"), ("broken", "admin"), ("openshift", "admin"), ("healthy", "restricted")],
)
def test_no_planted_secret_anywhere_in_the_bundle(
    bundles: Callable[..., Collected], fake_k8s: FakeK8s, scenario: str, context: str
) -> None:
    b = bundles(scenario, context)
    blob = b"\n".join(b.members.values())
    for name, value in fake_k8s.sentinels.items():
        for form in secret_forms(value):
            assert form.encode() not in blob, f"{name} leaked ({scenario}/{context})"
    for token in fake_k8s.tokens.values():
        assert token.encode() not in blob
    assert check_bundle(b.path) == []


def test_settings_found_in_the_pods_reach_settings_json(bundles: Callable[..., Collected]) -> None:
    healthy = bundles("healthy").doc(layout.SETTINGS)
    assert healthy["values"]["HOST"] == "https://wandb.example.com"
    assert healthy["values"]["BUCKET"] == "s3://wandb-files-prod"
    assert healthy["values"]["MYSQL_HOST"] == "wandb-mysql"
    assert {"setting": "HOST", "source": "kubernetes:wandb"} in healthy["origin"]
    assert "kubernetes:wandb" in healthy["sources"]
    assert "MYSQL" not in healthy["values"]  # its password is a Secret reference: not usable

    b = bundles("broken")
    broken = b.doc(layout.SETTINGS)["values"]
    # the leftover wandb/local Deployment disagrees with the release: the majority wins
    assert broken["HOST"] == "https://wandb.example.com"
    assert broken["BUCKET"] == "s3://wandb-files-prod"
    assert re.fullmatch(r"mysql://wandb:\[REDACTED:[a-z_]+:\d+\]@mysql:3306/wandb_local",
                        broken["MYSQL"])  # fmt: skip
    assert re.fullmatch(r"\[REDACTED:[a-z_]+:\d+\]", broken["LICENSE"])
    assert any(
        "HOST differs between W&B workloads in namespace wandb" in n for n in b.record().notes
    )


def test_runner_hands_discovered_settings_to_the_probes(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    runner = Runner(
        CollectOptions(timeout=60, kubeconfig=fake_k8s.write_kubeconfig(tmp_path / "kc", "broken")),
        WandbSettings(values={"HOST": "https://given.example"}, origin={"HOST": "flags"}),
        tmp_path / "b.tgz",
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[KubernetesCollector],
    )
    runner.run()
    assert runner.ctx.settings.get("HOST") == "https://given.example"  # the user's value wins
    bucket = runner.ctx.settings.get("BUCKET")
    assert bucket == "s3://wandb-files-prod"
    assert runner.ctx.settings.origin["BUCKET"] == "kubernetes:wandb"


# -- the CLI -----------------------------------------------------------------------------------
def test_cli_collect_finds_wandb_without_a_namespace_and_analyzes(
    fake_k8s: FakeK8s, tmp_path: Path
) -> None:
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kubeconfig", "broken", "restricted")
    out = tmp_path / "cli.tgz"
    result = CliRunner().invoke(main, [
        "collect", "--kubeconfig", str(kubeconfig), "--context", "admin", "--no-docker",
        "--no-probes", "-o", str(out), "--timeout", "120",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    b = read(out)
    assert b.record().status is CollectorStatus.OK
    assert b.doc(layout.K8S_CLUSTER)["context"] == "admin"  # --context beats current-context
    assert b.doc(layout.K8S_CLUSTER)["selected_by"] == "labels"
    report = CliRunner().invoke(main, ["analyze", str(out), "--format", "json"])
    assert report.exit_code == 3, report.output  # error findings
    doc = json.loads(report.output)
    ids = {f["rule_id"] for f in doc["findings"]}
    assert {"kubernetes.crashloop", "kubernetes.oomkilled", "kubernetes.image_pull"} <= ids


def test_registered_as_a_discovery_collector() -> None:
    assert registry.REGISTRY["kubernetes"] is KubernetesCollector
    assert KubernetesCollector.phase == DISCOVERY
    assert KubernetesCollector.timeout < CollectOptions().timeout


# -- the pieces ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("MYSQL_PASSWORD", True), ("LICENSE", True), ("license", True), ("secretKey", True),
        ("accessKey", True), ("tls.key", True), ("GORILLA_SESSION_KEY", True),
        ("password", True), ("secretName", False), ("existingSecret", False),
        ("passwordFile", False), ("MYSQL_HOST", False), ("HOST", False), ("secretKeyRef", False),
    ],
)  # fmt: skip
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ("wandb/local:0.59.2", (True, "local")),
        ("docker.io/wandb/megabinary:0.59.2", (True, "megabinary")),
        ("registry.corp:5000/mirror/wandb/local@sha256:abc", (True, "local")),
        ("mysql:8.0.36", (False, "mysql")),
        ("bitnami/redis:7.2", (False, "redis")),
        ("wandb:latest", (False, "wandb")),
    ],
)
def test_image_names(image: str, expected: tuple[bool, str]) -> None:
    assert k8s_objects.image_name(image) == expected


def test_labels_that_mark_wandb() -> None:
    inst = "app.kubernetes.io/instance"
    name = "app.kubernetes.io/name"
    assert k8s_objects.labels_are_wandb({inst: "prod", name: "weave"})
    assert k8s_objects.labels_are_wandb({inst: "wandb", name: "app"})
    assert k8s_objects.labels_are_wandb(
        {inst: "prod", name: "app", "helm.sh/chart": "operator-wandb-0.1"}
    )
    assert not k8s_objects.labels_are_wandb({inst: "shop", name: "app"})
    assert not k8s_objects.labels_are_wandb({name: "weave"})


def test_container_env_expands_references_and_configmaps() -> None:
    container = {
        "envFrom": [{"configMapRef": {"name": "cfg"}, "prefix": ""}],
        "env": [
            {"name": "MYSQL_HOST", "value": "db"},
            {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}},
            {"name": "MYSQL", "value": "mysql://u:$(MYSQL_PASSWORD)@$(MYSQL_HOST):3306/w"},
            {"name": "ESCAPED", "value": "$$(MYSQL_HOST)"},
            {"name": "FROM_CM", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "HOST"}}},
        ],
    }
    env = k8s_env.container_env(
        container, {"cfg": {"HOST": "https://w.example", "BUCKET": "s3://b"}}
    )
    assert env == {
        "HOST": "https://w.example", "BUCKET": "s3://b", "MYSQL_HOST": "db",
        "MYSQL": "mysql://u:$(MYSQL_PASSWORD)@db:3306/w", "ESCAPED": "$(MYSQL_HOST)",
        "FROM_CM": "https://w.example",
    }  # fmt: skip


def test_secret_values_are_registered_but_flags_are_not() -> None:
    red = Redactor()
    reg = k8s_env.SecretRegistry(red)
    reg.tree({"env": [
        {"name": "ALLOW_EMPTY_PASSWORD", "value": "true"},
        {"name": "DB_PASSWORD", "value": "hunter2-hunter2"},
        {"name": "BUCKET", "value": "s3://AKIAXXXXXXXXXXXXXXXX:s3cr3t-value@minio/b"},
    ], "values": {"global": {"license": "lic-0123456789abcdef"}}})  # fmt: skip
    text = red("true hunter2-hunter2 s3cr3t-value lic-0123456789abcdef wandb_local")
    assert text.split()[0] == "true" and text.split()[-1] == "wandb_local"
    assert all(t.startswith("[REDACTED:") for t in text.split()[1:-1]), text


def test_secret_references_name_secrets_and_keys_from_specs_and_the_custom_resource() -> None:
    refs = SecretReferences()
    refs.pod_spec({
        "containers": [{"name": "app", "env": [
            {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "pw"}}},
            {"name": "HOST", "value": "https://wandb.example.com"},
        ], "envFrom": [{"secretRef": {"name": "license"}}]}],
        "volumes": [
            {"name": "tls", "secret": {"secretName": "certs", "items": [{"key": "tls.key"}]}},
            {"name": "p", "projected": {"sources": [{"secret": {"name": "proj"}}]}},
        ],
        "imagePullSecrets": [{"name": "regcred"}],
    }, "deployments/wandb-app")  # fmt: skip
    refs.tree(
        {
            "values": {
                "mysql": {"existingSecret": "db"},
                "oidc": {"secretKeyRef": {"name": "oidc", "key": "client-secret"}},
            }
        },
        "weightsandbiases/wandb",
    )
    doc = {i["name"]: i for i in refs.document()["items"]}
    assert sorted(doc) == ["certs", "db", "license", "oidc", "proj", "regcred"]
    assert doc["db"]["keys"] == ["pw"]
    assert doc["db"]["referencedBy"] == [
        "deployments/wandb-app env MYSQL_PASSWORD", "weightsandbiases/wandb existingSecret",
    ]  # fmt: skip
    assert doc["certs"]["keys"] == ["tls.key"] and doc["oidc"]["keys"] == ["client-secret"]


# -- failures inside a run (injected into the real client's calls) ------------------------------
def _api_error(status: int, message: str) -> Exception:
    from kubernetes.client.exceptions import ApiException

    return ApiException(status=status, reason="Forbidden", body=json.dumps({"message": message}))


def test_a_timed_out_list_is_recorded_and_the_rest_collected(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib3

    real = k8s_lists.ApiReader._page

    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        if kind is k8s_objects.EVENTS and namespace == NS:
            raise urllib3.exceptions.ReadTimeoutError(None, "/events", "Read timed out.")  # type: ignore[arg-type]
        return real(self, kind, namespace, *a)

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    assert b.record().status is CollectorStatus.PARTIAL
    [entry] = b.doc(layout.K8S_ACCESS)
    assert (entry["resource"], entry["namespace"], entry["status"], entry["reason"]) == (
        "events", NS, None, "timeout",
    )  # fmt: skip
    assert layout.k8s_resource(NS, "events") not in b.members
    assert b.resource("pods")["items"] and b.logs()


def test_search_falls_back_to_likely_namespaces_when_cluster_lists_are_refused(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = k8s_lists.ApiReader._page

    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        if namespace is None and kind is not k8s_objects.NODES:
            raise _api_error(403, f"{kind.name} is forbidden at the cluster scope")
        return real(self, kind, namespace, *a)

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    cluster = b.doc(layout.K8S_CLUSTER)
    # the context's namespace (wandb), default and wandb were searched; wandb-cr is not guessed
    assert cluster["namespaces"] == [NS] and cluster["selected_by"] == "labels"
    refused = {(a["resource"], a["namespace"], a["status"]) for a in b.doc(layout.K8S_ACCESS)}
    assert {("namespaces", None, 403), ("pods", None, 403)} <= refused
    assert b.record().status is CollectorStatus.OK  # the search's refusals cost nothing here
    assert b.resource("pods")["items"]


def test_nothing_readable_is_forbidden(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        raise _api_error(403, f"{kind.name} is forbidden")

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    rec = b.record()
    assert rec.status is CollectorStatus.FORBIDDEN and rec.error and "access.json" in rec.error
    assert {p for p in b.members if p.startswith("kubernetes/")} == {
        layout.K8S_ACCESS,
        layout.K8S_PERMISSIONS,  # what the server said may be read (everything, for admin)
    }
    assert all(a["status"] == 403 for a in b.doc(layout.K8S_ACCESS))


def test_missing_previous_log_is_a_note_not_a_failure(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    """A container that restarted but whose previous run the kubelet no longer has: the API
    answers 400 "previous terminated container ... not found"."""
    from wbdiag.bundle.writer import BundleWriter
    from wbdiag.collect.base import CollectContext, Output

    pod = next(
        p["metadata"]["name"] for p in fake_k8s.objects("healthy", "Pod", NS)
        if p["metadata"]["name"].startswith("wandb-app")
    )  # fmt: skip
    red = Redactor()
    ctx = CollectContext(
        CollectOptions(kubeconfig=fake_k8s.write_kubeconfig(tmp_path / "kc", "healthy")),
        WandbSettings(),
        red,
    )
    out = Output(
        BundleWriter(tmp_path / "staging", red), "kubernetes", 1 << 20, writes=("kubernetes/",)
    )
    conn = k8s_connect.connect(ctx)
    try:
        run = k8s.KubernetesRun(ctx, out, conn, budget=60)
        assert run.pod_logs().fetch((NS, pod, "app", True), None, set())
    finally:
        conn.api_client.close()
    assert out.files == [] and run.reader.access == []
    assert not out.partial
    assert any("previous terminated container" in n for n in out.notes)


def test_kubeconfig_from_the_environment(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kc", "healthy", "bad-token")
    monkeypatch.setenv("KUBECONFIG", f"{tmp_path / 'absent'}:{kubeconfig}")
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=60, kube_context="admin", namespace=NS), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    b = read(out)
    assert b.record().status is CollectorStatus.OK
    assert b.doc(layout.K8S_CLUSTER)["context"] == "admin"


def test_a_cluster_without_wandb_is_skipped_and_writes_nothing(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(k8s, "wandb_match", lambda kind, obj: None)
    monkeypatch.setattr(k8s, "CR_GROUP", "absent.example.com")
    b = collect(fake_k8s, tmp_path, "healthy")
    rec = b.record()
    assert rec.status is CollectorStatus.SKIPPED
    assert rec.error and "no W&B deployment found" in rec.error and "--namespace" in rec.error
    assert not [p for p in b.members if p.startswith("kubernetes/")]
    assert b.manifest.deployment.value == "none"
