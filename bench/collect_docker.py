"""`wbdiag collect` of one container's ~200 MB log against `docker logs --timestamps` of the same
container, on the tests' private Docker engine (tests/servers/dockerd.py, started through the
fixture's own code; needs root, dockerd, containerd, runc, static busybox).

The container runs the W&B look-alike image with its entrypoint replaced by `cat` of a log made
by bench/make_bundle.py (the "docker" mix, with redaction-corpus secrets planted one line in
2000), so collect finds it as W&B (`--container`), reads it through the engine's log API with
nothing cut (--log-cap above the size), redacts and packs it. Wall time, CPU and peak RSS of
each process tree come from os.wait4. Results: stdout and bench/data/collect-results.jsonl.

    python bench/collect_docker.py --mib 200
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from redact import planted_log  # noqa: E402

from tests.servers import dockerd as fixture  # noqa: E402

NAME = "wandb-bench"


@contextlib.contextmanager
def engine() -> Iterator[fixture.DockerEngine]:
    start = getattr(fixture.dockerd, "__wrapped__", None)
    if start is None:
        raise SystemExit("this pytest does not expose the fixture function (__wrapped__)")
    with contextlib.contextmanager(start)() as eng:
        yield eng


def timed(cmd: list[str], env: dict[str, str], stdout: int | None = None) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=stdout or subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd[0]} failed with {status}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mib": round(usage.ru_maxrss / 1024),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=200)
    args = ap.parse_args()
    lines, secrets = planted_log(args.mib, 8)
    body = ("\n".join(line[31:] for line in lines) + "\nBENCH-DONE\n").encode()  # engine stamps
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        info = tarfile.TarInfo("bench.log")
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    rows = []
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
            env = {**os.environ, "DOCKER_HOST": eng.base_url}
            docker_cli = ["docker", "logs", "--timestamps", NAME]
            rows.append({"what": "docker logs --timestamps", **timed(docker_cli, env)})
            with tempfile.TemporaryDirectory(dir=HERE / "data") as tmp:
                out = Path(tmp) / "bundle.tgz"
                cmd = [
                    sys.executable, "-m", "wbdiag", "collect", "--container", NAME,
                    "--no-kubernetes", "--no-probes", "--log-cap", str(2 * len(body)),
                    "--timeout", "900", "-o", str(out),
                ]  # fmt: skip
                rows.append({"what": "wbdiag collect", **timed(cmd, env)})
                data = subprocess.run(["tar", "-xzOf", str(out)], capture_output=True).stdout
                leaked = sum(1 for s in secrets if s.encode() in data)
                rows[-1].update(bundle_mib=round(out.stat().st_size / 2**20, 1), leaked=leaked)
        finally:
            container.remove(force=True)
    size = round(len(body) / 2**20, 1)
    base = rows[0]["wall_s"]
    with (HERE / "data" / "collect-results.jsonl").open("a") as fh:
        for row in rows:
            row.update(log_mib=size, x_docker_logs=round(row["wall_s"] / base, 2))
            print(json.dumps(row))
            fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
