"""A .gz file's plain bytes, inflated ahead of the analysis on another core, in large chunks.

A bundle is inflated by a thread, or, when it is large and the machine busy, by a helper
process writing to a pipe (see Inflater). `isal` (ISA-L, a default dependency where it has
wheels) inflates about three times as fast as the standard zlib (docs/performance.md); zlib is
the fallback. Each call inflates up to a megabyte of compressed input: on a thread, small calls
would each wait for the GIL held by the busy matcher, and the two would take turns instead of
overlapping.

Memory stays bounded whatever the compression ratio: every chunk holds at most CHUNK_BYTES and at
most DEPTH chunks wait (the pipe holds less). Errors (corrupt data, a bad checksum, a file cut
short) are raised to the reader as BundleError.
"""

from __future__ import annotations

import io
import os
import queue
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
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
PIPE_BYTES = 1 << 20  # the helper's pipe (Linux's default limit for unprivileged processes)
_GZIP = 31  # wbits: a gzip header and trailer (the CRC and length are checked)


SUBPROCESS_FROM = 32 << 20  # compressed bytes: smaller files inflate on a thread
LOADAVG = "/proc/loadavg"  # Linux: load averages and the tasks runnable right now


def _engine() -> ModuleType:
    forced_zlib = os.environ.get(ENV_INFLATER, "").strip().lower() == "zlib"
    return zlib if _isal is None or forced_zlib else _isal


class Inflater:
    """Chunks of plain bytes of a gzip file (concatenated members and trailing zero padding are
    read as gzip(1) does). `next_chunk()` returns b"" at the end; `close()` stops the work.

    A thread inflates with the GIL released (ISA-L and zlib both release it), and its chunks
    reach the reader without a copy. On a busy machine, though, it hands the GIL back and forth
    with the matcher hundreds of times per GiB and every handover waits for the scheduler
    (measured at load 11: 28 s wall for 4.5 s CPU), so a large file is then inflated by a helper
    process (`python -m wbdiag.bundle.inflate`) writing to a pipe, which shares no lock with the
    analysis but costs two copies through the kernel (on an idle machine 0.4 s more system time
    and 0.13 s more wall time per GiB than the thread)."""

    def __init__(self, fh: IO[bytes], name: str) -> None:
        self.engine = _engine()
        self._fh = fh
        self._name = name
        self._done = False
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._wide_pipe = False
        if _size(fh) >= SUBPROCESS_FROM and machine_busy():
            self._proc = _start_process(fh, name)
            self._wide_pipe = self._proc is not None and _widen_pipe(self._proc)
        if self._proc is None:
            self._queue: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=DEPTH)
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._run, name=f"inflate {name}", daemon=True)
            self._thread.start()

    def next_chunk(self) -> bytes:
        if self._done:
            return b""
        if self._proc is not None:
            return self._from_process(self._proc)
        item = self._queue.get()
        if isinstance(item, BaseException):
            self._done = True
            if isinstance(item, BundleError):
                raise item
            raise BundleError(f"corrupt bundle {self._name}: {item}") from item
        if not item:
            self._done = True
        return item

    def _from_process(self, proc: subprocess.Popen[bytes]) -> bytes:
        assert proc.stdout is not None and proc.stderr is not None
        if self._wide_pipe:
            # what the pipe holds, up to its size: one system call, no waiting to fill a chunk
            # (a 4 MiB read per call costs the kernel more than the copy: measured 0.3 s per GiB)
            try:
                data = os.read(proc.stdout.fileno(), PIPE_BYTES)
            except OSError as exc:
                raise BundleError(f"cannot read bundle {self._name}: {exc.strerror}") from exc
        else:  # a 64 KiB pipe: gather a chunk's worth per call
            data = proc.stdout.read(CHUNK_BYTES)
        if data:
            return data
        self._done = True
        why = proc.stderr.read().decode("utf-8", "replace").strip()
        if proc.wait() != 0:
            raise BundleError(why or f"corrupt bundle {self._name}: the inflater failed")
        return b""

    def close(self) -> None:
        self._done = True
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            for pipe in (self._proc.stdout, self._proc.stderr):
                if pipe is not None:
                    pipe.close()
            return
        assert self._thread is not None
        self._stop.set()
        while self._thread.is_alive():  # unblock a put() waiting on a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                self._thread.join(0.01)

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
            inflate(self._fh.read, self._put, self.engine, self._name)
        except BaseException as exc:  # handed to the reader, which raises it as BundleError
            self._put(exc)
        else:
            self._put(b"")


def machine_busy() -> bool:
    """Whether other work already wants every core: as many runnable tasks besides this one as
    there are cores right now, and a one-minute load average as high. Both, so that a passing
    burst, or a load average still counting work that has just ended, decides nothing. Where
    /proc/loadavg is missing (not Linux) the machine counts as busy: the helper process is then
    the choice that never convoys."""
    try:
        with open(LOADAVG, encoding="ascii") as fh:
            fields = fh.read().split()
        load1 = float(fields[0])
        running = int(fields[3].split("/")[0]) - 1  # this process is one of them
    except (OSError, ValueError, IndexError):
        return True
    cores = os.cpu_count() or 1
    return running >= cores and load1 >= cores


def _size(fh: IO[bytes]) -> int:
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, io.UnsupportedOperation):
        return 0


def _start_process(fh: IO[bytes], name: str) -> subprocess.Popen[bytes] | None:
    """The helper reading the file from its stdin; None when it cannot be started."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        # the OS offset, not the buffered one: a buffered seek within its buffer moves no offset
        os.lseek(fh.fileno(), fh.tell(), os.SEEK_SET)
        proc = subprocess.Popen(
            [sys.executable, "-m", "wbdiag.bundle.inflate", name],
            stdin=fh,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return proc


def _widen_pipe(proc: subprocess.Popen[bytes]) -> bool:
    """A 1 MiB pipe instead of 64 KiB: 16x fewer wake-ups of the two processes per GiB (Linux;
    False elsewhere, or if the system refuses: the pipe keeps its size)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return False
    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is None or proc.stdout is None:
        return False
    try:
        return bool(fcntl.fcntl(proc.stdout.fileno(), setpipe, PIPE_BYTES) >= PIPE_BYTES)
    except OSError:
        return False


def inflate(
    read: Callable[[int], bytes], emit: Callable[[bytes], bool], engine: ModuleType, name: str
) -> None:
    """Inflate what `read` gives, handing chunks to `emit` (False: stop)."""
    errors: tuple[type[BaseException], ...] = (zlib.error, OSError)
    if engine is not zlib:
        errors += (engine.error,)
    inflater = engine.decompressobj(_GZIP)
    member_started = True  # the first member is required
    data = b""
    while True:
        if not data:
            data = read(PIECE_BYTES)
            if not data:
                break
        if not member_started:
            data = data.lstrip(b"\0")  # zero padding after a member, as gzip(1) allows
            if not data:
                continue
            inflater = engine.decompressobj(_GZIP)
            member_started = True
        try:
            out = inflater.decompress(data, CHUNK_BYTES)
        except errors as exc:
            raise BundleError(f"corrupt bundle {name}: {exc}") from exc
        if out and not emit(out):
            return
        if inflater.eof:
            data = inflater.unused_data
            member_started = False
        else:
            # a full chunk may leave input (unconsumed_tail) or output still pending
            data = inflater.unconsumed_tail
            while not data and len(out) == CHUNK_BYTES and not inflater.eof:
                out = inflater.decompress(b"", CHUNK_BYTES)
                if out and not emit(out):
                    return
                data = inflater.unconsumed_tail
            if inflater.eof:
                data = inflater.unused_data
                member_started = False
    if member_started:
        raise BundleError(f"corrupt bundle {name}: compressed data ends too early")


def _main() -> int:
    """The helper: gzip on stdin, plain bytes on stdout; a BundleError's message on stderr."""
    out = sys.stdout.buffer

    def emit(chunk: bytes) -> bool:
        try:
            out.write(chunk)
        except BrokenPipeError:  # the reader stopped early
            return False
        return True

    name = sys.argv[1] if len(sys.argv) > 1 else "bundle"
    try:
        inflate(sys.stdin.buffer.read, emit, _engine(), name)
        out.flush()
    except BrokenPipeError:
        return 0
    except BundleError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main())
