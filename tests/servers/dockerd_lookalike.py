"""The W&B look-alike the test Docker engine (tests/servers/dockerd.py) runs: the names and lines it
uses, the W&B settings with planted secrets, the busybox images imported into the engine and the
three containers, with the wait until they are where the tests expect them."""

from __future__ import annotations

import base64
import io
import json
import secrets
import string
import struct
import subprocess
import tarfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.servers.common import wait_until

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
