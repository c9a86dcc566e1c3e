"""Reading a stream on a thread ahead of the code that consumes it.

A container log comes from the engine's socket as fast as dockerd writes it, but dockerd can run
ahead of its reader only by what the socket buffers (about 36 KB of one-line frames): while
collect redacts and writes a block, dockerd waits, and the two take turns instead of working on
both cores. `read_ahead` lets a thread read (and demultiplex) up to READ_AHEAD_BYTES ahead, so
the engine keeps serving while the block before is redacted. Memory stays bounded by that.

The socket gives what it holds at each read, a few KB when the reader keeps up, so the bound
counts bytes, not reads (16 reads of 5 KB would hold dockerd back again). What has queued up
while the consumer was busy is handed over joined, up to about _ITEM_BYTES: each chunk costs
its consumer work of its own (a frame to the redaction helper, a read there), and a few large
chunks cost less than many small ones, with the same bytes in the same order.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator

READ_AHEAD_BYTES = 16 << 20
_ITEM_BYTES = 1 << 20  # chunks are joined up to about this
_ITEM_COST = 64  # bytes counted for each chunk besides its own (empty ones must count too)
_END = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def read_ahead(
    chunks: Iterator[bytes], max_bytes: int = READ_AHEAD_BYTES
) -> Generator[bytes, None, None]:
    """The bytes `chunks` yields, in order, read by a thread at most about `max_bytes` ahead;
    chunks that queued up meanwhile come joined. What the source raises is raised here after
    the bytes before it; closing this generator early stops the thread and closes the source
    there (a generator is closed where it runs)."""
    waiting: queue.SimpleQueue[object] = queue.SimpleQueue()
    room = threading.Condition()
    queued = 0  # bytes put and not yet taken (under `room`)
    stop = threading.Event()

    def put(item: object, size: int = 0) -> bool:
        nonlocal queued
        with room:
            while queued >= max_bytes and not stop.is_set():
                room.wait(0.1)
            if stop.is_set():
                return False
            queued += size
        waiting.put(item)
        return True

    def run() -> None:
        try:
            for chunk in chunks:
                if not put(chunk, len(chunk) + _ITEM_COST):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(_Failed(exc))
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def take() -> tuple[list[bytes], object]:
        """The chunks queued now (at least one item waited for), and what ended them: None,
        or the end or a failure."""
        nonlocal queued
        parts: list[bytes] = []
        size = 0
        item = waiting.get()
        while isinstance(item, bytes):
            parts.append(item)
            size += len(item)
            if size >= _ITEM_BYTES:
                item = None
                break
            try:
                item = waiting.get_nowait()
            except queue.Empty:
                item = None
        with room:
            queued -= size + _ITEM_COST * len(parts)
            room.notify()
        return parts, item

    reader = threading.Thread(target=run, name="read ahead", daemon=True)
    reader.start()
    try:
        while True:
            parts, item = take()
            if parts:
                yield parts[0] if len(parts) == 1 else b"".join(parts)
            if item is _END:
                break
            if isinstance(item, _Failed):
                raise item.exc
    finally:
        stop.set()
    reader.join()
