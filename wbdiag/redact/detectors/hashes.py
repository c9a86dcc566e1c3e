"""Password hashes are secrets too: with the hash an attacker can guess the password offline.
crypt(3) hashes (`$2y$10$…` bcrypt, `$1$`/`$apr1$` MD5, `$5$`/`$6$` SHA, `$y$` yescrypt,
`$7$` scrypt) in /etc/shadow, htpasswd and user tables; `$argon2id$…`; Pi-hole's
`$BALLOON-SHA256$v=1$s=…,t=…$salt$hash` (its `pwhash`); Django's
`pbkdf2_sha256$…`; LDAP's `{SSHA}…` (and `{PLAIN}…`, the password itself); Redis ACL rules (`user NAME on >password #sha256`).
The algorithm and its cost parameters stay readable; the salt and the hash go."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, regex_detector

# (crypt's alphabet; `+` and `_` too: tools that write their own hashes mix base64 alphabets in)
_B = r"[./A-Za-z0-9+_]"
CRYPT_HASH = regex_detector(
    "password_hash",
    (
        "$1$",
        "$2",
        "$5$",
        "$6$",
        "$7$",
        "$y$",
        "$gy$",
        "$apr1$",
        "$md5$",
        "$argon2",
        "pbkdf2_",
        "$balloon-",
    ),
    r"(?<![A-Za-z0-9$])\$(?:"
    r"2[abxy]?\$\d\d\$(?P<b>" + _B + r"{53})"
    r"|(?:1|5|6|apr1|md5)\$(?:rounds=\d{1,9}\$)?(?P<c>" + _B + r"{1,16}\$" + _B + r"{20,86})"
    r"|(?:y|gy|7)\$(?P<y>" + _B + r"{1,64}\$" + _B + r"{1,64}\$" + _B + r"{20,86})"
    r"|argon2(?:id|i|d)\$(?:v=\d{1,3}\$)?[a-z]=\d{1,9}(?:,[a-z]=\d{1,9}){0,4}"
    r"\$(?P<a>[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,512})"
    r"|BALLOON-SHA256\$v=\d{1,3}\$s=\d{1,9},t=\d{1,9}"
    r"\$(?P<l>[A-Za-z0-9+/]{8,128}={0,2}\$[A-Za-z0-9+/]{16,512}={0,2}))"
    r"|(?<![A-Za-z0-9_])pbkdf2_sha(?:1|256|512)\$\d{3,8}\$(?P<d>[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9+/]{20,128}={0,2})",
    patterns=(
        r"\$(?:2[abxy]?\$\d\d\$|(?:1|5|6|apr1|md5)\$|(?:y|gy|7)\$|argon2(?:id|i|d)\$)[A-Za-z0-9./+=,$_]{20}",
        r"pbkdf2_sha(?:1|256|512)\$\d{3,8}\$",
        r"\$balloon-sha256\$v=",
    ),
)
# LDAP userPassword schemes (`{SSHA}base64`, `{CRYPT}$6$…`); the schemes that store the password
# as it is (Dovecot's and OpenLDAP's `{PLAIN}`, `{CLEARTEXT}`, `{CLEAR}`): up to the next field
_LDAP_HASH = lazyre.compile(
    r"(?i)\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2[-_A-Z0-9]{0,16}|ARGON2)\}"
    r"(?P<s>[A-Za-z0-9+/.$=,-]{8,512})"
    r"|(?i:\{(?:PLAIN|CLEARTEXT|CLEAR|PLAINTEXT)\})(?P<p>[^\s:\"'<>]{3,512})",
)
# a passwd-file line (Dovecot's `user:{PLAIN}password:uid:gid:gecos:home:shell:extra_fields`):
# the password ends where a uid and a gid follow (numbers, or empty), so a `:` it holds stays in
# it (the extra fields after may hold `:` too: `userdb_quota_rule=*:storage=1G`)
_USER_FIELD = lazyre.compile(r"[^\s:]{1,256}:")
_ID_FIELDS = lazyre.compile(r":\d{0,10}:\d{0,10}(?::|[ \t\r]*\Z)")
_MAX_PARTS = 8  # `:` a password holds


def _password_end(line: str, end: int) -> int:
    """Where a passwd-file line's password ends: at the first `:` a uid and a gid follow (or at
    `end`, the first `:`, when none does)."""
    pos = end
    for _ in range(_MAX_PARTS):
        if _ID_FIELDS.match(line, pos):
            return pos
        nxt = line.find(":", pos + 1)
        if nxt < 0 or any(c.isspace() for c in line[pos + 1 : nxt]):
            break
        pos = nxt
    return end


def _ldap_spans(line: str) -> Iterator[Span]:
    for m in _LDAP_HASH.finditer(line):
        start, end = m.span("s") if m.group("s") is not None else m.span("p")
        if (
            m.group("p") is not None
            and line.startswith(":", end)
            and _USER_FIELD.fullmatch(line, 0, m.start())
        ):
            end = _password_end(line, end)
        yield start, end, "password_hash"


LDAP_HASH = Detector(
    "password_hash",
    (
        "{ssha", "{sha", "{smd5", "{md5}", "{crypt}", "{pbkdf2", "{argon2", "{plain", "{clear",
    ),
    _ldap_spans,
)  # fmt: skip

# Redis ACL rules: `user NAME … >password`, `<password` (removal names it too), `#<sha256>`.
# (after a redis-cli prompt: `host:6379> ACL SETUSER …`; as an item of its reply, `ACL LIST`'s
# `2) "user NAME on >password ~* +@all"`, the rules up to the closing quote)
_ACL_USER = lazyre.compile(
    r"(?i)(?:\d{4}-\d\d-\d\dT[0-9:.]{8,20}(?:Z|[+-]\d\d:?\d\d)?[ \t])?[ \t]*(?:[\w.:-]{1,256}>[ \t]{0,4})?(?:\d{1,6}\)[ \t]{1,4}\")?(?:ACL[ \t]+SETUSER|user)[ \t]+[^\s]{1,128}[ \t]"
)
_ACL_RULE = lazyre.compile(
    r"(?<![^ \t])(?:[<>](?P<p>[^\s\"]{1,512})|[#!](?P<h>[0-9a-fA-F]{64}))(?![^ \t\"])"
)
_QUOTED_ACL = lazyre.compile(r"(?i)\"ACL\"[ \t]+\"SETUSER\"")


def _acl_spans(line: str) -> Iterator[Span]:
    head = _ACL_USER.match(line)
    if head is None:
        # redis-cli MONITOR: "ACL" "SETUSER" "alice" "on" ">secret"
        quoted = _QUOTED_ACL.search(line)
        if quoted is None:
            return
        for m in re.finditer(r"\"[<>](?P<p>[^\"]{1,512})\"", line[quoted.end() :]):
            yield quoted.end() + m.start("p"), quoted.end() + m.end("p"), "password_hash"
        return
    for m in _ACL_RULE.finditer(line, head.end()):
        group = "p" if m.group("p") else "h"
        yield m.start(group), m.end(group), "password_hash"


REDIS_ACL = Detector(
    "password_hash",
    ("setuser", "~", "+@", "-@", "allkeys", "allcommands", "nocommands"),  # what a rule grants
    _acl_spans,
    (
        r"^[ \t]*(?:acl[ \t]+setuser|user)[ \t]+\S+[ \t].*[ \t][<>#!]\S",
        # after a redis-cli prompt or a pipeline timestamp
        r"acl[ \t]+setuser[ \t]+\S+[ \t].*[ \t][<>#!]\S",
        r"^\d{4}-\S{8,40}[ \t]+user[ \t]+\S+[ \t].*[ \t][<>#!]\S",
        r"\"acl\"[ \t]+\"setuser\"",
        r"^[ \t]*\d{1,6}\)[ \t]+\"user[ \t]+\S+[ \t].*[ \t][<>#!]\S",
    ),
)
