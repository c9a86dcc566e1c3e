"""`wbdiag analyze` side by side with `tar -xzOf | grep -E -f` and `pigz -dc | rg -f`.

    python bench/run.py                                   # 64 MiB and 1 GiB, 3 rounds
    python bench/run.py --size 256MiB --rounds 1
    python bench/run.py --signatures                      # + bench/patterns.py SIGNATURES as rules

Needs GNU grep and tar (always there), `pigz` and `rg` (Debian: `apt-get install pigz ripgrep`).
For each size (bundles come from bench/make_bundle.py, made once into bench/data/):
  - floors: `tar -xzOf B > /dev/null` and `pigz -dc B > /dev/null` (decompression only);
  - baselines: `tar -xzOf B | LC_ALL=C grep -E -c -f PATTERNS` and `pigz -dc B | rg -c -f
    PATTERNS`, PATTERNS being every log pattern wbdiag matches (the shipped pack's and the
    miner's; with --signatures the bench rules' too), translated by bench/patterns.py to POSIX
    ERE for grep and to Rust regex syntax for rg;
  - `wbdiag analyze B --format json` as `pip install wbdiag` gives it where wheels exist
    (Hyperscan + ISA-L), and the pure-Python path a platform without those wheels gets
    (WBDIAG_MATCHER=re WBDIAG_INFLATER=zlib). The two reports must hold the same findings and
    unrecognised errors (checked; a difference is printed and marked in the table).
Every command runs once per round, the rounds interleaved, so load from other work on the
machine falls on all of them alike; the table keeps each command's fastest wall and lowest CPU
time over the rounds. CPU is user+sys of the whole process tree (os.wait4); peak RSS is the
largest sum of the tree's resident memory, sampled from /proc every 10 ms (the helper process
included), next to the largest single process from wait4. Printed as Markdown and appended to
bench/data/results.jsonl.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import make_bundle  # noqa: E402
import patterns  # noqa: E402

from wbdiag.rules.loader import default_rules_dir  # noqa: E402

DEFAULT_ENV = {"WBDIAG_MATCHER": "", "WBDIAG_INFLATER": ""}
PURE_ENV = {"WBDIAG_MATCHER": "re", "WBDIAG_INFLATER": "zlib"}


@dataclass
class Result:
    size: str
    what: str
    wall: float = float("inf")
    cpu: float = float("inf")
    rss_tree_mib: float = 0.0
    rss_max_mib: float = 0.0
    exit: int = 0
    note: str = ""
    walls: list[float] = field(default_factory=list)
    # wbdiag's CPU seconds by process (analyze with its inflater thread, inflate when that is a
    # process, miner) in its fastest round
    split: dict[str, float] = field(default_factory=dict)


# wbdiag's helper processes, by the module they run (anything else is named by its command)
_HELPERS = {
    "wbdiag.bundle.inflate": "inflate",
    "wbdiag.rules.offload": "miner",
    "wbdiag.collect.redacthelper": "redact helper",
}
_TICK = os.sysconf("SC_CLK_TCK")


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "analyze"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = fh.read().split(b"\0")
    except OSError:
        return "other"
    for module, role in _HELPERS.items():
        if module.encode() in argv:
            return role
    return Path(argv[0].decode(errors="replace")).name or "other"


_PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int] | None:
    """The children of a process, from each of its threads' /proc children list (Linux 3.5+,
    CONFIG_PROC_CHILDREN); None where the kernel has no such list."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []  # ended
    found: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                found += [int(x) for x in fh.read().split()]
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{tid}"):
                continue  # the thread ended
            return None
        except OSError:
            continue
    return found


def _all_parents() -> dict[int, list[int]]:
    """Children by parent from every process's stat: the fallback, a read of all of /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def _tree_rss(root: int, cpu: dict[int, tuple[str, float]] | None = None) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc); `cpu` gets each
    one's role and user+sys seconds so far (the last sample before a process ends). The tree is
    walked from the root through the kernel's children lists, so a sample reads a few files
    instead of all of /proc (0.6 ms of the bench's CPU every 10 ms, taken from the commands it
    measures on a two-core machine)."""
    parents: dict[int, list[int]] | None = None
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        kids = _children(pid) if parents is None else parents.get(pid, [])
        if kids is None:
            parents = _all_parents()
            kids = parents.get(pid, [])
        todo += kids
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[21]) * _PAGE
        if cpu is not None:
            # read again until the helper has exec'd (a fresh fork shows the parent's command)
            role = cpu[pid][0] if pid in cpu else ""
            if role not in ("analyze", *_HELPERS.values()):
                role = _role(pid, root)
            cpu[pid] = (role, (int(fields[11]) + int(fields[12])) / _TICK)  # utime, stime
    return total


def measure(
    argv: list[str], env: dict[str, str], stdout: Path | None, cwd: Path | None = None
) -> tuple[float, float, float, float, int, dict[str, float]]:
    """(wall s, user+sys s, peak tree RSS MiB, peak single-process RSS MiB, exit code, CPU s
    by process role as last sampled); `cwd`: the command's working directory."""
    with tempfile.TemporaryFile() as err, (stdout or Path(os.devnull)).open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env={**os.environ, **env}, stdout=out, stderr=err, cwd=cwd)
        peak = [0]
        done = threading.Event()
        cpu: dict[int, tuple[str, float]] = {}

        def sample() -> None:
            while not done.wait(0.01):
                peak[0] = max(peak[0], _tree_rss(proc.pid, cpu))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # already reaped by wait4
        if code != 0:
            err.seek(0)
            sys.stderr.write(err.read().decode(errors="replace")[-2000:])
    split: dict[str, float] = {}
    for role, seconds in cpu.values():
        split[role] = split.get(role, 0.0) + seconds
    total = usage.ru_utime + usage.ru_stime
    return wall, total, peak[0] / 2**20, usage.ru_maxrss / 1024, code, split


def shell(command: str) -> list[str]:
    return ["/bin/sh", "-c", command]


@dataclass
class Command:
    what: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    count_file: bool = False  # stdout is a count: shown in the note
    report: Path | None = None


def commands(bundle: Path, tmp: Path, args: argparse.Namespace, rules: list[Path]) -> list[Command]:
    q = shlex.quote(str(bundle))
    ere = shlex.quote(str(DATA / f"patterns{args.suffix}.ere"))
    rust = shlex.quote(str(DATA / f"patterns{args.suffix}.rg"))
    out = [
        Command("floor: tar -xzOf > /dev/null", shell(f"tar -xzOf {q} > /dev/null")),
        Command("floor: pigz -dc > /dev/null", shell(f"pigz -dc {q} > /dev/null")),
        Command(
            "tar -xzOf | LC_ALL=C grep -E -c -f",
            shell(f"tar -xzOf {q} | LC_ALL=C grep -E -c -f {ere}"),
            count_file=True,
        ),
        Command("pigz -dc | rg -c -f", shell(f"pigz -dc {q} | rg -c -f {rust}"), count_file=True),
    ]
    for label, env, name in (
        ("wbdiag analyze, default install (Hyperscan, ISA-L)", DEFAULT_ENV, "default"),
        ("wbdiag analyze, pure Python (re, zlib)", PURE_ENV, "pure"),
    ):
        if name not in args.installs:
            continue
        report = tmp / f"report-{name}.json"
        argv = [sys.executable, "-m", "wbdiag", "analyze", str(bundle), "--format", "json"]
        argv += ["-o", str(report), "--fail-on", "never"]
        for rule_dir in rules:
            argv += ["--rules", str(rule_dir)]
        out.append(Command(label, argv, env, report=report))
    return out


def findings_of(report: Path) -> dict[str, object]:
    doc = json.loads(report.read_text())
    return {k: doc.get(k) for k in ("findings", "unrecognised_errors", "timeline", "not_evaluated")}


def run_size(size: int, args: argparse.Namespace, rules: list[Path]) -> list[Result]:
    label = make_bundle.size_label(size)
    bundle = DATA / f"bundle-{label}.tgz"
    if not bundle.exists():
        print(f"generating {bundle} ...", file=sys.stderr)
        make_bundle.write_bundle(bundle, size, 48 << 20, 1, make_bundle.ERROR_RATE)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cmds = commands(bundle, tmp, args, rules)
        results = {c.what: Result(label, c.what) for c in cmds}
        for round_no in range(args.rounds):
            for c in cmds:
                count = tmp / "count"
                wall, cpu, tree, single, code, split = measure(
                    c.argv, c.env, count if c.count_file else None
                )
                r = results[c.what]
                if c.report is not None and wall < r.wall:
                    r.split = split
                r.walls.append(round(wall, 2))
                r.wall, r.cpu = min(r.wall, wall), min(r.cpu, cpu)
                r.rss_tree_mib = max(r.rss_tree_mib, tree)
                r.rss_max_mib = max(r.rss_max_mib, single)
                r.exit = r.exit or code
                if c.count_file:
                    r.note = f"{count.read_text().strip()} lines match"
                print(
                    f"  [{round_no + 1}/{args.rounds}] {c.what}: {wall:.2f} s wall, {cpu:.2f} s "
                    f"CPU, {tree:.0f} MiB, load {os.getloadavg()[0]:.1f}",
                    file=sys.stderr,
                )
        reports = {c.what: c.report for c in cmds if c.report is not None and c.report.exists()}
        for what, report in reports.items():
            doc = json.loads(report.read_text())
            counts = doc.get("summary", {}).get("counts", {})
            results[what].note = ", ".join(f"{k} {v}" for k, v in counts.items())
            results[what].note += f"; {len(doc.get('unrecognised_errors', []))} unrecognised"
        if len(reports) == 2:
            (_, a), (b_what, b) = reports.items()
            same = findings_of(a) == findings_of(b)
            results[b_what].note += "; same findings as the default" if same else "; DIFFERENT"
            if not same:
                print(f"{label}: the two installs' reports differ", file=sys.stderr)
    return list(results.values())


def ratio(r: Result, base: Result | None, attr: str) -> str:
    if base is None or not getattr(base, attr):
        return ""
    return f"{getattr(r, attr) / getattr(base, attr):.2f}x"


def table(results: list[Result]) -> str:
    lines = [
        "| size | what | wall s | CPU s | wall vs grep | wall vs rg | CPU vs grep | CPU vs rg "
        "| peak RSS MiB (tree / largest process) | note |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        grep = next((b for b in results if b.size == r.size and "grep" in b.what), None)
        rg = next((b for b in results if b.size == r.size and "rg -c" in b.what), None)
        flag = "" if r.exit == 0 else f" (exit {r.exit})"
        what = r.what.replace("|", "\\|")  # a pipe would end the Markdown cell
        note = r.note
        if r.split:  # sampled every 10 ms: each process's last 10 ms may be missing
            parts = ", ".join(f"{role} {sec:.2f}" for role, sec in r.split.items())
            note += f"; CPU s by process (fastest round): {parts}"
        lines.append(
            f"| {r.size} | {what}{flag} | {r.wall:.2f} | {r.cpu:.2f} "
            f"| {ratio(r, grep, 'wall')} | {ratio(r, rg, 'wall')} "
            f"| {ratio(r, grep, 'cpu')} | {ratio(r, rg, 'cpu')} "
            f"| {r.rss_tree_mib:.0f} / {r.rss_max_mib:.0f} | {note} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), ""
            )
    except OSError:
        pass
    versions = []
    for tool, flag in (("grep", "--version"), ("rg", "--version"), ("pigz", "--version")):
        if shutil.which(tool):
            text = subprocess.run([tool, flag], capture_output=True, text=True)
            first = (text.stdout or text.stderr).splitlines()
            versions.append(first[0] if first else tool)
    mods = []
    for mod in ("hyperscan", "isal"):
        try:
            m = __import__(mod)
            mods.append(f"{mod} {getattr(m, '__version__', '?')}")
        except ImportError:
            mods.append(f"{mod} not installed")
    return (
        f"{platform.node()}, {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
        f"{', '.join(mods)}; {'; '.join(versions)}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=make_bundle.parse_size, action="append", help="64MiB, 1GiB")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved runs of every command")
    ap.add_argument("--installs", default="default,pure", help="default and/or pure")
    ap.add_argument("--signatures", action="store_true", help="add bench/patterns.py SIGNATURES")
    args = ap.parse_args(argv)
    args.installs = [e for e in args.installs.split(",") if e]
    args.suffix = "-signatures" if args.signatures else ""
    sizes = args.size or [64 << 20, 1 << 30]
    for tool in ("pigz", "rg"):
        if shutil.which(tool) is None:
            ap.error(f"{tool} is not installed (Debian: apt-get install pigz ripgrep)")
    DATA.mkdir(parents=True, exist_ok=True)

    specs = patterns.all_specs() if args.signatures else patterns.shipped_specs()
    ere, problems = patterns.export(specs)
    (DATA / f"patterns{args.suffix}.ere").write_text("\n".join(ere) + "\n", encoding="utf-8")
    rust = [patterns.ere_to_rust(p) for p in ere]
    (DATA / f"patterns{args.suffix}.rg").write_text("\n".join(rust) + "\n", encoding="utf-8")
    for pattern, why in problems:
        print(f"grep/rg cannot take {pattern!r}: {why} (left out of their files)", file=sys.stderr)
    rules = [default_rules_dir()]
    if args.signatures:
        rules.append(patterns.write_bench_rules(DATA / "rules"))

    load_before = os.getloadavg()
    results: list[Result] = []
    for size in sizes:
        print(f"{make_bundle.size_label(size)}:", file=sys.stderr)
        results += run_size(size, args, rules)
    load_after = os.getloadavg()

    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"{when}; {machine()}; {len(ere)} patterns ({len(problems)} untranslatable); "
        f"best of {args.rounds} interleaved rounds; load average (1/5/15 min) "
        f"{'/'.join(f'{x:.1f}' for x in load_before)} before, "
        f"{'/'.join(f'{x:.1f}' for x in load_after)} after"
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
