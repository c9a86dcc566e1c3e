"""The miner lists probes that failed, whatever level they are logged at (error_states.py): a
database wait's probe that got no answer, pg_isready's `host:port - no response` or `- rejecting
connections` and busybox nc's refusal of its target, as init containers and entrypoint scripts
print them in their wait loop without any error word; and kubelet's prober recording a failed
probe at INFO, the failure its Warning event `Unhealthy` reports. The wait's end, a probe that
succeeded and prose with the same words stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # pg_isready in an init script's loop (openclarity/openclarity#26, apecloud/kubeblocks#3753)
        "postgres:5432 - no response",
        "pgtest-postgresql-0.pgtest-postgresql-headless:5432 - no response",
        "postgres.railway.internal:5432 - no response",
        # ... through a Unix socket's directory, and a server that refuses connections (starting
        # up, shutting down, in recovery)
        "/var/run/postgresql:5432 - no response",
        "db.example.internal:6432 - rejecting connections",
        # busybox nc in an init container: a malformed host (buildbuddy-io/buildbuddy-helm#98), a
        # name that does not resolve, a refused port; behind a container's name
        "init-mysql nc: bad port '//buildbuddy-mysql'",
        "nc: bad address 'wandb-mysql'",
        "wait-for-db nc: can't connect to remote host (10.0.0.5): Connection refused",
        # Bitnami's wait-for-port out of time (heldout79 #48, bitnami/bitnami-docker-redis#120)
        'timeout reached before the port went into state "in_use"',
    ],
)
def test_wait_probes_without_an_answer_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the wait's end, and the wait itself (server.init_db_wait counts those)
        "postgres:5432 - accepting connections",
        "waiting for database",
        "init-mysql waiting for buildbuddy-mysql service",
        # the same words in prose or code, not ending the line with a host and port
        "Client acknowledgment - no response needed",
        "Gateway Timeout - no response from upstream within proxy_read_timeout 60s",
        "console.error('Request timeout - no response received');",
        "The probe at postgres:5432 - no response yet, retrying in 2s",
        # other programs' `bad` words
        "rsync: bad port number in config",
        "func: bad address",
        'waiting until the port went into state "in_use"',
    ],
)
def test_wait_probe_look_alikes_are_not_listed(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # klog's structured record (secureCodeBox/secureCodeBox#2265), and through journald
        'I0203 05:19:12.412872    1934 prober.go:121] "Probe failed" probeType="Readiness" '
        'pod="securecodebox/securecodebox-controller-manager-68c5b6c946-s4tgg" '
        'podUID=b5e51497-99ae-4217-ac85-1aaa8bcbad4f containerName="manager" probeResult=failure '
        'output="Get \\"http://10.8.0.118:8081/readyz\\": dial tcp 10.8.0.118:8081: connect: '
        'connection refused"',
        'Mar 21 10:00:00 node-1 kubelet[812]: I0321 10:00:00.000000     812 prober.go:107] "Probe '
        'failed" probeType="Liveness" pod="wandb/wandb-app-0" containerName="app" '
        'probeResult=failure output="HTTP probe failed with statuscode: 503"',
        # before structured logging
        'I0321 10:00:00.000000    1234 prober.go:111] Liveness probe for "wandb-app-0_wandb('
        '1c2d-3e4f):app" failed (failure): HTTP probe failed with statuscode: 503',
    ],
)
def test_kubelet_failed_probes_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        'I0321 10:00:00.000000    1234 prober.go:116] "Probe succeeded" probeType="Readiness" '
        'pod="wandb/wandb-app-0" containerName="app"',
        'I0321 10:00:00.000000    1234 prober.go:121] "Probe failed" probeType="Startup" '
        'pod="wandb/wandb-app-0" containerName="app" probeResult=unknown output=""',
        'I0321 10:00:00.000000    1234 prober.go:111] Readiness probe for "wandb-app-0_wandb('
        '1c2d):app" succeeded',
    ],
)
def test_kubelet_probe_look_alikes_are_not_listed(line: str) -> None:
    assert not miner_lists(line)
