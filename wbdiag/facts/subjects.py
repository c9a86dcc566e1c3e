"""Subjects: what a finding is about (a pod's container, a Docker container, a node, a workload,
the database, the bucket, the load balancer), parsed from an evidence line's subject text or its
bundle path. Two findings about the same subject can explain one another (incidents)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from wbdiag.bundle import layout


class SubjectKind(str, enum.Enum):
    CONTAINER = "container"  # a container of a Kubernetes pod
    DOCKER_CONTAINER = "docker_container"
    POD = "pod"
    WORKLOAD = "workload"  # deployment, StatefulSet, ReplicaSet, job, ingress, PVC...
    NODE = "node"
    NAMESPACE = "namespace"
    DATABASE = "database"
    BUCKET = "bucket"
    LOAD_BALANCER = "load_balancer"


class Scope(str, enum.Enum):
    """How close two subjects must be for one finding to explain another."""

    SUBJECT = "subject"  # the same container (a pod matches each of its containers)
    POD = "pod"  # anything in the same pod
    ANY = "any"  # anywhere in the deployment


@dataclass(frozen=True, order=True)
class Subject:
    kind: SubjectKind
    name: str  # container, pod, node or workload name; the endpoint of database/bucket/LB
    namespace: str | None = None
    pod: str | None = None  # the pod of a Kubernetes container
    resource: str | None = None  # a workload's kind as the bundle spells it (StatefulSet...)

    @property
    def label(self) -> str:
        k = self.kind
        if k is SubjectKind.CONTAINER:
            return f"pod {self.namespace}/{self.pod} container {self.name}"
        if k is SubjectKind.DOCKER_CONTAINER:
            return f"container {self.name}"
        if k is SubjectKind.POD:
            return f"pod {self.namespace}/{self.name}"
        if k is SubjectKind.WORKLOAD:
            return f"{self.resource} {self.namespace}/{self.name}"
        if k is SubjectKind.LOAD_BALANCER:
            return f"load balancer {self.name}".rstrip()
        return f"{k.value} {self.name}".rstrip()

    def placeholders(self) -> dict[str, str]:
        """Values for a remediation template's {namespace}, {pod}, {container}, {node}..."""
        k = self.kind
        values: dict[str, str] = {}
        if self.namespace:
            values["namespace"] = self.namespace
        if k is SubjectKind.CONTAINER:
            values.update(pod=self.pod or "", container=self.name)
        elif k is SubjectKind.DOCKER_CONTAINER:
            values["container"] = self.name
        elif k is SubjectKind.POD:
            values["pod"] = self.name
        elif k is SubjectKind.WORKLOAD:
            values.update(workload=self.name, resource=(self.resource or "").lower())
        elif k is SubjectKind.NODE:
            values["node"] = self.name
        elif self.name:
            values[k.value] = self.name
        return values

    def pod_key(self) -> tuple[str, str] | None:
        if self.kind is SubjectKind.CONTAINER and self.namespace and self.pod:
            return (self.namespace, self.pod)
        if self.kind is SubjectKind.POD and self.namespace:
            return (self.namespace, self.name)
        return None

    def near(self, other: Subject, scope: Scope) -> bool:
        if scope is Scope.ANY or self == other:
            return True
        mine, theirs = self.pod_key(), other.pod_key()
        if mine is None or mine != theirs:
            return False
        if scope is Scope.POD:
            return True
        # same container, or a pod-level subject and one of its containers
        return SubjectKind.POD in (self.kind, other.kind)


_K8S_CONTAINER = re.compile(
    r"pod (?P<ns>[^/\s]+)/(?P<pod>\S+) (?:init )?container (?P<c>[^\s,]+)(?:, previous run)?\Z"
)
_POD = re.compile(r"[Pp]od (?P<ns>[^/\s]+)/(?P<pod>\S+)\Z")
_DOCKER = re.compile(r"container /?(?P<name>[^\s/]+)(?: file \S.*)?\Z")
_NODE = re.compile(r"[Nn]ode (?P<name>\S+)\Z")
_NAMESPACE = re.compile(r"namespace (?P<ns>\S+)\Z")
_WORKLOAD = re.compile(r"(?P<kind>[A-Za-z]+) (?P<ns>[^/\s]+)/(?P<name>\S+)\Z")

_BY_PATH: tuple[tuple[str, SubjectKind], ...] = (
    ("mysql/", SubjectKind.DATABASE),
    (layout.PROBE_STORAGE, SubjectKind.BUCKET),
    (layout.PROBE_PROXY, SubjectKind.LOAD_BALANCER),
    (layout.PROBE_TLS, SubjectKind.LOAD_BALANCER),
)


def parse_subject(text: str | None, path: str) -> Subject | None:
    """The subject of one evidence line; None when neither its text nor its path names one.
    Database, bucket and load balancer subjects carry no name yet (Facts.resolve adds it)."""
    for prefix, kind in _BY_PATH:
        if path.startswith(prefix):
            return Subject(kind, "")
    text = (text or layout.subject_of(path) or "").strip()
    if m := _K8S_CONTAINER.match(text):
        return Subject(SubjectKind.CONTAINER, m["c"], namespace=m["ns"], pod=m["pod"])
    if m := _POD.match(text):
        return Subject(SubjectKind.POD, m["pod"], namespace=m["ns"])
    if m := _DOCKER.match(text):
        return Subject(SubjectKind.DOCKER_CONTAINER, m["name"])
    if m := _NODE.match(text):
        return Subject(SubjectKind.NODE, m["name"])
    if m := _NAMESPACE.match(text):
        return Subject(SubjectKind.NAMESPACE, m["ns"], namespace=m["ns"])
    if m := _WORKLOAD.match(text):
        return Subject(SubjectKind.WORKLOAD, m["name"], namespace=m["ns"], resource=m["kind"])
    return None
