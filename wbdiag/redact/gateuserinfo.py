"""The leak gate's reading of a URL's userinfo: a random-looking password or lone secret in
it (`scheme://user:password@`, `s3://KEY@host`), also in a URL percent-encoded as another's
parameter, in a Go MySQL DSN without a scheme (`user:password@tcp(host)/db`) and as Go prints a
parsed URL's userinfo (`&{user password true}`). Judged alone, whatever the line says; part of
the context check (gatecontext.py), whose prefilter group holds its hints."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

from wbdiag import lazyre
from wbdiag.redact import gatevendors
from wbdiag.redact.gatetoken import looks_random

# A URL's userinfo (`scheme://user:password@`, `s3://KEY@host`, `rediss://:password@`): the
# password (or a lone secret) in it is judged alone, whatever the line says.
# (no double quote in it: a URL ends there, `"serverUrl":"https://…","userEmail":"dev@…"`)
_USERINFO = lazyre.compile(r"://(?:[^/\s@:\"]{0,128}:)?([^/\s@\"]{1,256})@")
# A URL percent-encoded once or twice as another URL's parameter (`?redis_url=redis%253A%252F%252F…`),
# read decoded: its password may hold a `/` then, as it stands before the `@`.
_ENCODED_URL = lazyre.compile(r"(?i)%(?:25){0,2}3a%(?:25){0,2}2f%(?:25){0,2}2f")
_DECODED_USERINFO = lazyre.compile(r"://[^/\s@:]{0,128}:([^\s@]{1,256})@")
# Go's MySQL driver DSN: a URL's userinfo without a scheme (`user:password@tcp(host:3306)/db`,
# `user:password@(host)/`, `user:password@unix(/run/mysqld.sock)/`)
_GO_DSN = lazyre.compile(r"(?:^|[\s\"'=])[^\s\"'@:/]{1,64}:([^\s\"'@]{1,256})@(?:tcp|unix)?\(")
# Go's `%v` of a `*url.Userinfo`: the user name, the password and `true` (a password is set)
_GO_USERINFO = lazyre.compile(r"&\{[^\s{}]{0,128} ([^\s{}]{8,256}) true\}")
# (for the context check's prefilter group: gatecontext.HINTS)
HINTS: tuple[str, ...] = (
    r"://[^/\s@]*[^/\s@]{8}@",  # (a userinfo of 8 or more: what `_USERINFO` judges)
    r"%(?:25){0,2}3a%(?:25){0,2}2f%(?:25){0,2}2f",  # an encoded URL (`_ENCODED_URL`)
    r"[^\s\"'@]{8}@(?:tcp|unix)?\(",  # a Go DSN (`_GO_DSN`)
    r"&\{[^\s{}]* [^\s{}]{8}[^\s{}]* true\}",  # Go's printed userinfo (`_GO_USERINFO`)
)


def userinfo_secrets(text: str) -> Iterator[str]:
    """Random-looking passwords (or lone secrets) in the userinfo of the line's URLs, of URLs
    percent-encoded in it, of Go DSNs and of the userinfo Go prints (`&{user password true}`)."""
    for m in _USERINFO.finditer(text):
        if looks_random(m.group(1)) and not gatevendors.bucket_at_region(text, m.start(), m.end()):
            yield m.group(1)
    if "%" in text and _ENCODED_URL.search(text) is not None:
        decoded = text
        for _ in range(3):
            decoded = unquote(decoded)
            if "%" not in decoded:
                break
        for m in _DECODED_USERINFO.finditer(decoded):
            if looks_random(m.group(1)):
                yield m.group(1)
    if "@" in text:
        for m in _GO_DSN.finditer(text):
            if looks_random(m.group(1)):
                yield m.group(1)
    if "&{" in text:
        for m in _GO_USERINFO.finditer(text):
            if looks_random(m.group(1)):
                yield m.group(1)
