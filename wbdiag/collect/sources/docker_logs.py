"""A container's log as the engine serves it (GET /containers/{id}/logs), read in large blocks.

Without a TTY the engine multiplexes stdout and stderr: each frame is an 8-byte header (stream
type, three zero bytes, payload size as a big-endian uint32) and its payload, usually one line.
The Docker SDK reads and yields one frame at a time, which costs more than everything else
`collect` does with the line; here the body is read in blocks of READ_BLOCK bytes and the headers
are removed with a loop over each block, so the payload leaves as one bytes object per block.
With a TTY the body is the raw terminal output. The two streams stay in the order the engine
sent them, as `docker logs` prints them.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from typing import Any

import docker
import docker.errors
import requests

READ_BLOCK = 1 << 20
HEADER = 8
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


class ContainerLog:
    """One log request: `chunks()` yields the log's bytes; a failure while reading ends them
    and is kept in `problem` (what was read is still written)."""

    def __init__(
        self, client: docker.DockerClient, container_id: str, params: dict[str, Any]
    ) -> None:
        api = client.api
        self._response = api._get(
            api._url("/containers/{0}/logs", container_id), params=params, stream=True
        )
        api._raise_for_status(self._response)
        self.problem: str | None = None
        self.bytes = 0
        self.lines = 0

    def chunks(self, tty: bool) -> Iterator[bytes]:
        try:
            body = self._response.iter_content(READ_BLOCK)
            for chunk in body if tty else demultiplex(body):
                self.bytes += len(chunk)
                self.lines += chunk.count(b"\n")
                yield chunk
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            self.problem = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        except OSError as exc:
            self.problem = f"{type(exc).__name__}: {exc}"

    def close(self) -> None:
        self._response.close()
