"""Kubernetes: find the W&B deployment (Helm chart or operator) and collect what support needs
from the API: workloads, services, ingresses, ConfigMaps, volume claims, events, nodes, the
operator's custom resource, and the log of every container (the previous run too when it crashed).
What it may read is asked first (kubernetes_access.py); a read known to be refused is skipped.

Discovery runs before the probes: the settings found in the W&B pods' environment (literal values
and ConfigMaps they reference) are handed to `ctx.discovered_settings` so the probes can use HOST,
MYSQL and BUCKET when the user gave none.

Secrets are never read (no `secrets` request is made, so none needs to be allowed): the Secrets a
W&B workload uses are named, with the keys it takes from them, from the pod specs, ingresses and
the custom resource (`secret-references.json`). Before anything is written, every value that looks
secret is registered with the redactor so that it is replaced wherever it appears, logs included:
secret-named env vars, ConfigMap keys and custom-resource values, and credentials inside URLs.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import DeploymentMode
from wbdiag.collect.base import (
    DISCOVERY,
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceForbidden,
    SourceSkipped,
)
from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.collect.sources.kubernetes_access import Need, Permissions
from wbdiag.collect.sources.kubernetes_logs import PodLogs
from wbdiag.collect.sources.kubernetes_refs import SecretReferences
from wbdiag.redact import Redactor
from wbdiag.redact.names import PLACEHOLDER, is_secret_setting
from wbdiag.redact.names import is_secret_name as secret_name
from wbdiag.settings import is_wandb_setting

Obj = dict[str, Any]

# -- limits ------------------------------------------------------------------------------------
CONNECT_TIMEOUT = 5.0  # seconds, every request
READ_TIMEOUT = 20.0  # seconds, list calls
LOG_READ_TIMEOUT = 30.0  # seconds, each read of one container log (kubernetes_logs.py)
PAGE = 250  # items per list page
SCAN_PAGE = 500  # items per page while searching the cluster for W&B
MAX_ITEMS = 3000  # items kept per kind and namespace
MAX_SCAN_ITEMS = 5000  # objects looked at per kind while searching the cluster
MAX_SCAN_NAMESPACES = 200  # namespaces searched one by one when a cluster-wide list is refused
LOG_MARGIN = 10.0  # seconds kept in hand at the end of the collector's budget

IN_CLUSTER_NAMESPACE = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"

# -- recognising W&B ---------------------------------------------------------------------------
# `app.kubernetes.io/name` values of the W&B charts (operator-wandb's components, the old `wandb`
# chart). The specific ones identify W&B alone; the generic ones only with a release (instance)
# or chart label that names wandb.
# fmt: off
SPECIFIC_COMPONENTS = frozenset({
    "wandb", "weightsandbiases", "weave", "weave-trace", "parquet", "glue", "filestream",
    "flat-run-fields-updater", "wandb-app", "wandb-console", "wandb-operator", "wandb-local",
})
GENERIC_COMPONENTS = frozenset({
    "app", "api", "console", "executor", "frontend", "mysql", "redis", "nginx", "otel",
    "otel-daemonset", "prometheus", "bufstream", "clickhouse", "minio", "stackdriver",
})
# fmt: on
WANDB_CHART_PREFIXES = ("operator-wandb-", "wandb-")  # `helm.sh/chart` labels
# Images of the operator rather than of W&B itself: their pods mark a namespace, their env is not
# W&B settings.
OPERATOR_IMAGES = frozenset({"controller", "operator", "wandb-operator", "operator-wandb"})

CR_GROUP = "apps.wandb.com"
CR_PLURAL = "weightsandbiases"
ROUTE_GROUP = "route.openshift.io"
OPENSHIFT_GROUPS = frozenset({ROUTE_GROUP, "security.openshift.io"})


@dataclass(frozen=True)
class Kind:
    """One kind of object and how the client lists it."""

    name: str  # file name and resource name in access.json
    list_kind: str  # "PodList"
    api_version: str
    api: str  # which client API object: core, apps, batch, networking, custom
    namespaced: str | None  # method listing one namespace
    cluster: str | None  # method listing every namespace (or a cluster-scoped kind)
    model: str | None = None  # the typed client's list model, for the typed serialisation

    @property
    def custom(self) -> bool:
        return self.api == "custom"

    @property
    def group(self) -> str:
        """The API group ("" for core), as RBAC rules name it."""
        return self.api_version.rpartition("/")[0]


# fmt: off
PODS = Kind("pods", "PodList", "v1", "core", "list_namespaced_pod",
            "list_pod_for_all_namespaces", "V1PodList")
DEPLOYMENTS = Kind("deployments", "DeploymentList", "apps/v1", "apps", "list_namespaced_deployment",
                   "list_deployment_for_all_namespaces", "V1DeploymentList")
STATEFULSETS = Kind("statefulsets", "StatefulSetList", "apps/v1", "apps",
                    "list_namespaced_stateful_set", "list_stateful_set_for_all_namespaces",
                    "V1StatefulSetList")
REPLICASETS = Kind("replicasets", "ReplicaSetList", "apps/v1", "apps",
                   "list_namespaced_replica_set", None, "V1ReplicaSetList")
DAEMONSETS = Kind("daemonsets", "DaemonSetList", "apps/v1", "apps", "list_namespaced_daemon_set",
                  None, "V1DaemonSetList")
JOBS = Kind("jobs", "JobList", "batch/v1", "batch", "list_namespaced_job", None, "V1JobList")
CRONJOBS = Kind("cronjobs", "CronJobList", "batch/v1", "batch", "list_namespaced_cron_job", None,
                "V1CronJobList")
SERVICES = Kind("services", "ServiceList", "v1", "core", "list_namespaced_service", None,
                "V1ServiceList")
INGRESSES = Kind("ingresses", "IngressList", "networking.k8s.io/v1", "networking",
                 "list_namespaced_ingress", None, "V1IngressList")
CONFIGMAPS = Kind("configmaps", "ConfigMapList", "v1", "core", "list_namespaced_config_map", None,
                  "V1ConfigMapList")
PVCS = Kind("persistentvolumeclaims", "PersistentVolumeClaimList", "v1", "core",
            "list_namespaced_persistent_volume_claim", None, "V1PersistentVolumeClaimList")
EVENTS = Kind("events", "EventList", "v1", "core", "list_namespaced_event", None,
              "CoreV1EventList")
NODES = Kind("nodes", "NodeList", "v1", "core", None, "list_node", "V1NodeList")
NAMESPACES = Kind("namespaces", "NamespaceList", "v1", "core", None, "list_namespace")
ROUTES = Kind("routes", "RouteList", f"{ROUTE_GROUP}/v1", "custom", "routes", "routes")
INGRESS_CLASSES = Kind("ingressclasses", "IngressClassList", "networking.k8s.io/v1", "networking",
                       None, "list_ingress_class", "V1IngressClassList")
# fmt: on
# The ingress-nginx controller's ConfigMap holds what every Ingress without annotations gets
# (proxy-body-size 1m, hsts, timeouts); its Helm chart and static manifests label it so.
INGRESS_NGINX_SELECTOR = (
    "app.kubernetes.io/name=ingress-nginx,app.kubernetes.io/component=controller"
)

NAMESPACE_KINDS: tuple[Kind, ...] = (
    PODS, DEPLOYMENTS, STATEFULSETS, REPLICASETS, DAEMONSETS, JOBS, CRONJOBS, SERVICES, INGRESSES,
    CONFIGMAPS, PVCS, EVENTS,
)  # fmt: skip


POD_LOGS = Need("", "pods/log", "get")  # read_namespaced_pod_log


def cr_kind(version: str) -> Kind:
    return Kind(
        CR_PLURAL, "WeightsAndBiasesList", f"{CR_GROUP}/{version}", "custom", CR_PLURAL, CR_PLURAL
    )


class KubeconfigError(Exception):
    """The kubeconfig the user pointed at cannot be used."""


class ApiUnreachable(Exception):
    """The API server does not answer."""


# -- secrets -----------------------------------------------------------------------------------
_TRIVIAL = frozenset({
    "true", "false", "yes", "no", "on", "off", "null", "none", "enabled", "disabled", "required",
    "optional",
})  # fmt: skip


def trivial(value: str) -> bool:
    """Flags and small numbers are never secrets worth hiding, and as known secrets they would
    shred every `true` or port number in the bundle (JSON literals included)."""
    v = value.strip()
    return len(v) < 4 or v.lower() in _TRIVIAL or (v.isdigit() and len(v) < 8)


def _looks_random(value: str) -> bool:
    """A value of a Secret key whose name says nothing: kept secret when it looks like a key or
    a password (no blanks, mixed character classes), not when it is a user or database name."""
    if not 8 <= len(value) <= 4096 or any(c.isspace() for c in value):
        return False
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    return classes >= 3 or (len(value) >= 24 and any(c.isdigit() for c in value))


class SecretRegistry:
    """Registers with the redactor every secret-looking value inside Kubernetes objects."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor

    def value(self, name: str, value: str) -> None:
        if not value or trivial(value) or PLACEHOLDER.fullmatch(value):
            return
        if secret_name(name):
            self.redactor.add_secret(value, "setting")
            for line in value.splitlines():
                if len(line.strip()) >= 16 and not line.startswith("-----"):
                    self.redactor.add_secret(line.strip(), "setting")
        if "://" in value and "@" in value:
            register_setting_secrets(self.redactor, {"URL": value})
        if name == LAST_APPLIED:
            with contextlib.suppress(ValueError):
                self.tree(json.loads(value))

    def tree(self, obj: Any) -> None:
        if isinstance(obj, dict):
            name, val = obj.get("name"), obj.get("value")
            if isinstance(name, str) and isinstance(val, str):  # an env var
                self.value(name, val)
            for k, v in obj.items():
                if isinstance(v, str):
                    self.value(str(k), v)
                else:
                    self.tree(v)
        elif isinstance(obj, list):
            for v in obj:
                self.tree(v)


# -- settings from pod specs -------------------------------------------------------------------
_ENV_REF = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")


def _expand(value: str, env: dict[str, str]) -> str:
    """Kubernetes' $(VAR) expansion from the variables defined before; unknown ones stay."""

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "$$":
            return "$"
        return env.get(m.group(1), m.group(0))

    return _ENV_REF.sub(repl, value)


def container_env(container: Obj, configmaps: dict[str, dict[str, str]]) -> dict[str, str]:
    """What a container's environment is, as far as it is known without reading Secrets."""
    env: dict[str, str] = {}
    for src in container.get("envFrom") or []:
        ref = (src or {}).get("configMapRef") or {}
        data = configmaps.get(str(ref.get("name") or ""))
        if data:
            prefix = str(src.get("prefix") or "")
            env.update({prefix + k: v for k, v in data.items()})
    for var in container.get("env") or []:
        name = (var or {}).get("name")
        if not isinstance(name, str):
            continue
        if isinstance(var.get("value"), str):
            env[name] = _expand(var["value"], env)
            continue
        ref = (var.get("valueFrom") or {}).get("configMapKeyRef") or {}
        data = configmaps.get(str(ref.get("name") or ""))
        if data and ref.get("key") in data:
            env[name] = data[str(ref["key"])]
        else:  # from a Secret, a field or a resource: unknown here
            env.pop(name, None)
    return env


def image_name(image: str) -> tuple[bool, str]:
    """(is a wandb/* image, its last path component): `registry:5000/mirror/wandb/local:0.59`
    -> (True, "local")."""
    ref = image.split("@", 1)[0]
    parts = ref.split("/")
    last = parts[-1].split(":", 1)[0]
    return "wandb" in parts[:-1], last


def pod_spec_of(kind: Kind, obj: Obj) -> tuple[dict[str, str], Obj]:
    """(labels, pod spec) of a pod or of a workload's pod template."""
    meta = obj.get("metadata") or {}
    labels = dict(meta.get("labels") or {})
    if kind is PODS:
        return labels, obj.get("spec") or {}
    spec = obj.get("spec") or {}
    if kind is CRONJOBS:
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    template = spec.get("template") or {}
    labels.update((template.get("metadata") or {}).get("labels") or {})
    return labels, template.get("spec") or {}


def _containers(spec: Obj) -> list[Obj]:
    return [c for key in ("containers", "initContainers") for c in spec.get(key) or [] if c]


def labels_are_wandb(labels: dict[str, str]) -> bool:
    name = labels.get("app.kubernetes.io/name", "")
    instance = labels.get("app.kubernetes.io/instance", "")
    chart = labels.get("helm.sh/chart", "")
    if not instance:
        return False
    if name in SPECIFIC_COMPONENTS:
        return True
    wandbish = "wandb" in instance.lower() or chart.startswith(WANDB_CHART_PREFIXES)
    return name in GENERIC_COMPONENTS and wandbish


def wandb_match(kind: Kind, obj: Obj) -> str | None:
    labels, spec = pod_spec_of(kind, obj)
    if labels_are_wandb(labels):
        return "labels"
    if any(image_name(str(c.get("image") or ""))[0] for c in _containers(spec)):
        return "image"
    return None


# -- the API session ---------------------------------------------------------------------------
@dataclass
class Connection:
    api_client: Any
    context: str
    context_namespace: str | None
    in_cluster: bool
    host: str


def _kubeconfig_path(ctx: CollectContext) -> str | None:
    if ctx.options.kubeconfig is not None:
        if not ctx.options.kubeconfig.is_file():
            raise KubeconfigError(f"kubeconfig {ctx.options.kubeconfig} does not exist")
        return str(ctx.options.kubeconfig)
    env = os.environ.get("KUBECONFIG", "")
    paths = [p for p in env.split(os.pathsep) if p]
    if any(Path(p).expanduser().is_file() for p in paths):
        return env
    default = Path("~/.kube/config").expanduser()
    return str(default) if default.is_file() else None


def connect(ctx: CollectContext) -> Connection:
    from kubernetes import client, config
    from kubernetes.config.config_exception import ConfigException
    from urllib3.util.retry import Retry

    cfg = client.Configuration()
    path = _kubeconfig_path(ctx)
    in_cluster = False
    if path is not None:
        try:
            contexts, active = config.list_kube_config_contexts(  # type: ignore[no-untyped-call]
                config_file=path
            )
            config.load_kube_config(  # type: ignore[no-untyped-call]
                config_file=path,
                context=ctx.options.kube_context,
                client_configuration=cfg,
                persist_config=False,
            )
        except (ConfigException, OSError, ValueError, TypeError) as exc:
            msg = " ".join(str(exc).split())[:300]
            raise KubeconfigError(f"kubeconfig {path}: {msg}") from None
        name = ctx.options.kube_context or (active or {}).get("name") or "?"
        chosen: Obj = next((c for c in contexts or [] if c.get("name") == name), {})
        namespace = (chosen.get("context") or {}).get("namespace")
    elif os.environ.get("KUBERNETES_SERVICE_HOST"):
        if ctx.options.kube_context:
            raise KubeconfigError(f"--context {ctx.options.kube_context} given but no kubeconfig")
        try:
            config.load_incluster_config(client_configuration=cfg)  # type: ignore[no-untyped-call]
        except ConfigException as exc:
            raise KubeconfigError(f"in-cluster configuration: {exc}") from None
        name, in_cluster = "in-cluster", True
        try:
            namespace = IN_CLUSTER_NAMESPACE.read_text(encoding="utf-8").strip() or None
        except OSError:
            namespace = None
    else:
        raise SourceSkipped(
            "no kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) and not running in a "
            "Kubernetes pod"
        )
    # One quick retry on connection errors, none on slow answers: every request is bounded.
    cfg.retries = Retry(total=2, connect=1, read=0, status=0, redirect=2, other=0)
    for value in (cfg.api_key or {}).values():  # "Bearer <token>": the token, not the word
        for part in str(value).split():
            if part.lower() not in ("bearer", "basic"):
                ctx.redactor.add_secret(part, "token")
    ctx.redactor.add_secret(cfg.password or None, "password")
    return Connection(client.ApiClient(configuration=cfg), name, namespace, in_cluster, cfg.host)


def plan_target(ctx: CollectContext) -> str:
    """The API server `connect` would use, read from the kubeconfig file alone (no request)."""
    from kubernetes import config
    from kubernetes.config.config_exception import ConfigException

    path = _kubeconfig_path(ctx)
    if path is None:
        if os.environ.get("KUBERNETES_SERVICE_HOST"):
            host = os.environ["KUBERNETES_SERVICE_HOST"]
            port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
            return f"https://{host}:{port} (in-cluster service account)"
        raise SourceSkipped(
            "no kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) and not running in a "
            "Kubernetes pod"
        )
    import yaml

    try:
        contexts, active = config.list_kube_config_contexts(  # type: ignore[no-untyped-call]
            config_file=path
        )
        name = ctx.options.kube_context or (active or {}).get("name") or "?"
        chosen: Obj = next((c for c in contexts or [] if c.get("name") == name), {})
        cluster = (chosen.get("context") or {}).get("cluster")
        server = None
        for one in path.split(os.pathsep):  # KUBECONFIG may list several files
            doc = yaml.safe_load(Path(one).expanduser().read_text(encoding="utf-8")) or {}
            for c in doc.get("clusters") or []:
                if server is None and c.get("name") == cluster:
                    server = (c.get("cluster") or {}).get("server")
    except (ConfigException, OSError, ValueError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise KubeconfigError(f"kubeconfig {path}: {' '.join(str(exc).split())[:300]}") from None
    return f"{server or '?'} (context {name} of {path})"


def _status_message(exc: Exception) -> tuple[int | None, str, str]:
    """(HTTP status or None, reason, one-line message) of a failed request."""
    from kubernetes.client.exceptions import ApiException

    if isinstance(exc, ApiException):
        status = int(exc.status) if exc.status else None
        message = str(exc.reason or "")
        try:
            body = json.loads(exc.body or "")
            if isinstance(body, dict) and body.get("message"):
                message = str(body["message"])
        except (ValueError, TypeError):
            pass
        reason = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            410: "expired",
        }.get(status or 0, "error")
        return status, reason, " ".join(message.split())[:400] or f"HTTP {status}"
    text = " ".join(str(exc).split())[:400] or type(exc).__name__
    timeout = "timeout" in text.lower() or "timed out" in text.lower()
    return None, "timeout" if timeout else "unreachable", f"{type(exc).__name__}: {text}"


def _request_errors() -> tuple[type[Exception], ...]:
    import urllib3
    from kubernetes.client.exceptions import ApiException

    return (ApiException, urllib3.exceptions.HTTPError, OSError, ValueError)


@dataclass
class Listed:
    items: list[Obj]  # as served (for discovery, settings and secrets)
    serialised: list[Obj]  # as the typed client serialises them (for the bundle)
    truncated: bool = False


@dataclass
class NamespaceData:
    name: str
    lists: dict[str, Listed] = field(default_factory=dict)


class KubernetesRun:
    """One collection against one cluster."""

    def __init__(self, ctx: CollectContext, out: Output, conn: Connection, budget: float) -> None:
        from kubernetes import client

        self.ctx = ctx
        self.out = out
        self.conn = conn
        self.api = conn.api_client
        self.apis: dict[str, Any] = {
            "core": client.CoreV1Api(self.api),
            "apps": client.AppsV1Api(self.api),
            "batch": client.BatchV1Api(self.api),
            "networking": client.NetworkingV1Api(self.api),
            "custom": client.CustomObjectsApi(self.api),
        }
        self.errors = _request_errors()
        self.secrets = SecretRegistry(ctx.redactor)
        self.permissions = Permissions(self.api, self.errors, lambda exc: _status_message(exc)[2])
        self.access: list[Obj] = []
        self.reads = 0
        self.last_status: int | None = None  # of the last failed list
        self.searched = 0  # pod, workload and custom-resource lists read while searching
        self.lock = threading.Lock()
        self.advised = False
        self.deadline = time.monotonic() + budget
        self.cap = ctx.options.log_cap_bytes

    # -- requests ------------------------------------------------------------------------------
    def refused(
        self, resource: str, namespace: str | None, exc: Exception, partial: bool = True
    ) -> Obj:
        status, reason, message = _status_message(exc)
        entry = {
            "resource": resource,
            "namespace": namespace,
            "status": status,
            "reason": reason,
            "error": message,
        }
        with self.lock:
            self.access.append(entry)
        where = f" in namespace {namespace}" if namespace else ""
        self.out.note(f"kubernetes: {resource}{where}: {message}", partial=partial)
        return entry

    def permitted(
        self, need: Need, namespace: str | None, record: bool = True, partial: bool = True
    ) -> bool:
        """False when the API server said this read is not allowed (then recorded and noted,
        unless `record` is off); True when it is, or when nobody could say."""
        answer = self.permissions.may(need, namespace)
        if answer.allowed is not False:
            return True
        if record:
            entry = {
                "resource": need.resource,
                "namespace": namespace,
                "status": None,
                "reason": "not_permitted",
                "error": f"not permitted ({answer.method}): {need.describe(namespace)}",
            }
            with self.lock:
                self.access.append(entry)
            self.out.note(
                f"kubernetes: skipped {need.describe(namespace)}: not permitted "
                f"({answer.method}; the rules that would allow it: {layout.K8S_PERMISSIONS})",
                partial=partial,
            )
        return False

    def _page(self, kind: Kind, namespace: str | None, limit: int, cont: str | None) -> Any:
        kw: dict[str, Any] = {
            "limit": limit,
            "_preload_content": False,
            "_request_timeout": (CONNECT_TIMEOUT, READ_TIMEOUT),
        }
        if cont:
            kw["_continue"] = cont
        api = self.apis[kind.api]
        if kind.custom:
            group, version = kind.api_version.split("/", 1)
            if namespace is None:
                return api.list_cluster_custom_object(group, version, kind.name, **kw)
            return api.list_namespaced_custom_object(group, version, namespace, kind.name, **kw)
        if namespace is None:
            return getattr(api, str(kind.cluster))(**kw)
        return getattr(api, str(kind.namespaced))(namespace, **kw)

    def list_kind(
        self,
        kind: Kind,
        namespace: str | None,
        scan: bool = False,
        typed: bool = True,
        partial: bool = True,
        record: bool = True,
        check: bool = True,
    ) -> Listed | None:
        """Every object of a kind (paged, capped); None when refused, missing or timed out.
        `scan`: while searching the cluster for W&B (bigger pages, a higher cap). `record`: a
        failure goes to access.json and the notes (else only to `last_status`). `check`: ask
        first whether the list is allowed, and skip it when it is not."""
        need = Need(kind.group, kind.name, "list", cluster=namespace is None)
        if check and not self.permitted(need, namespace, record, partial):
            self.last_status = 403
            return None
        cap, limit = (MAX_SCAN_ITEMS, SCAN_PAGE) if scan else (MAX_ITEMS, PAGE)
        items: list[Obj] = []
        serialised: list[Obj] | None = [] if typed and kind.model else None
        cont: str | None = None
        while True:
            try:
                resp = self._page(kind, namespace, limit, cont)
                try:
                    text = resp.data.decode("utf-8")
                finally:
                    resp.release_conn()
                doc = json.loads(text)
            except self.errors as exc:
                self.last_status = _status_message(exc)[0]
                if record:
                    self.refused(kind.name, namespace, exc, partial=partial)
                if not items:
                    return None
                return Listed(items, serialised if serialised is not None else items, True)
            self.reads += 1
            page = [i for i in doc.get("items") or [] if isinstance(i, dict)]
            items.extend(page)
            if serialised is not None:
                try:
                    model = self.api.deserialize(text, kind.model, "application/json")
                    serialised.extend(self.api.sanitize_for_serialization(model).get("items") or [])
                except Exception as exc:  # the typed models are strict; keep what was served
                    self.out.note(
                        f"kubernetes: {kind.name}"
                        + (f" in namespace {namespace}" if namespace else "")
                        + f": kept as served, the typed client rejects it ({type(exc).__name__})",
                        partial=False,
                    )
                    serialised = None
            cont = (doc.get("metadata") or {}).get("continue")
            if not cont:
                break
            if len(items) >= cap:
                where = f" in namespace {namespace}" if namespace else ""
                self.out.note(
                    f"kubernetes: {kind.name}{where}: kept the first {cap} objects", partial=False
                )
                return Listed(items[:cap], (serialised or items)[:cap], True)
        return Listed(items, serialised if serialised is not None else items)

    # -- the cluster -----------------------------------------------------------------------------
    def server(self) -> tuple[Obj, list[Obj]]:
        """The version and the API groups. Raises when the server cannot be used at all."""
        from kubernetes import client

        try:
            version = client.VersionApi(self.api).get_code(
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
            )
        except self.errors as exc:
            entry = self.refused("version", None, exc)
            self.write_access()
            if entry["status"] in (401, 403):
                raise SourceForbidden(
                    f"the API server refused context {self.conn.context}: {entry['error']}"
                ) from None
            raise ApiUnreachable(
                f"cannot reach the Kubernetes API at {self.conn.host}: {entry['error']}"
            ) from None
        groups: list[Obj] = []
        try:
            resp = client.ApisApi(self.api).get_api_versions(
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
            )
            groups = self.api.sanitize_for_serialization(resp).get("groups") or []
        except self.errors as exc:
            self.refused("apis", None, exc)
        return self.api.sanitize_for_serialization(version), groups

    def find(self, cr: Kind | None) -> tuple[list[str], str | None, dict[str, list[str]]]:
        """The namespaces W&B runs in, how they were chosen, and what was seen in each."""
        flag = self.ctx.options.namespace
        if flag:
            return [flag], "flag", {flag: ["flag"]}
        likely = [n for n in (self.conn.context_namespace, "wandb", "default") if n]
        listed = self.list_kind(NAMESPACES, None, scan=True, typed=False, partial=False)
        if listed is not None:
            names = [str((n.get("metadata") or {}).get("name")) for n in listed.items]
            # searched one by one only when cluster-wide lists are refused: likely ones first
            names.sort(key=lambda n: (n not in likely, "wandb" not in n, n))
            candidates = names
        else:
            candidates = list(dict.fromkeys(likely))
        found: dict[str, set[str]] = {}
        self.searched = self.reads
        kinds = [PODS, DEPLOYMENTS, STATEFULSETS] + ([cr] if cr is not None else [])
        for kind in kinds:
            for obj in self.scan(kind, candidates):
                how = "custom-resource" if kind is cr else wandb_match(kind, obj)
                ns = (obj.get("metadata") or {}).get("namespace")
                if how and ns:
                    found.setdefault(str(ns), set()).add(how)
        self.searched = self.reads - self.searched  # lists that could be read
        order = ("labels", "image", "custom-resource")
        selected = next((how for how in order if any(how in s for s in found.values())), None)
        namespaces = sorted(found)
        return namespaces, selected, {ns: sorted(found[ns], key=order.index) for ns in namespaces}

    def scan(self, kind: Kind, candidates: list[str]) -> Iterator[Obj]:
        """Objects of a kind across the cluster; namespace by namespace if that is refused."""
        listed = self.list_kind(kind, None, scan=True, typed=False, partial=False)
        if listed is not None:
            yield from listed.items
            return
        if self.last_status not in (401, 403):
            return  # not a refusal (a missing API, a timeout): one by one would fail alike
        refused = 0
        searched = candidates[:MAX_SCAN_NAMESPACES]
        for ns in searched:
            one = self.list_kind(kind, ns, scan=True, typed=False, record=False, check=False)
            if one is not None:
                yield from one.items
            else:
                refused += 1
        if refused:
            self.out.note(
                f"kubernetes: searching for W&B, {kind.name} could not be listed in {refused} "
                f"of {len(searched)} namespaces",
                partial=False,
            )

    def read_namespace(self, ns: str, extra: Iterable[Kind]) -> NamespaceData:
        data = NamespaceData(ns)
        for kind in (*NAMESPACE_KINDS, *extra):
            listed = self.list_kind(kind, ns)
            if listed is not None:
                data.lists[kind.name] = listed
        return data

    # -- secrets and settings ------------------------------------------------------------------
    def register_secrets(self, data: NamespaceData) -> None:
        for listed in data.lists.values():
            for item in listed.items:
                self.secrets.tree(item)

    def settings(self, data: NamespaceData) -> dict[str, str]:
        """W&B settings from the env of the W&B server containers, with the ConfigMaps they
        reference. One vote per workload (Deployment, StatefulSet, DaemonSet, CronJob, Job, bare
        pod; the pods themselves when no workload could be read); the value most workloads hold
        wins, the first one on a tie. Workloads that disagree are noted (names, not values)."""
        configmaps = {
            str((cm.get("metadata") or {}).get("name")): {
                str(k): v for k, v in (cm.get("data") or {}).items() if isinstance(v, str)
            }
            for cm in data.lists.get(CONFIGMAPS.name, Listed([], [])).items
        }
        owners = (DEPLOYMENTS, STATEFULSETS, DAEMONSETS, CRONJOBS, JOBS)
        sources: list[tuple[Kind, Obj]] = [
            (kind, obj)
            for kind in owners
            for obj in data.lists.get(kind.name, Listed([], [])).items
        ]
        pods = data.lists.get(PODS.name, Listed([], [])).items
        bare = [p for p in pods if not (p.get("metadata") or {}).get("ownerReferences")]
        sources += [(PODS, p) for p in (bare if sources else pods)]
        votes: dict[str, dict[str, list[str]]] = {}  # setting -> value -> workloads
        for kind, obj in sources:
            _, spec = pod_spec_of(kind, obj)
            workload = f"{kind.name}/{(obj.get('metadata') or {}).get('name')}"
            env: dict[str, str] = {}
            for c in _containers(spec):
                is_wandb, last = image_name(str(c.get("image") or ""))
                if not is_wandb or last in OPERATOR_IMAGES:
                    continue
                for k, v in container_env(c, configmaps).items():
                    # the runner registers secret settings' values as known secrets: a flag
                    # such as "true" would then be redacted everywhere
                    if trivial(v) and is_secret_setting(k):
                        continue
                    env.setdefault(k, v)
            register_setting_secrets(self.ctx.redactor, env)
            for k, v in env.items():
                if is_wandb_setting(k) and v and "$(" not in v:
                    votes.setdefault(k, {}).setdefault(v, []).append(workload)
        values: dict[str, str] = {}
        for k, by_value in votes.items():
            ranked = sorted(by_value.items(), key=lambda kv: -len(kv[1]))  # stable: ties keep order
            values[k] = ranked[0][0]
            if len(ranked) > 1:
                groups = "; ".join(", ".join(w) for _, w in ranked)
                self.out.note(
                    f"kubernetes: {k} differs between W&B workloads in namespace {data.name} "
                    f"({len(ranked)} values: {groups}); using the most common",
                    partial=False,
                )
        return values

    # -- documents ---------------------------------------------------------------------------
    def scrub(self, obj: Any) -> Any:
        """A copy for the bundle: every string through the redactor (on the raw text, before
        JSON escaping), secret-named values and env vars replaced whole, noise dropped."""
        red = self.ctx.redactor
        if isinstance(obj, dict):
            env_name = obj.get("name")
            is_env = isinstance(env_name, str) and isinstance(obj.get("value"), str)
            result: Obj = {}
            for k, v in obj.items():
                if k == "managedFields":
                    continue
                secret = (is_env and k == "value" and secret_name(str(env_name))) or (
                    isinstance(v, str) and k != LAST_APPLIED and secret_name(str(k))
                )
                if (
                    isinstance(v, str)
                    and secret
                    and v.strip().lower() not in _TRIVIAL
                    and not PLACEHOLDER.fullmatch(v)
                ):
                    result[k] = red.token(v, "setting")
                else:
                    result[k] = self.scrub(v)
            return result
        if isinstance(obj, list):
            return [self.scrub(v) for v in obj]
        if isinstance(obj, str) and len(obj) >= 4:
            return red(obj)
        return obj

    def document(self, kind: Kind, listed: Listed) -> Obj:
        items = []
        for item in listed.serialised:
            item = dict(item)
            if kind is CONFIGMAPS:
                item["binaryData"] = dict.fromkeys(item.get("binaryData") or {}, "")
                if not item["binaryData"]:
                    del item["binaryData"]
                meta = dict(item.get("metadata") or {})
                if LAST_APPLIED in (meta.get("annotations") or {}):
                    meta["annotations"] = {
                        k: v for k, v in meta["annotations"].items() if k != LAST_APPLIED
                    }
                    item["metadata"] = meta
            if kind is NODES:
                status = dict(item.get("status") or {})
                status.pop("images", None)
                item["status"] = status
            items.append(self.scrub(item))
        doc: Obj = {"kind": kind.list_kind, "apiVersion": kind.api_version, "items": items}
        if listed.truncated:
            doc["metadata"] = {"wbdiagTruncated": True}
        return doc

    def secret_references(self, data: NamespaceData) -> Obj:
        """secret-references.json: the Secrets the workloads (their pod templates; pods and jobs
        only when nothing owns them), the ingresses and the custom resource name."""
        refs = SecretReferences()
        for kind in (DEPLOYMENTS, STATEFULSETS, DAEMONSETS, CRONJOBS, JOBS, PODS):
            for obj in data.lists.get(kind.name, Listed([], [])).items:
                meta = obj.get("metadata") or {}
                if kind in (PODS, JOBS) and meta.get("ownerReferences"):
                    continue
                refs.pod_spec(pod_spec_of(kind, obj)[1], f"{kind.name}/{meta.get('name')}")
        for ing in data.lists.get(INGRESSES.name, Listed([], [])).items:
            name = (ing.get("metadata") or {}).get("name")
            for tls in (ing.get("spec") or {}).get("tls") or []:
                refs.add((tls or {}).get("secretName"), None, f"ingresses/{name} tls")
        for cr in data.lists.get(CR_PLURAL, Listed([], [])).items:
            refs.tree(cr.get("spec"), f"weightsandbiases/{(cr.get('metadata') or {}).get('name')}")
        return dict(self.scrub(refs.document()))

    def write_access(self) -> None:
        """access.json (every refusal) and permissions.json (what the API server said may be
        read); the Role rules that would allow the rest also go to the user at the end."""
        with self.lock:
            entries = list(self.access)
        self.out.json(layout.K8S_ACCESS, entries)
        if not self.permissions.answers:  # the server refused us before anything was asked
            return
        doc = self.permissions.document()
        self.out.json(layout.K8S_PERMISSIONS, doc)
        if doc["missing_rules"] and not self.advised:
            self.advised = True
            self.ctx.advise(
                f"kubernetes: context {self.conn.context} was not allowed some reads (see "
                f"{layout.K8S_PERMISSIONS}); these rules would allow them:\n" + doc["missing_rules"]
            )

    # -- logs ----------------------------------------------------------------------------------
    def pod_logs(self) -> PodLogs:
        return PodLogs(self, _status_message, (CONNECT_TIMEOUT, LOG_READ_TIMEOUT))

    def logs(self, namespaces: list[NamespaceData]) -> None:
        readable = [d for d in namespaces if self.permitted(POD_LOGS, d.name)]
        pods = {d.name: d.lists[PODS.name].items for d in readable if PODS.name in d.lists}
        self.pod_logs().read(pods)

    # -- the whole run ---------------------------------------------------------------------------
    def ingress_controller(self) -> Obj:
        """kubernetes/ingress-controller.json: the IngressClasses and the ingress-nginx
        controller's ConfigMap, found cluster-wide by its labels (a refusal is noted, not fatal)."""
        classes = self.list_kind(INGRESS_CLASSES, None, partial=False)
        doc: Obj = {
            "ingressclasses": self.document(INGRESS_CLASSES, classes)["items"] if classes else None,
            "configmap_selector": INGRESS_NGINX_SELECTOR,
            "configmaps": None,
        }
        need = Need(CONFIGMAPS.group, CONFIGMAPS.name, "list", cluster=True)
        if not self.permitted(need, None, partial=False):
            return doc
        try:
            resp = self.apis["core"].list_config_map_for_all_namespaces(
                label_selector=INGRESS_NGINX_SELECTOR,
                limit=PAGE,  # one controller ConfigMap per installation: the first page is all
                _preload_content=False,
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            )
            try:
                items = json.loads(resp.data.decode("utf-8")).get("items") or []
            finally:
                resp.release_conn()
        except self.errors as exc:
            self.refused("configmaps", None, exc, partial=False)
            return doc
        self.reads += 1
        listed = Listed(items, items)
        doc["configmaps"] = self.document(CONFIGMAPS, listed)["items"]
        return doc

    def run(self) -> None:
        version, groups = self.server()
        group_names = {str(g.get("name")) for g in groups}
        cr: Kind | None = None
        for g in groups:
            if g.get("name") == CR_GROUP:
                cr = cr_kind(str((g.get("preferredVersion") or {}).get("version") or "v1"))
        extra = [k for k in (cr, ROUTES if ROUTE_GROUP in group_names else None) if k is not None]

        namespaces, selected_by, found_by = self.find(cr)
        if not namespaces:
            if self.searched == 0:
                self.write_access()
                raise SourceForbidden(
                    f"context {self.conn.context} may not list pods, deployments or statefulsets "
                    "anywhere W&B could be (see kubernetes/access.json); give --namespace or use "
                    "another context"
                )
            raise SourceSkipped(
                f"no W&B deployment found in context {self.conn.context} (looked for W&B "
                "labels, wandb/* images and the operator's custom resource in every namespace "
                "it may read); give --namespace"
            )
        self.ctx.deployment = DeploymentMode.KUBERNETES

        reads_before = self.reads
        data = [self.read_namespace(ns, extra) for ns in namespaces]
        nodes = self.list_kind(NODES, None)
        if self.reads == reads_before:
            self.write_access()
            raise SourceForbidden(
                f"context {self.conn.context} may read nothing in namespace(s) "
                f"{', '.join(namespaces)} (see kubernetes/access.json)"
            )

        # Every secret is known to the redactor before the first byte is written.
        for nsdata in data:
            self.register_secrets(nsdata)
        for nsdata in data:
            values = self.settings(nsdata)
            if values:
                self.ctx.discovered_settings(f"kubernetes:{nsdata.name}", values)

        self.out.json(
            layout.K8S_CLUSTER,
            {
                "context": self.conn.context,
                "in_cluster": self.conn.in_cluster,
                "server_version": version.get("gitVersion"),
                "platform": version.get("platform"),
                "openshift": bool(group_names & OPENSHIFT_GROUPS),
                "namespaces": namespaces,
                "selected_by": selected_by,
                "found_by": found_by,
                "custom_resource": cr is not None
                and any(nsd.lists.get(CR_PLURAL) and nsd.lists[CR_PLURAL].items for nsd in data),
            },
        )
        if nodes is not None:
            self.out.json(layout.K8S_NODES, self.document(NODES, nodes))
        if any(nsd.lists.get(INGRESSES.name) and nsd.lists[INGRESSES.name].items for nsd in data):
            self.out.json(layout.K8S_INGRESS_CONTROLLER, self.ingress_controller())
        kinds = {k.name: k for k in (*NAMESPACE_KINDS, *extra)}
        for nsdata in data:
            for name, listed in nsdata.lists.items():
                self.out.json(
                    layout.k8s_resource(nsdata.name, name), self.document(kinds[name], listed)
                )
            self.out.json(
                layout.k8s_resource(nsdata.name, layout.K8S_SECRET_REFERENCES),
                self.secret_references(nsdata),
            )
        try:
            self.logs(data)
        finally:
            self.write_access()


class KubernetesCollector(Collector):
    name = "kubernetes"
    writes = ("kubernetes/",)
    description = (
        "The W&B deployment on Kubernetes: workloads, events, nodes, the operator's custom "
        "resource and every container's log (Secrets: names and keys only)"
    )
    phase = DISCOVERY
    timeout = 120.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        where = plan_target(ctx)
        ns = ctx.options.namespace or (
            "each namespace where W&B is found (labels, wandb/* images, the operator's custom "
            "resource)"
        )
        kinds = ", ".join(k.name for k in NAMESPACE_KINDS)
        return [
            PlanStep("API version and groups", where),
            PlanStep(
                "what it may read: SelfSubjectRulesReview per namespace, SelfSubjectAccessReview "
                "for cluster-wide reads (a read it may not make is skipped)",
                where,
            ),
            PlanStep(
                "search for W&B: list pods, deployments, statefulsets, weightsandbiases "
                "(cluster-wide, else namespace by namespace)",
                where,
            ),
            PlanStep(f"list {kinds}, weightsandbiases, routes in {ns}", where),
            PlanStep("list nodes (cluster-wide)", where),
            PlanStep(
                "container logs (pods/log): the current run, and the previous one after a crash",
                where,
            ),
            PlanStep(
                "Secrets: never read; named (with the keys used) from the pod specs, ingresses "
                "and the custom resource",
                where,
            ),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        started = time.monotonic()
        conn = connect(ctx)
        budget = min(self.timeout, ctx.options.timeout) - LOG_MARGIN
        try:
            KubernetesRun(ctx, out, conn, budget - (time.monotonic() - started)).run()
        finally:
            conn.api_client.close()
