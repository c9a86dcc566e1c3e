"""A container's log as the engine serves it (GET /containers/{id}/logs), read in large blocks.

Without a TTY the engine multiplexes stdout and stderr: each frame is an 8-byte header (stream
type, three zero bytes, payload size as a big-endian uint32) and its payload, usually one line.
The Docker SDK reads and yields one frame at a time, which costs more than everything else
`collect` does with the line. Over the engine's unix socket (the usual case) the request is sent
as HTTP/1.0, so the engine sends the body as plain bytes up to the end of the connection; over
any other transport the SDK sends HTTP/1.1, and dockerd then sends every frame as its own HTTP
chunk (a chunk line to strip per log line: about a CPU second per 200 MB in Python). Either
way the body is read in blocks of up to READ_BLOCK bytes; a loop over each block removes the
frame headers (and the chunk lines), so the payload leaves as one bytes object per block.
With a TTY the body is the raw terminal output. The two streams stay in the order the engine
sent them, as `docker logs` prints them.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import docker
import docker.errors
import requests

# Each read asks for at most this: a buffered read allocates what it asks for before the socket
# says how much it holds (a few KB while the reader keeps up), and an allocation past malloc's
# mmap threshold (128 KiB) maps and unmaps memory on every read, about 20 µs each.
READ_BLOCK = 64 << 10
HEADER = 8
MAX_CHUNK_LINE = 1024  # bytes: a chunk-size line (hex size and extensions) is short
MAX_ERROR_BODY = 64 * 1024  # bytes of an error response read for its message
_SIZE = struct.Struct(">I")  # the payload size, at offset 4 of a frame header


def demultiplex(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The payloads of a multiplexed stream, joined per input block; a frame may be split
    anywhere across blocks (also inside its header). A frame cut short at the end of the stream
    gives what it has."""
    unpack = _SIZE.unpack_from
    rest = b""  # the start of a header split across blocks (under 8 bytes)
    need = 0  # payload bytes of the current frame still to come
    for block in blocks:
        data = rest + block if rest else block
        view = memoryview(data)
        end = len(data)
        parts: list[memoryview] = []
        pos = 0
        if need:
            pos = min(need, end)
            parts.append(view[:pos])
            need -= pos
        while pos + HEADER <= end:
            start = pos + HEADER
            stop = start + unpack(data, pos + 4)[0]
            if stop > end:  # the payload goes on in the next block
                parts.append(view[start:])
                need = stop - end
                pos = end
                break
            parts.append(view[start:stop])
            pos = stop
        rest = bytes(view[pos:])
        if parts:
            yield b"".join(parts)


def dechunk(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The data of an HTTP/1.1 chunked body (`<hex size>[;ext]\r\n<data>\r\n` ... `0\r\n`),
    joined per input block; it stops at the last chunk and reads no further. ValueError for a
    body that is not chunked encoding."""
    rest = b""  # a chunk-size line split across blocks
    need = 0  # data bytes of the current chunk still to come
    skip = 0  # bytes of the CRLF after a chunk's data still to skip
    for block in blocks:
        data = rest + block if rest else block
        rest = b""
        view = memoryview(data)
        end = len(data)
        parts: list[memoryview] = []
        pos = 0
        while pos < end:
            if need:
                take = min(need, end - pos)
                parts.append(view[pos : pos + take])
                need -= take
                pos += take
                if need:
                    break
                skip = 2
            if skip:
                step = min(skip, end - pos)
                skip -= step
                pos += step
                if skip:
                    break
            line_end = data.find(b"\r\n", pos)
            if line_end < 0:
                rest = data[pos:]
                if len(rest) > MAX_CHUNK_LINE:
                    raise ValueError("not a chunked body: no chunk size line")
                break
            size = int(data[pos:line_end].split(b";", 1)[0], 16)
            pos = line_end + 2
            if size == 0:
                if parts:
                    yield b"".join(parts)
                return
            need = size
        if parts:
            yield b"".join(parts)


def _raw_body(response: Any) -> Iterator[bytes] | None:
    """The body as the socket delivers it, transfer coding included, in blocks of up to
    READ_BLOCK: dockerd flushes every frame as its own HTTP chunk, and urllib3 would decode and
    yield them one by one. None when the response is not a plain chunked one over http.client."""
    headers = response.headers
    if headers.get("Transfer-Encoding", "").lower() != "chunked" or headers.get("Content-Encoding"):
        return None
    fp = getattr(getattr(response.raw, "_fp", None), "fp", None)
    read1 = getattr(fp, "read1", None)
    if read1 is None:
        return None

    def blocks() -> Iterator[bytes]:
        while block := read1(READ_BLOCK):
            yield block

    return dechunk(blocks())


class _UnixHttp10(http.client.HTTPConnection):
    """HTTP/1.0 over a unix socket: the engine answers with the body as it is, ended by closing
    the connection (no chunked transfer coding, which HTTP/1.0 does not have)."""

    _http_vsn = 10
    _http_vsn_str = "HTTP/1.0"

    def __init__(self, path: str, timeout: float | None) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(self.timeout)
            sock.connect(self._path)
        except BaseException:
            sock.close()
            raise
        self.sock = sock


def unix_socket_path(client: docker.DockerClient) -> str | None:
    """The engine's socket when the client talks to it over a unix socket, else None."""
    api = client.api
    try:
        adapter = api.get_adapter(api.base_url)
    except requests.exceptions.RequestException:
        return None
    path = getattr(adapter, "socket_path", None)
    return path if isinstance(path, str) and path else None


def _api_error(status: int, reason: str, body: bytes) -> docker.errors.APIError:
    """The SDK's exception for an error answer (NotFound for 404), with the engine's message."""
    text = body.decode("utf-8", errors="replace")
    try:
        doc = json.loads(text)
        message = str(doc["message"]) if isinstance(doc, dict) and "message" in doc else text
    except ValueError:
        message = text
    message = message.strip() or reason
    cls = docker.errors.NotFound if status == 404 else docker.errors.APIError
    return cls(f"{status} {reason}", explanation=message)


class _Http10Body:
    """GET of a URL's path and query over HTTP/1.0 on a unix socket; `read1` gives the body in
    blocks as they arrive. An error answer or a socket that cannot be reached raises the SDK's
    exception, as the SDK's own request would."""

    def __init__(self, path: str, url: str, params: dict[str, Any], timeout: float | None):
        conn = _UnixHttp10(path, timeout)
        try:
            conn.request("GET", f"{urlsplit(url).path}?{urlencode(params)}")
            self._sock = conn.sock  # the response owns it from here on
            self._response = conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise docker.errors.DockerException(f"{type(exc).__name__}: {exc}") from exc
        if self._response.status >= 400:
            try:
                body = self._response.read(MAX_ERROR_BODY)
            except (OSError, http.client.HTTPException):
                body = b""
            self.close()
            raise _api_error(self._response.status, self._response.reason, body)

    def blocks(self) -> Iterator[bytes]:
        while block := self._response.read1(READ_BLOCK):
            yield block

    def close(self) -> None:
        if self._sock is not None:
            # wakes a read blocked on another thread (readahead.py); close alone may not
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
        self._response.close()
        if self._sock is not None:
            self._sock.close()


class ContainerLog:
    """One log request: `chunks()` yields the log's bytes; a failure while reading ends them
    and is kept in `problem` (what was read is still written)."""

    def __init__(
        self, client: docker.DockerClient, container_id: str, params: dict[str, Any]
    ) -> None:
        api = client.api
        url = api._url("/containers/{0}/logs", container_id)
        path = unix_socket_path(client)
        self._body: Callable[[], Iterator[bytes]]
        self.close: Callable[[], None]
        if path is not None:
            body = _Http10Body(path, url, params, api.timeout)
            self._body = body.blocks
            self.close = body.close
        else:
            sdk = api._get(url, params=params, stream=True)
            api._raise_for_status(sdk)
            self._body = lambda: _raw_body(sdk) or sdk.iter_content(READ_BLOCK)
            self.close = sdk.close
        self.problem: str | None = None
        self.bytes = 0
        self.lines = 0

    def chunks(self, tty: bool) -> Iterator[bytes]:
        try:
            body = self._body()
            for chunk in body if tty else demultiplex(body):
                self.bytes += len(chunk)
                self.lines += chunk.count(b"\n")
                yield chunk
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            self.problem = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        except (OSError, ValueError) as exc:
            self.problem = f"{type(exc).__name__}: {exc}"
