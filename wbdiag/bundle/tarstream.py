"""A minimal, strict reader of a tar stream: 512-byte headers, member data handed out as streams.

Why not tarfile's stream mode: it reads through 10 KiB steps and a chain of Python file objects;
this reader takes large chunks from the inflater thread (wbdiag.bundle.inflate) and slices them.
It also says no where a stranger's archive could make tarfile misbehave:
  - every header's checksum is checked; numeric fields must be octal (or GNU base-256, positive);
  - GNU long names (L/K) and PAX headers (x/g) are read only up to MAX_META_BYTES, and PAX records
    must be well formed (`<length> <key>=<value>\\n`, the length exact); anything else is a
    BundleError, never a read of a declared length into memory;
  - sparse members (GNU type S, PAX GNU.sparse.*) and multi-volume parts are refused: their data is
    not the file's bytes, and a bundle never holds them;
  - a stream ending inside a header or member is an error; the end-of-archive zero block (or the
    end of the stream on a header boundary) ends it.
What a member is (regular file, directory, link, device) is reported; BundleSource decides.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from wbdiag.errors import BundleError

BLOCK = 512
MAX_META_BYTES = 1 << 20  # a long name or a PAX header past this is refused
TRAILER_BYTES = 1 << 20  # read after the end-of-archive marker (tar pads to 10 KiB records)
_REGULAR = (b"0", b"\0", b"7")  # file, old-style file, contiguous file
_DIRECTORY = b"5"
_LINKS_AND_DEVICES = (b"1", b"2", b"3", b"4", b"6")
_REFUSED = {b"S": "a GNU sparse member", b"M": "a multi-volume continuation"}
_PAX_NUMERIC = ("size",)


@dataclass(frozen=True)
class TarEntry:
    name: str  # as stored (long names and PAX paths applied), undecodable bytes surrogate-escaped
    size: int
    kind: str  # "file", "dir", "link" (symbolic/hard links, devices, FIFOs) or "other"

    def isreg(self) -> bool:
        return self.kind == "file"

    def isdir(self) -> bool:
        return self.kind == "dir"


class _Feed:
    """Bytes from a chunk source: slices of the current chunk, copied only across chunks."""

    def __init__(self, next_chunk: Callable[[], bytes]) -> None:
        self._next = next_chunk
        self._chunk = b""
        self._pos = 0
        self.eof = False

    def _refill(self) -> bool:
        """A chunk to read from; False at the end of the stream."""
        if self._pos < len(self._chunk):
            return True
        if self.eof:
            return False
        self._chunk = self._next()
        self._pos = 0
        if not self._chunk:
            self.eof = True
            return False
        return True

    def take(self, n: int) -> bytes:
        """Up to n bytes (fewer only at the end of the stream, and from one chunk at a time)."""
        if not self._refill():
            return b""
        start = self._pos
        end = min(start + n, len(self._chunk))
        self._pos = end
        if start == 0 and end == len(self._chunk):
            return self._chunk
        return self._chunk[start:end]

    def take_into(self, view: memoryview) -> int:
        """Copy up to len(view) bytes into view (one copy, from one chunk); 0 at the end."""
        if not self._refill():
            return 0
        start = self._pos
        end = min(start + len(view), len(self._chunk))
        view[: end - start] = memoryview(self._chunk)[start:end]
        self._pos = end
        return end - start

    def exactly(self, n: int) -> bytes:
        """n bytes, or fewer when the stream ends first."""
        first = self.take(n)
        if len(first) == n or not first:
            return first
        parts = [first]
        got = len(first)
        while got < n:
            part = self.take(n - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def skip(self, n: int) -> int:
        """Drop n bytes; returns how many there were."""
        left = n
        while left:
            part = self.take(min(left, 1 << 24))
            if not part:
                break
            left -= len(part)
        return n - left


class MemberStream(io.RawIOBase):
    """One member's data. Reading past the member ends it; once the archive moves on to the next
    member, the stream reads as empty (tarfile's streams do the same)."""

    def __init__(self, feed: _Feed, size: int, name: str) -> None:
        self._feed = feed
        self._left = size
        self._name = name
        self.detached = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.detached or self._left <= 0:
            return b""
        if size is None or size < 0:
            return self.readall()
        if size == 0:
            return b""
        data = self._feed.take(min(size, self._left))
        if not data:
            raise BundleError(f"corrupt bundle {self._name}: the archive ends inside a member")
        self._left -= len(data)
        return data

    def readall(self) -> bytes:
        parts = []
        while data := self.read(1 << 20):
            parts.append(data)
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        if self.detached or self._left <= 0:
            return 0
        view = memoryview(buffer).cast("B")
        if len(view) > self._left:
            view = view[: self._left]
        got = self._feed.take_into(view) if len(view) else 0
        if len(view) and not got:
            raise BundleError(f"corrupt bundle {self._name}: the archive ends inside a member")
        self._left -= got
        return got

    def remaining(self) -> int:
        return 0 if self.detached else self._left


def _number(field: bytes, what: str, archive: str) -> int:
    if field[:1] in (b"\x80", b"\xff"):  # GNU base-256 for values octal cannot hold
        if field[0] == 0xFF:
            raise BundleError(f"corrupt bundle {archive}: negative {what} in a tar header")
        return int.from_bytes(field[1:], "big")
    text = field.split(b"\0", 1)[0].strip(b" ")
    if not text:
        return 0
    try:
        return int(text, 8)
    except ValueError:
        raise BundleError(f"corrupt bundle {archive}: bad {what} in a tar header") from None


def _checksum_ok(header: bytes, archive: str) -> bool:
    stored = _number(header[148:156], "checksum", archive)
    blanked = header[:148] + b" " * 8 + header[156:]
    unsigned = sum(blanked)
    if stored == unsigned:
        return True
    high = len(blanked) - len(blanked.translate(None, _HIGH_BYTES))
    return stored == unsigned - 256 * high  # old tars summed signed chars


_HIGH_BYTES = bytes(range(128, 256))


def looks_like_header(block: bytes) -> bool:
    """Whether a 512-byte block is a tar header (not zeros, the checksum right)."""
    try:
        return bool(block.strip(b"\0")) and _checksum_ok(block, "")
    except BundleError:
        return False


def _text(raw: bytes) -> str:
    return raw.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")


def parse_pax(data: bytes, archive: str) -> dict[str, str]:
    """PAX extended header records; BundleError on anything malformed or a sparse map."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] == 0:  # some writers pad the header with NULs
            if data[pos:].strip(b"\0"):
                raise BundleError(f"corrupt bundle {archive}: bad PAX header")
            break
        space = data.find(b" ", pos, pos + 21)
        length_text = data[pos:space] if space > pos else b""
        if not length_text.isdigit():
            raise BundleError(f"corrupt bundle {archive}: bad PAX record length")
        length = int(length_text)
        end = pos + length
        if length <= len(length_text) + 1 or end > len(data) or data[end - 1 : end] != b"\n":
            raise BundleError(f"corrupt bundle {archive}: bad PAX record length")
        key, eq, value = data[space + 1 : end - 1].partition(b"=")
        if not eq or not key:
            raise BundleError(f"corrupt bundle {archive}: bad PAX record")
        name = key.decode("utf-8", "surrogateescape")
        if name.startswith("GNU.sparse."):
            raise BundleError(f"unsupported bundle {archive}: a sparse member (PAX {name})")
        text = value.decode("utf-8", "surrogateescape")
        if name in _PAX_NUMERIC and not text.isdigit():
            raise BundleError(f"corrupt bundle {archive}: bad PAX {name} {text[:40]!r}")
        records[name] = text
        pos = end
    return records


class TarStream:
    """Iterate (entry, stream) over a tar stream given as chunks. A stream not read to its end
    is skipped when the next member is asked for. `meta_bytes` counts long-name and PAX data."""

    def __init__(self, next_chunk: Callable[[], bytes], archive: str) -> None:
        self._feed = _Feed(next_chunk)
        self._archive = archive
        self.meta_bytes = 0

    def _corrupt(self, what: str) -> BundleError:
        return BundleError(f"corrupt bundle {self._archive}: {what}")

    def _meta(self, size: int, what: str) -> bytes:
        if size > MAX_META_BYTES:
            raise BundleError(
                f"unsupported bundle {self._archive}: a {what} of {size} bytes "
                f"(more than {MAX_META_BYTES})"
            )
        data = self._feed.exactly(size)
        if len(data) < size:
            raise self._corrupt("the archive ends inside a header")
        self._skip_padding(size)
        self.meta_bytes += size
        return data

    def _skip_padding(self, size: int) -> None:
        pad = -size % BLOCK
        if pad and self._feed.skip(pad) < pad:
            raise self._corrupt("the archive ends inside a member")

    def __iter__(self) -> Iterator[tuple[TarEntry, MemberStream]]:
        feed = self._feed
        long_name: str | None = None
        pax: dict[str, str] = {}
        current: MemberStream | None = None
        current_size = 0
        while True:
            if current is not None:
                left = current.remaining()
                current.detached = True
                if left and feed.skip(left) < left:
                    raise self._corrupt("the archive ends inside a member")
                self._skip_padding(current_size)
                current = None
            header = feed.exactly(BLOCK)
            if not header:
                return  # the end of the stream on a header boundary
            if len(header) < BLOCK:
                raise self._corrupt("the archive ends inside a header")
            if not header.strip(b"\0"):
                # the end-of-archive marker; reading the record padding behind it lets the
                # inflater check the gzip trailer (CRC and length) of a normal bundle
                feed.skip(TRAILER_BYTES)
                return
            if not _checksum_ok(header, self._archive):
                raise self._corrupt("a tar header with a bad checksum (not a tar archive?)")
            kind = header[156:157]
            size = _number(header[124:136], "size", self._archive)
            if kind in _REFUSED:
                raise BundleError(f"unsupported bundle {self._archive}: {_REFUSED[kind]}")
            if kind in (b"L", b"K"):  # GNU long name / long link name of the next member
                data = self._meta(size, "GNU long name")
                if kind == b"L":
                    long_name = _text(data)
                continue
            if kind in (b"x", b"g"):
                records = parse_pax(self._meta(size, "PAX header"), self._archive)
                if kind == b"x":
                    pax = records
                continue
            name = _text(header[0:100])
            if header[257:263] == b"ustar\0" and header[345] != 0:  # POSIX ustar name prefix
                name = _text(header[345:500]) + "/" + name
            if long_name is not None:
                name = long_name
            if "path" in pax:
                name = pax["path"]
            if "size" in pax:
                size = int(pax["size"])
            long_name, pax = None, {}
            if kind in _REGULAR:
                entry_kind = "dir" if kind == b"\0" and name.endswith("/") else "file"
            elif kind == _DIRECTORY:
                entry_kind = "dir"
            elif kind in _LINKS_AND_DEVICES:
                entry_kind = "link"
            else:
                entry_kind = "other"  # an unknown type: its data is skipped, as tarfile does
            if entry_kind in ("dir", "link"):
                size = 0  # they carry no data, whatever the header says (tarfile reads none)
            current = MemberStream(feed, size, self._archive)
            current_size = size
            yield TarEntry(name, size, entry_kind), current
