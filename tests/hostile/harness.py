"""Run wbdiag on a hostile input the way a user would, under the limits every input must meet.

Each case runs the real command line in its own process with at most 10 CPU seconds
(RLIMIT_CPU) and 500 MB of address space (RLIMIT_AS), and must end with a clear result: a
report (exit 0 or 3) or a one-line error with exit 2. Never exit 70, never a traceback, never
killed by a limit. CPU seconds rather than wall time: the test machine is shared.
"""

from __future__ import annotations

import atexit
import functools
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CPU_SECONDS = 10
MEMORY_BYTES = 500 * 1024 * 1024
# A safety net only (the CPU limit is the measure): this many seconds of an idle machine's wall
# time, stretched by how oversubscribed its cores are while the case runs. A fixed 120 s cut a
# 7 CPU second case short at load 12-17 on two cores; a hung process still ends.
WALL_SECONDS = 120


def wall_limit() -> float:
    """The safety net's seconds now: WALL_SECONDS times the run queue per core, at least once."""
    return WALL_SECONDS * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))


MANIFEST: dict[str, Any] = {
    "format_version": 1,
    "wbdiag_version": "0.1.0",
    "collected_at": "2026-11-28T12:00:00Z",
    "host": "support-test",
    "deployment": "docker",
    "wandb_host": "https://wandb.example.com",
    "interrupted": False,
    "redaction": {},
    "collectors": [{"name": "docker", "status": "ok", "files": [], "notes": []}],
}


# A valid custom rule, up to its condition
RULE_HEAD = """\
id: custom.timeout
title: A custom rule
severity: warning
category: custom
description: A rule written by someone else, for lines that say a request timed out.
message: "a request timed out {count} times"
remediation: Look at what the service waited for when the request timed out, and fix that.
references: [https://example.invalid/x]
"""


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    cpu_seconds: float

    def assert_clear(self, *codes: int) -> None:
        """A report or a one-line error, within the limits; `codes` narrows the exit codes."""
        allowed = codes or (0, 2, 3)
        detail = f"exit {self.code}; stderr: {self.stderr[-2000:]}"
        assert self.code >= 0, f"killed by signal {-self.code} (a limit?): {detail}"
        assert self.code != 70, f"internal error: {detail}"
        # stderr only: a report may quote a Python traceback from the bundle's logs
        assert "Traceback (most recent call last)" not in self.stderr, detail
        assert self.code in allowed, detail
        if self.code == 2:
            lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
            assert len(lines) == 1 and lines[0].startswith("wbdiag: error: "), detail
        assert self.cpu_seconds < CPU_SECONDS, f"{self.cpu_seconds:.1f} CPU seconds: {detail}"

    @property
    def error(self) -> str:
        return self.stderr.strip()


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


@functools.cache
def _bytecode_dir() -> str:
    cache = tempfile.mkdtemp(prefix="wbdiag-pycache-")
    atexit.register(shutil.rmtree, cache, True)
    return cache


def _env() -> dict[str, str]:
    """The case's environment: where PYTHONDONTWRITEBYTECODE is set (as on the CI machines),
    each of the few hundred processes of tests/hostile and tests/fuzz compiled wbdiag's modules
    again (about a tenth of a small case's CPU); they share their bytecode in a directory of
    this test process instead, removed when it ends (nothing outlives the run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", _bytecode_dir())
    return env


def run_wbdiag(*args: str | Path, cwd: Path | None = None) -> Outcome:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-m", "wbdiag", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        preexec_fn=_limits,
        env=_env(),
        stdin=subprocess.DEVNULL,
    ) as proc:
        while True:
            try:
                stdout, stderr = proc.communicate(timeout=5)
                break
            except subprocess.TimeoutExpired:
                # the limit is read again each time: the load may rise or fall during the case
                if time.monotonic() - started > wall_limit():
                    proc.kill()
                    raise
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Outcome(
        proc.returncode,
        stdout.decode("utf-8", "backslashreplace"),
        stderr.decode("utf-8", "backslashreplace"),
        cpu,
    )


def analyze_json(bundle: Path, *extra: str | Path) -> tuple[Outcome, dict[str, Any] | None]:
    """`wbdiag analyze --format json`: the outcome and the report (None when there is none)."""
    out = run_wbdiag("analyze", bundle, "--format", "json", "--fail-on", "never", *extra)
    out.assert_clear()
    return out, json.loads(out.stdout) if out.code == 0 else None


def tgz(path: Path, files: dict[str | bytes, bytes | str | Any], manifest: Any = MANIFEST) -> Path:
    """A .tgz bundle: names (str, or raw bytes for names that are not UTF-8) -> content (bytes,
    text, or a JSON-able object); the manifest unless `manifest` is None (raw bytes allowed)."""
    entries: dict[str | bytes, Any] = {}
    if manifest is not None:
        entries["manifest.json"] = manifest
    entries.update(files)
    with tarfile.open(
        path, "w:gz", format=tarfile.GNU_FORMAT, encoding="utf-8", errors="surrogateescape"
    ) as tar:
        for name, content in entries.items():
            data = (
                content
                if isinstance(content, bytes)
                else content.encode("utf-8", "surrogatepass")
                if isinstance(content, str)
                else json.dumps(content).encode()
            )
            full = b"wbdiag-bundle/" + (name if isinstance(name, bytes) else name.encode())
            info = tarfile.TarInfo(full.decode("utf-8", "surrogateescape"))
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path
