"""Session-wide fixtures. Real servers are started once per test session by the plugins below."""

from __future__ import annotations

pytest_plugins = [
    "tests.servers.mariadb",
    "tests.servers.seaweed",
    "tests.servers.nginx",
    "tests.servers.nginx_sites",
    "tests.servers.dockerd",
    "tests.servers.fake_k8s",
    "tests.scheduling",
]
