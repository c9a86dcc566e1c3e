"""API keys of business SaaS and storage vendors whose documented prefix and length alone say
"secret", wherever they stand: an SDK's constructor argument (`stripe.StripeClient("sk_…")`,
`Api("pat…")`), a `curl -u key:` login, a JSON body's bare `key`, an environment file under a
name no secret's name reads as (`STRIPE_RESTRICTED_KEY`, `B2_KEY`).

- Stripe's secret and restricted keys (`sk_live_`, `rk_live_`, `sk_test_`, `rk_test_` and up to
  247 letters and digits) and a webhook endpoint's signing secret (`whsec_`); the publishable
  `pk_` key is given to browsers and stays (vendorpublic.py);
- Shopify's Admin API access tokens, custom and private app tokens and app secret (`shpat_`,
  `shpca_`, `shppa_`, `shpss_` and 32 hex digits);
- Airtable's personal access token (`pat`, a 14-character id, `.`, 64 hex digits): the id half
  goes with the secret half, as it is one token;
- Mailchimp Transactional's (Mandrill's) API key (`md-` and 22 characters of URL-safe base64);
- a Backblaze B2 application key (`K`, three digits, 27 characters of base64: 31 in all); its
  key id (hex digits) names the key as an AWS access key id does and stays.

Facts about the formats follow the vendors' documentation (Stripe's API keys page, Shopify's
access token docs, Airtable's PAT guide, Mailchimp Transactional's authentication page,
Backblaze's application keys page); the code is the redactor's own (the gate keeps its own
shapes, gateshapes.py)."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, entropy, looks_random
from wbdiag.redact.values import is_mask, is_trivial_value

_VENDOR_KEY = lazyre.compile(
    r"(?<![A-Za-z0-9_])(?:"
    r"[rs]k_(?:live|test)_(?P<stripe>[A-Za-z0-9]{16,247})(?![A-Za-z0-9_])"
    r"|whsec_(?P<whsec>[A-Za-z0-9+/]{24,128}={0,2})(?![A-Za-z0-9+/=])"
    r"|shp(?:at|ca|pa|ss)_(?P<shopify>[0-9a-fA-F]{32})(?![0-9A-Za-z_])"
    r"|pat(?P<airtable>[A-Za-z0-9]{14}\.[0-9a-f]{64})(?![0-9A-Za-z_])"
    r")"
    r"|(?<![A-Za-z0-9_-])md-(?P<mandrill>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])"
    r"|(?<![A-Za-z0-9+/])(?P<b2>K00[0-9][A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=])"
)
_MANDRILL_MIN_ENTROPY = 3.8  # 22 random characters hold about 4.2 bits each; a word far less
_WORD_RUN = lazyre.compile(r"[a-z]{8}")


def _random_letters(value: str) -> bool:
    """Both cases and enough entropy, digits or not (a Mandrill key may hold no digit), and no
    run of lower-case letters as long as a word (`md-autocomplete-suggestions`)."""
    return (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and entropy(value) >= _MANDRILL_MIN_ENTROPY
        and _WORD_RUN.search(value) is None
    )


def _accepted(group: str, value: str) -> bool:
    if is_mask(value) or is_trivial_value(value):
        return False  # a docs' stand-in (`sk_test_xxxxxxxx…`, `sk_test_REPLACE_ME`)
    if group == "mandrill":
        return _random_letters(value)
    if group in ("stripe", "b2"):
        return looks_random(value, 16)
    return True  # (the hex shapes: a fixed length of hex digits after the prefix)


def _vendor_key_spans(line: str) -> Iterator[Span]:
    for m in _VENDOR_KEY.finditer(line):
        group = m.lastgroup
        if group is not None and _accepted(group, m.group(group)):
            yield m.start(group), m.end(group), "api_token"


VENDOR_KEYS = Detector(
    "api_token",
    (
        "sk_live_",
        "sk_test_",
        "rk_live_",
        "rk_test_",
        "whsec_",
        "shpat_",
        "shpca_",
        "shppa_",
        "shpss_",
        "pat",
        "md-",
        "k00",
    ),
    _vendor_key_spans,
    (
        r"[rs]k_(?:live|test)_[A-Za-z0-9]{16}",
        r"whsec_[A-Za-z0-9+/]{24}",
        r"shp(?:at|ca|pa|ss)_[0-9a-f]{32}",
        r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
        r"md-[A-Za-z0-9_-]{22}",
        r"K00[0-9][A-Za-z0-9+/]{27}",
    ),
)
