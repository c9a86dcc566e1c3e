"""Proves the `dockerd` fixture: a real engine, the W&B look-alikes, their logs, files and env."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docker
import pytest
from docker.models.containers import Container

from tests.servers.dockerd import DockerEngine
from tests.servers.dockerd_lookalike import GORILLA_FILLER_LINES

pytestmark = pytest.mark.servers


@pytest.fixture(scope="module")
def client(dockerd: DockerEngine) -> Iterator[docker.DockerClient]:
    c = dockerd.client()
    yield c
    c.close()


def _container(client: docker.DockerClient, name: str) -> Container:
    c = client.containers.get(name)
    assert isinstance(c, Container)
    return c


def _read_file(container: Container, path: str) -> str:
    chunks, stat = container.get_archive(path)
    assert stat["name"] == Path(path).name
    with tarfile.open(fileobj=io.BytesIO(b"".join(chunks))) as tar:
        member = tar.getmembers()[0]
        f = tar.extractfile(member)
        assert f is not None
        return f.read().decode()


def test_engine_is_private_and_reachable(dockerd: DockerEngine) -> None:
    assert dockerd.base_url == f"unix://{dockerd.socket_path}"
    assert dockerd.socket_path.is_socket()
    assert str(dockerd.root) in Path(f"/proc/{dockerd.dockerd_pid}/cmdline").read_text()
    assert dockerd.containerd_pid is not None
    assert str(dockerd.root) in Path(f"/proc/{dockerd.containerd_pid}/cmdline").read_text()
    assert (dockerd.root / "key.json").exists()  # trust key kept out of /etc/docker
    # DOCKER_HOST works too, the way a `wbdiag` subprocess would find the engine.
    from_env = docker.from_env(environment={"DOCKER_HOST": dockerd.base_url})
    try:
        assert from_env.ping()
        info = from_env.info()
        assert info["Driver"] == "vfs"
        assert info["DockerRootDir"] == str(dockerd.root / "data")
    finally:
        from_env.close()


def test_images(client: docker.DockerClient, dockerd: DockerEngine) -> None:
    wandb = client.images.get(dockerd.wandb_image)
    plain = client.images.get(dockerd.plain_image)
    assert wandb.tags == ["wandb/local:0.59.2-lookalike"]
    assert plain.tags == ["busybox-plain:latest"]
    assert wandb.id != plain.id  # separate images: the plain one carries no wandb tag
    assert [t for i in client.images.list(name="wandb/local") for t in i.tags] == [
        dockerd.wandb_image
    ]


def test_containers_listed_with_images_names_states(
    client: docker.DockerClient, dockerd: DockerEngine
) -> None:
    running = {c.name for c in client.containers.list()}
    assert running == {dockerd.wandb_container, dockerd.unrelated_container}
    everything = {c.name: c for c in client.containers.list(all=True)}
    assert set(everything) == set(dockerd.container_names)

    wandb = everything[dockerd.wandb_container]
    crashed = everything[dockerd.crashed_container]
    unrelated = everything[dockerd.unrelated_container]
    assert wandb.status == "running"
    assert crashed.status == "exited"
    assert unrelated.status == "running"
    for c in (wandb, crashed):
        assert c.attrs["Config"]["Image"] == dockerd.wandb_image
        assert c.image is not None and dockerd.wandb_image in c.image.tags
        assert c.attrs["Config"]["User"] == dockerd.container_user
    assert unrelated.attrs["Config"]["Image"] == dockerd.plain_image
    assert unrelated.image is not None
    assert not any(t.startswith("wandb/") for t in unrelated.image.tags)
    assert unrelated.attrs["Config"]["Env"] is None or not any(
        e.startswith(("MYSQL=", "BUCKET=", "LICENSE=")) for e in unrelated.attrs["Config"]["Env"]
    )
    # W&B's data volume, as `docker run -v wandb:/vol` gives it.
    mounts = {m["Destination"]: m for m in wandb.attrs["Mounts"]}
    assert mounts["/vol"]["Type"] == "volume" and mounts["/vol"]["Name"] == "wandb"


def test_logs_tail_with_timestamps(client: docker.DockerClient, dockerd: DockerEngine) -> None:
    wandb = _container(client, dockerd.wandb_container)
    # The last stdout lines: panic trace (5), unknown error, ready marker. The one stderr line is
    # written early, but Docker copies the two streams separately, so allow one line more.
    tail = wandb.logs(timestamps=True, tail=9).decode().splitlines()
    assert len(tail) == 9
    for line in tail:
        stamp, _, _ = line.partition(" ")
        # Docker stamps each line with RFC 3339 nanoseconds, e.g. 2026-11-28T23:26:13.217129533Z
        datetime.fromisoformat(stamp[:26] + "+00:00")
    texts = [line.partition(" ")[2] for line in tail]
    # stdout and stderr are copied separately, so only stdout's own order is guaranteed.
    assert dockerd.ready_marker in texts[-2:]
    # Docker quirk: `tail` counts both streams' lines before the stdout/stderr filter, so ask
    # for a little more than one line to get the last stdout line.
    last = wandb.logs(stdout=True, stderr=False, timestamps=True, tail=3).decode().splitlines()
    assert last[-1].partition(" ")[2] == dockerd.ready_marker
    assert dockerd.panic_line in texts
    assert dockerd.unknown_error_line in texts
    assert dockerd.stderr_line in wandb.logs().decode().splitlines()  # merged in by arrival

    stdout = wandb.logs(stdout=True, stderr=False).decode().splitlines()
    stderr = wandb.logs(stdout=False, stderr=True).decode().splitlines()
    assert stderr == [dockerd.stderr_line]
    assert len(stdout) > dockerd.stdout_filler_lines
    assert sum(1 for s in stdout if '"msg":"request served"' in s) == dockerd.stdout_filler_lines
    # W&B-like JSON lines parse, and the start-up banner prints the secret-bearing BUCKET URL.
    json_lines = [json.loads(s) for s in stdout if s.startswith("{")]
    assert {"level", "time", "msg"} <= set(json_lines[0])
    assert f"  BUCKET={dockerd.wandb_environment['BUCKET']}" in stdout
    # Byte volume: enough to exercise a collector's byte caps.
    assert len(wandb.logs()) > 1_500_000


def test_files_inside_the_container(client: docker.DockerClient, dockerd: DockerEngine) -> None:
    wandb = _container(client, dockerd.wandb_container)
    gorilla = _read_file(wandb, "/var/log/gorilla.log").splitlines()
    records = [json.loads(line) for line in gorilla]
    assert len(records) == 4 + GORILLA_FILLER_LINES + 1
    errors = [r for r in records if r["level"] == "error"]
    assert errors[0]["error"] == dockerd.mysql_denied_error
    assert errors[0]["time"] == "2026-11-28T10:00:02Z"
    assert json.loads(dockerd.unknown_error_line) in records

    mysql = _read_file(wandb, "/var/log/mysql.log")
    assert "[MY-010931] [Server] /usr/sbin/mysqld: ready for connections" in mysql
    local = _read_file(wandb, "/var/log/local.log")
    assert dockerd.wandb_environment["MYSQL"] in local  # a secret in a file, for scrub tests
    for path in dockerd.log_files:
        assert _read_file(wandb, path)
    with pytest.raises(docker.errors.NotFound):
        wandb.get_archive("/var/log/no-such.log")


def test_crashed_container(client: docker.DockerClient, dockerd: DockerEngine) -> None:
    crashed = _container(client, dockerd.crashed_container)
    state = crashed.attrs["State"]
    assert state["Status"] == "exited"
    assert state["ExitCode"] == 1
    assert state["Running"] is False and state["OOMKilled"] is False
    assert crashed.attrs["HostConfig"]["RestartPolicy"]["Name"] == "no"
    assert crashed.attrs["RestartCount"] == 0
    logs = crashed.logs().decode().splitlines()
    assert dockerd.panic_line in logs
    assert crashed.wait(timeout=5)["StatusCode"] == 1


def test_network_modes_are_none_or_host(client: docker.DockerClient, dockerd: DockerEngine) -> None:
    modes = {c.name: c.attrs["HostConfig"]["NetworkMode"] for c in client.containers.list(all=True)}
    assert modes == {
        dockerd.wandb_container: "none",
        dockerd.crashed_container: "none",
        dockerd.unrelated_container: "host",
    }
    assert {n.name for n in client.networks.list()} <= {"none", "host"}
    assert not [n for n in client.networks.list() if n.attrs["Driver"] == "bridge"]


def test_environment_contains_planted_secrets(
    client: docker.DockerClient, dockerd: DockerEngine
) -> None:
    env_list = _container(client, dockerd.wandb_container).attrs["Config"]["Env"]
    env = dict(e.split("=", 1) for e in env_list)
    for key, value in dockerd.wandb_environment.items():
        assert env[key] == value
    assert env["HOST"] == "https://wandb.example.test"
    assert env["LOGGING_ENABLED"] == "true"
    assert env["BUCKET_QUEUE"].startswith("sqs://")

    assert len(dockerd.secrets) == len(set(dockerd.secrets)) == 5
    joined = "\n".join(env_list)
    for secret in dockerd.secrets:
        assert len(secret) >= 20
        assert secret in joined
    password, access_key, secret_key, license_jwt, session_key = dockerd.secrets
    assert password.startswith("Dkr-Secret-pw-")
    assert env["MYSQL"] == f"mysql://wandb_local:{password}@127.0.0.1:3306/wandb_local"
    assert access_key.startswith("AKIADKRFAKE") and access_key.isupper() and len(access_key) == 20
    assert env["BUCKET"] == f"s3://{access_key}:{secret_key}@127.0.0.1:9000/local-files"
    assert secret_key.startswith("Dkr-Secret-key-")
    assert env["LICENSE"] == license_jwt and license_jwt.count(".") == 2
    assert len(license_jwt) > 300
    assert env["GORILLA_SESSION_KEY"] == session_key
    # The crashed container got the same settings; the unrelated one none of them.
    crashed_env = "\n".join(_container(client, dockerd.crashed_container).attrs["Config"]["Env"])
    assert all(s in crashed_env for s in dockerd.secrets)
    unrelated_env = _container(client, dockerd.unrelated_container).attrs["Config"]["Env"] or []
    assert not any(s in "\n".join(unrelated_env) for s in dockerd.secrets)
