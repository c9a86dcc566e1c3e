"""Which lines of a block can hold a secret at all, and which detectors to run on them: one
pass over many lines at once for every detector's hints and every known secret. Most log lines
hold none and leave the redactor untouched.

With the `hyperscan` package (the `fast` extra) one scan of the whole block runs every
detector's narrow hint patterns (regular expressions, case-insensitive) and the known secrets
(exact), and says which detectors each line needs. Otherwise Python's `re` searches the block
for the detectors' literal hints (broader: a superset of the lines) and the known secrets,
skipping to the next line after each hit; the redactor then checks each detector's hints on the
line. Both give every line a detector could find something in (tests/redact/test_prefilter.py).
"""

from __future__ import annotations

import functools
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
EXACT = -1  # the group id of known secrets in `Prefilter.lines`

# (literal hints, hint patterns) of one detector
Group = tuple[Sequence[str], Sequence[str]]


def _engine() -> str:
    forced = os.environ.get(ENV_ENGINE, "")
    if forced == "re" or _hs is None:
        return "re"
    return "hyperscan"


_COMPILE_LOCK = threading.Lock()  # a caller that needs a database waits for the warm-up's compile


def _pattern_db(exprs: tuple[bytes, ...]) -> Any:
    with _COMPILE_LOCK:
        return _compiled_db(exprs)


@functools.lru_cache(maxsize=8)
def _compiled_db(exprs: tuple[bytes, ...]) -> Any:
    """Hint patterns compile once per process (seconds for the redactor's); known secrets,
    which change during a run, go to a second, literal database that compiles in milliseconds."""
    assert _hs is not None
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    flag = _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_MULTILINE
    db.compile(expressions=list(exprs), ids=list(range(len(exprs))), flags=[flag] * len(exprs))
    return db


def expressions(groups: Sequence[Group]) -> tuple[list[bytes], list[int]]:
    """The hint database's expressions and, for each, its group: a group's hint patterns, or
    its literal hints escaped when it has no pattern."""
    exprs: list[bytes] = []
    ids: list[int] = []
    for gid, (literals, patterns) in enumerate(groups):
        for rx in patterns or [re.escape(h) for h in literals]:
            exprs.append(rx.encode())
            ids.append(gid)
    return exprs, ids


def compile_ahead(groups: Sequence[Group]) -> threading.Thread | None:
    """Compile the hint database of `groups` on a thread, so the first block of a collect does
    not wait for it (about 0.2 s for the redactor's; Hyperscan releases the GIL while the
    collectors start). A Prefilter built meanwhile waits for this compile instead of repeating
    it. None: nothing to compile (no Hyperscan, or no pattern)."""
    if _engine() != "hyperscan":
        return None
    exprs, _ = expressions(groups)
    if not exprs:
        return None
    thread = threading.Thread(
        target=_pattern_db, args=(tuple(exprs),), name="compile redaction hints", daemon=True
    )
    thread.start()
    return thread


def literal_trie(words: Sequence[str]) -> str:
    """One pattern matching wherever any of `words` starts, as a prefix tree: Python's `re`
    tries the alternatives of a flat `a|b|c` one by one at every position, but the branches of
    a tree only where their first characters agree (about four times faster on a log with the
    redactor's 130 hints). A word that another extends is enough on its own."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a word ends here: what follows in longer words changes nothing
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root) if root else ""


def _both_cases(word: str) -> str:
    return "".join(
        f"[{re.escape(c.lower())}{re.escape(c.upper())}]"
        if c.lower() != c.upper()
        else re.escape(c)
        for c in word
    )


class Prefilter:
    def __init__(self, groups: Sequence[Group], exact: Sequence[str] = ()) -> None:
        self.exact = sorted(set(exact), key=len, reverse=True)
        self.engine = _engine()
        self._dbs: list[tuple[Any, list[int]]] = []  # (database, expression id -> group)
        self._local = threading.local()  # Hyperscan scratch space is per thread and database
        if self.engine == "hyperscan" and _hs is not None:
            exprs, ids = expressions(groups)
            if exprs:
                self._dbs.append((_pattern_db(tuple(exprs)), ids))
            if self.exact:
                db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
                literal = [re.escape(e).encode("utf-8") for e in self.exact]
                db.compile(
                    expressions=literal, ids=list(range(len(literal))), flags=[0] * len(literal)
                )
                self._dbs.append((db, [EXACT] * len(literal)))
        hints = sorted({h.lower() for literals, _ in groups for h in literals})
        narrow = [h for h in hints if h[:1].isascii()]
        wide = [h for h in hints if not h[:1].isascii()]
        self._hint_rx = re.compile(literal_trie(narrow), re.IGNORECASE) if narrow else None
        # Hints that start with a non-ASCII letter (пароль, 密码) in a pattern of their own: in
        # the tree under IGNORECASE they would make `re` fold the case of every character of the
        # block (about 40% slower); case is spelled out instead, and an ASCII block skips them.
        self._wide_rx = re.compile("|".join(_both_cases(h) for h in wide)) if wide else None
        self._exact_rx = (
            re.compile("|".join(re.escape(e) for e in self.exact)) if self.exact else None
        )

    def lines(self, lines: Sequence[str]) -> dict[int, set[int] | None]:
        """For each line that can hold a secret: the groups (detector indexes, EXACT for a
        known secret) that matched it, or None when the engine cannot tell (check them all)."""
        if not lines:
            return {}
        if self.engine == "hyperscan":
            return self._lines_hs(lines)
        text = "\n".join(lines)
        found: dict[int, set[int] | None] = {}
        wide = self._wide_rx if self._wide_rx is not None and not text.isascii() else None
        for rx in (self._hint_rx, wide, self._exact_rx):
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
                found[index] = None
                nl = text.find("\n", m.start())
                if nl < 0:
                    break
                pos = nl + 1
        return found

    def _lines_hs(self, lines: Sequence[str]) -> dict[int, set[int] | None]:
        data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
        hits: list[tuple[int, int]] = []
        for n, (db, ids) in enumerate(self._dbs):

            def on_match(
                expr: int, _start: int, end: int, _flags: int, _ctx: object, ids: list[int] = ids
            ) -> None:
                hits.append((end, ids[expr]))

            scratches = getattr(self._local, "scratch", None)
            if scratches is None:
                scratches = self._local.scratch = {}
            scratch = scratches.get(n)
            if scratch is None:
                assert _hs is not None
                scratch = scratches[n] = _hs.Scratch(db)
            db.scan(data, match_event_handler=on_match, scratch=scratch)
        found: dict[int, set[int] | None] = {}
        index = 0
        counted = 0
        for end, group in sorted(hits):
            pos = max(end - 1, counted)
            index += data.count(b"\n", counted, pos)
            counted = pos
            groups = found.get(index)
            if groups is None:
                found[index] = {group}
            else:
                groups.add(group)
        return found
