"""The real `kubernetes` client against the fake API server: paging with `limit` and `continue`,
label and field selectors (and the 400 a bad one gets), and discovery (the dynamic client finds
the custom resource and OpenShift's routes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kubernetes import client
from kubernetes.client.exceptions import ApiException
from kubernetes.dynamic import DynamicClient
from kubernetes.dynamic.exceptions import ResourceNotFoundError

from tests.helpers import present
from tests.servers.fake_k8s_scenarios import SCENARIOS
from tests.servers.fake_k8s_users import (
    CTX_ADMIN,
)
from tests.servers.k8s_client_support import (
    CONSOLE_POD,
    NS,
    PARQUET_POD,
    WEAVE_POD,
    label,
    name_of,
    names,
    status_of,
)

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
