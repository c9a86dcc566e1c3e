"""Blocks of lines (wbdiag/rules/blocks.py) are line for line what iter_lines yields, however the
stream is cut, and a huge line is cut without being held whole."""

from __future__ import annotations

import io
import random

import pytest

from wbdiag.bundle.reader import iter_lines
from wbdiag.rules.blocks import LineBlock, read_blocks


def random_stream(rng: random.Random, limit: int) -> bytes:
    pieces = [b"a", b"\xc3\xa9", b"\xe2\x82\xac", b"\xff", b"\xc3", b" ", b"\r", b"x" * 7]
    out = []
    for _ in range(rng.randrange(0, 40)):
        length = rng.choice(
            [0, 1, limit - 2, limit - 1, limit, limit + 1, 2 * limit, rng.randrange(60)]
        )
        line = b"".join(rng.choice(pieces) for _ in range(length))[: max(length, 0) + 3]
        out.append(line + rng.choice([b"\n", b"\r\n", b"\r\r\n"]))
    data = b"".join(out)
    return data[: -rng.randrange(0, 3)] if data and rng.random() < 0.3 else data


@pytest.mark.parametrize("seed", range(300))
def test_read_blocks_yields_exactly_what_iter_lines_yields(seed: int) -> None:
    rng = random.Random(seed)
    limit = rng.choice([4, 5, 16, 17, 64])
    data = random_stream(rng, limit)
    expected = list(iter_lines(io.BufferedReader(io.BytesIO(data)), limit))
    block_bytes = rng.choice([1, 2, 3, 7, 16, 64, 1 << 16])
    blocks = list(read_blocks(io.BufferedReader(io.BytesIO(data)), limit, block_bytes))
    assert [line for b in blocks for line in b.lines()] == expected
    # lines asked for one by one (as the scanner does), out of order, before any split
    for b in blocks:
        fresh = LineBlock(b.data)
        order = list(range(len(fresh)))
        rng.shuffle(order)
        assert [fresh.line(i) for i in sorted(order)] == b.lines()
        assert all(fresh.line(i) == b.lines()[i] for i in order)
        assert b.data.decode("utf-8")  # always valid UTF-8: a UTF-8 scanner may read it


def test_block_index_maps_offsets_to_lines_either_way() -> None:
    block = LineBlock.from_lines(["first", "", "third line", "é"])
    assert len(block) == 4
    offsets = {0: 0, 4: 0, 5: 0, 6: 1, 7: 2, 17: 2, 18: 3, 20: 3}
    for offset in [*offsets, *reversed(offsets)]:
        assert block.index(offset) == offsets[offset]
    assert [block.line(i) for i in range(4)] == ["first", "", "third line", "é"]
    with pytest.raises(ValueError):
        LineBlock(b"no newline")
    with pytest.raises(ValueError):
        LineBlock.from_lines(["two\nlines"])


def test_a_huge_line_is_cut_without_being_held_whole() -> None:
    class Endless(io.RawIOBase):
        """10 MB of one line, then a short one; records the largest read it served."""

        def __init__(self) -> None:
            self.left = 10_000_000
            self.tail = b"\nshort\n"

        def readable(self) -> bool:
            return True

        def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
            n = min(len(buf), self.left)
            if n:
                buf[:n] = b"x" * n
                self.left -= n
                return n
            n = len(self.tail[: len(buf)])
            buf[:n] = self.tail[:n]
            self.tail = self.tail[n:]
            return n

    blocks = list(read_blocks(io.BufferedReader(Endless()), 1000, 1 << 16))
    assert [line for b in blocks for line in b.lines()] == ["x" * 1000, "short"]
    assert max(len(b.data) for b in blocks) < 2000


def test_a_block_is_read_without_terminal_colour_codes() -> None:
    # ECMA-48 SGR around a level word splits it from what a pattern reads; the line count stays
    data = b"\x1b[31mERROR\x1b[0m: dial tcp: connection refused\x1b[K\nplain #033[0m kept\n"
    (block,) = read_blocks(io.BytesIO(data), 1 << 10)
    assert block.lines() == ["ERROR: dial tcp: connection refused", "plain #033[0m kept"]
