"""Tar archives byte by byte: the headers no well-behaved tar writer would produce."""

from __future__ import annotations

import gzip
import json

from tests.hostile.harness import MANIFEST

BLOCK = 512


def header(name: bytes, size: int, kind: bytes = b"0", size_field: bytes | None = None) -> bytes:
    """A ustar header with a valid checksum; `size_field` replaces the octal size verbatim."""
    h = bytearray(BLOCK)
    h[0 : len(name[:100])] = name[:100]
    h[100:108] = b"0000644\0"
    h[108:116] = b"0000000\0"
    h[116:124] = b"0000000\0"
    h[124:136] = size_field if size_field is not None else b"%011o\0" % size
    h[136:148] = b"00000000000\0"
    h[156:157] = kind
    h[257:263] = b"ustar\0"
    h[263:265] = b"00"
    h[148:156] = b" " * 8
    h[148:156] = b"%06o\0 " % sum(h)
    return bytes(h)


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
