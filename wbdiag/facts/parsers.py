"""Parsers: one bundle document in, one small typed fact out. Documents come from strangers, so
every parser accepts any JSON shape and keeps only what has the expected type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wbdiag.bundle import layout

# Documents the facts are derived from (the engine reads them whether or not a rule does).
K8S_PODS = "kubernetes/namespaces/*/pods.json"
K8S_CUSTOM_RESOURCES = "kubernetes/namespaces/*/weightsandbiases.json"
K8S_DEPLOYMENTS = "kubernetes/namespaces/*/deployments.json"
FACT_DOCUMENTS = (
    layout.SETTINGS,
    layout.K8S_CLUSTER,
    layout.K8S_NODES,
    layout.DOCKER_CONTAINERS,
    layout.MYSQL_CONNECTION,
    K8S_PODS,
    K8S_CUSTOM_RESOURCES,
    K8S_DEPLOYMENTS,
)

# W&B's own server images; the tag is the W&B version
_WANDB_IMAGE = re.compile(r"(?:^|/)wandb/(?:local|megabinary|app|api):(?P<tag>[\w.+-]+)\Z")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def wandb_version_of(image: str | None) -> str | None:
    m = _WANDB_IMAGE.search(image or "")
    return m.group("tag") if m else None


@dataclass(frozen=True)
class ClusterFact:
    openshift: bool
    custom_resource: bool
    server_version: str | None


def parse_cluster(doc: Any) -> ClusterFact:
    d = _dict(doc)
    version = d.get("server_version")
    if isinstance(version, dict):
        version = version.get("gitVersion")
    return ClusterFact(
        openshift=d.get("openshift") is True,
        custom_resource=d.get("custom_resource") is True,
        server_version=_str(version),
    )


@dataclass(frozen=True)
class ContainerFact:
    name: str
    image: str | None
    init: bool = False


@dataclass(frozen=True)
class PodFact:
    namespace: str
    name: str
    node: str | None
    containers: tuple[ContainerFact, ...]
    helm_managed: bool


def parse_pods(doc: Any) -> list[PodFact]:
    pods = []
    for item in _list(_dict(doc).get("items")):
        meta, spec = _dict(_dict(item).get("metadata")), _dict(_dict(item).get("spec"))
        name, namespace = _str(meta.get("name")), _str(meta.get("namespace"))
        if not name or not namespace:
            continue
        labels = _dict(meta.get("labels"))
        containers = [
            ContainerFact(str(c["name"]), _str(c.get("image")), init)
            for key, init in (("initContainers", True), ("containers", False))
            for c in _list(spec.get(key))
            if isinstance(c, dict) and _str(c.get("name"))
        ]
        pods.append(
            PodFact(
                namespace=namespace,
                name=name,
                node=_str(spec.get("nodeName")),
                containers=tuple(containers),
                helm_managed="helm.sh/chart" in labels
                or labels.get("app.kubernetes.io/managed-by") == "Helm",
            )
        )
    return pods


def parse_template_images(doc: Any) -> list[str]:
    """Images of the pod templates of a workload list (deployments exist before any pod does)."""
    images = []
    for item in _list(_dict(doc).get("items")):
        spec = _dict(_dict(_dict(_dict(item).get("spec")).get("template")).get("spec"))
        for c in _list(spec.get("containers")):
            if image := _str(_dict(c).get("image")):
                images.append(image)
    return images


def parse_nodes(doc: Any) -> list[str]:
    items = _list(_dict(doc).get("items")) if isinstance(doc, dict) else _list(doc)
    names = (_str(_dict(_dict(n).get("metadata")).get("name")) for n in items)
    return [n for n in names if n]


def count_custom_resources(doc: Any) -> int:
    return sum(1 for i in _list(_dict(doc).get("items")) if isinstance(i, dict))


@dataclass(frozen=True)
class DockerContainerFact:
    name: str
    image: str | None
    wandb: bool


def parse_docker_containers(doc: Any) -> list[DockerContainerFact]:
    out = []
    for c in _list(doc):
        d = _dict(c)
        name = _str(d.get("name"))
        if name:
            out.append(
                DockerContainerFact(name.lstrip("/"), _str(d.get("image")), d.get("wandb") is True)
            )
    return out


@dataclass(frozen=True)
class SettingsFact:
    host: str | None  # the W&B URL users open: what the load balancer serves
    database: str | None  # host:port/database from MYSQL (no credentials)
    bucket: str | None  # host/bucket from BUCKET (no credentials)


def _endpoint(url: str | None, keep_path: bool) -> str | None:
    """host[:port][/path] of a URL, without user info or query. Split by hand: redaction
    placeholders ([REDACTED:password:1]) in the user info are not valid to urlsplit."""
    if not url or "://" not in url:
        return None
    rest = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
    netloc, _, path = rest.partition("/")
    where = netloc.rsplit("@", 1)[-1]
    if not where or any(ch.isspace() for ch in where):
        return None
    path = path.strip("/")
    return f"{where}/{path}" if keep_path and path else where


def parse_settings(doc: Any) -> SettingsFact:
    values = _dict(_dict(doc).get("values"))
    bucket = _str(values.get("BUCKET"))
    return SettingsFact(
        host=_str(values.get("HOST")),
        database=_endpoint(_str(values.get("MYSQL")), keep_path=True),
        # a bare bucket name (AWS with an instance role) is its own endpoint
        bucket=_endpoint(bucket, keep_path=True) if bucket and "://" in bucket else bucket,
    )


def parse_mysql_connection(doc: Any) -> str | None:
    d = _dict(doc)
    host = _str(d.get("host"))
    if not host:
        return None
    port = d.get("port")
    db = _str(d.get("database"))
    where = f"{host}:{port}" if isinstance(port, int) else host
    return f"{where}/{db}" if db else where
