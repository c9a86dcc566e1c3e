"""Links that carry a one-time credential in their query: an OAuth callback's authorization code,
an invitation's or a device login's code (`…/invite?code=…`, `…/callback?code=…`). The value is
judged as generated (gatetoken.looks_random) in the link as it stands, in a link a mail filter
rewrote (Proofpoint's `urldefense.com/v3/__<link>__;…$` and `v2/url?u=<link, encoded>`), in a
form's body that posts the callback's parameters (`code=…&state=…`), in a redirect parameter
that holds the link percent-encoded once or twice (`?next=%2Fcallback%3Fcode%3D…`, `%253D`), in
a Rails log's parameters (`Parameters: {"code"=>"…", "state"=>"…"}`), and in a captured
request's name/value entry (a HAR's `queryString` and `postData.params`, Postman's and
Insomnia's key/value lists), its value on the name's line or on the line after it (`"name":
"code",` then `"value": "…"`, as pretty-printed JSON writes an entry)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from urllib.parse import unquote

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random

_NAMES = r"(?:code|auth_code|authorization_code|invite_code|device_code)"
_CODE = lazyre.compile(r"[?&]" + _NAMES + r"=([^&\s\"'<>#]{8,512})")
# (or posted as a form's body, OAuth's `response_mode=form_post` or a client's debug print of
# it: `send: b'code=…&state=…'`; a body opens at a quote or the line's start, `state` after it)
_FORM_CODE = lazyre.compile(
    r"(?:^|(?<=[\"'\s]))" + _NAMES + r"=([^&\s\"'<>#]{8,512})&[^\s\"']{0,512}?state="
)
# (or a request's parameters as Rails logs them: `Parameters: {"code"=>"…", "state"=>"…"}`)
_HASH_CODE = lazyre.compile(r'"' + _NAMES + r'"[ \t]{0,2}=>[ \t]{0,2}"([^"\s\\]{8,512})"')
_V3 = lazyre.compile(r"https?://urldefense(?:\.proofpoint)?\.com/v3/__(\S{1,2048}?)__;")
_V2 = lazyre.compile(r"https?://urldefense(?:\.proofpoint)?\.com/v2/url\?u=([^&\s]{1,2048})")
_V2_CODES = str.maketrans("-_", "%/")

# a name/value entry whose name is a one-time code, and its value (`entry_codes`)
_ENTRY_NAME = lazyre.compile(r'"(?:name|key)"[ \t]{0,4}:[ \t]{0,4}"' + _NAMES + r'"', re.IGNORECASE)
_ENTRY_VALUE = lazyre.compile(r'"value"[ \t]{0,4}:[ \t]{0,4}"([^"\s\\]{8,512})"')

LITERALS = ("code=", "code%3d", "code%253d", "urldefense", '"code"', '_code"')
HINTS = (
    r'"(?:name|key)"[ \t]{0,4}:[ \t]{0,4}"' + _NAMES + '"',
    r"[?&]" + _NAMES + r"=[^&\s]{8}",
    r"%(?:25)?(?:3f|26)" + _NAMES + r"%(?:25)?3d",
    r"urldefense(?:\.proofpoint)?\.com/v[23]/",
    r"(?:^|[\"'\s])" + _NAMES + r"=[^&\s]{8}[^&\s]*&[^\s\"']*state=",
    r'"' + _NAMES + r'"[ \t]*=>[ \t]*"[^"\s\\]{8}',
)


def _unwrapped(text: str) -> str:
    """`text` with links a mail filter rewrote as the links they stand for."""
    if "urldefense" not in text:
        return text
    text = _V3.sub(lambda m: m.group(1) + " ", text)
    return _V2.sub(lambda m: unquote(m.group(1).translate(_V2_CODES)), text)


def link_secrets(text: str) -> Iterator[str]:
    """The generated codes in the links on a line."""
    text = _unwrapped(text)
    variants = [text]
    if "%" in text:
        variants.append(unquote(text))
        if "%" in variants[-1]:
            variants.append(unquote(variants[-1]))
    for variant in variants:
        found = (
            _CODE.finditer(variant),
            _FORM_CODE.finditer(variant),
            _HASH_CODE.finditer(variant),
        )
        for m in itertools.chain(*found):
            value = m.group(1)
            if "[REDACTED" not in value and "%" not in value and looks_random(value):
                yield value
                return


def entry_codes(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for a generated value of a name/value entry on line `i` whose name is a
    one-time code, the value on that line or alone on the next (a HAR's `"name": "code",` then
    `"value": "…"`); a reference to a variable (`{{authCode}}`) or a number is no code."""
    m = _ENTRY_NAME.search(block[i])
    if m is None:
        return
    found, j = _ENTRY_VALUE.search(block[i], m.end()), i
    if found is None and i + 1 < len(block):
        found, j = _ENTRY_VALUE.match(block[i + 1].lstrip()), i + 1
    if found is not None and "[REDACTED" not in found.group(1) and looks_random(found.group(1)):
        yield j, found.group(1)
