"""`wbdiag collect` as a script at the site sees it: --dry-run contacts nothing, --case-id labels
the bundle, and the exit codes (2 usage error before anything runs, 4 nothing collected, 130
Ctrl-C with the collectors marked interrupted).

Every run is a real `python -m wbdiag` process. The services it would talk to are loopback
listeners that record each connection they accept (and never answer), so "nothing was
contacted" is observed, not assumed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.servers.common import LOOPBACK
from wbdiag.bundle.manifest import CollectorStatus, Manifest


@dataclass
class Listener:
    """A TCP port on loopback that accepts, records and holds every connection (no answer)."""

    sock: socket.socket
    accepted: list[float] = field(default_factory=list)
    held: list[socket.socket] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(time.monotonic())
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for c in self.held:
            c.close()


def default_sigint() -> None:
    """In the child: SIGINT as a terminal's Ctrl-C delivers it, even when the suite runs in the
    background (nohup, `&`), whose children inherit it ignored and Python then keeps it so."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def listeners() -> Iterator[dict[str, Listener]]:
    made: dict[str, Listener] = {}
    for name in ("host", "http", "mysql", "bucket", "docker", "k8s"):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind((LOOPBACK, 0))
        s.listen(16)
        made[name] = Listener(s)
        threading.Thread(target=made[name].serve, daemon=True).start()
    yield made
    for one in made.values():
        one.close()


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No W&B settings, kubeconfig or Docker address inherited from the machine running the
    tests; HOME is the test's own directory (no ~/.kube/config)."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "SYSTEMROOT")}
    return {**keep, "HOME": str(home), "PYTHONPATH": str(Path(__file__).parents[2]), **extra}


def wbdiag(
    *args: str, cwd: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wbdiag", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def manifest_of(bundle: Path) -> Manifest:
    with tarfile.open(bundle) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/manifest.json"))
        fh = tar.extractfile(member)
        assert fh is not None
        return Manifest.from_dict(json.load(fh))


def kubeconfig(path: Path, server: str) -> Path:
    path.write_text(
        yaml.safe_dump(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "site", "cluster": {"server": server}}],
                "users": [{"name": "u", "user": {"token": "dry-run-token-123456"}}],
                "contexts": [{"name": "prod", "context": {"cluster": "site", "user": "u"}}],
                "current-context": "prod",
            }
        )
    )
    return path


# -- --dry-run -------------------------------------------------------------------------------
def test_dry_run_lists_every_read_and_probe_and_contacts_nothing(
    tmp_path: Path, listeners: dict[str, Listener]
) -> None:
    p = {name: one.port for name, one in listeners.items()}
    kube = kubeconfig(tmp_path / "kubeconfig", f"https://{LOOPBACK}:{p['k8s']}")
    attach = tmp_path / "debug.log"
    attach.write_text("wandb: client log\n")
    env = clean_env(tmp_path, DOCKER_HOST=f"tcp://{LOOPBACK}:{p['docker']}")
    r = wbdiag(
        "collect",
        "--dry-run",
        "--host",
        f"https://{LOOPBACK}:{p['host']}",
        "--http-url",
        f"http://{LOOPBACK}:{p['http']}/",
        "--mysql",
        f"mysql://wandb:Dry-Run-Pw-77@{LOOPBACK}:{p['mysql']}/wandb_local",
        "--bucket",
        f"s3://AKIDRYRUN:Dry-Run-Secret-88@{LOOPBACK}:{p['bucket']}/wandb",
        "--kubeconfig",
        str(kube),
        "--include",
        str(attach),
        "--case-id",
        "SR-1234",
        cwd=tmp_path,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    out = r.stdout
    time.sleep(0.5)  # a connection attempt would have been accepted by now
    assert {name: len(one.accepted) for name, one in listeners.items()} == dict.fromkeys(p, 0)
    # nothing written: no bundle, no staging directory
    assert sorted(x.name for x in tmp_path.iterdir()) == ["debug.log", "kubeconfig"]
    assert "wbdiag-bundle-SR-1234-" in out
    # each collector, what it reads and from where
    assert "unix://" not in out and f"tcp://{LOOPBACK}:{p['docker']}" in out
    assert f"https://{LOOPBACK}:{p['k8s']} (context prod of {kube})" in out
    assert "pods/log" in out and "list nodes" in out
    assert str(attach) in out
    # every live probe
    assert "POST 10485760 bytes (10.0 MiB) to /graphql" in out
    assert f"at https://{LOOPBACK}:{p['host']}" in out
    assert f"at http://{LOOPBACK}:{p['http']}/" in out
    assert "WRITES one small test object wbdiag-probe/<uuid>" in out and "DELETES it" in out
    assert f"bucket wandb at http://{LOOPBACK}:{p['bucket']}" in out
    for query in ("SHOW GLOBAL VARIABLES", "SHOW GRANTS", "information_schema.TABLES"):
        assert query in out
    assert f"wandb@{LOOPBACK}:{p['mysql']}/wandb_local" in out
    assert "Live probes (marked 'probe')" in out
    # secrets given on the command line are not echoed
    for secret in ("Dry-Run-Pw-77", "Dry-Run-Secret-88", "dry-run-token-123456"):
        assert secret not in out + r.stderr


def test_dry_run_says_what_is_switched_off_and_what_discovery_may_supply(tmp_path: Path) -> None:
    r = wbdiag("collect", "--dry-run", "--no-docker", cwd=tmp_path, env=clean_env(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "docker: skipped (switched off by a --no-… flag)" in r.stdout
    assert "kubernetes: skipped (no kubeconfig" in r.stdout
    assert "the HOST in the deployment's settings" in r.stdout  # kubernetes could still find it
    r = wbdiag(
        "collect", "--dry-run", "--no-docker", "--no-kubernetes", "--no-probes",
        cwd=tmp_path, env=clean_env(tmp_path),
    )  # fmt: skip
    assert r.returncode == 0 and "No live probes." in r.stdout
    assert list(tmp_path.iterdir()) == []


def test_the_collectors_load_no_probe_client_until_their_probe_runs() -> None:
    # every collector module is imported to find the collectors; the S3 and MySQL clients are
    # loaded only by their probes, so a Docker host's collect (--no-probes) starts without them
    code = (
        "import sys, wbdiag.cli, wbdiag.collect.plan, wbdiag.collect.runner; "
        "print(sorted(m for m in ('boto3', 'botocore', 'pymysql') if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


# -- --case-id and exit codes ------------------------------------------------------------------
def test_case_id_labels_manifest_and_file_name(tmp_path: Path) -> None:
    env_file = tmp_path / "wandb.env"
    env_file.write_text("HOST=https://wandb.example.test\n")
    run = tmp_path / "run"
    run.mkdir()
    r = wbdiag(
        "collect", "--env-file", str(env_file), "--case-id", "SR-00042.b",
        "--no-docker", "--no-kubernetes", "--no-probes",
        cwd=run, env=clean_env(tmp_path),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    (bundle,) = run.iterdir()
    assert bundle.name.startswith("wbdiag-bundle-SR-00042.b-") and bundle.name.endswith(".tgz")
    assert manifest_of(bundle).case_id == "SR-00042.b"
    bad = wbdiag("collect", "--case-id", "../etc/passwd", cwd=run, env=clean_env(tmp_path))
    assert bad.returncode == 2 and "--case-id takes" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert list(run.iterdir()) == [bundle], "the refused run wrote nothing"


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--mysql", "mysql://wandb:pw@db.example:notaport/wandb", "invalid setting MYSQL"),
        ("--mysql", "postgres://wandb:pw@db.example/wandb", "MYSQL is not a mysql:// URL"),
        ("--bucket", "ftp://bucket", "invalid setting BUCKET"),
        ("--host", "ftp://wandb.example.com", "invalid setting HOST"),
    ],
)
def test_an_invalid_setting_is_a_usage_error_before_anything_runs(
    tmp_path: Path, listeners: dict[str, Listener], flag: str, value: str, message: str
) -> None:
    host = f"http://{LOOPBACK}:{listeners['host'].port}"
    args = ["--host", host] if flag != "--host" else []
    r = wbdiag(
        "collect", flag, value, *args, "-o", str(tmp_path / "b.tgz"), "--no-docker",
        cwd=tmp_path, env=clean_env(tmp_path),
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("wbdiag: error: ") and message in line
    assert "pw" not in line.split("error:")[1].replace("pw@", "")  # no password in the message
    assert not (tmp_path / "b.tgz").exists()
    time.sleep(0.3)
    assert listeners["host"].accepted == [], "nothing ran"


def test_an_invalid_mysql_url_from_the_environment_is_a_usage_error_too(tmp_path: Path) -> None:
    r = wbdiag(
        "collect", "-o", str(tmp_path / "b.tgz"), "--no-docker", "--no-kubernetes",
        cwd=tmp_path, env=clean_env(tmp_path, MYSQL="mysql://[broken"),
    )  # fmt: skip
    assert r.returncode == 2 and "invalid setting MYSQL (from environment)" in r.stderr
    assert not (tmp_path / "b.tgz").exists()


def test_every_collector_skipped_warns_and_exits_4(tmp_path: Path) -> None:
    out = tmp_path / "b.tgz"
    r = wbdiag(
        "collect", "-o", str(out), "--no-docker", "--no-kubernetes", "--no-probes",
        cwd=tmp_path, env=clean_env(tmp_path),
    )  # fmt: skip
    assert r.returncode == 4, r.stderr
    assert "warning: every collector was skipped" in r.stderr
    m = manifest_of(out)  # still written: it says why each was skipped
    assert m.collectors and all(c.status is CollectorStatus.SKIPPED for c in m.collectors)
    assert all(c.error for c in m.collectors)


def test_ctrl_c_exits_130_with_the_collectors_marked_interrupted(
    tmp_path: Path, listeners: dict[str, Listener]
) -> None:
    hang = listeners["host"]  # accepts and never answers: the proxy probe waits on it
    out = tmp_path / "b.tgz"
    env_file = tmp_path / "wandb.env"
    env_file.write_text(f"HOST=http://{LOOPBACK}:{hang.port}\n")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "wbdiag", "collect", "--env-file", str(env_file),
            "--http-url", f"http://{LOOPBACK}:{hang.port}/", "-o", str(out),
            "--no-docker", "--no-kubernetes",
        ],
        cwd=tmp_path, env=clean_env(tmp_path), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=default_sigint,
    )  # fmt: skip
    progress: list[str] = []  # the collector's progress lines, as they come
    assert proc.stderr is not None
    stderr = proc.stderr
    reader = threading.Thread(target=lambda: progress.extend(iter(stderr.readline, "")))
    reader.start()
    try:
        # Ctrl-C once the proxy probe hangs on the listener and the settings are written
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if hang.accepted and any("settings: ok" in line for line in progress):
                break
            time.sleep(0.05)
        assert hang.accepted, "the probe reached the listener"
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        reader.join(timeout=10)
    err = "".join(progress)
    assert proc.returncode == 130, err
    assert "interrupted: wrote what was gathered" in err and "Traceback" not in err
    m = manifest_of(out)
    assert m.interrupted
    statuses = {c.name: c.status for c in m.collectors}
    assert statuses["proxy"] is CollectorStatus.INTERRUPTED
    assert CollectorStatus.TIMED_OUT not in statuses.values()
    assert statuses["settings"] is CollectorStatus.OK, "what was gathered is kept"


def test_help_has_examples_and_exit_codes() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "wbdiag", "collect", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Examples:" in r.stdout and "wbdiag collect --dry-run" in r.stdout
    assert "--case-id" in r.stdout and "130 interrupted" in r.stdout
