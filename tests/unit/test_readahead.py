"""read_ahead (wbdiag/collect/readahead.py): the same chunks in order, the source's error after
the chunks before it, bounded memory, and the source closed on its own thread when the consumer
stops early."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from wbdiag.collect.readahead import read_ahead


def test_yields_every_chunk_in_order() -> None:
    chunks = [bytes([i % 256]) * (i + 1) for i in range(200)]
    assert list(read_ahead(iter(chunks), max_bytes=3 << 20)) == chunks
    assert list(read_ahead(iter([]))) == []


def test_an_error_of_the_source_comes_after_the_chunks_before_it() -> None:
    def source() -> Iterator[bytes]:
        yield b"a"
        yield b"b"
        raise OSError("connection reset")

    got: list[bytes] = []
    with pytest.raises(OSError, match="connection reset"):
        for chunk in read_ahead(source()):
            got.append(chunk)
    assert got == [b"a", b"b"]


def test_reads_ahead_only_as_far_as_the_bound() -> None:
    produced: list[int] = []

    def source() -> Iterator[bytes]:
        for i in range(100):
            produced.append(i)
            yield b"x" * (1 << 20)

    stream = read_ahead(source(), max_bytes=4 << 20)
    next(stream)
    time.sleep(0.3)  # the thread fills what it may, then waits
    assert 4 <= len(produced) <= 7  # 4 waiting, one taken, one blocked in put
    stream.close()


def test_stopping_early_closes_the_source_on_its_thread() -> None:
    closed: list[str] = []

    def source() -> Iterator[bytes]:
        try:
            while True:
                yield b"y" * 1024
        finally:
            closed.append(threading.current_thread().name)

    stream = read_ahead(source(), max_bytes=1 << 20)
    assert next(stream) == b"y" * 1024
    stream.close()
    deadline = time.monotonic() + 5
    while not closed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert closed == ["read ahead"]
