"""A setter named for a secret, called with a literal (WLST's `cmo.setPassword('…')`, Java's
`ds.setPassword("…")`, `config.setApiKey("…")`): the literal is the secret. Its name is judged
as any key's (names.is_secret_name); a variable or a call as the argument holds none. Wget's debug output names each option it sets,
`Setting --http-password (httppassword) to VALUE`: the value after `to` is the secret."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

_SETTER = lazyre.compile(
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


# wget -d: `Setting --NAME (COMMAND) to VALUE` (init.c's setval_internal; the rest of the line)
_WGET_SETTING = lazyre.compile(
    r"\bSetting[ \t]--?(?P<n>[A-Za-z][\w-]{0,63})[ \t]\([a-z_]{1,64}\)[ \t]to[ \t](?P<v>\S[^\n]{0,511})"
)


def _wget_spans(line: str) -> Iterator[Span]:
    if "Setting" not in line:
        return
    for m in _WGET_SETTING.finditer(line):
        value = m.group("v").rstrip()
        if is_secret_name(m.group("n")) and not is_trivial_value(value):
            yield m.start("v"), m.start("v") + len(value), KIND


WGET_SETTING = Detector(
    KIND,
    NAME_HINTS,
    _wget_spans,
    (r"\bsetting[ \t]--?[a-z0-9-]*" + _H + r"[a-z0-9-]*[ \t]\([a-z_]+\)[ \t]to[ \t]",),
)
