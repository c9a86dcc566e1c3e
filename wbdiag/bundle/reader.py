"""Safe, streaming reads of a bundle (a .tgz or the same tree unpacked in a directory).

Bundles come from strangers. Nothing is ever extracted: members are read as streams, only regular
files with safe relative paths are visited (links, devices, absolute paths and `..` are skipped and
reported), and every read is bounded. A .tgz is inflated on its own thread (inflate.py) and its
tar headers parsed by a strict reader of our own (tarstream.py), not tarfile.
"""

from __future__ import annotations

import errno
import functools
import io
import math
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from wbdiag.bundle import jsondoc, layout
from wbdiag.bundle.encoding import escape_surrogates
from wbdiag.bundle.inflate import CHUNK_BYTES, Inflater
from wbdiag.bundle.manifest import Manifest
from wbdiag.bundle.tarstream import BLOCK, TarStream, looks_like_header
from wbdiag.errors import BundleError


@dataclass(frozen=True)
class WorkLimits:
    """CPU seconds for one pass over a bundle's logs (wbdiag/rules/budget.py)."""

    # CPU seconds of the pass over a bundle under `scale_from_mb`: a 38 MB bundle of 256 MiB of
    # real logs needs about 1.9 s on a 2-vCPU VM (more under load), so 3 s keeps it clear
    seconds: float = 3.0
    # larger bundles get more: a 155 MB .tgz of real logs (1 GiB) needs about 4.5 s
    seconds_per_mb: float = 0.1  # per compressed MB past `scale_from_mb`
    scale_from_mb: float = 50.0
    member_share: float = 0.8  # of the budget, for one log (real bundles can hold one big log)
    miner_share: float = 0.5  # of the budget, for the error miner (in its own process)
    read_factor: float = 1.5  # past this times the budget, the pass stops reading the bundle
    # The patterns' one-time compile (seconds for the shipped pack) runs before the budget starts
    # and comes off it, down to this share: a pass costs what it did with the compile inside the
    # budget, yet a small bundle's first log is never cut because the compile took the budget.
    after_compile_share: float = 1 / 3
    check_factor: float = 1.0  # redact-check reads every line of every member
    slow_factor: float = 10.0  # without Hyperscan

    def for_bundle(self, compressed_bytes: int | None, fast_matcher: bool) -> float:
        mb = (compressed_bytes or 0) / 1e6
        total = self.seconds + self.seconds_per_mb * max(0.0, mb - self.scale_from_mb)
        return total if fast_matcher else total * self.slow_factor


@dataclass(frozen=True)
class Limits:
    max_members: int = 200_000
    max_document_bytes: int = 64 * 1024 * 1024  # a JSON document is read whole: cap it
    max_total_bytes: int = 64 * 1024 * 1024 * 1024  # decompressed bytes across the bundle
    max_line_bytes: int = 64 * 1024  # longer lines are cut (a log line, not a novel)
    # Log bytes analysed from a .tgz: at most `max_expansion` times its compressed size (real
    # bundles expand 10-20x; 300 KB of crafted .tgz can expand to 110 MB of error lines), and
    # never less than `min_log_budget`. Logs past it are cut or skipped, and the report says so.
    max_expansion: int = 50
    min_log_budget: int = 16 * 1024 * 1024
    # Past `max_total_expansion` times its compressed size (at least `min_total_budget`), a .tgz
    # is refused outright (gzip's limit is about 1000x; inflating 5 GB of zeros alone takes
    # 2-3 CPU seconds, 50 GB a minute).
    max_total_expansion: int = 100
    min_total_budget: int = 1024 * 1024 * 1024
    work: WorkLimits = field(default_factory=WorkLimits)
    # A bundle directory: levels below `max_dir_depth` are skipped (and listed); its logs are
    # analysed up to `dir_log_budget` bytes, what a .tgz of 50 MB gets.
    max_dir_depth: int = 32
    dir_log_budget: int = 50 * 50 * 1000 * 1000
    max_listed_skips: int = 1000  # skipped members listed in the report; the rest are counted


@dataclass
class Member:
    path: str  # relative to the bundle root
    size: int
    stream: IO[bytes]


@dataclass
class SkippedMember:
    path: str
    reason: str


@dataclass
class BundleSource:
    """Where a bundle comes from; `members()` yields each regular file once, as a stream."""

    location: Path
    limits: Limits = field(default_factory=Limits)
    skipped: list[SkippedMember] = field(default_factory=list)
    unlisted_skips: int = 0  # skipped past the listed ones
    _entries: int = field(default=0, init=False, repr=False)  # of a directory, while walking it

    @classmethod
    def open(cls, location: str | os.PathLike[str], limits: Limits | None = None) -> BundleSource:
        path = Path(location)
        if not path.exists():
            raise BundleError(f"bundle not found: {path}")
        if not (path.is_dir() or path.is_file()):
            raise BundleError(f"bundle is neither a file nor a directory: {path}")
        inner = path / layout.ROOT_DIR
        if (
            path.is_dir()
            and not (path / layout.MANIFEST).exists()
            and not inner.is_symlink()
            and (inner / layout.MANIFEST).is_file()
        ):
            path = inner  # the directory `tar -xzf bundle.tgz` was run in
        if path.is_file():
            try:
                with path.open("rb") as fh:
                    magic = fh.read(2)
            except OSError as exc:
                raise BundleError(f"cannot read bundle {path}: {exc.strerror}") from exc
            if magic != b"\x1f\x8b" and not _looks_like_plain_tar(path):
                raise BundleError(f"not a .tar.gz bundle or a bundle directory: {path}")
        return cls(location=path, limits=limits or Limits())

    def skip(self, path: str, reason: str) -> None:
        """A member left out; the first `max_listed_skips` are listed, the rest counted."""
        if len(self.skipped) < self.limits.max_listed_skips:
            self.skipped.append(SkippedMember(path, reason))
        else:
            self.unlisted_skips += 1

    @property
    def name(self) -> str:
        """The file or directory name, as shown in reports (bytes that are not UTF-8 escaped)."""
        return escape_surrogates(self.location.name)

    def _expansion_limit(self) -> int:
        """Decompressed bytes past which a .tgz is refused: inflating (even without analysing)
        a gzip bomb would take minutes."""
        try:
            compressed = self.location.stat().st_size
        except OSError:
            compressed = 0
        ratio = max(self.limits.min_total_budget, self.limits.max_total_expansion * compressed)
        return min(self.limits.max_total_bytes, ratio)

    @property
    def compressed_bytes(self) -> int | None:
        """The .tgz's size (None for a directory)."""
        if self.location.is_dir():
            return None
        try:
            return self.location.stat().st_size
        except OSError:
            return None

    @property
    def log_budget(self) -> int | None:
        """How many log bytes are worth analysing."""
        if self.location.is_dir():
            return self.limits.dir_log_budget
        try:
            compressed = self.location.stat().st_size
        except OSError:
            return None
        return max(self.limits.min_log_budget, self.limits.max_expansion * compressed)

    def members(self) -> Iterator[Member]:
        if self.location.is_dir():
            yield from self._dir_members()
        else:
            yield from self._tar_members()

    # -- directory bundles -------------------------------------------------------------------
    def _dir_members(self) -> Iterator[Member]:
        """Regular files under the directory in sorted order, bounded as a .tgz is: at most
        `max_members` entries of any kind (counted while each directory is listed), levels
        below `max_dir_depth` skipped and listed."""
        self._entries = 0
        yield from self._dir_level(self.location, 0)

    def _dir_level(self, here: Path, depth: int) -> Iterator[Member]:
        rel_here = here.relative_to(self.location)
        files: list[str] = []
        dirs: list[str] = []
        try:
            with os.scandir(here) as listing:
                for entry in listing:
                    self._entries += 1
                    if self._entries > self.limits.max_members:
                        raise BundleError(
                            f"bundle has more than {self.limits.max_members} files and directories"
                        )
                    is_dir = entry.is_dir(follow_symlinks=False)
                    (dirs if is_dir else files).append(entry.name)
        except OSError as exc:
            self.skip(_shown(rel_here), f"unreadable directory: {exc.strerror}")
            return
        for name in sorted(files):
            rel = _shown(rel_here / name)
            opened = _open_regular(here / name)
            if isinstance(opened, str):
                self.skip(rel, opened)
                continue
            with opened as fh:
                yield Member(path=rel, size=os.fstat(fh.fileno()).st_size, stream=fh)
        for name in sorted(dirs):
            if depth + 1 >= self.limits.max_dir_depth:
                self.skip(
                    _shown(rel_here / name), f"deeper than {self.limits.max_dir_depth} levels"
                )
                continue
            yield from self._dir_level(here / name, depth + 1)

    # -- tar bundles -------------------------------------------------------------------------
    def _tar_members(self) -> Iterator[Member]:
        total = 0
        count = 0
        name = self.location.name
        hard_limit = self._expansion_limit()
        try:
            fh = self.location.open("rb")
        except OSError as exc:
            raise BundleError(f"cannot read bundle {self.location}: {exc.strerror}") from exc
        inflater: Inflater | None = None
        try:
            if fh.read(2) == b"\x1f\x8b":
                fh.seek(0)
                inflater = Inflater(fh, name)  # a thread inflates ahead (see inflate.py)
                next_chunk = inflater.next_chunk
            else:
                fh.seek(0)
                next_chunk = functools.partial(_read_file, fh, name)
            tar = TarStream(next_chunk, name)
            for info, stream in tar:
                count += 1
                if count > self.limits.max_members:
                    raise BundleError(f"bundle has more than {self.limits.max_members} members")
                total += info.size
                if total + tar.meta_bytes > hard_limit:
                    raise BundleError(
                        f"bundle expands to more than {hard_limit} bytes "
                        f"({self.limits.max_total_expansion}x its compressed size at most)"
                    )
                rel = normalize_member_path(info.name)
                if info.isdir():
                    continue
                if not info.isreg():
                    reason = (
                        "not a regular file (link or device)"
                        if info.kind == "link"
                        else "not a regular file (unknown tar member type)"
                    )
                    self.skip(escape_surrogates(info.name), reason)
                    continue
                if rel is None:
                    self.skip(escape_surrogates(info.name), "unsafe path")
                    continue
                yield Member(path=rel, size=info.size, stream=io.BufferedReader(stream, 1 << 16))
        finally:
            if inflater is not None:
                inflater.close()
            fh.close()


def _open_regular(path: Path) -> IO[bytes] | str:
    """The file opened for reading, or why not: opened before it is looked at (no link is
    followed, a FIFO does not block), so what is read is what was checked."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # Windows has neither of these two:
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "not a regular file (link or device)"
        return f"unreadable: {exc.strerror}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return "not a regular file (link or device)"
        return os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        return f"unreadable: {exc.strerror}"


def _shown(rel: Path) -> str:
    return escape_surrogates(rel.as_posix())


def _read_file(fh: IO[bytes], name: str) -> bytes:
    try:
        return fh.read(CHUNK_BYTES)
    except OSError as exc:
        raise BundleError(f"cannot read bundle {name}: {exc.strerror}") from exc


def _looks_like_plain_tar(path: Path) -> bool:
    """An uncompressed tar: its first block is a tar header with a valid checksum."""
    try:
        with path.open("rb") as fh:
            first = fh.read(BLOCK)
    except OSError:
        return False
    return len(first) == BLOCK and looks_like_header(first)


def normalize_member_path(name: str) -> str | None:
    """Bundle-relative path of a tar member, or None when it is unsafe. Bytes that are not
    UTF-8 come back escaped (`\\xff`), so the path can be shown in any report."""
    name = name.replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    prefix = layout.ROOT_DIR + "/"
    if name.startswith(prefix):
        name = name[len(prefix) :]
    name = name.rstrip("/")
    return escape_surrogates(name) if layout.is_safe_relative(name) else None


class BoundedStream(io.RawIOBase):
    """A member's stream ending after `limit` bytes (None: no limit) or once the process has
    used its CPU time up to `deadline` (by `clock`, time.process_time() unless the budget says;
    checked once per read, and reads are blocks of 64 KiB or more, never lines). `timed_out`
    says whether the deadline ended it."""

    def __init__(
        self,
        inner: IO[bytes],
        limit: int | None,
        deadline: float = math.inf,
        clock: Callable[[], float] = time.process_time,
    ) -> None:
        self._inner = inner
        self.limit = limit
        self._left = limit
        self._deadline = deadline
        self._clock = clock
        self.timed_out = False
        self.stopped_at = 0.0  # the process time when the deadline ended it
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.timed_out or self._left == 0:
            return 0
        now = self._clock()
        if now >= self._deadline:
            self.timed_out = True
            self.stopped_at = now
            return 0
        view = memoryview(buffer).cast("B")
        if self._left is not None:
            view = view[: self._left]
        readinto = getattr(self._inner, "readinto", None)
        if readinto is not None:
            n = int(readinto(view) or 0)
        else:  # a stream without readinto: one copy
            data = self._inner.read(len(view))
            n = len(data)
            view[:n] = data
        if self._left is not None:
            self._left -= n
        self.bytes_read += n
        return n


def read_bounded(stream: IO[bytes], limit: int, what: str) -> bytes:
    # In steps: read(limit + 1) would reserve the whole limit (64 MiB) for every small document.
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(1 << 20, limit + 1 - size)):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BundleError(f"{what} is larger than {limit} bytes")
    return b"".join(parts)


def parse_document(path: str, data: bytes) -> Any:
    """A bundle document as Python values; MalformedJson (a BundleError) when it is not usable."""
    return jsondoc.loads(data, path)


def iter_lines(stream: IO[bytes], max_line_bytes: int) -> Iterator[str]:
    """Decoded lines without their newline; over-long lines are cut, never buffered whole."""
    buffered = stream  # members are buffered streams already (files, guarded tar members)
    while True:
        raw = buffered.readline(max_line_bytes)
        if not raw:
            return
        if not raw.endswith(b"\n"):
            # cut: skip the rest of this physical line
            while True:
                rest = buffered.readline(max_line_bytes)
                if not rest or rest.endswith(b"\n"):
                    break
        yield raw.rstrip(b"\r\n").decode("utf-8", errors="replace")


def load_manifest(data: bytes) -> Manifest:
    return Manifest.from_dict(parse_document(layout.MANIFEST, data))
