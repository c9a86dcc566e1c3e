"""The writer path alone, in one process: the bench's docker mix (bench/redact.py's
`planted_log`) or, with `--mix api-pod`, the Kubernetes bench's pod log (bench/collect_k8s.py's
`planted_body`) fed to `BundleWriter.write_chunks` in 1 MiB chunks with the leak gate on, as
collect feeds a container log. Prints the thread's CPU seconds and digests of the output bytes,
the redaction report and the gate's findings (a change that only saves CPU leaves all three
the same); `--picks`: the lines the redactor's prefilter picks for each detector and how many
of them it changed; `--profile`: cProfile's top entries; `--warm`: the log written once before
the timed write (the detectors' and gate's patterns compile at their first line: a collect has
compiled them after its first log). Other processes on the machine cost this
little: compare alternating runs, best of a few.

    python bench/writer_cpu.py --mib 32 [--mix api-pod] [--warm] [--engine re] [--picks]
        [--profile [--sort tottime]]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from redact import compile_hints, planted_log  # noqa: E402

from wbdiag.bundle.writer import BundleWriter  # noqa: E402
from wbdiag.redact import Redactor  # noqa: E402
from wbdiag.redact.detectors import DETECTORS  # noqa: E402
from wbdiag.redact.gatelive import LiveGate  # noqa: E402


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def picks(redactor: Redactor, lines: list[str], out: list[str]) -> Counter[tuple[str, bool]]:
    """(detector kind and index, changed) -> lines, in the redactor's blocks of 4096 lines."""
    prefilter, _ = redactor._compiled()
    found: Counter[tuple[str, bool]] = Counter()
    for s in range(0, len(lines), 4096):
        block = lines[s : s + 4096]
        for i, groups in prefilter.lines(block).items():
            for g in groups or ():
                name = f"{DETECTORS[g].kind}#{g}" if g >= 0 else "known"
                found[name, out[s + i] != block[i]] += 1
    return found


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=32)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--engine", default="hyperscan", choices=["hyperscan", "re"])
    ap.add_argument("--mix", default="docker", choices=["docker", "api-pod"])
    ap.add_argument("--picks", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--sort", default="cumulative", help="the profile's order (`tottime`, …)")
    ap.add_argument("--warm", action="store_true", help="write the log once untimed first")
    args = ap.parse_args()
    if args.mix == "api-pod":  # the Kubernetes bench's pod log, kubelet timestamps
        from collect_k8s import planted_body

        lines = planted_body(args.mib, args.seed)[0].decode().splitlines()
    else:
        lines, _ = planted_log(args.mib, args.seed)
    body = ("\n".join(lines) + "\n").encode()
    chunks = [body[i : i + (1 << 20)] for i in range(0, len(body), 1 << 20)]
    compile_hints(args.engine)  # (sets the engine; the database compiles outside the timing)
    redactor = Redactor()
    redactor._compiled()
    with tempfile.TemporaryDirectory() as tmp:
        writer = BundleWriter(Path(tmp) / "staging", redactor, 1 << 34)
        writer.gate = LiveGate(redactor)
        writer.write_chunks("warm.log", [b"password: warm\n"])  # the gate's lazy set-up
        if args.warm:  # lazy compiles out of the timing, as in a collect after its first log
            writer.write_chunks("warm2.log", iter(chunks))
        profile = cProfile.Profile() if args.profile else None
        cpu = time.thread_time()
        if profile is not None:
            profile.enable()
        record = writer.write_chunks("c.log", iter(chunks))
        if profile is not None:
            profile.disable()
        cpu = time.thread_time() - cpu
        data = (Path(tmp) / "staging" / "c.log").read_text(errors="replace")
        row = {
            "engine": args.engine,
            "mix": args.mix,
            "mib": args.mib,
            "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "cpu_s": round(cpu, 3),
            "output": _digest(data),
            "report": _digest(json.dumps(record.redactions, sort_keys=True)),
            "findings": _digest(repr(writer.gate_findings())),
        }
        print(json.dumps(row))
        if profile is not None:
            pstats.Stats(profile).sort_stats(args.sort).print_stats(40)
        if args.picks:
            out = data.split("\n")
            for (name, changed), n in sorted(picks(redactor, lines, out).items()):
                print(f"{name}\t{'changed' if changed else 'kept'}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
