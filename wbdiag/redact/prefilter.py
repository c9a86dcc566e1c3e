"""Which lines of a block can hold a secret at all, and which detectors to run on them: one
pass over many lines at once for every detector's hints and every known secret. Most log lines
hold none and leave the redactor untouched.

With the `hyperscan` package (the `fast` extra) one scan of the whole block runs every
detector's narrow hint patterns (regular expressions, case-insensitive) and the known secrets
(exact), and says which detectors each line needs; the database checked itself when it
compiled, and the patterns it missed then are also found by their required literals
(prefiltercheck.py; the engine's compile and scan: prefilterhs.py). Otherwise Python's `re`
searches the block for the detectors' literal hints (broader: a superset of the lines) and the known secrets,
skipping to the next line after each hit; the redactor and the leak gate then check, on each
line, the hint patterns of the groups whose literal hints it holds (`by_pattern`; the patterns
as `re` reads them: prefilterre.py). A line a group's pattern matches without one of the
group's literal hints is left to that group by Hyperscan alone: every line made from the leak
gate's patterns holds one of its group's (tests/redact/test_prefilter_branches.py). Both give
every line a detector could find something in (tests/redact/test_prefilter.py).
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wbdiag.hsexamples import required
from wbdiag.redact.prefiltercheck import Built, _pattern_db
from wbdiag.redact.prefilterhs import _by_line, _by_literals, _compile, _hs, _scan
from wbdiag.redact.prefilterre import (
    _PATTERN_LINE,
    LineForm,
    _hint_patterns,
    line_form,
    matching_lines,
)

ENV_ENGINE = "WBDIAG_REDACT_PREFILTER"  # "re" forces the pure-Python path (tests, bench)
EXACT = -1  # the group id of known secrets in `Prefilter.lines`

# (literal hints, hint patterns) of one detector
Group = tuple[Sequence[str], Sequence[str]]


def _engine() -> str:
    forced = os.environ.get(ENV_ENGINE, "")
    if forced == "re" or _hs is None:
        return "re"
    return "hyperscan"


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
    # the same by each hint that starts with an ASCII character, with the hints that extend
    # it (`hint_rx` finds where one starts, and the shortest there), and by their first
    # character; the hints that start with another, tested whole on a line that is not ASCII
    hint_extends: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    hint_starts: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    wide_hints: tuple[tuple[str, tuple[int, ...]], ...]
    unhinted: tuple[int, ...]
    hint_rx: re.Pattern[str] | None
    wide_rx: re.Pattern[str] | None
    # the `re` forms, compiled lazily (Hyperscan needs them only for the few patterns its
    # database misses) and shared by every Prefilter of the plan
    rx: dict[int, LineForm]
    # each pattern's required literals (hsexamples.required: a set of which every match holds
    # one, lower case), spelled lazily: an ASCII line without them skips the pattern's search
    need: dict[int, tuple[tuple[str, ...], ...]]
    # a line's groups by pattern (`Prefilter._matched`), by the line and whether it ends its
    # block: a function of those alone, and logs repeat their lines (bounded: `_MEMO_LINES`)
    matched: dict[tuple[str, bool], frozenset[int]]


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
    starts: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    wide_hints: list[tuple[str, tuple[int, ...]]] = []
    for h, gids in hint_groups.items():
        if h[:1].isascii() and h and hint_rx is not None:
            starts.setdefault(h[0], []).append((h, tuple(gids)))
        else:
            wide_hints.append((h, tuple(gids)))
    return _Plan(
        exprs=tuple(exprs),
        ids=tuple(ids),
        by_group=tuple(tuple(ks) for ks in by_group),
        hint_groups=tuple((h, tuple(gids)) for h, gids in hint_groups.items()),
        hint_extends={
            h: tuple((w, gids) for w, gids in starts[h[0]] if w.startswith(h))
            for hs in starts.values()
            for h, _ in hs
        },
        hint_starts={ch: tuple(hs) for ch, hs in starts.items()},
        wide_hints=tuple(wide_hints),
        unhinted=tuple(gid for gid, (lits, _) in enumerate(groups) if not lits),
        hint_rx=hint_rx,
        wide_rx=wide_rx,
        rx={},
        need={},
        matched={},
    )


# the last groups planned, by identity: the redactor hands the same tuple to every Prefilter, and
# a tuple of 140-odd tuples hashes afresh at each lookup
_LAST: list[tuple[Sequence[Group], _Plan]] = []
# the lines whose groups a plan keeps (`_Plan.matched`) and the longest it keeps: 8,192 lines
# of 1,024 characters at most
_MEMO_LINES = 8192
_MEMO_LINE = 1024


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
        self._local = threading.local()  # the known secrets' scratch space, per thread
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

    def lines(self, lines: Sequence[str], text: str | None = None) -> dict[int, set[int] | None]:
        """For each line that can hold a secret: the groups (detector indexes, EXACT for a
        known secret) that matched it, or None when the engine cannot tell (check them all).
        `text`: the lines joined by newlines, where the caller has it already (not joined again)."""
        if not lines:
            return {}
        if text is None:
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

    def _matches(self, k: int, text: str, lowered: str | None = None) -> bool:
        """Whether pattern `k` matches in `text` (a line), as `line_form` reads it. `lowered`:
        the text lowered, where it is ASCII (there `str.lower` lowers each character as
        `required` spells its literals: a line without one of a set holds no match)."""
        form = self._plan.rx.get(k)
        if form is None:
            form = self._plan.rx[k] = line_form(self._plan.exprs[k])
        if form.raw is not None:
            return form.raw.search(text.encode("utf-8", errors="surrogatepass")) is not None
        assert form.text is not None
        if lowered is not None:
            need = self._plan.need.get(k)
            if need is None:
                need = self._plan.need[k] = _needed(form.text.pattern)
            for words in need:
                # (one `in` per word: `any()` over a generator costs twice as much)
                for word in words:
                    if word in lowered:
                        break
                else:
                    return False
        return form.text.search(text) is not None

    def _matched(
        self, lines: Sequence[str], found: dict[int, set[int] | None]
    ) -> dict[int, set[int] | None]:
        """Of the lines the literal hints picked, the groups whose patterns match each (what
        Hyperscan reports); a line none matches is dropped, as Hyperscan never reports it."""
        out: dict[int, set[int] | None] = {}
        memo = self._plan.matched
        last = len(lines) - 1
        for index in found:
            line = lines[index]
            if len(line) > _PATTERN_LINE:
                out[index] = None  # `re` searches are not linear in a line: the caller picks
                continue
            key = (line, index == last)
            groups = memo.get(key)
            if groups is None:
                groups = self._line_groups(line, index == last)
                if len(line) <= _MEMO_LINE:
                    if len(memo) >= _MEMO_LINES:
                        memo.clear()
                    memo[key] = groups
            if groups:
                out[index] = set(groups)  # (a copy: the caller adds EXACT to it)
        return out

    def _line_groups(self, line: str, last: bool) -> frozenset[int]:
        """The groups one of whose patterns matches `line` (`last`: it ends its block)."""
        by_group = self._plan.by_group
        lowered = line.lower()
        hinted = self.hinted(lowered)
        # (with the newline that ends it in the block, as Hyperscan scans it: a hint that
        # ends with `\n`, the line announcing a value on the next, matches there)
        text = line if last else line + "\n"
        plain = None
        if line.isascii():
            plain = lowered if last else lowered + "\n"
        return frozenset(
            gid for gid in hinted if any(self._matches(k, text, plain) for k in by_group[gid])
        )

    def hinted(self, lowered: str) -> set[int]:
        """The groups one of whose literal hints `lowered` (a line, lowered) holds, and those
        with none (each group's `Detector.may_match`, for all in one search): where `hint_rx` finds a hint starting, the hints that extend the shortest
        there are compared (a few places a line and a few hints each, not every hint searched
        for in the line)."""
        plan = self._plan
        hinted = set(plan.unhinted)
        rx = plan.hint_rx
        if rx is not None:
            extends, startswith, search = plan.hint_extends, lowered.startswith, rx.search
            m = search(lowered)
            while m is not None:
                at = m.start()
                # (a match read through case folding, `ſ` for `s`, is no hint: its first
                # character's hints are compared)
                found = extends.get(m.group())
                if found is None:
                    found = plan.hint_starts.get(lowered[at], ())
                for h, gids in found:
                    if startswith(h, at):
                        hinted.update(gids)
                m = search(lowered, at + 1)
        for h, gids in plan.wide_hints if not lowered.isascii() else ():
            if h in lowered:
                hinted.update(gids)
        return hinted

    def _lines_hs(self, lines: Sequence[str], text: str) -> dict[int, set[int] | None]:
        data = text.encode("utf-8", errors="surrogatepass")
        hits: list[tuple[int, int]] = []
        for db, ids in self._dbs:
            if ids and ids[0] == EXACT:  # this instance's own database
                scratch = getattr(self._local, "scratch", None)
                if scratch is None:
                    assert _hs is not None
                    scratch = self._local.scratch = _hs.Scratch(db)
            else:
                scratch = _shared_scratch(db)
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
            scratch = _shared_scratch(built.literal_db)
            for index, ks in _by_literals(
                lines, data, built.literal_db, scratch, built.literal_ids, built.also, built.leads
            ).items():
                picked.setdefault(index, set()).update(ks)
        last = len(lines) - 1
        for index, ks in picked.items():
            # the literals are a superset: the pattern itself decides, but not on a long line,
            # where `re` is not linear (as on the re path; and as there, on the line with the
            # newline that ends it)
            if self.by_pattern and len(lines[index]) <= _PATTERN_LINE:
                text = lines[index] if index == last else lines[index] + "\n"
                ks = {k for k in ks if self._matches(k, text)}
                if not ks:
                    continue
            groups = found.setdefault(index, set())
            assert groups is not None
            groups.update(self._plan.ids[k] for k in ks)


def _needed(pattern: str) -> tuple[tuple[str, ...], ...]:
    """The literal sets `required` gives for a pattern as `re` reads it (`_re_form`)."""
    return tuple(tuple(words) for words in required(pattern))


# Hyperscan scratch space per thread for the hint databases every Prefilter of the same groups
# shares (prefiltercheck.py compiles them once per process): allocating it is most of what a
# fresh Redactor's first block costs (a redactor per record or per corpus entry)
_SHARED = threading.local()


def _shared_scratch(db: Any) -> Any:
    by_db: dict[int, tuple[Any, Any]] | None = getattr(_SHARED, "by_db", None)
    if by_db is None:
        by_db = _SHARED.by_db = {}
    held = by_db.get(id(db))
    if held is None or held[0] is not db:  # (held: the database, so its id is not reused)
        assert _hs is not None
        held = by_db[id(db)] = (db, _hs.Scratch(db))
    return held[1]


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
