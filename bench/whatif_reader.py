"""What-if, not shipped: `wbdiag analyze` with the bundle's gzip decompressed by a thread.

    python bench/whatif_reader.py BUNDLE [wbdiag analyze options]

wbdiag's reader (wbdiag/bundle/reader.py) opens the .tgz with tarfile "r|*", which inflates in
10 KiB steps on the analysing thread: decompression (~5 s per GiB here) adds to everything else.
zlib releases the GIL while it inflates, but only calls that inflate a lot at once let another
thread run meanwhile (small calls queue behind the GIL). This wrapper patches the reader's
`tarfile.open` so that a thread inflates the file in 1 MiB compressed pieces and tarfile reads
the plain tar ("r|"), then runs the normal CLI. bench/run.py --what-if reports it beside the real
thing, to size the gain before anyone changes the reader.
"""

from __future__ import annotations

import io
import queue
import sys
import tarfile
import threading
import types
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class ThreadedGunzip(io.RawIOBase):
    """A .gz file's plain bytes, inflated ahead by a thread (at most `depth` pieces waiting)."""

    def __init__(self, path: str, piece: int = 1 << 20, depth: int = 4) -> None:
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=depth)
        self._buf = memoryview(b"")
        self._eof = False
        self._thread = threading.Thread(target=self._run, args=(path, piece), daemon=True)
        self._thread.start()

    def _run(self, path: str, piece: int) -> None:
        try:
            inflater = zlib.decompressobj(wbits=31)
            with open(path, "rb") as fh:
                while raw := fh.read(piece):
                    out = inflater.decompress(raw)
                    while inflater.eof and inflater.unused_data:  # concatenated gzip members
                        rest = inflater.unused_data
                        inflater = zlib.decompressobj(wbits=31)
                        out += inflater.decompress(rest)
                    if out:
                        self._queue.put(out)
            self._queue.put(None)
        except BaseException as exc:
            self._queue.put(exc)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._buf and not self._eof:
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            if item is None:
                self._eof = True
            else:
                self._buf = memoryview(item)
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def patch_reader() -> None:
    from wbdiag.bundle import reader

    real_open: Any = tarfile.open  # its overloads want literal modes

    def open_threaded(name: Any = None, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "r|*" and name is not None:
            with open(name, "rb") as fh:
                gzipped = fh.read(2) == b"\x1f\x8b"
            if gzipped:
                plain = io.BufferedReader(ThreadedGunzip(str(name)), 1 << 20)
                return real_open(fileobj=plain, mode="r|", bufsize=1 << 20)
        return real_open(name, mode, *args, **kwargs)

    shim = types.ModuleType("tarfile")
    shim.__dict__.update(tarfile.__dict__)
    shim.open = open_threaded  # type: ignore[attr-defined]
    reader.tarfile = shim  # type: ignore[attr-defined]


def main() -> int:
    patch_reader()
    from wbdiag.cli import main as cli_main

    sys.argv = ["wbdiag", "analyze", *sys.argv[1:]]
    cli_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
