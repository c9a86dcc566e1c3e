"""Fields a password manager's export marks as concealed (the leak gate, gate.py): 1Password's
`.1pux` login field designated `password` (`{ "value": "…", …, "designation": "password" }`),
a section field's `{ "concealed": "…" }` and an item's `passwordHistory` (its former passwords,
`{ "value": "…", "time": … }` each, on the lines of its list: `history_values`), KeePass' XML
`<Value ProtectInMemory="True">…</Value>`. The mark says the value is a secret; it is judged as
generated (gatetoken.looks_random), so an empty field or a word stays."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

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

LITERALS = ('"concealed"', '"designation"', "protectinmemory", '"passwordhistory"')
HINTS = (
    r"\"concealed\"[ \t]*:[ \t]*\"[^\"\n]{6}",
    r"\"passwordhistory\"[ \t]*:[ \t]*\[",
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


_HISTORY = lazyre.compile(r"\"passwordHistory\"[ \t]{0,4}:[ \t]{0,4}\[")
_STRING = lazyre.compile(r"\"(?:[^\"\\\n]|\\.)*\"")
_HISTORY_REACH = 64  # lines of a history list read after its name


def history_values(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the former passwords listed after `"passwordHistory": [` on line `i`,
    on its line or the lines up to the list's `]`."""
    opened = _HISTORY.search(block[i])
    if opened is None:
        return
    pos = opened.end()
    for j in range(i, min(len(block), i + _HISTORY_REACH)):
        text = block[j][pos:]
        pos = 0
        # (the list's `]`, not one inside a string: a password may hold it)
        end = _STRING.sub(lambda m: "_" * len(m.group()), text).find("]")
        for m in _VALUE.finditer(text if end < 0 else text[:end]):
            if looks_random(m.group(1)):
                yield j, m.group(1)
        if end >= 0:
            return
