"""Log text as blocks of complete lines: what the matcher scans in one call (matching.py).

A `LineBlock` is many complete lines as one UTF-8 buffer, a line becoming a `str` only when someone
asks for it; `read_blocks` cuts a stream into such blocks, line for line as
`wbdiag.bundle.reader.iter_lines` reads it, terminal colour codes left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import IO

# Bytes read per block: large enough that per-block Python work is noise, small enough that memory
# stays a few MiB whatever the bundle size.
BLOCK_BYTES = 256 << 10


class LineBlock:
    """Complete log lines as one buffer: each line cut to the line limit, trailing CRs dropped,
    valid UTF-8, each ending in `\\n`. The same lines `reader.iter_lines` yields, without one
    Python object per line: a line becomes a `str` only when someone asks for it."""

    __slots__ = ("_cursor", "_lines", "_starts", "_text", "ascii", "data")

    def __init__(self, data: bytes | bytearray, ascii: bool | None = None) -> None:
        if data and not data.endswith(b"\n"):
            raise ValueError("a LineBlock ends with a newline")
        self.data = data
        self.ascii = data.isascii() if ascii is None else ascii
        self._lines: list[str] | None = None
        self._starts: dict[int, int] = {0: 0}  # line index -> offset, for the lines seen so far
        self._text: dict[int, str] = {}
        self._cursor = (0, 0)  # (offset, index of the line holding it): counting goes forward

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> LineBlock:
        """A block of the given lines (they must not contain newlines)."""
        if any("\n" in line for line in lines):
            raise ValueError("a line holds a newline")
        return cls("".join(f"{line}\n" for line in lines).encode("utf-8"))

    def __len__(self) -> int:
        return self.index(len(self.data))

    def index(self, offset: int) -> int:
        """Index of the line holding the byte at `offset` (`len(data)`: the number of lines).
        Cheapest when called with growing offsets, as match reports come."""
        pos, line = self._cursor
        if offset >= pos:
            line += self.data.count(b"\n", pos, offset)
        else:
            line -= self.data.count(b"\n", offset, pos)
        self._cursor = (offset, line)
        if offset < len(self.data) and line not in self._starts:
            self._starts[line] = self.data.rfind(b"\n", 0, offset) + 1
        return line

    def line(self, i: int) -> str:
        if self._lines is not None:
            return self._lines[i]
        text = self._text.get(i)
        if text is not None:
            return text
        start = self._starts.get(i)
        if start is None:
            before = self._starts.get(i - 1)
            if before is None:  # not next to a line seen: split once (only the `re` engine does)
                return self.lines()[i]
            start = self._starts[i] = self.data.index(b"\n", before) + 1
        text = self._text[i] = self.data[start : self.data.index(b"\n", start)].decode("utf-8")
        return text

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.data.decode("utf-8").split("\n")[:-1]
        return self._lines


def read_blocks(
    stream: IO[bytes], max_line_bytes: int, block_bytes: int | None = None
) -> Iterator[LineBlock]:
    """The lines of a stream as blocks of about `block_bytes`; line for line what
    `wbdiag.bundle.reader.iter_lines` yields: a line longer than `max_line_bytes` is cut there
    and the rest of it skipped, CRs before the newline dropped, invalid UTF-8 replaced, terminal
    colour codes (ESC's) left out. Memory
    stays within `block_bytes + max_line_bytes` whatever the lines."""
    size = block_bytes or BLOCK_BYTES  # read at call time: tests shrink it
    readinto = getattr(stream, "readinto", None)
    pending = b""  # the start of a line whose newline has not been read yet
    skipping = False  # `pending` is a line already cut: drop what follows up to its newline
    while True:
        data: bytes | bytearray = b""
        if readinto is not None and not skipping:
            # the common case: read straight behind the pending start of a line, so the block's
            # buffer is written once (no join of the pending part and a chunk afterwards)
            kept = len(pending)
            buf = bytearray(kept + size)
            buf[:kept] = pending
            view = memoryview(buf)
            got = readinto(view[kept:]) or 0
            view.release()  # the buffer is cut below: no view of it may be left
            if not got:
                if pending:  # a last line without a newline
                    yield _block(pending + b"\n", max_line_bytes)
                return
            end = buf.rfind(b"\n", 0, kept + got) + 1
            if end:
                pending = bytes(buf[end : kept + got])
                del buf[end:]
                data = buf
            else:
                pending = bytes(buf[: kept + got])
        else:
            chunk = stream.read(size)
            if skipping and chunk:
                nl = chunk.find(b"\n")
                if nl < 0:
                    continue
                chunk = chunk[nl:]
                skipping = False
            if not chunk:
                if pending:  # a last line without a newline
                    yield _block(pending + b"\n", max_line_bytes)
                return
            # the complete lines, copied once: the pending start of a line and the chunk up to
            # its last newline are joined without slicing the chunk first
            end = chunk.rfind(b"\n") + 1
            if end:
                head = memoryview(chunk)[:end] if end < len(chunk) else chunk
                data = b"".join((pending, head)) if pending else bytes(head)
                pending = chunk[end:]
            else:
                pending += chunk
        if len(pending) > max_line_bytes:
            pending = pending[:max_line_bytes]
            skipping = True
        if data:
            yield _block(data, max_line_bytes)


# A terminal's colour codes (ECMA-48 SGR, and erase-line) split the words a pattern reads
# (`ESC[31mERROR ESC[0m: …`, a level field coloured apart from its value), so the scan reads a
# line without them, as a terminal shows it. (The miner also reads the octal form rsyslog writes,
# `#033[0;31m`, error_lines.py.)
@functools.cache
def _colour_bytes() -> re.Pattern[bytes]:
    return re.compile(rb"\x1b\[[0-9;]{0,16}[mK]")


def _block(data: bytes | bytearray, max_line_bytes: int) -> LineBlock:
    """Whole lines (ending in a newline) -> a LineBlock, cutting long lines and CRs like
    iter_lines, without colour codes; the common case (no CR, no long line, no colour code,
    ASCII) copies nothing."""
    if b"\r" in data or _may_have_long_line(data, max_line_bytes):
        parts = data[:-1].split(b"\n")
        data = b"\n".join(p[:max_line_bytes].rstrip(b"\r") for p in parts) + b"\n"
    # (one byte's memchr: a two-byte search costs ~40x as much on a block without it)
    if b"\x1b" in data:
        data = _colour_bytes().sub(b"", data)
    if data.isascii():
        return LineBlock(data, ascii=True)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # per-line decoding replaces the same bytes: a newline never sits inside a sequence
        data = data.decode("utf-8", errors="replace").encode("utf-8")
    return LineBlock(data, ascii=False)


def _may_have_long_line(data: bytes | bytearray, max_line_bytes: int) -> bool:
    """True when some line may reach `max_line_bytes`: such a line covers a whole aligned window
    of half that size, so a window without a newline is the only way one can be there. Costs
    one short `find` per window (a newline comes within a line's length)."""
    window = max_line_bytes // 2
    if window < 1:
        return True
    return any(data.find(b"\n", k, k + window) < 0 for k in range(0, len(data), window))
