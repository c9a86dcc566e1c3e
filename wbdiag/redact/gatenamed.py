"""The leak gate's first context check: a secret word, then `=` or `:`, then a value that reads
as generated (`DB_PASSWORD=…`, `"api_token": "…"`), on one line; its hint for the prefilter."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact import gatecontext, gatedigests, gatehandles, gatepublic, gatetoken, gatevendors
from wbdiag.redact.gatehandles import PROPERTY_SUFFIX

# (`auth` but not `authority`: a certificate authority's data is public)
_SECRET_WORD = (
    r"(?i)(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|"
    r"credentials?|auth(?!orit))"
)
_NAMED = lazyre.compile(
    _SECRET_WORD + r"(?P<rest>[\w.-]{0,24})[\"'\\]{0,3}[ \t]{0,3}[:=][ \t]{0,3}[\"'\\]{0,3}"
    r"(?P<v>[^\s\"'\\,;&{}\[\]()<>]{10,400})"
)
LITERALS = ("pass", "pwd", "secret", "token", "key", "credential", "auth")
HINT = (
    r"(?:pass|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth)"
    r"[0-9A-Za-z_.\x80-\xff-]{0,96}[\"'\\]{0,3}[ \t]{0,3}[:=][ \t]{0,3}[\"'\\]{0,3}"
    r"[^\s\"'\\,;&{}\[\]()<>]{10}"
)


def _entropy(text: str) -> float:
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def _random(value: str) -> bool:
    return (
        gatetoken.TIMESTAMP.fullmatch(value) is None
        and not gatepublic.public_key_material(value)
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and not value.startswith(("/", "./", "http"))
        and _entropy(value) >= 3.3
    )


# names whose value is where the secret is kept, a path (Vault Agent's `agent-inject-secret-X`,
# Altinity's `k8s_secret_password`)
_NAMES_PATH = lazyre.compile(r"agent-inject-secret-|k8s_secret_")


def named_secrets(text: str) -> Iterator[str]:
    """The generated values the line gives a secret word's name."""
    for m in _NAMED.finditer(text):
        value = m.group("v")
        if PROPERTY_SUFFIX.match(m.group("rest")) or "[REDACTED" in value:
            continue
        if value.startswith(":") and text[m.start("v") - 1] == ":":
            continue  # a name scoped by `::` (Ceph's `rgw::auth::s3::LocalEngine`), no pair
        if gatecontext.in_host(text, m.start(), m.start("rest")):
            continue  # a word inside a host name (`auth.example.com:443/…`)
        if text[max(0, m.start() - 9) : m.start()].lower() == "checksum/":
            continue  # Helm's `checksum/secret` annotation: a hash of the rendered Secret
        if "/" in value and _NAMES_PATH.search(text, max(0, m.start() - 20), m.start("v")):
            # Vault Agent injector's annotation: the Vault path the file is rendered from;
            # Altinity's `user/k8s_secret_password`: a Secret's `namespace/name/key`
            continue
        if gatetoken.reference(value) or gatecontext.public_before(text, m.start("v")):
            continue
        if gatepublic.listed_key_id(text, m.start("v")):
            continue  # a MinIO client's alias listing: the key's id (its secret on its own line)
        if gatepublic.key_digest(text, value):
            continue  # a key's stored hash in a record that names the key by its alias
        if gatepublic.sigv4_scope(value) or gatetoken.lower_name(value):
            continue  # a key's id in a credential scope; an object's name (`secret="sh.helm…"`)
        if gatepublic.token_identifier(value):
            continue  # a token's public identifier, its secret masked (Dynatrace's `dt0c01.…`)
        if gatevendors.published_key(value):
            continue  # a key its vendor publishes to browsers (Mapbox's `pk.eyJ…`)
        if gatedigests.krb5_key_trace(value):
            continue  # krb5's trace of a key: its enctype and two bytes (`aes256-cts/FE8D`)
        if gatehandles.cache_key_id(text, m.start(), m.end("v")):
            continue  # a quoted cache key's last segment (`"wandb:password_reset:<uuid>"`)
        if gatedigests.conda_pin(text):
            continue  # (`tokenizers=0.19.1=py311h…_0`: a version and a build string)
        if _random(value):
            yield value
