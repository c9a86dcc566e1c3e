"""A value a diff shows changed from one generated value to another (the leak gate, gate.py): a
rotated credential, as `argocd app diff`, `kubectl diff` or `diff` print a Deployment's env
entry, whose name the hunk does not show (`<         value: …` / `---` / `>         value: …`,
unified `-    value: …` / `+    value: …`). An entry's `value` (or a secret's own name) whose old
and new values both read as generated, and differ, holds a secret; a lockfile's `integrity`, a
digest, an id, a version or a date is no value of an entry, or reads as no generated one."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX
from wbdiag.redact.gatetoken import looks_random
from wbdiag.redact.gatevalues import own_secret_name

# a changed member: the diff's mark, the member's name, its value (quoted or not)
_CHANGED = lazyre.compile(
    r"(?P<m>[<>+-])[ \t]{1,64}[\"']?(?P<k>[A-Za-z_][\w.-]{0,63})[\"']?[ \t]{0,4}:[ \t]{1,8}"
    r"[\"']?(?P<v>[^\s\"']{8,256})[\"']?,?[ \t]*\Z"
)
_SEPARATOR = lazyre.compile(r"---[ \t]*\Z|[0-9]+(?:,[0-9]+)?[acd][0-9]+(?:,[0-9]+)?[ \t]*\Z")
_HEX = lazyre.compile(r"(?:sha[0-9]{1,3}:)?[0-9a-fA-F]{7,128}")
# the members that hold a value named elsewhere (an env entry's `value`, a Secret's `data`)
_VALUE_MEMBERS = frozenset(("value", "val", "data", "stringdata"))
_OLD, _NEW = "<-", ">+"
_REACH = 3  # lines from the old value to the new one (a normal diff's `---` between them)

LITERALS = ("< ", "<\t", "- ", "-\t")
HINTS = (r"^[<-][ \t]+[\"']?[A-Za-z_][0-9A-Za-z_.-]{0,63}[\"']?[ \t]*:[ \t]+[\"']?[^\s\"']{8}",)


def _generated(key: str, value: str) -> bool:
    return (
        (key.lower() in _VALUE_MEMBERS or own_secret_name(key))
        and MIXED_RX.search(value) is not None
        and _HEX.fullmatch(value) is None
        and looks_random(value)
    )


def changed_secrets(block: list[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the old and the new value of a member changed at line `i` from one
    generated value to another."""
    old = _CHANGED.match(block[i])
    if old is None or old.group("m") not in _OLD:
        return
    key, before = old.group("k"), old.group("v")
    if not _generated(key, before):
        return
    for j in range(i + 1, min(len(block), i + 1 + _REACH)):
        new = _CHANGED.match(block[j])
        if new is None:
            if _SEPARATOR.match(block[j]) is not None:
                continue
            return
        if new.group("m") in _NEW and new.group("k") == key:
            after = new.group("v")
            if after != before and _generated(key, after):
                yield i, before
                yield j, after
            return
