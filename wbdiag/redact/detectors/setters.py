"""A setter named for a secret, called with a literal (WLST's `cmo.setPassword('…')`, Java's
`ds.setPassword("…")`, `config.setApiKey("…")`): the literal is the secret. Its name is judged
as any key's (names.is_secret_name); a variable or a call as the argument holds none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.values import is_reference_value, is_trivial_value

KIND = "keyvalue"

_SETTER = re.compile(
    r"\bset(?P<n>[A-Z][A-Za-z0-9]{1,63})\([ \t]{0,4}"
    r"(?:'(?P<sq>(?:[^'\\\n]|\\.){1,512})'|\"(?P<dq>(?:[^\"\\\n]|\\.){1,512})\")[ \t]{0,4}\)"
)


def _spans(line: str) -> Iterator[Span]:
    if "set" not in line:
        return
    for m in _SETTER.finditer(line):
        name = m.group("n")
        group = "sq" if m.group("sq") is not None else "dq"
        value = m.group(group)
        if (
            is_secret_name(name)
            and not is_trivial_value(value)
            and not is_reference_value(name, value)
        ):
            yield m.start(group), m.end(group), KIND


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
SECRET_SETTER = Detector(
    KIND, NAME_HINTS, _spans, (r"\bset[a-z0-9]*" + _H + r"[a-z0-9]*\([ \t]*[\"']",)
)
