"""A value a trace shows bound to a parameter it names after the value, read by the gate's own
patterns (none shared with the redactor), for gatecollected.py: PowerShell's `Trace-Command
-Name ParameterBinding` (`BIND arg [Kq7…] to parameter [Password]`, `… to param [ApiKey]
SUCCESSFUL`). The name comes after its value, where no context check looks; a value that is an
object's type (`[System.Security.SecureString]`) holds none."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import plausible_secret
from wbdiag.redact.gatevalues import own_secret_name

_BIND = lazyre.compile(
    r"(?i)\bBIND arg \[(?P<v>[^\]\s]{6,512})\] to param(?:eter)? \[(?P<n>[A-Za-z][\w-]{0,63})\]"
)

LITERALS = ("bind arg [",)
HINTS = (r"bind arg \[[^\]\s]{6}[^\]\s]*\] to param",)


def bound_secrets(text: str) -> Iterator[str]:
    """The values the line binds to a parameter named for a secret (`Password`, `ApiKey`)."""
    for m in _BIND.finditer(text) if "[" in text else ():
        if own_secret_name(m.group("n")) and plausible_secret(m.group("v")):
            yield m.group("v")
