"""A .gz file's plain bytes, inflated ahead on a thread, in large chunks.

The analysing thread matches while this one inflates: both inflaters release the GIL while they
work, so decompression takes the second core. `isal` (ISA-L, a default dependency where it has
wheels) inflates about three times as fast as the standard zlib (bench/README.md); zlib is the
fallback. Each call inflates up to a megabyte of compressed input: small calls would each wait for
the GIL held by the busy matcher, and the two threads would take turns instead of overlapping.

Memory stays bounded whatever the compression ratio: every chunk holds at most CHUNK_BYTES and at
most DEPTH chunks wait. Errors (corrupt data, a bad checksum, a file cut short) are raised to the
reader as BundleError.
"""

from __future__ import annotations

import os
import queue
import threading
import zlib
from types import ModuleType
from typing import IO

from wbdiag.errors import BundleError

_isal: ModuleType | None
try:
    from isal import isal_zlib as _isal
except ImportError:  # no wheel for this platform: the standard library's zlib
    _isal = None
ENV_INFLATER = "WBDIAG_INFLATER"  # zlib: as without isal (bench, tests)

PIECE_BYTES = 1 << 20  # compressed bytes per inflate call
CHUNK_BYTES = 4 << 20  # plain bytes per chunk at most (a gzip bomb stays bounded)
DEPTH = 6  # chunks waiting for the reader
_GZIP = 31  # wbits: a gzip header and trailer (the CRC and length are checked)


class Inflater:
    """Chunks of plain bytes of a gzip file (concatenated members and trailing zero padding are
    read as gzip(1) does). `next_chunk()` returns b"" at the end; `close()` stops the thread."""

    def __init__(self, fh: IO[bytes], name: str) -> None:
        forced_zlib = os.environ.get(ENV_INFLATER, "").strip().lower() == "zlib"
        self.engine: ModuleType = zlib if _isal is None or forced_zlib else _isal
        self._errors: tuple[type[BaseException], ...] = (zlib.error, OSError)
        if self.engine is not zlib:
            self._errors += (self.engine.error,)
        self._fh = fh
        self._name = name
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=DEPTH)
        self._stop = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._run, name=f"inflate {name}", daemon=True)
        self._thread.start()

    def next_chunk(self) -> bytes:
        if self._done:
            return b""
        item = self._queue.get()
        if isinstance(item, BaseException):
            self._done = True
            if isinstance(item, BundleError):
                raise item
            raise BundleError(f"corrupt bundle {self._name}: {item}") from item
        if not item:
            self._done = True
        return item

    def close(self) -> None:
        self._stop.set()
        while self._thread.is_alive():  # unblock a put() waiting on a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                self._thread.join(0.01)
        self._done = True

    # -- the thread ------------------------------------------------------------------------
    def _put(self, item: bytes | BaseException) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            self._inflate()
        except BaseException as exc:  # handed to the reader, which raises it as BundleError
            self._put(exc)
        else:
            self._put(b"")

    def _inflate(self) -> None:
        read = self._fh.read
        inflater = self.engine.decompressobj(_GZIP)
        member_started = True  # the first member is required
        data = b""
        while not self._stop.is_set():
            if not data:
                data = read(PIECE_BYTES)
                if not data:
                    break
            if not member_started:
                data = data.lstrip(b"\0")  # zero padding after a member, as gzip(1) allows
                if not data:
                    continue
                inflater = self.engine.decompressobj(_GZIP)
                member_started = True
            try:
                out = inflater.decompress(data, CHUNK_BYTES)
            except self._errors as exc:
                raise BundleError(f"corrupt bundle {self._name}: {exc}") from exc
            if out and not self._put(out):
                return
            if inflater.eof:
                data = inflater.unused_data
                member_started = False
            else:
                # a full chunk may leave input (unconsumed_tail) or output still pending
                data = inflater.unconsumed_tail
                while not data and len(out) == CHUNK_BYTES and not inflater.eof:
                    out = inflater.decompress(b"", CHUNK_BYTES)
                    if out and not self._put(out):
                        return
                    data = inflater.unconsumed_tail
                if inflater.eof:
                    data = inflater.unused_data
                    member_started = False
        if member_started and not self._stop.is_set():
            raise BundleError(f"corrupt bundle {self._name}: compressed data ends too early")
