"""What a pattern's own structure gives a Hyperscan database's self-check at compile time (the
redactor's prefilter, wbdiag/redact/prefilter.py, and the rules matcher, wbdiag/rules/matching.py):
lines it matches, which the compiled database must find it on (short ones, every repeat at its
least, and long ones, repeats stretched after other text, because the engine's misses depend on
the gap a repeat spans, on where the match starts and on the other patterns of the database;
and for the prefilter, lines through every alternative, because they can depend on the branch);
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
# for each alternative after an alternation's first, and with optional parts taken: the engine
# has missed a match through one branch only (`\|[ \t]?base64` on a long line, where `rev` and
# `xxd` beside it were found)
BRANCH_STRETCHES = ((0, 0), (60, 60))

# (the alternatives taken, as (id of their branch's list, index); optional parts taken)
Choice = tuple[frozenset[tuple[int, int]], bool]


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


def _gen(
    items: Any, stretch: tuple[int, int], filler: str, choice: Choice = (frozenset(), False)
) -> str | None:
    """A line `items` matches; `choice`: the alternatives to take (by the id of their branch's
    list and their index) instead of the first, and whether optional parts are taken."""
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
            sub = _gen(av[-1], stretch, filler, choice)
            if sub is None:
                return None
            out.append(sub)
        elif op is _c.BRANCH:  # the first branch that makes a line (`(?:\n|$)`: the `$`)
            chosen = [b for n, b in enumerate(av[1]) if (id(av[1]), n) in choice[0]]
            branches = (_gen(b, stretch, filler, choice) for b in [*chosen, *av[1]])
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
                count = hi if choice[1] else lo  # an optional part, left out or taken
            subs = []  # one per turn of the filler, repeated in turn
            for turn in range(min(count, len(filler))):
                sub = _gen(body, stretch, filler[turn:] + filler[:turn], choice)
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


def _alternatives(items: Any, path: frozenset[tuple[int, int]]) -> list[frozenset[tuple[int, int]]]:
    """For every alternative of every alternation in `items` but the first, the alternatives
    that reach it: it and, for each alternation it is nested in, the alternative that holds it."""
    out: list[frozenset[tuple[int, int]]] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            out += _alternatives(av[-1], path)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            out += _alternatives(av[2], path)
        elif op is _c.BRANCH:
            for n, branch in enumerate(av[1]):
                inner = path | {(id(av[1]), n)}
                out += ([inner] if n else []) + _alternatives(branch, inner)
    return out


@functools.lru_cache(maxsize=4096)
def branch_candidates(pattern: str) -> tuple[str, ...]:
    """Lines through each alternative of the pattern's alternations and with its optional parts
    taken, which `candidates` (first alternatives, optional parts left out) does not make; fewer
    stretches and fillers, as a pattern of many alternatives makes many. A line may end with a
    newline, the end of a pattern that ends at one (which `candidates` makes no line of)."""
    try:
        parsed = _plain(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return ()
    made_first = set(candidates(pattern))
    found: dict[str, None] = {}
    for chosen in [frozenset(), *_alternatives(parsed, frozenset())]:
        for taken in (False, True):
            for stretch in BRANCH_STRETCHES:
                made = _gen(parsed, stretch, FILLERS[0], (chosen, taken))
                if made is None or "\n" in made[:-1]:
                    continue  # (a line may end with the newline a pattern ends with)
                for prefix in PREFIXES[:2]:
                    if prefix + made not in made_first:
                        found[prefix + made] = None
    return tuple(found)


def examples(pattern: str) -> list[str]:
    """The `candidates` and `branch_candidates` lines that `pattern` matches under `re`
    (case-insensitive); empty when the generator cannot make any. (The rules matcher checks its
    candidates with its own reference, RE2, and only those its database does not report.)"""
    lines = candidates(pattern) + branch_candidates(pattern)
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


def _spelled(op: Any, av: Any) -> Anchors | None:
    """The texts a group of literal alternatives matches (`(?:api|app)`), None for any other."""
    if op is _c.SUBPATTERN:
        op, av = _c.BRANCH, (None, [av[-1]])
    if op is not _c.BRANCH:
        return None
    out: set[str] = set()
    for branch in av[1]:
        if not branch or any(o is not _c.LITERAL for o, _ in branch):
            if len(branch) == 1:
                sub = _spelled(*branch[0])
                if sub is not None:
                    out |= sub
                    continue
            return None
        out.add("".join(chr(a).lower() for _, a in branch))
    return frozenset(out)


def _seq_sets(items: Any) -> list[Anchors]:
    """Every set a sequence requires: its literal runs and its required groups, and a group of
    literal alternatives with the run right after it (`(?:api|app):` requires `api:` or `app:`,
    rarer than `api` or `app`)."""
    found: list[Anchors] = []
    run: list[str] = []
    before: Anchors | None = None  # the group of literal alternatives right before the run
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if op is _c.AT:
            continue  # zero width: the literals either side are adjacent in the text
        if run:
            found.append(frozenset({"".join(run)}))
            if before is not None:
                found.append(frozenset(b + "".join(run) for b in before))
            run = []
        before = None
        if op is not None:
            sub = _node_anchors(op, av)
            if sub is not None:
                found.append(sub)
            before = _spelled(op, av)
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


def required(pattern: str) -> list[Anchors]:
    """Every set of literals of which every match of `pattern` holds one, each literal lower
    case character by character (`str.lower` of each): each literal run and each required group
    of the pattern's top level. Empty: none (any line may match), or no pattern `re` reads."""
    try:
        return _seq_sets(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return []


def line_start(pattern: str) -> tuple[str, ...] | None:
    """For a pattern that matches only at a line's start, after its spaces and tabs
    (`^[ \\t]*(?:api|app):`): the ASCII literals (lower case) of which every match starts with
    one there (`api:`, `app:`); None for any other pattern or literal."""
    try:
        items = list(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    if not items or items[0] != (_c.AT, _c.AT_BEGINNING):
        return None
    i = 1
    while i < len(items) and _blanks(*items[i]):
        i += 1
    head: Anchors | None = frozenset({""})
    if i < len(items) and items[i][0] is not _c.LITERAL:
        head = _spelled(*items[i])
        i += 1
    run = ""
    while i < len(items) and items[i][0] is _c.LITERAL:
        run += chr(items[i][1]).lower()
        i += 1
    starts = sorted(h + run for h in head or ())
    if not starts or not all(starts) or not all(s.isascii() for s in starts):
        return None
    return tuple(starts)


def _blanks(op: Any, av: Any) -> bool:
    """A repeat of spaces and tabs (`[ \\t]*`, `[ \\t]+`, ` *`)."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT) or len(av[2]) != 1:
        return False
    sub, sav = av[2][0]
    if sub is _c.LITERAL:
        return sav in (9, 32)
    return sub is _c.IN and all(o is _c.LITERAL and a in (9, 32) for o, a in sav)


def anchors(pattern: str) -> list[Anchors]:
    """The `required` sets of `pattern` compared without case by Hyperscan: those with one of
    at least MIN_ANCHOR characters and no cased non-ASCII letter, the rarest by length first.
    Empty: none (any line may match)."""
    # Hyperscan's caseless literals fold ASCII only: a set with a cased non-ASCII letter is left
    found = [
        a for a in required(pattern) if min(len(x) for x in a) >= MIN_ANCHOR and all(map(_folds, a))
    ]
    best = None
    for a in found:
        best = _better(best, a)
    return sorted(found, key=lambda a: a is not best)  # the rarest first
