"""Business SaaS and storage vendors' API keys by their documented shapes
(detectors/vendorkeys.py), wherever they stand, and the look-alikes beside them: publishable
keys, docs' stand-ins, object ids with the same prefixes, CSS class names, B2 key ids."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_STRIPE = "zKVKw65liCUDFiDFswtUjW05487y35gX93pKGLXfA2RS64kq4WNe7owVytZSCRC7ggCGRC07Q4RREzpOoFmHWj"
_HEX32 = "78be64825363f17334d7d772ccbfc903"
_AIRTABLE = "fdXCc0LMG6OBCA.60d33149e88bff0be11cff928f4cceb0389e62563b2248af7b9e92cf59d2c274"
_MANDRILL = "9KRqL7Uxe14SXfVUgoIXr6"
_B2 = "K003WyqhEapmzjuTJ68TiHaaIeKJtC7"

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # under names no secret's name reads as, in an SDK's constructor, in a JSON body
    (f"STRIPE_RESTRICTED_KEY=rk_live_{_STRIPE}\r", _STRIPE, "STRIPE_RESTRICTED_KEY=rk_live_"),
    (f'client = stripe.StripeClient("sk_test_{_STRIPE}")', _STRIPE, "stripe.StripeClient("),
    (f"  -u sk_live_{_STRIPE}: \\", _STRIPE, "-u sk_live_"),
    (f"STRIPE_ENDPOINT=whsec_{_STRIPE[:32]}", _STRIPE[:32], "STRIPE_ENDPOINT="),
    (f"X-Shopify-Access-Token: shpat_{_HEX32}", _HEX32, "X-Shopify-Access-Token"),
    (
        f'shopify.Session("shop.myshopify.com", "2025-01", "shpca_{_HEX32}")',
        _HEX32,
        "shop.myshopify.com",
    ),
    (f'table = Api("pat{_AIRTABLE}").table("appX", "tblY")', _AIRTABLE, '.table("appX"'),
    (
        f'mailchimp = MailchimpTransactional.Client("md-{_MANDRILL}")',
        _MANDRILL,
        "MailchimpTransactional.Client(",
    ),
    (f'{{"key":"md-{_MANDRILL}","message":{{"subject":"hi"}}}}', _MANDRILL, '"subject":"hi"'),
    (f"B2_KEY={_B2}", _B2, "B2_KEY="),
    (f"    key = {_B2}", _B2, "key = "),
    (
        f'b2_api.authorize_account("production", "0031a2b3c4d50000000007", "{_B2}")',
        _B2,
        "0031a2b3c4d50000000007",
    ),
    (f"0031a2b3c4d50000000007 {_B2}", _B2, "0031a2b3c4d50000000007"),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_key_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    # the publishable key a browser is given, docs' stand-ins, a masked key in a listing
    f"STRIPE_PUBLISHABLE_KEY=pk_live_{_STRIPE}",
    "STRIPE_SECRET_KEY=sk_test_REPLACE_ME",
    "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "Secret key    sk_live_...4eC3    Last used 2025-01-03",
    "Standard secret key  sk_live_...Q7rT     2025-02-11    2023-04-02",
    "STRIPE_WEBHOOK_SECRET=whsec_...",
    "Access token: pat-eu1-********-****-****-****-********9f1d   [Show token] [Rotate]",
    # Stripe's object ids, Shopify's ids, an Airtable base and table
    "charge ch_3OqZ1b2eZvKYlo2C1XnE9aBc refunded: re_3OqZ1b2eZvKYlo2C0yXkLm12",
    "gid://shopify/Product/8712364187951",
    'table = api.table("appX1y2Z3a4B5c6D7", "tblQ9w8E7r6T5y4U3")',
    "patch applied: patches/0001-fix-auth.patch",
    # Angular Material's elements and a CSS class
    '<md-autocomplete md-selected-item="ctrl.selected" md-search-text="ctrl.searchText">',
    '<div class="md-content-overflowHidden-xsLayoutRow">',
    # a B2 key id and a bucket id alone
    "applicationKeyId: 0031a2b3c4d50000000007",
    'bucketId: "4a48fe8875c6214145260818"',
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])
