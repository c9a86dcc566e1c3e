"""A tool's parameters given as a name and a value in two arguments, as `set NAME VALUE`
(cmdline.SET_VALUE) gives a setting: papermill's `-p NAME VALUE` / `--parameters NAME VALUE` and
`-r` / `--parameters_raw` (the value kept a string); the value goes when the name is a secret's.
Its `-y` / `--parameters_yaml` YAML string is a mapping the key=value scanner reads, as
`--set name=value` and `-P name=value` are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_setting
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "cmdline"
_TOOLS = ("papermill",)
_PARAM = lazyre.compile(
    r"(?<![\w-])(?:-p|-r|--parameters|--parameters_raw)[ \t]{1,8}"
    r"(?P<name>[A-Za-z_][\w.-]{0,127})[ \t]{1,8}"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
)


def _param_spans(line: str) -> Iterator[Span]:
    at = next((i for i in (line.find(t) for t in _TOOLS) if i >= 0), -1)
    if at < 0:
        return
    for m in _PARAM.finditer(line, at):
        name = m.group("name")
        if not is_secret_setting(name):
            continue
        group = next(g for g in ("sq", "dq", "s") if m.group(g) is not None)
        value = m.group(group)
        if not is_trivial_value(value) and not is_reference_value(name, value):
            yield m.start(group), m.end(group), KIND


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
TOOL_PARAMS = Detector(
    KIND,
    _TOOLS,
    _param_spans,
    (
        r"papermill[ \t][^\n]*[ \t]-(?:p|r|-parameters(?:_raw)?)[ \t]+[a-z0-9_.-]*"
        + _H
        + r"[a-z0-9_.-]*[ \t]+[^\s]",
    ),
)
