"""A value an API rejected, echoed in its error: AWS's `InvalidParameterValue: The parameter
MasterUserPassword is not a valid password. Value: …` (Terraform prints it in its apply error
box). The sentence says the value was meant as a password (or a secret, token, key), so the
token after `Value:` goes whatever it reads like: it may be the one the user meant to set, or
that one with a typo.

pydantic v2's `errors()` and FastAPI's 422 body list each error as a mapping: its `loc` names
the field, its `input` is the value rejected (`{'loc': ('s3', 'secretKey'), 'msg': …, 'input':
'…'}`). When the location ends in a secret's name, the input goes."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_VALUE = lazyre.compile(r"\bValue:[ \t]{1,4}(?P<v>[^\s]{1,512})")
_REJECTED = lazyre.compile(
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


_Q = "[\"']"
_S = r"[ \t]{0,4}"
# `'loc': ('body', 'password')` / `"loc":["body","password"]`: the last part is the field
_LOC_INPUT = lazyre.compile(
    _Q + "loc" + _Q + _S + ":" + _S + r"[\[(]"
    r"(?:" + _S + r"(?:[\"'][^\"'\n]{0,64}[\"']|\d{1,6})" + _S + ","
    "){0,8}" + _S + _Q + r"(?P<k>[^\"'\n]{1,64})" + _Q + _S + ",?" + _S + r"[\])]"
    # the members between (`msg`, `type`), each a string or a number, then `input`
    r"(?:"
    + _S
    + ","
    + _S
    + _Q
    + r"\w{1,16}"
    + _Q
    + _S
    + ":"
    + _S
    + r"(?:'[^'\n]{0,512}'|\"[^\"\n]{0,512}\"|-?\d{1,20})){0,4}"
    + _S
    + ","
    + _S
    + _Q
    + "input"
    + _Q
    + _S
    + ":"
    + _S
    + r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,4096})(?P=q)"
)


def _input_spans(line: str) -> Iterator[Span]:
    for m in _LOC_INPUT.finditer(line):
        if is_secret_name(m.group("k")) and not is_trivial_value(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


VALIDATION_INPUT = Detector(
    KIND, ("'loc'", '"loc"'), _input_spans, (_Q + "loc" + _Q + r"[ \t]*:[^\n]*input",)
)
