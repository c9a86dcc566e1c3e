"""Observers' work in a helper process, so it runs beside the scan instead of after it.

The scan's own work is one thread at a time (Python's GIL); the unrecognised-error miner costs
about 35 µs per error-level line, a second or more per GiB of ordinary logs, many seconds for a
noisy one. `ObserverRelay` calls an observer in-process until it has seen START_AFTER lines (small
analyses, rule fixtures and tests never start anything; a large bundle starts at once, see
`start_now`), then hands a pickled copy of it to a helper (`python -m wbdiag.rules.offload`) and sends it the following calls in batches, from a
sender thread so the scan never waits on the pipe. `finish()` takes the helper's copy back and
puts its state into the original object, which is what callers hold; `abort()` stops the helper.
Calls reach the observer in the order they were made, so the results are the same either way.
If the helper cannot be started, or the observer cannot be pickled, everything stays in-process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wbdiag.rules.scan import LineObserver

HELPER_NICENESS = 10  # added to the helper's nice value (_yield_to_the_scan)
START_AFTER = 1024  # lines seen in-process (~70 ms) before a helper is worth its start (~0.1 s)
BATCH = 2048  # calls per message
QUEUE_BATCHES = 64  # batches waiting for the pipe before the scan waits (backpressure)

# an event's other selected lines after the one that stands for it: (line number, line)
Later = tuple[tuple[int, str], ...]
Call = tuple[str, int, str, bool, Later]  # (path, line number, line, explained, later)


class HelperFailed(RuntimeError):
    """The helper process failed or died; its observers' results are lost."""


class ObserverRelay:
    """Stands in for one observer during a scan: `observe` as the observer's, `finish` at the end."""

    def __init__(self, observer: LineObserver, use_helper: bool = True) -> None:
        self.observer = observer
        self._local_calls = 0 if use_helper else -1  # -1: never offload
        self._batch: list[Call] = []
        self._proc: subprocess.Popen[bytes] | None = None
        self._outbox: queue.Queue[list[Call] | None] = queue.Queue(maxsize=QUEUE_BATCHES)
        self._sender: threading.Thread | None = None
        self._send_error: BaseException | None = None

    def start_now(self) -> None:
        """Start the helper before the first line: for a large bundle, whose scan starts with
        single-threaded work (compiling the patterns, reading the manifest) that the helper's
        start-up then overlaps, and whose first lines then need not wait in-process."""
        if self._local_calls == 0:
            self._start()

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None:
        if self._proc is None:
            self.observer.observe(path, lineno, line, explained, later)
            if self._local_calls >= 0:
                self._local_calls += 1
                if self._local_calls >= START_AFTER:
                    self._start()
            return
        self._batch.append((path, lineno, line, explained, later))
        if len(self._batch) >= BATCH:
            self._send_batch()

    def finish(self) -> None:
        """Wait for the helper and take its observer's state back (nothing to do without one)."""
        if self._proc is None:
            return
        self._send_batch()
        self._put(None)
        assert self._sender is not None and self._proc.stdout is not None
        self._sender.join()
        try:
            status, payload = pickle.load(self._proc.stdout)
        except (EOFError, pickle.UnpicklingError, OSError) as exc:
            self.abort()
            why = self._send_error or exc
            raise HelperFailed(f"observer helper ended without a result: {why}") from exc
        self._proc.wait()
        self._proc.stdout.close()
        self._proc = None
        if status != "ok":
            raise HelperFailed(f"observer helper failed: {payload}")
        # the helper's copy saw every line: its state becomes the original's (callers hold that)
        vars(self.observer).update(vars(payload))

    def abort(self) -> None:
        if self._proc is None:
            return
        proc, self._proc = self._proc, None
        proc.kill()
        while self._sender is not None and self._sender.is_alive():
            try:  # wake the sender: it ends at None, or at the dead pipe
                self._outbox.put_nowait(None)
            except queue.Full:
                with contextlib.suppress(queue.Empty):
                    self._outbox.get_nowait()
            self._sender.join(0.05)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    # -- the helper --------------------------------------------------------------------------
    def _start(self) -> None:
        self._local_calls = -1  # one attempt
        if not hasattr(self.observer, "__dict__"):
            return  # its state could not be put back
        try:
            state = pickle.dumps(self.observer, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return  # not picklable (a test's local class): stays in-process
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "wbdiag.rules.offload"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
        except OSError:
            return
        assert proc.stdin is not None
        self._proc = proc
        self._sender = threading.Thread(
            target=self._send_all, args=(proc.stdin, state), name="observer relay", daemon=True
        )
        self._sender.start()

    def _send_batch(self) -> None:
        if self._batch:
            self._put(self._batch)
            self._batch = []

    def _put(self, item: list[Call] | None) -> None:
        while True:
            try:
                self._outbox.put(item, timeout=0.1)
                return
            except queue.Full:
                if self._sender is None or not self._sender.is_alive():
                    # the helper stopped reading: finish() reports why
                    return

    def _send_all(self, pipe: IO[bytes], state: bytes) -> None:
        try:
            pipe.write(state)
            while (batch := self._outbox.get()) is not None:
                pickle.dump(batch, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(None, pipe)
            pipe.close()
        except OSError as exc:  # the helper died: finish() reports it
            self._send_error = exc


def _serve(inbox: IO[bytes], outbox: IO[bytes]) -> int:
    """The helper's loop: an observer, then batches of calls, then None; the observer back."""
    result: tuple[str, Any]
    try:
        observer = pickle.load(inbox)
        while (batch := pickle.load(inbox)) is not None:
            observe = observer.observe
            for path, lineno, line, explained, later in batch:
                observe(path, lineno, line, explained, later)
        result = ("ok", observer)
    except Exception as exc:  # reported to the parent, which raises it
        result = ("error", f"{type(exc).__name__}: {exc}")
    pickle.dump(result, outbox, protocol=pickle.HIGHEST_PROTOCOL)
    outbox.flush()
    return 0


def _yield_to_the_scan() -> None:
    """The helper's work can wait and the scan's cannot: on two cores the scan, the inflater and
    this helper often all want one, and at the default priority the scheduler kept descheduling
    the scan (measured on the 1 GiB bench bundle: 2.64 s, at HELPER_NICENESS 2.53 s). The
    helper then runs when the others wait, and catches up at the end; a full queue still makes
    the scan wait (backpressure), so no work is lost."""
    nice = getattr(os, "nice", None)  # not on Windows
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(HELPER_NICENESS)


if __name__ == "__main__":
    _yield_to_the_scan()
    sys.exit(_serve(sys.stdin.buffer, sys.stdout.buffer))
