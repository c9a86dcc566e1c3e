"""How much of a bundle's logs one analysis reads: bytes, and CPU seconds.

Bytes: at most `max_expansion` times the compressed .tgz (reader.Limits). Real logs cost a few
nanoseconds a byte (one Hyperscan pass picks the few lines worth Python's time), but a stranger
can make every line one a rule or the error miner must look at, or one 64 KiB long: then a
megabyte costs a CPU second and 50 MB of .tgz hours. So the pass also has a CPU budget, checked
once per block read (never per line): past it, the log being read ends there and the logs after
it are skipped; one log alone may use at most `member_share` of it, so the others are still read.
The report's `bundle.problems` says what was cut and why. Without Hyperscan every byte costs
Python's time and the budget is `slow_factor` times larger (docs/hostile-input.md).
"""

from __future__ import annotations

import importlib.util
import io
import os
import time
from typing import IO

from wbdiag.bundle.reader import BoundedStream, BundleSource, Member, WorkLimits
from wbdiag.rules import firstuse
from wbdiag.rules.matching import ENV_ENGINE


def fast_matcher() -> bool:
    """Whether the scan can use Hyperscan (matching.build_matcher decides per pattern set; this
    is its default, enough to size a budget)."""
    if os.environ.get(ENV_ENGINE, "").strip().lower() == "re":
        return False
    return importlib.util.find_spec("hyperscan") is not None


def work_time() -> float:
    """The clock of the pass's budget: this process's CPU seconds less the one-time compiles
    made at first use within the pass (firstuse.py: the error miner's confirmation, ~0.5 s, and
    the UTF-8 Hyperscan database, ~0.6 s), costs that came before the budget when they compiled
    up front."""
    return time.process_time() - firstuse.seconds()


def log_budget(source: BundleSource) -> LogBudget:
    """The budget of one pass over `source` (reader.Limits, reader.WorkLimits)."""
    limits = source.limits
    work = limits.work
    compressed = source.compressed_bytes
    return LogBudget(
        source.log_budget,
        f"{limits.max_expansion}x the compressed bundle" if compressed else "a directory's limit",
        work.for_bundle(compressed, fast_matcher()),
        work,
    )


class LogBudget:
    """Log bytes (`total`, None: no byte limit) and CPU `seconds` for one pass, counted from
    `start()`. `take` hands out each log's stream, cut where a budget ends, or None when nothing
    is left; past `read_factor` times the seconds the pass stops reading the bundle at all
    (members are still inflated and parsed to be skipped: 200,000 of them take seconds)."""

    def __init__(self, total: int | None, why: str, seconds: float, work: WorkLimits) -> None:
        self.total = total
        self.why = why  # where `total` comes from
        self.used = 0
        self.budget_seconds = seconds  # as configured; `seconds` is what is left after the compile
        self.member_share = work.member_share
        self.read_factor = work.read_factor
        # the miner runs beside the scan, in a helper process of its own
        self.miner_seconds = seconds * work.miner_share
        self.after_compile_share = work.after_compile_share
        self.compile_seconds = 0.0  # the patterns' one-time compile before `start` (charge)
        self.start()
        self.cut: list[str] = []  # logs cut short or skipped past the byte budget, in order
        self.out_of_time: list[str] = []  # logs cut short or skipped past the CPU budget
        self.member_cut: list[str] = []  # logs cut at their share of the CPU budget
        self.stopped = ""  # why the pass stopped reading the bundle, if it did
        self._last: tuple[str, BoundedStream, int] | None = None

    def charge(self, compile_seconds: float) -> None:
        """The CPU seconds the patterns' one-time compile took before `start`: they come off the
        pass's seconds (and its reading's), down to `after_compile_share` of them."""
        self.compile_seconds = max(0.0, compile_seconds)

    def start(self) -> None:
        started = work_time()
        full = self.budget_seconds
        self.seconds = max(full - self.compile_seconds, full * self.after_compile_share)
        self.member_seconds = self.seconds * self.member_share
        self.read_seconds = self.seconds * self.read_factor
        self._deadline = started + self.seconds
        self._read_deadline = started + self.read_seconds

    def _after_compile(self) -> str:
        if self.seconds >= self.budget_seconds:
            return ""
        return f" of {self.budget_seconds:.1f}, less the patterns' one-time compile"

    def spent(self) -> bool:
        return work_time() >= self._deadline

    def reading_over(self) -> bool:
        return work_time() >= self._read_deadline

    def stopped_reading(self, path: str) -> str:
        self.stopped = (
            f"the bundle was read for {self.read_seconds:.1f} CPU seconds ({self.read_factor:g}x "
            f"the analysis's work budget) and not past it: {path} and the members after it were "
            "not read"
        )
        return self.stopped

    def take(self, path: str, member: Member) -> IO[bytes] | None:
        now = work_time()
        if now >= self._deadline:
            self.out_of_time.append(path)
            return None
        limit: int | None = None
        charged = member.size
        if self.total is not None:
            room = self.total - self.used
            if member.size > room:
                if room <= 0:
                    self.cut.append(path)
                    return None
                limit = charged = room  # named in `cut` by done(), unless time ends it first
            self.used += charged
        deadline = min(self._deadline, now + self.member_seconds)
        self._last = (path, BoundedStream(member.stream, limit, deadline, work_time), charged)
        return io.BufferedReader(self._last[1], 1 << 16)

    def done(self) -> None:
        """After the log taken last was read: note whether a deadline ended it, and give back
        the bytes it did not read (a log cut early leaves the byte budget to the next ones)."""
        if self._last is None:
            return
        path, stream, charged = self._last
        self._last = None
        if not stream.timed_out:
            if stream.limit is not None:
                self.cut.append(path)
            return
        if self.total is not None:
            self.used -= max(0, charged - stream.bytes_read)
        if stream.stopped_at >= self._deadline:
            self.out_of_time.append(path)
        else:
            self.member_cut.append(path)

    def problems(self) -> list[str]:
        out = []
        if self.cut:
            out.append(
                f"logs past {self.total} bytes ({self.why}) were not "
                f"analysed: {len(self.cut)} log file(s) cut or skipped, the first {self.cut[0]}"
            )
        if self.member_cut:
            out.append(
                f"{len(self.member_cut)} log file(s) cut at {self.member_seconds:.1f} CPU seconds "
                f"each (the analysis's work budget for one file), the first {self.member_cut[0]}"
            )
        if self.out_of_time:
            out.append(
                f"logs were analysed for {self.seconds:.1f} CPU seconds (the analysis's work "
                f"budget{self._after_compile()}); {len(self.out_of_time)} log file(s) cut or not "
                f"analysed past it, the first {self.out_of_time[0]}"
            )
        return out
