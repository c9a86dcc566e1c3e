"""tac_plus's configuration (the TACACS+ daemon's `tac_plus.conf`): its top-level `key = "…"` is
the secret the daemon shares with every network device it serves. The line alone says too little
(a `key = …` line of its own is as likely a TOML table's entry or an INI file's setting;
netdevice.py takes tac_plus-ng's key inside a host's block on its line), so it goes when the
block it is read in also holds tac_plus's own statements: a `user = NAME {` or `group = NAME {`
block, `accounting file = …`, or a `login = cleartext|des|crypt|file|PAM …` line. The value
goes when it is not a placeholder; the statements themselves are netdevice.py's to judge."""

from __future__ import annotations

import re
from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_template, is_trivial_value

KIND = "netdevice"

_STATEMENTS = (
    r"^[ \t]*(?:user|group)[ \t]*=[ \t]*[\w.@-]{1,64}[ \t]*\{",
    r"^[ \t]*accounting[ \t]+file[ \t]*=",
    r"^[ \t]*login[ \t]*=[ \t]*(?:cleartext|des|crypt|file|pam)\b",
)
_STATEMENT = lazyre.compile("|".join(_STATEMENTS), re.IGNORECASE)
# the daemon's key at the top level, quoted or bare (tac_plus reads either), a comment after it
_KEY = lazyre.compile(
    r"key[ \t]*=[ \t]*(?:\"(?P<q>[^\"\n]{1,256})\"|(?P<b>[^\s\"#]{1,256}))[ \t]*(?:#|\Z)"
)


def tacplus_spans(
    lines: list[str], order: list[int], _find: Callable[[str], list[Span]]
) -> dict[int, list[Span]]:
    """The top-level `key = …` values of a block that holds a tac_plus statement among its
    candidate lines (`order`); the signature is the block passes' (filestate.py)."""
    if not any(_STATEMENT.match(lines[i]) for i in order):
        return {}
    out: dict[int, list[Span]] = {}
    for j, line in enumerate(lines):
        if not line.startswith("key"):
            continue
        m = _KEY.match(line)
        if m is None:
            continue
        group = "q" if m.group("q") is not None else "b"
        value = m.group(group)
        if not (is_trivial_value(value) or is_template(value)):
            out[j] = [(m.start(group), m.end(group), KIND)]
    return out


# Picks the lines that say a block is tac_plus's configuration (the pass reads the block whole)
TACPLUS_PICK = Detector(
    KIND,
    ("user =", "user=", "group =", "group=", "accounting", "login =", "login="),
    lambda line: iter(()),
    _STATEMENTS,
)
