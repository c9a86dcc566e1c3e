"""Run wbdiag on a hostile input the way a user would, under the limits every input must meet.

Each case runs the real command line with at most 10 CPU seconds (RLIMIT_CPU) and 500 MB of
address space (RLIMIT_AS), and must end with a clear result: a report (exit 0 or 3) or a
one-line error with exit 2. Never exit 70, never a traceback, never killed by a limit. CPU
seconds rather than wall time: the test machine is shared. A case runs in a worker process that
runs one command line after another (Worker), or in a `python -m wbdiag` process of its own.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import functools
import io
import json
import os
import resource
import select
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


def child_env() -> dict[str, str]:
    """The case's environment: where PYTHONDONTWRITEBYTECODE is set (as on the CI machines),
    each of the few hundred processes of tests/hostile and tests/fuzz compiled wbdiag's modules
    again (about a tenth of a small case's CPU); they share their bytecode in a directory of
    this test process instead, removed when it ends (nothing outlives the run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", _bytecode_dir())
    return env


def run_wbdiag(*args: str | Path, cwd: Path | None = None, fresh: bool = False) -> Outcome:
    """`wbdiag ARGS` under the limits: in this test process's worker (Worker), or with `fresh`
    in a `python -m wbdiag` process of its own (the cases whose point is a process's start: its
    command line's bytes, its one-time compiles inside its own budget, its memory)."""
    if not fresh:
        return _worker().run(args, cwd)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-m", "wbdiag", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        preexec_fn=_limits,
        env=child_env(),
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


def _worker_limits() -> None:
    # the worker sets each case's CPU limit itself (worker.py); its memory is a process's
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


class Worker:
    """One `wbdiag` process (worker.py) that runs the cases of this test process one after
    another: a process per case spent most of a small case's CPU starting (imports, the
    patterns' compile: ~0.6 CPU s against ~0.1 for the case). Each case still runs the command
    line through `wbdiag.cli.main` with its own descriptors, exit code and CPU limit, under the
    same memory limit; its CPU seconds are counted with the worker's start (imports and a first
    analysis) added, so a case passes only where a process of its own would have. A worker
    killed by a limit answers that case with the signal, as a process would; the next case
    starts another."""

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parents[2])
        self.env = child_env()  # what a process started now would get (see _worker)
        env = dict(self.env)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        requests, self._requests = os.pipe()
        self._responses, responses = os.pipe()
        self._files = tempfile.mkdtemp(prefix="wbdiag-worker-")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hostile.worker", str(requests), str(responses)],
            pass_fds=(requests, responses),
            preexec_fn=_worker_limits,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        os.close(requests)
        os.close(responses)
        self._out = os.fdopen(self._requests, "w", encoding="utf-8")
        self._in = os.fdopen(self._responses, "r", encoding="utf-8")
        self.start_cpu = float(self._answer())

    def _answer(self) -> str:
        started = time.monotonic()
        while not select.select([self._in], [], [], 5)[0]:
            if time.monotonic() - started > wall_limit():
                self.close()
                raise subprocess.TimeoutExpired("wbdiag worker", wall_limit())
        return self._in.readline()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, args: tuple[str | Path, ...], cwd: Path | None) -> Outcome:
        stdout, stderr = Path(self._files) / "stdout", Path(self._files) / "stderr"
        request = {
            "args": [os.fspath(a) for a in args],
            "cwd": os.fspath(cwd or os.getcwd()),
            "stdout": str(stdout),
            "stderr": str(stderr),
        }
        self._out.write(json.dumps(request) + "\n")
        self._out.flush()
        line = self._answer()
        outcome = Outcome(
            0,
            stdout.read_bytes().decode("utf-8", "backslashreplace"),
            stderr.read_bytes().decode("utf-8", "backslashreplace"),
            0.0,
        )
        if not line:  # killed (a limit): its exit status, as a process's of its own
            code = self.proc.wait()
            self.close()
            return dataclasses.replace(outcome, code=code, cpu_seconds=float("nan"))
        answer = json.loads(line)
        cpu = self.start_cpu + float(answer["cpu"])
        return dataclasses.replace(outcome, code=int(answer["code"]), cpu_seconds=cpu)

    def close(self) -> None:
        for stream in (self._out, self._in):
            with contextlib.suppress(OSError):
                stream.close()
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        shutil.rmtree(self._files, ignore_errors=True)


_workers: list[Worker] = []


def _close_workers() -> None:
    for w in _workers:
        w.close()


def _settings(env: dict[str, str]) -> dict[str, str]:
    """An environment less what pytest changes at each test (PYTEST_CURRENT_TEST)."""
    return {k: v for k, v in env.items() if not k.startswith("PYTEST_")}


def _worker() -> Worker:
    # a worker keeps the environment it started with: one started before a test changed it
    # (monkeypatch.setenv) is replaced, as that test's processes would have seen the change
    if _workers and _workers[-1].alive() and _settings(_workers[-1].env) != _settings(child_env()):
        _workers[-1].close()
    if not _workers or not _workers[-1].alive():
        if not _workers:
            atexit.register(_close_workers)
        _workers.append(Worker())
    return _workers[-1]


def analyze_json(
    bundle: Path, *extra: str | Path, fresh: bool = False
) -> tuple[Outcome, dict[str, Any] | None]:
    """`wbdiag analyze --format json`: the outcome and the report (None when there is none)."""
    out = run_wbdiag(
        "analyze", bundle, "--format", "json", "--fail-on", "never", *extra, fresh=fresh
    )
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
