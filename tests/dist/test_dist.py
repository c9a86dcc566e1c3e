"""The offline artifacts of scripts/build-dist.sh, built once per test session for this machine's
platform only (the full build adds the other Pythons and aarch64: same commands, more downloads):

- the wheelhouse installs with `pip install --no-index` into a fresh venv inside a network
  namespace that has no network (`unshare --net`), and `wbdiag analyze` runs;
- the single file runs `collect` (against the fake Kubernetes API) and `analyze` with an empty
  environment and no Python on PATH, and starts and analyzes without any network;
- SHA256SUMS verifies, and both CycloneDX SBOMs list what was shipped.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers.common import unavailable
from tests.servers.fake_k8s import FakeK8s

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_bundles" / "broken-docker.tgz"
HOST_PY = f"{sys.version_info[0]}.{sys.version_info[1]}"


@dataclass
class Dist:
    out: Path
    version: str
    seconds: float

    @property
    def binary(self) -> Path:
        return self.out / f"wbdiag-{self.version}-linux-x86_64"

    @property
    def wheelhouse(self) -> Path:
        return self.out / f"wbdiag-{self.version}-wheelhouse.tar.gz"


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dist]:
    if platform.machine() != "x86_64":
        unavailable("the single-file executable is built for Linux x86_64 only")
    out = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    r = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-dist.sh"), "--out", str(out),
         "--pythons", HOST_PY, "--arches", "x86_64"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=1200,
        env={**os.environ, "PYTHON": sys.executable},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-4000:]
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    yield Dist(out, version, time.monotonic() - started)


def no_network(*cmd: str) -> list[str]:
    """The command in a new network namespace: no interface but a loopback that is down."""
    unshare = shutil.which("unshare")
    if unshare is None:
        unavailable("unshare (util-linux) is not installed")
        raise AssertionError("unreachable")
    probe = subprocess.run([unshare, "--net", "true"], capture_output=True)
    if probe.returncode != 0:
        unavailable(f"cannot create a network namespace: {probe.stderr.decode()[:200]}")
    return [unshare, "--net", *cmd]


def test_no_network_really_has_none() -> None:
    # /proc/self/net shows the namespace of the process reading it
    r = subprocess.run(no_network("cat", "/proc/self/net/dev"), capture_output=True, text=True)
    interfaces = [line.split(":")[0].strip() for line in r.stdout.splitlines() if ":" in line]
    assert interfaces == ["lo"]
    r = subprocess.run(no_network("cat", "/proc/self/net/route"), capture_output=True, text=True)
    assert r.stdout.splitlines()[1:] == [], "no route anywhere"


def test_wheelhouse_installs_offline_and_analyze_runs(dist: Dist, tmp_path: Path) -> None:
    with tarfile.open(dist.wheelhouse) as tar:
        tar.extractall(tmp_path, filter="data")
    house = tmp_path / "wheelhouse"
    wheels = sorted(p.name for p in house.glob("*.whl"))
    assert any(w.startswith(f"wbdiag-{dist.version}-") for w in wheels)
    assert (house / "README.md").is_file()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # nothing from this machine's pip configuration (which adds local package directories)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "PIP_CONFIG_FILE": os.devnull}
    r = subprocess.run(
        no_network(str(venv / "bin" / "pip"), "install", "--no-compile", "--no-index",
                   "--find-links", str(house), "wbdiag", "hyperscan"),
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    r = subprocess.run(
        no_network(str(venv / "bin" / "wbdiag"), "analyze", str(SAMPLE), "--format", "json",
                   "--fail-on", "never"),
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["summary"]["counts"]["fail"] > 0, "the broken sample's findings"
    imported = subprocess.run([str(venv / "bin" / "python"), "-c", "import hyperscan"], env=env)
    assert imported.returncode == 0, "the fast extra installed from the wheelhouse too"


def test_single_file_collects_and_analyzes_without_python(
    dist: Dist, tmp_path: Path, fake_k8s: FakeK8s
) -> None:
    exe = tmp_path / "bin" / "wbdiag"
    exe.parent.mkdir()
    shutil.copy2(dist.binary, exe)
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kubeconfig", "broken", "admin")
    bare = {"PATH": "/nonexistent", "HOME": str(tmp_path)}  # env -i: no Python to find
    r = subprocess.run(
        [str(exe), "collect", "--kubeconfig", str(kubeconfig), "--no-docker", "--no-probes",
         "--case-id", "SR-1", "-o", str(tmp_path / "b.tgz")],
        capture_output=True, text=True, env=bare, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    r = subprocess.run(
        [str(exe), "analyze", str(tmp_path / "b.tgz"), "--format", "json", "--fail-on", "never"],
        capture_output=True, text=True, env=bare, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout)
    fired = {f["rule_id"] for f in report["findings"] if f["status"] == "fail"}
    assert {"kubernetes.crashloop", "kubernetes.image_pull"} <= fired
    statuses = {c["name"]: c["status"] for c in report["collectors"]}
    assert statuses["kubernetes"] == "ok"
    # starts and works with no network at all (nothing is fetched at start), and a TMPDIR of
    # one's choice (the workaround for a noexec /tmp)
    unpack = tmp_path / "unpack"
    unpack.mkdir()
    r = subprocess.run(
        no_network(str(exe), "analyze", str(SAMPLE), "--format", "json", "--fail-on", "never"),
        capture_output=True, text=True, env={**bare, "TMPDIR": str(unpack)}, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout)["summary"]["counts"]["fail"] > 0
    assert list(unpack.iterdir()) == [], "unpacked under TMPDIR and removed at exit"


def test_checksums_and_sboms(dist: Dist) -> None:
    sums = (dist.out / "SHA256SUMS").read_text().split("\n")
    names = sorted(line.split()[1] for line in sums if line)
    assert names == sorted(
        [dist.binary.name, dist.wheelhouse.name]
        + [f"wbdiag-{dist.version}-{k}.cdx.json" for k in ("linux-x86_64", "wheelhouse")]
    )
    r = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist.out, capture_output=True)
    assert r.returncode == 0, r.stdout
    with tarfile.open(dist.wheelhouse) as tar:
        wheels = [Path(n).name for n in tar.getnames() if n.endswith(".whl")]
        (lock,) = [
            n
            for n in tar.getnames()
            if Path(n).name == f"requirements-x86_64-cp{HOST_PY.replace('.', '')}.txt"
        ]
        pins = tar.extractfile(lock).read().decode().split()  # type: ignore[union-attr]
    shipped = {w.split("-")[0].lower().replace("_", "-") for w in wheels}
    for pin in pins:  # every pin of the target's resolution is there as a wheel
        name, _, version = pin.partition("==")
        if version:
            assert any(
                w.lower().startswith(f"{name.lower().replace('-', '_')}-{version}-") for w in wheels
            ), pin
    for kind in ("wheelhouse", "linux-x86_64"):
        sbom = json.loads((dist.out / f"wbdiag-{dist.version}-{kind}.cdx.json").read_text())
        assert sbom["bomFormat"] == "CycloneDX"
        listed = {c["name"].lower().replace("_", "-") for c in sbom["components"]}
        assert {"click", "kubernetes", "pymysql", "boto3", "cryptography"} <= listed, kind
        if kind == "wheelhouse":
            assert shipped - {"wbdiag"} <= listed
    print(f"dist build for the host platform: {dist.seconds:.0f} s")
