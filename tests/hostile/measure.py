"""CPU seconds and peak memory of `wbdiag analyze` on each costly bundle shape (bigbundles.py).

    python tests/hostile/measure.py [--mb 49] [--shape NAME ...] [--keep DIR]

Each shape is written just under `--mb` megabytes (compressed) and analysed once in a child
process, as harness.run_wbdiag does but with room past the limits (60 CPU s, 2 GB) so an
overshoot is measured rather than killed. CPU is user + system of the whole process tree (helper
processes included); peak RSS is ru_maxrss of the largest process. Prints the Markdown table of
docs/hostile-input.md, with the load average (the machine may be shared: CPU seconds are the
measure, not wall time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.hostile.bigbundles import SHAPES
from tests.hostile.harness import CPU_SECONDS, MEMORY_BYTES

WBDIAG = [sys.executable, "-m", "wbdiag"]
ROOM_CPU = 60
ROOM_MEMORY = 2 << 30


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (ROOM_CPU, ROOM_CPU))
    resource.setrlimit(resource.RLIMIT_AS, (ROOM_MEMORY, ROOM_MEMORY))


COMMANDS = {
    "analyze": ["analyze", "--format", "json", "--fail-on", "never"],
    "redact-check": ["redact-check"],
}


def measure(bundle: Path, command: str) -> tuple[int, float, float, float, list[str]]:
    """(exit code, CPU s, peak RSS MiB, wall s, what was cut: the report's bundle.problems or
    the error line) of one run."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [*WBDIAG, COMMANDS[command][0], str(bundle), *COMMANDS[command][1:]],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            preexec_fn=_limits,
        )
        # wait4: this child's usage, with the helper processes it waited for
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    cpu = usage.ru_utime + usage.ru_stime
    problems: list[str] = []
    if proc.returncode == 0 and command == "analyze":
        problems = json.loads(stdout)["bundle"]["problems"]
    elif proc.returncode == 2:
        problems = [stderr.decode("utf-8", "replace").strip().splitlines()[-1]]
    return proc.returncode, cpu, usage.ru_maxrss / 1024, wall, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=49.0, help="compressed size of each bundle")
    parser.add_argument("--shape", action="append", choices=[s.name for s in SHAPES])
    parser.add_argument("--keep", type=Path, help="write (and reuse) the bundles here")
    parser.add_argument("--command", action="append", choices=list(COMMANDS))
    args = parser.parse_args()
    shapes = [s for s in SHAPES if not args.shape or s.name in args.shape]
    target = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="wbdiag-hostile-") as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        rows = []
        for shape in shapes:
            bundle = where / f"{shape.name}-{args.mb:g}mb.tgz"
            if not bundle.exists():
                shape.build(bundle, target)
            for command in args.command or list(COMMANDS):
                load = os.getloadavg()[0]
                code, cpu, rss, wall, problems = measure(bundle, command)
                ok = code in (0, 2, 3) and cpu < CPU_SECONDS and rss * (1 << 20) < MEMORY_BYTES
                cut = (
                    "; ".join(p[:100] + ("…" if len(p) > 100 else "") for p in problems[:2]) or "-"
                )
                rows.append(
                    f"| {shape.name} | {shape.what} | {bundle.stat().st_size / 1e6:.1f} "
                    f"| {command} | {code} | {cpu:.1f} | {rss:.0f} | {wall:.1f} | {load:.1f} "
                    f"| {'yes' if ok else 'NO'} | {cut} |"
                )
                print(rows[-1], file=sys.stderr, flush=True)
    print(
        "| shape | what | MB | command | exit | CPU s | peak RSS MiB | wall s | load "
        "| within limits | what was cut (first two) |"
    )
    print("|---|---|---:|---|---:|---:|---:|---:|---:|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
