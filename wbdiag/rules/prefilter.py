"""Required literals: how the `re` engine finds candidate lines without running every pattern on
every line.

Every match of a pattern contains at least one of its *needles* (a literal run of the pattern,
or one per branch of an alternation), so a line holding none of them cannot match. For a block of
lines, `NeedlePlan.candidates` searches each needle through the whole block with `bytes.find`
(C speed, one pass per needle) and returns the (line, pattern) pairs worth confirming with `re`;
only patterns without a usable needle are tried on every line. The rarest needle of a pattern is
chosen by a static character-rarity score; patterns sharing a rare enough substring share one
search (`<Response [` for `<Response [401]>` and `<Response [413]>`), since the number of searches
is what costs. Exactness:
  - needles are UTF-8 bytes; a case-sensitive needle is searched as it is, which is exact on any
    text (UTF-8 is self-synchronising);
  - a caseless needle (ignore_case, `(?i:…)`) is searched in the block's ASCII-lowered copy, so it
    may hold only characters whose case variants are all ASCII. In Python's `re` `i`, `k` and `s`
    also match `İ ı`, the Kelvin sign and `ſ` (CASELESS_NON_ASCII): a needle with them is used
    for ASCII blocks only, and blocks with other bytes use a plan without such needles.
Most needles are absent from most blocks (about 9 of 180 are in a 256 KiB block of the bench
logs). With google-re2 (a dependency), one RE2 set of every needle tells which are present, in
one linear pass, and only those are searched; the set may report more than `find` would (it folds
case more widely), never fewer, and if RE2 fails on a block every needle is searched.
"""

from __future__ import annotations

import functools
import importlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

try:
    import re2 as _re2
except ImportError:  # no wheel for this platform: every needle is searched
    _re2 = None

_parser: Any = None
for _name in ("re._parser", "sre_parse"):  # 3.11+ / 3.10
    try:
        _parser = importlib.import_module(_name)
        break
    except ImportError:  # pragma: no cover - one of them exists
        continue
_C: Any = importlib.import_module(
    "re._constants" if _parser.__name__ == "re._parser" else "sre_constants"
)
_IGNORECASE = _C.SRE_FLAG_IGNORECASE
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)  # 3.11+

# ASCII letters that a non-ASCII character matches under re.IGNORECASE (tests/unit/test_prefilter
# recomputes this over every code point)
CASELESS_NON_ASCII = frozenset("iks")
MIN_SCORE = 4.0  # a needle scoring less (one or two common characters) filters nothing
RARE = 12.0  # a needle this rare (about four capitals, or six common letters) is rarely found
SHARED_MIN_SCORE = RARE  # a substring searched for several patterns must still be rare
MIN_CHECK_SCORE = 3.0
_COMMON = frozenset("etaoinsrhl \"':,={}")


class Needle(NamedTuple):
    """A tuple: a plan's build hashes its needles' substrings some million times (`_share`),
    which a frozen dataclass does in Python."""

    text: bytes  # UTF-8, lower-case when caseless
    caseless: bool


Requirement = frozenset[Needle]  # a match holds at least one of them


def score(text: str, caseless: bool) -> float:
    """How rare a literal is in log text: common letters and JSON punctuation count 1, other
    lower-case letters, digits and path punctuation 2, the rest (upper case, rare symbols) 3."""
    total = 0.0
    for ch in text:
        if caseless and ch.isalpha():
            ch = ch.lower()
        if ch in _COMMON:
            total += 1
        elif ch.islower() or ch.isdigit() or ch in "/.-_ ":
            total += 2
        else:
            total += 3
    return total


def _rarity(req: Requirement) -> float:
    """A set of needles is as rare as its commonest one."""
    return min(score(n.text.decode("utf-8"), n.caseless) for n in req)


def _search_rank(req: Requirement) -> tuple[bool, int, float]:
    """Which requirement to search for: every needle is one pass over the block, so among the
    rare enough (RARE) the one with fewest needles, else the rarest with a cost per needle."""
    rarity = _rarity(req)
    if rarity >= RARE:
        return (True, -len(req), rarity)
    return (False, 0, rarity - 2 * math.log2(len(req)))


@dataclass(frozen=True)
class PatternNeedles:
    """What a pattern's matches must hold: `primary` is searched for through the block, and a line
    it finds is a candidate only if it also holds one of `check` (when there is a second one)."""

    primary: Requirement
    check: Requirement | None = None


@functools.lru_cache(maxsize=4096)  # the miner's patterns are in every plan (matching.py)
def requirement(regex: str, ignore_case: bool, ascii_text: bool) -> PatternNeedles | None:
    """The two rarest sets of needles every match of the pattern holds, or None when there is
    none rare enough. `ascii_text`: the needles are used only on pure-ASCII text."""
    try:
        parsed = _parser.parse(regex, re.IGNORECASE if ignore_case else 0)
    except re.error:
        return None
    caseless = bool(parsed.state.flags & _IGNORECASE)
    found = _sequence(list(parsed), caseless, ascii_text)
    usable = [r for r in found if _search_rank(r)[0] or _search_rank(r)[2] >= MIN_SCORE]
    if not usable:
        # a weak needle still beats trying the pattern on every line (E0/E1 for klog's E1128)
        usable = [r for r in found if len(r) <= 4 and _rarity(r) >= MIN_SCORE]
    if not usable:
        return None
    primary = max(usable, key=_search_rank)
    # the check is only looked for in the lines found: its number of needles does not matter
    checks = [r for r in found if r != primary and _rarity(r) >= MIN_CHECK_SCORE]
    return PatternNeedles(primary, max(checks, key=_rarity) if checks else None)


def _minimal(needles: Iterable[Needle]) -> Requirement:
    """Drop needles that hold another one of the set: finding the shorter finds them too."""
    pool = set(needles)
    return frozenset(
        n
        for n in pool
        if not any(m != n and m.caseless == n.caseless and m.text in n.text for m in pool)
    )


def _usable(ch: str, caseless: bool, ascii_text: bool) -> bool:
    """Whether ch can sit in a needle: a caseless letter must fold within ASCII."""
    if ch == "\n":
        return False  # lines hold none: such a pattern never matches a line
    if not caseless or ch.lower() == ch.upper():
        return True
    return ch.isascii() and (ascii_text or ch.lower() not in CASELESS_NON_ASCII)


def _best(reqs: list[Requirement]) -> Requirement | None:
    return max(reqs, key=_search_rank) if reqs else None


MAX_ALTERNATIVES = (
    16  # `\\[(?:error|crit)\\]` is searched as "[error]" and "[crit]", up to this many
)


def _literal_choices(op: Any, av: Any, caseless: bool, ascii_text: bool) -> list[str] | None:
    """The texts a small alternation of plain literals (`error|crit`, `[Dd]`) stands for."""
    if op is _C.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
        op, av = av[3][0]  # a capturing group around it changes nothing
    if op is _C.BRANCH:
        texts = []
        for branch in av[1]:
            if not all(
                o is _C.LITERAL and _usable(chr(a), caseless, ascii_text) for o, a in branch
            ):
                return None
            texts.append("".join(chr(a) for _, a in branch))
        return texts
    if (
        op is _C.IN
        and av
        and all(o is _C.LITERAL and _usable(chr(a), caseless, ascii_text) for o, a in av)
    ):
        return [chr(a) for _, a in av]
    return None


def _sequence(items: list[Any], caseless: bool, ascii_text: bool) -> list[Requirement]:
    """Every requirement a sequence of regex items gives (each holds for every match)."""
    found: list[Requirement] = []
    run: list[str] = [""]  # the literal text just seen, in each of its alternative spellings

    def flush() -> None:
        if all(run):
            found.append(
                _minimal(
                    Needle(t.lower().encode() if caseless else t.encode(), caseless) for t in run
                )
            )
        run[:] = [""]

    for op, av in items:
        if op is _C.LITERAL and _usable(chr(av), caseless, ascii_text):
            run[:] = [t + chr(av) for t in run]
            continue
        choices = _literal_choices(op, av, caseless, ascii_text)
        if choices is not None and len(run) * len(choices) <= MAX_ALTERNATIVES:
            run[:] = [t + c for t in run for c in choices]
            continue
        req: Requirement | None = None
        if op is _C.SUBPATTERN:
            _, add, delete, sub = av
            inner_caseless = (caseless or bool(add & _IGNORECASE)) and not (delete & _IGNORECASE)
            inner = list(sub)
            if inner_caseless == caseless and all(
                o is _C.LITERAL and _usable(chr(a), caseless, ascii_text) for o, a in inner
            ):
                text = "".join(chr(a) for _, a in inner)  # plain text in a group continues
                run[:] = [t + text for t in run]
                continue
            flush()
            found.extend(_sequence(inner, inner_caseless, ascii_text))
            continue
        if _ATOMIC is not None and op is _ATOMIC:
            flush()
            found.extend(_sequence(list(av), caseless, ascii_text))
            continue
        if op is _C.BRANCH:
            branches = [_best(_sequence(list(b), caseless, ascii_text)) for b in av[1]]
            if all(b is not None for b in branches):
                req = _minimal(n for b in branches if b is not None for n in b)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            req = _best(_sequence(list(av[2]), caseless, ascii_text))
        flush()
        if req is not None:
            found.append(req)
    flush()
    return found


ANCHOR_MAX_RATE = 1 / 500  # a byte rarer than this in the text is searched instead of a needle
REPLAN_EVERY = 64  # blocks between re-measuring byte frequencies (logs change from file to file)


class NeedlePlan:
    """Which needles to search in a block, and the patterns each one stands for: unconditionally,
    or when the line also holds one of the pattern's check needles.

    A needle holding a byte that is rare in the text being read (measured on the block, every
    REPLAN_EVERY blocks) is not searched for itself: its rare byte is, with `memchr` speed, once
    for all needles sharing it, and each needle is compared where the byte occurs. The others are
    searched with `bytes.find`, one pass each."""

    def __init__(self, requirements: Sequence[PatternNeedles | None]) -> None:
        self.everywhere = tuple(i for i, r in enumerate(requirements) if r is None)
        self.searches = _share(requirements)
        self.caseless = any(
            n.caseless
            for needle, _, checked in self.searches
            for n in (needle, *(m for _, req in checked for m in req))
        )
        self._blocks = 0
        self._direct: list[Search] = list(self.searches)
        # (caseless, byte) -> [(index in searches, needle text, offset of the byte in it)]
        self._anchored: dict[tuple[bool, bytes], list[tuple[int, bytes, int]]] = {}
        # every needle searched or checked, in the RE2 set's order
        self._needles = list(
            dict.fromkeys(
                n
                for needle, _, checked in self.searches
                for n in (needle, *(m for _, req in checked for m in req))
            )
        )
        self._presence = _presence_set(self._needles)

    def _present(self, data: bytes | bytearray) -> set[Needle] | None:
        """The needles the block may hold; None: maybe all of them."""
        if self._presence is None:
            return None
        found = self._presence.Match(data)
        if not found:  # not even the sentinel: RE2 gave up (out of memory), search everything
            return None
        return {self._needles[i - 1] for i in found if i}  # past the sentinel

    def _plan(self, data: bytes | bytearray, lowered: bytes | bytearray) -> None:
        """Choose, for each needle, its rarest byte in this block, or no anchor (searched whole)."""
        counts: dict[tuple[bool, int], int] = {}
        limit = max(1, int(len(data) * ANCHOR_MAX_RATE))
        self._direct, self._anchored = [], {}
        for k, search in enumerate(self.searches):
            needle = search[0]
            hay = lowered if needle.caseless else data
            best: tuple[int, int] | None = None  # (count, offset)
            for offset, byte in enumerate(needle.text):
                key = (needle.caseless, byte)
                if key not in counts:
                    counts[key] = hay.count(byte)
                if best is None or counts[key] < best[0]:
                    best = (counts[key], offset)
            if best is None or best[0] > limit:
                self._direct.append(search)
                continue
            offset = best[1]
            anchor = (needle.caseless, needle.text[offset : offset + 1])
            self._anchored.setdefault(anchor, []).append((k, needle.text, offset))

    def candidates(self, data: bytes | bytearray) -> list[tuple[int, tuple[int, ...]]]:
        """(offset of a needle, patterns it stands for), in no particular order. `data` is whole
        lines, each ending in a newline."""
        lowered = data.lower() if self.caseless else data
        if self._blocks % REPLAN_EVERY == 0:
            self._plan(data, lowered)
        self._blocks += 1
        present = self._present(data)
        found: list[tuple[int, tuple[int, ...]]] = []
        for search in self._direct:
            narrowed = _narrow(search, present)
            if narrowed is None:
                continue
            needle = search[0]
            always, checked = narrowed
            hay = lowered if needle.caseless else data
            find = hay.find
            text = needle.text
            pos = find(text)
            while pos >= 0:
                end = data.index(b"\n", pos)
                _report(found, data, lowered, pos, end, always, checked)
                pos = find(text, end + 1)  # one report per line is enough
        for (caseless, byte), anchored in self._anchored.items():
            members = []
            for k, text, offset in anchored:
                narrowed = _narrow(self.searches[k], present)
                if narrowed is not None:
                    members.append((text, offset, *narrowed))
            if not members:
                continue
            hay = lowered if caseless else data
            find, startswith = hay.find, hay.startswith
            pos = find(byte)
            while pos >= 0:
                for text, offset, always, checked in members:
                    start = pos - offset
                    if start >= 0 and startswith(text, start):
                        end = data.index(b"\n", start)
                        _report(found, data, lowered, start, end, always, checked)
                pos = find(byte, pos + 1)
        return found


def _narrow(
    search: Search, present: set[Needle] | None
) -> tuple[tuple[int, ...], tuple[tuple[int, Requirement], ...]] | None:
    """A search's (always, checked) for a block holding only the `present` needles; None when
    nothing is left to find there."""
    needle, always, checked = search
    if present is None:
        return always, checked
    if needle not in present:
        return None
    kept = []
    for i, req in checked:
        here = req & present
        if here:
            kept.append((i, here))
    if not always and not kept:
        return None
    return always, tuple(kept)


def _report(
    found: list[tuple[int, tuple[int, ...]]],
    data: bytes | bytearray,
    lowered: bytes | bytearray,
    pos: int,
    end: int,
    always: tuple[int, ...],
    checked: tuple[tuple[int, Requirement], ...],
) -> None:
    """A needle at `pos` (its line ends at `end`): its patterns, those with a check only when
    the line holds one of their check needles."""
    if not checked:
        found.append((pos, always))
        return
    start = data.rfind(b"\n", 0, pos) + 1
    patterns = always + tuple(
        i
        for i, req in checked
        if any((lowered if n.caseless else data).find(n.text, start, end) >= 0 for n in req)
    )
    if patterns:
        found.append((pos, patterns))


Search = tuple[Needle, tuple[int, ...], tuple[tuple[int, Requirement], ...]]


def _presence_set(needles: Sequence[Needle]) -> Any:
    """An RE2 set over bytes (Latin-1: any byte string is a pattern) whose match lists the needles
    a block holds, each needle's index plus one; index 0 is an empty pattern that always matches,
    so an empty answer means RE2 failed. None without google-re2 or if RE2 refuses the set."""
    if _re2 is None or not needles:
        return None
    options = _re2.Options()
    options.encoding = _re2.Options.Encoding.LATIN1
    try:
        found = _re2.Set.SearchSet(options)
        found.Add(b"")
        for needle in needles:
            text = "".join(f"\\x{b:02x}" for b in needle.text).encode("ascii")
            found.Add(b"(?i:" + text + b")" if needle.caseless else text)
        found.Compile()
    except _re2.error:
        return None
    return found


def _share(requirements: Sequence[PatternNeedles | None]) -> list[Search]:
    """(needle, patterns it stands for unconditionally, (pattern, check) pairs). Patterns whose
    single primary needles share a substring rare enough (SHARED_MIN_SCORE) are searched once by
    it, each then checked for its own needle on the lines found: fewer passes over each block."""
    always: dict[Needle, list[int]] = {}
    checked: dict[Needle, list[tuple[int, Requirement]]] = {}
    single: dict[int, Needle] = {}
    for i, req in enumerate(requirements):
        if req is None:
            continue
        if len(req.primary) == 1:
            single[i] = next(iter(req.primary))
        for needle in req.primary:
            if req.check is None:
                always.setdefault(needle, []).append(i)
            else:
                checked.setdefault(needle, []).append((i, req.check))
    subs = {i: _substrings(n) for i, n in single.items()}
    counts: Counter[Needle] = Counter(s for parts in subs.values() for s in parts)
    rare = {
        n
        for n, c in counts.items()
        if c >= 2 and score(n.text.decode("utf-8"), n.caseless) >= SHARED_MIN_SCORE
    }
    # counts only fall: a substring held by fewer than two patterns leaves `rare` for good, so
    # each round looks at the candidates left rather than at every rare substring again
    while rare:
        best = max(rare, key=lambda n: (counts[n], len(n.text), n.text))
        users = [i for i, parts in subs.items() if best in parts]
        if all(single[i] == best for i in users):
            rare.discard(best)  # the same needle for all: nothing to share
            continue
        for i in users:
            own = single[i]
            _remove(always, checked, own, i)
            checked.setdefault(best, []).append((i, frozenset([own])))
            parts = subs.pop(i)
            counts.subtract(parts)
            rare.difference_update([n for n in parts if counts[n] < 2])
    return [
        (n, tuple(sorted(set(always.get(n, ())))), tuple(checked.get(n, ())))
        for n in sorted(set(always) | set(checked), key=lambda n: n.text)
    ]


def _remove(
    always: dict[Needle, list[int]],
    checked: dict[Needle, list[tuple[int, Requirement]]],
    needle: Needle,
    pattern: int,
) -> None:
    """Pattern no longer searched by its own needle (a shared one finds its lines)."""
    if needle in always:
        always[needle] = [i for i in always[needle] if i != pattern]
        if not always[needle]:
            del always[needle]
    if needle in checked:
        checked[needle] = [(i, r) for i, r in checked[needle] if i != pattern]
        if not checked[needle]:
            del checked[needle]


MAX_SHARED_CHARS = 16  # longer shared substrings add nothing: a search is a search


@functools.lru_cache(maxsize=4096)
def _substrings(needle: Needle) -> frozenset[Needle]:
    """Cached: the miner's needles are in every plan, and a plan is built per pattern set."""
    text = needle.text
    out = set()
    for length in range(4, min(len(text), MAX_SHARED_CHARS) + 1):
        for start in range(len(text) - length + 1):
            part = text[start : start + length]
            try:
                part.decode("utf-8")
            except UnicodeDecodeError:
                continue  # cut inside a character
            out.add(Needle(part, needle.caseless))
    if len(text) > MAX_SHARED_CHARS:
        out.add(needle)
    return frozenset(out)
