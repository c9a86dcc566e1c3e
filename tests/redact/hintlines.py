"""The redaction corpus's lines (tuning and held-out sets) and, for a hint pattern, which of them
can hold a match at all: those holding one literal of each set every match holds
(hsexamples.required). Running Python's `re` on those lines alone finds the same lines as on all
of them, at a fraction of the cost: `re` tries a pattern at every position of every line, and a
long alternation of words at every position takes most of a second over the corpus."""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tests.redact.corpus_eval import CORPUS
from wbdiag.hsexamples import required

_re2: Any
try:
    import re2
except ImportError:  # no wheel for this platform (wbdiag's google-re2 dependency)
    _re2 = None
else:
    _re2 = re2


def corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.rglob("*.jsonl")):
        for record in path.read_text().splitlines():
            if record.strip():
                lines += [line for line in json.loads(record)["lines"] if "\n" not in line]
    return lines


@functools.cache
def corpus() -> FoldedLines:
    """The corpus's distinct lines, in order, folded once per process: the lines each literal is
    in are then looked up once for all the checks a test process runs on them."""
    return FoldedLines(list(dict.fromkeys(corpus_lines())))


class _Lower(dict[int, str]):
    """A `str.translate` table: each character's own `str.lower`, as `required` spells literals
    (`str.lower` of a whole line makes a Greek capital sigma final, `ς`, at a word's end)."""

    def __missing__(self, code: int) -> str:
        self[code] = chr(code).lower()
        return self[code]


class FoldedLines:
    """Lines (none holding a newline) searched for the lower-case literals `required` gives.
    Every character is lowered as those are: a line the engines match holds, lowered so, the
    lowered literal (the engines fold ASCII case only; other characters match as written)."""

    def __init__(self, lines: Sequence[str]) -> None:
        assert not any("\n" in line for line in lines)
        self.lines = lines
        lower = _Lower()
        # (UTF-8: `bytes.find` from an offset is many times faster than `str.find` in a text
        # with characters past Latin-1, and a substring stays one in UTF-8)
        self._folded = [
            (line.lower() if line.isascii() else line.translate(lower)).encode() for line in lines
        ]
        self._text = b"\n".join(self._folded)
        self._starts: list[int] = []
        at = 0
        for line in self._folded:
            self._starts.append(at)
            at += len(line) + 1
        self._holding: dict[frozenset[str], frozenset[int]] = {}  # literals: lines with one
        self._word: dict[str, frozenset[int]] = {}  # (a word in several patterns' sets)

    def look_up(self, words: Iterable[str]) -> None:
        """Find the lines holding each of `words` (lowered) not looked up yet, all in one pass
        over the lines: an RE2 set of the words reports every one a line holds (a scan of the
        text per word cost most of the Hyperscan hint check). Without re2, each when asked."""
        new = sorted({w for w in words if w not in self._word})
        if _re2 is None or not new:
            return
        options = _re2.Options()
        # (room for the DFA of thousands of words: out of memory, a set would find nothing)
        options.max_mem = 1 << 30
        found = _re2.Set.SearchSet(options)
        for word in new:
            found.Add(_re2.escape(word))
        found.Compile()
        hits: list[list[int]] = [[] for _ in new]
        for k, line in enumerate(self._folded):
            for i in found.Match(line) or ():
                hits[i].append(k)
        self._word.update(zip(new, map(frozenset, hits), strict=True))

    def holding(self, words: frozenset[str]) -> frozenset[int]:
        """Indexes of the lines that hold one of `words` (lowered)."""
        found = self._holding.get(words)
        if found is None:
            found = self._holding[words] = frozenset().union(*map(self._holding_word, words))
        return found

    def _holding_word(self, word: str) -> frozenset[int]:
        found = self._word.get(word)
        if found is None:
            found = self._word[word] = frozenset(self._find_word(word))
        return found

    def _find_word(self, word: str) -> set[int]:
        needle = word.encode()
        if len(needle) == 1:  # in most lines: test each
            return {k for k, line in enumerate(self._folded) if needle in line}
        out: set[int] = set()  # in few: find each, then the next from the line after
        pos = self._text.find(needle)
        while pos >= 0:
            index = bisect.bisect_right(self._starts, pos) - 1
            out.add(index)
            if index + 1 == len(self._starts):
                break
            pos = self._text.find(needle, self._starts[index + 1])
        return out

    def candidates(self, pattern: str) -> Sequence[int]:
        """Indexes, in order, of the lines that can hold a match of `pattern`: every line when
        no literal is required."""
        # the rarest set by a rough measure (longest shortest literal, then fewest) looked up
        # in the whole text (a scan of it per literal, shared by the patterns that require the
        # same set), the others tested on the lines that hold one of it
        sets = sorted(required(pattern), key=lambda words: (-min(map(len, words)), len(words)))
        if not sets:
            return range(len(self.lines))
        picked = set(self.holding(sets[0]))
        for words in sets[1:]:
            if not picked:
                break
            picked = self._keeping(picked, words)
        return sorted(picked)

    def _keeping(self, picked: set[int], words: frozenset[str]) -> set[int]:
        """Of the lines `picked`, those holding one of `words` (lowered): looked up where
        another pattern's literals or `look_up` found those lines already, else tested on
        these lines alone, a word at a time (one `in` per line and word, no generator per
        line)."""
        known = self._holding.get(words)
        if known is None and all(word in self._word for word in words):
            known = self.holding(words)
        if known is not None:
            return picked & known
        folded = self._folded
        kept: set[int] = set()
        rest = set(picked)
        for word in words:
            needle = word.encode()
            found = {k for k in rest if needle in folded[k]}
            kept |= found
            rest -= found
        return kept


# Syntax RE2 reads otherwise than `re`, or not at all: lookaround, backreferences, `\A` and `\Z`
# (the text's ends, not a line's, in the lines joined), `{,n}` (`re`'s `{0,n}`, RE2's literal
# text), a set inside a set, `\u \U \N` and octal escapes
_NOT_RE2 = re.compile(r"\(\?[<=!>(]|\(\?P=|\\[AZuUN0-9]|\{,|\[\[")
# RE2 folds `ſ` to `s` and the Kelvin sign to `k` (Unicode's case folding); `re` with ASCII
# folds neither: a negated class holding one, or a range past ASCII that may, would make RE2
# leave out an ASCII letter that `re` takes
_FOLDS_TO_ASCII = re.compile("[\u017f\u212a]|[^\x00-\x7f]-|-[^\x00-\x7f]")


def screen(rx: re.Pattern[str]) -> Callable[[Sequence[str]], list[int]] | None:
    r"""For a pattern with `re.ASCII` (as `_re_form` reads hint patterns): of some lines (none
    holding a newline), the indexes of all those `rx.search` can find a match in, by RE2 where
    that is so (one search of the lines joined, a fraction of the CPU of `re` on each line);
    the caller runs `re` on those. None where RE2 is no such test.

    On ASCII lines without a vertical tab, RE2 reads a pattern of the same syntax as `re` does:
    `\d \w \s \b` are ASCII's in both (RE2's `\s` lacks only `\v`), a character past ASCII
    matches none of the lines', and RE2 folds the case of every ASCII letter as `re` does
    (Unicode's folding adds letters past ASCII, which such lines do not hold, save
    `_FOLDS_TO_ASCII`). Joined by newlines, which RE2 is told never to match (`never_nl`), with
    `^` and `$` each line's ends (`(?m)`), a match lies in one line, and a line's edge reads as
    its own (`\b` sees a non-word character either way). The syntax the two read differently
    (`_NOT_RE2`), those patterns and any other line are left to `re`."""
    if (
        _re2 is None
        or not rx.flags & re.ASCII
        or rx.flags & re.VERBOSE
        or _NOT_RE2.search(rx.pattern)
        or _FOLDS_TO_ASCII.search(rx.pattern)
    ):
        return None
    options = _re2.Options()
    options.case_sensitive = not rx.flags & re.IGNORECASE
    options.never_nl = True
    options.log_errors = False
    try:
        search = _re2.compile(b"(?m)" + rx.pattern.encode(), options).search
    except _re2.error:  # (past RE2's limits: a repeat over 1,000, too large a program)
        return None

    def may_match(lines: Sequence[str]) -> list[int]:
        kept: list[int] = []
        plain: list[int] = []
        for k, line in enumerate(lines):
            (plain if line.isascii() and "\v" not in line else kept).append(k)
        text = "\n".join([lines[k] for k in plain]).encode()
        starts: list[int] = []
        at = 0
        for k in plain:
            starts.append(at)
            at += len(lines[k]) + 1
        pos = 0
        while pos <= len(text):
            m = search(text, pos)
            if m is None:
                break
            index = bisect.bisect_right(starts, m.start()) - 1
            kept.append(plain[index])
            pos = starts[index + 1] if index + 1 < len(starts) else len(text) + 1
        return sorted(kept)

    return may_match
