"""One `wbdiag` process that runs many command lines, one after another (harness.Worker).

Started as `python -m tests.hostile.worker REQUESTS RESPONSES` (two pipe descriptors) under the
limits of harness.py. Each request is a JSON line {"args", "cwd", "stdout", "stderr"}: the
command line runs through `wbdiag.cli.main` as `python -m wbdiag` would run it, with descriptors
1 and 2 on the two named files and 0 on /dev/null, under a CPU limit of CPU_SECONDS from where
the case starts (RLIMIT_CPU: past it the worker is killed, as a process of its own would be).
The answer is a JSON line {"code", "cpu"}: the exit code and the case's CPU seconds (this
process's and its helper processes'). The first line of RESPONSES is the CPU seconds of the
worker's start: its imports and a first analysis (the one-time compiles every `wbdiag` process
pays), which harness.py adds to each case's.
"""

from __future__ import annotations

import io
import json
import os
import resource
import sys
import tarfile
import tempfile
import traceback
from pathlib import Path
from typing import Any

CPU_SECONDS = 10  # harness.CPU_SECONDS (not imported: this module stays free of the tests)


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _on(fd: int, path: str) -> None:
    target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(target, fd)
    os.close(target)


def run(args: list[str], cwd: str, stdout: str, stderr: str) -> int:
    """The exit code of `wbdiag ARGS` in `cwd`, its output on the files `stdout`, `stderr`."""
    from wbdiag.cli import main

    saved = os.getcwd()
    sys.stdout.flush()
    sys.stderr.flush()
    kept = os.dup(1), os.dup(2)
    _on(1, stdout)
    _on(2, stderr)
    try:
        os.chdir(cwd)
        # as Python's own exit does: an exception that reaches the top is a traceback, exit 1
        try:
            main.main(args=args, prog_name="wbdiag", standalone_mode=True)
            code = 0
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(kept[0], 1)
        os.dup2(kept[1], 2)
        os.close(kept[0])
        os.close(kept[1])
        os.chdir(saved)
    return code


def _warm_up() -> None:
    """A first analysis of a small bundle: the one-time compiles every process pays."""
    with tempfile.TemporaryDirectory(prefix="wbdiag-worker-") as tmp:
        bundle = Path(tmp) / "b.tgz"
        manifest = json.dumps({"format_version": 1, "collectors": []}).encode()
        log = b"2026-11-28T12:00:00Z ERROR flush batch failed: upstream said no\n"
        with tarfile.open(bundle, "w:gz") as tar:
            for name, data in (("manifest.json", manifest), ("docker/a/container.log", log)):
                info = tarfile.TarInfo(f"wbdiag-bundle/{name}")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        out = str(Path(tmp) / "out")
        run(["analyze", str(bundle), "--format", "json", "--fail-on", "never"], tmp, out, out)


def main() -> None:
    requests = os.fdopen(int(sys.argv[1]), "r", encoding="utf-8")
    responses = os.fdopen(int(sys.argv[2]), "w", encoding="utf-8")
    _warm_up()
    responses.write(json.dumps(_cpu()) + "\n")
    responses.flush()
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    for line in requests:
        request: dict[str, Any] = json.loads(line)
        # a case gets CPU_SECONDS of this process's CPU from here (RLIMIT_CPU counts no helper)
        soft = int(_own_cpu()) + 1 + CPU_SECONDS
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        before = _cpu()
        code = run(request["args"], request["cwd"], request["stdout"], request["stderr"])
        responses.write(json.dumps({"code": code, "cpu": _cpu() - before}) + "\n")
        responses.flush()


if __name__ == "__main__":
    main()
