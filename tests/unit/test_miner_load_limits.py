"""The miner on lines of load, contention and limits: a wait for something not ready yet that names
its own wait is a notice at any level (error_notices.py); its look-alikes with a failure stay
listed. Limits reached without a level word are listed (error_candidates.py, error_confirm.py,
error_states.py' S3 messages, error_gateways.py's Envoy record); their look-alikes are not."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # Harbor's jobservice while a job's stats are still being written (goharbor/harbor#17347)
        "2022-08-08T18:25:44Z [ERROR] [/jobservice/runner/redis.go:93]: Track job "
        "bf57a057e2c435142538931b: stats may not have been ready yet, hold for 1499 ms and retry "
        "again",
        # the same wait in other words: a wait before the retry, a retry that names its delay
        "2026-12-05T10:00:00Z [ERROR] [/jobservice/runner/redis.go:93]: Track job 1f: stats not "
        "ready yet, waiting 500 ms before retrying",
        "ERROR: index shard 3: not available yet, retrying in 2 seconds.",
    ],
)
def test_a_wait_that_names_itself_is_a_notice(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a failure after the wait, or in the message before it
        "2026-12-05T10:00:00Z [ERROR] [/jobservice/runner/redis.go:93]: Track job 1f: stats may "
        "not have been ready yet, hold for 1499 ms and retry again: connection refused",
        "2026-12-05T10:00:00Z [ERROR] Track job 1f: redis error, stats not ready yet, hold for "
        "1499 ms and retry again",
        "2026-12-05T10:00:00Z [ERROR] Track job 1f: timed out, stats not ready yet, retrying in 5s",
        # no wait named: the program gave up
        "2026-12-05T10:00:00Z [ERROR] Track job 1f: stats may not have been ready yet, giving up "
        "after 3 retries",
    ],
)
def test_a_wait_with_a_failure_stays_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # MySQL's command-line clients name themselves before their error (sysown/proxysql#794)
        "mysqlslap: Error when connecting to server: 1226 User 'root' has exceeded the "
        "'max_user_connections' resource (current value: 2)",
        "mysqlcheck: Got error: 1040: Too many connections when trying to connect",
        # SQLAlchemy's exhausted pool, alone and as its exception (ami-notifications-api#375)
        "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 "
        "(Background on this error at: https://sqlalche.me/e/20/3o7r)",
        "sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow -1 reached, connection "
        "timed out, timeout 10",
        # an S3-compatible store's SlowDown in its own words (flysystem-aws-s3-v3#278)
        'SlowDown (server): Reduce your request rate. - <?xml version="1.0" encoding="UTF-8"?>',
        # nginx's alert pasted without its header, and with it (VictoriaMetrics/ansible-playbooks#6)
        "worker_connections are not enough while connecting to upstream, client: 10.193.124.19, "
        'server: 0.0.0.0:8480, upstream: "10.193.124.19:8480"',
        "2026/12/05 10:00:00 [alert] 31#31: *9120 1024 worker_connections are not enough while "
        "connecting to upstream, client: 10.0.0.7",
        # Connector/J's packet over max_allowed_packet, capitalised (OtterMind/Chat2DB#91)
        "Packet for query is too large (4,739,923 > 65,535). You can change this value on the "
        "server by setting the 'max_allowed_packet' variable.: null",
        # Envoy's record with the response code details before the flags (envoyproxy/envoy#15968)
        "503 upstream_reset_before_response_started{local reset} LR",
        "503 upstream_reset_before_response_started{connection_termination} UC",
    ],
)
def test_limits_reached_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # mysqlslap's report of a benchmark that ran
        "mysqlslap: Benchmark",
        # a pool's size in a configuration dump: nothing reached
        "INFO sqlalchemy.pool.impl.QueuePool: QueuePool limit of size 5 overflow 10",
        # a store's advice logged at INFO by a client that backs off
        "2026-12-05T10:00:00Z INFO backoff: Reduce your request rate, waiting 2s",
        # nginx's words in a comment, not its alert
        "# raise this when worker_connections are not enough",
        # Envoy's record of a request the upstream answered, and a reset with a 200
        "200 upstream_reset_after_response_started{protocol_error} UPE",
        "503 upstream_reset_before_response_started_by_peer LR",
    ],
)
def test_limit_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
