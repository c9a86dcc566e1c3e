"""A Kubernetes Secret's values by their place (the leak gate, gate.py): under its `data:` each
value is base64 of the secret whatever its key is named (`cloud:`, `creds:`, `wg0.conf:`,
`MYSQL:`), under `stringData:` the secret as it is; no secret word need stand beside it. Read
in the object `kind: Secret` names (above or below the mapping, within its YAML document); a
`data:` value decoded, once more when it decodes to one base64 run (a file encoded before it
was stored), then judged: one token as a value its place names a secret (`plausible_secret`,
or letters and digits where the key is a secret's own name, `auth_pass: REpUcE1VcEc=`), text
by what the gate reads in text (a secret word's value, a URL's password: gatedecode.py), a
Kerberos keytab by its header. Public material stays public: a certificate, a public key, a
CA bundle (gatepublic.py's forms; their text holds no token a secret word names)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact import gatedecode, gateshapes
from wbdiag.redact.gatealigned import secret_column
from wbdiag.redact.gatecontext import MIXED_RX
from wbdiag.redact.gatetoken import looks_random, made_up, plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name

_OPENS = lazyre.compile(r"(?P<i>[ \t]*)(?P<s>string)?(?i:data):[ \t]*\r?\Z")
_JSON_OPENS = lazyre.compile(r"(?P<i>[ \t]*)\"(?P<s>string)?(?i:data)\":[ \t]*\{[ \t]*\r?\Z")
_KIND = lazyre.compile(r"[ \t]*(?:kind:[ \t]*Secret|\"kind\":[ \t]*\"Secret\",?)[ \t]*\r?\Z")
_DOCUMENT = lazyre.compile(r"---[ \t]*\r?\Z")
_ENTRY = lazyre.compile(
    r"(?P<i>[ \t]*)(?P<q>[\"']?)(?P<k>[\w.-]{1,253})(?P=q):[ \t]*(?P<r>[\"']?)"
    r"(?P<v>[^\s\"']{1,8192})(?P=r),?[ \t]*\r?\Z"
)
_B64 = lazyre.compile(r"[A-Za-z0-9+/]{4,8192}={0,2}")
_KIND_REACH = 40  # lines around the mapping the object's `kind` is on
_REACH = 64  # entries read
_PEM = lazyre.compile(r"-----BEGIN ([A-Z0-9 ]{1,64})-----")
_LINES = 64  # lines of a decoded file read
_KEYTAB = b"\x05\x02"  # a keytab file's version, its first two bytes

LITERALS = ("data",)
HINTS = (r"^[ \t]*(?:\"(?:string)?data\":[ \t]*\{|(?:string)?data:)[ \t]*\r?$",)


def _secret_object(block: Sequence[str], i: int) -> bool:
    """The object the mapping at `i` is in is a Secret."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(block) and abs(j - i) <= _KIND_REACH:
            if _DOCUMENT.match(block[j]):
                break
            if _KIND.match(block[j]):
                return True
            j += step
    return False


def _layers(value: str) -> Iterator[bytes]:
    """The value decoded, and decoded once more when that is one base64 run (a file encoded
    before it was stored)."""
    for _ in range(2):
        if _B64.fullmatch(value) is None:
            return
        try:
            raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except (binascii.Error, ValueError):
            return
        yield raw
        value = raw.decode("ascii", "replace").strip()


def _token(value: str, key: str) -> bool:
    if "[REDACTED" in value or reference(value) or made_up(value):
        return False
    if plausible_secret(value) or looks_random(value):
        return True
    named = own_secret_name(key) or secret_column(key)
    return named and len(value) >= 6 and MIXED_RX.search(value) is not None


_SHAPES = [(s.kind, lazyre.compile(s.pattern, re.MULTILINE)) for s in gateshapes.SHAPES]


def _text_secret(line: str) -> bool:
    """A line of a decoded file holds a secret: a token of a vendor's shape, a secret word's
    value, a URL's password."""
    for kind, rx in _SHAPES:
        for m in rx.finditer(line):
            if not gateshapes.public_match(kind, m, line, ""):
                return True
    return any(gatedecode.text_secrets(line))


def _judged(key: str, value: str, plain: bool) -> bool:
    if plain:
        return _token(value, key)
    for raw in _layers(value):
        if raw.startswith(_KEYTAB) and len(raw) >= 32:
            return True
        try:
            text = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            return False
        pem = _PEM.match(text)
        if pem is not None and "PRIVATE" not in pem.group(1):
            return False  # (a certificate, a public key: published)
        if text and " " not in text and "\n" not in text and text.isprintable():
            if _token(text, key):
                return True
        elif any(_text_secret(line) for line in text.splitlines()[:_LINES]):
            return True
    return False


def data_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a Secret's value in the `data:` or `stringData:` mapping opened at
    `i`."""
    m = _OPENS.match(block[i]) or _JSON_OPENS.match(block[i])
    if m is None or not _secret_object(block, i):
        return
    indent = len(m.group("i").expandtabs())
    plain = m.group("s") is not None
    for j in range(i + 1, min(len(block), i + 1 + _REACH)):
        entry = _ENTRY.match(block[j])
        if entry is None or len(entry.group("i").expandtabs()) <= indent:
            return
        if _judged(entry.group("k"), entry.group("v"), plain):
            yield j, entry.group("v")
