"""Look-alikes of business SaaS APIs and backup tools beside a secret's name, and the secrets in
the same layouts: webhook signatures (Stripe's `Stripe-Signature`, Twilio's
`X-Twilio-Signature`, Linear's, Razorpay's and Adyen's HMACs of the payload), the keys a vendor
gives browsers (Stripe's `pk_`, Mapbox's `pk.`, Adyen's client key), an order's key and an
integration's client id, fill-ins after a vendor's prefix, duply's and Bacula's templates,
borgmatic's credential hooks, a request's idempotency token and an OpenPGP fingerprint after
duplicity's `--encrypt-key`. Layouts follow the vendors' documentation (Stripe's and Twilio's
webhook security pages, Adyen's HMAC signatures, Mapbox's token scopes, duply's `conf` template,
Bacula's `bacula-dir.conf.in`, borgmatic's credentials docs, duplicity's manual)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.payloadsig import is_payload_signature, payload_signatures
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.vendorpublic import is_vendor_public

pytestmark = pytest.mark.usefixtures("both_engines")

_HEX64 = "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"
_B64_SHA1 = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
_B64_SHA256 = "coqCmt/IZ4E3CzPvMX8zEQK7PVkrDGOtlrkx7qJ2lCs="

STAYS = [
    f'INFO webhook received type=charge.refunded Stripe-Signature="t=1492774577,v1={_HEX64}"',
    f"X-Twilio-Signature: {_B64_SHA1}",
    f"DEBUG linear webhook Linear-Signature={_HEX64} type=Issue action=create",
    f"INFO payment verified razorpay_order_id=order_9A33XWu170gUtm razorpay_signature={_HEX64}",
    f'{{"additionalData":{{"hmacSignature":"{_B64_SHA256}"}},"success":"true"}}',
    f"X-Hub-Signature-256: sha256={_HEX64}",
    "I-Twilio-Idempotency-Token: 2c7c8a36-5d1f-4b0e-9b8f-0e5c1c3a7d21",
    "Idempotency-Key: 8e03978e-40d5-43e8-bc93-6894a57f9324",
    "STRIPE_PUBLISHABLE_KEY=pk_live_51H8aQbC2dEfGhIjKlMnOpQrStUvWxYz0123",
    "mapboxgl.accessToken = 'pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4M29iazA2Z2gycXA4N2pmbDZmangifQ.-g_vE53SD2WrJ6tFX7QHmA';",
    "const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_4RT0CS3AFJA2NMBFFGZ7KWWBJQ6ETQKW' });",
    "  clientToken: 'pub30dc48578f39be05be650834d659462b',",
    "DD_CLIENT_TOKEN=pub6a3e4f6a99b7905ac9e0fc06f2a27cc4",
    "GET /checkout/order-received/4821/?key=wc_order_5cbd3Xq2mRt7A 200",
    "envelope sent integrationKey=9c2a7e0c-3d4b-4f8e-a1c6-5b7d2e9f0a13 status=sent",
    "STRIPE_SECRET_KEY=sk_test_REPLACE_ME",
    "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "GPG_PW='_GPG_PASSWORD_'",
    "#TARGET_PASS='_backend_password_'",
    '  Password = "@dir_password@"         # Console password',
    'encryption_passphrase: "{credential systemd borgmatic.pw}"',
    '      password: "{credential file /etc/borgmatic/pg.pw}"',
    "duplicity --encrypt-key 7F3D6A1B2C4E5F60718293A4B5C6D7E8F9012345 /srv file:///mnt/backup",
    "node.session.auth.authmethod = CHAP",
    "ops@bastion:~$ rclone obscure --help | head -9",
    'open sftp://b@sftp.example.com/ -hostkey="ssh-ed25519 255 u7zzUQrwRu2OxGC8evxLRzAjWZc9Tw63GEtmHsSMJbo" -privatekey="C:\\keys\\backup.ppk"',
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


_SECRET = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
# (line, the secret that must go, text next to it that must stay)
GOES = [
    # a signed URL's signature opens the object; a signature without its signer's name is judged
    # as usual; the signing secret is no signature
    (f"GET /b/k?X-Amz-Credential=AKID&X-Amz-Signature={_HEX64} 200", _HEX64, "X-Amz-Credential"),
    (f"X-Amz-Signature: {_HEX64}", _HEX64, "X-Amz-Signature"),
    (f"Signature: {_B64_SHA1}", _B64_SHA1[:-1], "Signature"),
    (f"STRIPE_WEBHOOK_SECRET=whsec_{_HEX64[:32]}", _HEX64[:32], "STRIPE_WEBHOOK_SECRET"),
    (f"STRIPE_SECRET_KEY={_SECRET}", _SECRET, "STRIPE_SECRET_KEY"),
    (
        "DD_API_KEY=30dc48578f39be05be650834d659462b",
        "30dc48578f39be05be650834d659462b",
        "DD_API_KEY",
    ),
    (
        "MAPBOX_TOKEN=sk.eyJ1IjoiYWNtZSIsImEiOiJja2V4YW1wbGUifQ.Zq9aB3cD4eF5gH6iJ7kL8m",
        "Zq9aB3cD4eF5gH6iJ7kL8m",
        "MAPBOX_TOKEN",
    ),
    (
        "ADYEN_API_KEY=AQEyhmfxK4LIbhFAw0m/n3Q5qf3VaY9UCJ1+XWZe9W27jmlZiv4PD4jhfNMofnLr2K5i8/0QwV1bDb7kfNy1WIxIIkxgBw==-lUKXT9IQ5GZ6d6RH4nnuOG4Bu6t8aB8RDQ6ZZ8e4R5A=-iN&7#p8$N2Qx3",
        "lUKXT9IQ5GZ6d6RH4nnuOG4Bu6t8aB8RDQ6ZZ8e4R5A",
        "ADYEN_API_KEY",
    ),
    ('  Password = "Qw8zR2vLk5NpX3tY"         # Console password', "Qw8zR2vLk5NpX3tY", "Password"),
    ("GPG_PW='Qw8zR2vLk5NpX3tY'", "Qw8zR2vLk5NpX3tY", "GPG_PW"),
    ('encryption_passphrase: "Qw8zR2vLk5NpX3tY"', "Qw8zR2vLk5NpX3tY", "encryption_passphrase"),
    ("node.session.auth.password = Qw8zR2vLk5NpX3tY", "Qw8zR2vLk5NpX3tY", "auth.password"),
    ("rclone obscure Qw8zR2vLk5NpX3tY", "Qw8zR2vLk5NpX3tY", "rclone obscure"),
    (
        'open sftp://b:Qw8zR2vLk5NpX3tY@sftp.example.com/ -privatekey="C:\\keys\\b.ppk"',
        "Qw8zR2vLk5NpX3tY",
        "C:\\keys",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), GOES)
def test_literal_in_the_same_layout_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_payload_signature() -> None:
    assert is_payload_signature("Stripe-Signature", f"t=1492774577,v1={_HEX64},v0={_HEX64}")
    assert is_payload_signature("X-Twilio-Signature", _B64_SHA1)
    assert is_payload_signature("hmacSignature", _B64_SHA256)
    assert is_payload_signature("X-Hub-Signature-256", f"sha256={_HEX64}")
    # no signer named, a signed URL's vendor, not a digest's shape, not a signature's name
    assert not is_payload_signature("Signature", _HEX64)
    assert not is_payload_signature("X-Signature", _HEX64)
    assert not is_payload_signature("X-Amz-Signature", _HEX64)
    assert not is_payload_signature("X-Goog-Signature", _HEX64)
    assert not is_payload_signature("Stripe-Signature", "Qw8zR2vLk5NpX3tYQw8zR2vLk5Np")
    assert not is_payload_signature("webhook_secret", _HEX64)
    line = f'a Stripe-Signature="t=1492774577,v1={_HEX64}" b'
    ((start, end),) = payload_signatures(line)
    assert line[start:end] == f"t=1492774577,v1={_HEX64}"


def test_vendor_public() -> None:
    assert is_vendor_public("key", "pk_test_TYooMQauvdEDq54NiTphI7jx")
    assert is_vendor_public("clientKey", "test_4RT0CS3AFJA2NMBFFGZ7KWWBJQ6ETQKW")
    assert is_vendor_public("integration_key", "9c2a7e0c-3d4b-4f8e-a1c6-5b7d2e9f0a13")
    assert not is_vendor_public("key", "sk_test_TYooMQauvdEDq54NiTphI7jx")
    assert not is_vendor_public("apiKey", "live_4RT0CS3AFJA2NMBFFGZ7KWWBJQ6ETQKW")
    assert not is_vendor_public("integrationKey", "9c2a7e0c3d4b4f8ea1c65b7d2e9f0a13")
    assert not is_vendor_public("clientToken", "pubQw8zR2vLk5NpX3tYQw8zR2vLk5NpX3t")
    assert not is_vendor_public("apiKey", "pub30dc48578f39be05be650834d659462b")
    assert not is_vendor_public("token", "sk.eyJ1IjoiYWNtZSIsImEiOiJja2V4YW1wbGUifQ.Zq9aB3cD4eF5gH")


def test_idempotency_names() -> None:
    assert not is_secret_name("I-Twilio-Idempotency-Token")
    assert is_secret_name("X-Twilio-Token")


def test_windows_key_file_is_a_reference() -> None:
    assert is_reference_value("privatekey", "C:\\keys\\backup.ppk")
    assert not is_reference_value("privatekey", "C:\\keys\\Hx7qL2vMz9kWp4nTHx7qL2vMz9kWp4nT.ppk")
    assert not is_reference_value("password", "C:Hx7qL2vMz9kWp4nT")
