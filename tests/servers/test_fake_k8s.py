"""The real `kubernetes` client against the fake API server: every kind, every scenario.

These tests prove the fake is faithful enough for the collector: the typed API deserializes every
object the fake serves (the client's pydantic models are strict), paging, selectors, logs, RBAC
errors, discovery and the kubeconfig behave as on a real cluster.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

import pytest
import urllib3
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from kubernetes.dynamic import DynamicClient
from kubernetes.dynamic.exceptions import ResourceNotFoundError

from tests.helpers import present
from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_api import FakeApiServer
from tests.servers.fake_k8s_placeholders import parse_rfc3339
from tests.servers.fake_k8s_requests import Request
from tests.servers.fake_k8s_resources import RESOURCE_TYPES, resource_type
from tests.servers.fake_k8s_scenarios import SCENARIOS, Scenario
from tests.servers.fake_k8s_users import (
    ADMIN_USER,
    CONTEXTS,
    CTX_ADMIN,
    CTX_BAD_TOKEN,
    CTX_RESTRICTED,
    RESTRICTED_USER,
)

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
# Kinds every scenario must have objects of (the brief's list of endpoints).
REQUIRED_EVERYWHERE = {
    "namespaces", "nodes", "services", "configmaps", "secrets", "persistentvolumeclaims",
    "events", "deployments", "replicasets", "statefulsets", "ingresses",
}  # fmt: skip


@pytest.fixture(scope="module")
def clients(fake_k8s: FakeK8s) -> Iterator[Callable[[str, str], client.ApiClient]]:
    """Cached ApiClients per (scenario, context), each loaded by load_kube_config."""
    made: dict[tuple[str, str], client.ApiClient] = {}

    def get(scenario: str = "healthy", context: str = CTX_ADMIN) -> client.ApiClient:
        if (scenario, context) not in made:
            made[(scenario, context)] = fake_k8s.api_client(scenario, context)
        return made[(scenario, context)]

    yield get
    for api in made.values():
        api.close()  # type: ignore[no-untyped-call]  # the client leaves close() unannotated


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


# ------------------------------------------------------------------------------------------------
# kubeconfig
# ------------------------------------------------------------------------------------------------


def test_kubeconfig_loads_with_the_real_loader(
    fake_k8s: FakeK8s, fake_k8s_kubeconfig: Callable[..., Path]
) -> None:
    path = fake_k8s_kubeconfig("broken", CTX_RESTRICTED)
    contexts, current = config.list_kube_config_contexts(  # type: ignore[no-untyped-call]
        config_file=str(path)
    )
    assert {c["name"] for c in contexts} == set(CONTEXTS)
    assert current["name"] == CTX_RESTRICTED
    assert current["context"]["namespace"] == NS

    cfg = client.Configuration()
    config.load_kube_config(  # type: ignore[no-untyped-call]  # unannotated in the client
        config_file=str(path), context=CTX_ADMIN, client_configuration=cfg
    )
    assert cfg.host == fake_k8s.url("broken") == f"{fake_k8s.base_url}/s/broken"
    assert cfg.api_key["BearerToken"] == f"Bearer {fake_k8s.tokens[CTX_ADMIN]}"
    assert fake_k8s.tokens[CTX_ADMIN].startswith("fake-token-")
    with client.ApiClient(cfg) as api:
        assert client.VersionApi(api).get_code().git_version == "v1.29.4-eks-036c24b"

    with pytest.raises(KeyError):
        fake_k8s.url("no-such-scenario")


def test_current_context_is_used_when_none_is_given(
    fake_k8s_kubeconfig: Callable[..., Path],
) -> None:
    path = fake_k8s_kubeconfig("healthy", CTX_RESTRICTED)
    cfg = client.Configuration()
    config.load_kube_config(  # type: ignore[no-untyped-call]  # unannotated in the client
        config_file=str(path), client_configuration=cfg
    )
    with client.ApiClient(cfg) as api, pytest.raises(ApiException) as err:
        client.CoreV1Api(api).list_namespaced_secret(NS)
    assert err.value.status == 403


# ------------------------------------------------------------------------------------------------
# every kind, typed, in every scenario
# ------------------------------------------------------------------------------------------------


def test_typed_table_covers_every_built_in_resource() -> None:
    served = {
        rt.plural
        for rt in RESOURCE_TYPES
        if not rt.custom and not rt.optional and "list" in rt.verbs
    }
    assert served == {row[0] for row in TYPED}


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("row", TYPED, ids=[row[0] for row in TYPED])
def test_every_object_deserializes_through_the_typed_api(
    fake_k8s: FakeK8s,
    clients: Callable[[str, str], client.ApiClient],
    scenario: str,
    row: tuple[str, type[Any], str, str | None, str],
) -> None:
    plural, api_class, list_all, list_namespaced, read = row
    api = api_class(clients(scenario, CTX_ADMIN))
    expected = fake_k8s.objects(scenario, PLURAL_TO_KIND[plural])
    if plural in REQUIRED_EVERYWHERE:
        assert expected, f"scenario {scenario} has no {plural}"

    listed = getattr(api, list_all)()
    assert listed.metadata.resource_version
    assert sorted(names(listed.items)) == sorted(o["metadata"]["name"] for o in expected)
    for item in listed.items:  # built-in list items carry no kind/apiVersion, as on a real server
        assert item.kind is None and item.api_version is None
        assert item.metadata.uid and item.metadata.resource_version
        assert item.metadata.creation_timestamp is not None

    if list_namespaced is not None:
        for ns in sorted({o["metadata"]["namespace"] for o in expected}):
            in_ns = getattr(api, list_namespaced)(ns)
            assert sorted(names(in_ns.items)) == sorted(
                o["metadata"]["name"] for o in expected if o["metadata"]["namespace"] == ns
            )

    for item in listed.items:
        if list_namespaced is None:
            one = getattr(api, read)(item.metadata.name)
        else:
            one = getattr(api, read)(item.metadata.name, item.metadata.namespace)
        assert one.kind == PLURAL_TO_KIND[plural]
        assert one.metadata.uid == item.metadata.uid


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_custom_and_openshift_objects_through_custom_objects_api(
    clients: Callable[[str, str], client.ApiClient], scenario: str
) -> None:
    custom = client.CustomObjectsApi(clients(scenario, CTX_ADMIN))
    wandb = json_object(
        custom.list_namespaced_custom_object("apps.wandb.com", "v1", NS, "weightsandbiases")
    )
    assert wandb["kind"] == "WeightsAndBiasesList"
    [cr] = wandb["items"]
    assert cr["apiVersion"] == "apps.wandb.com/v1" and cr["kind"] == "WeightsAndBiases"
    assert cr["metadata"]["name"] == "wandb"
    assert cr["spec"]["chart"]["name"] == "operator-wandb"
    one = json_object(
        custom.get_namespaced_custom_object("apps.wandb.com", "v1", NS, "weightsandbiases", "wandb")
    )
    assert one["metadata"]["uid"] == cr["metadata"]["uid"]

    if scenario == "openshift":
        routes = json_object(
            custom.list_namespaced_custom_object("route.openshift.io", "v1", NS, "routes")
        )
        assert [r["metadata"]["name"] for r in routes["items"]] == ["wandb"]
        sccs = json_object(
            custom.list_cluster_custom_object(
                "security.openshift.io", "v1", "securitycontextconstraints"
            )
        )
        assert {s["metadata"]["name"] for s in sccs["items"]} == {"anyuid", "restricted-v2"}
    else:
        with pytest.raises(ApiException) as err:
            custom.list_namespaced_custom_object("route.openshift.io", "v1", NS, "routes")
        assert err.value.status == 404


def test_references_resolve_to_real_uids(fake_k8s: FakeK8s) -> None:
    for scenario in SCENARIOS:
        uids = {
            (kind, o["metadata"].get("namespace", ""), o["metadata"]["name"]): o["metadata"]["uid"]
            for kind in ("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob")
            for o in fake_k8s.objects(scenario, kind)
        }
        for kind in ("Pod", "ReplicaSet", "Job"):
            for obj in fake_k8s.objects(scenario, kind):
                meta = obj["metadata"]
                for ref in meta.get("ownerReferences", []):
                    assert ref["uid"] == uids[(ref["kind"], meta["namespace"], ref["name"])]
        pods = {o["metadata"]["name"]: o for o in fake_k8s.objects(scenario, "Pod")}
        for event in fake_k8s.objects(scenario, "Event"):
            target = event["involvedObject"]
            if target["kind"] == "Pod":
                assert target["uid"] == pods[target["name"]]["metadata"]["uid"]


# ------------------------------------------------------------------------------------------------
# scenario content
# ------------------------------------------------------------------------------------------------

WANDB_COMPONENTS = ("app", "api", "console", "parquet", "mysql", "redis")


def test_healthy_release_is_running_and_ready(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    pods = core.list_namespaced_pod(NS, label_selector="app.kubernetes.io/instance=wandb").items
    by_component = {label(p, "app.kubernetes.io/name"): p for p in pods}
    assert set(by_component) == set(WANDB_COMPONENTS)
    for component, pod in by_component.items():
        status = present(pod.status)
        assert status.phase == "Running"
        assert all(cs.ready for cs in container_statuses(pod))
        ready = {c.type: c.status for c in present(status.conditions)}
        assert ready["Ready"] == "True"
        owner = present(present(pod.metadata).owner_references)[0]
        assert owner.kind in ("ReplicaSet", "StatefulSet") and owner.uid
        if component != "redis":  # the bitnami redis image runs as 1001
            ctx = present(present(pod.spec).security_context)
            assert (ctx.run_as_user, ctx.run_as_group, ctx.fs_group) == (999, 0, 0)
    app = present(by_component["app"].spec).containers[0]
    assert app.image == "wandb/local:0.59.2"
    assert container_statuses(by_component["app"])[0].image == "docker.io/wandb/local:0.59.2"
    assert present(by_component["api"].spec).containers[0].image == "wandb/megabinary:0.59.2"

    nodes = core.list_node().items
    assert len(nodes) == 2
    for node in nodes:
        node_status = present(node.status)
        assert {c.type: c.status for c in present(node_status.conditions)}["Ready"] == "True"
        assert present(node_status.node_info).kubelet_version.startswith("v1.29")
    ingress = client.NetworkingV1Api(clients("healthy", CTX_ADMIN)).read_namespaced_ingress(
        "wandb", NS
    )
    assert annotation(ingress, "nginx.ingress.kubernetes.io/proxy-body-size") == "0"
    events = core.list_namespaced_event(NS).items
    assert events and all(e.type == "Normal" for e in events)


def test_healthy_secrets_hold_the_planted_values(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    secret = core.read_namespaced_secret("wandb-mysql", NS)
    password = base64.b64decode(present(secret.data)["MYSQL_PASSWORD"]).decode()
    assert password == fake_k8s.sentinels["mysql_password"]
    assert password.startswith("k8s-Secret-pw-")
    release = core.read_namespaced_secret("sh.helm.release.v1.wandb.v3", NS)
    assert release.type == "helm.sh/release.v1"
    decoded = json.loads(
        gzip.decompress(base64.b64decode(base64.b64decode(present(release.data)["release"])))
    )
    assert decoded["chart"]["metadata"]["name"] == "operator-wandb"
    assert decoded["config"]["global"]["license"] == fake_k8s.sentinels["license"]


def test_broken_scenario_carries_every_kubernetes_signature(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    api = clients("broken", CTX_ADMIN)
    core = client.CoreV1Api(api)
    pods = {name_of(p): p for p in core.list_namespaced_pod(NS).items}

    app = container_statuses(pods[APP_POD])[0]
    assert waiting(app).reason == "CrashLoopBackOff"
    assert app.restart_count == 12
    assert last_terminated(app).exit_code == 1

    api_cs = container_statuses(pods[API_POD])[0]
    assert last_terminated(api_cs).reason == "OOMKilled"
    assert last_terminated(api_cs).exit_code == 137

    console = container_statuses(pods[CONSOLE_POD])[0]
    assert waiting(console).reason == "ImagePullBackOff"
    assert console.image_id == "" and console.image == "wandb/console:2.12.2"

    weave = pods[WEAVE_POD]
    weave_status = present(weave.status)
    assert weave_status.phase == "Pending" and present(weave.spec).node_name is None
    assert present(weave_status.conditions)[0].reason == "Unschedulable"

    init = present(present(pods[PARQUET_POD].status).init_container_statuses)[0]
    assert init.name == "migrate-db" and waiting(init).reason == "CrashLoopBackOff"

    warnings = {(e.reason, e.message) for e in core.list_namespaced_event(NS).items}
    messages = " | ".join(present(m) for _, m in warnings)
    assert "Error: ErrImagePull" in messages
    assert 'Failed to pull image "wandb/console:2.12.2"' in messages
    assert (
        "0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are available: "
        "2 No preemption victims found for incoming pod." in messages
    )
    assert "Readiness probe failed: HTTP probe failed with statuscode: 503" in messages
    scheduling = next(
        e for e in core.list_namespaced_event(NS).items if e.reason == "FailedScheduling"
    )
    assert scheduling.first_timestamp is None and scheduling.event_time is not None

    node = core.read_node("ip-10-0-1-47.ec2.internal")
    conditions = present(present(node.status).conditions)
    assert {c.type: c.status for c in conditions}["MemoryPressure"] == "True"
    ingress = client.NetworkingV1Api(api).read_namespaced_ingress("wandb", NS)
    assert annotation(ingress, "nginx.ingress.kubernetes.io/proxy-body-size") == "1m"

    local = client.AppsV1Api(api).read_namespaced_deployment("wandb", NS)
    assert local.spec.replicas == 3
    [container] = present(local.spec.template.spec).containers
    assert container.image == "wandb/local:0.59.2"
    env = {e.name: e.value for e in present(container.env)}
    inline = fake_k8s.sentinels["inline_mysql_password"]
    assert env["MYSQL"] == f"mysql://wandb:{inline}@mysql:3306/wandb_local"
    assert inline.startswith("pw-Inline-")
    assert env["LICENSE"] == fake_k8s.sentinels["inline_license"]
    assert len(env["LICENSE"]) > 300 and env["LICENSE"].count(".") == 2
    bucket = present(core.read_namespaced_config_map("wandb-local-env", NS).data)["BUCKET"]
    key, secret = fake_k8s.sentinels["bucket_access_key"], fake_k8s.sentinels["bucket_secret_key"]
    assert bucket == f"s3://{key}:{secret}@minio.example:9000/wandb"
    assert key.startswith("AKIAFAKE")


def test_openshift_pods_are_refused_by_the_scc(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    api = clients("openshift", CTX_ADMIN)
    core = client.CoreV1Api(api)
    assert core.list_namespaced_pod(NS).items == []
    failed = [e for e in core.list_namespaced_event(NS).items if e.reason == "FailedCreate"]
    app = next(e for e in failed if e.involved_object.name == "wandb-app-5d9c")
    assert (
        'pods "wandb-app-5d9c-" is forbidden: unable to validate against any security context '
        'constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount, '
        "spec.containers[0].securityContext.runAsUser: Invalid value: 999: must be in the ranges: "
        "[1000680000, 1000689999]]" in present(app.message)
    )
    assert {e.involved_object.kind for e in failed} == {"ReplicaSet", "StatefulSet"}
    rs = client.AppsV1Api(api).read_namespaced_replica_set("wandb-app-5d9c", NS)
    rs_status = present(rs.status)
    assert rs_status.replicas == 0 and present(rs_status.conditions)[0].reason == "FailedCreate"
    ns = core.read_namespace(NS)
    assert annotation(ns, "openshift.io/sa.scc.uid-range") == "1000680000/10000"
    version = client.VersionApi(api).get_code()
    assert version.git_version == "v1.27.10+c79e5e2"
    node = core.list_node().items[0]
    node_info = present(present(node.status).node_info)
    assert node_info.container_runtime_version.startswith("cri-o://")


# ------------------------------------------------------------------------------------------------
# paging and selectors
# ------------------------------------------------------------------------------------------------


def test_limit_and_continue_page_through_everything(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("broken", CTX_ADMIN))
    everything = names(core.list_pod_for_all_namespaces().items)
    assert len(everything) > 10
    pages: list[list[str]] = []
    token: str | None = None
    while True:
        page = core.list_pod_for_all_namespaces(limit=3, _continue=token)
        pages.append(names(page.items))
        listed = present(page.metadata)
        token = listed._continue
        if not token:
            assert listed.remaining_item_count is None
            break
        assert len(page.items) == 3
        assert listed.remaining_item_count == len(everything) - sum(map(len, pages))
    assert [n for p in pages for n in p] == everything
    assert len(pages) == -(-len(everything) // 3)


def test_paging_with_a_label_selector(clients: Callable[[str, str], client.ApiClient]) -> None:
    core = client.CoreV1Api(clients("broken", CTX_ADMIN))
    selector = "app.kubernetes.io/instance=wandb"
    expected = names(core.list_namespaced_pod(NS, label_selector=selector).items)
    first = core.list_namespaced_pod(NS, label_selector=selector, limit=4)
    first_meta = present(first.metadata)
    assert first_meta._continue and first_meta.remaining_item_count is None
    rest = core.list_namespaced_pod(
        NS, label_selector=selector, limit=100, _continue=first_meta._continue
    )
    assert present(rest.metadata)._continue is None
    assert names(first.items) + names(rest.items) == expected


def test_a_bad_continue_token_is_a_400(clients: Callable[[str, str], client.ApiClient]) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    with pytest.raises(ApiException) as err:
        core.list_namespaced_pod(NS, limit=2, _continue="not-a-token")
    assert err.value.status == 400
    assert status_of(err.value)["message"].startswith("continue key is not valid")


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("app.kubernetes.io/instance=wandb,app.kubernetes.io/name=app", {"app"}),
        ("app.kubernetes.io/name in (app, api)", {"app", "api"}),
        ("app.kubernetes.io/instance==wandb,app.kubernetes.io/name notin (mysql,redis,app)",
         {"api", "console", "parquet"}),
        ("app.kubernetes.io/instance=wandb,app.kubernetes.io/name!=app",
         {"api", "console", "parquet", "mysql", "redis"}),
        ("app.kubernetes.io/component", {"redis"}),
        ("!app.kubernetes.io/instance,job-name", {"mysql-backup"}),
    ],
)  # fmt: skip
def test_label_selectors(
    clients: Callable[[str, str], client.ApiClient], selector: str, expected: set[str]
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    pods = core.list_namespaced_pod(NS, label_selector=selector).items
    assert {label(p, "app.kubernetes.io/name") for p in pods} == expected


def test_a_bad_label_selector_is_a_400(clients: Callable[[str, str], client.ApiClient]) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    with pytest.raises(ApiException) as err:
        core.list_namespaced_pod(NS, label_selector="app in (a")
    assert err.value.status == 400
    assert "unable to parse requirement" in status_of(err.value)["message"]


def test_field_selectors(clients: Callable[[str, str], client.ApiClient]) -> None:
    core = client.CoreV1Api(clients("broken", CTX_ADMIN))
    [mysql] = core.list_namespaced_pod(NS, field_selector="metadata.name=wandb-mysql-0").items
    assert name_of(mysql) == "wandb-mysql-0"
    pending = core.list_namespaced_pod(NS, field_selector="status.phase=Pending").items
    assert {name_of(p) for p in pending} == {CONSOLE_POD, PARQUET_POD, WEAVE_POD}
    unscheduled = core.list_pod_for_all_namespaces(field_selector="spec.nodeName=").items
    assert names(unscheduled) == [WEAVE_POD]
    events = core.list_namespaced_event(
        NS, field_selector=f"involvedObject.kind=Pod,involvedObject.name={CONSOLE_POD},type=Warning"
    ).items
    assert {e.message for e in events} >= {"Error: ErrImagePull", "Error: ImagePullBackOff"}
    node_events = core.list_event_for_all_namespaces(field_selector="involvedObject.kind=Node")
    assert {e.metadata.namespace for e in node_events.items} == {"default"}
    with pytest.raises(ApiException) as err:
        core.list_namespaced_pod(NS, field_selector="spec.containers=app")
    assert err.value.status == 400
    assert status_of(err.value)["message"] == "field label not supported: spec.containers"


# ------------------------------------------------------------------------------------------------
# logs
# ------------------------------------------------------------------------------------------------


def test_current_log_is_the_whole_text(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    text = core.read_namespaced_pod_log(APP_POD, NS, container="app")
    assert text == fake_k8s.log_text("healthy", APP_POD, "app")
    lines = text.splitlines()
    assert len(lines) > 3000
    assert json.loads(lines[-1])["msg"] == "request"
    # one container in the spec: the container may be left out
    assert core.read_namespaced_pod_log(APP_POD, NS) == text
    init = core.read_namespaced_pod_log(APP_POD, NS, container="init-db")
    assert "waiting for db" in init


def test_tail_lines_limit_bytes_and_timestamps(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    full = core.read_namespaced_pod_log(APP_POD, NS, container="app").splitlines()
    assert (
        core.read_namespaced_pod_log(APP_POD, NS, container="app", tail_lines=10).splitlines()
        == (full[-10:])
    )
    assert core.read_namespaced_pod_log(APP_POD, NS, container="app", tail_lines=0) == ""
    limited = core.read_namespaced_pod_log(APP_POD, NS, container="app", limit_bytes=100)
    assert len(limited.encode()) == 100 and "\n".join(full).startswith(limited)

    stamped = core.read_namespaced_pod_log(
        APP_POD, NS, container="app", timestamps=True, tail_lines=50
    ).splitlines()
    assert len(stamped) == 50
    times = []
    for line, plain in zip(stamped, full[-50:], strict=True):
        m = RFC3339_NANO.match(line)
        assert m, line
        assert line[m.end() :] == plain
        times.append(epoch_ns(m.group(1)))
    assert times == sorted(times)
    both = core.read_namespaced_pod_log(
        APP_POD, NS, container="app", timestamps=True, limit_bytes=64, tail_lines=5
    )
    assert len(both) == 64 and RFC3339_NANO.match(both)


def test_since_seconds_keeps_only_recent_lines(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    recent = core.read_namespaced_pod_log(
        APP_POD, NS, container="app", since_seconds=3600, timestamps=True
    ).splitlines()
    assert 0 < len(recent) < 100
    cutoff = datetime.now(timezone.utc) - timedelta(seconds=3605)
    for line in recent:
        m = RFC3339_NANO.match(line)
        assert m
        assert epoch_ns(m.group(1)) >= cutoff.timestamp() * 1e9


def test_previous_log(fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]) -> None:
    broken = client.CoreV1Api(clients("broken", CTX_ADMIN))
    previous = broken.read_namespaced_pod_log(APP_POD, NS, container="app", previous=True)
    assert "panic: dial tcp 10.0.0.12:3306: connect: connection refused" in previous
    assert previous == fake_k8s.log_text("broken", APP_POD, "app", previous=True)
    # in CrashLoopBackOff there is no current container: the kubelet serves the last one
    assert broken.read_namespaced_pod_log(APP_POD, NS, container="app") == previous

    oom_previous = broken.read_namespaced_pod_log(API_POD, NS, container="api", previous=True)
    oom_current = broken.read_namespaced_pod_log(API_POD, NS, container="api")
    assert oom_previous != oom_current and "not ready" in oom_current

    healthy = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    with pytest.raises(ApiException) as err:
        healthy.read_namespaced_pod_log(APP_POD, NS, container="app", previous=True)
    assert err.value.status == 400
    status = status_of(err.value)
    assert status["reason"] == "BadRequest"
    assert status["message"] == (
        f'previous terminated container "app" in pod "{APP_POD}" not found'
    )


def test_init_container_and_waiting_container_logs(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("broken", CTX_ADMIN))
    migrate = core.read_namespaced_pod_log(PARQUET_POD, NS, container="migrate-db")
    assert "no migration found for version 123" in migrate
    with pytest.raises(ApiException) as err:  # one container: it is the default
        core.read_namespaced_pod_log(PARQUET_POD, NS)
    assert status_of(err.value)["message"] == (
        f'container "parquet" in pod "{PARQUET_POD}" is waiting to start: PodInitializing'
    )
    with pytest.raises(ApiException) as err:
        core.read_namespaced_pod_log(CONSOLE_POD, NS, container="console")
    assert err.value.status == 400
    assert status_of(err.value)["message"] == (
        f'container "console" in pod "{CONSOLE_POD}" is waiting to start: '
        "trying and failing to pull image"
    )
    with pytest.raises(ApiException) as err:
        core.read_namespaced_pod_log(APP_POD, NS, container="nope")
    assert status_of(err.value)["message"] == f"container nope is not valid for pod {APP_POD}"
    assert core.read_namespaced_pod_log(WEAVE_POD, NS) == ""  # never scheduled: no kubelet


def test_log_can_be_streamed_and_has_text_plain(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    resp = unloaded(
        core.read_namespaced_pod_log(
            APP_POD, NS, container="app", _preload_content=False, limit_bytes=5000
        )
    )
    assert resp.headers["Content-Type"].startswith("text/plain")
    body = resp.read()
    assert len(body) == 5000


def test_parallel_log_reads(clients: Callable[[str, str], client.ApiClient]) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))

    def tail(n: int) -> int:
        return len(core.read_namespaced_pod_log(APP_POD, NS, tail_lines=n).splitlines())

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(tail, range(1, 33))) == list(range(1, 33))


# ------------------------------------------------------------------------------------------------
# errors: RBAC, not found, unauthorized
# ------------------------------------------------------------------------------------------------


def test_restricted_user_gets_403_on_secrets_nodes_and_logs(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    core = client.CoreV1Api(clients("healthy", CTX_RESTRICTED))
    assert core.list_namespaced_pod(NS).items  # allowed
    assert core.list_namespaced_config_map(NS).items

    cases: list[tuple[Callable[[], Any], str, dict[str, str]]] = [
        (
            lambda: core.list_namespaced_secret(NS),
            f'secrets is forbidden: User "{RESTRICTED_USER}" cannot list resource "secrets" '
            f'in API group "" in the namespace "{NS}"',
            {"kind": "secrets"},
        ),
        (
            lambda: core.read_namespaced_secret("wandb-mysql", NS),
            f'secrets "wandb-mysql" is forbidden: User "{RESTRICTED_USER}" cannot get resource '
            f'"secrets" in API group "" in the namespace "{NS}"',
            {"kind": "secrets", "name": "wandb-mysql"},
        ),
        (
            lambda: core.list_secret_for_all_namespaces(),
            f'secrets is forbidden: User "{RESTRICTED_USER}" cannot list resource "secrets" '
            'in API group "" at the cluster scope',
            {"kind": "secrets"},
        ),
        (
            lambda: core.list_node(),
            f'nodes is forbidden: User "{RESTRICTED_USER}" cannot list resource "nodes" '
            'in API group "" at the cluster scope',
            {"kind": "nodes"},
        ),
        (
            lambda: core.read_namespaced_pod_log(APP_POD, NS, container="app"),
            f'pods "{APP_POD}" is forbidden: User "{RESTRICTED_USER}" cannot get resource '
            f'"pods/log" in API group "" in the namespace "{NS}"',
            {"kind": "pods", "name": APP_POD},
        ),
    ]
    for call, message, details in cases:
        with pytest.raises(ApiException) as err:
            call()
        assert err.value.status == 403
        status = status_of(err.value)
        assert status["reason"] == "Forbidden"
        assert status["message"] == message
        assert status["details"] == details
    mark = fake_k8s.mark()
    with pytest.raises(ApiException):
        core.list_node()
    [record] = fake_k8s.requests_since(mark)
    assert (record.user, record.path, record.code) == (RESTRICTED_USER, "/api/v1/nodes", 403)


def test_self_subject_access_review(clients: Callable[[str, str], client.ApiClient]) -> None:
    def can(context: str, resource: str, verb: str = "list", sub: str | None = None) -> bool:
        review = client.V1SelfSubjectAccessReview(
            spec=client.V1SelfSubjectAccessReviewSpec(
                resource_attributes=client.V1ResourceAttributes(
                    namespace=NS, verb=verb, resource=resource, subresource=sub
                )
            )
        )
        api = client.AuthorizationV1Api(clients("healthy", context))
        return bool(present(api.create_self_subject_access_review(review).status).allowed)

    assert can(CTX_ADMIN, "secrets")
    assert not can(CTX_RESTRICTED, "secrets")
    assert can(CTX_RESTRICTED, "pods")
    assert not can(CTX_RESTRICTED, "pods", "get", "log")


def test_unknown_objects_and_paths_are_404(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    api = clients("healthy", CTX_ADMIN)
    with pytest.raises(ApiException) as err:
        client.CoreV1Api(api).read_namespaced_pod("wandb-app-nope", NS)
    assert err.value.status == 404
    status = status_of(err.value)
    assert status["reason"] == "NotFound"
    assert status["message"] == 'pods "wandb-app-nope" not found'
    assert status["details"] == {"name": "wandb-app-nope", "kind": "pods"}

    with pytest.raises(ApiException) as err:
        client.CoreV1Api(api).read_namespaced_pod_log("wandb-app-nope", NS)
    assert err.value.status == 404

    with pytest.raises(ApiException) as err:
        client.AppsV1Api(api).read_namespaced_deployment("nope", NS)
    assert status_of(err.value)["message"] == 'deployments.apps "nope" not found'

    request = urllib.request.Request(
        f"{fake_k8s.url('healthy')}/api/v1/widgets",
        headers={"Authorization": f"Bearer {fake_k8s.tokens[CTX_ADMIN]}"},
    )
    with pytest.raises(urllib.error.HTTPError) as http_err:
        urllib.request.urlopen(request, timeout=10)
    assert http_err.value.code == 404
    body = json.loads(http_err.value.read())
    assert body["reason"] == "NotFound"
    assert body["message"] == "the server could not find the requested resource"


def test_bad_token_is_401_and_no_token_is_anonymous(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    with pytest.raises(ApiException) as err:
        client.CoreV1Api(clients("healthy", CTX_BAD_TOKEN)).list_namespaced_pod(NS)
    assert err.value.status == 401
    status = status_of(err.value)
    assert (status["reason"], status["message"]) == ("Unauthorized", "Unauthorized")

    anonymous = urllib.request.Request(f"{fake_k8s.url('healthy')}/api/v1/namespaces/wandb/pods")
    with pytest.raises(urllib.error.HTTPError) as http_err:
        urllib.request.urlopen(anonymous, timeout=10)
    assert http_err.value.code == 403
    with urllib.request.urlopen(f"{fake_k8s.url('healthy')}/version", timeout=10) as resp:
        assert json.loads(resp.read())["gitVersion"] == "v1.29.4-eks-036c24b"
    assert fake_k8s.users[CTX_ADMIN] == ADMIN_USER


# ------------------------------------------------------------------------------------------------
# discovery
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_discovery(clients: Callable[[str, str], client.ApiClient], scenario: str) -> None:
    api = clients(scenario, CTX_ADMIN)
    assert client.CoreApi(api).get_api_versions().versions == ["v1"]
    groups = {g.name: g for g in client.ApisApi(api).get_api_versions().groups}
    assert {"apps", "batch", "networking.k8s.io", "apiextensions.k8s.io"} <= set(groups)
    assert "apps.wandb.com" in groups
    assert present(groups["apps"].preferred_version).group_version == "apps/v1"
    openshift = {"route.openshift.io", "security.openshift.io"}
    if scenario == "openshift":
        assert openshift <= set(groups)
    else:
        assert not openshift & set(groups)

    core = {r.name: r for r in client.CoreV1Api(api).get_api_resources().resources}
    assert core["pods"].namespaced and "list" in core["pods"].verbs
    assert core["pods/log"].verbs == ["get"]
    assert not core["nodes"].namespaced
    crs = client.CustomObjectsApi(api).get_api_resources("apps.wandb.com", "v1")
    [wandb] = [r for r in crs.resources if r.name == "weightsandbiases"]
    assert (wandb.kind, wandb.namespaced) == ("WeightsAndBiases", True)


def test_dynamic_client_finds_the_custom_resource_and_routes(
    clients: Callable[[str, str], client.ApiClient],
) -> None:
    healthy = DynamicClient(clients("healthy", CTX_ADMIN))  # type: ignore[no-untyped-call]
    wandb = healthy.resources.get(api_version="apps.wandb.com/v1", kind="WeightsAndBiases")
    [cr] = wandb.get(namespace=NS).items
    assert cr.metadata.name == "wandb"
    with pytest.raises(ResourceNotFoundError):
        healthy.resources.get(api_version="route.openshift.io/v1", kind="Route")

    openshift = DynamicClient(clients("openshift", CTX_ADMIN))  # type: ignore[no-untyped-call]
    routes = openshift.resources.get(api_version="route.openshift.io/v1", kind="Route")
    assert [r.spec.host for r in routes.get(namespace=NS).items] == ["wandb.apps.ocp4.example.com"]


# ------------------------------------------------------------------------------------------------
# the server without HTTP
# ------------------------------------------------------------------------------------------------


def test_container_must_be_named_when_a_pod_has_several(fake_k8s: FakeK8s) -> None:
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "two", "namespace": NS, "uid": "u", "resourceVersion": "1"},
        "spec": {
            "nodeName": "n",
            "initContainers": [{"name": "init-db", "image": "i"}],
            "containers": [{"name": "app", "image": "a"}, {"name": "sidecar", "image": "s"}],
        },
        "status": {"phase": "Running"},
    }
    scenario = Scenario(
        name="unit",
        description="",
        version={},
        api_groups=frozenset(),
        objects={resource_type("Pod"): [pod]},
        logs={},
        resource_version=1,
    )
    server = FakeApiServer({"unit": scenario}, {"t": ADMIN_USER})
    resp = server.handle(
        Request(
            "GET", "/s/unit/api/v1/namespaces/wandb/pods/two/log", {}, {"authorization": "Bearer t"}
        )
    )
    assert resp.code == 400
    assert json.loads(resp.body)["message"] == (
        "a container name must be specified for pod two, choose one of: [app sidecar] "
        "or one of the init containers: [init-db]"
    )
    assert fake_k8s.scenarios["healthy"].description

    # no custom resource in this scenario: apps.wandb.com is neither advertised nor served
    apis = server.handle(Request("GET", "/s/unit/apis", {}, {"authorization": "Bearer t"}))
    groups = {g["name"] for g in json.loads(apis.body)["groups"]}
    assert "apps.wandb.com" not in groups and "apps" in groups
    crs = server.handle(
        Request(
            "GET",
            "/s/unit/apis/apps.wandb.com/v1/namespaces/wandb/weightsandbiases",
            {},
            {"authorization": "Bearer t"},
        )
    )
    assert crs.code == 404


def test_writes_are_refused_and_the_root_lists_paths(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    with pytest.raises(ApiException) as err:
        client.CoreV1Api(clients("healthy", CTX_ADMIN)).delete_namespaced_pod(APP_POD, NS)
    assert err.value.status == 405
    assert status_of(err.value)["reason"] == "MethodNotAllowed"
    request = urllib.request.Request(
        fake_k8s.url("openshift") + "/",
        headers={"Authorization": f"Bearer {fake_k8s.tokens[CTX_ADMIN]}"},
    )
    with urllib.request.urlopen(request, timeout=10) as resp:
        paths = json.loads(resp.read())["paths"]
    assert "/apis/route.openshift.io/v1" in paths and "/api/v1" in paths


def test_limit_bytes_can_split_a_utf8_character(
    fake_k8s: FakeK8s, clients: Callable[[str, str], client.ApiClient]
) -> None:
    """As with a real kubelet, limitBytes cuts bytes: the preloading client then fails to decode,
    so a collector reads logs with `_preload_content=False` and decodes leniently."""
    console = "wandb-console-5b7d8c9f6-h2j8k"
    raw = fake_k8s.log_text("healthy", console, "console").encode()
    cut = raw.index("▲".encode()) + 1
    core = client.CoreV1Api(clients("healthy", CTX_ADMIN))
    with pytest.raises(UnicodeDecodeError):
        core.read_namespaced_pod_log(console, NS, limit_bytes=cut)
    resp = unloaded(
        core.read_namespaced_pod_log(console, NS, limit_bytes=cut, _preload_content=False)
    )
    assert resp.read() == raw[:cut]


def test_every_sentinel_is_planted_somewhere(fake_k8s: FakeK8s) -> None:
    """So a collector test asserting "no sentinel in the bundle" checks something real."""
    served: list[str] = []
    for scenario in SCENARIOS:
        sc = fake_k8s.scenarios[scenario]
        for items in sc.objects.values():
            for obj in items:
                served.append(json.dumps(obj))
                if obj["kind"] == "Secret":
                    served.extend(base64.b64decode(v).decode() for v in obj["data"].values())
        served.extend(text for lines in sc.logs.values() for _, text in lines)
    blob = "\n".join(served)
    for name, value in fake_k8s.sentinels.items():
        assert value in blob, name
    assert len(set(fake_k8s.sentinels.values())) == len(fake_k8s.sentinels)
