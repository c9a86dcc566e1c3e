"""The leak gate as the bundle writer runs it during `collect`: one `Gate` that searches for
every secret the redactor knows at the time, rebuilt when the redactor learns more, and built
only at the first block (its hint database compiles ahead meanwhile: `gate.warm_up`)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

from wbdiag.redact.gate import Gate


class KnowsSecrets(Protocol):
    def known_count(self) -> int: ...

    def known_values(self) -> dict[str, str]: ...


class LiveGate:
    """The gate as the bundle writer runs it during `collect`: it searches for every secret the
    redactor knows at the time (rebuilt when the redactor learns more)."""

    def __init__(self, source: KnowsSecrets) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._count = -1
        self._gate: Gate | None = None  # built at the first block: its database compiles ahead

    def _current(self) -> Gate:
        with self._lock:
            count = self._source.known_count()
            if count != self._count or self._gate is None:
                self._gate = Gate(self._source.known_values())
                self._count = count
            return self._gate

    def block(self, lines: list[str], text: str | None = None) -> Iterator[tuple[int, str]]:
        for leak in self._current()._block("", lines, 0, text):
            yield leak.line, leak.kind
