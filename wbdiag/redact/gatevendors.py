"""What the leak gate knows to be public in business APIs' and backup tools' own formats: keys a
vendor documents as public, made for a browser or a link, a webhook payload's own values, a host
key's fingerprint, a bucket named before its region, and an access key id whose secret the tool
printed as removed. None of it is shared with the redactor's detectors.
"""

from __future__ import annotations

from wbdiag import lazyre

# Keys published by design, by their documented forms: Mapbox's public token (`pk.` then a
# base64url JSON header; its secret tokens are `sk.`), Razorpay's key id in a checkout's options
# (`rzp_live_` and 14 characters; its key secret has no prefix), Adyen's client key for its
# web components (`live_` or `test_` and 32 upper-case characters; its API key is `AQE…`), and
# WooCommerce's order key in an order-received link (`wc_order_` and 13 characters), a Twilio
# API key's SID and Datadog's client token
_PUBLISHED = lazyre.compile(
    r"pk\.eyJ[A-Za-z0-9_-]{16,512}\.[A-Za-z0-9_-]{16,64}"
    r"|rzp_(?:live|test)_[A-Za-z0-9]{14}"
    r"|(?:live|test)_[A-Z0-9]{32}"
    r"|wc_order_[A-Za-z0-9]{13}"
    # a Twilio API key's SID (`SK` and 32 hex digits): the key's id, sent as the user name
    # beside its secret
    r"|SK[0-9a-f]{32}"
    # Datadog's client token (`pub` and 32 hex digits), given to browser RUM and logs in the page
    r"|pub[0-9a-f]{32}"
)


def published_key(value: str) -> bool:
    """The value is a key its vendor publishes to browsers or links (`pk.eyJ…`, `rzp_live_…`)."""
    return _PUBLISHED.fullmatch(value) is not None


_S = r"[ \t]?"
# A webhook payload's own values before the token: Mailgun's signature object (a nonce of 50
# hex digits, its timestamp and their HMAC: `"signature":{"token":"…","timestamp":"…",
# "signature":"…"}`) and Typeform's response token, the id of one form response
# (`"form_response":{"form_id":"…","token":"…"`)
_PAYLOAD_VALUE_BEFORE = lazyre.compile(
    rf'"signature"{_S}:{_S}\{{{_S}"token"{_S}:{_S}"'
    rf'(?:[0-9a-f]{{50}}"{_S},{_S}"timestamp"{_S}:{_S}"[0-9]{{10}}"{_S},{_S}"signature"{_S}:{_S}")?\Z'
    rf'|"form_response"{_S}:{_S}\{{(?:{_S}"[a-z_]{{1,32}}"{_S}:{_S}"[^"\n]{{0,64}}"{_S},){{0,8}}'
    rf'{_S}"token"{_S}:{_S}"\Z'
)
# a host key's fingerprint after its type and size, as WinSCP's `-hostkey=` and PuTTY show it
# (`ssh-ed25519 255 SHA256:…`, `ssh-rsa 2048 xx:xx:…`): a digest of a public key
_HOST_KEY_BEFORE = lazyre.compile(
    r"(?:ssh-(?:ed25519|ed448|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521))[ \t][0-9]{3,5}[ \t]"
    r"(?:SHA256:|MD5:)?\Z"
)


# What mail and chat servers publish or log as ids before a token: Dovecot's session id (`…
# session=<sk/hRuTr10hqJq8I>`, `session=…` in its auth debug, `passdb(user,ip,<id>)`), a DKIM or
# ARC signature's body hash (`bh=`: the hash of the message's body, RFC 6376), and a Matrix
# server's published verify key (`"verify_keys": {"ed25519:a_wB5d": {"key": "…"}}`)
_SERVER_ID_BEFORE = lazyre.compile(
    r"(?:\bdovecot\b|-login:)[^\n]{0,300}(?:\bsession=<?|[0-9a-f:.]{2,45},<)\Z"
    r"|(?:^|[;\s])bh=\Z"
    r'|"(?:old_)?verify_keys"[ \t]?:[ \t]?\{[ \t]?"ed25519:\w{1,64}"[ \t]?:[ \t]?\{[ \t]?"key"[ \t]?:[ \t]?"\Z'
)


def public_before(window: str) -> bool:
    """The text before a token makes it a webhook payload's own value, a host key's
    fingerprint or a server's published id or key (`_PAYLOAD_VALUE_BEFORE`, `_HOST_KEY_BEFORE`,
    `_SERVER_ID_BEFORE`)."""
    tail = window[-400:]
    return (
        _PAYLOAD_VALUE_BEFORE.search(tail) is not None
        or _HOST_KEY_BEFORE.search(tail) is not None
        or _SERVER_ID_BEFORE.search(tail) is not None
    )


# Longhorn's backup target, `s3://<bucket>@<region>/<path>`: the bucket stands where a URL's
# user would, before an AWS region's name
_REGION = lazyre.compile(r"[a-z]{2}(?:-gov)?-[a-z]{4,9}-[0-9]{1,2}/")


def bucket_at_region(text: str, start: int, end: int) -> bool:
    """The userinfo matched from `://` at `start` to its `@` at `end - 1` is an S3 bucket before
    its region (`s3://backups@us-east-1/`)."""
    return (
        text.endswith("s3", 0, start)
        and ":" not in text[start + 3 : end]
        and _REGION.match(text, end) is not None
    )


# JuiceFS's `juicefs status` prints the volume's access key id and its secret key as `removed`
_STATUS_KEY_ID = lazyre.compile(r'[ \t]*"AccessKey": "(?:AKIA|ASIA)[0-9A-Z]{16}",?[ \t\r]*')
_STATUS_SECRET_REMOVED = lazyre.compile(r'[ \t]*"SecretKey": "removed",?[ \t\r]*')


def key_id_secret_removed(block: list[str], i: int) -> bool:
    """Line `i` is an access key id alone, the secret key on the next line printed as removed."""
    return (
        i + 1 < len(block)
        and _STATUS_KEY_ID.fullmatch(block[i]) is not None
        and _STATUS_SECRET_REMOVED.fullmatch(block[i + 1]) is not None
    )
