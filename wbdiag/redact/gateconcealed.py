"""Fields a password manager's export marks as concealed (the leak gate, gate.py): 1Password's
`.1pux` login field designated `password` (`{ "value": "…", …, "designation": "password" }`) and
a section field's `{ "concealed": "…" }`, KeePass' XML `<Value ProtectInMemory="True">…</Value>`.
The mark says the value is a secret; it is judged as generated (gatetoken.looks_random), so an
empty field or a word stays."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random

_CONCEALED = lazyre.compile(r"\"concealed\"[ \t]{0,4}:[ \t]{0,4}\"([^\"\\\n]{6,512})\"")
# one object on its line that is designated the password, and its `value`
_DESIGNATED = lazyre.compile(
    r"\{[^{}\n]{0,512}?\"designation\"[ \t]{0,4}:[ \t]{0,4}\"password\"[^{}\n]{0,512}\}"
)
_VALUE = lazyre.compile(r"\"value\"[ \t]{0,4}:[ \t]{0,4}\"([^\"\\\n]{6,512})\"")
_PROTECTED = lazyre.compile(
    r"<Value[ \t][^<>\n]{0,128}ProtectInMemory=\"True\"[^<>\n]{0,128}>([^<>\n]{6,512})</Value>"
)

LITERALS = ('"concealed"', '"designation"', "protectinmemory")
HINTS = (
    r"\"concealed\"[ \t]*:[ \t]*\"[^\"\n]{6}",
    r"\"designation\"[ \t]*:[ \t]*\"password\"",
    r"protectinmemory=\"true\"[^<>\n]*>[^<\n]{6}",
)


def concealed_values(text: str) -> Iterator[str]:
    found: list[str] = []
    if '"concealed"' in text:
        found.extend(m.group(1) for m in _CONCEALED.finditer(text))
    if '"designation"' in text:
        for obj in _DESIGNATED.finditer(text):
            found.extend(m.group(1) for m in _VALUE.finditer(obj.group()))
    if "ProtectInMemory" in text:
        found.extend(m.group(1) for m in _PROTECTED.finditer(text))
    for value in found:
        if looks_random(value):
            yield value
            return
