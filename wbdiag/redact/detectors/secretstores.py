"""What a secret manager returns when a secret is read, under field names that say nothing
secret: Google Secret Manager's access response (`{"name": "projects/…/secrets/db/versions/3",
"payload": {"data": "<base64>", "dataCrc32c": "…"}}`, the protobuf JSON mapping of its bytes
field). The payload's `data` is the secret's value, base64 as the mapping writes bytes: it goes
when the line names a secret (`/secrets/`) or carries the payload's own checksum
(`dataCrc32c`). A `payload` elsewhere (a Pub/Sub message's `data`, a webhook's) stays. The same
response over lines (`--format=yaml`, pretty JSON): nextstored.py.

AWS KMS's `Plaintext` (`aws kms generate-data-key`, `decrypt`, `generate-random`): the data key
or the decrypted secret, base64 of 16 bytes or more, beside its `CiphertextBlob` or not. A
`plaintext` that is a word, a flag or a setting (`"plaintext": true`) stays."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.shapednames import mixed

KIND = "keyvalue"
_PAYLOAD_DATA = lazyre.compile(
    r"\"payload\"[ \t]{0,4}:[ \t]{0,4}\{[^{}]{0,256}?\"data\"[ \t]{0,4}:[ \t]{0,4}"
    r"\"(?P<v>[A-Za-z0-9+/_-]{4,65536}={0,2})\""
)


def _spans(line: str) -> Iterator[Span]:
    if "/secrets/" not in line and "datacrc32c" not in line.lower():
        return
    for m in _PAYLOAD_DATA.finditer(line):
        yield m.start("v"), m.end("v"), KIND


_PAYLOAD = r"\"payload\"[ \t]*:[ \t]*\{"
SECRET_PAYLOAD = Detector(
    KIND,
    ("/secrets/", "datacrc32c"),
    _spans,
    (r"/secrets/[^\n]*" + _PAYLOAD, _PAYLOAD + r"[^\n]*/secrets/", r"datacrc32c"),
)


# JSON's `"Plaintext": "…"`, YAML's `Plaintext: …` (`--output yaml`), as the CLI names the field
_PLAINTEXT = lazyre.compile(
    r"(?<![\w-])(?P<kq>[\"']?)Plaintext(?P=kq)[ \t]{0,4}:[ \t]{0,4}(?P<q>[\"']?)"
    r"(?P<v>[A-Za-z0-9+/]{22,8192}={0,2})(?P=q)(?![\w+/=])"
)


def _plaintext_spans(line: str) -> Iterator[Span]:
    for m in _PLAINTEXT.finditer(line):
        v = m.group("v")
        if mixed(v) and v.lower() != v != v.upper():
            yield m.start("v"), m.end("v"), KIND


KMS_PLAINTEXT = Detector(
    KIND,
    ("plaintext",),
    _plaintext_spans,
    (r"plaintext[\"']?[ \t]*:[ \t]*[\"']?[a-z0-9+/]{22}",),
)
