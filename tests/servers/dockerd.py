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

import base64
import contextlib
import io
import json
import os
import secrets
import shutil
import string
import struct
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import pytest

from tests.servers.common import require_binary, spawn, stop_pid, unavailable, wait_until

if TYPE_CHECKING:
    import docker

ASSETS = Path(__file__).parent / "docker_assets"
ENTRYPOINT_SRC = ASSETS / "wandb-local-entrypoint.sh"
ENTRYPOINT_IN_IMAGE = "/usr/local/bin/wandb-local-entrypoint.sh"

WANDB_REPOSITORY = "wandb/local"
WANDB_TAG = "0.59.2-lookalike"
WANDB_IMAGE = f"{WANDB_REPOSITORY}:{WANDB_TAG}"
PLAIN_IMAGE = "busybox-plain:latest"
WANDB_CONTAINER = "wandb-local"
CRASHED_CONTAINER = "wandb-crashed"
UNRELATED_CONTAINER = "unrelated"
FIXTURE_LABEL = "wbdiag.test-fixture"

# Lines the look-alike writes (mirrored from docker_assets/wandb-local-entrypoint.sh).
READY_MARKER = "wbdiag-lookalike: ready"
PANIC_LINE = "panic: dial tcp 127.0.0.1:3306: connect: connection refused"
UNKNOWN_ERROR_LINE = (
    '{"level":"error","time":"2026-11-28T10:00:05Z",'
    '"msg":"frobnicator quorum lost: shard 7 of 3 disagrees (code WBDIAG-UNKNOWN-4711)"}'
)
MYSQL_DENIED_ERROR = (
    "Error 1045 (28000): Access denied for user 'wandb_local'@'172.17.0.1' (using password: YES)"
)
STDERR_LINE = "runsv gorilla: warning: gorilla exited, restarting"
STDOUT_FILLER_LINES = 20000
GORILLA_FILLER_LINES = 2000
LOG_FILES = (
    "/var/log/gorilla.log",
    "/var/log/local.log",
    "/var/log/mysql.log",
    "/var/log/minio.log",
)

STARTUP_TIMEOUT = 60.0
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


# --- secrets ------------------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _planted_settings() -> tuple[dict[str, str], tuple[str, ...]]:
    """W&B settings with fresh random secrets, and the list of secret values."""
    mysql_password = f"Dkr-Secret-pw-{secrets.token_hex(8)}"
    access_key = "AKIADKRFAKE" + "".join(
        secrets.choice(string.ascii_uppercase + string.digits) for _ in range(9)
    )
    secret_key = f"Dkr-Secret-key-{secrets.token_hex(16)}"
    session_key = secrets.token_hex(32)
    header = _b64url(
        json.dumps({"alg": "RS256", "kid": secrets.token_hex(4), "typ": "JWT"}).encode()
    )
    payload = _b64url(
        json.dumps(
            {
                "iss": "wandb-license-lookalike",
                "sub": "wandb.example.test",
                "licenseId": secrets.token_hex(12),
                "maxUsers": 25,
                "exp": 1900000000,
            }
        ).encode()
    )
    license_jwt = f"{header}.{payload}.{_b64url(secrets.token_bytes(256))}"
    env = {
        "HOST": "https://wandb.example.test",
        "MYSQL": f"mysql://wandb_local:{mysql_password}@127.0.0.1:3306/wandb_local",
        "BUCKET": f"s3://{access_key}:{secret_key}@127.0.0.1:9000/local-files",
        # Misconfiguration: a third-party store needs BUCKET_QUEUE=internal://
        "BUCKET_QUEUE": "sqs://sqs.us-east-1.amazonaws.com/000000000000/wandb-local-files",
        "LICENSE": license_jwt,
        "GORILLA_SESSION_KEY": session_key,
        "LOGGING_ENABLED": "true",
        "AWS_REGION": "us-east-1",
    }
    return env, (mysql_password, access_key, secret_key, license_jwt, session_key)


# --- image --------------------------------------------------------------------------------------


def _is_static_elf(path: str) -> bool:
    """True when the ELF file has no PT_INTERP program header (no dynamic loader needed)."""
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2:  # 64-bit only; the machines are x86_64
            return False
        endian = "<" if head[5] == 1 else ">"
        phoff = struct.unpack_from(endian + "Q", head, 0x20)[0]
        phentsize, phnum = struct.unpack_from(endian + "HH", head, 0x36)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
    return all(struct.unpack_from(endian + "I", table, i * phentsize)[0] != 3 for i in range(phnum))


def _busybox_applets(busybox: str) -> list[str]:
    out = subprocess.run([busybox, "--list"], check=True, capture_output=True, text=True).stdout
    return sorted({a.strip() for a in out.split() if a.strip() and a.strip() != "busybox"})


def _rootfs_tar(busybox: str, entrypoint: Path | None) -> bytes:
    """A minimal root filesystem: static busybox, relative applet links, W&B-like directories."""
    buf = io.BytesIO()
    now = int(time.time())

    def add_dir(tar: tarfile.TarFile, name: str, mode: int = 0o755) -> None:
        info = tarfile.TarInfo(name)
        info.type, info.mode, info.mtime = tarfile.DIRTYPE, mode, now
        tar.addfile(info)

    def add_file(tar: tarfile.TarFile, name: str, data: bytes, mode: int) -> None:
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = len(data), mode, now
        tar.addfile(info, io.BytesIO(data))

    with tarfile.open(fileobj=buf, mode="w") as tar:
        for d in ("bin", "dev", "etc", "proc", "sys", "usr", "usr/local", "usr/local/bin", "var"):
            add_dir(tar, d)
        add_dir(tar, "tmp", 0o1777)
        # Group 0 writable, as the W&B chart expects for UID 999 / GID 0.
        add_dir(tar, "var/log", 0o775)
        add_dir(tar, "vol", 0o775)
        add_dir(tar, "root", 0o700)
        add_file(tar, "bin/busybox", Path(busybox).read_bytes(), 0o755)
        for applet in _busybox_applets(busybox):
            info = tarfile.TarInfo(f"bin/{applet}")
            info.type, info.linkname, info.mode, info.mtime = tarfile.SYMTYPE, "busybox", 0o777, now
            tar.addfile(info)
        add_file(
            tar,
            "etc/passwd",
            b"root:x:0:0:root:/root:/bin/sh\nwandb:x:999:0::/vol:/bin/sh\n",
            0o644,
        )
        add_file(tar, "etc/group", b"root:x:0:\n", 0o644)
        if entrypoint is not None:
            add_file(tar, ENTRYPOINT_IN_IMAGE.lstrip("/"), entrypoint.read_bytes(), 0o755)
    return buf.getvalue()


def _import_images(client: docker.DockerClient, busybox: str) -> None:
    api = client.api
    api.import_image_from_data(
        _rootfs_tar(busybox, ENTRYPOINT_SRC),
        repository=WANDB_REPOSITORY,
        tag=WANDB_TAG,
        changes=[
            f'ENTRYPOINT ["{ENTRYPOINT_IN_IMAGE}"]',
            "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "EXPOSE 8080/tcp",
            "VOLUME /vol",
            "WORKDIR /",
        ],
    )
    plain_repo, plain_tag = PLAIN_IMAGE.split(":")
    api.import_image_from_data(
        _rootfs_tar(busybox, None),
        repository=plain_repo,
        tag=plain_tag,
        changes=['CMD ["sh"]', "ENV PATH=/usr/local/bin:/usr/bin:/bin"],
    )


# --- containers -----------------------------------------------------------------------------------


def _run_containers(client: docker.DockerClient, env: dict[str, str]) -> None:
    common: dict[str, Any] = {
        "detach": True,
        "environment": env,
        "user": "999:0",
        "network_mode": "none",
        "restart_policy": {"Name": "no"},
        "labels": {FIXTURE_LABEL: "dockerd"},
    }
    client.containers.run(
        WANDB_IMAGE,
        name=WANDB_CONTAINER,
        hostname="wandb-local",
        volumes={"wandb": {"bind": "/vol", "mode": "rw"}},
        **common,
    )
    client.containers.run(WANDB_IMAGE, ["crash"], name=CRASHED_CONTAINER, **common)
    client.containers.run(
        PLAIN_IMAGE,
        ["sh", "-c", "echo 'plain busybox container'; trap 'exit 0' TERM; sleep 10800 & wait $!"],
        name=UNRELATED_CONTAINER,
        detach=True,
        network_mode="host",
        restart_policy={"Name": "no"},
        labels={FIXTURE_LABEL: "dockerd"},
    )


def _wait_for_containers(
    client: docker.DockerClient, proc: subprocess.Popen[bytes], log: Path
) -> None:
    wandb = client.containers.get(WANDB_CONTAINER)

    def wandb_ready_or_dead() -> bool:
        wandb.reload()
        if wandb.status != "running":
            return wandb.status not in ("created", "restarting")  # exited/dead: stop waiting
        # Not logs(stderr=False, tail=1): with json-file, `tail` counts the lines of both
        # streams before the stream filter, so a late stderr line would hide the marker.
        tail = wandb.logs(tail=3).decode(errors="replace")
        err = wandb.logs(stdout=False, stderr=True).decode(errors="replace")
        return READY_MARKER in tail and STDERR_LINE in err

    def crashed_exited() -> bool:
        return bool(client.containers.get(CRASHED_CONTAINER).status == "exited")

    def unrelated_running() -> bool:
        return bool(client.containers.get(UNRELATED_CONTAINER).status == "running")

    wait_until(wandb_ready_or_dead, STARTUP_TIMEOUT, f"container {WANDB_CONTAINER}", proc, log)
    if wandb.status != "running":
        state = wandb.attrs["State"]
        raise RuntimeError(
            f"{WANDB_CONTAINER} is {wandb.status} (exit {state.get('ExitCode')}, "
            f"{state.get('Error')!r}): {wandb.logs(tail=20).decode(errors='replace')}"
        )
    wait_until(crashed_exited, STARTUP_TIMEOUT, f"container {CRASHED_CONTAINER} exit", proc, log)
    wait_until(unrelated_running, STARTUP_TIMEOUT, f"container {UNRELATED_CONTAINER}", proc, log)


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
