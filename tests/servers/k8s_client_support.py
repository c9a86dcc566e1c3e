"""What the tests of the real `kubernetes` client against the fake API server share: the pods they
read, the typed API table of every resource type, and readers of the client's objects, errors
and responses."""

from __future__ import annotations

import json
import re
from typing import Any, Protocol

import urllib3
from kubernetes import client
from kubernetes.client.exceptions import ApiException

from tests.helpers import present
from tests.servers.fake_k8s_placeholders import parse_rfc3339
from tests.servers.fake_k8s_resources import RESOURCE_TYPES

NS = "wandb"
APP_POD = "wandb-app-7c9d5b8f4d-x2k4p"
API_POD = "wandb-api-6f8d9b7c5-q9v7m"
CONSOLE_POD = "wandb-console-5b7d8c9f6-h2j8k"
PARQUET_POD = "wandb-parquet-84c6d7f9b-t5r4w"
WEAVE_POD = "wandb-weave-6f8b7c9d4-q7w2n"
RFC3339_NANO = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) ")


# One row per resource type served with a typed API:
# (plural, API class, list-all method, list-namespaced method or None, read method).
TYPED: tuple[tuple[str, type[Any], str, str | None, str], ...] = (
    ("namespaces", client.CoreV1Api, "list_namespace", None, "read_namespace"),
    ("nodes", client.CoreV1Api, "list_node", None, "read_node"),
    ("persistentvolumes", client.CoreV1Api, "list_persistent_volume", None,
     "read_persistent_volume"),
    ("pods", client.CoreV1Api, "list_pod_for_all_namespaces", "list_namespaced_pod",
     "read_namespaced_pod"),
    ("services", client.CoreV1Api, "list_service_for_all_namespaces", "list_namespaced_service",
     "read_namespaced_service"),
    ("configmaps", client.CoreV1Api, "list_config_map_for_all_namespaces",
     "list_namespaced_config_map", "read_namespaced_config_map"),
    ("secrets", client.CoreV1Api, "list_secret_for_all_namespaces", "list_namespaced_secret",
     "read_namespaced_secret"),
    ("serviceaccounts", client.CoreV1Api, "list_service_account_for_all_namespaces",
     "list_namespaced_service_account", "read_namespaced_service_account"),
    ("persistentvolumeclaims", client.CoreV1Api,
     "list_persistent_volume_claim_for_all_namespaces", "list_namespaced_persistent_volume_claim",
     "read_namespaced_persistent_volume_claim"),
    ("events", client.CoreV1Api, "list_event_for_all_namespaces", "list_namespaced_event",
     "read_namespaced_event"),
    ("deployments", client.AppsV1Api, "list_deployment_for_all_namespaces",
     "list_namespaced_deployment", "read_namespaced_deployment"),
    ("replicasets", client.AppsV1Api, "list_replica_set_for_all_namespaces",
     "list_namespaced_replica_set", "read_namespaced_replica_set"),
    ("statefulsets", client.AppsV1Api, "list_stateful_set_for_all_namespaces",
     "list_namespaced_stateful_set", "read_namespaced_stateful_set"),
    ("daemonsets", client.AppsV1Api, "list_daemon_set_for_all_namespaces",
     "list_namespaced_daemon_set", "read_namespaced_daemon_set"),
    ("jobs", client.BatchV1Api, "list_job_for_all_namespaces", "list_namespaced_job",
     "read_namespaced_job"),
    ("cronjobs", client.BatchV1Api, "list_cron_job_for_all_namespaces", "list_namespaced_cron_job",
     "read_namespaced_cron_job"),
    ("ingresses", client.NetworkingV1Api, "list_ingress_for_all_namespaces",
     "list_namespaced_ingress", "read_namespaced_ingress"),
    ("ingressclasses", client.NetworkingV1Api, "list_ingress_class", None, "read_ingress_class"),
    ("customresourcedefinitions", client.ApiextensionsV1Api, "list_custom_resource_definition",
     None, "read_custom_resource_definition"),
)  # fmt: skip
PLURAL_TO_KIND = {rt.plural: rt.kind for rt in RESOURCE_TYPES}
# Kinds every scenario of the fake cluster must have objects of (the core of RESOURCE_TYPES).
REQUIRED_EVERYWHERE = {
    "namespaces", "nodes", "services", "configmaps", "secrets", "persistentvolumeclaims",
    "events", "deployments", "replicasets", "statefulsets", "ingresses",
}  # fmt: skip


def status_of(exc: ApiException) -> dict[str, Any]:
    body = json.loads(present(exc.body))
    assert body["kind"] == "Status" and body["apiVersion"] == "v1"
    assert body["status"] == "Failure"
    assert body["code"] == exc.status
    return dict(body)


def epoch_ns(stamp: str) -> int:
    """Nanoseconds since the epoch of a kubelet RFC3339Nano stamp (fraction of 0-9 digits)."""
    whole, _, frac = stamp.rstrip("Z").partition(".")
    seconds = parse_rfc3339(whole + "Z").timestamp()
    return int(seconds) * 1_000_000_000 + int((frac or "0").ljust(9, "0"))


def names(items: list[Any]) -> list[str]:
    return [i.metadata.name for i in items]


# The client's models type nearly every field optional: these read the ones the fake always sets.
class _Object(Protocol):
    @property
    def metadata(self) -> client.V1ObjectMeta | None: ...


def name_of(obj: _Object) -> str:
    return present(present(obj.metadata).name)


def label(obj: _Object, key: str) -> str:
    return present(present(obj.metadata).labels)[key]


def annotation(obj: _Object, key: str) -> str:
    return present(present(obj.metadata).annotations)[key]


def container_statuses(pod: client.V1Pod) -> list[client.V1ContainerStatus]:
    return present(present(pod.status).container_statuses)


def waiting(status: client.V1ContainerStatus) -> client.V1ContainerStateWaiting:
    return present(present(status.state).waiting)


def last_terminated(status: client.V1ContainerStatus) -> client.V1ContainerStateTerminated:
    return present(present(status.last_state).terminated)


def json_object(value: object) -> dict[str, Any]:
    """A custom object as the CustomObjectsApi returns it (typed `object`): a JSON object."""
    assert isinstance(value, dict)
    return value


def unloaded(resp: object) -> urllib3.BaseHTTPResponse:
    """What a call with `_preload_content=False` returns (the client types it as the body)."""
    assert isinstance(resp, urllib3.BaseHTTPResponse)
    return resp
