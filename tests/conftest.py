"""Session-wide fixtures. Real servers are started once per test session by the plugins below."""

from __future__ import annotations

import pytest

pytest_plugins = [
    "tests.servers.mariadb",
    "tests.servers.seaweed",
    "tests.servers.nginx",
    "tests.servers.nginx_sites",
    "tests.servers.dockerd",
    "tests.servers.fake_k8s",
]

# The slowest files run first. `--dist=loadfile` hands files to the workers in collection order,
# so a slow file collected last keeps one worker busy while the other has nothing left to do.
SLOW_FIRST = (
    "tests/hostile/test_budgets.py",
    "tests/fuzz/test_fuzz.py",
    "tests/unit/test_matching.py",
    "tests/unit/test_miner_fast_paths.py",
    "tests/redact/test_corpus.py",
    "tests/hostile/test_archives.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: n for n, path in enumerate(SLOW_FIRST)}
    # stable: each file's tests keep their order, and the other files theirs
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
