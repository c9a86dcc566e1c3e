"""Fixtures the tests of the fake Kubernetes API server share."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from kubernetes import client

from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_users import CTX_ADMIN


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
