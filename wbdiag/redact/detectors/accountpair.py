"""An account and its password as people write them in a ticket, a chat or a note, joined by a
spaced slash where no name stands before the value: `reachable with root / …`, and the line a
Jenkins script console prints for each stored credential (`id : username / password`, the
`println(c.id + " : " + c.username + " / " + c.password)` snippet admins run to list them).

The account is one of the names services log in as most (logins.LOGINS, the one list), the
value one piece read as generated (sentence.generated: three character classes, varied, not a
path or joined words) in mixed case, as a password generator writes it and no Kubernetes name
is (`default / wandb-app-7f9c8d5b4-xk2lp`); `read / write`, `root / home`, `admin / Settings`
and a ratio stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.logins import LOGINS
from wbdiag.redact.detectors.sentence import generated

KIND = "keyvalue"

_ACCOUNTS = "|".join(sorted((n.decode() for n in LOGINS), key=len, reverse=True))
# (the account a word of its own: not the end of a path, a host or a flag, `/srv/root / …`)
_PAIR = re.compile(
    rf"(?<![\w/.@:-])(?i:{_ACCOUNTS})[ \t]/[ \t](?P<v>[^\s/\"'`<>]{{8,128}})(?![^\s\"'`<>])"
)
_TRAILING = ".,;:!?)]}"


def _spans(line: str) -> Iterator[Span]:
    for m in _PAIR.finditer(line):
        value = m.group("v").rstrip(_TRAILING)
        if generated(value) and not value.islower() and not value.isupper():
            yield m.start("v"), m.start("v") + len(value), KIND


ACCOUNT_PAIR = Detector(
    KIND,
    (" / ",),
    _spans,
    (rf"(?:^|[^\w/.@:-])(?:{_ACCOUNTS})[ \t]/[ \t][^\s/\"'`<>]{{8}}",),
)
