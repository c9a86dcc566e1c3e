"""Private key material outside PEM: the private parameters of an RSA key (or any JWK) in JSON
(`"d"`, `"p"`, `"q"`, `"dp"`, `"dq"`, `"qi"`, .NET's `"inverseQ"`: the GitHub Actions runner's
`.credentials_rsaparams`, a JWK set), Vault's unseal and recovery key shares
(`Unseal Key 1: …`, `vault operator init` output, `vault operator unseal <key>` in a shell's
history), and Ceph's CephX keys (`AQ…==` in a keyring or `ceph auth get-key` output), and an S3-style secret key under a bare `key` field (OCI's
customer secret key JSON, `"key": "…"`: 40 base64 characters), the secrets of a TLS key log
(`SSLKEYLOGFILE`: a label, the client random, the secret) and a keyring file's key entries
(MySQL's `component_keyring_file`: the `data` beside a `data_type`), and shared keys in
strongSwan's `ipsec.secrets` and chrony's keys file, a keytab's keys as `klist -K` prints
them, and a private key's DER in base64 under a `private` label. As the bare `key`, the short
`tok` (a session object's token) holds a secret only in a token's shape. PuTTY's `Private-Lines:`
block spans lines: nextoutput.py follows it."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.shapednames import is_shaped_secret
from wbdiag.redact.values import is_trivial_value

# base64 or base64url of at least 40 characters: a parameter of a real key, not `"d": "x"`
RSA_PARAMS = regex_detector(
    "private_key",
    ('"d"', '"p"', '"q"', '"dp"', '"dq"', '"qi"', '"inverseq"'),
    r"\"(?:d|p|q|dp|dq|qi|inverseQ|InverseQ|D|P|Q|DP|DQ)\"[ \t]{0,8}:[ \t]{0,8}"
    r"\"(?P<s>[A-Za-z0-9+/_-]{40,8192}={0,2})\"",
    patterns=(r"\"(?:d|p|q|dp|dq|qi|inverseq)\"[ \t]*:[ \t]*\"[a-z0-9+/_-]{40}",),
)
# `Unseal Key 1: …`, `Recovery Key 3: …` (base64 or hex shares)
UNSEAL_KEY = regex_detector(
    "private_key",
    ("unseal key", "recovery key"),
    r"(?i)\b(?:unseal|recovery)[ \t]key(?:[ \t]\d{1,3})?[ \t]{0,4}:[ \t]{0,8}"
    r"(?P<s>[A-Za-z0-9+/]{16,512}={0,2})(?![^\s])",
    patterns=(r"(?:unseal|recovery)[ \t]key(?:[ \t]\d{1,3})?[ \t]*:[ \t]*[a-z0-9+/]{16}",),
)
# a key share given on the command line (`vault operator unseal <key>`, in a shell's history):
# flags may stand before it; `-reset`, a prompt (no argument) or `$KEY` hold none
UNSEAL_ARG = regex_detector(
    "private_key",
    ("unseal",),
    r"\bvault[ \t]{1,4}operator[ \t]{1,4}unseal(?:[ \t]{1,4}-[\w-]{1,32}(?:=[^\s]{0,256})?){0,4}"
    r"[ \t]{1,4}[\"']?(?P<s>[A-Za-z0-9+/]{16,512}={0,2})(?![^\s\"'])",
    patterns=(r"vault[ \t]+operator[ \t]+unseal[ \t][^\n]*[a-z0-9+/]{16}",),
)
# a Kerberos key as `klist -K` and ktutil's `list -k` print a keytab's entries: `(0x…)` after
# the principal (`HTTP/host@REALM`) or after its encryption type (`(aes256-cts-hmac-sha1-96)`)
KERBEROS_KEY = regex_detector(
    "private_key",
    ("(0x",),
    r"(?:@[A-Za-z0-9._-]{1,253}|\((?:DEPRECATED:)?(?:aes|des|arcfour|rc4|camellia)[\w-]{0,40}\))"
    r"[ \t]{1,8}\(0x(?P<s>[0-9a-fA-F]{16,256})\)",
    patterns=(r"[a-z0-9._)-][ \t]+\(0x[0-9a-f]{16}",),
)
# a private key's DER in base64 (`MII…`: a SEQUENCE) under a label `private` (a note left in
# SAML metadata beside the certificate, `<!-- private: MIIEv… -->`)
PRIVATE_DER = regex_detector(
    "private_key",
    ("private",),
    r"(?i:\bprivate)[ \t]{0,4}[:=][ \t]{0,8}(?P<s>MII[A-Za-z0-9+/]{60,16384}={0,2})",
    patterns=(r"private[ \t]*[:=][ \t]*mii[a-z0-9+/]{60}",),
)
# CephX: base64 of a 28-byte key record whose type byte makes it start `AQ`
CEPHX_KEY = regex_detector(
    "private_key",
    ("aq",),
    r"(?<![A-Za-z0-9+/])(?P<s>AQ[A-Za-z0-9+/]{36,40}==)(?![A-Za-z0-9+/=])",
    patterns=(r"aq[a-z0-9+/]{36,40}==",),
)

# A NATS NKEY seed (`nk`, `nsc`, a `.nk` file, `nats.connect(nkeys_seed_str=…)`): base32 of the
# seed prefix, the key type (User, Account, Operator, server (N), Cluster, curve (X)), 32 bytes
# and a CRC-16, 58 characters. The public keys (`U…`, `A…`, 56 characters) stay.
NKEY_SEED = regex_detector(
    "private_key",
    ("su", "sa", "so", "sn", "sc", "sx"),
    r"(?<![A-Za-z0-9])(?P<s>S[UAONCX][A-Z2-7]{56})(?![A-Za-z0-9])",
    patterns=(r"s[uaoncx][a-z2-7]{56}",),
)


def _s3_secret(value: str) -> bool:
    """40 base64 characters of an S3-style secret key: random, every class, a `/` or `+` inside
    (a 40-hex digest has neither; an object key's path has words between its slashes), or
    without one when its classes alternate as a generator's do (reads_random: about a third of
    such keys hold no `/` nor `+`, OCI's customer secret key among them); or 88 random ones."""
    return (
        looks_random(value)
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and (len(value) == 88 or any(c in "/+" for c in value[1:-1]) or reads_random(value))
    )


S3_SECRET_KEY = regex_detector(
    "private_key",
    ("key",),
    # (or 88, the base64 of 64 bytes: an Azure storage account key, rclone's `key = …==`)
    r"(?<![\w-])[\"']?key[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?"
    r"(?P<s>[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/]{46}==)?)(?![A-Za-z0-9+/=])",
    accept=_s3_secret,
    patterns=(r"key[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9+/]{40}",),
)

# `tok`, token's short form, as a quoted member or before `=` or `:` (a session object's `"tok"`
# beside its `sub` and `exp`, as CBOR's diagnostic notation prints it), when its value has a
# session token's shape (shapednames.py). Too short a word for names.py's hints: `tokio`'s module
# paths in every line of a Rust service's log would all go through the key scanner.
SHORT_TOKEN = regex_detector(
    "keyvalue",
    ('tok"', "tok'", "tok=", "tok:"),
    r"(?<![\w.-])[\"']?(?i:tok)[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?"
    r"(?P<s>[A-Za-z0-9._~+/-]{24,512}={0,2})(?![A-Za-z0-9._~+/=-])",
    accept=lambda value: is_shaped_secret("tok", value),
    patterns=(r"tok[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9._~+/-]{24}",),
)

# NSS key log lines (`SSLKEYLOGFILE` of curl, openssl, browsers; Wireshark reads them): a label,
# the client random (public: it crossed the wire in the hello), and the secret that decrypts the
# session
_KEYLOG = regex_detector(
    "private_key",
    ("client_random", "traffic_secret", "exporter_secret"),
    r"(?<![A-Za-z0-9_])(?:CLIENT_RANDOM|(?:CLIENT|SERVER)_(?:EARLY_|HANDSHAKE_)?TRAFFIC_SECRET(?:_\d{1,3})?"
    r"|(?:EARLY_)?EXPORTER_SECRET)[ \t]{1,4}[0-9A-Fa-f]{32,128}[ \t]{1,4}(?P<s>[0-9A-Fa-f]{32,256})"
    r"(?![0-9A-Fa-f])",
    patterns=(r"(?:client_random|traffic_secret(?:_\d+)?|exporter_secret)[ \t]+[0-9a-f]{32}",),
)
# a keyring's key entry (MySQL's `component_keyring_file` and `keyring_file` JSON: `"data_type":
# "AES", "data": "<hex>"`, in either order; the type a key's): `data` is the key itself
_KEY_DATA = r"\"data\"[ \t]{0,4}:[ \t]{0,4}\"(?P<%s>[A-Za-z0-9+/=]{16,8192})\""
_KEY_TYPE = (
    r"\"data_type\"[ \t]{0,4}:[ \t]{0,4}\"(?i:AES|RSA|DSA|EC|HMAC|SECRET)[A-Za-z0-9_-]{0,16}\""
)
_KEYRING = regex_detector(
    "private_key",
    ('"data_type"',),
    _KEY_TYPE
    + r"[ \t]{0,4},[ \t]{0,4}"
    + _KEY_DATA % "s"
    + r"|"
    + _KEY_DATA % "t"
    + r"[ \t]{0,4},[ \t]{0,4}"
    + _KEY_TYPE,
)


# shared keys in their daemons' files: strongSwan's ipsec.secrets (`ID ID : PSK "…"`, also `EAP`,
# `XAUTH`, `NTLM` secrets; quoted, or `0x…` hex, `0s…` base64) and chrony's or ntpd's keys file
# (`ID TYPE HEX:…` / `ASCII:…`, the type optional)
_SHARED_KEY = regex_detector(
    "private_key",
    (" psk ", " eap ", " xauth ", " ntlm ", "hex:", "ascii:"),
    r"(?:^|(?<=\s)):[ \t]{0,4}(?:PSK|EAP|XAUTH|NTLM)[ \t]{1,8}"
    r"(?:\"(?P<s>[^\"\n]{1,512})\"|'(?P<v>[^'\n]{1,512})'|(?P<t>0[xs][A-Za-z0-9+/=]{4,1024}))"
    r"|^[ \t]{0,8}\d{1,5}[ \t]{1,8}(?:[A-Z][A-Z0-9-]{0,11}[ \t]{1,8}(?:\d{2,3}[ \t]{1,8})?)?"
    r"(?:HEX|ASCII):(?P<u>[^\s#]{4,512})",
    accept=lambda v: not is_trivial_value(v),
    patterns=(
        r"(?:psk|eap|xauth|ntlm)[ \t]+[\"'0]",
        r"[ \t](?:hex|ascii):[^\s]",
    ),
)


def _record_spans(line: str) -> Iterator[Span]:
    if '"data_type"' in line:
        yield from _KEYRING.find(line)
    elif _SHARED_KEY.may_match(line.lower()):
        yield from _SHARED_KEY.find(line)
    if "_" in line:
        yield from _KEYLOG.find(line)


# one detector for both (a detector more is a hint test more on every line the prefilter picks)
KEY_RECORDS = Detector(
    "private_key",
    (*_KEYLOG.hints, *_KEYRING.hints, *_SHARED_KEY.hints),
    _record_spans,
    (
        *_KEYLOG.prefilter_patterns(),
        *_KEYRING.prefilter_patterns(),
        *_SHARED_KEY.prefilter_patterns(),
    ),
)
