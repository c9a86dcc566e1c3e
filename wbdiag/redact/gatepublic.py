"""What the leak gate knows to be public by its form, wherever it stands: public key material
(certificates, public keys, domain parameters and signed data, in PEM, DER or base64 of PEM),
placeholders that fill a secret's shape, and git object ids. None of it is shared with the
redactor's detectors.
"""

from __future__ import annotations

import base64
import binascii
import re

from wbdiag import lazyre
from wbdiag.redact.detectors.base import looks_random

# PEM labels of public material: certificates and their requests and revocation lists, public
# keys, DH/DSA/EC domain parameters, signatures and signed data (`-----BEGIN DH PARAMETERS-----`,
# `X9.42 DH PARAMETERS`, `PGP PUBLIC KEY BLOCK`). Private keys, seeds and static keys have none
# of these words.
_PUBLIC_PEM = lazyre.compile(
    r"-----BEGIN (?:[A-Z0-9.]{1,12} ){0,3}"
    r"(?:CERTIFICATE|CERTIFICATE REQUEST|CRL|PUBLIC KEY|PARAMETERS|PKCS7|CMS|SIGNATURE"
    r"|SIGNED MESSAGE)(?: BLOCK)?-----"
)
# DER in base64 that opens like public material: a certificate, request or CRL (SEQUENCE in
# SEQUENCE: `MII…CCA`), a public key (`MII…IjANBg`), or a SEQUENCE opening with a long INTEGER
# (`MIIBCgKC…`, `MIICKAKC…`: an RSA public key in PKCS#1, DH or DSA parameters). A private key's
# DER opens with its version number instead (`MIIEowIBAA…`, `MIIEvQIBADANBg…`).
PUBLIC_DER = lazyre.compile(r"MII(?:...CCA|.IjANBg|..[AQgw]K[BC])")
# base64 of a PEM header (`-----BEGIN `), as a kubeconfig's `certificate-authority-data` holds it
_PEM_IN_BASE64 = "LS0tLS1CRUdJTi"
# a placeholder that fills a secret's shape: eight or more of one filler character
# (`T00000000`, `XXXXXXXX`, `xxxxxxxx`, `********`); a generated value has no such run; a tool's
# mask word between stars (Troubleshoot's `***HIDDEN***`); a URL's userinfo in placeholder words
# (a usage's `e.g. mysql://user:password@host`)
_FILLER = lazyre.compile(
    r"0{8}|X{8}|x{8}|\*{8}|#{8}|\*{3}[A-Z]{4,16}\*{3}"
    r"|(?i://(?:user|username|usr|login|name):(?:password|pass|passwd|pwd|secret)@)"
)
# a git object id after its type, as `git ls-tree`, `cat-file -p` and `log --raw` print it
# (`100644 blob 8f7a…\tpath`, `tree 4b82…`, `parent 9c81…`)
_GIT_OBJECT_BEFORE = lazyre.compile(r"(?:^|[\s:])(?:blob|tree|commit|tag|parent|object) \Z")
_GIT_OBJECT_ID = lazyre.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
# an AWS access key id in a Signature Version 4 credential scope (`AKIA…/20261103/us-east-1/s3/
# aws4_request`, percent-encoded in a presigned URL's `X-Amz-Credential`): the key's id, which a
# signed request shows in the clear next to its signature
_SIGV4_SCOPE = lazyre.compile(
    r"[0-9A-Z]{16,128}(?:/|%2[Ff])[0-9]{8}(?:/|%2[Ff])[0-9a-z-]{1,32}(?:/|%2[Ff])[0-9a-z-]{1,32}"
    r"(?:/|%2[Ff])aws4_request"
)


# a value encrypted in its own envelope, the text before a token of it: Pulumi's `secure:
# v1:<nonce>:<ciphertext>` (the stack's key, or the KMS key that wraps it, is elsewhere)
_ENCRYPTED_BEFORE = lazyre.compile(r"secure:[ \t]{0,4}[\"']?v1:[A-Za-z0-9+/=]{0,64}:?\Z")


# a description in angle brackets a tool prints in a value's place, the token inside it
# (PowerShell's CLIXML of a SecureString: `&lt;DPAPI-protected, machine DESKTOP-D9LNQGO&gt;`):
# words and a space since the bracket, no quote or `=` (an open tag's attributes hold values)
_DESCRIBED_BEFORE = lazyre.compile(r"(?:<|&lt;)[A-Za-z][A-Za-z0-9 ,.()/-]{0,80} \Z")


# what a network protocol publishes in the clear, named by what it is: a public key's MD5 in IOS's
# `ip ssh pubkey-chain` (`key-hash ssh-rsa <md5>`), IKEv1's SPI cookies in every packet's header
# (`show crypto isakmp sa detail`'s `Initiator cookie: …  Responder cookie: …`), and a DNS zone's
# public records (`IN DNSKEY 257 3 13 <base64>`, `DS`, `RRSIG`: published to every resolver)
_PUBLISHED_BEFORE = lazyre.compile(
    r"(?i)(?:key-hash[ \t]{1,4}(?:ssh-rsa|ssh-dss|ssh-ed25519|ecdsa-sha2-nistp\d{3})"
    r"|\b(?:initiator|responder)[ \t]cookie[ \t]{0,4}:?"
    r"|\bIN[ \t]{1,8}(?:C?DNSKEY|C?DS|RRSIG|KEY|SSHFP|TLSA|NSEC3?(?:PARAM)?)[ \t][^\n]{0,80}"
    r")[ \t]{1,8}(?:0x)?\Z"
)


# a program's read of its environment by a variable's name, the token inside it (Python's
# `os.environ.get("…")`, `os.getenv("…")`, `os.environ["…"]`, Ruby's `ENV["…"]`, `ENV.fetch("…")`,
# Java's `System.getenv("…")`): the token names the variable; its value is set elsewhere
_ENVIRONMENT_READ_BEFORE = lazyre.compile(
    r"(?<![\w.])(?:(?:os\.)?environ(?:\.get)?|(?:os\.|System\.)?getenv|ENV(?:\.fetch)?)"
    r"[ \t]{0,2}[(\[][ \t]{0,2}[\"']\Z"
)


def environment_read(window: str) -> bool:
    """The text before a token opens a read of the environment by the variable's name."""
    return _ENVIRONMENT_READ_BEFORE.search(window[-40:]) is not None


def listed_api_key(text: str) -> bool:
    """The line is a record of EMQX's API key listing (`GET /api/v5/api_key`): its `api_key` is
    the key's id beside its expiry and state; the secret, `api_secret`, is shown only when the
    key is created."""
    return '"expired_at"' in text and '"enable"' in text and '"api_secret"' not in text


def published_before(window: str) -> bool:
    """The text before a token names it as what a protocol publishes (`_PUBLISHED_BEFORE`)."""
    return _PUBLISHED_BEFORE.search(window[-120:]) is not None


def encrypted_before(window: str) -> bool:
    """The text right before a token opens an encrypted value's envelope."""
    return "v1:" in window and _ENCRYPTED_BEFORE.search(window) is not None


def described_before(window: str) -> bool:
    """The token stands inside a description in angle brackets, after its words."""
    tail = window[-88:]
    return ("<" in tail or "&lt;" in tail) and _DESCRIBED_BEFORE.search(tail) is not None


def public_pem(line: str) -> bool:
    """The line holds the header of a PEM block of public material."""
    return "-----BEGIN " in line and _PUBLIC_PEM.search(line) is not None


def public_pem_in_base64(value: str) -> bool:
    """The value is base64 of a PEM block of public material (a kubeconfig's
    `certificate-authority-data`, a Secret's `ca.crt`)."""
    if not value.startswith(_PEM_IN_BASE64):
        return False
    head = value[:64]
    try:
        text = base64.b64decode(head[: len(head) // 4 * 4]).decode("ascii", "replace")
    except (binascii.Error, ValueError):
        return False
    return _PUBLIC_PEM.match(text) is not None


# an age recipient: the public key files are encrypted to (`age1` and bech32 in lower case; a
# plugin's, `age1yubikey1…`, is longer), what `age-keygen` prints as `Public key:` and chezmoi's
# `[age] recipient` holds; its identity is `AGE-SECRET-KEY-1…`
_AGE_RECIPIENT = lazyre.compile(r"age1[0-9a-z]{58,120}")
# an OpenSSH public key's blob (what follows `ssh-ed25519 ` in authorized_keys; ClickHouse's
# users.xml `<base64_key>`): its length-prefixed key type first, in base64
_SSH_PUBLIC_BLOB = lazyre.compile(
    r"AAAA(?:C3NzaC1lZDI1NTE5|B3NzaC1yc2E|B3NzaC1kc3M|E2VjZHNhLXNoYTItbmlzdHA"
    r"|GnNrLXNzaC1lZDI1NTE5|InNrLWVjZHNhLXNoYTItbmlzdHA)[A-Za-z0-9+/]{8,2048}={0,3}"
)


def public_key_material(value: str) -> bool:
    """The value is the DER of public key material in base64, or base64 of its PEM, or an age
    recipient, or an OpenSSH public key's blob."""
    return (
        PUBLIC_DER.match(value) is not None
        or public_pem_in_base64(value)
        or (value.startswith("age1") and _AGE_RECIPIENT.fullmatch(value) is not None)
        or (value.startswith("AAAA") and _SSH_PUBLIC_BLOB.fullmatch(value) is not None)
    )


# a key masked but for its prefix and last characters, as a dashboard or an API lists it
# (`sk-...KcQu`, `sk-proj-…9rY6`, `pk_live_...x1Yz`): an ellipsis between a short prefix and a
# tail of eight characters at most
_MASKED_KEY = lazyre.compile(
    r"[A-Za-z0-9]{0,12}(?:[-_][A-Za-z0-9]{1,12}){0,2}[-_]?(?:\.{3,4}|…)[A-Za-z0-9]{1,8}"
)


def masked_key(value: str) -> bool:
    """The value is a key masked but for its prefix and tail (`sk-...KcQu`)."""
    return _MASKED_KEY.fullmatch(value) is not None


# a token's public identifier without its secret part: Dynatrace's token is `dt0c01.`, a public
# portion of 24 characters and a secret one of 64, and its documentation calls the first two
# together the token identifier, safe to display (`dt0c01.ST2EY72KQINMH574WMNVI7YN.<masked>`)
# (its secret part may stand masked: a word in angle brackets, stars, an ellipsis); and Modal's
# token id (`ak-` and 22 characters, what `modal token info` prints; its secret is `as-…`)
_TOKEN_IDENTIFIER = lazyre.compile(
    r"dt0[a-z][0-9]{2}\.[A-Z0-9]{24}(?:\.(?:<[a-z]{3,16}>|\*{3,64}|\.{3}|…)?)?"
    r"|ak-[A-Za-z0-9]{22}"
)


def token_identifier(value: str) -> bool:
    """The value is a token's public identifier alone, its secret part left out or masked."""
    return value.startswith(("dt0", "ak-")) and _TOKEN_IDENTIFIER.fullmatch(value) is not None


# the unique id of an AWS principal (a user's `AIDA…`, a role's `AROA…`, a group's `AGPA…`, a
# policy's, an instance profile's): it names the principal as its ARN does (`sts
# get-caller-identity`'s `UserId`, `AROA…:botocore-session-…`)
_PRINCIPAL_ID = lazyre.compile(r"A(?:IDA|ROA|GPA|NPA|NVA|IPA)[A-Z0-9]{16,17}")


def principal_id(value: str) -> bool:
    """The value is an AWS principal's unique id."""
    return value[:1] == "A" and _PRINCIPAL_ID.fullmatch(value) is not None


# a key's record that names the key by an alias or a name of its own (a proxy's key listing or
# spend log: `"key_alias": "weave-judge"`, `"key_name": "sk-...sg19"`), and a SHA-256 digest in
# lower-case hex: such a service keeps the key's hash in the key's place, never the key
_KEY_ALIAS = lazyre.compile(r"[\"']?(?:key|token)[_-]?(?:alias|name)[\"']?[ \t]{0,4}[:=]", re.I)
_SHA256_HEX = lazyre.compile(r"[0-9a-f]{64}")


def key_digest(text: str, token: str) -> bool:
    """The token is a key's SHA-256 digest in a record that names the key by an alias."""
    return _SHA256_HEX.fullmatch(token) is not None and _KEY_ALIAS.search(text) is not None


def placeholder(value: str) -> bool:
    """The value fills a secret's shape with a placeholder (`T00000000/B00000000/XXXXXXXX`)."""
    return _FILLER.search(value) is not None


def sigv4_scope(text: str, start: int = 0) -> bool:
    """The text at `start` is an access key id in a SigV4 credential scope (`AKIA…/20261103/
    us-east-1/s3/aws4_request`)."""
    return _SIGV4_SCOPE.match(text, start) is not None


# a table cell that says the secret is not shown (`(not shown)`, `<hidden>`, `[masked]`,
# `****************WXYZ` as `aws configure list` prints a key): a row that holds it shows a key's
# id without its secret
_ROW_SEPARATORS = lazyre.compile(r"[│┃║|]")
_NOT_SHOWN = lazyre.compile(
    r"[(<\[](?:not (?:shown|displayed|set)|hidden|masked|redacted|sensitive)[)>\]]"
    r"|(?:not shown|hidden|masked)|\*{4,}[0-9A-Za-z]{0,4}"
)
# a cell that may hold a secret: a long run with a digit (not `shared-credentials-file`)
_LONG_RUN = lazyre.compile(r"[A-Za-z+/=_-]{0,64}[0-9][0-9A-Za-z+/=_-]{0,64}")


def id_beside_masked_secret(text: str, start: int, end: int) -> bool:
    """The token at `start:end` is a cell of a table row whose other cells show no secret and one
    of which says the secret is not shown (`│ default │ AKIA… │ (not shown) │`)."""
    if _ROW_SEPARATORS.search(text) is None:
        return False
    cells = [c.strip() for c in _ROW_SEPARATORS.split(text[:start] + text[end:])]
    return any(_NOT_SHOWN.fullmatch(c) for c in cells) and not any(
        len(m.group(0)) >= 20 for c in cells for m in _LONG_RUN.finditer(c)
    )


# a query's key id before its secret, printed masked (CockroachDB's `SHOW JOBS` and `SHOW
# BACKUP`: `?AWS_ACCESS_KEY_ID=AKIA…&AWS_SECRET_ACCESS_KEY=redacted`)
_QUERY_SECRET_MASKED = lazyre.compile(
    r"&AWS_SECRET_ACCESS_KEY=(?:redacted|REDACTED|\*{3,32}|<redacted>)(?=[&'\"\s]|\Z)"
)


def id_before_masked_query_secret(text: str, end: int) -> bool:
    """The key id ending at `end` is a query's value, and the secret after it is masked."""
    return text.startswith("&AWS_SECRET", end) and _QUERY_SECRET_MASKED.match(text, end) is not None


# a URL's password masked whole or but for its last four characters (`:****F31R@`, as
# OpenTelemetry's redaction processor and many tools' masks keep a tail to tell keys apart)
_MASKED_PASSWORD = lazyre.compile(r":\*{3,64}[0-9A-Za-z]{0,4}@")


def user_beside_masked_password(text: str, start: int, end: int) -> bool:
    """The token at `start:end` is a URL's user name whose password is masked
    (`s3://AKIA…:****F31R@bucket`): an id, like a table row's beside a secret not shown."""
    return text.endswith("://", 0, start) and _MASKED_PASSWORD.match(text, end) is not None


# a MinIO client's alias listing (`mc alias list`), one padded field a line: `  AccessKey : AKIA…`
# is the key's id; the listing prints the secret on its own `  SecretKey : …` line, judged there
_LISTED_KEY_ID = lazyre.compile(r"[ \t]{1,8}AccessKey[ \t]{1,8}:[ \t]{1,4}\Z")
# git's OpenPGP signing key (`user.signingkey=…` as `git config --list` prints it, `git config
# user.signingkey …`, a `[user]` section's `signingkey = …`): a key's id or fingerprint in hex,
# public as the key's own name (an SSH signing key is a path or a public key)
_SIGNING_KEY_BEFORE = lazyre.compile(
    r"(?i)(?:(?<![\w.-])user\.signingkey(?:=|[ \t]{1,4})|^[ \t]{0,8}signingkey[ \t]{0,2}=[ \t]{0,2})"
    r"(?:0x)?\Z"
)
# (a short or long key id, a v4 fingerprint; 32 bytes in hex read as an HMAC key's instead)
_KEY_ID = lazyre.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})!?")


# an access key's metadata as `aws iam list-access-keys` prints it in a table or as text: the
# id, its creation time and its status (`|  AKIA… |  2023-04-01T17:09:03Z  |  Active|user|`; as
# CSV, its status and then its creation time); no secret stands between (`create-access-key`
# prints it after the time)
_KEY_STATUS_AFTER = lazyre.compile(
    r"[ \t|]{1,16}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:?\d\d)?"
    r"[ \t|]{1,16}(?:Active|Inactive)(?![A-Za-z])"
    # (the status first, then the creation time: the same listing as CSV)
    r"|[ \t,|]{1,16}(?:Active|Inactive)[ \t,|]{1,16}"
    r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:?\d\d)?(?![\w:.])"
)


def listed_key_id(text: str, start: int, end: int = -1) -> bool:
    """The token at `start` (to `end`) is the key id field of a MinIO client's alias listing, or
    of an AWS key's metadata row."""
    if end >= 0 and _KEY_STATUS_AFTER.match(text, end) is not None:
        return True
    return _LISTED_KEY_ID.fullmatch(text, 0, start) is not None


def signing_key_id(text: str, start: int, token: str) -> bool:
    """The token at `start` is git's signing key named by its id or fingerprint."""
    return (
        _KEY_ID.fullmatch(token) is not None
        and _SIGNING_KEY_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def git_object_id(text: str, start: int, token: str) -> bool:
    """The token at `start` is a git object id after its type (`100644 blob 8f7a…`)."""
    return (
        _GIT_OBJECT_ID.fullmatch(token) is not None
        and _GIT_OBJECT_BEFORE.search(text, max(0, start - 8), start) is not None
    )


# a MongoDB-style object id after the noun that names what it identifies (`loaded user object
# 5c70…`, `document 515e…`, `_id: …`, `ObjectId("…")`): 12 bytes in hex whose first four are the
# time it was made (2009 to 2038), a record's id that logs print in the clear
_OBJECT_ID = lazyre.compile(r"[0-9a-f]{24}")
_OBJECT_ID_BEFORE = lazyre.compile(
    r"(?i)(?:(?:^|[\s\"'(\[{,])(?:object|document|doc|record|entity|user|account|item|id|_id|oid)"
    r"[\"']?[ \t]{0,2}[:=#]?[ \t]{0,2}[\"']?|ObjectId\([\"']?)\Z"
)


def object_id(text: str, start: int, token: str) -> bool:
    """The token at `start` is an object id after the noun that names its record."""
    return (
        _OBJECT_ID.fullmatch(token) is not None
        and 0x4A000000 <= int(token[:8], 16) < 0x80000000
        and _OBJECT_ID_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# a name numbered as one of its shards, before its `=` (an ALB splits its session cookie into
# `AWSELBAuthSessionCookie-0`, `-1`, …): without its number it reads as words, not as a value
_SHARD_NAME = lazyre.compile(r"(?P<n>[A-Za-z][A-Za-z0-9]{7,63})[-_][0-9]{1,2}=")


def shard_name(token: str) -> bool:
    """The token is a numbered name and its `=` (`AWSELBAuthSessionCookie-0=`)."""
    m = _SHARD_NAME.fullmatch(token)
    return m is not None and not looks_random(m.group("n"))


# librdkafka's name for a client instance, its type and number (`rdkafka#producer-1`, the
# fourth field of its debug lines, `%7|…|SCRAMAUTH|rdkafka#producer-1| …`)
_RDKAFKA_NAME = lazyre.compile(r"rdkafka#(?:producer|consumer)-\d{1,6}")


def client_instance_name(token: str) -> bool:
    """The token is librdkafka's default name for a client (`rdkafka#consumer-2`)."""
    return token.startswith("rdkafka#") and _RDKAFKA_NAME.fullmatch(token) is not None


# An ACME DNS-01 challenge's TXT value as the client presents or cleans it up (cert-manager's
# `"presenting DNS01 challenge for domain" … fqdn="_acme-challenge.…" key="…"`): the record is
# published in DNS for the CA to read, 43 characters of base64url (a SHA-256 digest)
_ACME_TXT_LINE = lazyre.compile(r"(?i)_acme-challenge\.|dns-?01 challenge")
_ACME_TXT_BEFORE = lazyre.compile(
    r"(?<![\w-])(?:key|value|txt)[\"']?[ \t]?[=:][ \t]?[\"']?\Z", re.I
)
_ACME_TXT = lazyre.compile(r"[A-Za-z0-9_-]{43}")


def acme_txt_value(text: str, start: int, token: str) -> bool:
    """The token is a DNS-01 challenge's TXT value on a line about that challenge."""
    return (
        _ACME_TXT.fullmatch(token) is not None
        and _ACME_TXT_BEFORE.search(text, max(0, start - 8), start) is not None
        and _ACME_TXT_LINE.search(text) is not None
    )


# A usage synopsis's cluster of one-letter options in brackets (htpasswd's
# `[-cimB25dpsDv]`, `-b[cmB25dpsDv]`): flags a tool's help lists, not a value
_OPTION_CLUSTER_BEFORE = lazyre.compile(r"(?:\[-|(?<![\w-])-[A-Za-z]\[)\Z")
_OPTION_CLUSTER = lazyre.compile(r"[A-Za-z0-9]{2,32}")


def option_cluster(text: str, start: int, token: str) -> bool:
    """The token is a usage's bracketed cluster of one-letter options (its `-` may be the
    token's own first character)."""
    dash = int(token.startswith("-"))
    before = text[max(0, start - 3) : start] + token[:dash]
    return (
        _OPTION_CLUSTER_BEFORE.search(before) is not None
        and _OPTION_CLUSTER.fullmatch(token[dash:]) is not None
        and text.startswith("]", start + len(token))
        # (the `[` right before the token does not open a name's value: `pw: [-…]`)
        and not text[: start - 1].rstrip().endswith((":", "="))
    )
