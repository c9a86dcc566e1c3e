"""A value an API rejected, echoed in its error: AWS's `InvalidParameterValue: The parameter
MasterUserPassword is not a valid password. Value: …` (Terraform prints it in its apply error
box). The sentence says the value was meant as a password (or a secret, token, key), so the
token after `Value:` goes whatever it reads like: it may be the one the user meant to set, or
that one with a typo."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_VALUE = re.compile(r"\bValue:[ \t]{1,4}(?P<v>[^\s]{1,512})")
_REJECTED = re.compile(
    r"(?i)\b(?:not[ \t]an?[ \t]valid|invalid)[ \t](?:password|passphrase|secret|token|api[ _-]?key)\b"
)
_LOOK_BACK = 200  # characters of the sentence before `Value:` (keeps it linear)


def _rejected_spans(line: str) -> Iterator[Span]:
    for m in _VALUE.finditer(line):
        if _REJECTED.search(line, max(0, m.start() - _LOOK_BACK), m.start()) is None:
            continue
        if not is_trivial_value(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


REJECTED_VALUE = Detector(
    KIND,
    ("value:",),
    _rejected_spans,
    (
        r"(?:not[ \t]an?[ \t]valid|invalid)[ \t](?:password|passphrase|secret|token|api[ _-]?key)"
        r"[^\n]*value:[ \t]",
    ),
)
