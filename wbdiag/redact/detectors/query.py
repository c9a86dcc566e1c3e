"""Query parameters and form fields whose name says secret, wherever the query stands: a full
URL, an access log's request path without scheme or host (`"PUT /bucket/key?X-Amz-Signature=…`),
a form body (`grant_type=…&client_secret=…`). Names are judged by names.py (signature, sig,
token, access_token, apiKey, client_secret, X-Amz-Security-Token, X-Goog-Signature, auth, …).

Also `user:password@host` outside a URL (a proxy setting, a log message): the password goes
when the host after the `@` is a dotted name or an IP address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_reference_value, is_secret_name, is_trivial_value

KIND = "query_secret"
_PARAM = re.compile(r"[?&;](?P<k>[A-Za-z][A-Za-z0-9_.\-]{0,64})=(?P<v>[^&\s\"'<>#`|\\]{1,4096})")
_MIN = 6

_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"


def _query_spans(line: str) -> Iterator[Span]:
    for m in _PARAM.finditer(line):
        key, value = m.group("k"), m.group("v")
        if not is_secret_name(key):
            continue
        value = value.rstrip(".,;)]}")
        if len(value) < _MIN or is_trivial_value(value) or is_reference_value(key, value):
            continue
        yield m.start("v"), m.start("v") + len(value), KIND


_USERINFO = re.compile(
    r"(?<![A-Za-z0-9_./:@%+-])(?P<u>[A-Za-z0-9_.+-]{1,64}):(?P<p>[^\s@:/\"'<>]{3,128})@"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])"
)
_NOT_USERS = frozenset({"mailto", "sip", "sips", "xmpp", "tel", "git", "ssh"})
_WORD = re.compile(r"[A-Za-z]+")


def _userinfo_spans(line: str) -> Iterator[Span]:
    for m in _USERINFO.finditer(line):
        password = m.group("p")
        if m.group("u").lower() in _NOT_USERS or _WORD.fullmatch(password):
            continue  # `mailto:bob@example.com`; a word is a user name, not a password
        if is_trivial_value(password):
            continue
        yield m.start("p"), m.end("p"), "url_password"


QUERY_SECRET = Detector(
    KIND,
    NAME_HINTS,
    _query_spans,
    (r"[?&;][A-Za-z0-9_.\-]*" + _H + r"[A-Za-z0-9_.\-]*=[^&\s\"'<>#]{6}",),
)
BARE_USERINFO = Detector(
    "url_password",
    ("@",),
    _userinfo_spans,  # the literal `@` is the cheapest Hyperscan hint: a longer pattern costs more
)
