"""Matching alone, per line vs per block, `re` vs Hyperscan, on the same decompressed log text.

    python bench/engines.py bench/data/bundle-256MiB.tgz [--mib 64]

Reads the first --mib MiB of the bundle's logs into memory (so decompression is not measured),
builds the matcher exactly as `wbdiag analyze` does for the shipped pack (rules' log patterns plus
the miner's pattern branches), and times, over the same bytes:
  - read only: `iter_lines` (one str per line) and `read_blocks` (blocks, no str per line);
  - per line: iter_lines + `matcher.match(line)`, for `re` and Hyperscan;
  - per block: read_blocks + `matcher.match_block(block)`, for `re` and Hyperscan.
Checks that all four find the same (line, pattern) pairs. CPU seconds, scaled to 1 GiB.
--utf8 puts a non-ASCII character in every 50th line, so every block goes to the looser UTF-8
database (the byte-mode one only takes pure-ASCII blocks).
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wbdiag.bundle.reader import iter_lines  # noqa: E402
from wbdiag.rules.blocks import read_blocks  # noqa: E402
from wbdiag.rules.conditions.log import LogCondition  # noqa: E402
from wbdiag.rules.loader import load_pack  # noqa: E402
from wbdiag.rules.matching import (  # noqa: E402
    HyperscanMatcher,
    LineMatcher,
    PatternSpec,
    ReMatcher,
    build_matcher,
)
from wbdiag.rules.scan import LogScanner  # noqa: E402
from wbdiag.rules.unrecognised import TemplateMiner  # noqa: E402

MAX_LINE = 64 * 1024


def scanner_specs() -> list[PatternSpec]:
    """The specs LogScanner.scan builds for a log every rule selects."""
    conds = [
        c for r in load_pack().rules for c in r.condition.walk() if isinstance(c, LogCondition)
    ]
    sc = LogScanner(conds, [TemplateMiner()])
    specs = [PatternSpec(c.pattern, c.ignore_case) for c in sc.conditions]
    for observer, branches in zip(sc.observers, sc._observer_branches, strict=True):
        specs += [PatternSpec(b, observer.pattern.ignore_case) for b in branches]
    return specs


def log_text(bundle: Path, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    with tarfile.open(bundle, "r|*") as tar:
        for info in tar:
            if not info.name.endswith(".log"):
                continue
            fh = tar.extractfile(info)
            if fh is None:
                continue
            data = fh.read(limit - size)
            data = data[: data.rfind(b"\n") + 1]
            parts.append(data)
            size += len(data)
            if size >= limit:
                break
    return b"".join(parts)


Pairs = set[tuple[int, int]]


def per_line(matcher: LineMatcher | None, data: bytes) -> Pairs:
    found: Pairs = set()
    for n, line in enumerate(iter_lines(io.BufferedReader(io.BytesIO(data)), MAX_LINE)):
        if matcher is not None:
            found.update((n, i) for i, _ in matcher.match(line))
    return found


def per_block(matcher: LineMatcher | None, data: bytes) -> Pairs:
    found: Pairs = set()
    first = 0
    for block in read_blocks(io.BufferedReader(io.BytesIO(data)), MAX_LINE):
        if matcher is not None:
            found.update((first + n, i) for n, i, _ in matcher.match_block(block))
        first += len(block)
    return found


def timed(fn: Callable[[], Pairs]) -> tuple[float, Pairs]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bundle", type=Path)
    ap.add_argument("--mib", type=int, default=64, help="MiB of log text to match (default 64)")
    ap.add_argument(
        "--utf8",
        action="store_true",
        help="append ' durée 12µs' to every 50th line: every block then takes the UTF-8 database",
    )
    args = ap.parse_args(argv)
    data = log_text(args.bundle, args.mib << 20)
    if args.utf8:
        parts = data.split(b"\n")
        parts[::50] = [line + " durée 12µs".encode() for line in parts[::50]]
        data = b"\n".join(parts)
    lines = data.count(b"\n")
    specs = scanner_specs()
    re_m = ReMatcher(specs)
    hs_m = build_matcher(specs)
    if not isinstance(hs_m, HyperscanMatcher):
        print(f"Hyperscan unavailable: {hs_m.reason}", file=sys.stderr)
        return 1
    scale = (1 << 30) / len(data)
    print(f"{len(data) / (1 << 20):.0f} MiB, {lines} lines, {len(specs)} patterns")
    print("| what | CPU s | s per GiB | µs per line |")
    print("|---|---:|---:|---:|")
    reference: Pairs | None = None
    runs: list[tuple[str, Callable[[], Pairs]]] = [
        ("read only: iter_lines", lambda: per_line(None, data)),
        ("read only: read_blocks", lambda: per_block(None, data)),
        ("re, per line", lambda: per_line(re_m, data)),
        ("hyperscan, per line", lambda: per_line(hs_m, data)),
        ("re, per block", lambda: per_block(re_m, data)),
        ("hyperscan, per block", lambda: per_block(hs_m, data)),
    ]
    for name, fn in runs:
        seconds, found = timed(fn)
        if not name.startswith("read only"):
            if reference is None:
                reference = found
            elif found != reference:
                print(f"MISMATCH: {name} differs from re per line", file=sys.stderr)
                return 1
        print(f"| {name} | {seconds:.2f} | {seconds * scale:.1f} | {seconds / lines * 1e6:.2f} |")
    print(f"all four found the same {len(reference or ())} (line, pattern) pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
