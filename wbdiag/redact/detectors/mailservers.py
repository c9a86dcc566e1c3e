"""Secrets that mail servers keep or log in places of their own, no secret name before them:
- Dovecot's `doveadm auth test|login [-x FIELD=VALUE]… USER PASSWORD` and `doveadm pw -p
  PASSWORD`, and its auth debug line with `auth_debug_passwords = yes`, `SCHEME(PASSWORD) !=
  'STORED'` (the password given, beside the stored hash the crypt detector takes);
- Exim's `client_send` of a plaintext authenticator (`: USER : PASSWORD`, `^USER^PASSWORD`): the
  last item of the list, and a lookup's server list (`hide mysql_servers =
  HOST::PORT/DB/USER/PASSWORD`, also `pgsql_servers`, `redis_servers`);
- OpenDKIM's KeyTable with the key inline (`DOMAIN:SELECTOR:MII…`, the third field in place of
  a key file's path): the private key in base64 DER.
An expansion (`${extract…}`, `$auth1`), a usage's metavar and a mask stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "mailserver"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
_ARG = r"(?:'[^'\n]{1,128}'|\"[^\"\n]{1,128}\"|[^\s'\"]{1,256})"
_SP = r"[ \t]{1,8}"
_PLACED = lazyre.compile(
    r"(?:\bdoveadm[ \t]{1,4}auth[ \t]{1,4}(?:test|login)(?:[ \t]{1,4}-[a-zA-Z][ \t]{1,4}"
    + _ARG + r"){0,8}[ \t]{1,4}(?!-)" + _ARG + _SP
    + r"|\bdoveadm[ \t]{1,4}pw\b[^\n]{0,128}?[ \t]-p" + _SP
    + r")" + _VALUE + r"(?=[ \t]*\Z|[ \t])"
)  # fmt: skip
# Dovecot's auth debug: `SHA512-CRYPT(given) != '$6$…'`, `PLAIN(given) != 'stored'`
_GIVEN = lazyre.compile(
    r"\b[A-Z][A-Z0-9]{1,15}(?:-[A-Z0-9]{1,15}){0,3}\((?P<s>[^\s)]{1,256})\)[ \t]{1,4}!=[ \t]{1,4}'"
)
# the last item of Exim's `client_send` list, after `:` or `^` (its default separator, or the
# NUL that PLAIN's `^` stands for)
_CLIENT_SEND = lazyre.compile(
    r"[ \t]*client_send[ \t]{0,8}=[ \t]{0,8}[^\n]{0,512}?[:^][ \t]{0,4}(?P<s>[^\s:^]{1,256})[ \t]*\Z"
)
_SERVERS = lazyre.compile(
    r"\b(?:mysql|pgsql|redis|oracle|ibase)_servers[ \t]{0,8}=[ \t]{0,8}[^\s/]{1,260}/[^\s/]{1,128}/"
    r"[^\s/]{1,128}/(?P<s>[^\s:]{1,256})"
)
_KEYTABLE = lazyre.compile(
    r"(?<=[^\s:]):[^\s:]{1,128}:(?P<s>MII[A-Za-z0-9+/]{60,8192}={0,2})(?![\w+/=])"
)


def _kept(value: str) -> bool:
    return not (
        value[0] in "<[$%" or is_trivial_value(value) or is_template(value) or is_mask(value)
    )


def _spans(line: str) -> Iterator[Span]:
    if "doveadm" in line:
        for m in _PLACED.finditer(line):
            for group in ("sq", "dq", "s"):
                start, end = m.span(group)
                if end > start and _kept(line[start:end]):
                    yield start, end, KIND
    found: list[re.Match[str]] = []
    if "!=" in line:
        found.extend(_GIVEN.finditer(line))
    if "client_send" in line and (sent := _CLIENT_SEND.match(line)) is not None:
        found.append(sent)  # (a setting of its own line: one try, at its start)
    if "_servers" in line:
        found.extend(_SERVERS.finditer(line))
    if ":MII" in line:
        found.extend(_KEYTABLE.finditer(line))
    for m in found:
        if _kept(m.group("s")):
            yield m.start("s"), m.end("s"), KIND


MAIL_SERVERS = Detector(
    KIND,
    ("doveadm", ") != '", "client_send", "_servers", ":mii"),
    _spans,
    (
        r"\bdoveadm[ \t]+(?:auth[ \t]+(?:test|login)|pw\b[^\n]*[ \t]-p)[ \t]",
        r"\([^\s)]+\)[ \t]+!=[ \t]+'",
        r"\bclient_send[ \t]*=",
        r"_servers[ \t]*=[ \t]*[^\s/]+/[^\s/]+/[^\s/]+/",
        r"[^\s:]:[^\s:]+:mii[a-z0-9+/]{60}",
    ),
)  # fmt: skip
