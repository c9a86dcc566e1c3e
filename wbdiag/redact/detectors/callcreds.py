"""A password in a call or a protocol's command, as a client's debug output, a transcript or a
script gives it: SMTP's and IMAP's SASL initial response (`AUTH PLAIN <base64>`, XOAUTH2,
OAUTHBEARER), IMAP's `TAG LOGIN user password`, Perl DBI's `DBI->connect(DSN, USER, 'PASSWORD')`
and a DBI data source, user and password in a list, Python requests' `auth=('user', '…')`,
PowerShell's plain text handed to ConvertTo-SecureString, and ldap3's logged simple bind.
(Command lines: cmdline.py, whose VALUE, TS and ARG these share.)"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, regex_detector
from wbdiag.redact.detectors.cmdline import ARG, TS, VALUE
from wbdiag.redact.values import is_mask, is_trivial_value

# SMTP's (and IMAP's `AUTHENTICATE`) SASL initial response in a mail client's debug output:
# `AUTH PLAIN <base64 of \0user\0password>`, `AUTH XOAUTH2 <base64 of user=…\1auth=Bearer …>`,
# `AUTH OAUTHBEARER <base64 of n,a=…,\1auth=Bearer …>`
_SMTP_AUTH = lazyre.compile(
    r"(?i)\bAUTH(?:ENTICATE)?[ \t]{1,4}(?P<m>PLAIN|XOAUTH2|OAUTHBEARER)[ \t]{1,4}"
    r"(?P<s>[A-Za-z0-9+/]{8,4096}={0,2})"
)
# what Nodemailer logs for the password in its `AUTH PLAIN` line (the line it sends holds it)
_LOGGED_MASK = "/* secret */"


def _smtp_auth_spans(line: str) -> Iterator[Span]:
    for m in _SMTP_AUTH.finditer(line):
        if m.group("s").isupper():
            continue  # the next mechanism a server's capability line lists (`OAUTHBEARER`)
        if m.group("m").upper() == "PLAIN" and _masked_plain(m.group("s")):
            continue
        yield m.start("s"), m.end("s"), "cmdline"


def _masked_plain(token: str) -> bool:
    """PLAIN's `\0user\0password` whose password is a logger's mask."""
    try:
        text = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    parts = text.split("\0")
    return len(parts) == 3 and (parts[2] == _LOGGED_MASK or is_mask(parts[2]))


SMTP_AUTH = Detector(
    "cmdline",
    (
        "auth plain",
        "auth xoauth2",
        "auth oauthbearer",
        "authenticate plain",
        "authenticate xoauth2",
    ),
    _smtp_auth_spans,
    (r"auth(?:enticate)?[ \t]+(?:plain|xoauth2|oauthbearer)[ \t]+[a-z0-9+/]{8}",),
)


# IMAP `TAG LOGIN user password` in a client or server transcript
_IMAP_LITERAL = lazyre.compile(r"\{\d{1,6}\+?\}")
IMAP_LOGIN = regex_detector(
    "cmdline",
    (" login ",),
    r"^"
    + TS
    + r"[ \t]*(?:C:[ \t]{0,4})?[A-Za-z0-9.]{1,16}[ \t]{1,4}LOGIN[ \t]{1,8}"
    + ARG
    + r"[ \t]{1,8}"
    + VALUE
    + r"[ \t]*$",
    # (`{40}`, `{40+}`: a literal's length, the password follows on its own line)
    accept=lambda v: not is_trivial_value(v) and _IMAP_LITERAL.fullmatch(v) is None,
    patterns=(r"(?:C:[ \t]*)?[a-z0-9.]{1,16}[ \t]+login[ \t]+\S+[ \t]+\S+[ \t]*$",),
)
# Perl `DBI->connect(DSN, USER, 'PASSWORD', …)` (a quoted literal; a variable is no secret)
PERL_DBI = regex_detector(
    "cmdline",
    ("dbi->connect",),
    r"\bDBI->connect(?:_cached)?\([ \t]{0,8}(?:\"[^\"\n]{0,512}\"|'[^'\n]{0,512}'|[^,\n]{1,512}),"
    r"[ \t]{0,8}(?:\"[^\"\n]{0,256}\"|'[^'\n]{0,256}'|[^,\n]{1,256}),[ \t]{0,8}"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")",
)
# a Perl DBI data source, then its user and password, in a list (amavisd's `@lookup_sql_dsn =
# (['DBI:mysql:database=mail;host=…', 'amavis', 'PASSWORD'])`, a config's array; over lines:
# nextsql.DsnArgs)
DBI_TRIPLE = regex_detector(
    "cmdline",
    ("dbi:",),
    r"(?i:['\"]dbi:)[^'\"\n]{1,512}['\"][ \t]{0,8},[ \t]{0,8}(?:'[^'\n]{0,256}'|\"[^\"\n]{0,256}\"),"
    r"[ \t]{0,8}(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"['\"]dbi:[^'\"\n]+['\"][ \t]*,",),
)
# Python requests' `auth=('user', 'password')` (wandb's debug log prints its session's)
AUTH_TUPLE = regex_detector(
    "cmdline",
    ("auth=(", "auth = ("),
    r"\bauth[ \t]{0,4}=[ \t]{0,4}\([ \t]{0,4}(?:'[^'\n]{0,128}'|\"[^\"\n]{0,128}\")[ \t]{0,4},"
    r"[ \t]{0,4}(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")",
    accept=lambda v: not is_trivial_value(v),
)
# PowerShell: the plain text handed to ConvertTo-SecureString (before or after a pipe)
SECURE_STRING = regex_detector(
    "cmdline",
    ("convertto-securestring",),
    r"(?i)\bConvertTo-SecureString[ \t]{1,8}(?:-String[ \t]{1,8})?"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")"
    r"|(?:'(?P<sq2>[^'\n]{1,512})'|\"(?P<dq2>[^\"\n]{1,512})\")[ \t]{0,8}\|[ \t]{0,8}"
    r"ConvertTo-SecureString\b",
    accept=lambda v: not is_trivial_value(v) and not v.startswith("$"),
)


# an LDAP simple bind's password as a client library logs the request (Python ldap3's `BIND
# request <{…, 'authentication': {'sasl': None, 'simple': '…'}}>`, also as JSON)
LDAP_SIMPLE_BIND = regex_detector(
    "cmdline",
    ("'simple'", '"simple"'),
    r"[\"']authentication[\"'][ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}"
    r"(?:[\"']sasl[\"'][ \t]{0,4}:[ \t]{0,4}(?:None|null|[\"'][^\"'\n]{0,64}[\"'])[ \t]{0,4},[ \t]{0,4})?"
    r"[\"']simple[\"'][ \t]{0,4}:[ \t]{0,4}(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"[\"']authentication[\"'][ \t]*:[ \t]*\{[^\n]*[\"']simple[\"']",),
)
