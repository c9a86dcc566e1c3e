"""Progress on stderr: a live status line on a terminal, plain lines otherwise (CI, pipes)."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from wbdiag.bundle.manifest import CollectorRecord


class Progress:
    def __init__(self, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.t0 = time.monotonic()
        self._running: dict[str, float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def _elapsed(self) -> str:
        return f"{time.monotonic() - self.t0:6.1f}s"

    def _write(self, line: str) -> None:
        with self._lock:
            if self.live:
                self.stream.write("\r\x1b[K")
            self.stream.write(line + "\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        self._write(f"[{self._elapsed()}] {text}")

    def started(self, name: str) -> None:
        with self._lock:
            self._running[name] = time.monotonic()
        if not self.live:
            self._write(f"[{self._elapsed()}] {name}: started")
        elif self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def finished(self, rec: CollectorRecord) -> None:
        with self._lock:
            self._running.pop(rec.name, None)
        detail = f"{len(rec.files)} files, {rec.bytes} bytes"
        if rec.truncated:
            detail += ", truncated"
        error = f" — {rec.error}" if rec.error else ""
        self._write(f"[{self._elapsed()}] {rec.name}: {rec.status.value} ({detail}){error}")

    def _tick(self) -> None:
        spinner = "|/-\\"
        i = 0
        while not self._stop.wait(0.2):
            with self._lock:
                if not self._running:
                    continue
                now = time.monotonic()
                names = ", ".join(f"{n} {now - t:.0f}s" for n, t in self._running.items())
                self.stream.write(f"\r\x1b[K{spinner[i % 4]} running: {names}"[:200])
                self.stream.flush()
            i += 1

    def close(self) -> None:
        self._stop.set()
        if self.live:
            with self._lock:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
