"""A login given with its password as one `user:password` argument (the leak gate, gate.py):
curl's `-u`/`--user`, a `.curlrc`'s `user = "…"` and a Hurl file's `[Options]` `user: …`, as
a command line, a probe's shell command in a pod's events or a history shows it (`curl -fsS -u
admin:… http://…`, `--user 'api:…'`; the login also a mail address, SMTP's or a chat bot's:
`--user 'alerts@example.com:…'`). The part after the first colon is judged as a value its place
names a secret (`plausible_secret`); a uid and gid (`-u 1000:1000`), a variable (`-u
$USER:$PASS`) or a placeholder (`-u user:password`) is none. lftp's `-u user,password` is judged alike. An API key
given as the user, its password empty or a vendor's dummy `X` (Stripe's and Mixpanel's
`-u KEY:`, Freshdesk's `-u KEY:X`), is judged as generated (`looks_random`). The password
may be quoted alone (`-u installer:'…'`), and transmission-remote takes the login after `-n` or
`--auth` (`transmission-remote host:9091 -n 'user:…'`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import looks_random, plausible_secret, reference

_LOGIN = lazyre.compile(
    r"(?:(?<![\w-])-u[ \t]{0,4}|(?<![\w-])--user[ \t=]{1,4}|^[ \t]*user[ \t]{0,4}[=:][ \t]{0,4})"
    # (no `|` in the user: a record of `name:value|` fields, Cassandra's audit log's `user:…|`)
    # (the login may be a mail address: SMTP's, a chat bot's, `--user 'alerts@example.com:…'`)
    r"(?P<q>[\"']?)(?P<u>[^\s:\"'@/|]{1,64}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)"
    r":(?P<p>[^\s\"']{6,256})(?P=q)(?=[\s,;)\]]|\Z)",
    re.MULTILINE,
)

# lftp's `-u user,password` (`lftp -u backup,… sftp://…`, `open -u user,…`): a comma between them
_COMMA_LOGIN = lazyre.compile(
    r"(?<![\w-])-u[ \t]{1,4}(?P<q>[\"']?)[^\s,:\"'@/]{1,64},(?P<p>[^\s,\"']{6,256})(?P=q)(?=\s|\Z)"
)
# the password quoted alone after the login's colon (`curl --digest -u installer:'…'`), and
# transmission-remote's `-n`/`--auth user:password`
_QUOTED_PASSWORD = lazyre.compile(
    r"(?:(?<![\w-])-u[ \t]{0,4}|(?<![\w-])--user[ \t=]{1,4})[^\s:\"'@/]{1,64}"
    r"(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?:(?P<q>[\"'])(?P<p>[^\"'\n]{6,256})(?P=q)"
    r"|\btransmission-remote\b[^\n]{0,200}?[ \t](?:-n|--auth)[ \t=]{1,4}(?P<r>[\"']?)"
    r"[^\s:\"'@/]{1,64}:(?P<t>[^\s\"']{6,256})(?P=r)(?=\s|\Z)"
)
_KEY_AS_USER = lazyre.compile(
    r"(?:(?<![\w-])-u[ \t]{0,4}|(?<![\w-])--user[ \t=]{1,4})"
    r"(?P<q>[\"']?)(?P<u>[^\s:\"'@/]{16,256}):X?(?P=q)(?=[\s,;)\]\\]|\Z)"
)

LITERALS = ("-u", "--user", "user", "transmission-remote")
HINTS = (
    r"(?:-u|--user[ \t=]|^[ \t]*user[ \t]*[=:])[ \t]*[\"']?[^\s:\"'@/]{1,64}"
    r"(?:@[^\s:\"'/]+)?:[^\s\"']{6}",
    r"(?:-u|--user[ \t=])[ \t]*[\"']?[^\s:\"'@/]{16}[^\s:\"'@/]*:",
    r"-u[ \t]+[\"']?[^\s,:\"'@/]{1,64},[^\s,\"']{6}",
    r"(?:-u|--user[ \t=])[ \t]*[^\s:\"'@/]{1,64}(?:@[^\s:\"'/]+)?:[\"'][^\"'\n]{6}",
    r"transmission-remote[ \t][^\n]*[ \t](?:-n|--auth)[ \t=]",
)


def login_secrets(text: str) -> Iterator[str]:
    """The passwords given with a login on the line."""
    for m in _LOGIN.finditer(text):
        password = m.group("p")
        if "$" in password or reference(password) or "[REDACTED" in password:
            continue
        if m.group("u") == "[REDACTED":
            continue  # the redactor's own placeholder for a key given as the user (`-u KEY:`)
        if plausible_secret(password):
            yield password
    for m in _COMMA_LOGIN.finditer(text):
        password = m.group("p")
        if "$" not in password and not reference(password) and plausible_secret(password):
            yield password
    for m in _QUOTED_PASSWORD.finditer(text):
        password = m.group("p") or m.group("t")
        if "$" not in password and not reference(password) and plausible_secret(password):
            yield password
    for m in _KEY_AS_USER.finditer(text):
        if looks_random(m.group("u")):
            yield m.group("u")
