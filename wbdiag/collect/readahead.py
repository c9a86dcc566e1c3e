"""Reading a stream on a thread ahead of the code that consumes it.

A container log comes from the engine's socket as fast as dockerd writes it, but dockerd can run
ahead of its reader only by what the socket buffers (about 36 KB of one-line frames): while
collect redacts and writes a block, dockerd waits, and the two take turns instead of working on
both cores. `read_ahead` lets a thread read (and demultiplex) up to READ_AHEAD_BYTES ahead, so
the engine keeps serving while the block before is redacted. Memory stays bounded by that.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator

READ_AHEAD_BYTES = 16 << 20
_ITEM_BYTES = 1 << 20  # the largest chunk the log readers yield (docker_logs.READ_BLOCK)
_END = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def read_ahead(
    chunks: Iterator[bytes], max_bytes: int = READ_AHEAD_BYTES
) -> Generator[bytes, None, None]:
    """The chunks `chunks` yields, in order, read by a thread at most about `max_bytes` ahead.
    What the source raises is raised here after the chunks before it; closing this generator
    early stops the thread and closes the source there (a generator is closed where it runs)."""
    waiting: queue.Queue[object] = queue.Queue(maxsize=max(1, max_bytes // _ITEM_BYTES))
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in chunks:
                if not put(chunk):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(_Failed(exc))
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    reader = threading.Thread(target=run, name="read ahead", daemon=True)
    reader.start()
    try:
        while True:
            item = waiting.get()
            if item is _END:
                break
            if isinstance(item, _Failed):
                raise item.exc
            assert isinstance(item, bytes)
            yield item
    finally:
        stop.set()
    reader.join()
