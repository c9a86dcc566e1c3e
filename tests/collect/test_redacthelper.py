"""A container log redacted in the helper process (collect/redacthelper.py) is written as the
writer writes it in-process: the same bytes, redaction report, gate findings and placeholder
numbers, on the redaction corpus's records (single and multi-line, with the negatives between
them) over several of the helper's blocks; secrets registered while the log streams reach the
helper; a helper that dies leaves the lines it sent, and the collector's note; a log source that
raises fails the write as it does in-process."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from wbdiag.bundle.writer import BundleWriter
from wbdiag.collect.base import Output
from wbdiag.collect.redacthelper import RedactHelper
from wbdiag.redact import Redactor
from wbdiag.redact.gatelive import LiveGate

CORPUS = Path(__file__).resolve().parents[1] / "redact" / "corpus"
PATH = "docker/containers/wandb/container.log"
KNOWN = "Zq81-registered-before-the-log"  # as the collector registers a container's env


def _corpus_log() -> tuple[bytes, list[str]]:
    """The corpus's positive records with negatives between them, repeated past 160 KiB (5 of
    the writer's stream blocks); the planted secrets."""
    pos = [json.loads(x) for x in (CORPUS / "positives.jsonl").read_text().splitlines()]
    neg = [json.loads(x) for x in (CORPUS / "negatives.jsonl").read_text().splitlines()]
    lines: list[str] = []
    secrets: list[str] = []
    for i, rec in enumerate(pos):
        lines += rec["lines"]
        lines += neg[i % len(neg)]["lines"]
        secrets += rec["secrets"]
        if i % 50 == 0:
            lines.append(f"env DB_PASSWORD was {KNOWN}")
    body = ("\n".join(lines) + "\n").encode()
    body *= max(1, (160 << 10) // len(body) + 1)
    return body, secrets


def _chunks(body: bytes, size: int = 70_001) -> Iterator[bytes]:
    for i in range(0, len(body), size):
        yield body[i : i + size]


def _writer(tmp: Path) -> tuple[BundleWriter, Redactor]:
    redactor = Redactor()
    redactor.add_secret(KNOWN, "setting")
    redactor.token("a-value-in-inspect-json", "keyvalue")  # numbered before the log
    writer = BundleWriter(tmp, redactor, 1 << 30)
    writer.gate = LiveGate(redactor)
    return writer, redactor


def test_helper_writes_what_the_writer_writes_in_process(tmp_path: Path) -> None:
    body, secrets = _corpus_log()
    here, here_redactor = _writer(tmp_path / "here")
    there, there_redactor = _writer(tmp_path / "there")
    expected = here.write_chunks(PATH, _chunks(body), strip_cr=True)
    helper = RedactHelper.start(there_redactor)
    assert helper is not None
    got = there.write_redacted(PATH, helper.blocks(_chunks(body), 1 << 30, True))
    helper.close()
    assert helper.problem is None
    written = (tmp_path / "there" / PATH).read_bytes()
    assert written == (tmp_path / "here" / PATH).read_bytes()
    assert got.redactions == expected.redactions and got.bytes == expected.bytes
    assert there.gate_findings() == here.gate_findings()
    assert there_redactor.summary() == here_redactor.summary()
    assert KNOWN.encode() not in written
    assert b"[REDACTED:keyvalue:1]" not in written  # taken before the log, by inspect.json
    assert sum(1 for s in set(secrets) if s.encode() in written) == sum(
        1 for s in set(secrets) if s.encode() in (tmp_path / "here" / PATH).read_bytes()
    )


def test_secret_registered_while_the_log_streams_reaches_the_helper(tmp_path: Path) -> None:
    writer, redactor = _writer(tmp_path / "staging")
    late = "late-secret-Q7vT2x9LmW"
    lines = [f"GET /healthz 200 {i}" for i in range(60_000)]
    lines[50_000] = f"worker started with {late}"

    def chunks() -> Iterator[bytes]:
        body = ("\n".join(lines) + "\n").encode()
        half = len(body) // 2
        yield body[:half]
        redactor.add_secret(late)  # the kubernetes collector learns it meanwhile
        yield body[half:]

    helper = RedactHelper.start(redactor)
    assert helper is not None
    writer.write_redacted(PATH, helper.blocks(chunks(), 1 << 30, False))
    helper.close()
    written = (tmp_path / "staging" / PATH).read_text()
    assert late not in written
    assert "worker started with [REDACTED:secret:1]" in written


def test_helper_that_dies_keeps_the_lines_it_sent(tmp_path: Path) -> None:
    writer, redactor = _writer(tmp_path / "staging")
    lines = [f"line {i} password=Hunter2-Kq81x" for i in range(200_000)]
    body = ("\n".join(lines) + "\n").encode()
    helper = RedactHelper.start(redactor)
    assert helper is not None

    def chunks() -> Iterator[bytes]:
        for n, chunk in enumerate(_chunks(body, 1 << 16)):
            if n == 24:  # the helper is killed midway (out of memory, a signal)
                helper._proc.send_signal(signal.SIGKILL)
                helper._proc.wait()
            yield chunk

    out = Output(writer, "docker", 1 << 30, writes=("docker/",))
    rec = out.chunks(PATH, chunks(), helper=helper)
    assert helper.problem == "the redaction helper stopped (exit code -9)"
    assert out.partial and out.notes == [
        f"{PATH}: the redaction helper stopped (exit code -9); kept the lines redacted before it"
    ]
    kept = (tmp_path / "staging" / PATH).read_text().splitlines()
    assert rec.bytes == (tmp_path / "staging" / PATH).stat().st_size
    assert 0 < len(kept) < len(lines)
    for i, line in enumerate(kept):  # whole lines, in order, each redacted
        assert line == f"line {i} password=[REDACTED:keyvalue:2]"  # (1: before the log)


def test_no_helper_where_it_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        raise OSError("no processes left")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    assert RedactHelper.start(Redactor()) is None


def test_a_failing_log_source_fails_the_write_as_in_process(tmp_path: Path) -> None:
    writer, redactor = _writer(tmp_path / "staging")

    def chunks() -> Iterator[bytes]:
        yield b"first line\n"
        raise ValueError("the stream broke")

    helper = RedactHelper.start(redactor)
    assert helper is not None
    with pytest.raises(ValueError, match="the stream broke"):
        writer.write_redacted(PATH, helper.blocks(chunks(), 1 << 30, False))
    helper.close()
    with pytest.raises(ValueError, match="the stream broke"):
        writer.write_chunks(PATH, chunks())
