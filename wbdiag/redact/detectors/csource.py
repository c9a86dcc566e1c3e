"""A secret written into C or C++ source, as firmware keeps its Wi-Fi and cloud credentials: a
macro, `#define NAME "value"` (Arduino's `arduino_secrets.h`, Tasmota's
`user_config_override.h`, Blynk's `BLYNK_AUTH_TOKEN`), and a character array, `char NAME[] =
"value";` (the sketches' `char pass[] = "…";`). The name is judged as any key's
(names.is_secret_name); a macro that names another (`#define WIFI_PASS SECRET_PASS`), an empty
string and a placeholder stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

_STRING = r"\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\""
_DEFINE = lazyre.compile(r"^[ \t]*#[ \t]*define[ \t]+(?P<n>[A-Za-z_]\w{0,63})[ \t]+" + _STRING)
_ARRAY = lazyre.compile(
    r"\bchar[ \t]+(?P<n>[A-Za-z_]\w{0,63})[ \t]*\[[0-9]{0,4}\][ \t]*=[ \t]*" + _STRING
)


def _spans(line: str) -> Iterator[Span]:
    for rx in (_DEFINE, _ARRAY):
        for m in rx.finditer(line):
            name, value = m.group("n"), m.group("v")
            if (
                is_secret_name(name)
                and not is_trivial_value(value)
                and not is_reference_value(name, value)
            ):
                yield m.start("v"), m.end("v"), KIND


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
C_SOURCE = Detector(
    KIND,
    ("define", "char"),
    _spans,
    (
        r"^[ \t]*#[ \t]*define[ \t]+\w*" + _H + r"\w*[ \t]+\"",
        r"\bchar[ \t]+\w*" + _H + r"\w*[ \t]*\[[0-9]*\][ \t]*=[ \t]*\"",
    ),
)
