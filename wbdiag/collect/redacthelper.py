"""A container log redacted in a helper process, so collect's work runs on two cores.

Collect of one large log is a chain: read the engine's socket and strip the frame headers,
redact, run the leak gate, write the segments. In one process it all runs one thread at a time
(Python's GIL), beside dockerd. `RedactHelper` moves the redaction, about 70 % of that work, to a
helper (`python -m wbdiag.collect.redacthelper`), started when the Docker collector has found its
engine, so its start-up (imports) overlaps the collector's own; it takes the hint database the
collector compiled (prefiltershare.py) instead of compiling its own.
The log's bytes go to it through a pipe as they arrive; it cuts them into lines and redacts them
in order, block after block, with one file state (what a line carries to the next stays
sequential), and sends each redacted block back. This process gates, accounts and writes them
as before (`BundleWriter.write_redacted`): the bundle is the same bytes either way.

Placeholders stay this process's to number: the helper asks for each one (`Redactor.token`,
in the order it needs them), so a secret keeps one placeholder across the bundle. Secrets
registered while the log streams are sent along with it. When the helper cannot start, the log
is redacted in-process; when it fails or dies midway, what it sent is written and the rest of
the log is not read (`problem` says why; the collector notes it), as when the engine's stream
breaks. POSIX only (the reply pipe is an inherited descriptor).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import struct
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from wbdiag.bundle.writer import STREAM_BLOCK_BYTES, RedactedBlock, line_blocks
from wbdiag.redact import Redactor, prefiltershare
from wbdiag.redact.redactor import detector_groups

_FRAME = struct.Struct(">cI")  # kind, payload bytes
_COUNT = struct.Struct(">I")
PIPE_BYTES = 1 << 20  # a 1 MiB pipe each way where Linux allows it (16x fewer wake-ups)
SENDER_WAIT = 1.0  # seconds the collector waits for the feeding thread at the end

# parent -> helper (stdin): H header, C chunk of the log, K secrets registered since, E end
# helper -> parent (stdout): T placeholder wanted (once per secret), R replacements made with
# placeholders it had already (per kind), B redacted block, E done, X failed
# parent -> helper (reply pipe): each placeholder asked for, as a length and its UTF-8


def _write_frame(out: IO[bytes], kind: bytes, payload: bytes) -> None:
    out.write(_FRAME.pack(kind, len(payload)) + payload)  # one write: one system call


def _read_exact(inp: IO[bytes], size: int) -> bytes | None:
    data = inp.read(size)
    if len(data) < size:
        return None
    return data


def _read_frame(inp: IO[bytes]) -> tuple[bytes, bytes] | None:
    head = _read_exact(inp, _FRAME.size)
    if head is None:
        return None
    kind, size = _FRAME.unpack(head)
    payload = _read_exact(inp, size) if size else b""
    return None if payload is None else (kind, payload)


def _widen(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        return
    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, setpipe, PIPE_BYTES)


class RedactHelper:
    """One helper process, for one log (`blocks` once). `start` gives None where it cannot run."""

    def __init__(self, proc: subprocess.Popen[bytes], reply_fd: int, redactor: Redactor) -> None:
        self._proc = proc
        self._reply = os.fdopen(reply_fd, "wb")
        self._redactor = redactor
        self._failed: BaseException | None = None  # what reading the log raised (the sender's)
        self.problem: str | None = None

    @classmethod
    def start(cls, redactor: Redactor) -> RedactHelper | None:
        if os.name != "posix":
            return None
        read_fd, write_fd = os.pipe()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "wbdiag.collect.redacthelper", str(read_fd)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                pass_fds=(read_fd,),
                env=env,
            )
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        os.close(read_fd)
        assert proc.stdin is not None and proc.stdout is not None
        _widen(proc.stdin.fileno())
        _widen(proc.stdout.fileno())
        return cls(proc, write_fd, redactor)

    def close(self) -> None:
        """Stop the helper (a log that was never sent, or after `blocks`)."""
        with contextlib.suppress(OSError):
            self._reply.close()
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        for pipe in (self._proc.stdin, self._proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    def blocks(
        self, chunks: Iterable[bytes], limit: int, strip_cr: bool, size: int = STREAM_BLOCK_BYTES
    ) -> Iterator[RedactedBlock]:
        """The redacted lines of the log `chunks` carries, in blocks (as the writer cuts them:
        `line_blocks` with `limit`, `strip_cr` and `size`). A sender thread feeds the helper
        while the caller works on the blocks before."""
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        stop = threading.Event()
        sender = threading.Thread(
            target=self._send, args=(proc.stdin, chunks, (limit, strip_cr, size), stop),
            name="redact helper feed", daemon=True,
        )  # fmt: skip
        sender.start()
        try:
            yield from self._receive(proc.stdout)
        finally:
            stop.set()
            self.close()  # the sender's next write fails: it stops reading the log
            sender.join(SENDER_WAIT)  # (one still waiting for the engine ends at its timeout)

    def _send(
        self,
        pipe: IO[bytes],
        chunks: Iterable[bytes],
        cut: tuple[int, bool, int],
        stop: threading.Event,
    ) -> None:
        limit, strip_cr, size = cut
        redactor = self._redactor
        try:
            known = redactor.known_count()
            shared = prefiltershare.exported(detector_groups())  # compiled here already
            if shared is not None:
                _write_frame(pipe, b"D", shared)
            header = {
                "known": redactor.known_values(),
                "limit": limit,
                "strip_cr": strip_cr,
                "size": size,
            }
            _write_frame(pipe, b"H", json.dumps(header).encode("utf-8"))
            for chunk in chunks:
                if stop.is_set():
                    break
                if redactor.known_count() != known:  # learned while the log streams
                    known = redactor.known_count()
                    _write_frame(pipe, b"K", json.dumps(redactor.known_values()).encode("utf-8"))
                _write_frame(pipe, b"C", chunk)
            else:
                _write_frame(pipe, b"E", b"")
        except OSError:  # the helper died or was stopped: `blocks` says why
            pass
        except BaseException as exc:  # raised to the caller, as the writer in-process would
            self._failed = exc
        finally:
            with contextlib.suppress(OSError):
                pipe.close()  # (without an end frame the helper stops: the log was cut)
            close = getattr(chunks, "close", None)
            if close is not None:  # a generator is closed where it runs (readahead.py)
                close()

    def _receive(self, pipe: IO[bytes]) -> Iterator[RedactedBlock]:
        token = self._redactor.token
        while True:
            frame = _read_frame(pipe)
            if frame is None:
                code = self._proc.wait()
                if self._failed is not None:
                    raise self._failed
                self.problem = f"the redaction helper stopped (exit code {code})"
                return
            kind, payload = frame
            if kind == b"B":
                text = payload[:-1].decode("utf-8")  # (without the block's last newline)
                yield text.split("\n"), text, payload
            elif kind == b"R":
                self._redactor.count_replacements(json.loads(payload))
            elif kind == b"T":
                secret, what = json.loads(payload)
                answer = token(secret, what).encode("utf-8")
                self._reply.write(_COUNT.pack(len(answer)) + answer)
                self._reply.flush()
            elif kind == b"E":
                return
            else:  # X: an exception in the helper
                self.problem = f"the redaction helper failed: {payload.decode('utf-8', 'replace')}"
                return


def _serve(inp: IO[bytes], out: IO[bytes], replies: IO[bytes]) -> int:
    """The helper's side: the header, then the log's chunks, redacted block by block."""
    frame = _read_frame(inp)
    if frame is not None and frame[0] == b"D":
        prefiltershare.adopt(detector_groups(), frame[1])
        frame = _read_frame(inp)
    if frame is None or frame[0] != b"H":
        return 1
    header = json.loads(frame[1])
    redactor = Redactor()

    def learn(known: dict[str, str]) -> None:
        for value, kind in known.items():
            redactor.add_secret(value, kind)

    issued: dict[str, str] = {}  # a secret's placeholder never changes: asked for once
    again: Counter[str] = Counter()  # replacements with one of them, per kind, to report

    def ask(secret: str, kind: str) -> str:
        known = issued.get(secret)
        if known is not None:
            again[kind] += 1
            return known
        _write_frame(out, b"T", json.dumps([secret, kind]).encode("utf-8"))
        out.flush()
        head = _read_exact(replies, _COUNT.size)
        if head is None:
            raise EOFError("no placeholder from the collector")
        answer = _read_exact(replies, _COUNT.unpack(head)[0])
        if answer is None:
            raise EOFError("no placeholder from the collector")
        issued[secret] = token = answer.decode("utf-8")
        return token

    def chunks() -> Iterator[bytes]:
        while (item := _read_frame(inp)) is not None:
            kind, payload = item
            if kind == b"C":
                yield payload
            elif kind == b"K":
                learn(json.loads(payload))
            else:
                return
        raise EOFError("the collector stopped sending the log")

    learn(header["known"])
    redactor.issue_tokens_with(ask)
    state = redactor.file_state()
    try:
        # blocks as the writer cuts them in-process: where a block ends can change the order
        # placeholders are numbered in (a multi-line secret's, a follower's)
        cut = int(header["limit"]), bool(header["strip_cr"]), int(header["size"])
        for block in line_blocks(chunks(), *cut):
            state.redact(block)
            if again:  # counted with the block they were made in
                _write_frame(out, b"R", json.dumps(again).encode("utf-8"))
                again.clear()
            _write_frame(out, b"B", ("\n".join(block) + "\n").encode("utf-8", errors="replace"))
            out.flush()
        _write_frame(out, b"E", b"")
    except EOFError:
        return 1  # the collector is gone or stopped this log: nobody to tell
    except Exception as exc:  # reported to the collector, which notes it
        _write_frame(out, b"X", f"{type(exc).__name__}: {exc}".encode()[:2000])
    out.flush()
    return 0


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the collector's to handle
    try:
        with os.fdopen(int(sys.argv[1]), "rb") as replies:
            code = _serve(sys.stdin.buffer, sys.stdout.buffer, replies)
        sys.stdout.flush()
    except OSError:  # the collector is gone (its pipes closed): nobody to tell
        code = 1
    os._exit(code)  # (no flush at exit into a closed pipe)


if __name__ == "__main__":
    main()
