"""The Hyperscan engine of the redaction prefilter (prefilter.py), when the `fast` extra is
installed: a database's compile (or the shipped one, hsdb.py) and its hash in the self-check's record (hsstamp.key), the scan
of a block and the lines its matches end on, and the literal fallback for the patterns a database
misses (their required literals, hsexamples.anchors).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from wbdiag import hsdb, hsstamp
from wbdiag.hsexamples import anchors, line_start
from wbdiag.redact.prefilterre import _re_form

_hs: ModuleType | None
try:  # the fast engine is optional
    import hyperscan as _hs
except ImportError:  # pragma: no cover - exercised where the extra is not installed
    _hs = None

# pattern -> the first characters and the literals (lower case) it starts a line with
Leads = dict[int, tuple[frozenset[str], tuple[str, ...]]]

# the hint databases' flags: every pattern case-insensitive, `^` and `$` at each line
HINT_FLAGS = (_hs.HS_FLAG_CASELESS | _hs.HS_FLAG_MULTILINE) if _hs is not None else 0


def _keyed_db(exprs: tuple[bytes, ...]) -> tuple[Any, str]:
    """The database of `exprs` (the package's compiled one when it ships it, hsdb.py) and the
    hash its self-check is recorded under (hsstamp.key). (A group's patterns must come in one
    order in every process for the records to hold in each: a detector's patterns built from a
    set are sorted.)"""
    assert _hs is not None
    db = hsdb.compiled(_hs, exprs, [HINT_FLAGS] * len(exprs))
    return db, hsstamp.key(exprs, HINT_FLAGS, db.info())


def _fallback(
    exprs: tuple[bytes, ...], missed: set[int]
) -> tuple[Any, list[int], dict[int, tuple[frozenset[str], ...]], Leads, list[int]]:
    """For the patterns `missed`: the pure-literal database of their rarest required literals,
    which pattern each literal stands for, their other required sets, the literals those that
    match only at a line's start start with there (hsexamples.line_start), and the missed
    patterns with no required literal."""
    assert _hs is not None
    literal_ids: list[int] = []
    literals: list[bytes] = []
    also: dict[int, tuple[frozenset[str], ...]] = {}
    leads: Leads = {}
    everywhere: list[int] = []
    for k in sorted(missed):
        pattern = _re_form(exprs[k]).pattern
        required = anchors(pattern)
        if not required:
            everywhere.append(k)
            continue
        lead = line_start(pattern)
        if lead is not None:
            leads[k] = frozenset(w[0] for w in lead), lead
        # (a set every literal of the first holds a word of is held wherever one is found:
        # `user:` holds `user`; not tested again on each line the literal picks)
        also[k] = tuple(s for s in required[1:] if not _implied(s, required[0]))
        literals += [re.escape(w).encode("utf-8") for w in sorted(required[0])]
        literal_ids += [k] * len(required[0])
    literal_db = None
    if literals:
        literal_db = _compile(literals, list(range(len(literals))), _hs.HS_FLAG_CASELESS)
    return literal_db, literal_ids, also, leads, everywhere


def _implied(words: frozenset[str], literals: frozenset[str]) -> bool:
    """Whether each of `literals` holds one of `words` (compared without case)."""
    lowered = [w.lower() for w in words]
    return all(any(w in lit.lower() for w in lowered) for lit in literals)


def _by_literals(
    lines: Sequence[str],
    data: bytes,
    db: Any,
    scratch: Any,
    literal_ids: Sequence[int],
    also: dict[int, tuple[frozenset[str], ...]],
    leads: Leads,
) -> dict[int, set[int]]:
    """For each line (of `data`, their UTF-8), the patterns it holds one literal of each
    required set of, and, for a pattern in `leads`, starts with one of its literals after its
    spaces and tabs (compared on ASCII lines only, where lowering is what Hyperscan's caseless
    matching does: a `local:` inside a Go log line picks no line-start pattern)."""
    out: dict[int, set[int]] = {}
    tested = {k for k, sets in also.items() if sets} | leads.keys()
    for index, ks in _by_line(data, _scan(db, scratch, data, literal_ids)).items():
        assert ks is not None
        if ks.isdisjoint(tested):
            out[index] = ks
            continue
        line = lines[index]
        lowered = line.lower()
        if line.isascii():
            start = lowered.lstrip(" \t")
            # (the first character first: a tuple of literals is compared one by one)
            ks = {
                k
                for k in ks
                if k not in leads or (start[:1] in leads[k][0] and start.startswith(leads[k][1]))
            }
        whole = {k for k in ks if all(any(w in lowered for w in ws) for ws in also[k])}
        if whole:
            out[index] = whole
    return out


def _compile(exprs: Sequence[bytes], ids: Sequence[int], flag: int) -> Any:
    assert _hs is not None
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(expressions=list(exprs), ids=list(ids), flags=[flag] * len(exprs))
    return db


def _scan(db: Any, scratch: Any, data: bytes, ids: Sequence[int]) -> list[tuple[int, int]]:
    """(end offset, group) of every match of `db` in `data`; `ids` maps expression to group."""
    hits: list[tuple[int, int]] = []

    def on_match(expr: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
        hits.append((end, ids[expr]))

    db.scan(data, match_event_handler=on_match, scratch=scratch)
    return hits


def _by_line(data: bytes, hits: list[tuple[int, int]]) -> dict[int, set[int] | None]:
    """The groups each line of `data` matched, from matches' end offsets."""
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
