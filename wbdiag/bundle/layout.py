"""Every path inside a bundle is built here. docs/bundle-format.md documents the same layout.

Paths are POSIX, relative to the bundle root, never absolute and never containing `..`.
Every log file ends in `.log`: that is how the analyzer tells logs from documents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

FORMAT_VERSION = 1
ROOT_DIR = "wbdiag-bundle"  # top directory inside a .tgz; the reader also accepts a flat tar

MANIFEST = "manifest.json"

# W&B settings as seen by collect (already redacted): {"sources": [...], "values": {KEY: VALUE}}
SETTINGS = "settings/wandb.json"

# MySQL
MYSQL_CONNECTION = "mysql/connection.json"
MYSQL_VERSION = "mysql/version.json"
MYSQL_VARIABLES = "mysql/variables.json"
MYSQL_DATABASES = "mysql/databases.json"
MYSQL_GRANTS = "mysql/grants.json"
MYSQL_TABLES = "mysql/tables.json"

# Live probes
PROBE_TLS = "probes/tls.json"
PROBE_PROXY = "probes/proxy.json"
PROBE_STORAGE = "probes/storage.json"

# The load balancer's nginx configuration (collect --proxy-config)
PROXY_NGINX_CONFIG = "proxy/nginx-config.json"
PROXY_NGINX_SERVER = "proxy/nginx-server.json"

# Docker
DOCKER_VERSION = "docker/version.json"
DOCKER_INFO = "docker/info.json"
DOCKER_CONTAINERS = "docker/containers.json"

# Kubernetes
K8S_CLUSTER = "kubernetes/cluster.json"
K8S_NODES = "kubernetes/nodes.json"
K8S_ACCESS = "kubernetes/access.json"
K8S_PERMISSIONS = "kubernetes/permissions.json"
K8S_SECRET_REFERENCES = "secret-references"  # per namespace, next to the object lists
K8S_INGRESS_CONTROLLER = "kubernetes/ingress-controller.json"

# Files the user attached with `collect --include` (client debug logs and the like)
ATTACHMENTS_DIR = "attachments"

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    """One path component made from a container, pod or file name: no slashes, no dots-only."""
    cleaned = _SAFE.sub("_", name).strip("._") or "_"
    return cleaned[:128]


def docker_container_dir(container: str) -> str:
    return f"docker/containers/{safe_name(container)}"


def docker_inspect(container: str) -> str:
    return f"{docker_container_dir(container)}/inspect.json"


def docker_log(container: str) -> str:
    return f"{docker_container_dir(container)}/container.log"


def docker_file(container: str, in_container_path: str) -> str:
    """A file copied out of a container, e.g. /var/log/gorilla.log -> files/var/log/gorilla.log."""
    parts = [safe_name(p) for p in in_container_path.split("/") if p not in ("", ".", "..")]
    return f"{docker_container_dir(container)}/files/" + "/".join(parts)


def k8s_namespace_dir(namespace: str) -> str:
    return f"kubernetes/namespaces/{safe_name(namespace)}"


def k8s_resource(namespace: str, kind: str) -> str:
    """A list of objects of one kind, e.g. kubernetes/namespaces/wandb/pods.json."""
    return f"{k8s_namespace_dir(namespace)}/{safe_name(kind)}.json"


def k8s_pod_log(namespace: str, pod: str, container: str, previous: bool = False) -> str:
    suffix = ".previous.log" if previous else ".log"
    return f"{k8s_namespace_dir(namespace)}/logs/{safe_name(pod)}/{safe_name(container)}{suffix}"


def attachment(name: str) -> str:
    base = safe_name(name)
    return f"{ATTACHMENTS_DIR}/{base if base.endswith('.log') else base + '.log'}"


def is_log(path: str) -> bool:
    return path.endswith(".log")


def is_document(path: str) -> bool:
    return path.endswith(".json")


def is_safe_relative(path: str) -> bool:
    """True for a relative POSIX path with no empty, `.` or `..` component."""
    if not path or path.startswith("/") or "\\" in path or "\x00" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


# What the collectors of format-1 bundles wrote before each collector recorded its own `writes`
# in the manifest. Only read for such older bundles: a new collector declares its prefixes on its
# class (Collector.writes) and nothing here changes.
LEGACY_WRITES: dict[str, tuple[str, ...]] = {
    "settings": ("settings/",),
    "mysql": ("mysql/",),
    "storage": (PROBE_STORAGE,),
    "proxy": (PROBE_PROXY, PROBE_TLS),
    "docker": ("docker/",),
    "kubernetes": ("kubernetes/",),
    "attachments": (ATTACHMENTS_DIR + "/",),
}


def collectors_for(prefix: str, writes: Mapping[str, Sequence[str]]) -> list[str]:
    """Collectors (name -> the prefixes it writes) that could have written a path starting with
    `prefix` (a glob's literal part)."""
    return [
        name
        for name, prefixes in writes.items()
        if any(p.startswith(prefix) or prefix.startswith(p) for p in prefixes)
    ]


_K8S_LOG = re.compile(r"kubernetes/namespaces/([^/]+)/logs/([^/]+)/([^/]+?)(\.previous)?\.log\Z")
_K8S_DOC = re.compile(r"kubernetes/namespaces/([^/]+)/")
_DOCKER = re.compile(r"docker/containers/([^/]+)/(?:files/(.+)|container\.log)\Z")


def subject_of(path: str) -> str | None:
    """A human name for what a bundle file is about: the pod and container, or the container."""
    m = _K8S_LOG.match(path)
    if m:
        prev = ", previous run" if m.group(4) else ""
        return f"pod {m.group(1)}/{m.group(2)} container {m.group(3)}{prev}"
    m = _DOCKER.match(path)
    if m:
        inside = f" file /{m.group(2)}" if m.group(2) else ""
        return f"container {m.group(1)}{inside}"
    m = _K8S_DOC.match(path)
    if m:
        return f"namespace {m.group(1)}"
    return None
