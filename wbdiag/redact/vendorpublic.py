"""Values a vendor documents as public although they stand under a secret's name: the keys a
browser or an app is given (Stripe's publishable `pk_live_…`, Mapbox's public `pk.…` token,
Adyen's client key, Datadog's browser client token `pub…`), an OAuth integration's client id
(DocuSign's integration key) and an order's key in a shop's own URLs (WooCommerce's
`wc_order_…`). Their secret counterparts (`sk_live_…`, Mapbox's `sk.…`, Adyen's `AQE…` API key,
Datadog's API key) are judged as usual."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.names import words

# Stripe's publishable key: given to Stripe.js in the page
_STRIPE_PUBLISHABLE = lazyre.compile(r"pk_(?:live|test)_[A-Za-z0-9]{24,247}")
# Mapbox's public token: `pk.` and a JWT-like body (a secret token is `sk.`, a temporary `tk.`)
_MAPBOX_PUBLIC = lazyre.compile(r"pk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{10,200}")
# WooCommerce's order key: the customer's link to the order-received page
_WOO_ORDER_KEY = lazyre.compile(r"wc_order_[A-Za-z0-9]{10,20}")
# Adyen's client key for its web and app components: `live_` or `test_` and 32 capitals or digits
_ADYEN_CLIENT_KEY = lazyre.compile(r"(?:live|test)_[A-Z0-9]{32}")
_UUID = lazyre.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# a Twilio API key's SID (`SK` and 32 hex digits): the key's public id, sent as the user name
# beside its secret (`TWILIO_API_KEY` beside `TWILIO_API_SECRET`)
_TWILIO_KEY_SID = lazyre.compile(r"SK[0-9a-f]{32}")
# Datadog's client token (`pub` and 32 hex digits): browser RUM and browser logs are given it
# in the page, where every visitor reads it; it only sends events (the API key stays secret)
_DATADOG_CLIENT_TOKEN = lazyre.compile(r"pub[0-9a-f]{32}")


def is_vendor_public(name: str, value: str) -> bool:
    """`value` is one of the public values above; the last two only under their own names (an
    Adyen `clientKey`, an `integrationKey` that is a UUID: PagerDuty's are 32 hex digits)."""
    if value[:3] == "pk_":
        return _STRIPE_PUBLISHABLE.fullmatch(value) is not None
    if value[:3] == "pk.":
        return _MAPBOX_PUBLIC.fullmatch(value) is not None
    if value[:2] == "SK":
        return _TWILIO_KEY_SID.fullmatch(value) is not None
    if value[:9] == "wc_order_":
        return _WOO_ORDER_KEY.fullmatch(value) is not None
    last = words(name)[-2:]
    if last == ["client", "token"]:
        return _DATADOG_CLIENT_TOKEN.fullmatch(value) is not None
    if last == ["client", "key"]:
        return _ADYEN_CLIENT_KEY.fullmatch(value) is not None
    return last == ["integration", "key"] and _UUID.fullmatch(value) is not None
