"""The one small interface behind which log matching lives.

`build_matcher(patterns)` compiles a set of patterns once; `matcher.match(line)` returns the
indices of the patterns that match the line, with their `re` match (for captures). Today a
prefilter (all patterns as one alternation) skips the great majority of lines in one regex call
and `re` confirms; a Hyperscan/RE2 engine can replace it here without touching a rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")


@dataclass(frozen=True)
class PatternSpec:
    regex: str
    ignore_case: bool = False


class LineMatcher(Protocol):
    def match(self, line: str) -> list[tuple[int, re.Match[str]]]: ...


class ReMatcher:
    def __init__(self, patterns: Sequence[PatternSpec]) -> None:
        self._compiled = [
            re.compile(p.regex, re.IGNORECASE if p.ignore_case else 0) for p in patterns
        ]
        parts = []
        for p in patterns:
            body = _NAMED_GROUP.sub("(?:", p.regex)  # group names may repeat across patterns
            parts.append(f"(?i:{body})" if p.ignore_case else f"(?:{body})")
        self._any = re.compile("|".join(parts)) if parts else None

    def match(self, line: str) -> list[tuple[int, re.Match[str]]]:
        if self._any is None or self._any.search(line) is None:
            return []
        out = []
        for i, rx in enumerate(self._compiled):
            m = rx.search(line)
            if m is not None:
                out.append((i, m))
        return out


def build_matcher(patterns: Sequence[PatternSpec]) -> LineMatcher:
    return ReMatcher(patterns)
