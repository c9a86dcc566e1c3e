"""A Bitnami SealedSecret's ciphertext, which the redactor and the leak gate both leave in place.

A SealedSecret's `encryptedData` holds each value encrypted to the public key of the cluster's
sealed-secrets controller: a session key sealed with RSA-OAEP, then the value sealed with AES-GCM
under it; only the controller's private key opens it, and the project documents the object as safe
to commit to a public repository. Its values are no secret, however long and wherever the key names
them (`password:`, `license:`); the SealedSecret's `template` is plain metadata, judged as any text.

- `ciphertext`: a value that is one by its form alone: base64 opening with the session key's length
  (two bytes, 0x02…: `Ag`) and long enough to hold a key sealed with RSA (256 characters or more);
- `sealed_lines`: the lines of an `encryptedData:` mapping (YAML, as `kubectl get -o yaml` and a
  chart print it) whose value is one base64 run of 100 characters or more, however it opens;
- `without_ciphertext`: a block's lines picked for redaction, less those lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from wbdiag import lazyre

_CIPHERTEXT = lazyre.compile(r"Ag[A-Za-z0-9+/]{254,65536}={0,2}")
_OPEN = lazyre.compile(r"([ \t]*)encryptedData:[ \t]*\Z")
_VALUE = lazyre.compile(
    r"([ \t]+)[\w.-]{1,253}:[ \t]*['\"]?[A-Za-z0-9+/]{100,}={0,2}['\"]?[ \t]*\Z"
)
# the leak gate's prefilter: the literal and the pattern that pick a mapping's first line
LITERALS = ("encrypteddata",)
HINTS = (r"encryptedData:[ \t]*\n",)
_V = TypeVar("_V")


def ciphertext(value: str) -> bool:
    """Is the value a SealedSecret's ciphertext by its form alone?"""
    return value.startswith("Ag") and _CIPHERTEXT.fullmatch(value) is not None


def sealed_lines(block: Sequence[str], i: int) -> Iterator[int]:
    """The lines of the `encryptedData:` mapping opened on line `i` that hold ciphertext."""
    m = _OPEN.match(block[i])
    if m is None:
        return
    depth = len(m.group(1))
    for j in range(i + 1, len(block)):
        value = _VALUE.match(block[j])
        if value is None or len(value.group(1)) <= depth:
            return
        yield j


def without_ciphertext(block: Sequence[str], picked: dict[int, _V]) -> dict[int, _V]:
    """`picked` (line -> what to look for) less the lines of the block's `encryptedData:`
    mappings that hold ciphertext."""
    opens = [i for i, line in enumerate(block) if "encryptedData:" in line]
    for i in opens:
        for j in sealed_lines(block, i):
            picked.pop(j, None)
    return picked
