"""The real `kubernetes` client against the fake API server's errors: RBAC's 403 for the restricted
user, SelfSubjectAccessReviews, 404 for unknown objects and paths, 401 for a bad token and the
anonymous user without one."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest
from kubernetes import client
from kubernetes.client.exceptions import ApiException

from tests.helpers import present
from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_users import (
    ADMIN_USER,
    CTX_ADMIN,
    CTX_BAD_TOKEN,
    CTX_RESTRICTED,
    RESTRICTED_USER,
)
from tests.servers.k8s_client_support import (
    APP_POD,
    NS,
    status_of,
)

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
