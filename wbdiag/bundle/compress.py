"""The bundle's gzip stream: one place that decides how a .tgz is compressed.

`isal` (ISA-L, a default dependency where it has wheels) compresses on a background thread at
its level 2: about seven times as fast as zlib's level 6 for a bundle about 15 % larger
(docs/performance.md), and the thread releases the GIL, so packing uses the second core while
the first reads the staged files. Without isal (or with WBDIAG_DEFLATER=zlib), the standard
library's gzip at level 6. Both write one gzip member that every gzip reader inflates.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, cast

_threaded: ModuleType | None
try:
    from isal import igzip_threaded as _threaded
except ImportError:  # no wheel for this platform
    _threaded = None

ENV_DEFLATER = "WBDIAG_DEFLATER"  # zlib: as without isal (bench, tests)
ISAL_LEVEL = 2
ZLIB_LEVEL = 6


def engine() -> str:
    forced = os.environ.get(ENV_DEFLATER, "").strip().lower() == "zlib"
    return "zlib" if _threaded is None or forced else "isal"


def gzip_writer(path: Path) -> BinaryIO:
    """A binary file object that gzips what is written to it into `path` (close it to finish)."""
    if engine() == "isal":
        assert _threaded is not None
        return cast(BinaryIO, _threaded.open(path, "wb", compresslevel=ISAL_LEVEL, threads=1))
    return cast(BinaryIO, gzip.open(path, "wb", compresslevel=ZLIB_LEVEL))
