"""The committed sample bundles (sample_bundles/*.tgz), analyzed with the shipped rule pack.

Every sample: readable manifest listing its collectors (each collector's files in the bundle),
redact-check clean, none of the secrets it was made with. Then what each one is for: the healthy
Docker sample raises nothing at warning or above; the broken ones raise their seed findings,
naming the failing objects. Names are read from the bundle itself (pods, events, nodes, logs), so
a regenerated sample with new pod suffixes needs no edit here.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.servers.fake_k8s_placeholders import make_sentinels
from wbdiag.analyze import analyze_bundle
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.redact.check import check_bundle
from wbdiag.rules.model import Severity

Obj = dict[str, Any]

SAMPLES = Path(__file__).resolve().parents[1] / "sample_bundles"
BUNDLES = sorted(p.name for p in SAMPLES.glob("*.tgz"))
EXPECTED_BUNDLES = {
    "healthy-docker.tgz",
    "broken-docker.tgz",
    "broken-kubernetes.tgz",
    "openshift-kubernetes.tgz",
}
CONSTRUCTED_NOTE = "constructed sample document"
NS = "wandb"


@dataclass(frozen=True)
class Sample:
    path: Path
    members: dict[str, bytes]
    manifest: Manifest
    report: Obj

    def doc(self, path: str) -> Any:
        return json.loads(self.members[path])

    def fired(self) -> dict[str, Obj]:
        return {f["rule_id"]: f for f in self.report["findings"]}

    def subjects(self, rule_id: str) -> str:
        return "\n".join(self.fired()[rule_id]["subjects"])

    def items(self, kind: str, namespace: str = NS) -> list[Obj]:
        items: list[Obj] = self.doc(layout.k8s_resource(namespace, kind))["items"]
        return items


@functools.cache
def sample(name: str) -> Sample:
    path = SAMPLES / name
    members = {m.path: m.stream.read() for m in BundleSource.open(path).members()}
    manifest = load_manifest(members[layout.MANIFEST])
    return Sample(path, members, manifest, analyze_bundle(path))


# -- secrets the samples were made with ---------------------------------------------------------
def _make_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def docker_sample_secrets() -> list[str]:
    """The secret values in the Docker samples' W&B settings (make_samples.settings_doc): the MySQL
    password, the bucket's key pair and the license's payload and signature."""
    values = _make_samples().settings_doc(False)["values"]
    mysql, bucket = urlsplit(values["MYSQL"]), urlsplit(values["BUCKET"])
    found = [mysql.password, bucket.username, bucket.password, *values["LICENSE"].split(".")[1:]]
    return [s for s in found if s]


def base64_shapes(marker: str) -> set[str]:
    """What `marker` looks like inside base64 (standard or URL-safe) at any of the three byte
    alignments: the characters that depend on the marker alone."""
    shapes = set()
    raw = marker.encode()
    for pad in range(3):
        encoded = base64.b64encode(b"\0" * pad + raw).decode()
        start, end = -(-8 * pad // 6), 8 * (pad + len(raw)) // 6
        core = encoded[start:end]
        shapes |= {core, core.replace("+", "-").replace("/", "_")}
    return shapes


# Fixed parts of every secret the fake Kubernetes cluster plants (tests/servers/fake_k8s.py
# make_sentinels and its bearer tokens); the values themselves are random per server start.
FAKE_CLUSTER_MARKERS = (
    "k8s-Secret-",
    "pw-Inline-",
    "AKIAFAKE",
    "fake-token-",
    "fake-private-key-",
    "wandb-fake-customer",
    "wandb-inline-license",
)


@functools.cache
def fake_cluster_shapes() -> frozenset[str]:
    """Each marker as is, base64'd once (a Secret's data, a JWT part) and twice (a Secret holding
    base64, as the TLS key; a JWT inside a Secret)."""
    shapes: set[str] = set()
    for marker in FAKE_CLUSTER_MARKERS:
        once = base64_shapes(marker)
        shapes |= {marker, *once}
        for shape in once:
            shapes |= base64_shapes(shape)
    return frozenset(s for s in shapes if len(s) >= 8)


def secret_forms(value: str) -> Iterator[str]:
    yield value
    yield base64.b64encode(value.encode()).decode()


# Planted secrets with no fixed part: the bucket's secret key is 40 random characters. The
# fixtures plant it only inside a BUCKET URL right after the AKIAFAKE access key (caught by that
# marker and by redact-check's URL-password detector); collect_kubernetes_sample.py checks its exact
# value in every member when the sample is made.
RANDOM_ONLY_SENTINELS = {"bucket_secret_key"}


def test_the_fake_cluster_markers_catch_every_planted_secret() -> None:
    """The shapes searched for below are not vacuous: each secret the fake cluster plants is
    caught as is and base64'd (the random-only ones excepted, by name)."""
    shapes = fake_cluster_shapes()
    missed = {
        name
        for name, value in make_sentinels().items()
        if not all(any(s in form for s in shapes) for form in secret_forms(value))
    }
    assert missed == RANDOM_ONLY_SENTINELS


# -- every sample ------------------------------------------------------------------------------
def test_the_expected_samples_are_committed() -> None:
    assert set(BUNDLES) >= EXPECTED_BUNDLES


@pytest.mark.parametrize("name", BUNDLES)
def test_manifest_is_readable_and_lists_its_collectors(name: str) -> None:
    s = sample(name)
    collectors = s.manifest.collectors
    assert collectors, "no collector listed"
    names = [c.name for c in collectors]
    assert len(names) == len(set(names))
    assert [c["name"] for c in s.report["collectors"]] == names
    assert s.report["bundle"]["has_manifest"] is True
    assert s.report["bundle"]["unreadable_documents"] == {}
    for c in collectors:
        assert c.started and c.ended, c.name
        for f in c.files:
            assert f.path in s.members, (c.name, f.path)
    if name.endswith("-docker.tgz"):
        assert {"docker", "settings"} <= set(names)
    if name.endswith("-kubernetes.tgz"):
        assert {"kubernetes", "settings"} <= set(names)


@pytest.mark.parametrize("name", BUNDLES)
def test_redact_check_is_clean(name: str) -> None:
    assert check_bundle(SAMPLES / name) == []


@pytest.mark.parametrize("name", BUNDLES)
def test_no_secret_the_samples_were_made_with(name: str) -> None:
    planted = [*docker_sample_secrets(), *fake_cluster_shapes()]
    for path, data in sample(name).members.items():
        for value in planted:
            assert value.encode() not in data, (path, value)


@pytest.mark.parametrize("name", BUNDLES)
def test_constructed_documents_say_so(name: str) -> None:
    """What the README says: the Docker samples' mysql/probe documents are constructed and noted
    as such in the manifest; the Kubernetes samples are all collection."""
    notes = {
        c.name: any(CONSTRUCTED_NOTE in n for n in c.notes)
        for c in sample(name).manifest.collectors
    }
    if name.endswith("-docker.tgz"):
        assert {n for n, constructed in notes.items() if constructed} == {
            "mysql",
            "proxy",
            "storage",
        }
    if name.endswith("-kubernetes.tgz"):
        assert not any(notes.values()), notes


# -- Docker -------------------------------------------------------------------------------------
def test_healthy_docker_raises_nothing_at_warning_or_above() -> None:
    s = sample("healthy-docker.tgz")
    loud = [
        (f["rule_id"], f["message"])
        for f in s.report["findings"]
        if Severity(f["severity"]).at_least(Severity.WARNING)
    ]
    assert loud == []
    assert all(c.status is CollectorStatus.OK for c in s.manifest.collectors)


BROKEN_DOCKER = {
    "tls.self_signed",
    "storage.cors",
    "storage.bucket_queue",
    "mysql.binlog_format",
    "mysql.sort_buffer_size",
    "server.mysql_refused",
    "server.license_malformed",
    "mysql.access_denied",
    "docker.exited",
}


def test_broken_docker_raises_its_seed_findings() -> None:
    s = sample("broken-docker.tgz")
    fired = s.fired()
    assert set(fired) >= BROKEN_DOCKER, sorted(BROKEN_DOCKER - set(fired))
    containers = s.doc(layout.DOCKER_CONTAINERS)
    exited = {c["name"] for c in containers if c.get("wandb") and c.get("status") == "exited"}
    assert exited
    for name in exited:
        assert name in s.subjects("docker.exited")


def test_broken_docker_lists_the_error_no_rule_knows_with_a_count() -> None:
    unknown = [
        t
        for t in sample("broken-docker.tgz").report["unrecognised_errors"]
        if "frobnicator quorum lost" in t["template"]
    ]
    assert unknown
    for t in unknown:
        assert isinstance(t["count"], int) and t["count"] >= 1
        assert "<num>" in t["template"] and t["sample_path"]


# -- Kubernetes ---------------------------------------------------------------------------------
def statuses(pod: Obj) -> list[Obj]:
    st = pod.get("status") or {}
    return [*(st.get("initContainerStatuses") or []), *(st.get("containerStatuses") or [])]


def pods_where(s: Sample, test: Callable[[Obj], bool]) -> set[str]:
    return {p["metadata"]["name"] for p in s.items("pods") if test(p)}


def waiting(reasons: set[str]) -> Callable[[Obj], bool]:
    return lambda p: any(
        ((c.get("state") or {}).get("waiting") or {}).get("reason") in reasons for c in statuses(p)
    )


def last_terminated(reason: str) -> Callable[[Obj], bool]:
    return lambda p: any(
        ((c.get("lastState") or {}).get("terminated") or {}).get("reason") == reason
        for c in statuses(p)
    )


def unschedulable(p: Obj) -> bool:
    return any(c.get("reason") == "Unschedulable" for c in p["status"].get("conditions") or [])


def expected_kubernetes(s: Sample) -> dict[str, set[str]]:
    """Rule id -> the objects it must name, read from the bundle's own documents."""
    nodes = {
        n["metadata"]["name"]
        for n in s.doc(layout.K8S_NODES)["items"]
        if any(
            c["type"].endswith("Pressure") and c["status"] == "True"
            for c in n["status"]["conditions"]
        )
    }
    ingresses = {
        f"{NS}/{i['metadata']['name']}"
        for i in s.items("ingresses")
        if (i["metadata"].get("annotations") or {}).get(
            "nginx.ingress.kubernetes.io/proxy-body-size", "0"
        )
        not in ("0", "")
    }
    local = {
        f"{NS}/{d['metadata']['name']}"
        for d in s.items("deployments")
        if (d["spec"].get("replicas") or 1) > 1
        and any("wandb/local" in c["image"] for c in d["spec"]["template"]["spec"]["containers"])
    }
    unready = {
        e["involvedObject"]["name"]
        for e in s.items("events")
        if "Readiness probe failed" in (e.get("message") or "")
    }
    return {
        "kubernetes.crashloop": pods_where(s, waiting({"CrashLoopBackOff"})),
        "kubernetes.image_pull": pods_where(s, waiting({"ImagePullBackOff", "ErrImagePull"})),
        "kubernetes.oomkilled": pods_where(s, last_terminated("OOMKilled")),
        "kubernetes.unschedulable": pods_where(s, unschedulable),
        "kubernetes.readiness": unready,
        "kubernetes.node_pressure": nodes,
        "kubernetes.ingress_body_size": ingresses,
        "kubernetes.local_multi_replica": local,
    }


def test_broken_kubernetes_was_discovered_without_a_namespace() -> None:
    s = sample("broken-kubernetes.tgz")
    cluster = s.doc(layout.K8S_CLUSTER)
    assert cluster["selected_by"] == "labels" and NS in cluster["namespaces"]
    assert cluster["openshift"] is False
    assert s.manifest.deployment.value == "kubernetes"
    assert all(c.status is CollectorStatus.OK for c in s.manifest.collectors)


def test_broken_kubernetes_names_the_failing_objects() -> None:
    s = sample("broken-kubernetes.tgz")
    fired = s.fired()
    for rule_id, names in expected_kubernetes(s).items():
        assert names, f"the sample no longer has what {rule_id} looks for"
        assert rule_id in fired, rule_id
        subjects = s.subjects(rule_id)
        for name in names:
            assert name in subjects, (rule_id, name, subjects)
    assert Severity(fired["kubernetes.crashloop"]["severity"]).at_least(Severity.ERROR)


def pod_logs(s: Sample, pattern: str, previous: bool) -> Iterable[tuple[str, str, str]]:
    """(path, pod, container) of the pod logs that match `pattern`."""
    shape = re.compile(rf"kubernetes/namespaces/{NS}/logs/([^/]+)/([^/]+?)(\.previous)?\.log\Z")
    for path, data in s.members.items():
        m = shape.fullmatch(path)
        if m and bool(m[3]) is previous and re.search(pattern, data.decode("utf-8", "replace")):
            yield path, m[1], m[2]


def test_broken_kubernetes_reads_why_from_the_logs() -> None:
    """MySQL refused ends the crash-looping app's previous run; migrate-db cannot find the
    schema's version; both are found in the logs and attributed to their pods."""
    s = sample("broken-kubernetes.tgz")
    fired = s.fired()
    crashing = expected_kubernetes(s)["kubernetes.crashloop"]
    refused = [
        (path, pod)
        for path, pod, _ in pod_logs(s, r"3306: connect: connection refused", previous=True)
        if pod in crashing
    ]
    assert refused, "no crash-looping pod's previous log ends in MySQL refused"
    finding = fired["server.mysql_refused"]
    evidence = {e["path"] for e in finding["evidence"]}
    for path, pod in refused:
        assert path in evidence
        assert any(pod in sub and "previous" in sub for sub in finding["subjects"]), pod
    migrate = {pod for _, pod, _ in pod_logs(s, r"no migration found for version", previous=False)}
    assert migrate
    for pod in migrate:
        assert pod in s.subjects("server.migrate_missing_version")


def test_openshift_kubernetes_shows_the_scc_refusal() -> None:
    s = sample("openshift-kubernetes.tgz")
    cluster = s.doc(layout.K8S_CLUSTER)
    assert cluster["openshift"] is True
    assert s.items("pods") == []  # the SCC let no W&B pod be created
    refused = {
        f"{NS}/{e['involvedObject']['name']}"
        for e in s.items("events")
        if e.get("reason") == "FailedCreate"
        and "security context constraint" in (e.get("message") or "")
    }
    assert refused
    fired = s.fired()
    assert {"kubernetes.run_as_user", "kubernetes.openshift_scc"} <= set(fired)
    named = s.subjects("kubernetes.run_as_user") + "\n" + s.subjects("kubernetes.openshift_scc")
    for owner in refused:
        assert owner in named, owner
