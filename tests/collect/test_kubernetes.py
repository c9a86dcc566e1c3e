"""The Kubernetes collector with the real `kubernetes` client against the fake API server
(tests/servers/fake_k8s.py): scenarios `healthy`, `broken` and `openshift`, contexts `admin`,
`restricted` (403 on secrets, nodes and pods/log) and `bad-token` (401).

Each scenario is collected once per module through the Runner (this collector + the settings
collector), then the bundle is checked against docs/bundle-format.md, analyzed with the shipped rule
pack, and scanned for every secret the fake cluster planted. Expectations about which pods fail are
derived from the fixture objects, so they follow the fixtures. Runs of their own: the limits on
what it reads (test_kubernetes_limits.py), refusals and failures (test_kubernetes_failures.py);
its pieces as units: test_kubernetes_pieces.py.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.collect.kubernetes_support import (
    FAKE_KIND,
    KINDS,
    LIST_KIND,
    NS,
    TIMESTAMPED,
    TYPED_MODEL,
    Collected,
    Obj,
    collect,
    pod_names,
    read,
    secret_forms,
    statuses,
    subjects,
)
from tests.helpers import shipped_pack
from tests.servers.fake_k8s import FakeK8s
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.cli import main
from wbdiag.collect import registry
from wbdiag.collect.base import DISCOVERY, CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.redact.check import check_bundle
from wbdiag.settings import WandbSettings


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
    pack = {r.id for r in shipped_pack().rules}
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
