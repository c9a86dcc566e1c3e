"""Which lines of a block can hold a secret at all, and which detectors to run on them: one
pass over many lines at once for every detector's hints and every known secret. Most log lines
hold none and leave the redactor untouched.

With the `hyperscan` package (the `fast` extra) one scan of the whole block runs every
detector's narrow hint patterns (regular expressions, case-insensitive) and the known secrets
(exact), and says which detectors each line needs; the database checked itself when it
compiled, and the patterns it missed then are also found by their required literals
(`_compiled_db`). Otherwise Python's `re` searches the block
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
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from wbdiag import hsstamp
from wbdiag.hsexamples import anchors, examples
from wbdiag.hsselfcheck import block, unreported

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


@dataclass(frozen=True)
class Built:
    """What the hint patterns compiled into: the Hyperscan database of them all (with the
    indexes of the patterns it holds); for the patterns it missed on lines made from them, a
    pure-literal database of the first (rarest) of their sets of required literals, and the
    other sets, which a line it picks must hold too (substring tests: linear, as the scan is);
    and the patterns with no required literal, handed every line."""

    dbs: tuple[tuple[Any, tuple[int, ...]], ...]
    literal_db: Any  # None: no such pattern
    literal_ids: tuple[int, ...]  # literal expression -> pattern
    also: dict[int, tuple[frozenset[str], ...]]  # pattern -> its other sets
    everywhere: tuple[int, ...]


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
    literal_db, literal_ids, also, everywhere = _fallback(exprs, missed)
    everywhere += sorted(unfound - set(everywhere))
    # kept whole: what it reports of the patterns it misses is still right
    dbs = ((db, tuple(range(len(exprs)))),)
    return Built(dbs, literal_db, tuple(literal_ids), also, tuple(sorted(everywhere)))


def _keyed_db(exprs: tuple[bytes, ...]) -> tuple[Any, str]:
    """The database of `exprs` and the hash its self-check is recorded under (hsstamp.key).
    (A group's patterns must come in one order in every process for the record to hold in
    each: a detector's patterns built from a set are sorted.)"""
    assert _hs is not None
    flags = _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_MULTILINE
    db = _compile(exprs, range(len(exprs)), flags)
    return db, hsstamp.key(exprs, flags, db.info())


def _fallback(
    exprs: tuple[bytes, ...], missed: set[int]
) -> tuple[Any, list[int], dict[int, tuple[frozenset[str], ...]], list[int]]:
    """For the patterns `missed`: the pure-literal database of their rarest required literals,
    which pattern each literal stands for, their other required sets, and the missed patterns
    with no required literal."""
    assert _hs is not None
    literal_ids: list[int] = []
    literals: list[bytes] = []
    also: dict[int, tuple[frozenset[str], ...]] = {}
    everywhere: list[int] = []
    for k in sorted(missed):
        required = anchors(_re_form(exprs[k]).pattern)
        if not required:
            everywhere.append(k)
            continue
        also[k] = tuple(required[1:])
        literals += [re.escape(w).encode("utf-8") for w in sorted(required[0])]
        literal_ids += [k] * len(required[0])
    literal_db = None
    if literals:
        literal_db = _compile(literals, list(range(len(literals))), _hs.HS_FLAG_CASELESS)
    return literal_db, literal_ids, also, everywhere


def _checked(exprs: tuple[bytes, ...], db: Any) -> hsstamp.Result:
    """The self-check: `db` scans lines made from each of its patterns (hsexamples.examples):
    the engine (Hyperscan 5.4) has missed matches of a pattern alone in its database, and of
    another only beside three others. Of the patterns it misses, the literal fallback is
    checked on the same lines."""
    assert _hs is not None
    cases = {k: examples(_re_form(exprs[k]).pattern) for k in range(len(exprs))}
    checked = [(line, k) for k in range(len(exprs)) for line in cases[k]]
    missed = {checked[n][1] for n in unreported(db, checked)}
    literal_db, literal_ids, also, _ = _fallback(exprs, missed)
    unfound: set[int] = set()
    if literal_db is not None:
        lines = [line for k in also for line in cases[k]]
        data = block([line.encode("utf-8", errors="surrogatepass") for line in lines])
        scratch = _hs.Scratch(literal_db)
        picked = _by_literals(lines, data, literal_db, scratch, literal_ids, also)
        ks = [k for k in also for _ in cases[k]]
        # never seen: the literal matcher is the engine's simplest
        unfound = {k for i, k in enumerate(ks) if k not in picked.get(i, ())}
    return tuple(sorted(missed)), tuple(sorted(unfound))


def self_check(exprs: tuple[bytes, ...]) -> tuple[str, hsstamp.Result]:
    """The full self-check of the database of `exprs`, with the hash it is recorded under
    (hsstamp.py's developer command)."""
    db, digest = _keyed_db(exprs)
    return digest, _checked(exprs, db)


def _by_literals(
    lines: Sequence[str],
    data: bytes,
    db: Any,
    scratch: Any,
    literal_ids: Sequence[int],
    also: dict[int, tuple[frozenset[str], ...]],
) -> dict[int, set[int]]:
    """For each line (of `data`, their UTF-8), the patterns it holds one literal of each
    required set of."""
    out: dict[int, set[int]] = {}
    for index, ks in _by_line(data, _scan(db, scratch, data, list(literal_ids))).items():
        lowered = lines[index].lower()
        whole = {k for k in ks or () if all(any(w in lowered for w in ws) for ws in also[k])}
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
    # (a hint lower-cased from a Turkish capital İ holds `i` and a combining dot, as str.lower
    # spells it: it matches the İ it came from, which a line holds)
    return "(?:İ|i\u0307)".join(
        "".join(
            f"[{re.escape(c.lower())}{re.escape(c.upper())}]"
            if c.lower() != c.upper()
            else re.escape(c)
            for c in part
        )
        for part in word.split("i\u0307")
    )


@functools.lru_cache(maxsize=8)
def _hint_patterns(hints: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The `re` patterns of lower-cased literal hints, built once per hint set: a Redactor (one
    per file collected) builds a Prefilter, and the prefix tree of the redactor's hints takes
    longer to spell than the file it scans when the file is small."""
    narrow = [h for h in hints if h[:1].isascii()]
    wide = [h for h in hints if not h[:1].isascii()]
    hint_rx = re.compile(literal_trie(narrow), re.IGNORECASE) if narrow else None
    # Hints that start with a non-ASCII letter (пароль, 密码) in a pattern of their own: in the
    # tree under IGNORECASE they would make `re` fold the case of every character of the block
    # (about 40% slower); case is spelled out instead, and an ASCII block skips them.
    wide_rx = re.compile("|".join(_both_cases(h) for h in wide)) if wide else None
    return hint_rx, wide_rx


# Past this many characters a line's detectors are chosen by literal hints alone: `re`, unlike
# Hyperscan, tries a pattern at every position, each try up to its bounded repeats.
_PATTERN_LINE = 4096


@dataclass(frozen=True)
class _Plan:
    """What a Prefilter derives from its groups alone, built once per group set: a Redactor
    (one per file collected, one per record of a corpus) builds a Prefilter, and spelling these
    out for the redactor's 140-odd detectors took longer than scanning a small file."""

    exprs: tuple[bytes, ...]
    ids: tuple[int, ...]  # pattern index -> group
    by_group: tuple[tuple[int, ...], ...]  # group -> its pattern indexes
    # a group's patterns hold one of its literal hints: a line without them skips its patterns
    # (one substring test per hint and line, not one per group)
    hint_groups: tuple[tuple[str, tuple[int, ...]], ...]
    unhinted: tuple[int, ...]
    hint_rx: re.Pattern[str] | None
    wide_rx: re.Pattern[str] | None
    # the `re` forms, compiled lazily (Hyperscan needs them only for the few patterns its
    # database misses) and shared by every Prefilter of the plan
    rx: dict[int, re.Pattern[str]]


@functools.lru_cache(maxsize=8)
def _plan(groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> _Plan:
    exprs, ids = expressions(groups)
    by_group: list[list[int]] = [[] for _ in groups]
    for k, gid in enumerate(ids):
        by_group[gid].append(k)
    hint_groups: dict[str, list[int]] = {}
    for gid, (lits, _) in enumerate(groups):
        for h in {h.lower() for h in lits}:
            hint_groups.setdefault(h, []).append(gid)
    hints = tuple(sorted({h.lower() for literals, _ in groups for h in literals}))
    hint_rx, wide_rx = _hint_patterns(hints)
    return _Plan(
        exprs=tuple(exprs),
        ids=tuple(ids),
        by_group=tuple(tuple(ks) for ks in by_group),
        hint_groups=tuple((h, tuple(gids)) for h, gids in hint_groups.items()),
        unhinted=tuple(gid for gid, (lits, _) in enumerate(groups) if not lits),
        hint_rx=hint_rx,
        wide_rx=wide_rx,
        rx={},
    )


# the last groups planned, by identity: the redactor hands the same tuple to every Prefilter, and
# a tuple of 140-odd tuples hashes afresh at each lookup
_LAST: list[tuple[Sequence[Group], _Plan]] = []


def _plan_of(groups: Sequence[Group]) -> _Plan:
    last = _LAST[-1] if _LAST else None
    if last is not None and last[0] is groups:
        return last[1]
    plan = _plan(tuple((tuple(lits), tuple(pats)) for lits, pats in groups))
    _LAST[:] = [(groups, plan)]  # (holding `groups` keeps its identity from being reused)
    return plan


class Prefilter:
    def __init__(
        self, groups: Sequence[Group], exact: Sequence[str] = (), by_pattern: bool = False
    ) -> None:
        """`by_pattern`: each engine names, for every line, exactly the groups one of whose hint
        patterns matches it (as `re` reads the pattern), so that the detectors run on a line do
        not depend on the engine; otherwise `re` leaves the choice to the caller (None)."""
        self.exact = sorted(set(exact), key=len, reverse=True)
        self.engine = _engine()
        self.by_pattern = by_pattern
        plan = self._plan = _plan_of(groups)
        self._dbs: list[tuple[Any, Sequence[int]]] = []  # (database, expression id -> group)
        self._local = threading.local()  # Hyperscan scratch space is per thread and database
        self._built: Built | None = None
        if self.engine == "hyperscan" and _hs is not None:
            if plan.exprs:
                self._built = built = _pattern_db(plan.exprs)
                self._dbs += [(db, plan.ids) for db, _ in built.dbs]
            if self.exact:
                db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
                literal = [re.escape(e).encode("utf-8") for e in self.exact]
                db.compile(
                    expressions=literal, ids=list(range(len(literal))), flags=[0] * len(literal)
                )
                self._dbs.append((db, [EXACT] * len(literal)))
        self._exact_rx = (
            re.compile("|".join(re.escape(e) for e in self.exact)) if self.exact else None
        )

    def lines(self, lines: Sequence[str]) -> dict[int, set[int] | None]:
        """For each line that can hold a secret: the groups (detector indexes, EXACT for a
        known secret) that matched it, or None when the engine cannot tell (check them all)."""
        if not lines:
            return {}
        text = "\n".join(lines)
        if text.count("\n") != len(lines) - 1:
            return self._logical(lines)
        if self.engine == "hyperscan":
            return self._lines_hs(lines, text)
        found: dict[int, set[int] | None] = {}
        wide = self._plan.wide_rx if self._plan.wide_rx is not None and not text.isascii() else None
        for rx in (self._plan.hint_rx, wide):
            if rx is not None:
                found.update(dict.fromkeys(matching_lines(rx, text)))
        if self.by_pattern:
            found = self._matched(lines, found)
        if self._exact_rx is not None:
            for index in matching_lines(self._exact_rx, text):
                groups = found.setdefault(index, set() if self.by_pattern else None)
                if groups is not None:
                    groups.add(EXACT)
        return found

    def _logical(self, lines: Sequence[str]) -> dict[int, set[int] | None]:
        """`lines` of which some hold a newline (`…\r\n` as read): scanned as the lines they
        make, each finding given to the line it came from (the scans count newlines)."""
        owner: list[int] = []
        for index, line in enumerate(lines):
            owner += [index] * (line.count("\n") + 1)
        out: dict[int, set[int] | None] = {}
        for part, groups in self.lines("\n".join(lines).split("\n")).items():
            index = owner[part]
            if groups is None:
                out[index] = None
                continue
            have = out.setdefault(index, set())
            if have is not None:
                have.update(groups)
        return out

    def _pattern(self, k: int) -> re.Pattern[str]:
        rx = self._plan.rx.get(k)
        if rx is None:
            rx = self._plan.rx[k] = _re_form(self._plan.exprs[k])
        return rx

    def _matched(
        self, lines: Sequence[str], found: dict[int, set[int] | None]
    ) -> dict[int, set[int] | None]:
        """Of the lines the literal hints picked, the groups whose patterns match each (what
        Hyperscan reports); a line none matches is dropped, as Hyperscan never reports it."""
        out: dict[int, set[int] | None] = {}
        by_group = self._plan.by_group
        for index in found:
            line = lines[index]
            if len(line) > _PATTERN_LINE:
                out[index] = None  # `re` searches are not linear in a line: the caller picks
                continue
            lowered = line.lower()
            hinted = set(self._plan.unhinted)
            for h, gids in self._plan.hint_groups:
                if h in lowered:
                    hinted.update(gids)
            groups = {
                gid for gid in hinted if any(self._pattern(k).search(line) for k in by_group[gid])
            }
            if groups:
                out[index] = groups
        return out

    def _lines_hs(self, lines: Sequence[str], text: str) -> dict[int, set[int] | None]:
        data = text.encode("utf-8", errors="surrogatepass")
        hits: list[tuple[int, int]] = []
        for n, (db, ids) in enumerate(self._dbs):
            scratches = getattr(self._local, "scratch", None)
            if scratches is None:
                scratches = self._local.scratch = {}
            scratch = scratches.get(n)
            if scratch is None:
                assert _hs is not None
                scratch = scratches[n] = _hs.Scratch(db)
            hits += _scan(db, scratch, data, ids)
        found = _by_line(data, hits)
        if self._built is not None:
            self._unreliable(lines, data, found)
        return found

    def _unreliable(
        self, lines: Sequence[str], data: bytes, found: dict[int, set[int] | None]
    ) -> None:
        """The patterns no database finds reliably: by their required literals, or everywhere."""
        built = self._built
        assert built is not None
        picked: dict[int, set[int]] = {}
        if built.everywhere:
            picked = {index: set(built.everywhere) for index in range(len(lines))}
        if built.literal_db is not None:
            assert _hs is not None
            scratch = getattr(self._local, "literal_scratch", None)
            if scratch is None:
                scratch = self._local.literal_scratch = _hs.Scratch(built.literal_db)
            for index, ks in _by_literals(
                lines, data, built.literal_db, scratch, built.literal_ids, built.also
            ).items():
                picked.setdefault(index, set()).update(ks)
        for index, ks in picked.items():
            # the literals are a superset: the pattern itself decides, but not on a long line,
            # where `re` is not linear (as on the re path)
            if self.by_pattern and len(lines[index]) <= _PATTERN_LINE:
                ks = {k for k in ks if self._pattern(k).search(lines[index])}
                if not ks:
                    continue
            groups = found.setdefault(index, set())
            assert groups is not None
            groups.update(self._plan.ids[k] for k in ks)


def _re_form(expr: bytes) -> re.Pattern[str]:
    """A hint pattern as `re` reads it: Hyperscan's end of text `\\z` is a line's end here, and
    `\\s`, `\\w` and case are ASCII's, as Hyperscan reads bytes (a no-break space is no `\\s`)."""
    text = re.sub(rb"(?:\\x[89a-f][0-9a-f])+", _utf8_escape, expr).decode()
    return re.compile(text.replace("\\z", "$"), re.IGNORECASE | re.MULTILINE | re.ASCII)


def _utf8_escape(m: re.Match[bytes]) -> bytes:
    """`\\xc2\\xa0` (a byte pattern's UTF-8 bytes) as the character they encode."""
    raw = bytes.fromhex(m.group(0).decode().replace("\\x", ""))
    return re.escape(raw.decode("utf-8", errors="replace")).encode()


def matching_lines(rx: re.Pattern[str], text: str) -> list[int]:
    """Indexes of the lines of `text` that `rx` matches in."""
    out: list[int] = []
    pos = 0
    index = 0
    counted = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return out
        index += text.count("\n", counted, m.start())
        counted = m.start()
        out.append(index)
        nl = text.find("\n", m.start())
        if nl < 0:
            return out
        pos = nl + 1


_HOLDING = threading.local()  # Hyperscan scratch space per thread, for `lines_holding`'s databases


@functools.lru_cache(maxsize=8)
def _words_db(words: tuple[str, ...]) -> Any:
    return _compile([re.escape(w).encode("utf-8") for w in words], range(len(words)), 0)


def lines_holding(text: str, words: Sequence[str]) -> list[int]:
    """Indexes of the lines of `text` that hold one of `words` (exact, case-sensitive), in
    order. With Hyperscan one scan of the block's UTF-8 for them all (a few times faster than
    `str.find` over a log's text, where the words' letters are frequent); otherwise `str.find`
    skips to each, where `re` would try an alternation of words without a common first
    character at every position."""
    if words and _engine() == "hyperscan":
        key = tuple(words)
        db = _words_db(key)
        scratches = getattr(_HOLDING, "scratch", None)
        if scratches is None:
            scratches = _HOLDING.scratch = {}
        scratch = scratches.get(key)
        if scratch is None:
            assert _hs is not None
            scratch = scratches[key] = _hs.Scratch(db)
        data = text.encode("utf-8", errors="surrogatepass")
        return sorted(_by_line(data, _scan(db, scratch, data, [0] * len(words))))
    found: set[int] = set()
    for word in words:
        index = 0
        counted = 0
        pos = text.find(word)
        while pos >= 0:
            index += text.count("\n", counted, pos)
            counted = pos
            found.add(index)
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = text.find(word, nl + 1)
    return sorted(found)
