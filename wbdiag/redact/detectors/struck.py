"""A value struck through and its replacement after it (`password: ~~old~~ new`, as a wiki page or
a ticket records a rotation in Markdown; `<del>old</del> new` in HTML): under
a secret's name both are secrets, the old one and the new one. The key=value scanner takes the
struck value as the value; this finds the one after it."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.generic import pair_value
from wbdiag.redact.names import is_secret_name

KIND = "keyvalue"

# a name of up to four words, a separator, the struck value, then the new one
_STRUCK = lazyre.compile(
    r"(?P<k>[A-Za-z][\w.-]{0,40}(?:[ \t][A-Za-z][\w.-]{0,40}){0,3})[ \t]{0,4}[:=][ \t]{0,4}"
    r"(?:~~(?P<m>[^~\s]{1,256})~~|<(?P<t>del|strike)>(?P<h>[^<\s]{1,256})</(?P=t)>)"
    r"[ \t]{1,4}(?:(?:→|->|=>)[ \t]{1,4})?(?P<v>[^\s~<>`*]{1,512})"
)
_TRAILING = ".,;:!?)"


def _spans(line: str) -> Iterator[Span]:
    if "~~" not in line and "</" not in line:
        return  # no struck value (spares _STRUCK's name part its try at every position)
    for m in _STRUCK.finditer(line):
        if not is_secret_name(m.group("k").rsplit(None, 1)[-1]) and not is_secret_name(
            m.group("k")
        ):
            continue
        old = "m" if m.group("m") is not None else "h"
        value = m.group("v").rstrip(_TRAILING)
        if pair_value("password", value):
            yield m.start(old), m.end(old), KIND
            yield m.start("v"), m.start("v") + len(value), KIND


STRUCK = Detector(
    KIND,
    ("~~", "</del>", "</strike>"),
    _spans,
    (r"~~[^~\n]{1,256}~~[ \t]", r"</(?:del|strike)>[ \t]"),
)
