"""`wbdiag analyze` side by side with `tar -xzOf | grep -E -f` on the same bundle.

    python bench/run.py                          # 256 MiB, both engines
    python bench/run.py --size 64MiB --size 512MiB --size 1GiB
    python bench/run.py --signatures             # + bench/patterns.py SIGNATURES as log rules
    python bench/run.py --engines hyperscan      # skip the (slow) re engine

For each size (bundles come from bench/make_bundle.py, made once into bench/data/):
  - floor: `tar -xzOf BUNDLE > /dev/null` (decompression only) and the same read through
    Python's tarfile (what wbdiag's reader pays before matching anything);
  - baseline: `tar -xzOf BUNDLE | grep -E -c -f PATTERNS`, PATTERNS being every log pattern
    wbdiag matches (the shipped pack's, the miner's, with --signatures the bench rules'),
    translated to POSIX ERE by bench/patterns.py; LC_ALL=C (and with --grep-utf8 also C.UTF-8,
    which is much slower with these patterns);
  - `wbdiag analyze BUNDLE --format json` with WBDIAG_MATCHER=hyperscan and =re.
Wall seconds, CPU seconds (user+sys, children included) and peak RSS of each command's process
tree come from os.wait4. Results are printed as a Markdown table and appended to
bench/data/results.jsonl.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import make_bundle  # noqa: E402
import patterns  # noqa: E402

from wbdiag.rules.loader import default_rules_dir  # noqa: E402

PY_FLOOR = """
import sys, tarfile
with tarfile.open(sys.argv[1], "r|*") as tar:
    for info in tar:
        fh = tar.extractfile(info)
        while fh is not None and fh.read(1 << 18):  # wbdiag reads 256 KiB blocks
            pass
"""


@dataclass
class Result:
    size: str
    what: str
    wall: float
    cpu: float
    rss_mib: float
    exit: int
    note: str = ""


def measure(
    argv: list[str], env: dict[str, str] | None = None, stdout: Path | None = None
) -> tuple[float, float, float, int]:
    """(wall s, user+sys s, peak RSS MiB, exit code) of a command and its children."""
    with tempfile.TemporaryFile() as err, (stdout or Path(os.devnull)).open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env={**os.environ, **(env or {})}, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4
        if proc.returncode != 0:
            err.seek(0)
            sys.stderr.write(err.read().decode(errors="replace")[-2000:])
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def shell(command: str) -> list[str]:
    return ["/bin/sh", "-c", command]


def run_size(size: int, args: argparse.Namespace, rules: list[Path]) -> list[Result]:
    label = make_bundle.size_label(size)
    bundle = DATA / f"bundle-{label}.tgz"
    if not bundle.exists():
        print(f"generating {bundle} ...", file=sys.stderr)
        make_bundle.write_bundle(bundle, size, 48 << 20, 1, make_bundle.ERROR_RATE)
    q = shlex.quote(str(bundle))
    pat = DATA / ("patterns-signatures.ere" if args.signatures else "patterns.ere")
    results: list[Result] = []

    def add(
        what: str,
        argv: list[str],
        env: dict[str, str] | None = None,
        note: str = "",
        out: Path | None = None,
    ) -> Result:
        best: Result | None = None
        for _ in range(args.repeat):
            wall, cpu, rss, code = measure(argv, env, out)
            r = Result(label, what, wall, cpu, rss, code, note)
            if best is None or r.wall < best.wall:
                best = r
        assert best is not None
        results.append(best)
        print(
            f"  {what}: {best.wall:.2f} s wall, {best.cpu:.2f} s CPU, {best.rss_mib:.0f} MiB",
            file=sys.stderr,
        )
        return best

    add("floor: tar -xzOf > /dev/null", shell(f"tar -xzOf {q} > /dev/null"))
    add("floor: Python tarfile read", [sys.executable, "-c", PY_FLOOR, str(bundle)])
    with tempfile.TemporaryDirectory() as tmp:
        count = Path(tmp) / "count"
        locales = ["C", "C.UTF-8"] if args.grep_utf8 else ["C"]
        for loc in locales:
            cmd = f"tar -xzOf {q} | LC_ALL={loc} grep -E -c -f {shlex.quote(str(pat))}"
            r = add(f"grep -E -c -f (LC_ALL={loc})", shell(cmd), out=count)
            r.note = f"{count.read_text().strip()} lines match"
        runs = [
            (e, f"wbdiag analyze ({e})", [sys.executable, "-m", "wbdiag", "analyze"])
            for e in args.engines
        ]
        if args.what_if:
            whatif = [sys.executable, str(BENCH / "whatif_reader.py")]
            runs.append(("hyperscan", "what-if: + threaded gunzip in the reader", whatif))
        for engine, what, command in runs:
            report = Path(tmp) / f"report-{engine}.json"
            argv = [
                *command,
                str(bundle),
                "--format",
                "json",
                "-o",
                str(report),
                "--fail-on",
                "never",
            ]
            for rule_dir in rules:
                argv += ["--rules", str(rule_dir)]
            r = add(what, argv, env={"WBDIAG_MATCHER": engine})
            if report.exists():
                doc = json.loads(report.read_text())
                counts = doc.get("summary", {}).get("counts", {})
                r.note = ", ".join(f"{k} {v}" for k, v in counts.items())
                r.note += f"; {len(doc.get('unrecognised_errors', []))} unrecognised templates"
    return results


def table(results: list[Result]) -> str:
    lines = [
        "| size | what | wall s | CPU s | peak RSS MiB | note |",
        "|---|---|---:|---:|---:|---|",
    ]
    for r in results:
        flag = "" if r.exit == 0 else f" (exit {r.exit})"
        lines.append(
            f"| {r.size} | {r.what}{flag} | {r.wall:.2f} | {r.cpu:.2f} | {r.rss_mib:.0f} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=make_bundle.parse_size, action="append", help="default 256MiB")
    ap.add_argument("--engines", default="hyperscan,re", help="comma-separated (default both)")
    ap.add_argument("--signatures", action="store_true", help="add bench/patterns.py SIGNATURES")
    ap.add_argument("--grep-utf8", action="store_true", help="also grep under LC_ALL=C.UTF-8")
    ap.add_argument("--repeat", type=int, default=1, help="runs per command; the fastest counts")
    ap.add_argument("--what-if", action="store_true", help="also bench/whatif_reader.py")
    args = ap.parse_args(argv)
    args.engines = [e for e in args.engines.split(",") if e]
    sizes = args.size or [256 << 20]
    DATA.mkdir(parents=True, exist_ok=True)

    specs = patterns.all_specs() if args.signatures else patterns.shipped_specs()
    ere, problems = patterns.export(specs)
    pat = DATA / ("patterns-signatures.ere" if args.signatures else "patterns.ere")
    pat.write_text("\n".join(ere) + "\n", encoding="utf-8")
    for pattern, why in problems:
        print(
            f"grep cannot take {pattern!r}: {why} (left out of its pattern file)", file=sys.stderr
        )
    rules = [default_rules_dir()]
    if args.signatures:
        rules.append(patterns.write_bench_rules(DATA / "rules"))

    results: list[Result] = []
    for size in sizes:
        print(f"{make_bundle.size_label(size)}:", file=sys.stderr)
        results += run_size(size, args, rules)

    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"{when}, {platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{len(ere)} grep patterns ({len(problems)} untranslatable), load average "
        f"{os.getloadavg()[0]:.1f}"
    )
    print(header)
    print(table(results))
    with (DATA / "results.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(
            json.dumps({"when": when, "header": header, "results": [asdict(r) for r in results]})
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
