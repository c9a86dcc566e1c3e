"""The real `kubernetes` client reading pod logs from the fake API server: the whole text, tail
lines, byte limits and timestamps, since-seconds, the previous run, init and waiting containers,
streaming, parallel reads."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from kubernetes import client
from kubernetes.client.exceptions import ApiException

from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_users import (
    CTX_ADMIN,
)
from tests.servers.k8s_client_support import (
    API_POD,
    APP_POD,
    CONSOLE_POD,
    NS,
    PARQUET_POD,
    RFC3339_NANO,
    WEAVE_POD,
    epoch_ns,
    status_of,
    unloaded,
)

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
