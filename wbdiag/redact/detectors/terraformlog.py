"""Terraform showing a variable's value with its name quoted before it: `TF_LOG=TRACE`'s
`backend/local: variable "oidc_client_secret" from terraform.tfvars = "…"` (where the value
came from between them), and a `random_password`'s `result` in a state file written on one
line (`terraform state pull | jq -c`: its `bcrypt_hash` beside it says which resource it is; the
state pretty-printed over lines: nextshown.py), and a literal `value` in a diagnostic's source
snippet (`│   74:     value = "…"`: a `set` block of a `helm_release` quoted with the error, its
`name` line cut off) when it reads as generated, not as a word, a host, an image or an ARN."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.sentence import generated
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "keyvalue"
_STRING = r"\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\""
_VARIABLE = lazyre.compile(
    r"\bvariable[ \t]{1,4}\"(?P<n>[A-Za-z_][A-Za-z0-9_-]{0,127})\""
    r"(?:[ \t]{1,4}from[ \t]{1,4}[^\s=\"]{1,256})?[ \t]{1,4}=[ \t]{1,4}" + _STRING
)
# a source line a diagnostic quotes, under its line number, in the box Terraform draws
_SNIPPET_VALUE = lazyre.compile(
    r"\u2502[ \t]{1,8}\d{1,6}:[ \t]{1,64}value[ \t]{0,8}=[ \t]{0,4}" + _STRING
)
_RESULT = lazyre.compile(r"\"result\"[ \t]{0,4}:[ \t]{0,4}" + _STRING)


def _kept(value: str) -> bool:
    return is_mask(value) or is_trivial_value(value) or is_template(value)


def _variable_spans(line: str) -> Iterator[Span]:
    for m in _VARIABLE.finditer(line):
        if is_secret_name(m.group("n")) and not _kept(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


def _result_spans(line: str) -> Iterator[Span]:
    if '"bcrypt_hash"' not in line:
        return
    for m in _RESULT.finditer(line):
        if not _kept(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


TF_VARIABLE = Detector(
    KIND, ("variable",), _variable_spans, (r"\bvariable[ \t]+\"[^\"]*\"[^\n]*=",)
)
TF_PASSWORD_RESULT = Detector(
    KIND, ("bcrypt_hash",), _result_spans, (r"\"bcrypt_hash\"[^\n]*\"result\"",)
)


def _snippet_spans(line: str) -> Iterator[Span]:
    for m in _SNIPPET_VALUE.finditer(line):
        value = m.group("v")
        if generated(value) and "/" not in value and ":" not in value and not _kept(value):
            yield m.start("v"), m.end("v"), KIND


TF_SNIPPET_VALUE = Detector(KIND, ("value",), _snippet_spans, (r"\d:[ \t]+value[ \t]*=[ \t]*\"",))
