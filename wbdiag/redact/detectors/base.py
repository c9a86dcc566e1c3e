"""What a detector is: a kind, the literal hints a line must hold for it to run (the prefilter
skips every other line), and a function that returns the spans of secret text in one line.

Spans are (start, end, kind) over the line as given. Detectors never rewrite text: the
redactor merges every detector's spans and replaces each merged span once, so no detector ever
reads another's placeholder, and the order of detectors does not matter.

Every pattern here runs in linear time on any line: no nested quantifiers, every repeat that
can fail after it is bounded (tests/redact/test_linear.py feeds each detector the 32 KiB lines
the redactor would run it on).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from wbdiag import lazyre

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Detector:
    kind: str
    hints: tuple[str, ...]  # lower-case literals; empty: runs on every line
    find: Callable[[str], Iterator[Span]]
    # Narrower hints as regular expressions (case-insensitive), for the Hyperscan prefilter: a
    # line none of them matches cannot hold what `find` finds. Empty: the literal hints.
    patterns: tuple[str, ...] = ()

    def prefilter_patterns(self) -> tuple[str, ...]:
        return self.patterns or tuple(re.escape(h) for h in self.hints)

    def may_match(self, lowered: str) -> bool:
        if not self.hints:
            return True
        if len(self.hints) > _FEW_HINTS:
            return _hint_rx(self.hints).search(lowered) is not None
        for h in self.hints:  # noqa: SIM110 (`any()` over a generator costs twice as much)
            if h in lowered:
                return True
        return False


_FEW_HINTS = 6  # past this many, one regular expression beats a substring test per hint


@functools.lru_cache(maxsize=256)
def _hint_rx(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in sorted(hints, key=len, reverse=True)))


def regex_detector(
    kind: str,
    hints: tuple[str, ...],
    pattern: str,
    accept: Callable[[str], bool] | None = None,
    patterns: tuple[str, ...] = (),
) -> Detector:
    """A detector from one regex; each named group that took part in a match is a secret
    (when `accept`, given its text, agrees)."""
    rx = lazyre.compile(pattern)  # most detectors never see a line in a given run

    def find(line: str) -> Iterator[Span]:
        for m in rx.finditer(line):
            for g in rx.groupindex:
                start, end = m.span(g)
                if end > start and (accept is None or accept(m.group(g))):
                    yield start, end, kind

    return Detector(kind, hints, find, patterns)


IDENT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
MAX_KEY = 128


def identifier_around(
    line: str, start: int, end: int, floor: int, wide: bool = False
) -> tuple[int, int]:
    """The identifier (`DB_PASSWORD`, `--api-key`, `tls.key`; with `wide` also letters of any
    script, `数据库密码`) holding line[start:end], not reaching back before `floor` and at most
    MAX_KEY long (linear: each key is read once)."""
    if not wide:
        # the same walk in C: the run of identifier characters before `start` (read reversed),
        # then the run after `end`; most lines the prefilter picks hold a few names
        low = max(floor, start - MAX_KEY)
        back = _IDENT_RUN.match(line[low:start][::-1])
        ks = start - (back.end() if back else 0)
        if end - ks >= MAX_KEY:
            return ks, end
        fwd = _IDENT_RUN.match(line, end, ks + MAX_KEY)
        return ks, fwd.end() if fwd else end
    ks = start
    while ks > floor and _ident(line[ks - 1], wide) and start - ks < MAX_KEY:
        ks -= 1
    ke = end
    while ke < len(line) and _ident(line[ke], wide) and ke - ks < MAX_KEY:
        ke += 1
    return ks, ke


_IDENT_RUN = lazyre.compile(r"[A-Za-z0-9_.\-]*")


def _ident(c: str, wide: bool) -> bool:
    # (a word of another script holds its marks and joiners: पासवर्ड's vowel signs, a ZWNJ)
    return c in IDENT_CHARS or (
        wide and (c.isalnum() or c in "\u200c\u200d" or unicodedata.category(c)[0] == "M")
    )


_KEY_AFTER = lazyre.compile(r"[ \t]{0,4}:[ \t]")
_PROMPT_END = lazyre.compile(r"[\s),;]|\Z")
_PROMPT_MAX = 200


def in_namespace_path(line: str, ks: int, ke: int) -> bool:
    """A name inside a path of namespaces (Ruby's `Rack::Auth::Basic`, C++'s and Rust's
    `auth::token`), not a pair: LDIF's `userPassword:: <base64>` has a space after its `::`;
    and the middle of a Prometheus rule's name, `level:metric:operations`
    (`job:wandb_api_token_auth_failures:rate5m`); a segment of a cache key before an id."""
    after = line[ke + 2 : ke + 3]
    if line.startswith("::", ke) and (after.isalpha() or after == "_"):
        return True
    if line[ks - 1 : ks] != ":":
        return False
    if _RULE_NAME_END.match(line, ke) is not None and _RULE_NAME_START.search(line, 0, ks):
        return True
    # a segment of a quoted cache key before its id (Redis' `"wandb:ratelimit:api_key:912151"`)
    return (
        _KEY_ID_END.match(line, ke) is not None
        and _KEY_PATH_START.search(line, max(0, ks - 256), ks) is not None
    )


# a Prometheus recording rule's name around a metric (`level:metric:operations`): a level glued
# before it, a lower-case operation after it, then the name's end
_RULE_NAME_START = lazyre.compile(r"(?:^|[\s\"'(])[a-z_][a-z0-9_]{0,64}:\Z")
_RULE_NAME_END = lazyre.compile(r":[a-z][a-z0-9_]{0,40}(?=[\s\"'{\[)]|\Z)")
# a quoted key of colon-joined segments, two or more before the name, and an id after it
_KEY_PATH_START = lazyre.compile(r"[\"'][\w.-]{1,64}(?::[\w.-]{1,64})+:\Z")
_KEY_ID_END = lazyre.compile(r":\d{1,20}[\"']")


def not_a_quoted_value(line: str, key: tuple[int, int], qpos: int, quote: str, close: int) -> bool:
    """Whether the quoted text at `qpos` after the key spanning `key` is no value of that key:
    the quote closes the string the key is in (`{"Sig=": null}`: opened before the key, not
    closed between key and value, as in a prompt), or the quoted text is itself a key (`sig=
    "password": "…"`; `close` is where its closing quote starts)."""
    ks, ke = key
    if line[ks - 1 : ks] == quote and quote not in line[ke:qpos] and line[qpos - 1] not in " \t":
        return True
    if quote == "`" and line[qpos - 1 : qpos] == "=" and " " in line[qpos:close]:
        return True  # a command substituted (`TOKEN=\`vault read …\``): the value is its output
    if (
        line[qpos : qpos + 1] == quote
        and quote not in line[ke:qpos]
        and _PROMPT_END.match(line, qpos + 1) is not None
    ):
        # a prompt: the key is inside a string opened just before it, and this quote closes it
        # (`read -rsp 'MySQL password: ' PW`, `input("API key: ")`, `Read-Host "Token: "`)
        opened = line.rfind(quote, max(0, ks - _PROMPT_MAX), ks)
        if (
            opened >= 0
            and (opened == 0 or line[opened - 1] in " \t(=,[")
            and (line[opened + 1 : opened + 2] not in (" ", "\t", ""))
        ):
            return True
    return _KEY_AFTER.match(line, close + 1) is not None


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    import math
    from collections import Counter

    n = len(text)
    if not n:
        return 0.0
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


_LETTERS_MIN = 20  # a key of letters alone: a 20-letter one (Roboflow's) and longer
_CASE_SWITCHES = (
    0.35  # a generator switches case about every other letter, CamelCase words far less
)


def random_letters(value: str) -> bool:
    """A key of letters alone that reads generated (Roboflow's 20-letter API key): long, high
    entropy, switching case as often as a coin does (`FHTbnOyNgCGf…`), not as words do."""
    if len(value) < _LETTERS_MIN or len(value) > 4096 or not value.isascii() or not value.isalpha():
        return False
    switches = sum(1 for a, b in pairwise(value) if a.isupper() != b.isupper())
    return switches / (len(value) - 1) >= _CASE_SWITCHES and entropy(value) >= 3.5


def looks_random(value: str, min_len: int = 8) -> bool:
    """A token that reads like a key rather than a word: long enough, letters and digits
    mixed, and enough entropy (a 40-hex key has about 3.7 bits per character)."""
    if len(value) < min_len or len(value) > 4096:
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return has_digit and has_alpha and entropy(value) >= 3.0
