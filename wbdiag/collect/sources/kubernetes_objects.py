"""The Kubernetes objects the collector lists, and how it tells W&B's workloads from the rest
(chart labels, wandb/* images)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wbdiag.collect.sources.kubernetes_access import Need

Obj = dict[str, Any]

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
CONFIGMAPS = Kind("configmaps", "ConfigMapList", "v1", "core", "list_namespaced_config_map",
                  "list_config_map_for_all_namespaces", "V1ConfigMapList")
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


def containers(spec: Obj) -> list[Obj]:
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
    if any(image_name(str(c.get("image") or ""))[0] for c in containers(spec)):
        return "image"
    return None
