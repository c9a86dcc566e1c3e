"""A fake Kubernetes API server that the real `kubernetes` Python client talks to over HTTP.

No API server can run on the test machine, so this module serves the read side of the Kubernetes
REST API from fixture files (`tests/servers/k8s_fixtures/<scenario>/*.yaml`), the way a real
kube-apiserver answers it: same paths, same list/Status shapes, same error wording.

One threaded stdlib `http.server` on 127.0.0.1 serves every scenario; the scenario is the first
part of the path: the kubeconfig's server is `http://127.0.0.1:PORT/s/<scenario>`, and the client
keeps that prefix (it builds each URL as `configuration.host + "/api/v1/..."`).

Scenarios (see each `scenario.yaml`):

- `healthy`   -- Helm release `wandb` of operator-wandb in namespace `wandb`: app, api, console,
  parquet, mysql and redis pods all Running and Ready, the W&B operator in `wandb-cr`, the
  `weightsandbiases/wandb` custom resource, a MySQL backup CronJob, 2 Ready nodes.
- `broken`    -- the same release, with every Kubernetes failure signature of the reference:
  CrashLoopBackOff, OOMKilled, ImagePullBackOff/ErrImagePull, FailedScheduling, MemoryPressure,
  `proxy-body-size: "1m"`, readiness probe failures, `migrate-db` init container failing, a
  `wandb/local` Deployment with 3 replicas, secrets written inline in env and in a ConfigMap.
- `ingress`   -- the healthy release behind ingress-nginx as the operator chart ships it: no
  Ingress annotations, the controller ConfigMap without proxy-body-size (default 1m), `hsts: "false"`.
- `openshift` -- OpenShift discovery groups; no W&B pod can be created because the SCC rejects
  runAsUser 999 (`FailedCreate` events on the ReplicaSets and the StatefulSets).

Fixtures:

- `fake_k8s` (session): the running `FakeK8s`: `.url(scenario)`, `.write_kubeconfig(path,
  scenario, context)`, `.kubeconfig(scenario, context)` (the dict), `.api_client(scenario,
  context)` (a `kubernetes.client.ApiClient` loaded by `load_kube_config`), `.sentinels` (every
  planted secret value, none of which may ever appear in a bundle), `.objects(scenario, kind)`
  and `.log_text(scenario, pod, container, previous)` (what the server holds), `.requests`,
  `.mark()` / `.requests_since(mark)` (what the client asked, with user and status code).
- `fake_k8s_kubeconfig` (function): a factory `(scenario="healthy", context="admin") -> Path`
  writing a kubeconfig under the test's tmp_path.

Contexts in every kubeconfig (cluster `fake-<scenario>`, namespace `wandb`, bearer tokens
`fake-token-<random>`): `admin` (user system:serviceaccount:kube-system:wbdiag-admin, allowed
everything), `restricted` (system:serviceaccount:wandb:wbdiag: 403 on secrets, nodes and
pods/log), `bad-token` (a token nobody knows: 401), and two bound to the RBAC manifests in
deploy/kubernetes/ (tests/servers/fake_rbac.py): `least-privilege` (the collector's
ServiceAccount: its Role bound in `wandb` and `wandb-cr`, and the optional ClusterRole) and
`namespace-only` (the Role in `wandb` alone). No token at all is system:anonymous, which may only
read /version, /healthz, /livez, /readyz. Every authenticated user may create
SelfSubjectAccessReviews and SelfSubjectRulesReviews (`system:basic-user`); each request record
says which (verb, group, resource, namespace) it was authorized as.

Endpoints (GET unless said otherwise), under `/s/<scenario>`:

- `/`, `/version`, `/healthz`, `/livez`, `/readyz`; discovery `/api`, `/api/v1`, `/apis`,
  `/apis/<group>`, `/apis/<group>/<version>` (subresources such as `pods/log` included).
- core v1: namespaces, nodes, persistentvolumes (cluster); pods, services, configmaps, secrets,
  serviceaccounts, persistentvolumeclaims, events (namespaced, and `/api/v1/<plural>` across all
  namespaces); `pods/<name>/log`.
- apps/v1 deployments, replicasets, statefulsets, daemonsets; batch/v1 jobs, cronjobs;
  networking.k8s.io/v1 ingresses, ingressclasses; apiextensions.k8s.io/v1
  customresourcedefinitions; POST authorization.k8s.io/v1 selfsubjectaccessreviews and
  selfsubjectrulesreviews.
- Only when the scenario has them: apps.wandb.com/v1 weightsandbiases, route.openshift.io/v1
  routes, security.openshift.io/v1 securitycontextconstraints.
- Every collection path takes `labelSelector` (=, ==, !=, in, notin, exists, !exists),
  `fieldSelector` (the field labels the real server supports for that resource, else 400
  `field label not supported`), `limit` and `continue` (etcd key order; opaque token;
  `remainingItemCount` when there is no selector); `watch` is refused (400).
- Logs take `container`, `previous`, `tailLines`, `limitBytes`, `sinceSeconds`, `sinceTime`,
  `timestamps` (RFC3339Nano, trailing zeros dropped as Go does); `follow` returns what there is.
  The kubelet's rules apply: a container in CrashLoopBackOff serves its last terminated run, a
  waiting container is a 400 `... is waiting to start: <reason>`, `previous=true` without a
  terminated run is a 400, an unscheduled pod has an empty log.
- Errors are `Status` objects with the real wording (404 `pods "x" not found`, 403
  `secrets is forbidden: User ... cannot list resource "secrets" in API group "" in the
  namespace "wandb"`, 401 `Unauthorized`, 405 for writes).

Fixture file format: Kubernetes objects as YAML documents (or `kind: List` documents, whose items
may share a pod spec through YAML anchors); a namespaced object without `metadata.namespace` goes
to `wandb`. The loader fills what the API server would: `uid`, `resourceVersion`,
`creationTimestamp`, `generation`, the `uid` of each `ownerReference` and of an Event's
`involvedObject` (looked up by kind and name; an unknown owner fails the load), `imageID` /
`containerID` and the resolved `image` of container statuses, and a Secret's `stringData` is
stored as base64 `data`. Strings may hold `${now}`, `${now-5m}` (units s m h d; `${nowus-...}`
for MicroTime fields), `${sentinel:NAME}` and `${uid:Kind/namespace/name}`. A Secret may carry
`fakeHelmRelease: {...}`, stored as Helm 3 stores a release (the `release` value is
base64(gzip(json)), base64'd once more as all Secret data). Kind `ObjectPatch` (apiVersion
`fake.wbdiag.test/v1`, `target: Kind/namespace/name`, `merge: {...}`) applies an RFC 7386 merge
patch to an included object (renaming it if `metadata.name` changes). Logs are documents of kind
`ContainerLog` (same apiVersion): `pod`, `namespace`, `container`, `previous`, `start` (or
`end`), `stepMillis`, `lines` (strings, or `{repeat: N, lines: [...]}`) with per-line `${i}`,
`${ts}` (RFC3339, ms), `${tsgo}` (Go log time) and `${ts:<strftime, %L = ms>}`. `scenario.yaml`
may `include` other scenarios' files (globs relative to k8s_fixtures), `remove` objects
(`Kind/namespace/name`, `Kind/name`, `ContainerLog/ns/pod/container[/previous]`), list optional
`apiGroups`, and set `version` and `containerRuntime`.

What the real client (kubernetes 37: pydantic models) insists on, found while building this:
models are validated strictly (StrictStr/StrictInt/StrictBool): a label, annotation or quantity
written as a YAML number (`memory: 1`, `"0"` unquoted) makes the whole list fail with
`pydantic.ValidationError` (not an ApiException). Required fields must be present
(`V1ContainerStatus.image/imageID/name/ready/restartCount`, all of `V1NodeSystemInfo`,
`V1OwnerReference.uid`, `V1Event.involvedObject/metadata`, `V1DaemonEndpoint.Port`); unknown
fields are dropped silently. Logs are decoded as strict UTF-8 unless `_preload_content=False`,
so a `limitBytes` cut inside a character raises UnicodeDecodeError. Built-in list items carry no
`kind`/`apiVersion` (custom resources' do). The client sends `Authorization: Bearer <token>`,
builds URLs by plain concatenation (a path prefix in the server URL survives) and reads proxy
settings from the environment.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import functools
import gzip
import hashlib
import json
import re
import secrets
import string
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from tests.servers.common import LOOPBACK, free_port, port_open, wait_until
from tests.servers.fake_rbac import Policy, collector_policy

Obj = dict[str, Any]

FIXTURES = Path(__file__).parent / "k8s_fixtures"
SCENARIOS: tuple[str, ...] = ("healthy", "broken", "openshift", "ingress")
DEFAULT_NAMESPACE = "wandb"

CTX_ADMIN = "admin"
CTX_RESTRICTED = "restricted"
CTX_BAD_TOKEN = "bad-token"
CTX_LEAST = "least-privilege"
CTX_NAMESPACE_ONLY = "namespace-only"
CONTEXTS: tuple[str, ...] = (
    CTX_ADMIN,
    CTX_RESTRICTED,
    CTX_BAD_TOKEN,
    CTX_LEAST,
    CTX_NAMESPACE_ONLY,
)

ADMIN_USER = "system:serviceaccount:kube-system:wbdiag-admin"
RESTRICTED_USER = "system:serviceaccount:wandb:wbdiag"
LEAST_USER = "system:serviceaccount:wandb:wbdiag-collector"
NAMESPACE_ONLY_USER = "system:serviceaccount:wandb:wbdiag-collector (Role in wandb only)"
ANONYMOUS_USER = "system:anonymous"

# (API group, resource or resource/subresource) the restricted user may not touch at all.
RESTRICTED_DENIED: frozenset[tuple[str, str]] = frozenset(
    {("", "secrets"), ("", "nodes"), ("", "pods/log")}
)
PUBLIC_PATHS: frozenset[str] = frozenset({"/version", "/healthz", "/livez", "/readyz"})

LOG_KIND = "ContainerLog"
PATCH_KIND = "ObjectPatch"
ALL_VERBS: tuple[str, ...] = (
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
)


# --------------------------------------------------------------------------------------------
# Resource registry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResourceType:
    group: str
    version: str
    plural: str
    kind: str
    namespaced: bool
    short_names: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    field_labels: tuple[str, ...] = ()
    subresources: tuple[tuple[str, tuple[str, ...]], ...] = ()
    verbs: tuple[str, ...] = ALL_VERBS
    custom: bool = False  # served from a CRD: list items keep apiVersion/kind
    optional: bool = False  # advertised only when the scenario has it

    @property
    def group_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def singular(self) -> str:
        return self.kind.lower()

    @property
    def list_kind(self) -> str:
        return f"{self.kind}List"


_META = ("metadata.name", "metadata.namespace")
_STATUS = (("status", ("get", "patch", "update")),)

# fmt: off
RESOURCE_TYPES: tuple[ResourceType, ...] = (
    ResourceType("", "v1", "namespaces", "Namespace", False, ("ns",), (), (*_META, "status.phase"),
                 (("finalize", ("update",)), ("status", ("get", "patch", "update"))),
                 ("create", "delete", "get", "list", "patch", "update", "watch")),
    ResourceType("", "v1", "nodes", "Node", False, ("no",), (), (*_META, "spec.unschedulable"),
                 (("proxy", ("create", "delete", "get", "patch", "update")), *_STATUS)),
    ResourceType("", "v1", "persistentvolumes", "PersistentVolume", False, ("pv",), (), _META,
                 _STATUS),
    ResourceType("", "v1", "pods", "Pod", True, ("po",), ("all",),
                 (*_META, "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                  "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP",
                  "status.nominatedNodeName"),
                 (("exec", ("create", "get")), ("log", ("get",)),
                  ("portforward", ("create", "get")), *_STATUS)),
    ResourceType("", "v1", "services", "Service", True, ("svc",), ("all",), _META, _STATUS),
    ResourceType("", "v1", "configmaps", "ConfigMap", True, ("cm",), (), _META),
    ResourceType("", "v1", "secrets", "Secret", True, (), (), (*_META, "type")),
    ResourceType("", "v1", "serviceaccounts", "ServiceAccount", True, ("sa",), (), _META),
    ResourceType("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", True, ("pvc",), (),
                 _META, _STATUS),
    ResourceType("", "v1", "events", "Event", True, ("ev",), (),
                 (*_META, "involvedObject.kind", "involvedObject.namespace",
                  "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
                  "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                  "reportingComponent", "source", "type")),
    ResourceType("apps", "v1", "deployments", "Deployment", True, ("deploy",), ("all",), _META,
                 (("scale", ("get", "patch", "update")), *_STATUS)),
    ResourceType("apps", "v1", "replicasets", "ReplicaSet", True, ("rs",), ("all",),
                 (*_META, "status.replicas"), (("scale", ("get", "patch", "update")), *_STATUS)),
    ResourceType("apps", "v1", "statefulsets", "StatefulSet", True, ("sts",), ("all",), _META,
                 (("scale", ("get", "patch", "update")), *_STATUS)),
    ResourceType("apps", "v1", "daemonsets", "DaemonSet", True, ("ds",), ("all",), _META,
                 _STATUS),
    ResourceType("batch", "v1", "jobs", "Job", True, (), ("all",), (*_META, "status.successful"),
                 _STATUS),
    ResourceType("batch", "v1", "cronjobs", "CronJob", True, ("cj",), ("all",), _META, _STATUS),
    ResourceType("networking.k8s.io", "v1", "ingresses", "Ingress", True, ("ing",), (), _META,
                 _STATUS),
    ResourceType("networking.k8s.io", "v1", "ingressclasses", "IngressClass", False, (), (),
                 _META),
    ResourceType("apiextensions.k8s.io", "v1", "customresourcedefinitions",
                 "CustomResourceDefinition", False, ("crd", "crds"), ("api-extensions",), _META,
                 _STATUS),
    ResourceType("authorization.k8s.io", "v1", "selfsubjectaccessreviews",
                 "SelfSubjectAccessReview", False, verbs=("create",)),
    ResourceType("authorization.k8s.io", "v1", "selfsubjectrulesreviews",
                 "SelfSubjectRulesReview", False, verbs=("create",)),
    ResourceType("apps.wandb.com", "v1", "weightsandbiases", "WeightsAndBiases", True,
                 ("wandb",), (), _META, _STATUS, custom=True, optional=True),
    ResourceType("route.openshift.io", "v1", "routes", "Route", True, (), ("all",), _META,
                 _STATUS, optional=True),
    ResourceType("security.openshift.io", "v1", "securitycontextconstraints",
                 "SecurityContextConstraints", False, ("scc",), (), _META, optional=True),
)
# fmt: on

_BY_KIND: dict[str, ResourceType] = {rt.kind: rt for rt in RESOURCE_TYPES}
_BY_PATH: dict[tuple[str, str, str], ResourceType] = {
    (rt.group, rt.version, rt.plural): rt for rt in RESOURCE_TYPES
}


def resource_type(kind: str) -> ResourceType:
    return _BY_KIND[kind]


def _group_of(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""


# --------------------------------------------------------------------------------------------
# Time, placeholders and planted secrets
# --------------------------------------------------------------------------------------------

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PLACEHOLDER = re.compile(r"\$\{([^{}]+)\}")
_NOW_EXPR = re.compile(r"(now|nowus)(?:([+-])(\d+)([smhd]))?")


def rfc3339(ts: datetime) -> str:
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc3339_micro(ts: datetime) -> str:
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def rfc3339_nano(epoch_ns: int) -> str:
    """Go's time.RFC3339Nano, as the kubelet prints it: trailing zeros of the fraction dropped."""
    secs, nanos = divmod(epoch_ns, 1_000_000_000)
    base = datetime.fromtimestamp(secs, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    frac = f"{nanos:09d}".rstrip("0")
    return f"{base}.{frac}Z" if frac else f"{base}Z"


def parse_rfc3339(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _random_chars(alphabet: str, n: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _fake_jwt(subject: str) -> str:
    header = {"alg": "RS256", "kid": secrets.token_hex(8), "typ": "JWT"}
    payload = {
        "iss": "https://license.wandb.example",
        "sub": subject,
        "aud": "wandb-local",
        "maxUsers": 50,
        "maxStorageGb": 10000,
        "expiresAt": "2099-01-01T00:00:00Z",
        "nonce": secrets.token_hex(16),
    }
    sig = secrets.token_bytes(256)
    return ".".join(_b64url(json.dumps(p).encode()) for p in (header, payload)) + "." + _b64url(sig)


def make_sentinels() -> dict[str, str]:
    """Secret values planted in the fixtures; a bundle must contain none of them."""
    upper = string.ascii_uppercase + string.digits
    key_chars = string.ascii_letters + string.digits  # no "/" or "+": it sits inside a URL
    return {
        "mysql_password": f"k8s-Secret-pw-{secrets.token_hex(6)}",
        "mysql_root_password": f"k8s-Secret-root-{secrets.token_hex(6)}",
        "redis_password": f"k8s-Secret-redis-{secrets.token_hex(6)}",
        "session_key": f"k8s-Secret-session-{secrets.token_hex(12)}",
        "oidc_client_secret": f"k8s-Secret-oidc-{secrets.token_hex(8)}",
        "license": _fake_jwt("wandb-fake-customer"),
        "tls_key": base64.b64encode(b"fake-private-key-" + secrets.token_bytes(48)).decode(),
        "inline_mysql_password": f"pw-Inline-{secrets.token_hex(6)}",
        "inline_license": _fake_jwt("wandb-inline-license"),
        "bucket_access_key": "AKIAFAKE" + _random_chars(upper, 12),
        "bucket_secret_key": _random_chars(key_chars, 40),
    }


@dataclass(frozen=True)
class _Context:
    now: datetime
    sentinels: Mapping[str, str]

    def resolve(self, expr: str) -> str | None:
        m = _NOW_EXPR.fullmatch(expr)
        if m:
            delta = 0
            if m.group(2):
                delta = int(m.group(3)) * _UNITS[m.group(4)]
                if m.group(2) == "-":
                    delta = -delta
            when = self.now + timedelta(seconds=delta)
            return rfc3339_micro(when) if m.group(1) == "nowus" else rfc3339(when)
        if expr.startswith("sentinel:"):
            name = expr.split(":", 1)[1]
            if name not in self.sentinels:
                raise KeyError(f"unknown sentinel {name!r} in fixtures")
            return self.sentinels[name]
        return None  # ${ts}, ${i}... are filled later, per log line

    def expand(self, value: Any) -> Any:
        if isinstance(value, str):
            return _PLACEHOLDER.sub(lambda m: self.resolve(m.group(1)) or m.group(0), value)
        if isinstance(value, list):
            return [self.expand(v) for v in value]
        if isinstance(value, dict):
            return {k: self.expand(v) for k, v in value.items()}
        return value


# --------------------------------------------------------------------------------------------
# Scenario loading
# --------------------------------------------------------------------------------------------

LogLines = list[tuple[int, str]]  # (epoch nanoseconds, text without newline)


@dataclass
class Scenario:
    name: str
    description: str
    version: Obj
    api_groups: frozenset[str]
    objects: dict[ResourceType, list[Obj]]
    logs: dict[tuple[str, str, str, bool], LogLines]
    resource_version: int

    def items(self, rt: ResourceType, namespace: str | None = None) -> list[Obj]:
        items = self.objects.get(rt, [])
        if namespace is None or not rt.namespaced:
            return items
        return [o for o in items if o["metadata"].get("namespace") == namespace]

    def get(self, rt: ResourceType, namespace: str | None, name: str) -> Obj | None:
        for obj in self.items(rt, namespace):
            if obj["metadata"]["name"] == name:
                return obj
        return None

    def serves_group(self, group: str) -> bool:
        optional = {rt.group for rt in RESOURCE_TYPES if rt.optional}
        return group not in optional or group in self.api_groups

    def served_types(self) -> list[ResourceType]:
        return [rt for rt in RESOURCE_TYPES if self.serves_group(rt.group)]


def _object_key(doc: Obj) -> str:
    kind = doc.get("kind")
    if kind == LOG_KIND:
        prev = "/previous" if doc.get("previous") else ""
        ns = doc.get("namespace", DEFAULT_NAMESPACE)
        return f"{LOG_KIND}/{ns}/{doc['pod']}/{doc['container']}{prev}"
    if kind not in _BY_KIND:
        raise ValueError(f"fixture kind {kind!r} is not served by the fake API server")
    rt = _BY_KIND[kind]
    if _group_of(str(doc.get("apiVersion", ""))) != rt.group:
        raise ValueError(f"{kind} {doc.get('metadata')}: apiVersion must be {rt.group_version}")
    meta = doc.setdefault("metadata", {})
    if rt.namespaced:
        meta.setdefault("namespace", DEFAULT_NAMESPACE)
        return f"{kind}/{meta['namespace']}/{meta['name']}"
    return f"{kind}/{meta['name']}"


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster
_DOC_CACHE: dict[Path, list[Obj]] = {}


def _read_docs(path: Path) -> list[Obj]:
    """The documents of a fixture file (parsed once per process; callers get deep copies)."""
    if path not in _DOC_CACHE:
        _DOC_CACHE[path] = _parse_docs(path)
    return copy.deepcopy(_DOC_CACHE[path])


def _parse_docs(path: Path) -> list[Obj]:
    docs: list[Obj] = []
    with path.open(encoding="utf-8") as fh:
        for doc in yaml.load_all(fh, Loader=_YAML_LOADER):
            if doc is None:
                continue
            if doc.get("kind") == "List":
                docs.extend(doc.get("items") or [])
            else:
                docs.append(doc)
    return docs


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch: maps merge, `null` deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


_UID_REF = re.compile(r"\$\{uid:([^{}]+)\}")


def _expand_uids(value: Any, uids: Mapping[str, str]) -> Any:
    """`${uid:Kind/namespace/name}` -> that object's metadata.uid (known only after loading)."""
    if isinstance(value, str):

        def repl(m: re.Match[str]) -> str:
            if m.group(1) not in uids:
                raise ValueError(f"${{uid:{m.group(1)}}} names no object")
            return uids[m.group(1)]

        return _UID_REF.sub(repl, value)
    if isinstance(value, list):
        return [_expand_uids(v, uids) for v in value]
    if isinstance(value, dict):
        return {k: _expand_uids(v, uids) for k, v in value.items()}
    return value


def _qualified_image(image: str) -> str:
    name, _, _ = image.partition("@")
    first = name.split("/", 1)[0]
    if "/" not in name:
        name = f"docker.io/library/{name}"
    elif "." not in first and ":" not in first and first != "localhost":
        name = f"docker.io/{name}"
    if ":" not in name.rsplit("/", 1)[-1]:
        name += ":latest"
    return name


def _digest(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()


_GENERATION_KINDS = frozenset(
    {"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "Ingress"}
    | {"WeightsAndBiases", "CustomResourceDefinition"}
)


class _ScenarioBuilder:
    def __init__(self, name: str, ctx: _Context) -> None:
        self.name = name
        self.ctx = ctx
        self.directory = FIXTURES / name
        manifest = yaml.safe_load((self.directory / "scenario.yaml").read_text("utf-8")) or {}
        self.manifest: Obj = manifest
        self.runtime = str(manifest.get("containerRuntime", "containerd"))

    def build(self) -> Scenario:
        docs: dict[str, Obj] = {}
        patches: list[Obj] = []
        for path in self._files():
            for doc in _read_docs(path):
                if doc.get("kind") == PATCH_KIND:
                    patches.append(doc)
                else:
                    docs[_object_key(doc)] = doc
        for key in self.manifest.get("remove") or []:
            if docs.pop(key, None) is None:
                raise ValueError(f"{self.name}: remove {key!r} matches no object")
        for patch in patches:
            target = str(patch["target"])
            if target not in docs:
                raise ValueError(f"{self.name}: ObjectPatch target {target!r} matches no object")
            patched = merge_patch(docs[target], patch.get("merge") or {})
            if not patch.get("keepOriginal"):
                del docs[target]
            docs[_object_key(patched)] = patched
        docs = {k: self.ctx.expand(v) for k, v in docs.items()}

        logs_docs = [d for d in docs.values() if d.get("kind") == LOG_KIND]
        objects = [d for d in docs.values() if d.get("kind") != LOG_KIND]
        by_type: dict[ResourceType, list[Obj]] = {}
        rv = 4_200_000
        for obj in objects:
            rv += 7
            self._fill_metadata(obj, rv)
        uids = {_object_key(o): o["metadata"]["uid"] for o in objects}
        objects = [_expand_uids(o, uids) for o in objects]
        index = {
            (o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"]): o
            for o in objects
        }
        for obj in objects:
            self._fill_owner_uids(obj, index)
            self._fill_involved_object(obj, index)
            self._fill_kind_specific(obj)
            by_type.setdefault(_BY_KIND[obj["kind"]], []).append(obj)
        for items in by_type.values():
            items.sort(key=_storage_key)

        groups = set(self.manifest.get("apiGroups") or [])
        groups.update(rt.group for rt in by_type if rt.optional)
        version = dict(DEFAULT_VERSION)
        version.update(self.manifest.get("version") or {})
        logs = {}
        for doc in logs_docs:
            ns = doc.get("namespace", DEFAULT_NAMESPACE)
            if (("Pod", ns, doc["pod"])) not in index:
                raise ValueError(f"{self.name}: ContainerLog for unknown pod {doc['pod']!r}")
            key = (ns, doc["pod"], doc["container"], bool(doc.get("previous", False)))
            logs[key] = _render_log(doc, self.ctx.now)
        return Scenario(
            name=self.name,
            description=str(self.manifest.get("description", "")),
            version=version,
            api_groups=frozenset(groups),
            objects=by_type,
            logs=logs,
            resource_version=rv + 100,
        )

    def _files(self) -> list[Path]:
        files: list[Path] = []
        for pattern in self.manifest.get("include") or []:
            matched = sorted(p for p in FIXTURES.glob(pattern) if p.name != "scenario.yaml")
            if not matched:
                raise ValueError(f"{self.name}: include {pattern!r} matches no file")
            files.extend(matched)
        files.extend(p for p in sorted(self.directory.glob("*.yaml")) if p.name != "scenario.yaml")
        return files

    def _fill_metadata(self, obj: Obj, rv: int) -> None:
        meta = obj["metadata"]
        key = _object_key(obj)
        for field_name in ("labels", "annotations"):
            for k, v in (meta.get(field_name) or {}).items():
                if not isinstance(v, str):  # the client's models reject the whole list
                    raise ValueError(f"{self.name}: {key} {field_name}[{k}] must be a string")
        meta.setdefault("uid", str(uuid.uuid5(uuid.NAMESPACE_URL, f"fake-k8s/{self.name}/{key}")))
        meta.setdefault("resourceVersion", str(rv))
        meta.setdefault("creationTimestamp", rfc3339(self.ctx.now - timedelta(days=12)))
        if obj["kind"] in _GENERATION_KINDS:
            meta.setdefault("generation", 1)

    def _fill_owner_uids(self, obj: Obj, index: Mapping[tuple[str, str, str], Obj]) -> None:
        meta = obj["metadata"]
        for ref in meta.get("ownerReferences") or []:
            if "uid" in ref:
                continue
            owner_rt = _BY_KIND.get(ref.get("kind", ""))
            ns = meta.get("namespace", "") if owner_rt and owner_rt.namespaced else ""
            owner = index.get((ref.get("kind", ""), ns, ref.get("name", "")))
            if owner is None:
                raise ValueError(f"{self.name}: owner {ref} of {_object_key(obj)} not found")
            ref["uid"] = owner["metadata"]["uid"]
            ref.setdefault("apiVersion", owner["apiVersion"])

    @staticmethod
    def _fill_involved_object(obj: Obj, index: Mapping[tuple[str, str, str], Obj]) -> None:
        """An Event's involvedObject gets the uid of the object when it exists."""
        ref = obj.get("involvedObject")
        if obj["kind"] != "Event" or not isinstance(ref, dict) or "uid" in ref:
            return
        target = index.get((ref.get("kind", ""), ref.get("namespace", ""), ref.get("name", "")))
        if target is not None:
            ref["uid"] = target["metadata"]["uid"]
            ref.setdefault("resourceVersion", target["metadata"]["resourceVersion"])

    def _fill_kind_specific(self, obj: Obj) -> None:
        if obj["kind"] == "Secret":
            data = obj.setdefault("data", {})
            for k, v in (obj.pop("stringData", None) or {}).items():
                data[k] = base64.b64encode(str(v).encode()).decode()
            release = obj.pop("fakeHelmRelease", None)
            if release is not None:
                blob = gzip.compress(json.dumps(release).encode(), mtime=0)
                data["release"] = base64.b64encode(base64.b64encode(blob)).decode()
        elif obj["kind"] == "Pod":
            self._fill_container_statuses(obj)

    def _fill_container_statuses(self, pod: Obj) -> None:
        spec = pod.get("spec", {})
        specs = {
            c["name"]: c for key in ("initContainers", "containers") for c in spec.get(key) or []
        }
        status = pod.get("status", {})
        for key in ("initContainerStatuses", "containerStatuses"):
            for cs in status.get(key) or []:
                image = cs.get("image") or specs.get(cs["name"], {}).get("image", "")
                ran = any(
                    "running" in (st or {}) or "terminated" in (st or {})
                    for st in (cs.get("state"), cs.get("lastState"))
                )
                # the runtime reports the resolved name once the image was pulled
                cs["image"] = _qualified_image(image) if ran else image
                cs.setdefault("ready", False)
                cs.setdefault("restartCount", 0)
                if "imageID" not in cs:
                    repo = cs["image"].rsplit(":", 1)[0]
                    cs["imageID"] = f"{repo}@sha256:{_digest(image)}" if ran else ""
                restarts = int(cs["restartCount"])
                pod_name = pod["metadata"]["name"]
                ids = {
                    which: f"{self.runtime}://{_digest(pod_name, cs['name'], str(n))}"
                    for which, n in (("state", restarts), ("lastState", restarts - 1))
                }
                for which in ("state", "lastState"):
                    st = cs.get(which) or {}
                    if "terminated" in st:
                        st["terminated"].setdefault("containerID", ids[which])
                state = cs.get("state") or {}
                if "running" in state or "terminated" in state:
                    cs.setdefault("containerID", ids["state"])
                elif "terminated" in (cs.get("lastState") or {}):
                    cs.setdefault("containerID", ids["lastState"])


DEFAULT_VERSION: Obj = {
    "major": "1",
    "minor": "29",
    "gitVersion": "v1.29.4",
    "gitCommit": "55019c83b0fd51ef4ced8c29eec2c4847f896e74",
    "gitTreeState": "clean",
    "buildDate": "2024-04-16T15:03:08Z",
    "goVersion": "go1.21.9",
    "compiler": "gc",
    "platform": "linux/amd64",
}


def _storage_key(obj: Obj) -> str:
    """The etcd key order a real list has: `<namespace>/<name>`, compared as strings."""
    meta = obj["metadata"]
    ns = meta.get("namespace")
    return f"{ns}/{meta['name']}" if ns else str(meta["name"])


_LINE_PLACEHOLDER = re.compile(r"\$\{(i|ts|tsgo|ts:[^{}]*)\}")


def _line_value(m: re.Match[str], when: datetime, i: int) -> str:
    """`${i}`, `${ts}` (RFC3339 with ms), `${tsgo}` (Go log), `${ts:<strftime, %L = ms>}`."""
    name = m.group(1)
    millis = f"{when.microsecond // 1000:03d}"
    if name == "i":
        return str(i)
    if name == "ts":
        return when.strftime("%Y-%m-%dT%H:%M:%S.") + millis + "Z"
    if name == "tsgo":
        return when.strftime("%Y/%m/%d %H:%M:%S")
    return when.strftime(name[3:].replace("%L", millis))


def _render_log(doc: Obj, now: datetime) -> LogLines:
    texts: list[tuple[str, int]] = []  # (template, repeat index)
    for entry in doc.get("lines") or []:
        if isinstance(entry, str):
            texts.append((entry, 0))
        elif isinstance(entry, dict) and "repeat" in entry:
            for i in range(int(entry["repeat"])):
                texts.extend((str(line), i) for line in entry["lines"])
        else:
            raise ValueError(f"bad ContainerLog line entry: {entry!r}")
    step_ns = int(doc.get("stepMillis", 1000)) * 1_000_000
    if "start" in doc:
        start = parse_rfc3339(str(doc["start"]))
    else:
        end = parse_rfc3339(str(doc.get("end", rfc3339(now))))
        start = end - timedelta(microseconds=step_ns * max(len(texts) - 1, 0) // 1000)
    start_ns = int(start.timestamp()) * 1_000_000_000
    out: LogLines = []
    for n, (template, i) in enumerate(texts):
        jitter = (n * 2_654_435_761 + 48_271) % max(step_ns // 2, 1)
        ts_ns = start_ns + n * step_ns + jitter
        when = datetime.fromtimestamp(ts_ns / 1e9, tz=timezone.utc)
        text = _LINE_PLACEHOLDER.sub(functools.partial(_line_value, when=when, i=i), template)
        out.append((ts_ns, text))
    return out


def load_scenarios(now: datetime, sentinels: Mapping[str, str]) -> dict[str, Scenario]:
    ctx = _Context(now=now, sentinels=sentinels)
    return {name: _ScenarioBuilder(name, ctx).build() for name in SCENARIOS}


# --------------------------------------------------------------------------------------------
# Selectors and paging
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """Becomes a `Status` response."""

    def __init__(self, code: int, reason: str, message: str, details: Obj | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details

    def status(self) -> Obj:
        body: Obj = {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
        }
        if self.details is not None:
            body["details"] = self.details
        body["code"] = self.code
        return body


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BadRequest", message)


_LABEL_KEY = r"(?:[A-Za-z0-9.-]+/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?"
_LABEL_VALUE = r"(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?"
_RE_EXISTS = re.compile(rf"(!?)\s*({_LABEL_KEY})")
_RE_EQ = re.compile(rf"({_LABEL_KEY})\s*(==|=|!=)\s*({_LABEL_VALUE})")
_RE_SET = re.compile(rf"({_LABEL_KEY})\s+(in|notin)\s*\(([^()]*)\)")
_RE_CMP = re.compile(rf"({_LABEL_KEY})\s*(<|>)\s*(-?\d+)")


@dataclass(frozen=True)
class LabelRequirement:
    """One term of a label selector: `k=v`, `k!=v`, `k in (..)`, `k notin (..)`, `k`, `!k`,
    `k>n`, `k<n`."""

    key: str
    op: str
    values: frozenset[str] = frozenset()

    def matches(self, labels: Mapping[str, str]) -> bool:
        have = labels.get(self.key)
        if self.op in ("=", "in"):
            return have is not None and have in self.values
        if self.op in ("!=", "notin"):
            return have is None or have not in self.values
        if self.op == "exists":
            return have is not None
        if self.op == "!":
            return have is None
        try:
            number, limit = int(have or ""), int(next(iter(self.values)))
        except ValueError:
            return False
        return number > limit if self.op == ">" else number < limit


def _split_top_level(selector: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in selector:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def parse_label_selector(selector: str) -> list[LabelRequirement]:
    """k8s.io/apimachinery labels.Parse: =, ==, !=, in, notin, exists, !exists, <, >."""
    reqs: list[LabelRequirement] = []
    if not selector.strip():
        return reqs
    for term in _split_top_level(selector):
        if m := _RE_SET.fullmatch(term):
            values = frozenset(v.strip() for v in m.group(3).split(","))
            reqs.append(LabelRequirement(m.group(1), m.group(2), values))
        elif m := _RE_EQ.fullmatch(term):
            op = "!=" if m.group(2) == "!=" else "="
            reqs.append(LabelRequirement(m.group(1), op, frozenset({m.group(3)})))
        elif m := _RE_CMP.fullmatch(term):
            reqs.append(LabelRequirement(m.group(1), m.group(2), frozenset({m.group(3)})))
        elif m := _RE_EXISTS.fullmatch(term):
            reqs.append(LabelRequirement(m.group(2), "!" if m.group(1) else "exists"))
        else:
            raise bad_request(f"unable to parse requirement: found {term!r}, expected: label term")
    return reqs


def _split_unescaped(text: str, sep: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    esc = False
    for ch in text:
        if esc:
            cur.append(ch)
            esc = False
        elif ch == "\\":
            cur.append(ch)
            esc = True
        elif ch == sep:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _field_value(obj: Obj, path: str) -> str:
    if path == "source":
        path = "source.component"
    cur: Any = obj
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    if cur is None:
        return "false" if path in {"spec.hostNetwork", "spec.unschedulable"} else ""
    if isinstance(cur, bool):
        return "true" if cur else "false"
    return str(cur)


@dataclass(frozen=True)
class FieldRequirement:
    """One term of a field selector: `path=value`, `path==value`, `path!=value`."""

    path: str
    negate: bool
    value: str

    def matches(self, obj: Obj) -> bool:
        return (_field_value(obj, self.path) == self.value) != self.negate


def parse_field_selector(selector: str, rt: ResourceType) -> list[FieldRequirement]:
    """fields.ParseSelector, limited to the field labels the real server supports per resource."""
    reqs: list[FieldRequirement] = []
    if not selector.strip():
        return reqs
    for term in _split_unescaped(selector, ","):
        m = re.fullmatch(r"\s*([A-Za-z.]+)\s*(==|=|!=)(.*)", term)
        if not m:
            raise bad_request(f"invalid selector: '{selector}'; can't understand '{term}'")
        path, op, raw = m.groups()
        if path not in rt.field_labels:
            raise bad_request(f"field label not supported: {path}")
        reqs.append(FieldRequirement(path, op == "!=", re.sub(r"\\(.)", r"\1", raw)))
    return reqs


def encode_continue(rv: int, last_key: str) -> str:
    raw = json.dumps({"v": "meta.k8s.io/v1", "rv": rv, "start": last_key + "\x00"})
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode_continue(token: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        if data.get("v") != "meta.k8s.io/v1" or not isinstance(data.get("start"), str):
            raise ValueError("unknown continue version")
        return str(data["start"]).rstrip("\x00")
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"continue key is not valid: {exc}") from exc


# --------------------------------------------------------------------------------------------
# The API server proper (transport-independent)
# --------------------------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Mapping[str, str]
    body: bytes = b""
    # (verb, group, resource[/subresource], namespace) the request was authorized as
    access: tuple[str, str, str, str | None] | None = None


@dataclass
class Response:
    code: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestRecord:
    scenario: str
    user: str
    method: str
    path: str
    query: Mapping[str, str]
    code: int
    access: tuple[str, str, str, str | None] | None = None


def _json(code: int, body: Any) -> Response:
    return Response(code, json.dumps(body, separators=(",", ":")).encode())


class FakeApiServer:
    """Routes one request: authentication, RBAC, discovery, reads, pod logs, Status errors."""

    def __init__(
        self,
        scenarios: Mapping[str, Scenario],
        tokens: Mapping[str, str],
        policies: Mapping[str, Policy] | None = None,
    ) -> None:
        self.scenarios = scenarios
        self.tokens = tokens  # token -> user
        self.policies = dict(policies or {})  # user -> RBAC bound by the manifests
        self.records: list[RequestRecord] = []
        self._lock = threading.Lock()

    # -- entry point ------------------------------------------------------------------------

    def handle(self, req: Request) -> Response:
        m = re.fullmatch(r"/s/([^/]+)(/.*)?", req.path)
        scenario = self.scenarios.get(m.group(1)) if m else None
        sub = (m.group(2) if m else None) or "/"
        user = ANONYMOUS_USER
        try:
            user = self._authenticate(req.headers)
            if scenario is None:
                raise _not_found()
            resp = self._route(scenario, user, req, sub)
        except ApiError as err:
            resp = _json(err.code, err.status())
        with self._lock:
            self.records.append(
                RequestRecord(
                    scenario=scenario.name if scenario else "",
                    user=user,
                    method=req.method,
                    path=sub,
                    query=dict(req.query),
                    code=resp.code,
                    access=req.access,
                )
            )
        return resp

    def _authenticate(self, headers: Mapping[str, str]) -> str:
        auth = headers.get("authorization", "")
        if not auth:
            return ANONYMOUS_USER
        scheme, _, token = auth.partition(" ")
        user = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise ApiError(401, "Unauthorized", "Unauthorized")
        return user

    def _route(self, sc: Scenario, user: str, req: Request, sub: str) -> Response:
        sub = sub.rstrip("/") or "/"
        if sub in PUBLIC_PATHS:
            if sub == "/version":
                return _json(200, sc.version)
            return Response(200, b"ok", "text/plain; charset=utf-8")
        if user == ANONYMOUS_USER:
            raise ApiError(
                403,
                "Forbidden",
                f'forbidden: User "{ANONYMOUS_USER}" cannot get path "{sub}"',
                {},
            )
        if sub == "/":
            paths = ["/api", "/api/v1", "/apis", *(f"/apis/{g}" for g in self._groups(sc))]
            paths += [f"/apis/{g}/{v}" for g, vs in self._groups(sc).items() for v in vs]
            return _json(200, {"paths": sorted([*paths, *PUBLIC_PATHS])})
        if sub == "/api":
            return _json(200, self._api_versions())
        if sub == "/apis":
            return _json(200, self._group_list(sc))
        if m := re.fullmatch(r"/api/v1(/.*)?", sub):
            group, version, rest = "", "v1", m.group(1) or ""
        elif m := re.fullmatch(r"/apis/([^/]+)(?:/([^/]+)(/.*)?)?", sub):
            group, version, rest = m.group(1), m.group(2), m.group(3) or ""
            if not sc.serves_group(group) or group not in self._groups(sc):
                raise _not_found()
            if version is None:
                return _json(200, self._group(sc, group))
        else:
            raise _not_found()
        types = [rt for rt in sc.served_types() if (rt.group, rt.version) == (group, version)]
        if not types:
            raise _not_found()
        if not rest:
            return _json(200, self._resource_list(group, version, types))
        return self._resource(sc, user, req, group, version, rest)

    # -- discovery ---------------------------------------------------------------------------

    def _api_versions(self) -> Obj:
        return {
            "kind": "APIVersions",
            "versions": ["v1"],
            "serverAddressByClientCIDRs": [
                {"clientCIDR": "0.0.0.0/0", "serverAddress": f"{LOOPBACK}:6443"}
            ],
        }

    def _groups(self, sc: Scenario) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for rt in sc.served_types():
            if rt.group:
                versions = groups.setdefault(rt.group, [])
                if rt.version not in versions:
                    versions.append(rt.version)
        return groups

    def _group(self, sc: Scenario, group: str) -> Obj:
        versions = self._groups(sc)[group]
        gvs = [{"groupVersion": f"{group}/{v}", "version": v} for v in versions]
        return {
            "kind": "APIGroup",
            "apiVersion": "v1",
            "name": group,
            "versions": gvs,
            "preferredVersion": gvs[0],
        }

    def _group_list(self, sc: Scenario) -> Obj:
        groups = []
        for name in self._groups(sc):
            g = self._group(sc, name)
            del g["kind"], g["apiVersion"]
            groups.append(g)
        return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}

    def _resource_list(self, group: str, version: str, types: list[ResourceType]) -> Obj:
        resources: list[Obj] = []
        for rt in types:
            entry: Obj = {
                "name": rt.plural,
                "singularName": rt.singular,
                "namespaced": rt.namespaced,
                "kind": rt.kind,
                "verbs": list(rt.verbs),
            }
            if rt.short_names:
                entry["shortNames"] = list(rt.short_names)
            if rt.categories:
                entry["categories"] = list(rt.categories)
            if not rt.custom:
                entry["storageVersionHash"] = _b64url(_digest(rt.group, rt.plural).encode())[:11]
            resources.append(entry)
            for sub, verbs in rt.subresources:
                resources.append(
                    {
                        "name": f"{rt.plural}/{sub}",
                        "singularName": "",
                        "namespaced": rt.namespaced,
                        "kind": "Scale" if sub == "scale" else rt.kind,
                        "verbs": list(verbs),
                    }
                )
        return {
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": f"{group}/{version}" if group else version,
            "resources": resources,
        }

    # -- resources ---------------------------------------------------------------------------

    def _resource(
        self, sc: Scenario, user: str, req: Request, group: str, version: str, rest: str
    ) -> Response:
        segs = [unquote(s) for s in rest.strip("/").split("/")]
        namespace: str | None = None
        if (
            len(segs) >= 3
            and segs[0] == "namespaces"
            and (rt_ns := _BY_PATH.get((group, version, segs[2])))
            and rt_ns.namespaced
        ):
            namespace, segs = segs[1], segs[2:]
        if len(segs) > 3:
            raise _not_found()
        rt = _BY_PATH.get((group, version, segs[0]))
        if rt is None or not sc.serves_group(rt.group):
            raise _not_found()
        name = segs[1] if len(segs) > 1 else None
        subresource = segs[2] if len(segs) > 2 else None
        if rt.namespaced and namespace is None and name is not None:
            raise _not_found()
        if rt.plural in ("selfsubjectaccessreviews", "selfsubjectrulesreviews"):
            if req.method != "POST" or name is not None:
                raise _method_not_allowed()
            req.access = ("create", rt.group, rt.plural, None)
            if rt.plural == "selfsubjectrulesreviews":
                return self._rules_review(sc, user, req)
            return self._access_review(user, req)
        if req.method != "GET":
            raise _method_not_allowed()
        if _truthy(req.query.get("watch")):
            raise bad_request("watch is not supported by the fake API server")
        verb = "list" if name is None else "get"
        resource = f"{rt.plural}/{subresource}" if subresource else rt.plural
        req.access = (verb, rt.group, resource, namespace)
        self._authorize(user, verb, rt.group, resource, namespace, name)
        if name is None:
            return _json(200, self._list(sc, rt, namespace, req.query))
        obj = sc.get(rt, namespace, name)
        if obj is None:
            raise _not_found_object(rt, name)
        if subresource is None or subresource == "status":
            return _json(200, obj)
        if rt.plural == "pods" and subresource == "log":
            return self._pod_log(sc, obj, req.query)
        raise _not_found()

    def _authorize(
        self,
        user: str,
        verb: str,
        group: str,
        resource: str,
        namespace: str | None,
        name: str | None,
    ) -> None:
        if self._allowed(user, verb, group, resource, namespace, name):
            return
        plural = resource.split("/", 1)[0]
        scope = f'in the namespace "{namespace}"' if namespace else "at the cluster scope"
        what = f'{plural} "{name}"' if name else plural
        details: Obj = {"name": name} if name else {}
        if group:
            details["group"] = group
        details["kind"] = plural
        raise ApiError(
            403,
            "Forbidden",
            f'{what} is forbidden: User "{user}" cannot {verb} resource "{resource}" '
            f'in API group "{group}" {scope}',
            details,
        )

    def _allowed(
        self,
        user: str,
        verb: str,
        group: str,
        resource: str,
        namespace: str | None,
        name: str | None = None,
    ) -> bool:
        if user == ADMIN_USER:
            return True
        if user in self.policies:
            return self.policies[user].allows(verb, group, resource, namespace, name)
        if user == RESTRICTED_USER:
            return (group, resource) not in RESTRICTED_DENIED
        return False

    def _access_review(self, user: str, req: Request) -> Response:
        try:
            review = json.loads(req.body or b"{}")
            attrs = review["spec"]["resourceAttributes"]
        except (ValueError, KeyError, TypeError) as exc:
            raise bad_request(f"invalid SelfSubjectAccessReview: {exc}") from exc
        resource = attrs.get("resource", "")
        if attrs.get("subresource"):
            resource = f"{resource}/{attrs['subresource']}"
        allowed = self._allowed(
            user,
            attrs.get("verb", ""),
            attrs.get("group", ""),
            resource,
            attrs.get("namespace") or None,
            attrs.get("name") or None,
        )
        status: Obj = {"allowed": allowed}
        if allowed:
            status["reason"] = (
                'RBAC: allowed by ClusterRoleBinding "wbdiag-admin" of ClusterRole '
                f'"cluster-admin" to ServiceAccount "{user.rsplit(":", 1)[-1]}/kube-system"'
                if user == ADMIN_USER
                else 'RBAC: allowed by RoleBinding "wbdiag/wandb" of Role "wbdiag/wandb" '
                f'to ServiceAccount "{user.rsplit(":", 1)[-1]}/wandb"'
            )
        else:
            status["reason"] = ""
        body = {
            "kind": "SelfSubjectAccessReview",
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": None},
            "spec": review["spec"],
            "status": status,
        }
        return _json(201, body)

    def _rules_review(self, sc: Scenario, user: str, req: Request) -> Response:
        """SelfSubjectRulesReview: the resource rules that apply to the user in a namespace."""
        try:
            review = json.loads(req.body or b"{}")
            namespace = review["spec"]["namespace"]
        except (ValueError, KeyError, TypeError) as exc:
            raise bad_request(f"invalid SelfSubjectRulesReview: {exc}") from exc
        if not namespace:
            raise bad_request("no namespace on request")
        if user == ADMIN_USER:
            rules: list[Obj] = [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}]
        elif user in self.policies:
            rules = self.policies[user].rules_in(namespace)
        else:  # the restricted user: read access to every served type but the denied ones
            rules = [
                {
                    "verbs": ["create"],
                    "apiGroups": ["authorization.k8s.io"],
                    "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
                }
            ]
            for rt in sc.served_types():
                for res in [rt.plural, *(f"{rt.plural}/{sub}" for sub, _ in rt.subresources)]:
                    if (rt.group, res) not in RESTRICTED_DENIED:
                        rules.append({"verbs": ["get", "list", "watch"], "apiGroups": [rt.group],
                                      "resources": [res]})  # fmt: skip
        body = {
            "kind": "SelfSubjectRulesReview",
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": None},
            "spec": review["spec"],
            "status": {"resourceRules": rules, "nonResourceRules": [], "incomplete": False},
        }
        return _json(201, body)

    def _list(
        self, sc: Scenario, rt: ResourceType, namespace: str | None, q: Mapping[str, str]
    ) -> Obj:
        items = sc.items(rt, namespace)
        label_reqs = parse_label_selector(q.get("labelSelector", ""))
        field_reqs = parse_field_selector(q.get("fieldSelector", ""), rt)
        if label_reqs or field_reqs:
            items = [
                o
                for o in items
                if all(r.matches(o["metadata"].get("labels") or {}) for r in label_reqs)
                and all(r.matches(o) for r in field_reqs)
            ]
        try:
            limit = int(q.get("limit") or 0)
        except ValueError as exc:
            raise bad_request(f"limit: invalid value {q.get('limit')!r}") from exc
        if q.get("continue"):
            start = decode_continue(q["continue"])
            items = [o for o in items if _storage_key(o) > start]
        meta: Obj = {"resourceVersion": str(sc.resource_version)}
        if 0 < limit < len(items):
            meta["continue"] = encode_continue(sc.resource_version, _storage_key(items[limit - 1]))
            if not label_reqs and not field_reqs:
                meta["remainingItemCount"] = len(items) - limit
            items = items[:limit]
        if not rt.custom:
            items = [{k: v for k, v in o.items() if k not in ("kind", "apiVersion")} for o in items]
        return {
            "kind": rt.list_kind,
            "apiVersion": rt.group_version,
            "metadata": meta,
            "items": items,
        }

    # -- pod logs ----------------------------------------------------------------------------

    def _pod_log(self, sc: Scenario, pod: Obj, q: Mapping[str, str]) -> Response:
        name = pod["metadata"]["name"]
        ns = pod["metadata"]["namespace"]
        spec = pod.get("spec", {})
        containers = [c["name"] for c in spec.get("containers") or []]
        inits = [c["name"] for c in spec.get("initContainers") or []]
        container = q.get("container", "")
        if not container:
            if len(containers) == 1:
                container = containers[0]
            elif not containers:
                raise bad_request(f"a container name must be specified for pod {name}")
            else:
                msg = (
                    f"a container name must be specified for pod {name}, "
                    f"choose one of: [{' '.join(containers)}]"
                )
                if inits:
                    msg += f" or one of the init containers: [{' '.join(inits)}]"
                raise bad_request(msg)
        elif container not in containers and container not in inits:
            raise bad_request(f"container {container} is not valid for pod {name}")
        tail = _int_param(q, "tailLines", minimum=0)
        limit_bytes = _int_param(q, "limitBytes", minimum=1)
        since_seconds = _int_param(q, "sinceSeconds", minimum=1)
        previous = _truthy(q.get("previous"))
        if not spec.get("nodeName"):
            return Response(200, b"", "text/plain")  # not scheduled: the apiserver has no kubelet

        status = pod.get("status", {})
        statuses = (status.get("initContainerStatuses") or []) + (
            status.get("containerStatuses") or []
        )
        cs = next((s for s in statuses if s.get("name") == container), None)
        state = (cs or {}).get("state") or {}
        last = (cs or {}).get("lastState") or {}
        if previous:
            if "terminated" not in last:
                raise bad_request(
                    f'previous terminated container "{container}" in pod "{name}" not found'
                )
            lines = sc.logs.get((ns, name, container, True), [])
        elif "running" in state or "terminated" in state:
            lines = sc.logs.get((ns, name, container, False), [])
        elif "terminated" in last:
            lines = sc.logs.get((ns, name, container, True), [])
        else:
            reason = (state.get("waiting") or {}).get("reason") or "ContainerCreating"
            detail = {
                "ErrImagePull": "image can't be pulled",
                "ImagePullBackOff": "trying and failing to pull image",
            }.get(reason, reason)
            raise bad_request(
                f'container "{container}" in pod "{name}" is waiting to start: {detail}'
            )

        if since_seconds is not None:
            cutoff = time.time_ns() - since_seconds * 1_000_000_000
            lines = [ln for ln in lines if ln[0] >= cutoff]
        if q.get("sinceTime"):
            try:
                cutoff = int(parse_rfc3339(q["sinceTime"]).timestamp() * 1e9)
            except ValueError as exc:
                raise bad_request(f"sinceTime: {exc}") from exc
            lines = [ln for ln in lines if ln[0] >= cutoff]
        if tail is not None:
            lines = lines[-tail:] if tail else []
        stamps = _truthy(q.get("timestamps"))
        body = "".join(
            (f"{rfc3339_nano(ts)} {text}\n" if stamps else f"{text}\n") for ts, text in lines
        ).encode()
        if limit_bytes is not None:
            body = body[:limit_bytes]
        return Response(200, body, "text/plain")


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in {"true", "1"}


def _int_param(q: Mapping[str, str], name: str, minimum: int) -> int | None:
    raw = q.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError as exc:
        raise bad_request(f"{name}: invalid value {raw!r}") from exc
    if value < minimum:
        raise ApiError(
            422,
            "Invalid",
            f'PodLogOptions "" is invalid: {name}: Invalid value: {value}: '
            f"must be greater than or equal to {minimum}",
            {
                "kind": "PodLogOptions",
                "causes": [
                    {
                        "reason": "FieldValueInvalid",
                        "message": f"Invalid value: {value}",
                        "field": name,
                    }
                ],
            },
        )
    return value


def _not_found() -> ApiError:
    return ApiError(404, "NotFound", "the server could not find the requested resource", {})


def _not_found_object(rt: ResourceType, name: str) -> ApiError:
    details: Obj = {"name": name}
    if rt.group:
        details["group"] = rt.group
    details["kind"] = rt.plural
    what = f"{rt.plural}.{rt.group}" if rt.group else rt.plural
    return ApiError(404, "NotFound", f'{what} "{name}" not found', details)


def _method_not_allowed() -> ApiError:
    return ApiError(
        405,
        "MethodNotAllowed",
        "the server does not allow this method on the requested resource",
        {},
    )


# --------------------------------------------------------------------------------------------
# HTTP transport
# --------------------------------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: FakeApiServer) -> None:
        super().__init__(address, _Handler)
        self.app = app


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the client's urllib3 pool expects
    disable_nagle_algorithm = True  # headers and body are two writes: avoid 40 ms ACK stalls
    server_version = "fake-kube-apiserver"
    sys_version = ""

    def _serve(self) -> None:
        assert isinstance(self.server, _HTTPServer)
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = Request(self.command, parts.path, query, headers, body)
        try:
            resp = self.server.app.handle(req)
        except Exception as exc:  # a bug in the fake: answer like an apiserver would
            err = ApiError(500, "InternalError", f"Internal error occurred: {exc!r}", {})
            resp = _json(500, err.status())
        self.send_response(resp.code)
        self.send_header("Audit-Id", str(uuid.uuid4()))
        self.send_header("Cache-Control", "no-cache, private")
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(resp.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are recorded in FakeApiServer.records


# --------------------------------------------------------------------------------------------
# What tests get
# --------------------------------------------------------------------------------------------


class FakeK8s:
    """The running fake API server, with helpers to point the real client at it."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.sentinels: dict[str, str] = make_sentinels()
        self.scenarios = load_scenarios(self.now, self.sentinels)
        self.tokens: dict[str, str] = {
            CTX_ADMIN: f"fake-token-{secrets.token_hex(16)}",
            CTX_RESTRICTED: f"fake-token-{secrets.token_hex(16)}",
            CTX_BAD_TOKEN: f"fake-token-{secrets.token_hex(16)}",  # known to nobody
            CTX_LEAST: f"fake-token-{secrets.token_hex(16)}",
            CTX_NAMESPACE_ONLY: f"fake-token-{secrets.token_hex(16)}",
        }
        self.users: dict[str, str] = {
            CTX_ADMIN: ADMIN_USER,
            CTX_RESTRICTED: RESTRICTED_USER,
            CTX_LEAST: LEAST_USER,
            CTX_NAMESPACE_ONLY: NAMESPACE_ONLY_USER,
        }
        self.policies: dict[str, Policy] = {
            LEAST_USER: collector_policy(cluster=True, role_namespaces=("wandb", "wandb-cr")),
            NAMESPACE_ONLY_USER: collector_policy(cluster=False, role_namespaces=("wandb",)),
        }
        self.app = FakeApiServer(
            self.scenarios,
            {self.tokens[ctx]: user for ctx, user in self.users.items()},
            self.policies,
        )
        self.port = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> None:
        last: OSError | None = None
        for _ in range(5):
            port = free_port()
            try:
                self._httpd = _HTTPServer((LOOPBACK, port), self.app)
            except OSError as exc:  # lost the race for the port
                last = exc
                continue
            self.port = port
            break
        if self._httpd is None:
            raise RuntimeError(f"fake API server could not bind a port: {last}")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="fake-k8s", daemon=True
        )
        self._thread.start()
        wait_until(lambda: port_open(self.port), 10, "fake Kubernetes API server")

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    # addresses and kubeconfigs

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def url(self, scenario: str = "healthy") -> str:
        if scenario not in self.scenarios:
            raise KeyError(f"unknown scenario {scenario!r}; have {sorted(self.scenarios)}")
        return f"{self.base_url}/s/{scenario}"

    def kubeconfig(self, scenario: str = "healthy", context: str = CTX_ADMIN) -> Obj:
        if context not in CONTEXTS:
            raise KeyError(f"unknown context {context!r}; have {CONTEXTS}")
        cluster = f"fake-{scenario}"
        return {
            "apiVersion": "v1",
            "kind": "Config",
            "preferences": {},
            "clusters": [{"name": cluster, "cluster": {"server": self.url(scenario)}}],
            "users": [
                {"name": f"wbdiag-{ctx}", "user": {"token": self.tokens[ctx]}} for ctx in CONTEXTS
            ],
            "contexts": [
                {
                    "name": ctx,
                    "context": {
                        "cluster": cluster,
                        "user": f"wbdiag-{ctx}",
                        "namespace": DEFAULT_NAMESPACE,
                    },
                }
                for ctx in CONTEXTS
            ],
            "current-context": context,
        }

    def write_kubeconfig(
        self, path: Path, scenario: str = "healthy", context: str = CTX_ADMIN
    ) -> Path:
        """Write a kubeconfig (contexts admin, restricted, bad-token; `context` is current)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(self.kubeconfig(scenario, context), sort_keys=False))
        path.chmod(0o600)
        return path

    def api_client(self, scenario: str = "healthy", context: str = CTX_ADMIN) -> Any:
        """A `kubernetes.client.ApiClient` loaded by `load_kube_config` from a real kubeconfig.

        The default client configuration is left alone (a private Configuration is filled).
        """
        from kubernetes import client, config

        path = self.write_kubeconfig(self.workdir / f"kubeconfig-{scenario}-{context}", scenario)
        cfg = client.Configuration()
        config.load_kube_config(  # type: ignore[no-untyped-call]
            config_file=str(path), context=context, client_configuration=cfg, persist_config=False
        )
        return client.ApiClient(configuration=cfg)

    # what tests inspect

    @property
    def requests(self) -> list[RequestRecord]:
        with self.app._lock:
            return list(self.app.records)

    def mark(self) -> int:
        """Index to pass to `requests_since` (the log is shared by the whole session)."""
        with self.app._lock:
            return len(self.app.records)

    def requests_since(self, mark: int) -> list[RequestRecord]:
        with self.app._lock:
            return list(self.app.records[mark:])

    def objects(self, scenario: str, kind: str, namespace: str | None = None) -> list[Obj]:
        """The stored objects of a kind (deep copies), as a GET of one object returns them."""
        sc = self.scenarios[scenario]
        return copy.deepcopy(sc.items(_BY_KIND[kind], namespace))

    def log_text(
        self,
        scenario: str,
        pod: str,
        container: str,
        previous: bool = False,
        namespace: str = DEFAULT_NAMESPACE,
    ) -> str:
        """The full stored log of a container (what the API returns with no limits)."""
        lines = self.scenarios[scenario].logs.get((namespace, pod, container, previous), [])
        return "".join(f"{text}\n" for _, text in lines)


@contextlib.contextmanager
def running_fake_k8s(workdir: Path) -> Iterator[FakeK8s]:
    server = FakeK8s(workdir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def fake_k8s(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeK8s]:
    """The fake Kubernetes API server serving every scenario, started once per session."""
    with running_fake_k8s(tmp_path_factory.mktemp("fake-k8s")) as server:
        yield server


@pytest.fixture
def fake_k8s_kubeconfig(fake_k8s: FakeK8s, tmp_path: Path) -> Callable[..., Path]:
    """Factory: `(scenario="healthy", context="admin") -> Path` of a fresh kubeconfig."""

    def make(scenario: str = "healthy", context: str = CTX_ADMIN) -> Path:
        return fake_k8s.write_kubeconfig(
            tmp_path / f"kubeconfig-{scenario}-{context}", scenario, context
        )

    return make
