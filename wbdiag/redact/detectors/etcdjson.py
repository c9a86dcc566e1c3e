"""etcd's answers as JSON (`etcdctl get -w json`, `watch -w json`, the v3 gRPC gateway's
`/v3/kv/range`): each key and value is base64 (`"key":"L3dhbmRiL3JlZGlzX3Bhc3N3b3Jk"` is
`/wandb/redis_password`), so no name is readable on the line. The key is decoded; when its last
segment names a secret, the value in the same object goes (as base64, whatever it decodes to,
unless it decodes to nothing worth hiding: a flag, a small number)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_B64 = r"[A-Za-z0-9+/]{4,4096}={0,2}"
_S = r"[ \t]{0,4}"
# a key, then members with no object or string of their own (revisions, a version, a lease), then
# the value
_KEY_VALUE = lazyre.compile(
    r"\"key\"" + _S + ":" + _S + r"\"(?P<k>" + _B64 + r")\"" + _S + ","
    r"(?:" + _S + r"\"[a-z_]{1,32}\"" + _S + ":" + _S + r"-?\d{1,20}" + _S + ","
    r"){0,8}" + _S + r"\"value\"" + _S + ":" + _S + r"\"(?P<v>" + _B64 + r")\""
)
_SEGMENT = lazyre.compile(r"[/.:]")


def _decoded(text: str) -> str | None:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _spans(line: str) -> Iterator[Span]:
    for m in _KEY_VALUE.finditer(line):
        key = _decoded(m.group("k"))
        if key is None or not is_secret_name(_SEGMENT.split(key.rstrip("/"))[-1]):
            continue
        value = _decoded(m.group("v"))
        if value is not None and is_trivial_value(value):
            continue
        yield m.start("v"), m.end("v"), KIND


ETCD_JSON = Detector(KIND, ('"kvs"', '"kv"'), _spans, (r"\"kvs?\"[ \t]*:",))
