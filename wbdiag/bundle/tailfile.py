"""The newest part of a stream of lines, kept on disk under a size cap (never in memory): what a
bundle file holds of a log longer than its cap."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

# a segment file is at least this large, so that a small cap does not make a file per line
_SEGMENT_MIN = 1 << 20


class TailFile:
    """Keeps the newest `cap` bytes of a stream of lines on disk, never in memory: lines go to
    segment files of about `cap` bytes; a segment wholly older than the newest `cap` bytes is
    deleted. `finish` joins what is left into the target, cut at a line boundary (a file under
    the cap is one segment, renamed: never copied)."""

    def __init__(self, target: Path, cap: int) -> None:
        self.target = target
        self.cap = cap
        self.segment_cap = max(_SEGMENT_MIN, cap)
        self.segments: list[tuple[Path, int, int]] = []  # (file, bytes, lines)
        self.total_bytes = 0  # in the segments still kept
        self.seen_bytes = 0
        self.dropped_lines = 0  # lines before the first kept segment
        self.cut = False  # a single line longer than the cap lost its start
        self._fh: BinaryIO | None = None
        self._cur_bytes = 0
        self._cur_lines = 0

    def _roll(self) -> None:
        if self._fh is not None:
            self._fh.close()
            path, _, _ = self.segments[-1]
            self.segments[-1] = (path, self._cur_bytes, self._cur_lines)
        path = self.target.with_name(f".{self.target.name}.seg{len(self.segments)}")
        self._fh = path.open("wb")
        self.segments.append((path, 0, 0))
        self._cur_bytes = 0
        self._cur_lines = 0

    def write_block(self, data: bytes, lines: int) -> None:
        """`lines` whole lines, each ending with a newline."""
        if len(data) <= self.cap:
            self._append(data, lines)
            return
        parts = data.split(b"\n")
        parts.pop()
        for part in parts:  # a block past the cap (a small cap): line by line
            self._append(part + b"\n", 1)

    def _append(self, data: bytes, lines: int) -> None:
        if len(data) > self.cap:
            data = data[-self.cap :]
            self.cut = True
        if self._fh is None or self._cur_bytes >= self.segment_cap:
            self._roll()
            # a whole segment older than the newest cap bytes is never needed again
            while len(self.segments) > 2 and self.total_bytes - self.segments[0][1] >= self.cap:
                path, size, lines = self.segments.pop(0)
                path.unlink()
                self.total_bytes -= size
                self.dropped_lines += lines
        assert self._fh is not None
        self._fh.write(data)
        self._cur_bytes += len(data)
        self._cur_lines += lines
        self.total_bytes += len(data)

    def finish(self) -> tuple[int, int, bool]:
        """(bytes kept, lines dropped from the start, truncated)."""
        if self._fh is None:
            self.target.write_bytes(b"")
            return 0, 0, False
        self._fh.close()
        path, _, _ = self.segments[-1]
        self.segments[-1] = (path, self._cur_bytes, self._cur_lines)
        excess = self.total_bytes - self.cap
        truncated = self.dropped_lines > 0 or excess > 0 or self.cut
        if len(self.segments) == 1 and excess <= 0:
            os.replace(self.segments[0][0], self.target)
            return self.total_bytes, 0, truncated
        kept = 0
        with self.target.open("wb") as out:
            for path, _size, _lines in self.segments:
                with path.open("rb") as fh:
                    if excess > 0:  # skip whole lines until the rest fits the cap
                        while excess > 0:
                            line = fh.readline()
                            if not line:
                                break
                            excess -= len(line)
                            self.dropped_lines += 1
                    while chunk := fh.read(1 << 20):
                        out.write(chunk)
                        kept += len(chunk)
                path.unlink()
        return kept, self.dropped_lines, truncated

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
        for path, _, _ in self.segments:
            path.unlink(missing_ok=True)
