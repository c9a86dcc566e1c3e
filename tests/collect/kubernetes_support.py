"""What the Kubernetes collector's tests share: a collect run against the fake API server through
the Runner, the bundle it writes read back (members, documents, the record, the rules' findings),
and helpers over the fixture objects."""

from __future__ import annotations

import base64
import functools
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers import shipped_pack
from tests.servers.fake_k8s import FakeK8s
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorRecord, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.engine import Analysis, analyze
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

    @functools.cached_property
    def analysis(self) -> Analysis:
        """The shipped rules' analysis of the bundle, made when a test first asks for it (the
        least-privilege comparisons read only the members)."""
        return analyze(BundleSource.open(self.path), shipped_pack())

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
    return Collected(path, members, manifest)


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
