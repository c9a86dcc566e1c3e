"""Bundles just under a compressed size made to cost wbdiag as much work as possible.

Each shape is a .tgz written as concatenated gzip members (gzip(1) and wbdiag read them as one
stream): a few distinct pieces are compressed once and repeated until the file reaches its size,
so a 50 MB bundle expanding to gigabytes is written in seconds. An attacker can do the same.

The lines come from tests/realworld/tuning.yaml (real W&B, MySQL, proxy and storage lines): lines
some rule matches, and real errors no rule knows. Numbers in them are varied so lines differ.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import yaml

from tests.hostile.harness import MANIFEST
from tests.hostile.tarcraft import header
from wbdiag.bundle.reader import Limits

_fast_zlib: ModuleType | None
try:
    from isal import isal_zlib as _fast_zlib
except ImportError:  # no wheel for this platform (wbdiag's isal dependency)
    _fast_zlib = None

BLOCK = 512
PIECE = 4 << 20  # plain bytes per distinct compressed piece
ROOT = b"wbdiag-bundle/"
LOG = "docker/containers/wandb-local/container.log"
TS = "2026-11-28T12:{:02d}:{:02d}.{:06d}Z "
TUNING = Path(__file__).resolve().parents[1] / "realworld" / "tuning.yaml"


@cache
def real_lines() -> dict[str, list[str]]:
    """One-line texts of the tuning set: 'rule' (a rule matches) and 'unrecognised'."""
    out: dict[str, list[str]] = {"rule": [], "unrecognised": []}
    for entry in yaml.safe_load(TUNING.read_text(encoding="utf-8")):
        text = entry["text"]
        if "\n" in text or entry["expect"] == "benign":
            continue
        out["unrecognised" if entry["expect"] == "unrecognised" else "rule"].append(text)
    return out


def _gz(data: bytes, level: int = 9) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def _gz_fast(data: bytes) -> bytes:
    """Compressed fast, for shapes whose cost is not their compression ratio: ISA-L's level 3
    (a fifth of the CPU of zlib's level 6, 3% larger on random text), else zlib's level 6."""
    if _fast_zlib is None:
        return _gz(data, level=6)
    c = _fast_zlib.compressobj(3, _fast_zlib.DEFLATED, 31)
    return bytes(c.compress(data) + c.flush())


def _header(name: bytes, size: int) -> bytes:
    """A ustar header, with a GNU long-name member first when the name is over 100 bytes."""
    out = b""
    if len(name) > 100:
        long = name + b"\0"
        out = header(b"././@LongLink", len(long), b"L") + long + b"\0" * (-len(long) % BLOCK)
    return out + header(name[:100], size, b"0")


def _member(name: str | bytes, data: bytes) -> bytes:
    raw = name if isinstance(name, bytes) else name.encode()
    return _header(ROOT + raw, len(data)) + data + b"\0" * (-len(data) % BLOCK)


def _fill(lines: Iterator[str], size: int) -> bytes:
    """Whole lines from `lines` up to about `size` bytes."""
    parts: list[bytes] = []
    n = 0
    for line in lines:
        b = line.encode() + b"\n"
        parts.append(b)
        n += len(b)
        if n >= size:
            break
    return b"".join(parts)


def _stamped(
    texts: list[str], seed: int, vary: Callable[[str, random.Random], str]
) -> Iterator[str]:
    rnd = random.Random(seed)
    i = 0
    while True:
        text = texts[i % len(texts)]
        t = TS.format(i // 60 % 60, i % 60, rnd.randrange(1_000_000))
        yield t + vary(text, rnd)
        i += 1


def _numbers(text: str, rnd: random.Random) -> str:
    return f"{text} id={rnd.randrange(10**9)}"


# (one generator for all: a generator seeded per word cost a CPU second at each import)
_LETTERS = random.Random(0)
_WORDS = [
    "".join(_LETTERS.choices("abcdefghijklmnopqrstuvwxyz", k=3 + i % 7)) for i in range(20_000)
]


def _distinct(text: str, rnd: random.Random) -> str:
    # words a template miner cannot fold: each line its own template
    words = " ".join(rnd.choices(_WORDS, k=6))
    return (
        f'{{"level":"error","msg":"{words} failed: {text[:200]}","req":"{rnd.getrandbits(64):x}"}}'
    )


@dataclass(frozen=True)
class Shape:
    name: str
    what: str
    build: Callable[[Path, int], Path]


def _one_log(
    pieces: list[bytes],
    target: int,
    path: Path,
    name: str = LOG,
    gz: list[bytes] | None = None,
    after: dict[str, bytes] | None = None,
) -> Path:
    """One log member made of `pieces` repeated until the .tgz is about `target` bytes (`gz`:
    the pieces compressed already), then the small members `after`."""
    gz = gz or [_gz(p) for p in pieces]
    head_doc = _gz(_member("manifest.json", json.dumps(MANIFEST).encode()))
    room = target - len(head_doc) - 4096
    reps, size = [], 0
    k = 0
    while True:
        g = gz[k % len(gz)]
        if size + len(g) > room:
            break
        reps.append(k % len(gz))
        size += len(g)
        k += 1
    plain = sum(len(pieces[i]) for i in reps)
    return _write_log(path, name, plain, [gz[i] for i in reps], after)


def _write_log(
    path: Path, name: str, plain: int, gz: list[bytes], after: dict[str, bytes] | None = None
) -> Path:
    """The manifest, one log of `plain` bytes made of the compressed pieces `gz` in order, then
    the small members `after`."""
    tail = b"".join(_member(n, data) for n, data in (after or {}).items())
    with path.open("wb") as out:
        out.write(_gz(_member("manifest.json", json.dumps(MANIFEST).encode())))
        out.write(_gz(_header(ROOT + name.encode(), plain)))
        for g in gz:
            out.write(g)
        out.write(_gz(b"\0" * (-plain % BLOCK) + tail + b"\0" * (2 * BLOCK)))
    return path


def repeated_log(path: Path, name: str, piece: bytes, reps: int, after: dict[str, bytes]) -> Path:
    """A bundle whose log `name` is `piece` `reps` times (compressed once), then `after`."""
    return _write_log(path, name, len(piece) * reps, [_gz(piece)] * reps, after)


# a real MySQL failure in a small log after the costly one: analysed all the same, the costly
# log cut at its share of the budget (reader.WorkLimits.member_share)
DENIED_LOG = "docker/containers/mysql/container.log"
DENIED = (
    b"2026-11-28T10:00:02.000000Z 8 [Note] [MY-010926] [Server] Access denied for user "
    b"'wandb_local'@'172.17.0.1' (using password: YES)\n"
)


def _rule_lines(path: Path, target: int) -> Path:
    texts = real_lines()["rule"]
    pieces = [_fill(_stamped(texts, s, _numbers), PIECE) for s in range(4)]
    return _one_log(pieces, target, path, after={DENIED_LOG: DENIED})


def _distinct_errors(path: Path, target: int) -> Path:
    texts = real_lines()["unrecognised"]
    pieces = [_fill(_stamped(texts, s, _distinct), PIECE) for s in range(8)]
    # text this random compresses 4% less than at zlib's level 9, in a tenth of the CPU
    return _one_log(pieces, target, path, gz=[_gz_fast(p) for p in pieces])


def _huge_lines(path: Path, target: int) -> Path:
    # lines just under and far over the 64 KiB cut, made of pieces of real error lines
    texts = real_lines()["rule"] + real_lines()["unrecognised"]
    rnd = random.Random(7)

    def long_line(size: int) -> str:
        parts: list[str] = []
        n = 0
        while n < size:
            t = rnd.choice(texts)
            parts.append(t)
            n += len(t) + 1
        return "ERROR " + " ".join(parts)[:size]

    piece = "\n".join([long_line(65_000) for _ in range(48)] + [long_line(3 << 20)]) + "\n"
    return _one_log([piece.encode()], target, path)


def _many_members(path: Path, target: int, deep: bool = False) -> Path:
    """As many members as the reader takes (200,000), each a small log of error lines;
    `deep`: each under a path thousands of directories deep. Compressed fast (_gz_fast, the file
    still far under its size): the shape is its members, which the level does not change."""
    texts = real_lines()["rule"] + real_lines()["unrecognised"]
    count = 199_000 if not deep else 20_000
    with path.open("wb") as out:
        out.write(_gz(_member("manifest.json", json.dumps(MANIFEST).encode())))
        batch: list[bytes] = []
        lines = [text.encode() + b"\n" for text in texts]
        n = len(lines)
        for i in range(count):
            ts = TS.format(0, 0, i).encode()
            data = b"".join((ts, lines[i % n], ts, lines[(i + 1) % n], ts, lines[(i + 2) % n]))
            if deep:
                name = "docker/containers/" + "d/" * (2000 + i % 7) + f"{i}.log"
            else:
                name = f"docker/containers/c{i % 500}/{i}.log"
            batch.append(_member(name, data))
            if len(batch) == 1000:
                out.write(_gz_fast(b"".join(batch)))
                batch = []
        out.write(_gz_fast(b"".join(batch) + b"\0" * (2 * BLOCK)))
    if path.stat().st_size > target:
        raise ValueError(f"{path.name}: {path.stat().st_size} bytes, over {target}")
    return path


def _bomb_110mb(path: Path, target: int) -> Path:
    # the reproducer of docs/hostile-input.md: ~300 KB expanding to 110 MB of error lines
    line = b"2026-11-28T12:00:00Z ERROR flush batch failed: upstream said no\n"
    data = line * (110_000_000 // len(line))
    gz = _gz(data)
    return _one_log([data], len(gz) + 10_000, path, gz=[gz])


def _zeros_past_logs(path: Path, target: int) -> Path:
    """Close to what the expansion refusal allows (reader.Limits.max_total_expansion): 95% of it
    as zeros in members nobody reads (inflated all the same, to reach the members after them),
    the rest of the file random bytes."""
    gz = _gz(b"\0" * PIECE)
    head = _gz(_member("manifest.json", json.dumps(MANIFEST).encode()))
    reps = int(Limits().max_total_expansion * 0.95) * target // PIECE
    noise_size = target - len(head) - reps * len(gz) - 64 * 1024
    noise = random.Random(3).randbytes(noise_size)
    per_member = (4 << 30) // PIECE  # the octal size field holds less than 8 GiB
    with path.open("wb") as out:
        out.write(head)
        for k, first in enumerate(range(0, reps, per_member)):
            n = min(per_member, reps - first)
            out.write(_gz(_header(ROOT + b"docker/extra-%d.bin" % k, n * PIECE)))
            for _ in range(n):
                out.write(gz)
        out.write(_gz(_member("docker/noise.bin", noise), level=0))
        out.write(_gz(b"\0" * (2 * BLOCK)))
    return path


SHAPES = [
    Shape(
        "rule-lines",
        "every line matched by a rule pattern (real lines, numbers varied), then a small log"
        " with one MySQL failure",
        _rule_lines,
    ),
    Shape("distinct-errors", "every line error-level, each its own template", _distinct_errors),
    Shape("huge-lines", "error lines of 65,000 characters and of 3 MiB", _huge_lines),
    Shape("many-members", "199,000 small logs of error lines", _many_members),
    Shape(
        "deep-paths",
        "20,000 logs 2,000 directories deep",
        lambda p, t: _many_members(p, t, deep=True),
    ),
    Shape("bomb-110mb", "300 KB of .tgz expanding to 110 MB of error lines", _bomb_110mb),
    Shape("zeros", "members of zeros just under the expansion refusal", _zeros_past_logs),
]
