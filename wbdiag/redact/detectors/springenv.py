"""Spring Boot actuator's answer for one property (`GET /actuator/env/{name}`): the value comes
twice without its name, as `{"property":{"source":"…","value":"…"}` and once per property source
as `{"property":{"value":"…","origin":"System Environment Property \\"NAME\\""}}`. The name is
in the request, not in the answer; only an environment variable's origin says it. A value whose
origin names a secret goes, and so does the answer's top-level value when any origin on the line
names one (the answer is about that one property). A sanitised answer (`"******"`) and one whose
origins name no secret stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_trivial_value

KIND = "keyvalue"
_S = r"[ \t]{0,4}"
_STRING = r"\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\""
# a value, then its origin that ends in a quoted name (an environment variable's)
_ORIGIN_NAMED = lazyre.compile(
    r"\"value\""
    + _S
    + ":"
    + _S
    + _STRING
    + _S
    + ","
    + _S
    + r"\"origin\""
    + _S
    + ":"
    + _S
    + r"\"[^\"\\\n]{0,128}\\\"(?P<n>[A-Za-z_][A-Za-z0-9_.\-]{0,127})\\\"\""
)
# the answer's first member: the property, its source and its value
_TOP = lazyre.compile(
    r"\{"
    + _S
    + r"\"property\""
    + _S
    + ":"
    + _S
    + r"\{"
    + _S
    + r"\"source\""
    + _S
    + ":"
    + _S
    + r"\"[^\"\\\n]{1,256}\""
    + _S
    + ","
    + _S
    + r"\"value\""
    + _S
    + ":"
    + _S
    + _STRING
)


def _kept(value: str) -> bool:
    return is_mask(value) or is_trivial_value(value)


def _spans(line: str) -> Iterator[Span]:
    named = False
    for m in _ORIGIN_NAMED.finditer(line):
        if is_secret_name(m.group("n")):
            named = True
            if not _kept(m.group("v")):
                yield m.start("v"), m.end("v"), KIND
    if named:
        for m in _TOP.finditer(line):
            if not _kept(m.group("v")):
                yield m.start("v"), m.end("v"), KIND


ACTUATOR_PROPERTY = Detector(KIND, ('"origin"',), _spans, (r"\"origin\"[ \t]*:[ \t]*\"[^\"]*\\\"",))
