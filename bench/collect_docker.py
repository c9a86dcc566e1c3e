"""`wbdiag collect` of one container's ~200 MB log against `docker logs --timestamps` of the same
container, on the tests' private Docker engine (tests/servers/dockerd.py, started through the
fixture's own code; needs root, dockerd, containerd, runc, static busybox).

The container runs the W&B look-alike image with its entrypoint replaced by `cat` of a log made
by bench/make_bundle.py (the "docker" mix, with redaction-corpus secrets planted one line in
2000), so collect finds it as W&B (`--container`), reads it through the engine's log API with
nothing cut (--log-cap above the size), redacts and packs it. Each command runs once per round,
rounds interleaved; the table keeps the fastest wall and lowest CPU time of each, and the largest
peak RSS: the sum over the command's process tree, sampled from /proc every 10 ms (bench/run.py's
sampler; the engine's own processes are not in either tree). It checks that no planted secret
is in the bundle. Each round's line on stderr also gives collect's CPU seconds by process (the
collector and its redaction helper). `--also DIR`: another checkout's `wbdiag collect` (its own
directory first on the path) in each round as well, right after this one's: two builds compared
on one engine and one log, under the same load. Results: stdout (a Markdown table) and
bench/data/collect-results.jsonl.

    python bench/collect_docker.py --mib 200 [--also /path/to/other/checkout]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from redact import planted_log  # noqa: E402
from run import measure  # noqa: E402

from tests.servers import dockerd as fixture  # noqa: E402

NAME = "wandb-bench"


@contextlib.contextmanager
def engine() -> Iterator[fixture.DockerEngine]:
    start = getattr(fixture.dockerd, "__wrapped__", None)
    if start is None:
        raise SystemExit("this pytest does not expose the fixture function (__wrapped__)")
    with contextlib.contextmanager(start)() as eng:
        yield eng


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--also", type=Path, help="another checkout's collect, run in each round too")
    args = ap.parse_args()
    if args.also is not None and not (args.also / "wbdiag" / "__main__.py").is_file():
        raise SystemExit(f"--also: no wbdiag checkout at {args.also}")
    lines, secrets = planted_log(args.mib, 8)
    body = ("\n".join(line[31:] for line in lines) + "\nBENCH-DONE\n").encode()  # engine stamps
    del lines
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        info = tarfile.TarInfo("bench.log")
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    size = len(body)
    del body
    best: dict[str, dict[str, Any]] = {}
    (HERE / "data").mkdir(exist_ok=True)
    with engine() as eng:
        client = eng.client(timeout=600)
        container = client.containers.create(
            eng.wandb_image,
            entrypoint=["sh", "-c", "cat /tmp/bench.log; sleep 3600"],
            name=NAME,
            network_mode="none",
            user="999:0",
        )
        try:
            container.put_archive("/tmp", tar_buf.getvalue())
            del tar_buf
            container.start()
            while b"BENCH-DONE" not in client.api.logs(container.id, tail=1):
                time.sleep(0.5)
            env = {"DOCKER_HOST": eng.base_url}
            with tempfile.TemporaryDirectory(dir=HERE / "data") as tmp:
                out = Path(tmp) / "bundle.tgz"
                collect = [
                    sys.executable, "-m", "wbdiag", "collect", "--container", NAME,
                    "--no-kubernetes", "--no-probes", "--log-cap", str(2 * size), "-o", str(out),
                ]  # fmt: skip
                commands = [
                    ("docker logs --timestamps", ["docker", "logs", "--timestamps", NAME], ROOT),
                    ("wbdiag collect", collect, ROOT),
                ]
                if args.also is not None:  # (`-m` puts the working directory first on the path)
                    also = args.also.resolve()
                    commands.append((f"wbdiag collect ({also})", collect, also))
                for rnd in range(args.rounds):
                    for what, argv, where in commands:
                        run_env = {**env, "PYTHONPATH": str(where)}
                        wall, cpu, tree, _single, code, split = measure(argv, run_env, None, where)
                        if code != 0:
                            raise SystemExit(f"{what} failed with exit code {code}")
                        row = best.setdefault(what, {"wall_s": wall, "cpu_s": cpu, "rss_mib": 0.0})
                        row["wall_s"] = min(row["wall_s"], wall)
                        row["cpu_s"] = min(row["cpu_s"], cpu)
                        row["rss_mib"] = max(row["rss_mib"], tree)
                        if argv[0] == sys.executable:
                            data = subprocess.run(
                                ["tar", "-xzOf", str(out)], capture_output=True
                            ).stdout
                            row["leaked"] = sum(1 for s in set(secrets) if s.encode() in data)
                            row["bundle_mib"] = out.stat().st_size / 2**20
                            del data
                            out.unlink()
                        parts = ", ".join(
                            f"{'collector' if role == 'analyze' else role} {sec:.1f}"
                            for role, sec in sorted(split.items())
                            if argv[0] == sys.executable
                        )
                        print(f"round {rnd + 1}: {what}: {wall:.1f} s wall, {cpu:.1f} s CPU"
                              f"{f' ({parts})' if parts else ''}, {tree:.0f} MiB "
                              f"(load {load()})", file=sys.stderr)  # fmt: skip
        finally:
            container.remove(force=True)
    print_table(size, best, len(set(secrets)))
    return 0


def print_table(size: int, best: dict[str, dict[str, Any]], planted: int) -> None:
    base = best["docker logs --timestamps"]
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\n{size / 2**20:.0f} MiB container log, {os.cpu_count()} cores, load average "
          f"{load()} at the end, {when}\n")  # fmt: skip
    print(
        "| command | wall | CPU | peak RSS (tree) | wall / docker logs | bundle | planted secrets left |"
    )
    print("|---|---|---|---|---|---|---|")
    with (HERE / "data" / "collect-results.jsonl").open("a") as fh:
        for what, r in best.items():
            bundle = f"{r['bundle_mib']:.0f} MiB" if "bundle_mib" in r else ""
            left = f"{r['leaked']} of {planted}" if "leaked" in r else ""
            print(f"| {what} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['rss_mib']:.0f} MiB "
                  f"| {r['wall_s'] / base['wall_s']:.2f}x | {bundle} | {left} |")  # fmt: skip
            row = {"bench": "collect_docker", "log_mib": round(size / 2**20), "what": what,
                   **{k: round(v, 2) if isinstance(v, float) else v for k, v in r.items()},
                   "load": load()}  # fmt: skip
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
