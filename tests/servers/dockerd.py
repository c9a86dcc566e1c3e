"""A real Docker engine for the Docker collector's tests, with W&B look-alike containers.

The session fixture `dockerd` starts a private `dockerd` (which starts its own managed containerd
under our exec-root), imports two tiny busybox images, runs three containers and yields a
`DockerEngine`:

- `wandb-local`   image `wandb/local:0.59.2-lookalike`, running, user 999:0, network none, W&B
  settings with planted secrets in its environment; its stdout carries a start-up banner that
  prints the `s3://KEY:SECRET@...` URL, W&B-style JSON lines, 20,000 filler lines, the known
  failure `panic: dial tcp 127.0.0.1:3306: connect: connection refused` and an error no rule
  knows; one line goes to stderr; /var/log/{gorilla,local,mysql,minio}.log are written inside.
- `wandb-crashed` same image, printed a panic and exited with code 1 (restart policy "no").
- `unrelated`     image `busybox-plain:latest`, running, network host: must not be taken for W&B.

The look-alike's names, lines, images, containers and planted settings: dockerd_lookalike.py.

Nothing here uses a bridge network or iptables. Everything lives in one private directory
/tmp/wbdiag-dockerd-*; at session end the containers are removed, dockerd is stopped by its pid
(it stops its containerd), leftover mounts under the directory are unmounted and it is deleted.
If pytest is killed before its finalizers run, dockerd gets SIGTERM from the kernel (parent-death
signal) and stops its containers itself; the next session sweeps the orphaned directory. The
look-alike's idle `sleep` is bounded (3 h) as a last resort.

Docker quirk met here (20.10, json-file): `logs(stdout=True, stderr=False, tail=N)` takes the
last N lines of BOTH streams and then filters, so it can return fewer than N stdout lines, or
none at all when the last line was on stderr.

Outside the private directory the engine only touches what these versions hard-code: empty
/run/docker/plugins, the shim socket directory /run/containerd/s (sockets removed on exit), and
the `docker` cgroup under each cgroup v1 hierarchy (per-container cgroups removed on exit).

Flags, as found on the Debian 12 machine (docker.io 20.10.24, containerd 1.6.20, runc 1.1.5,
cgroup v1, no AppArmor in the kernel): the plain set below is enough; no cgroup, seccomp or
runtime flag is needed. The trust key (which 20.10 writes to /etc/docker/key.json by default) is
moved into the private directory with the config-file-only key `deprecated-key-path`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

from tests.servers.common import require_binary, spawn, stop_pid, unavailable, wait_until
from tests.servers.dockerd_lookalike import (
    CRASHED_CONTAINER,
    LOG_FILES,
    MYSQL_DENIED_ERROR,
    PANIC_LINE,
    PLAIN_IMAGE,
    READY_MARKER,
    STARTUP_TIMEOUT,
    STDERR_LINE,
    STDOUT_FILLER_LINES,
    UNKNOWN_ERROR_LINE,
    UNRELATED_CONTAINER,
    WANDB_CONTAINER,
    WANDB_IMAGE,
    _import_images,
    _is_static_elf,
    _planted_settings,
    _run_containers,
    _wait_for_containers,
)

# the redaction tests import the label from here
from tests.servers.dockerd_lookalike import FIXTURE_LABEL as FIXTURE_LABEL

if TYPE_CHECKING:
    import docker

ROOT_PARENT = "/tmp"
ROOT_PREFIX = "wbdiag-dockerd-"


@dataclass(frozen=True)
class DockerEngine:
    """What the `dockerd` fixture started. Read-only; tests must not stop or remove anything."""

    base_url: str  # unix:///tmp/wbdiag-dockerd-XXXX/docker.sock; also valid as DOCKER_HOST
    socket_path: Path
    root: Path  # private directory: data/, exec/, dockerd.log, daemon.json
    log_path: Path  # dockerd's own log (containerd logs into it too)
    dockerd_pid: int
    containerd_pid: int | None  # dockerd's managed containerd
    wandb_image: str
    plain_image: str
    wandb_container: str
    crashed_container: str
    unrelated_container: str
    secrets: tuple[str, ...]  # every secret value planted; none may appear in a bundle
    wandb_environment: Mapping[str, str]  # the W&B settings given to wandb-local and wandb-crashed
    startup_seconds: float
    ready_marker: str = READY_MARKER
    panic_line: str = PANIC_LINE
    unknown_error_line: str = UNKNOWN_ERROR_LINE
    mysql_denied_error: str = MYSQL_DENIED_ERROR
    stderr_line: str = STDERR_LINE
    stdout_filler_lines: int = STDOUT_FILLER_LINES
    log_files: tuple[str, ...] = LOG_FILES
    container_user: str = "999:0"

    @property
    def container_names(self) -> tuple[str, ...]:
        return (self.wandb_container, self.crashed_container, self.unrelated_container)

    @property
    def env(self) -> dict[str, str]:
        """Environment for a subprocess (e.g. `wbdiag collect`) that should talk to this engine."""
        return {**os.environ, "DOCKER_HOST": self.base_url}

    def client(self, timeout: int = 60) -> docker.DockerClient:
        import docker

        return docker.DockerClient(base_url=self.base_url, timeout=timeout)


# --- engine -------------------------------------------------------------------------------------


def _mounts_under(root: Path) -> list[str]:
    prefix = str(root) + "/"
    found: list[str] = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            point = line.split()[4].replace("\\040", " ")
            if point == str(root) or point.startswith(prefix):
                found.append(point)
    return sorted(found, key=len, reverse=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _runs_under(pid: int, root: Path) -> bool:
    """True while `pid` is alive and its command line names our private directory."""
    try:
        return str(root) in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def _remove_containers(client: docker.DockerClient) -> None:
    for c in client.containers.list(all=True):
        with contextlib.suppress(Exception):
            c.remove(force=True, v=True)
    with contextlib.suppress(Exception):
        client.volumes.prune()


def _cleanup_root(root: Path) -> None:
    for point in _mounts_under(root):
        subprocess.run(["umount", "-l", point], check=False, capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


def _sweep_stale_roots() -> None:
    """Remove private directories left by a run that was killed before its finalizer ran.

    Such a run's dockerd got SIGTERM (see `common.die_with_parent`) and stopped its containers, but
    the directory and a namespace mount in it stay. A directory whose dockerd is still alive, or
    which is young and has no pidfile yet (a run starting right now), is left alone.
    """
    for root in Path(ROOT_PARENT).glob(f"{ROOT_PREFIX}*"):
        try:
            owner_file, pid_file = root / "owner.pid", root / "docker.pid"
            if owner_file.exists():
                if _pid_alive(int(owner_file.read_text().strip())):
                    continue  # its pytest still runs: a concurrent session
            elif time.time() - root.stat().st_mtime < 600:
                continue  # being created right now
            if pid_file.exists() and _runs_under(int(pid_file.read_text().strip()), root):
                continue
        except (OSError, ValueError):
            continue
        _cleanup_root(root)


@pytest.fixture(scope="session")
def dockerd() -> Iterator[DockerEngine]:
    """A private Docker engine with the W&B look-alike containers (see the module docstring)."""
    try:
        import docker
    except ImportError:  # pragma: no cover - docker is a project dependency
        unavailable("the docker Python SDK is not installed")
        raise
    if os.geteuid() != 0:
        unavailable("dockerd needs root")
    dockerd_bin = require_binary("dockerd", "/usr/sbin/dockerd", "/usr/bin/dockerd")
    require_binary("containerd", "/usr/bin/containerd")
    require_binary("containerd-shim-runc-v2", "/usr/bin/containerd-shim-runc-v2")
    require_binary("runc", "/usr/sbin/runc", "/usr/bin/runc")
    busybox = require_binary("busybox", "/bin/busybox", "/usr/bin/busybox")
    if not _is_static_elf(busybox):
        unavailable(f"{busybox} is not statically linked (install busybox-static)")

    started = time.monotonic()
    _sweep_stale_roots()
    # Short path on purpose: unix socket paths are limited to 108 bytes.
    root = Path(tempfile.mkdtemp(prefix=ROOT_PREFIX, dir=ROOT_PARENT))
    (root / "owner.pid").write_text(str(os.getpid()))
    sock = root / "docker.sock"
    log = root / "dockerd.log"
    config = root / "daemon.json"
    # Keep dockerd's trust key out of /etc/docker (20.10 writes key.json there by default).
    config.write_text(json.dumps({"deprecated-key-path": str(root / "key.json")}))
    cmd = [
        dockerd_bin,
        "--iptables=false",
        "--ip6tables=false",
        "--bridge=none",
        "--storage-driver=vfs",
        f"--host=unix://{sock}",
        f"--data-root={root / 'data'}",
        f"--exec-root={root / 'exec'}",
        f"--pidfile={root / 'docker.pid'}",
        f"--config-file={config}",
    ]
    path = os.environ.get("PATH", "")
    env = {
        **os.environ,
        "PATH": f"{path}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    }
    env.pop("DOCKER_HOST", None)
    # If pytest is killed without running finalizers, dockerd gets SIGTERM and, since it runs
    # without live-restore, stops its containers and its containerd on the way out.
    proc = spawn(cmd, root, log, env)
    client: docker.DockerClient | None = None
    containerd_pid: int | None = None
    base_url = f"unix://{sock}"
    try:

        def engine_up() -> bool:
            nonlocal client
            if not sock.exists():
                return False
            if client is None:  # the constructor already asks the engine for its API version
                client = docker.DockerClient(base_url=base_url, timeout=60)
            return bool(client.ping())

        try:
            wait_until(engine_up, STARTUP_TIMEOUT, "dockerd", proc, log)
        except RuntimeError as e:
            raise RuntimeError(f"{e}\ncommand: {' '.join(cmd)}") from None
        assert client is not None
        pid_file = root / "exec" / "containerd" / "containerd.pid"
        with contextlib.suppress(OSError, ValueError):
            containerd_pid = int(pid_file.read_text().strip())

        wandb_env, planted = _planted_settings()
        try:
            _import_images(client, busybox)
            _run_containers(client, wandb_env)
            _wait_for_containers(client, proc, log)
        except docker.errors.DockerException as e:
            # E.g. runc refused to start a container: say why, with the engine's own words.
            tail = log.read_text(errors="replace")[-4000:]
            raise RuntimeError(
                f"dockerd could not run the look-alike containers: {e}\n{tail}"
            ) from e

        engine = DockerEngine(
            base_url=base_url,
            socket_path=sock,
            root=root,
            log_path=log,
            dockerd_pid=proc.pid,
            containerd_pid=containerd_pid,
            wandb_image=WANDB_IMAGE,
            plain_image=PLAIN_IMAGE,
            wandb_container=WANDB_CONTAINER,
            crashed_container=CRASHED_CONTAINER,
            unrelated_container=UNRELATED_CONTAINER,
            secrets=planted,
            wandb_environment=MappingProxyType(dict(wandb_env)),
            startup_seconds=round(time.monotonic() - started, 2),
        )
        yield engine
    finally:
        if client is not None:
            with contextlib.suppress(Exception):
                _remove_containers(client)
            client.close()
        stop_pid(proc.pid, timeout=30)
        with contextlib.suppress(Exception):
            proc.wait(timeout=5)
        if containerd_pid is not None and _runs_under(containerd_pid, root):
            # dockerd stops its managed containerd itself; this only acts if it did not.
            stop_pid(containerd_pid)
        _cleanup_root(root)
