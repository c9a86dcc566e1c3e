"""A Kerberos key printed in hex (for gatecollected.py): MIT `klist -k -K -e` and `ktutil`'s
`list -k -e` print each keytab entry's key as `(0x…)` after its principal and its encryption
type (`   3 HTTP/wandb.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (0x9f…)`); without
`-e` the key follows the principal's realm. The key is the service's long-term secret: whoever
holds it acts as the service."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre

# (an encryption type's name in brackets, as krb5 spells them: `aes256-cts-hmac-sha1-96`,
# `des3-cbc-sha1`, `arcfour-hmac`, `camellia128-cts-cmac`; or a principal's upper-case realm)
_KEY = lazyre.compile(
    r"(?:\((?:aes|des|arcfour|rc4|camellia)[0-9a-z-]{0,40}\)|@[A-Z0-9][A-Z0-9.-]{0,252})"
    r"[ \t]{1,8}\(0x([0-9a-fA-F]{16,128})\)"
)
LITERALS = ("(0x",)
HINTS = (r"[)A-Z0-9][ \t]+\(0x[0-9a-fA-F]{16}",)


def key_secrets(text: str) -> Iterator[str]:
    """The keys a keytab listing prints on the line, in hex."""
    for m in _KEY.finditer(text) if "(0x" in text else ():
        yield m.group(1)
