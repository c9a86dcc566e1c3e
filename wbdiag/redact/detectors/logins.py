"""Basic credentials without their scheme: base64 of `user:password` kept under a name that says
nothing (a logger's `"raw": "d2FuZGI6…"` field, a proxy's dump of the header's bytes). The
token goes when it decodes to a login name, a colon, and a password that reads as generated;
base64 of anything else (a record with more colons, a name and a tag, a path) stays.

The lines are found by the base64 of the names services log in as most, followed by the colon,
at the token's start (Basic credentials always start at the user name, so the encoding is
aligned); tokens.BASIC_AUTH finds the value after `Basic ` whatever the name."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.encodedtext import hint_literal
from wbdiag.redact.values import is_trivial_value

KIND = "basic_auth"
LOGINS = (
    b"wandb", b"admin", b"root", b"user", b"minio", b"minioadmin", b"postgres", b"mysql",
    b"default", b"elastic", b"apikey", b"token", b"oauth2accesstoken", b"x-access-token",
    b"deploy", b"service", b"jenkins", b"gitlab-ci-token", b"guest", b"redis", b"ubuntu",
)  # fmt: skip
# the base64 characters that `name:` alone decides, at a token's start
_PREFIXES = tuple(
    base64.b64encode(name + b":").decode()[: (len(name) + 1) * 8 // 6] for name in LOGINS
)
_TOKEN = lazyre.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{12,1024}={0,2}(?![A-Za-z0-9+/_=-])")
_LOGIN = lazyre.compile(r"[A-Za-z_][\w.@+-]{0,63}")


def _login_pair(token: str) -> bool:
    """Base64 of `name:password`, the password generated-looking and of one piece."""
    try:
        raw = token.rstrip("=")
        decoded = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return False
    name, sep, secret = decoded.partition(":")
    if not sep or _LOGIN.fullmatch(name) is None or not secret.isprintable():
        return False
    if " " in secret or ":" in secret or "/" in secret:
        return False  # a record (`root:x:0:0:…`), a time, a path: data, not a password
    return not is_trivial_value(secret) and looks_random(secret)


def _spans(line: str) -> Iterator[Span]:
    for m in _TOKEN.finditer(line):
        if m.group().startswith(_PREFIXES) and _login_pair(m.group()):
            yield m.start(), m.end(), KIND


BASE64_LOGIN = Detector(
    KIND,
    tuple(sorted({hint_literal(p) for p in _PREFIXES})),
    _spans,
    tuple(re.escape(p) for p in _PREFIXES),
)
