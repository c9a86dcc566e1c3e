"""A secret split into pieces under its name: string literals concatenated after it (`pw = 'Xk3'
+ 'mQ9z'`, C's and Python's adjacent literals `"Xk3" "mQ9z"`, PHP's `.`, SQL's `||`), a flow list
of short chunks (`"password": ["Xk3q", "mQ9z", "Lp2w"]`), and the same list pretty-printed over
lines (`"password_parts": [` / `  "Xk3q…",` / `]`, `Chunks`). One piece alone may be too short to
read as a secret; the pieces together do, and each piece that is not a plain word goes."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MIN_JOINED = 12  # the pieces together: as long as a generated password
_MAX_PIECES = 64
# the next literal after a closing quote: `+`, `.`, `||`, `&` or nothing between (adjacent
# literals), then a quoted string without escapes
_NEXT_LITERAL = lazyre.compile(
    r"[ \t]{0,4}(?:\+|\.|\|\||&)?[ \t]{0,4}(?P<q>[\"'])(?P<v>[^\"'\\\n]{1,512})(?P=q)"
)
# a plain word in lower case (`["client_secret_basic", "private_key_jwt"]`): a name, no piece
_WORD = lazyre.compile(r"[a-z]{1,32}(?:[_.:-][a-z]{1,32}){0,8}")


def piece_like(value: str) -> bool:
    """A piece of a generated secret: no spaces, not a flag or a reference, and not a plain word
    (a digit, a symbol or mixed case)."""
    if len(value) < 3 or " " in value or is_trivial_value(value) or _WORD.fullmatch(value):
        return False
    if is_reference_value("value", value):
        return False
    return any(not c.isalpha() for c in value) or (value.lower() != value != value.upper())


def joined_secret(pieces: list[str]) -> bool:
    """Do two or more pieces read, joined, as one secret?"""
    if len(pieces) < 2:
        return False
    joined = "".join(pieces)
    return looks_random(joined) or (len(joined) >= _MIN_JOINED and " " not in joined)


def concatenated(line: str, after: int) -> list[Span]:
    """The literals concatenated to the quoted value that closed at `after` - 1 (its closing
    quote), when the value and they read, joined, as one secret: each piece-like one."""
    found: list[tuple[int, int]] = []
    pos = after
    while len(found) < _MAX_PIECES:
        m = _NEXT_LITERAL.match(line, pos)
        if m is None:
            break
        found.append(m.span("v"))
        pos = m.end()
    if not found:
        return []
    # (the first literal: from its opening quote back to the one before `after`)
    opening = line.rfind(line[after - 1], 0, after - 1)
    first = line[opening + 1 : after - 1] if opening >= 0 else ""
    pieces = [first] + [line[s:e] for s, e in found]
    if " " in first or any("://" in p for p in pieces):
        # the value ends inside a longer string (`-H "X-Api-Key: $KEY" "http://…"`: a header,
        # then the URL, a shell's next argument), or a URL follows: no pieces of one secret
        return []
    if not joined_secret(pieces):
        return []
    return [(s, e, KIND) for s, e in found if piece_like(line[s:e])]


def listed(values: list[tuple[int, int, str]]) -> list[Span]:
    """A flow list's strings (start, end, text) under a secret name, read as the pieces of one
    secret: each piece-like one, when they read as one joined."""
    if not joined_secret([v for _, _, v in values]):
        return []
    return [(s, e, KIND) for s, e, v in values if piece_like(v)]


# `"password_parts": [` or `password_chunks: [` ending its line
# (after what a log puts before a line: a timestamp, a prefix without quotes)
_OPEN_LIST = lazyre.compile(
    r"(?:^|(?<=[\s\"'-]))(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[\"']?[ \t]{0,8}[:=][ \t]{0,8}\[[ \t]*\Z"
)
_ITEM = lazyre.compile(r"(?P<q>[\"'])(?P<v>[^\"'\\\n]{1,512})(?P=q)[ \t]*,?[ \t]*\Z")
_CLOSE = lazyre.compile(r"\][ \t]*[,;]?[ \t]*\Z")
_PREFIX = lazyre.compile(r"[^\"'\[\]]{0,64}")


@dataclass
class Chunks:
    """A list of strings under a secret name, pretty-printed one item a line: each piece-like
    item goes (the items are judged one by one as they stream: a piece that holds a digit, a
    symbol or mixed case), until the list closes."""

    seen: int = 0

    @staticmethod
    def arm(line: str) -> Chunks | None:
        if not line.rstrip().endswith("["):
            return None
        m = _OPEN_LIST.search(line, max(0, len(line) - 160))
        return Chunks() if m is not None and is_secret_name(m.group("k")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _CLOSE.search(line) or _ITEM.search(line, max(0, len(line) - 600))
        if m is None or m.group().startswith("]") or not _PREFIX.fullmatch(line, 0, m.start()):
            return False, []
        self.seen += 1
        value = m.group("v")
        take = piece_like(value) and (len(value) >= 8 or looks_random(value, 6))
        spans = [(m.start("v"), m.end("v"), KIND)] if take else []
        return self.seen < _MAX_PIECES, spans
