"""Redaction alone: MB/s of `Redactor.lines` on a container log as `docker logs --timestamps`
prints it (bench/make_bundle.py's "docker" mix; `--mix api-pod`: the Kubernetes bench's pod
log, bench/collect_k8s.py), with secrets from the redaction corpus planted
one line in PLANT_EVERY, with Hyperscan and with the pure-Python prefilter. Also checks that no
planted secret survives. The hint database compiles first, timed on its own (`compile_s`, once
per process), so MB/s is the per-byte rate. Results go to stdout and
bench/data/redact-results.jsonl.

    python bench/redact.py --mib 64
    python bench/redact.py --mib 20 --seed 0 --mix api-pod --engine hyperscan
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_bundle import ERROR_RATE, KINDS, make_log  # noqa: E402

from wbdiag.redact import Redactor  # noqa: E402
from wbdiag.redact.prefilter import compile_ahead  # noqa: E402
from wbdiag.redact.redactor import detector_groups  # noqa: E402
from wbdiag.redact.values import PLACEHOLDER  # noqa: E402

CORPUS = HERE.parent / "tests" / "redact" / "corpus" / "positives.jsonl"
PLANT_EVERY = 2000


def planted_log(mib: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    lines = make_log(rng, KINDS["docker"], mib << 20, ERROR_RATE).decode().splitlines()
    records = [json.loads(x) for x in CORPUS.read_text().splitlines()]
    singles = [r for r in records if len(r["lines"]) == 1]
    secrets: list[str] = []
    for i in range(PLANT_EVERY // 2, len(lines), PLANT_EVERY):
        rec = singles[rng.randrange(len(singles))]
        lines[i] = lines[i][:31] + rec["lines"][0]  # after docker's timestamp
        secrets.extend(rec["secrets"])
    return lines, secrets


def compile_hints(engine: str) -> float:
    """Seconds to compile the detectors' hint database, once per process (collect starts it on a
    thread first thing): kept out of the redaction time, which is per byte."""
    os.environ["WBDIAG_REDACT_PREFILTER"] = engine
    start = time.perf_counter()
    thread = compile_ahead(detector_groups())
    if thread is not None:
        thread.join()
    return time.perf_counter() - start


def run(lines: list[str], engine: str) -> tuple[float, float, list[str]]:
    os.environ["WBDIAG_REDACT_PREFILTER"] = engine
    redactor = Redactor()
    start = time.perf_counter()
    cpu = time.process_time()
    out = list(redactor.lines(lines))
    return time.perf_counter() - start, time.process_time() - cpu, out


def pod_log(mib: int, seed: int) -> tuple[list[str], list[str]]:
    """The Kubernetes bench's pod log (bench/collect_k8s.py: the "api-pod" mix, kubelet
    timestamps, the same planted secrets) as lines."""
    from collect_k8s import planted_body

    body, secrets = planted_body(mib, seed)
    return body.decode().splitlines(), secrets


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=64)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--mix", default="docker", choices=["docker", "api-pod"])
    ap.add_argument("--engine", choices=["hyperscan", "re"], help="one prefilter only")
    args = ap.parse_args()
    made = pod_log if args.mix == "api-pod" else planted_log
    lines, secrets = made(args.mib, args.seed)
    size = sum(len(x) + 1 for x in lines)
    results = []
    for engine in [args.engine] if args.engine else ["hyperscan", "re"]:
        compile_s = compile_hints(engine)
        wall, cpu, out = run(lines, engine)
        text = PLACEHOLDER.sub("", "\n".join(out))
        leaked = sum(1 for s in secrets if s in text)
        changed = sum(1 for a, b in zip(lines, out, strict=True) if a != b)
        row = {
            "engine": engine,
            "mix": args.mix,
            "mib": round(size / 2**20, 1),
            "lines": len(lines),
            "planted": len(secrets),
            "leaked_whole": leaked,
            "lines_changed": changed,
            "compile_s": round(compile_s, 2),
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "mb_per_s": round(size / 1e6 / wall, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
        results.append(row)
        print(json.dumps(row))
    data = HERE / "data"
    data.mkdir(exist_ok=True)
    with (data / "redact-results.jsonl").open("a") as fh:
        for row in results:
            fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
