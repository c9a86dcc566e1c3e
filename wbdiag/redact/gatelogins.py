"""A login given with its password as one `user:password` argument (the leak gate, gate.py):
curl's `-u`/`--user` and a `.curlrc`'s `user = "…"`, as a command line, a probe's shell command
in a pod's events or a history shows it (`curl -fsS -u admin:… http://…`, `--user 'api:…'`).
The part after the first colon is judged as a value its place names a secret
(`plausible_secret`); a uid and gid (`-u 1000:1000`), a variable (`-u $USER:$PASS`) or a
placeholder (`-u user:password`) is none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.gatetoken import plausible_secret, reference

_LOGIN = re.compile(
    r"(?:(?<![\w-])-u[ \t]{0,4}|(?<![\w-])--user[ \t=]{1,4}|^[ \t]*user[ \t]{0,4}=[ \t]{0,4})"
    r"(?P<q>[\"']?)(?P<u>[^\s:\"'@/]{1,64}):(?P<p>[^\s\"']{6,256})(?P=q)(?=[\s,;)\]]|\Z)",
    re.MULTILINE,
)

LITERALS = ("-u", "--user", "user")
HINTS = (r"(?:-u|--user[ \t=]|^[ \t]*user[ \t]*=)[ \t]*[\"']?[^\s:\"'@/]{1,64}:[^\s\"']{6}",)


def login_secrets(text: str) -> Iterator[str]:
    """The passwords given with a login on the line."""
    for m in _LOGIN.finditer(text):
        password = m.group("p")
        if "$" in password or reference(password) or "[REDACTED" in password:
            continue
        if plausible_secret(password):
            yield password
