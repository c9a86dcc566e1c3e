"""Writes a bundle: every byte passes the redaction hook and the size caps before it touches disk.

Collectors never open files themselves; they hand text, JSON or line streams to a `BundleWriter`,
which stages them in a private directory next to the output and packs a .tgz at the end (also
after Ctrl-C: whatever was staged is packed).
"""

from __future__ import annotations

import collections
import io
import json
import os
import shutil
import tarfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import FileRecord, Manifest


class Redacts(Protocol):
    def __call__(self, text: str) -> str: ...

    def lines(self, lines: Iterable[str]) -> Iterator[str]: ...

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any: ...


class NoRedaction:
    """For bundles made from data that holds no secrets (tests, samples)."""

    def __call__(self, text: str) -> str:
        return text

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        return iter(lines)

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any:
        return value


class BundleWriter:
    def __init__(self, staging: Path, redact: Redacts, default_cap: int = 50 * 1024 * 1024) -> None:
        self.staging = staging
        self.redact = redact
        self.default_cap = default_cap
        self._lock = threading.Lock()
        self._written: dict[str, FileRecord] = {}
        staging.mkdir(parents=True, exist_ok=False)

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

    def write_json(self, path: str, obj: Any, keys_are_data: bool = False) -> FileRecord:
        """A JSON document, redacted value by value (a regex over JSON text could break it).
        `keys_are_data`: its keys are names from a server, not settings (see Redactor.obj)."""
        clean = self.redact.obj(
            json.loads(json.dumps(obj, default=str)), keys_are_data=keys_are_data
        )
        text = json.dumps(clean, indent=2, sort_keys=True) + "\n"
        data = text.encode("utf-8")
        self._target(path).write_bytes(data)
        return self._record(FileRecord(path=path, bytes=len(data)))

    def write_text(self, path: str, text: str, cap: int | None = None) -> FileRecord:
        return self.write_lines(path, text.splitlines(), cap=cap)

    def write_lines(self, path: str, lines: Iterable[str], cap: int | None = None) -> FileRecord:
        """Lines (without newlines) of a log. Over the cap, the newest part is kept: a failing
        service's last words matter most."""
        cap = self.default_cap if cap is None else cap
        kept: collections.deque[bytes] = collections.deque()
        kept_bytes = 0
        seen_bytes = 0
        truncated = False
        for line in self.redact.lines(lines):
            data = (line + "\n").encode("utf-8", errors="replace")
            seen_bytes += len(data)
            if len(data) > cap:
                data = data[-cap:]
            kept.append(data)
            kept_bytes += len(data)
            while kept_bytes > cap:
                kept_bytes -= len(kept.popleft())
                truncated = True
        with self._target(path).open("wb") as fh:
            for data in kept:
                fh.write(data)
        return self._record(
            FileRecord(
                path=path,
                bytes=kept_bytes,
                truncated=truncated,
                original_bytes=seen_bytes if truncated else None,
            )
        )

    def written(self) -> list[FileRecord]:
        with self._lock:
            return list(self._written.values())

    def files_under(self, prefixes: Iterable[str]) -> list[FileRecord]:
        prefixes = tuple(prefixes)
        return [r for r in self.written() if r.path.startswith(prefixes)]

    # -- packing -----------------------------------------------------------------------------
    def finish(self, manifest: Manifest, output: Path) -> Path:
        """Pack exactly the files the manifest lists (a write still running when its collector
        timed out is left out), plus manifest.json, into `output` atomically; drop staging."""
        listed = sorted({f.path for c in manifest.collectors for f in c.files})
        tmp = output.with_name(f".{output.name}.part")
        try:
            with tarfile.open(tmp, mode="w:gz", compresslevel=6) as tar:
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
        finally:
            tmp.unlink(missing_ok=True)
            shutil.rmtree(self.staging, ignore_errors=True)
        return output

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
