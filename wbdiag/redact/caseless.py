"""Literal words found in any case, fast: one flat alternation of the lower-case words over the
line folded to lower case when the line is ASCII (folding keeps every index there), the same
alternation under `re.IGNORECASE` otherwise. `re` folds each character it tries under
IGNORECASE, which costs about fifteen times as much on a log line; the detectors look for their
names' words on every line the prefilter picks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence


class Words:
    def __init__(self, words: Sequence[str]) -> None:
        alternation = "|".join(re.escape(w.lower()) for w in words)
        self._words = tuple(w.lower() for w in words)
        self._lower = re.compile(alternation)
        self._any_case = re.compile(alternation, re.IGNORECASE)

    def holds(self, line: str) -> bool:
        """Whether one of the words is in `line`: on an ASCII line a substring test per word,
        which beats the alternation where the words share no first character."""
        if line.isascii():
            return any(map(line.lower().__contains__, self._words))
        return self._any_case.search(line) is not None

    def spans(self, line: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each word found, left to right, as `re.finditer` finds them."""
        if line.isascii():
            for m in self._lower.finditer(line.lower()):
                yield m.span()
        else:
            for m in self._any_case.finditer(line):
                yield m.span()
