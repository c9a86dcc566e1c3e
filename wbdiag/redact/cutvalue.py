"""An input that opens on a name/value entry's `"value"` member (a HAR header, query or cookie
entry, a Postman or Insomnia form field): no JSON document opens with a member, so the text was
cut there (a window, a pasted part, a log's tail) and the entry's name stands above the cut. With
no name to judge it by, the value is judged by its shape alone: one that reads generated (mixed
case and digits as a token's classes alternate, or a run of 32 or more hex digits: a signature,
a code, a refresh token) goes. Only the input's first line: below it the name is in view, and
a public entry's value (a state, a nonce, a payload's digest) stays."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.detectors import Span
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_OPENING_VALUE = lazyre.compile(
    r'[ \t]{0,64}"value"[ \t]{0,8}:[ \t]{0,8}"(?P<v>[^"\\\s]{16,4096})"'
)
_AFTER = lazyre.compile(r"[ \t]{0,8},?[ \t]{0,8}\Z")
_HEX_RUN = lazyre.compile(r"[0-9a-f]{32,4096}|[0-9A-F]{32,4096}")


def opening_value_spans(line: str) -> list[Span]:
    """The value of a `"value": "…"` line that opens the input, when it reads generated."""
    if '"value"' not in line[:80]:
        return []
    m = _OPENING_VALUE.match(line)
    if m is None or _AFTER.match(line, m.end()) is None:
        return []
    value = m.group("v")
    if is_trivial_value(value) or not (reads_random(value) or _HEX_RUN.fullmatch(value)):
        return []
    return [(m.start("v"), m.end("v"), KIND)]
