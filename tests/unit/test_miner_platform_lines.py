"""The miner on lines of the platforms around a deployment (infrastructure as code, GitOps, other
self-hosted services on the same stack): their routine answers stay out (error_notices.py), their
failures in their own shapes are listed; real lines from tests/realworld with their sources."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # etcdctl mk of a key a start-up script sets once (deis/deis#4779), behind journald's
        # prefix and alone; the Go client's error without etcdctl's prefix
        "Dec 04 21:07:14 ip-10-21-10-18.eu-central-1.compute.internal etcdctl[22474]: Error:  105: "
        "Key already exists (/deis/cache) [15902]",
        "Error:  105: Key already exists (/deis/cache) [15902]",
        "105: Key already exists (/coreos.com/network/config) [8]",
    ],
)
def test_routine_answers_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a program that says what failed because the key exists, and another etcd error code
        "Error:  failed to register the unit: 105: Key already exists (/deis/cache) [15902]",
        "Error:  100: Key not found (/deis/cache) [15902]",
        # another store's "already exists" that stops a migration (tests/realworld/heldout35.yaml)
        "FAIL 20220330100659_AddJobsTable.go (create table: Error 1050: Table 'jobs' already "
        "exists), quitting migration",
    ],
)
def test_failures_are_listed(line: str) -> None:
    assert miner_lists(line)
