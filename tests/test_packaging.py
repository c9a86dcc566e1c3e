"""A plain `pip install .` into a fresh venv, run from another directory, works: the rule pack,
its fixtures and the report templates ship inside the wheel."""

from __future__ import annotations

import json
import os
import re
import site
import subprocess
import sys
import venv
import warnings
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# the installed venv's processes: without a PYTHONPATH that would put the checkout first
CLEAN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with wbdiag installed from a wheel; dependencies come from the site-packages of the
    interpreter running the tests, through a .pth file (no network: the wheel itself is what is
    under test, and no copy of wbdiag is importable from there but the wheel's)."""
    root = tmp_path_factory.mktemp("pkg")
    wheel_dir = root / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        cwd=root,
    )
    env_dir = root / "venv"
    # no pip inside (ensurepip costs seconds): the running interpreter's pip installs into it
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    new_site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(new_site, "test-deps.pth").write_text(
        "\n".join(p for p in site.getsitepackages() if Path(p).is_dir()) + "\n"
    )
    wheels = list(wheel_dir.glob("wbdiag-*.whl"))
    assert len(wheels) == 1
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(py)),
            *("install", "--no-deps", "--quiet", str(wheels[0])),
        ],
        check=True,
        cwd=root,
    )
    return env_dir


def run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(env_dir / "bin" / "wbdiag"), *args],
        cwd=cwd,
        env=CLEAN_ENV,
        text=True,
        capture_output=True,
        timeout=300,
    )


# the files a copy of wbdiag reads, each by its place under its root and its SHA-256: its code,
# and the data it ships (resources.py: in a wheel under wbdiag/_data, in a checkout the repo's)
_FILES = """
import hashlib, json, sys
from pathlib import Path
import wbdiag
from wbdiag import resources

def tree(root, pattern):
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in Path(root).rglob(pattern)
        if p.is_file() and "__pycache__" not in p.parts
    }

json.dump({
    "file": wbdiag.__file__,
    "rules_dir": str(resources.rules_dir()),
    "code": tree(Path(wbdiag.__file__).parent, "*.py"),
    "rules": tree(resources.rules_dir(), "*"),
    "rule_tests": tree(resources.rule_fixtures_dir(), "*"),
    "reports": tree(resources.templates_dir(), "*"),
}, sys.stdout)
"""


PARTS = ("code", "rules", "rule_tests", "reports")


def files(python: Path | str, cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [str(python), "-c", _FILES], cwd=cwd, env=env, text=True, capture_output=True, check=True
    )
    found: dict[str, Any] = json.loads(out.stdout)
    return found


def test_installed_wheel_works_elsewhere(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shipped = files(installed / "bin" / "python", elsewhere, CLEAN_ENV)
    assert str(REPO) not in shipped["file"], "the installed copy is used, not the checkout"
    # the installed copy holds the checkout's code, rule pack, fixtures and report templates,
    # byte for byte: `wbdiag rules test` there gives what tests/test_conformance.py's run of
    # every fixture gives here (that full run, 12 CPU s, checked nothing more), and one part of
    # the pack's fixtures is run below to show the installed copy finds its own
    here = files(sys.executable, REPO, {**CLEAN_ENV, "PYTHONPATH": str(REPO)})
    differ = {
        part: sorted(
            name
            for name in shipped[part].keys() | here[part].keys()
            if shipped[part].get(name) != here[part].get(name)
        )
        for part in PARTS
    }
    assert not any(differ.values()), differ
    assert all(here[part] for part in PARTS)

    r = run(installed, "rules", "list", "--format", "json", cwd=elsewhere)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["rules"]) >= 30

    r = run(
        installed, "rules", "test", "--rules", str(Path(shipped["rules_dir"], "tls")), cwd=elsewhere
    )
    assert r.returncode == 0, r.stdout + r.stderr
    counted = re.search(r"(\d+) rules, (\d+) cases: \2 passed, 0 failed", r.stdout)
    assert counted and int(counted[1]) > 1, r.stdout

    sample = REPO / "sample_bundles" / "broken-docker.tgz"
    r = run(installed, "analyze", str(sample), "-o", "report.html", cwd=elsewhere)
    assert r.returncode == 3, r.stderr  # the broken sample has error findings
    html = (elsewhere / "report.html").read_text()
    assert "tls.self_signed" in html and "<!DOCTYPE html>" in html
    assert sorted(p.name for p in elsewhere.iterdir()) == ["report.html"]


def test_installed_wheel_loads_the_compiled_databases(installed: Path, tmp_path: Path) -> None:
    """The shipped compiled Hyperscan databases (wbdiag/hsdb.py) are in the wheel, and the
    installed copy loads each for the pattern set it was compiled from, rather than compiling
    (on the build the stamps record)."""
    pytest.importorskip("hyperscan")
    from wbdiag import hsdb, hsstamp

    shipped = sorted(p.name for p in hsdb.directory().glob("*" + hsdb.SUFFIX))
    assert len(shipped) == 4
    check = (
        "import hyperscan, json; from wbdiag import hsdb; "
        "print(json.dumps([hsdb.recorded(hyperscan, e, f) is not None "
        "for e, f in hsdb.shipped_sets()]))"
    )
    out = subprocess.run(
        [str(installed / "bin" / "python"), "-c", check],
        cwd=tmp_path,
        env=CLEAN_ENV,
        text=True,
        capture_output=True,
        check=True,
    ).stdout
    stale = hsstamp.stale_build()
    # on another build than the stamps' none is this build's: each compiles (test_hsdb.py)
    assert json.loads(out) == [stale is None] * len(shipped)
    if stale is not None:
        warnings.warn(stale, stacklevel=1)
