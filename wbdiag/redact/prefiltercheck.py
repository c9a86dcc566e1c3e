"""The redaction prefilter's hint database as a process uses it (prefilter.py): compiled once
per pattern set, checked at compile time on lines made from its patterns (hsexamples.examples,
scanned by hsselfcheck) or, while hsstamp.py has that check recorded for this database and
build, given the recorded answer; the patterns it misses are looked for by their required
literals (prefilterhs._fallback).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from wbdiag import hsstamp
from wbdiag.hsexamples import examples
from wbdiag.hsselfcheck import block, unreported
from wbdiag.redact.prefilterhs import Leads, _by_literals, _fallback, _hs, _keyed_db
from wbdiag.redact.prefilterre import _re_form


@dataclass(frozen=True)
class Built:
    """What the hint patterns compiled into: the Hyperscan database of them all (with the
    indexes of the patterns it holds); for the patterns it missed on lines made from them, a
    pure-literal database of the first (rarest) of their sets of required literals, and the
    other sets, which a line it picks must hold too (substring tests: linear, as the scan is),
    and the literals a line-start pattern's line starts with; and the patterns with no
    required literal, handed every line."""

    dbs: tuple[tuple[Any, tuple[int, ...]], ...]
    literal_db: Any  # None: no such pattern
    literal_ids: tuple[int, ...]  # literal expression -> pattern
    also: dict[int, tuple[frozenset[str], ...]]  # pattern -> its other sets
    leads: Leads  # pattern -> the literals a line it matches starts with
    everywhere: tuple[int, ...]


# a caller that needs a database waits for the warm-up's compile of the same patterns
_COMPILE_LOCK = threading.Lock()
_COMPILING: dict[tuple[bytes, ...], threading.Lock] = {}
# databases compiled by another process of this collect (prefiltershare.py), by their patterns
ADOPTED: dict[tuple[bytes, ...], Built] = {}


def _pattern_db(exprs: tuple[bytes, ...]) -> Built:
    adopted = ADOPTED.get(exprs)
    if adopted is not None:
        return adopted
    with _COMPILE_LOCK:
        lock = _COMPILING.setdefault(exprs, threading.Lock())
    with lock:  # (another pattern set's compile goes on beside: Hyperscan releases the GIL)
        return _compiled_db(exprs)


@functools.lru_cache(maxsize=8)
def _compiled_db(exprs: tuple[bytes, ...]) -> Built:
    """Hint patterns compile once per process (seconds for the redactor's); known secrets,
    which change during a run, go to a second, literal database that compiles in milliseconds.

    The database's self-check (`_checked`) tells the patterns it misses; while hsstamp.py has
    it recorded for this database and build, that answer is used instead. A pattern missed is
    also looked for by the literals every match of it holds (hsexamples.anchors), in a
    pure-literal database (the engine's simplest matcher); a pattern without such literals, or
    that this database misses too, is handed every line."""
    assert _hs is not None
    db, digest = _keyed_db(exprs)
    result = hsstamp.recorded(digest)
    if result is None:
        result = _checked(exprs, db)
    missed, unfound = set(result[0]), set(result[1])
    literal_db, literal_ids, also, leads, everywhere = _fallback(exprs, missed)
    everywhere += sorted(unfound - set(everywhere))
    # kept whole: what it reports of the patterns it misses is still right
    dbs = ((db, tuple(range(len(exprs)))),)
    return Built(dbs, literal_db, tuple(literal_ids), also, leads, tuple(sorted(everywhere)))


def _checked(exprs: tuple[bytes, ...], db: Any) -> hsstamp.Result:
    """The self-check: `db` scans lines made from each of its patterns (hsexamples.examples):
    the engine (Hyperscan 5.4) has missed matches of a pattern alone in its database, and of
    another only beside three others. Of the patterns it misses, the literal fallback is
    checked on the same lines."""
    assert _hs is not None
    cases = {k: examples(_re_form(exprs[k]).pattern) for k in range(len(exprs))}
    checked = [(line, k) for k in range(len(exprs)) for line in cases[k]]
    missed = {checked[n][1] for n in unreported(db, checked)}
    literal_db, literal_ids, also, leads, _ = _fallback(exprs, missed)
    unfound: set[int] = set()
    if literal_db is not None:
        lines = [line for k in also for line in cases[k]]
        data = block([line.encode("utf-8", errors="surrogatepass") for line in lines])
        scratch = _hs.Scratch(literal_db)
        picked = _by_literals(lines, data, literal_db, scratch, literal_ids, also, leads)
        ks = [k for k in also for _ in cases[k]]
        # never seen: the literal matcher is the engine's simplest
        unfound = {k for i, k in enumerate(ks) if k not in picked.get(i, ())}
    return tuple(sorted(missed)), tuple(sorted(unfound))


def self_check(exprs: tuple[bytes, ...]) -> tuple[str, hsstamp.Result]:
    """The full self-check of the database of `exprs`, with the hash it is recorded under
    (hsstamp.py's developer command)."""
    db, digest = _keyed_db(exprs)
    return digest, _checked(exprs, db)
