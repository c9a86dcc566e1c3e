"""Tar archives byte by byte: the headers no well-behaved tar writer would produce."""

from __future__ import annotations

import gzip
import json

from tests.hostile.harness import MANIFEST

BLOCK = 512


# a header's fields other than the name, size and type, and their byte sum with the checksum
# field as spaces (the checksum's definition): a header is these joined, no per-byte work
_MODE_IDS = b"0000644\0" + b"0000000\0" * 2  # mode, uid, gid
_MTIME = b"00000000000\0"
_TAIL = b"\0" * 100 + b"ustar\0" + b"00" + b"\0" * (BLOCK - 265)  # link name, magic, version
_FIXED_SUM = sum(_MODE_IDS) + sum(_MTIME) + sum(b" " * 8) + sum(_TAIL)


def header(name: bytes, size: int, kind: bytes = b"0", size_field: bytes | None = None) -> bytes:
    """A ustar header with a valid checksum; `size_field` replaces the octal size verbatim."""
    name = name[:100]
    size_b = size_field if size_field is not None else b"%011o\0" % size
    checksum = b"%06o\0 " % (_FIXED_SUM + sum(name) + sum(size_b) + sum(kind))
    h = b"".join(
        (
            name + b"\0" * (100 - len(name)),
            _MODE_IDS,
            size_b,
            _MTIME,
            checksum,
            kind,
            _TAIL,
        )
    )
    assert len(h) == BLOCK, len(h)
    return h


def member(name: bytes, data: bytes, kind: bytes = b"0") -> bytes:
    pad = -len(data) % BLOCK
    return header(name, len(data), kind) + data + b"\0" * pad


def pax(records: bytes, kind: bytes = b"x") -> bytes:
    return member(b"././@PaxHeader", records, kind)


def pax_record(key: str, value: str) -> bytes:
    body = f" {key}={value}\n".encode()
    n = len(body) + 1
    while len(str(n)) + len(body) != n:
        n += 1
    return str(n).encode() + body


def manifest_member() -> bytes:
    return member(b"wbdiag-bundle/manifest.json", json.dumps(MANIFEST).encode())


def tgz_bytes(*parts: bytes, end: bool = True) -> bytes:
    """The parts as a gzip-compressed tar, with the end-of-archive blocks unless `end` is False."""
    return gzip.compress(b"".join(parts) + (b"\0" * (2 * BLOCK) if end else b""))
