"""The miner on lines of load, contention and limits: a wait for something not ready yet that names
its own wait is a notice at any level (error_notices.py); its look-alikes with a failure stay
listed."""

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
