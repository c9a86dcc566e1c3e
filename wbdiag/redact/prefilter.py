"""Which lines of a block can hold a secret at all: one pass over many lines at once for every
detector hint (case-insensitive) and every known secret (exact). Most log lines hold none and
leave the redactor untouched.

With the `hyperscan` package (the `fast` extra) one scan of the whole block finds every hit;
otherwise Python's `re` searches the block for one combined alternation, skipping to the next
line after each hit. Both give the same set of lines (tests/redact/test_prefilter.py).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from types import ModuleType
from typing import Any

_hs: ModuleType | None
try:  # the fast engine is optional
    import hyperscan as _hs
except ImportError:  # pragma: no cover - exercised where the extra is not installed
    _hs = None

ENV_ENGINE = "WBDIAG_REDACT_PREFILTER"  # "re" forces the pure-Python path (tests, bench)


def _engine() -> str:
    forced = os.environ.get(ENV_ENGINE, "")
    if forced == "re" or _hs is None:
        return "re"
    return "hyperscan"


class Prefilter:
    def __init__(self, hints: Sequence[str], exact: Sequence[str] = ()) -> None:
        self.hints = sorted(set(hints))
        self.exact = sorted(set(exact), key=len, reverse=True)
        self.engine = _engine()
        self._db: Any = None
        self._local = threading.local()  # Hyperscan scratch space is per thread
        if self.engine == "hyperscan" and _hs is not None:
            exprs = [re.escape(h).encode() for h in self.hints]
            exprs += [re.escape(e).encode("utf-8") for e in self.exact]
            flags = [_hs.HS_FLAG_CASELESS] * len(self.hints) + [0] * len(self.exact)
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            db.compile(expressions=exprs, ids=list(range(len(exprs))), flags=flags)
            self._db = db
        parts = [re.escape(h) for h in self.hints]
        self._hint_rx = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        self._exact_rx = (
            re.compile("|".join(re.escape(e) for e in self.exact)) if self.exact else None
        )

    def lines(self, lines: Sequence[str]) -> set[int]:
        """Indexes of the lines that hold a hint or a known secret."""
        if not lines:
            return set()
        if self._db is not None:
            return self._lines_hs(lines)
        text = "\n".join(lines)
        found: set[int] = set()
        for rx in (self._hint_rx, self._exact_rx):
            if rx is None:
                continue
            pos = 0
            index = 0
            counted = 0
            while True:
                m = rx.search(text, pos)
                if m is None:
                    break
                index += text.count("\n", counted, m.start())
                counted = m.start()
                found.add(index)
                nl = text.find("\n", m.start())
                if nl < 0:
                    break
                pos = nl + 1
        return found

    def _lines_hs(self, lines: Sequence[str]) -> set[int]:
        data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
        ends: list[int] = []

        def on_match(_id: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            ends.append(end)

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            assert _hs is not None
            scratch = self._local.scratch = _hs.Scratch(self._db)
        self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        found: set[int] = set()
        index = 0
        counted = 0
        for end in sorted(ends):
            pos = end - 1
            index += data.count(b"\n", counted, pos)
            counted = pos
            found.add(index)
        return found
