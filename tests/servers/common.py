"""Helpers shared by the real-server fixtures: free ports, readiness, stopping by pid, skips.

A fixture that needs a binary calls `require_binary`. On a developer laptop a missing binary skips
the test with a clear reason; when WBDIAG_FORBID_SKIPS=1 (set by .ci/run) it fails instead, so CI
can never go green by skipping.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

FORBID_SKIPS = os.environ.get("WBDIAG_FORBID_SKIPS") == "1"
LOOPBACK = "127.0.0.1"


def unavailable(reason: str) -> None:
    """Skip (developer laptop) or fail (CI) because a real part is missing."""
    if FORBID_SKIPS:
        pytest.fail(f"{reason} (skips are forbidden: WBDIAG_FORBID_SKIPS=1)", pytrace=False)
    pytest.skip(reason)


def require_binary(name: str, *candidates: str) -> str:
    """Path of an executable, looked up on PATH and in the given candidate paths."""
    for cand in (name, *candidates):
        found = shutil.which(cand) or (
            cand if os.path.isfile(cand) and os.access(cand, os.X_OK) else None
        )
        if found:
            return found
    unavailable(f"{name} is not installed (run scripts/install-test-deps.sh)")
    raise AssertionError("unreachable")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def free_ports(names: Iterable[str]) -> dict[str, int]:
    """A distinct free port per name: the sockets stay bound until all are chosen, since the
    kernel may hand a port just closed to the next bind (a server given one port for two of its
    listeners answers on the one with the wrong block)."""
    with contextlib.ExitStack() as stack:
        ports: dict[str, int] = {}
        for name in names:
            s = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            s.bind((LOOPBACK, 0))
            ports[name] = int(s.getsockname()[1])
        return ports


def wait_until(
    check: Callable[[], bool],
    timeout: float,
    what: str,
    proc: subprocess.Popen[bytes] | None = None,
    log: Path | None = None,
) -> None:
    """Poll `check` until it is true; fail with the server's log when it never becomes true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            break
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(0.1)
    tail = ""
    if log is not None and log.exists():
        tail = log.read_text(errors="replace")[-3000:]
    raise RuntimeError(f"{what} did not become ready in {timeout}s\n{tail}")


def port_open(port: int, host: str = LOOPBACK) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


def stop_pid(pid: int, timeout: float = 15.0) -> None:
    """Stop one process we started, by its own pid: TERM, wait, then KILL."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            waited, _ = os.waitpid(pid, os.WNOHANG)
            if waited == pid:
                return
        except ChildProcessError:
            # not our child (daemonized): poll for existence
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def die_with_parent() -> None:
    """`preexec_fn` for a server subprocess: SIGTERM it if the pytest process dies.

    Session finalizers stop servers by pid; this covers the case where pytest itself is killed
    (CI timeout, SIGKILL) and the finalizers never run. Linux only; a no-op elsewhere.
    """
    pr_set_pdeathsig = 1
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)


def spawn(
    cmd: list[str], cwd: Path, log: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start a server the way every fixture does: no stdin, stdout and stderr into `log` (or
    nowhere), its own session (so signals to pytest's group miss it), SIGTERM if pytest dies."""
    if log is None:
        return subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
            env=env,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
    with open(log, "wb") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=env,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
