"""An account and its password as people write them in a ticket, a chat or a note, joined by a
spaced slash where no name stands before the value: `reachable with root / …`, and the line a
Jenkins script console prints for each stored credential (`id : username / password`, the
`println(c.id + " : " + c.username + " / " + c.password)` snippet admins run to list them),
and an account given its password by `=` or `:` in a comment, a note left in a file (`# TEMP
do not commit: root = …`, a digit in it; outside a comment `root = …` is a setting's name, and a
commented properties line lists roles, `#admin=PowerUser,BillingAdmin`).

The account is one of the names services log in as most (logins.LOGINS, the one list) or an
address a login is (a runbook's list item `**Admin login:** admin@example.com / …`), the
value one piece read as generated (sentence.generated: three character classes, varied, not a
path or joined words) in mixed case, as a password generator writes it and no Kubernetes name
is (`default / wandb-app-7f9c8d5b4-xk2lp`); `read / write`, `root / home`, `admin / Settings`
and a ratio stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.logins import LOGINS
from wbdiag.redact.detectors.sentence import generated

KIND = "keyvalue"

_ACCOUNTS = "|".join(sorted((n.decode() for n in LOGINS), key=len, reverse=True))
# (the account a word of its own: not the end of a path, a host or a flag, `/srv/root / …`)
# (or an address: its name and a dotted domain, bounded)
_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
_PAIR = lazyre.compile(
    rf"(?<![\w/.@:-])(?:(?i:{_ACCOUNTS})|{_ADDRESS})[ \t]/[ \t]"
    r"(?P<v>[^\s/\"'`<>]{8,128})(?![^\s\"'`<>])"
)
# (a comment's text, bounded: linear on long lines)
_NOTED = lazyre.compile(
    rf"[ \t]*(?:#|//)[^\n]{{0,200}}?(?<![\w/.@:-])(?i:{_ACCOUNTS})[ \t]{{0,2}}[=:][ \t]{{0,2}}"
    r"(?P<v>[^\s/\"'`<>]{8,128})(?![^\s\"'`<>])"
)
_TRAILING = ".,;:!?)]}"


def _spans(line: str) -> Iterator[Span]:
    noted = _NOTED.match(line) if "#" in line or "//" in line else None
    for m in (*_PAIR.finditer(line), *(() if noted is None else (noted,))):
        value = m.group("v").rstrip(_TRAILING)
        if m is noted and ("," in value or not any(c.isdigit() for c in value)):
            continue  # (a comment's list of names: `#admin=PowerUser,BillingAdmin`)
        if generated(value) and not value.islower() and not value.isupper():
            yield m.start("v"), m.start("v") + len(value), KIND


ACCOUNT_PAIR = Detector(
    KIND,
    (" / ", "#", "//"),
    _spans,
    (
        rf"(?:^|[^\w/.@:-])(?:{_ACCOUNTS})[ \t]/[ \t][^\s/\"'`<>]{{8}}",
        r"@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]/[ \t][^\s/\"'`<>]{8}",
        rf"^[ \t]*(?:#|//)(?:[^\n]{{0,200}}[^\w/.@:-])?(?:{_ACCOUNTS})[ \t]{{0,2}}[=:][ \t]{{0,2}}"
        r"[^\s/\"'`<>]{8}",
    ),
)
