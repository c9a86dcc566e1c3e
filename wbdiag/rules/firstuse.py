"""CPU seconds of the one-time compiles an analysis makes at first use, inside its pass: the
error miner's confirmation (error_confirm.py, about 0.5 s, at the first line it confirms) and the
scan's UTF-8 Hyperscan database (matching.py, about 0.6 s, at the first block with a non-ASCII
byte). Neither the pass's work budget nor the miner's counts them (budget.work_time,
unrecognised.py): within the pass each would take a large part of a small bundle's budget, and
an all-ASCII bundle, or one with no line to confirm, never pays them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_seconds = 0.0  # this process's CPU seconds in `counted` blocks, the threads that ran them


def seconds() -> float:
    return _seconds


@contextmanager
def counted() -> Iterator[None]:
    """Count the CPU time of this thread in the block as a one-time compile."""
    global _seconds
    started = time.thread_time()
    try:
        yield
    finally:
        _seconds += time.thread_time() - started
