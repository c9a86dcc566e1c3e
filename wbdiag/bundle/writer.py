"""Writes a bundle: every byte passes the redaction hook and the size caps before it touches disk.

Collectors never open files themselves; they hand text, JSON or line streams to a `BundleWriter`,
which stages them in a private directory next to the output and packs a .tgz at the end (also
after Ctrl-C: whatever was staged is packed).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tarfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from wbdiag.bundle import layout
from wbdiag.bundle.compress import gzip_writer
from wbdiag.bundle.manifest import FileRecord, Manifest
from wbdiag.bundle.tailfile import TailFile


class FileReport:
    """Redactions per kind in one written file, with the line numbers (the first 100 per
    kind), read from the placeholders as they are written: counts and places, never values."""

    MAX_LINES = 100

    def __init__(self) -> None:
        self.kinds: dict[str, list[int]] = {}
        self.counts: dict[str, int] = {}

    def account(self, line: str, lineno: int) -> None:
        if "[REDACTED:" not in line:
            return
        for m in _PLACEHOLDER.finditer(line):
            kind = m.group(1)
            self.counts[kind] = self.counts.get(kind, 0) + 1
            where = self.kinds.setdefault(kind, [])
            if len(where) < self.MAX_LINES and (not where or where[-1] != lineno):
                where.append(lineno)

    def shifted(self, dropped: int) -> dict[str, dict[str, Any]]:
        """The report as JSON, for a file whose first `dropped` lines were cut by the cap."""
        out: dict[str, dict[str, Any]] = {}
        for kind, where in sorted(self.kinds.items()):
            kept = [n - dropped for n in where if n > dropped]
            complete = len(where) < self.MAX_LINES
            count = len(kept) if complete and dropped else self.counts[kind]
            if count:
                out[kind] = {"count": count, "lines": kept}
        return out

    def to_json(self) -> dict[str, dict[str, Any]]:
        return self.shifted(0)


class RedactsBlocks(Protocol):
    """One file's redaction state: `redact` changes a block of consecutive lines in place."""

    def redact(self, lines: list[str]) -> None: ...


class Redacts(Protocol):
    def __call__(self, text: str) -> str: ...

    def lines(self, lines: Iterable[str]) -> Iterator[str]: ...

    def file_state(self) -> RedactsBlocks: ...

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any: ...


class Checks(Protocol):
    """The leak gate as the writer sees it: (line, kind) of each leak in a block of lines
    (`text`: them joined by newlines, which the writer has already)."""

    def block(self, lines: list[str], text: str | None = None) -> Iterator[tuple[int, str]]: ...


class NoRedaction:
    """For bundles made from data that holds no secrets (tests, samples)."""

    def __call__(self, text: str) -> str:
        return text

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        return iter(lines)

    def file_state(self) -> RedactsBlocks:
        return _Unchanged()

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any:
        return value


class _Unchanged:
    def redact(self, lines: list[str]) -> None:
        return None


@dataclass(frozen=True)
class GateFinding:
    path: str
    line: int
    kind: str


_PLACEHOLDER = re.compile(r"\[REDACTED:([a-z_]+):\d+\]")
# Lines are redacted, checked and written in blocks of about this size: one prefilter scan,
# one gate scan and one write per block, Python work only on the lines they pick.
_BLOCK_BYTES = 1 << 20
_BLOCK_LINES = 8192
# A byte stream's lines go on in smaller blocks by default. The program sending it (the
# Kubernetes API; dockerd without a read-ahead thread) can run ahead of us only by its socket
# buffer, and waits while we work on a block: a Linux unix socket holds about 36 KB, under a
# millisecond of dockerd's output. A 1 MiB block takes about 10 ms to redact, gate and write; a
# 32 KiB block under half a millisecond. A caller whose stream a thread reads ahead
# (readahead.py) passes larger blocks: each block's scans and per-block work cost CPU.
STREAM_BLOCK_BYTES = 32 << 10
# The leak gate reads a written stream's blocks about this much at a time: its scan and
# per-block work cost about a fifth less CPU per 1 MiB than per 32 KiB block
_GATE_BYTES = 1 << 20
_CR_AT_EOL = re.compile(r"\r+$", re.MULTILINE)
# A block as written: its redacted lines, them joined by newlines, and that with a last newline
# as UTF-8 (what goes to disk)
RedactedBlock = tuple[list[str], str, bytes]


def _batches(lines: Iterable[str]) -> Iterator[list[str]]:
    """Lines in lists of at most _BLOCK_LINES lines or about _BLOCK_BYTES characters."""
    block: list[str] = []
    size = 0
    for line in lines:
        block.append(line)
        size += len(line)
        if len(block) >= _BLOCK_LINES or size >= _BLOCK_BYTES:
            yield block
            block = []
            size = 0
    if block:
        yield block


def _account(report: FileReport, text: str, lineno: int) -> None:
    """The report for the lines of a block (`text`, lines after `lineno`) that hold a
    placeholder, found by searching the block rather than looking at every line."""
    pos = text.find("[REDACTED:")
    counted = 0  # newlines before `counted` are in `lineno`
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lineno += text.count("\n", counted, start)
        counted = start
        report.account(text[start:end], lineno + 1)
        pos = text.find("[REDACTED:", end)


def _decode_lines(data: bytes | bytearray, strip_cr: bool) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    if strip_cr and "\r" in text:
        text = _CR_AT_EOL.sub("", text)
    return text.split("\n")


def line_blocks(
    chunks: Iterable[bytes], limit: int, strip_cr: bool, size: int = STREAM_BLOCK_BYTES
) -> Iterator[list[str]]:
    """The lines of a byte stream whose chunks do not follow line boundaries, in blocks of about
    `size` bytes. Memory stays bounded by the block size and, for one line longer than that, by
    2 * `limit` (only its last `limit` bytes can be kept anyway)."""
    keep = max(limit, size)
    buf = bytearray()
    searched = 0  # buf[:searched] holds no newline past `size` (a long line's start)
    for chunk in chunks:
        buf += chunk
        while len(buf) >= size:
            cut = buf.rfind(b"\n", 0, size)
            if cut < 0:
                cut = buf.find(b"\n", max(size, searched))
            if cut < 0:
                if len(buf) > 2 * keep:
                    del buf[: len(buf) - keep]
                searched = len(buf)
                break
            yield _decode_lines(buf[:cut], strip_cr)
            del buf[: cut + 1]
            searched = 0
    if buf:
        if buf.endswith(b"\n"):
            del buf[-1:]
        yield _decode_lines(buf, strip_cr)


def redacted_blocks(redact: Redacts, blocks: Iterable[list[str]]) -> Iterator[RedactedBlock]:
    """One file's blocks of consecutive lines, each redacted in place with the file's one state
    (what a line carries to the next goes on across blocks), as written: the lines, them joined
    by newlines, and that with a last newline as UTF-8."""
    state = redact.file_state()
    for block in blocks:
        state.redact(block)
        text = "\n".join(block)
        yield block, text, (text + "\n").encode("utf-8", errors="replace")


# Not a bundle path: bundle paths start with a collector's prefix, never with a dot.
SCRATCH_DIR = ".scratch"


class BundleWriter:
    def __init__(self, staging: Path, redact: Redacts, default_cap: int = 50 * 1024 * 1024) -> None:
        self.staging = staging
        self.redact = redact
        self.default_cap = default_cap
        self.gate: Checks | None = None  # the leak gate, run on every line as it is written
        self._lock = threading.Lock()
        self._written: dict[str, FileRecord] = {}
        self._findings: list[GateFinding] = []
        staging.mkdir(parents=True, exist_ok=False)

    def scratch_dir(self) -> Path:
        """A private directory for working files a collector needs on disk (a combined CA bundle
        for a TLS client): inside staging, so nothing is written outside the output's place;
        never packed (only listed files are), and removed with staging."""
        path = self.staging / SCRATCH_DIR
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    # -- writing -----------------------------------------------------------------------------
    def _target(self, path: str) -> Path:
        if not layout.is_safe_relative(path):
            raise ValueError(f"unsafe bundle path {path!r}")
        target = self.staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def _record(self, rec: FileRecord) -> FileRecord:
        with self._lock:
            self._written[rec.path] = rec
        return rec

    def _check(self, path: str, lines: list[str], first: int, text: str | None = None) -> None:
        """The gate over lines `first`.. of `path` (numbered as written, before any cut)."""
        if self.gate is None or not lines:
            return
        found = [GateFinding(path, first + i, kind) for i, kind in self.gate.block(lines, text)]
        if found:
            with self._lock:
                self._findings.extend(found)

    def _check_batch(self, path: str, blocks: list[tuple[list[str], str]], first: int) -> None:
        """The gate over consecutive blocks of `path` (their lines and them joined), read as
        one from line `first`."""
        if len(blocks) == 1:
            self._check(path, blocks[0][0], first, blocks[0][1])
        elif blocks:
            lines = [line for block, _ in blocks for line in block]
            self._check(path, lines, first, "\n".join(text for _, text in blocks))

    def gate_findings(self) -> list[GateFinding]:
        with self._lock:
            return list(self._findings)

    def write_json(self, path: str, obj: Any, keys_are_data: bool = False) -> FileRecord:
        """A JSON document, redacted value by value (a regex over JSON text could break it).
        `keys_are_data`: its keys are names from a server, not settings (see Redactor.obj)."""
        clean = self.redact.obj(
            json.loads(json.dumps(obj, default=str)), keys_are_data=keys_are_data
        )
        text = json.dumps(clean, indent=2, sort_keys=True) + "\n"
        data = text.encode("utf-8")
        self._target(path).write_bytes(data)
        report = FileReport()
        lines = text.splitlines()
        for lineno, line in enumerate(lines, 1):
            report.account(line, lineno)
        self._check(path, lines, 1)
        return self._record(FileRecord(path=path, bytes=len(data), redactions=report.to_json()))

    def write_text(self, path: str, text: str, cap: int | None = None) -> FileRecord:
        return self.write_lines(path, text.splitlines(), cap=cap)

    def write_lines(self, path: str, lines: Iterable[str], cap: int | None = None) -> FileRecord:
        """Lines (without newlines) of a log, redacted and written as they come (never the
        whole log in memory). Over the cap, the newest part is kept: a failing service's last
        words matter most."""
        return self._write_blocks(path, self._redacted(_batches(lines)), cap)

    def write_chunks(
        self,
        path: str,
        chunks: Iterable[bytes],
        cap: int | None = None,
        strip_cr: bool = False,
        block: int = STREAM_BLOCK_BYTES,
    ) -> FileRecord:
        """A log as raw bytes in chunks of any size (a stream from an engine or an API): cut
        into lines, decoded as UTF-8 (an invalid byte becomes U+FFFD), `strip_cr`: without the
        carriage returns at line ends, redacted in blocks of about `block` bytes; then as
        `write_lines`."""
        cap = self.default_cap if cap is None else cap
        blocks = line_blocks(chunks, cap, strip_cr, block)
        return self._write_blocks(path, self._redacted(blocks), cap)

    def write_redacted(
        self, path: str, blocks: Iterable[RedactedBlock], cap: int | None = None
    ) -> FileRecord:
        """A log's blocks already redacted (by a helper process, collect/redacthelper.py, with
        this writer's redactor numbering the placeholders): gated, capped and written as
        `write_chunks` does."""
        return self._write_blocks(path, blocks, cap)

    def _redacted(self, blocks: Iterable[list[str]]) -> Iterator[RedactedBlock]:
        return redacted_blocks(self.redact, blocks)

    def _write_blocks(
        self, path: str, blocks: Iterable[RedactedBlock], cap: int | None
    ) -> FileRecord:
        cap = self.default_cap if cap is None else cap
        tail = TailFile(self._target(path), cap)
        with self._lock:  # writing a path again replaces it, and what the gate saw in it
            self._findings = [f for f in self._findings if f.path != path]
        report = FileReport()
        lineno = 0  # lines before this block
        # the gate reads the blocks in batches of about _GATE_BYTES (per-scan costs, once per
        # batch); it reports what it finds and holds nothing back, so they are written first
        batch: list[tuple[list[str], str]] = []
        batch_bytes = 0
        gated = 0  # lines before the batch
        try:
            for block, text, data in blocks:
                _account(report, text, lineno)
                tail.seen_bytes += len(data)
                tail.write_block(data, len(block))
                lineno += len(block)
                batch.append((block, text))
                batch_bytes += len(data)
                if batch_bytes >= _GATE_BYTES:
                    self._check_batch(path, batch, gated + 1)
                    batch, batch_bytes, gated = [], 0, lineno
            self._check_batch(path, batch, gated + 1)
            kept, dropped, truncated = tail.finish()
        except BaseException:
            tail.abort()
            raise
        if dropped:
            with self._lock:  # findings in lines that were cut never reach the bundle
                self._findings = [
                    f if f.path != path else GateFinding(f.path, f.line - dropped, f.kind)
                    for f in self._findings
                    if f.path != path or f.line > dropped
                ]
        return self._record(
            FileRecord(
                path=path,
                bytes=kept,
                truncated=truncated,
                original_bytes=tail.seen_bytes if truncated else None,
                redactions=report.shifted(dropped),
            )
        )

    def written(self) -> list[FileRecord]:
        with self._lock:
            return list(self._written.values())

    def files_under(self, prefixes: Iterable[str]) -> list[FileRecord]:
        prefixes = tuple(prefixes)
        return [r for r in self.written() if r.path.startswith(prefixes)]

    # -- packing -----------------------------------------------------------------------------
    def finish(self, manifest: Manifest, output: Path, keep_dir: Path | None = None) -> Path:
        """Pack exactly the files the manifest lists (a write still running when its collector
        timed out is left out), plus manifest.json, into `output` atomically; drop staging
        (or, with `keep_dir`, leave the same tree there for review)."""
        listed = sorted({f.path for c in manifest.collectors for f in c.files})
        tmp = output.with_name(f".{output.name}.part")
        try:
            with gzip_writer(tmp) as gz, tarfile.open(fileobj=gz, mode="w|") as tar:
                data = manifest.to_json().encode("utf-8")
                info = tarfile.TarInfo(f"{layout.ROOT_DIR}/{layout.MANIFEST}")
                info.size = len(data)
                info.mtime = int(time.time())
                tar.addfile(info, io.BytesIO(data))
                for rel in listed:
                    full = self.staging / rel
                    if full.is_file():
                        tar.add(full, arcname=f"{layout.ROOT_DIR}/{rel}", recursive=False)
            os.replace(tmp, output)
            if keep_dir is not None:
                self.keep(manifest, keep_dir)
        finally:
            tmp.unlink(missing_ok=True)
            shutil.rmtree(self.staging, ignore_errors=True)
        return output

    def keep(self, manifest: Manifest, keep_dir: Path) -> None:
        """Move the listed files and manifest.json to `keep_dir`/wbdiag-bundle (the layout of
        the .tgz, unpacked)."""
        listed = {f.path for c in manifest.collectors for f in c.files}
        root = keep_dir / layout.ROOT_DIR
        root.mkdir(parents=True, exist_ok=False)
        (root / layout.MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        for rel in sorted(listed):
            full = self.staging / rel
            if full.is_file():
                dest = root / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(full, dest)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
