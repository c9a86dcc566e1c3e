"""The Docker collector against engines that do not answer: a missing, refused or forbidden socket
skips or forbids with a bundle that says why, and the SDK's errors are classified."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.collect.docker_support import (
    Collected,
    run_collect,
)
from wbdiag.collect.base import SourceForbidden, SourceSkipped
from wbdiag.collect.sources.docker_engine import (
    classify_engine_error,
    connect,
)
from wbdiag.rules.model import Status

pytestmark = pytest.mark.servers


# -- engines that do not answer ----------------------------------------------------------------
@pytest.fixture
def short_dir() -> Iterator[Path]:
    """unix socket paths are limited to 108 bytes: pytest's tmp_path can be longer."""
    with tempfile.TemporaryDirectory(prefix="wbdiag-dk-", dir="/tmp") as d:
        yield Path(d)


def assert_skipped_bundle(bundle: Collected, why: str) -> None:
    rec = bundle.record
    assert rec["status"] == "skipped" and why in rec["error"], rec
    assert rec["files"] == []
    assert not any(p.startswith("docker/") for p in bundle.members)
    assert bundle.manifest["deployment"] == "none"
    exited = bundle.finding("docker.exited")
    assert exited.status is Status.NOT_EVALUATED
    assert exited.reason is not None and "collector docker skipped" in exited.reason


def test_missing_socket_skips(short_dir: Path) -> None:
    url = f"unix://{short_dir}/missing/docker.sock"
    bundle = run_collect(short_dir, docker_host=url)
    assert_skipped_bundle(bundle, f"no Docker engine at {url}: the socket does not exist")


def test_refused_socket_skips(short_dir: Path) -> None:
    path = short_dir / "refused.sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))  # bound, never listening: connect() is refused
    try:
        bundle = run_collect(short_dir, docker_host=f"unix://{path}")
    finally:
        sock.close()
    assert_skipped_bundle(bundle, "connection refused")


def test_permission_denied_on_the_socket_is_forbidden(short_dir: Path) -> None:
    path = short_dir / "docker.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(1)
    os.chmod(path, 0o600)
    os.chmod(short_dir, 0o755)
    url = f"unix://{path}"
    try:
        if os.geteuid() != 0:
            os.chmod(path, 0)
            with pytest.raises(SourceForbidden, match="permission denied"):
                connect(url)
            return
        # root ignores file modes: try as `nobody` in a forked child (modules already loaded)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child reports through the pipe
            try:
                os.setgid(65534)
                os.setuid(65534)
                connect(url)
                message = "connected"
            except BaseException as exc:
                message = f"{type(exc).__name__}: {exc}"
            os.write(write, message.encode()[:4000])
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        message = os.read(read, 4096).decode()
        os.close(read)
    finally:
        server.close()
    assert message.startswith("SourceForbidden: permission denied on the Docker engine at " + url)


def test_classification_of_the_sdk_errors() -> None:
    import docker.errors
    import requests
    import urllib3.exceptions

    def wrapped(inner: OSError) -> docker.errors.DockerException:
        protocol = urllib3.exceptions.ProtocolError("Connection aborted.", inner)
        try:
            try:
                raise requests.exceptions.ConnectionError(protocol)
            except requests.exceptions.ConnectionError as exc:
                raise docker.errors.DockerException(
                    f"Error while fetching server API version: {exc}"
                ) from exc
        except docker.errors.DockerException as outer:
            return outer

    where = "unix:///var/run/docker.sock"
    denied = classify_engine_error(wrapped(PermissionError(13, "Permission denied")), where)
    assert isinstance(denied, SourceForbidden)
    for inner in (FileNotFoundError(2, "x"), ConnectionRefusedError(111, "x"), TimeoutError()):
        assert isinstance(classify_engine_error(wrapped(inner), where), SourceSkipped)
    assert (
        classify_engine_error(docker.errors.DockerException("Invalid bind address"), where) is None
    )
