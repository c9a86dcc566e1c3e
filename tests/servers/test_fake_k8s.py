"""The real `kubernetes` client against the fake API server: every kind, every scenario.

These tests prove the fake is faithful enough for the collector: the typed API deserializes every
object the fake serves (the client's pydantic models are strict), the kubeconfig behaves as on a
real cluster, the scenarios hold what they say, and the server answers without HTTP too. Paging,
selectors and discovery: test_fake_k8s_queries.py; logs: test_fake_k8s_logs.py; RBAC and other
errors: test_fake_k8s_errors.py.
"""

from __future__ import annotations

import base64
import gzip
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException

from tests.helpers import present
from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_api import FakeApiServer
from tests.servers.fake_k8s_requests import Request
from tests.servers.fake_k8s_resources import RESOURCE_TYPES, resource_type
from tests.servers.fake_k8s_scenarios import SCENARIOS, Scenario
from tests.servers.fake_k8s_users import (
    ADMIN_USER,
    CONTEXTS,
    CTX_ADMIN,
    CTX_RESTRICTED,
)
from tests.servers.k8s_client_support import (
    API_POD,
    APP_POD,
    CONSOLE_POD,
    NS,
    PARQUET_POD,
    PLURAL_TO_KIND,
    REQUIRED_EVERYWHERE,
    TYPED,
    WEAVE_POD,
    annotation,
    container_statuses,
    json_object,
    label,
    last_terminated,
    name_of,
    names,
    status_of,
    unloaded,
    waiting,
)

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
