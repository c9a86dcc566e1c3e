"""The shipped pattern sets' Hyperscan databases, compiled ahead and shipped in the package.

Compiling the redactor's and the gate's hint databases took about 1.6 CPU s of every `collect`,
and the rule pack's scan databases about 0.5 s each of an `analyze`, whatever the input's size.
Hyperscan serializes a compiled database (`dumpb`) and loads it back in well under a
millisecond (`loadb`), and its compile is deterministic: the same patterns, flags and build give
the same bytes. So `python -m wbdiag.hsstamp` (the developer's command, beside the self-check
stamp; nothing writes these at run time) compiles each shipped set and records it, LZMA-packed
(about 1 MB a database raw, a tenth of that packed), as `wbdiag/hs-databases/<key>.xz`, where the key
(`key`) is the SHA-256 of the expressions, their flags, the mode, this Hyperscan build's own
description of a database it compiles for this host (version, CPU features, mode), the binding's
version and the machine. A process uses a recorded database only when the file of exactly its
key is there, unpacks, loads and describes itself as this host's compile would; otherwise it
compiles as before. Only the package's own files are read: a cache written at run time (under
the user's home, say) could be replaced to blind the redactor, where the package's files are as
trusted as its code. tests/redact/test_hsdb.py fails while a recorded database is stale.
"""

from __future__ import annotations

import functools
import hashlib
import lzma
import platform
from collections.abc import Sequence
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

DB_DIR = "hs-databases"  # in the package, beside hsstamp.STAMP_FILE
SUFFIX = ".xz"


@functools.cache
def host(hs: Any) -> bytes:
    """What a database compiled here is built for: Hyperscan's `info()` of a one-literal
    database (its version, the CPU features it targets, the mode; a fraction of a millisecond),
    the binding's version and the machine."""
    probe = hs.Database(mode=hs.HS_MODE_BLOCK)
    probe.compile(expressions=[b"x"], ids=[0], flags=[0])
    binding = getattr(hs, "__version__", "")
    return b"%s\0%s\0%s" % (probe.info(), binding.encode(), platform.machine().encode())


def build(hs: Any) -> dict[str, str]:
    """`host` in words, as hsstamp.py records the build the shipped files were made on."""
    info, binding, machine = host(hs).rsplit(b"\0", 2)
    return {
        "hyperscan": info.decode("utf-8", "replace"),
        "binding": binding.decode("utf-8", "replace"),
        "machine": machine.decode("utf-8", "replace"),
    }


def key(hs: Any, exprs: Sequence[bytes], flags: Sequence[int]) -> str:
    """The name a block-mode database of `exprs` (ids 0..n-1, `flags` each) is recorded under."""
    h = hashlib.sha256()
    built = host(hs)
    h.update(b"hsdb\0%d\0%d\0%s\0" % (hs.HS_MODE_BLOCK, len(built), built))
    for expr, flag in zip(exprs, flags, strict=True):
        h.update(b"%d\0%d\0" % (flag, len(expr)) + expr)
    return h.hexdigest()


def _read(name: str) -> bytes | None:
    try:
        return importlib_resources.files("wbdiag").joinpath(DB_DIR, name + SUFFIX).read_bytes()
    except OSError:
        return None


def recorded(hs: Any, exprs: Sequence[bytes], flags: Sequence[int]) -> Any:
    """The shipped database of exactly these expressions and flags for this build and host, or
    None (none recorded, or it does not unpack, load or describe itself as this host's)."""
    packed = _read(key(hs, exprs, flags))
    if packed is None:
        return None
    try:
        db = hs.loadb(lzma.decompress(packed), hs.HS_MODE_BLOCK)
        if db.info() != host(hs).split(b"\0", 1)[0]:
            return None
        # scratch space of its own, as a compile allocates: a scan that names none uses it
        db.scratch = hs.Scratch(db)
    except (lzma.LZMAError, hs.error, ValueError, TypeError):
        return None
    return db


def compiled(hs: Any, exprs: Sequence[bytes], flags: Sequence[int]) -> Any:
    """The block-mode database of `exprs` (ids 0..n-1): the shipped one, else compiled now."""
    db = recorded(hs, exprs, flags)
    if db is None:
        db = compile_now(hs, exprs, flags)
    return db


def compile_now(hs: Any, exprs: Sequence[bytes], flags: Sequence[int]) -> Any:
    db = hs.Database(mode=hs.HS_MODE_BLOCK)
    db.compile(
        expressions=list(exprs), ids=list(range(len(exprs))), elements=len(exprs), flags=list(flags)
    )
    return db


def shipped_sets() -> list[tuple[tuple[bytes, ...], tuple[int, ...]]]:
    """(expressions, flags) of every database the package ships: the redactor's and the gate's
    hint databases (the gate's with the groups for known secrets: the one a Hyperscan gate
    compiles), and the rule pack's scan databases, byte-mode and UTF-8. Empty without
    Hyperscan."""
    from wbdiag.redact import gategroups
    from wbdiag.redact.prefilter import expressions
    from wbdiag.redact.prefilterhs import HINT_FLAGS, _hs
    from wbdiag.redact.redactor import detector_groups
    from wbdiag.rules.engine import scan_patterns
    from wbdiag.rules.hs_compile import compile_all, load_hyperscan
    from wbdiag.rules.loader import load_pack

    hs = load_hyperscan()
    if _hs is None or hs is None:
        return []
    out: list[tuple[tuple[bytes, ...], tuple[int, ...]]] = []
    for groups in (detector_groups(), gategroups.groups(True)):
        exprs, _ = expressions(groups)
        out.append((tuple(exprs), (HINT_FLAGS,) * len(exprs)))
    specs = scan_patterns(load_pack(trust_stamp=True))
    for wide in (False, True):
        rules = compile_all(hs, specs, wide)
        out.append((rules.sources, rules.flags))
    return out


def fresh() -> dict[str, bytes]:
    """Every shipped set compiled now (never loaded), by key: the serialized database."""
    from wbdiag.rules.hs_compile import load_hyperscan

    hs = load_hyperscan()
    return {
        key(hs, exprs, flags): hs.dumpb(compile_now(hs, exprs, flags))
        for exprs, flags in shipped_sets()
    }


def directory() -> Path:
    return Path(__file__).with_name(DB_DIR)


def write(dumped: dict[str, bytes]) -> list[Path]:
    """Record `dumped` (key -> serialized database) as the package's databases, and remove any
    other: a database no shipped set compiles to is stale."""
    folder = directory()
    folder.mkdir(exist_ok=True)
    keep = {name + SUFFIX for name in dumped}
    for old in folder.glob("*" + SUFFIX):
        if old.name not in keep:
            old.unlink()
    paths = []
    for name, raw in sorted(dumped.items()):
        path = folder / (name + SUFFIX)
        packed = lzma.compress(raw, preset=9)
        if not path.is_file() or lzma.decompress(path.read_bytes()) != raw:
            path.write_bytes(packed)
        paths.append(path)
    return paths
