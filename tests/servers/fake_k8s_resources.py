"""The resource types the fake Kubernetes API server serves: group, version, plural, scope, verbs,
subresources and the field labels each supports, looked up by kind or by path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Obj = dict[str, Any]

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

BY_KIND: dict[str, ResourceType] = {rt.kind: rt for rt in RESOURCE_TYPES}
BY_PATH: dict[tuple[str, str, str], ResourceType] = {
    (rt.group, rt.version, rt.plural): rt for rt in RESOURCE_TYPES
}


def resource_type(kind: str) -> ResourceType:
    return BY_KIND[kind]


def group_of(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""
