"""Connection strings without a scheme, where the syntax, not a name, says which part is the
password (the leak gate's `connection_secrets`):

- Percona Toolkit's DSN, single-letter keys joined by commas (`h=db,P=3306,u=ptosc,p=…,D=…`,
  on a command line or stored in its `dsns` table): the `p` of a DSN that names a host (`h`) or
  a socket (`S`);
- `user:password@host:port`, as MySQL Shell (`--uri=`, `shell.connect('…')`) and MySQL
  Router's `--bootstrap` take it: the part between the user's `:` and the `@` before a host
  and its port (a URL with a scheme is the context check's).
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import plausible_secret

# a run of `k=value` pairs of one-letter keys (values with no comma, space or quote)
_DSN = lazyre.compile(r"(?<![\w=-])[A-Za-z]=[^,\s'\"]{0,255}(?:,[A-Za-z]=[^,\s'\"]{0,255}){1,12}")
_PAIR = lazyre.compile(r"(?P<k>[A-Za-z])=(?P<v>[^,]*)")
# (after a space, `=`, a quote or a bracket: not inside a URL, a path or an e-mail address)
_USERINFO = lazyre.compile(
    r"(?:^|(?<=[\s='\"(]))[A-Za-z_][\w.-]{0,63}:(?P<p>[^\s@/:'\"]{1,128})"
    r"@[A-Za-z0-9][\w.-]{0,253}:[0-9]{2,5}(?![\w.])"
)
LITERALS = (",p=", "@")
# (`@host:port` alone: a superset of the userinfo's lines that Hyperscan scans for its `@`,
# where `user:` before a run of the password's characters was tried at every `word:`)
HINTS = (r",p=[^,\s'\"]", r"@[\w.-]+:[0-9]{2}")


def _judged(value: str) -> bool:
    return "[REDACTED" not in value and plausible_secret(value)


def connection_secrets(text: str) -> Iterator[str]:
    """The password of a Percona DSN or of a `user:password@host:port` on the line."""
    if ",p=" in text or ",P=" in text:
        for m in _DSN.finditer(text):
            pairs = {p.group("k"): p.group("v") for p in _PAIR.finditer(m.group(0))}
            value = pairs.get("p", "")
            if ("h" in pairs or "S" in pairs) and value and _judged(value):
                yield value
                return
    if "@" in text:
        for m in _USERINFO.finditer(text):
            if _judged(m.group("p")):
                yield m.group("p")
                return
