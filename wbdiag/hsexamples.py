"""What a pattern's own structure gives a Hyperscan database's self-check at compile time (the
redactor's prefilter, wbdiag/redact/prefilter.py, and the rules matcher, wbdiag/rules/matching.py):
lines it matches, which the compiled database must find it on (short ones, every repeat at its
least, and long ones, repeats stretched after other text, because the engine's misses depend on
the gap a repeat spans, on where the match starts and on the other patterns of the database);
and the literals every match of it holds, by which a pattern the database misses is still
found."""

from __future__ import annotations

import functools
import re
from typing import Any

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _p

# extra repetitions of (gap repeats: `.*`, `[^...]*`; other repeats), where a repeat allows them
STRETCHES = ((0, 0), (20, 1), (60, 1), (20, 0), (20, 20), (60, 60))
# what a negated class or `.` repeats, cycled over the repetitions (first choices)
FILLERS = ("x", " ", " x1-xx/xx.")
# text before the match on its line: the engine has missed a match that starts 14 characters
# or more into a line, and found it nearer the start
PREFIXES = ("", "y" * 16 + " ", "$ a1 b2-c3 " * 4)


_CATEGORIES = {  # a category's name: (a regex for it, a character it matches)
    "DIGIT": (r"\d", "5"),
    "NOT_DIGIT": (r"\D", "x"),
    "SPACE": (r"\s", " "),
    "NOT_SPACE": (r"\S", "x"),
    "WORD": (r"\w", "x"),
    "NOT_WORD": (r"\W", "-"),
}


def _category(av: Any) -> tuple[str, str]:
    name = str(av).upper()
    for key in ("NOT_DIGIT", "NOT_SPACE", "NOT_WORD", "DIGIT", "SPACE", "WORD"):
        if name.endswith(key):
            return _CATEGORIES[key]
    return (r"\w", "x")


def _in_class(ch: str, items: list[tuple[Any, Any]]) -> bool:
    low = ch.lower()
    for op, av in items:
        if op is _c.LITERAL and chr(av).lower() == low:
            return True
        if op is _c.RANGE and (av[0] <= ord(ch) <= av[1] or av[0] <= ord(low) <= av[1]):
            return True
        if op is _c.CATEGORY and re.fullmatch(_category(av)[0], ch):
            return True
    return False


def _class_char(items: list[tuple[Any, Any]], filler: str) -> str | None:
    """A character the class `[...]` matches (None: none found that is simple to pick)."""
    if items and items[0][0] is _c.NEGATE:
        return next((ch for ch in filler[:1] + "xq7 _-" if not _in_class(ch, items[1:])), None)
    for op, av in items:
        if op is _c.LITERAL:
            return chr(av)
        if op is _c.RANGE:
            return chr(av[0])
        if op is _c.CATEGORY:
            return _category(av)[1]
    return None


def _gen(items: Any, stretch: tuple[int, int], filler: str) -> str | None:
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:  # a run of them, as text (_plain)
            out.append(av)
        elif op is _c.ANY:
            out.append(filler[0])
        elif op is _c.NOT_LITERAL:
            out.append(filler[0] if av.lower() != filler[0] else "q")
        elif op is _c.AT:
            continue
        elif op is _c.IN:
            ch = _class_char(av, filler)
            if ch is None:
                return None
            out.append(ch)
        elif op is _c.SUBPATTERN:
            sub = _gen(av[-1], stretch, filler)
            if sub is None:
                return None
            out.append(sub)
        elif op is _c.BRANCH:  # the first branch that makes a line (`(?:\n|$)`: the `$`)
            branches = (_gen(b, stretch, filler) for b in av[1])
            sub = next((b for b in branches if b is not None and "\n" not in b), None)
            if sub is None:
                return None
            out.append(sub)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = av
            gap = len(body) == 1 and (
                body[0][0] in (_c.ANY, _c.NOT_LITERAL)
                or (body[0][0] is _c.IN and body[0][1][:1] and body[0][1][0][0] is _c.NEGATE)
            )
            extra = stretch[0] if gap else stretch[1]
            count = lo + extra if hi is _c.MAXREPEAT else min(hi, lo + extra)
            if hi - lo <= 1:
                count = lo  # an optional part is left out
            subs = []  # one per turn of the filler, repeated in turn
            for turn in range(min(count, len(filler))):
                sub = _gen(body, stretch, filler[turn:] + filler[:turn])
                if sub is None:
                    return None
                subs.append(sub)
            out += [subs[i % len(subs)] for i in range(count)]
        else:
            return None  # a construct the generator does not know: no example
    return "".join(out)


def _plain(items: Any) -> list[tuple[Any, Any]]:
    """The parsed pattern as plain lists and tuples, literal runs as text: the generator walks it
    18 times, and the parser's own nodes are slow to index."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.LITERAL and out and out[-1][0] is _c.LITERAL:
            out[-1] = (op, out[-1][1] + chr(av))
            continue
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            av = chr(av)
        elif op is _c.SUBPATTERN:
            av = (_plain(av[-1]),)
        elif op is _c.BRANCH:
            av = (None, [_plain(b) for b in av[1]])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            av = (av[0], av[1], _plain(av[2]))
        out.append((op, av))
    return out


@functools.lru_cache(maxsize=4096)
def candidates(pattern: str) -> tuple[str, ...]:
    """Lines (no newline inside) made from `pattern`, one per stretch, filler and prefix the
    generator could make, not yet checked to match it (see `examples`). Cached: a database and
    its UTF-8 twin check the same patterns."""
    try:
        parsed = _plain(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return ()
    found: dict[str, None] = {}
    for stretch, filler in [(s, f) for s in STRETCHES for f in FILLERS]:
        made = _gen(parsed, stretch, filler)
        if made is None or "\n" in made:
            continue
        for prefix in PREFIXES:
            found[prefix + made] = None
    return tuple(found)


def examples(pattern: str) -> list[str]:
    """The `candidates` lines that `pattern` matches under `re` (case-insensitive); empty when the
    generator cannot make any. (The rules matcher checks its candidates with its own reference,
    RE2, and only those its database does not report.)"""
    lines = candidates(pattern)
    if not lines:
        return []
    rx = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    return [line for line in lines if rx.search(line)]


# -- required literals ---------------------------------------------------------------------
MIN_ANCHOR = 2  # a single character picks too many lines to be worth a literal scan

Anchors = frozenset[str]


def _better(a: Anchors | None, b: Anchors | None) -> Anchors | None:
    """The rarer set by a rough measure: longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    score_a = (min(len(x) for x in a), -len(a))
    score_b = (min(len(x) for x in b), -len(b))
    return b if score_b > score_a else a


def _seq_sets(items: Any) -> list[Anchors]:
    """Every set a sequence requires: its literal runs and its required groups."""
    found: list[Anchors] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if op is _c.AT:
            continue  # zero width: the literals either side are adjacent in the text
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is not None:
            sub = _node_anchors(op, av)
            if sub is not None:
                found.append(sub)
    return found


def _seq_anchors(items: Any) -> Anchors | None:
    best: Anchors | None = None
    for found in _seq_sets(items):
        best = _better(best, found)
    return best


def _node_anchors(op: Any, av: Any) -> Anchors | None:
    if op is _c.SUBPATTERN:
        return _seq_anchors(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return _seq_anchors(av[2]) if av[0] >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _seq_anchors(branch)
            if sub is None:
                return None
            out |= sub
        return frozenset(out)
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return frozenset(chr(a).lower() for _, a in av)
    return None


def _folds(word: str) -> bool:
    return word.isascii() or all(c.lower() == c.upper() for c in word)


def anchors(pattern: str) -> list[Anchors]:
    """Sets of literals (lower case) of which every match of `pattern` holds one of each set,
    compared without case: each literal run and each required group of the pattern's top level
    with one of at least MIN_ANCHOR characters and no cased non-ASCII letter, the rarest by
    length first. Empty: none (any line may match)."""
    try:
        items = _p.parse(pattern, re.IGNORECASE)
    except re.error:
        return []
    found = _seq_sets(items)
    # Hyperscan's caseless literals fold ASCII only: a set with a cased non-ASCII letter is left
    found = [a for a in found if min(len(x) for x in a) >= MIN_ANCHOR and all(map(_folds, a))]
    best = None
    for a in found:
        best = _better(best, a)
    return sorted(found, key=lambda a: a is not best)  # the rarest first
