"""Secrets keyed by the address they open, in a mapping named for them, read by the gate's own
patterns (none shared with the redactor), for gatecollected.py: a settings dump that prints a
map from URLs or hosts to keys on one line (the W&B SDK's debug log: `{'azure_account_url_to_
access_key': {'https://acct.blob.core.windows.net': '…=='}}`). The address stands between the
name and each value, out of the context check's reach; the values are judged as generated."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random

# a quoted name, then an object opened on the line, its members to the object's end
_MAP = lazyre.compile(
    r"[\"'](?P<n>[\w.-]{1,64})[\"'][ \t]{0,4}:[ \t]{0,4}\{(?P<m>[^{}\n]{1,4096})\}"
)
# a member keyed by an address: a URL or a host name, and a quoted value
_ADDRESSED = lazyre.compile(
    r"[\"'](?:[a-z][a-z0-9+.-]{1,16}://)?[\w.-]{1,253}(?::\d{1,5})?(?:/[^\"'\s]{0,256})?[\"']"
    r"[ \t]{0,4}:[ \t]{0,4}[\"'](?P<v>[^\"'\s]{8,512})[\"']"
)

LITERALS = ("://",)  # (what HINTS requires, its blanks around `:` and `{` left free)
HINTS = (r"[\"'][ \t]*:[ \t]*\{[ \t]*[\"'][a-z][a-z0-9+.-]*://",)


def addressed_secrets(text: str, names_secret: Callable[[str], bool]) -> Iterator[str]:
    """The generated values of a mapping on the line whose name names a secret (`names_secret`)
    and whose keys are addresses (one with a scheme among them)."""
    for m in _MAP.finditer(text) if "{" in text else ():
        if "://" not in m.group("m") or not names_secret(m.group("n")):
            continue
        for member in _ADDRESSED.finditer(m.group("m")):
            if looks_random(member.group("v")):
                yield member.group("v")
