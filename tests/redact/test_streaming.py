"""The bundle writer redacts while streaming: a log passes through in blocks, the newest part
under the cap is kept on disk in segments, and memory does not grow with the log."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wbdiag.bundle.writer import BundleWriter
from wbdiag.redact import Redactor

ROOT = Path(__file__).resolve().parents[2]


def _lines(n: int) -> Iterator[str]:
    for i in range(n):
        if i % 1000 == 7:
            yield f'{{"level":"info","i":{i},"msg":"config","password":"Pw-{i:07d}-x"}}'
        else:
            yield f'{{"level":"info","i":{i},"msg":"GET /api/v1/runs 200","latency_ms":{i % 97}}}'


def measure(staging: Path) -> dict[str, Any]:
    """Peak traced memory while a 2.4 MB and a 12 MB log are written, and the big log's record."""
    writer = BundleWriter(staging, Redactor(), default_cap=1 << 40)
    # The first block pays the one-time costs (the prefilter's plan, patterns compiled on first
    # use: about 4 MB, and more with every detector added), so a first log takes them out of the
    # two measured below, which then hold only what a log's length can make grow.
    writer.write_lines("logs/first.log", _lines(5_000))
    peaks = []
    for name, count in (("logs/small.log", 30_000), ("logs/big.log", 150_000)):
        gc.collect()
        tracemalloc.start()
        rec = writer.write_lines(name, _lines(count))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return {"peaks": peaks, "bytes": rec.bytes, "truncated": rec.truncated,
            "redactions": rec.redactions}  # fmt: skip


def test_memory_does_not_grow_with_the_log(tmp_path: Path) -> None:
    # In a process of its own: tracemalloc counts every thread's allocations, and a thread a test
    # before left in this worker (a server's, a compile) made the big log's peak 2.3 MB higher.
    code = (
        "import json, sys; from pathlib import Path; "
        "from tests.redact.test_streaming import measure; "
        "print(json.dumps(measure(Path(sys.argv[1]))))"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "staging")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["bytes"] > 10 << 20 and not result["truncated"]
    small, big = peaks = result["peaks"]
    # five times the log, not more memory: holding the big log would take 10 MB more; the slack
    # is for when the cycle collector runs
    assert big < small + (2 << 20), peaks
    assert big < 8 << 20, peaks  # blocks of lines, never the whole log
    text = (tmp_path / "staging" / "logs/big.log").read_text()
    assert "Pw-0000007-x" not in text and text.count("[REDACTED:") == 150
    assert result["redactions"]["keyvalue"]["count"] == 150
    assert result["redactions"]["keyvalue"]["lines"][:2] == [8, 1008]


def test_cap_keeps_the_newest_whole_lines_and_shifts_the_report(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)
    lines = list(_lines(50_000))
    cap = 2 << 20
    rec = writer.write_lines("logs/capped.log", iter(lines), cap=cap)
    written = (tmp_path / "staging" / "logs/capped.log").read_bytes()
    assert rec.truncated and rec.bytes == len(written) <= cap
    kept = written.decode().splitlines()
    redacted = list(Redactor().lines(lines))
    assert kept == redacted[len(redacted) - len(kept) :]  # the newest lines, whole
    assert len(written) > cap - 200  # nothing more than the last partial line is lost
    first_dropped = len(redacted) - len(kept)
    expected = [i + 1 - first_dropped for i in range(first_dropped, len(lines)) if i % 1000 == 7]
    assert rec.redactions["keyvalue"]["lines"] == expected[:100]
    assert not list((tmp_path / "staging" / "logs").glob(".*seg*"))  # segments cleaned up


def test_a_single_line_over_the_cap_keeps_its_end(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)
    rec = writer.write_lines("x.log", iter(["a" * 5000 + "END"]), cap=1024)
    data = (tmp_path / "staging" / "x.log").read_bytes()
    assert len(data) == rec.bytes == 1024 and data.endswith(b"END\n") and rec.truncated


def _chunked(data: bytes, sizes: list[int]) -> Iterator[bytes]:
    pos = 0
    i = 0
    while pos < len(data):
        size = sizes[i % len(sizes)]
        yield data[pos : pos + size]
        pos += size
        i += 1


def test_chunks_of_any_size_give_the_same_file_as_lines(tmp_path: Path) -> None:
    lines = list(_lines(40_000))
    lines[5] = "ünïcode \u2028 line"
    lines[9] = ""
    raw = ("\n".join(lines) + "\n").encode()
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)
    expected = writer.write_lines("a.log", iter(lines))
    want = (tmp_path / "staging" / "a.log").read_bytes()
    for n, sizes in enumerate(([1 << 20], [7, 1, 65536, 3], [len(raw)], [2_500_000, 13])):
        rec = writer.write_chunks(f"b{n}.log", _chunked(raw, sizes))
        assert (tmp_path / "staging" / f"b{n}.log").read_bytes() == want
        assert rec.redactions == expected.redactions and rec.bytes == expected.bytes


def test_chunks_decode_invalid_bytes_and_strip_carriage_returns(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)
    writer.write_chunks("c.log", [b"one\r\r\ntw", b"o \xff\xfe\r\nthree\r"], strip_cr=True)
    assert (
        tmp_path / "staging" / "c.log"
    ).read_bytes().decode() == "one\ntwo \ufffd\ufffd\nthree\n"
    writer.write_chunks("d.log", [b"one\r\n", b"last line without newline"])
    assert (tmp_path / "staging" / "d.log").read_bytes() == b"one\r\nlast line without newline\n"


def test_a_line_without_end_is_held_bounded(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)

    def endless() -> Iterator[bytes]:
        for i in range(400):  # 25 MiB without a newline
            yield bytes([97 + i % 26]) * 65536
        yield b"END\n"

    tracemalloc.start()
    rec = writer.write_chunks("e.log", endless(), cap=1 << 20)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    data = (tmp_path / "staging" / "e.log").read_bytes()
    assert rec.truncated and data.endswith(b"END\n") and len(data) == 1 << 20
    assert peak < 12 << 20, peak
