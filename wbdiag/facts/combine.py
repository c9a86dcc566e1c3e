"""Combiners: the parsed documents joined into the Facts of one bundle."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from wbdiag.bundle import globs, layout
from wbdiag.facts import parsers
from wbdiag.facts.kinds import DeploymentKind
from wbdiag.facts.subjects import Subject, SubjectKind

_LABELS = {
    DeploymentKind.DOCKER: "Docker",
    DeploymentKind.HELM: "Helm",
    DeploymentKind.OPERATOR: "operator",
}


@dataclass(frozen=True)
class Facts:
    kinds: frozenset[DeploymentKind]  # empty: the bundle does not say
    wandb_version: str | None = None
    kubernetes_version: str | None = None
    pods: tuple[parsers.PodFact, ...] = ()
    docker_containers: tuple[parsers.DockerContainerFact, ...] = ()
    nodes: tuple[str, ...] = ()
    database: str | None = None
    bucket: str | None = None
    load_balancer: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.kinds)

    def applies(self, applies_to: frozenset[DeploymentKind]) -> bool:
        """A rule with no `applies_to`, or a bundle whose kind is unknown: it applies."""
        return not applies_to or not self.kinds or bool(applies_to & self.kinds)

    @property
    def label(self) -> str:
        """ "Helm on OpenShift", "operator on Kubernetes", "Docker", "unknown"."""
        if not self.kinds:
            return "unknown"
        parts = []
        if DeploymentKind.DOCKER in self.kinds:
            parts.append("Docker")
        if DeploymentKind.KUBERNETES in self.kinds:
            how = next(
                (
                    _LABELS[k]
                    for k in (DeploymentKind.OPERATOR, DeploymentKind.HELM)
                    if k in self.kinds
                ),
                None,
            )
            where = "OpenShift" if DeploymentKind.OPENSHIFT in self.kinds else "Kubernetes"
            parts.append(f"{how} on {where}" if how else where)
        return " and ".join(parts)

    def resolve(self, subject: Subject) -> Subject:
        """Name the database, bucket and load balancer subjects from the settings."""
        names = {
            SubjectKind.DATABASE: self.database,
            SubjectKind.BUCKET: self.bucket,
            SubjectKind.LOAD_BALANCER: self.load_balancer,
        }
        if subject.kind in names and not subject.name:
            return replace(subject, name=names[subject.kind] or "")
        return subject

    def subjects(self) -> list[Subject]:
        """Everything the bundle shows that a finding could be about."""
        out: list[Subject] = []
        for pod in self.pods:
            out.append(Subject(SubjectKind.POD, pod.name, namespace=pod.namespace))
            out.extend(
                Subject(SubjectKind.CONTAINER, c.name, namespace=pod.namespace, pod=pod.name)
                for c in pod.containers
            )
        out.extend(Subject(SubjectKind.DOCKER_CONTAINER, c.name) for c in self.docker_containers)
        out.extend(Subject(SubjectKind.NODE, n) for n in self.nodes)
        for kind, name in (
            (SubjectKind.DATABASE, self.database),
            (SubjectKind.BUCKET, self.bucket),
            (SubjectKind.LOAD_BALANCER, self.load_balancer),
        ):
            if name:
                out.append(Subject(kind, name))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": sorted(k.value for k in self.kinds),
            "label": self.label,
            "wandb_version": self.wandb_version,
            "kubernetes_version": self.kubernetes_version,
            "pods": len(self.pods),
            "docker_containers": [c.name for c in self.docker_containers],
            "nodes": list(self.nodes),
            "database": self.database,
            "bucket": self.bucket,
            "load_balancer": self.load_balancer,
        }


def _matching(documents: Mapping[str, Any], pattern: str) -> list[Any]:
    return [doc for path, doc in sorted(documents.items()) if globs.matches(path, (pattern,))]


def derive_facts(
    paths: Iterable[str], documents: Mapping[str, Any], manifest_deployment: str | None = None
) -> Facts:
    """Facts from the bundle's member paths, its parsed documents (parsers.FACT_DOCUMENTS) and
    the deployment mode the collector recorded in the manifest."""
    paths = list(paths)
    kinds: set[DeploymentKind] = set()
    if manifest_deployment == "docker" or any(p.startswith("docker/containers/") for p in paths):
        kinds.add(DeploymentKind.DOCKER)
    if manifest_deployment == "kubernetes" or any(p.startswith("kubernetes/") for p in paths):
        kinds.add(DeploymentKind.KUBERNETES)

    cluster = parsers.parse_cluster(documents.get(layout.K8S_CLUSTER))
    pods = [p for doc in _matching(documents, parsers.K8S_PODS) for p in parsers.parse_pods(doc)]
    crs = sum(
        parsers.count_custom_resources(d)
        for d in _matching(documents, parsers.K8S_CUSTOM_RESOURCES)
    )
    if DeploymentKind.KUBERNETES in kinds:
        # Routes are an OpenShift API: the collector lists them only where it exists
        if cluster.openshift or any(p.endswith("/routes.json") for p in paths):
            kinds.add(DeploymentKind.OPENSHIFT)
        # the operator installs through Helm itself: its custom resource is what users edit
        if cluster.custom_resource or crs:
            kinds.add(DeploymentKind.OPERATOR)
        elif any(p.helm_managed for p in pods):
            kinds.add(DeploymentKind.HELM)

    docker = parsers.parse_docker_containers(documents.get(layout.DOCKER_CONTAINERS))
    images = [c.image for p in pods for c in p.containers] + [c.image for c in docker]
    # deployments' templates count too: on a cluster that refuses every pod they are all there is
    for doc in _matching(documents, parsers.K8S_DEPLOYMENTS):
        images.extend(parsers.parse_template_images(doc))
    versions = Counter(v for v in map(parsers.wandb_version_of, images) if v)
    settings = parsers.parse_settings(documents.get(layout.SETTINGS))
    database = parsers.parse_mysql_connection(documents.get(layout.MYSQL_CONNECTION))
    return Facts(
        kinds=frozenset(kinds),
        wandb_version=versions.most_common(1)[0][0] if versions else None,
        kubernetes_version=cluster.server_version,
        pods=tuple(pods),
        docker_containers=tuple(c for c in docker if c.wandb) or tuple(docker),
        nodes=tuple(parsers.parse_nodes(documents.get(layout.K8S_NODES))),
        database=database or settings.database,
        bucket=settings.bucket,
        load_balancer=settings.host,
    )
