"""Rows of Vault's key/value table (`Key  Value` / `---  -----`, what `vault read` and `vault
write` print) whose name holds a secret only in Vault's own output: the transit engine's
`plaintext` (`vault write -f transit/datakey/plaintext/…`: the data key itself, beside its
`ciphertext`) and the SSH engine's one-time password, its `key` (`vault write ssh/creds/…`, beside
`key_type otp`). Rows whose name names a secret anywhere (`token`, `secret_id`) are namecells.py's;
a value that reads as no generated one stays (`key  transit`); the table ends at its first line
that is no row. The redactor keeps one follower per file (nextline.arm); VAULT_ARMING has the
prefilter pick the header that arms it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_HEADER = lazyre.compile(r"[ \t]*Key[ \t]{2,64}Value[ \t]*")
_RULE = lazyre.compile(r"[ \t]*-{3}[ \t]{2,64}-{5}[ \t]*")
_ROW = lazyre.compile(
    r"[ \t]*(?P<n>[a-z][a-z0-9_.-]{0,63})[ \t]{2,128}(?P<v>\S[^\n]{0,8191}?)[ \t]*"
)
_VAULT_ONLY = frozenset({"plaintext", "key"})
_MAX_ROWS = 64


@dataclass
class VaultTable:
    """The rows below a Vault `Key  Value` header: `plaintext` and `key` hold secrets."""

    rows: int = 0

    @staticmethod
    def arm(line: str) -> VaultTable | None:
        return VaultTable() if len(line) < 256 and _HEADER.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.rows += 1
        if self.rows == 1:
            return _RULE.fullmatch(line) is not None, []
        m = _ROW.fullmatch(line)
        if m is None:
            return False, []
        value = m.group("v")
        keep = self.rows < _MAX_ROWS
        if m.group("n") not in _VAULT_ONLY or " " in value or is_trivial_value(value):
            return keep, []
        if not looks_random(value):
            return keep, []  # a word (`key  transit`), not a generated value
        return keep, [(m.start("v"), m.end("v"), KIND)]


VAULT_ARMING = Detector(
    KIND, ("key",), lambda line: iter(()), (r"^[ \t]*key[ \t]{2,}value[ \t]*$",)
)
