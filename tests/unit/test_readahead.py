"""read_ahead (wbdiag/collect/readahead.py): the same bytes in order (chunks that queued up
joined, up to a bound), the source's error after the bytes before it, memory bounded in bytes,
and the source closed on its own thread when the consumer stops early."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from wbdiag.collect.readahead import read_ahead


def test_yields_every_byte_in_order() -> None:
    chunks = [bytes([i % 256]) * (i + 1) for i in range(200)]
    assert b"".join(read_ahead(iter(chunks), max_bytes=3 << 20)) == b"".join(chunks)
    assert list(read_ahead(iter([]))) == []


def test_chunks_that_queued_up_come_joined_up_to_a_bound() -> None:
    taken = threading.Event()
    source_done = threading.Event()
    small = [b"%05d\n" % i for i in range(3000)]  # 18 KB in 6-byte reads

    def source() -> Iterator[bytes]:
        yield b"first\n"
        taken.wait(5)
        yield from small
        yield b"z" * (3 << 20)  # a chunk past the bound
        yield b"after\n"
        source_done.set()

    stream = read_ahead(source())
    assert next(stream) == b"first\n"
    taken.set()
    assert source_done.wait(5)  # all of it queued while the consumer was away
    got = list(stream)
    assert got == [b"".join(small) + b"z" * (3 << 20), b"after\n"]


def test_an_error_of_the_source_comes_after_the_chunks_before_it() -> None:
    def source() -> Iterator[bytes]:
        yield b"a"
        yield b"b"
        raise OSError("connection reset")

    got: list[bytes] = []
    with pytest.raises(OSError, match="connection reset"):
        for chunk in read_ahead(source()):
            got.append(chunk)
    assert b"".join(got) == b"ab"


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


@pytest.mark.parametrize(
    ("chunk", "max_bytes", "low", "high"),
    [
        # about 1 MiB waiting (each chunk counted with a little for itself), up to 1 MiB taken
        (b"x" * 1024, 1 << 20, 900, 1024 + 1024 + 2),
        (b"", 64 << 10, 1, 10_000),  # empty chunks count against the bound too
    ],
)
def test_the_bound_counts_bytes_not_reads(
    chunk: bytes, max_bytes: int, low: int, high: int
) -> None:
    produced: list[int] = []

    def source() -> Iterator[bytes]:
        for i in range(1_000_000):
            produced.append(i)
            yield chunk

    stream = read_ahead(source(), max_bytes=max_bytes)
    next(stream)
    time.sleep(0.3)
    assert low <= len(produced) <= high
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
    first = next(stream)
    assert first and first == b"y" * len(first)
    stream.close()
    deadline = time.monotonic() + 5
    while not closed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert closed == ["read ahead"]
