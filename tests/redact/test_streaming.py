"""The bundle writer redacts while streaming: a log passes through in blocks, the newest part
under the cap is kept on disk in segments, and memory does not grow with the log."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from wbdiag.bundle.writer import BundleWriter
from wbdiag.redact import Redactor


def _lines(n: int) -> Iterator[str]:
    for i in range(n):
        if i % 1000 == 7:
            yield f'{{"level":"info","i":{i},"msg":"config","password":"Pw-{i:07d}-x"}}'
        else:
            yield f'{{"level":"info","i":{i},"msg":"GET /api/v1/runs 200","latency_ms":{i % 97}}}'


def test_memory_does_not_grow_with_the_log(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "staging", Redactor(), default_cap=1 << 40)
    tracemalloc.start()
    rec = writer.write_lines("logs/big.log", _lines(150_000))  # about 12 MB
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert rec.bytes > 10 << 20 and not rec.truncated
    assert peak < 8 << 20, peak  # blocks of lines, never the whole log
    text = (tmp_path / "staging" / "logs/big.log").read_text()
    assert "Pw-0000007-x" not in text and text.count("[REDACTED:") == 150
    assert rec.redactions["keyvalue"]["count"] == 150
    assert rec.redactions["keyvalue"]["lines"][:2] == [8, 1008]


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
