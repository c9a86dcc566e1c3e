"""A webhook's signature of the one payload it came with: an HMAC the receiver recomputes with
its signing secret. It proves that message and opens nothing, so it stays; the signing secret
(`whsec_…`, an auth token) is judged as usual."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.names import words

# the digest under its algorithm's name (GitHub's `X-Hub-Signature-256: sha256=…`)
_PREFIXED = lazyre.compile(r"sha(?:1=[0-9a-f]{40}|256=[0-9a-f]{64}|512=[0-9a-f]{128})")
# Stripe's `Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256>[,v0=…]`
_STRIPE = lazyre.compile(r"t=\d{9,11}(?:,v[01]=[0-9a-f]{64}){1,4}")
# an HMAC alone: SHA-1 or SHA-256, in hex (Linear, Razorpay) or base64 (Twilio's
# `X-Twilio-Signature`, Adyen's `hmacSignature`)
_BARE = lazyre.compile(r"[0-9a-f]{40}|[0-9a-f]{64}|[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=")
# Signed URLs carry theirs under these vendors' names (`X-Amz-Signature`, `X-Goog-Signature`,
# Alibaba's `x-oss-signature`): such a signature opens the object until it expires.
_URL_SIGNERS = frozenset({"amz", "aws", "goog", "oss", "cos", "obs", "sas"})


def is_payload_signature(name: str, value: str) -> bool:
    """`value` is a payload's HMAC under a webhook's signature header or field: a digest under
    its algorithm's name after any name ending in `signature`, or Stripe's form or a bare HMAC
    after a name that says whose signature it is (`Stripe-Signature`, `razorpay_signature`)."""
    ws = words(name)
    if "signature" not in ws[-2:]:
        return False
    if value.startswith("sha"):
        return _PREFIXED.fullmatch(value) is not None
    if ws[-1] != "signature" or len(ws) < 2 or _URL_SIGNERS & set(ws):
        return False
    if ws[-2] == "x":
        return False  # no signer named
    return _STRIPE.fullmatch(value) is not None or _BARE.fullmatch(value) is not None


# a name, its `:` or `=` and the value after it, quoted or not (`Stripe-Signature="t=…,v1=…"`,
# `"hmacSignature":"…="`, `X-Twilio-Signature: …=`)
_PAIR = lazyre.compile(
    r"(?P<n>[A-Za-z][\w-]{0,63}ignature(?:-256)?)[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?"
    r"(?P<v>[^\s\"',;&]{8,200}(?:,v[01]=[0-9a-f]{64}){0,4})"
)


def payload_signatures(line: str) -> list[tuple[int, int]]:
    """The spans of the payload signatures on `line`, for the detectors that judge a value by
    its shape alone."""
    if "ignature" not in line:
        return []
    return [m.span("v") for m in _PAIR.finditer(line) if is_payload_signature(m["n"], m["v"])]
