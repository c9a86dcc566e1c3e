"""The proxy collector's pieces, without a server: HOST parsing, certificate host-name matching and
description, TLS verification errors by kind, the body-size probe's body."""

from __future__ import annotations

import datetime
import json
import ssl

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.collect.proxy_support import CERT_KEYS
from wbdiag.collect.sources import proxy, proxy_http, proxy_tls


def test_parse_host() -> None:
    t = proxy.parse_host("https://user:pw@Wandb.Example.com:8443/some/path")
    assert (t.url, t.host, t.port, t.scheme) == (
        "https://wandb.example.com:8443",
        "wandb.example.com",
        8443,
        "https",
    )
    assert proxy.parse_host("wandb.example.com").url == "https://wandb.example.com"
    assert proxy.parse_host("http://10.0.0.5").port == 80
    v6 = proxy.parse_host("https://[::1]:9443")
    assert (v6.host, v6.netloc) == ("::1", "[::1]:9443")
    with pytest.raises(ValueError):
        proxy.parse_host("s3://bucket")


def _cert(sans: list[x509.GeneralName], cn: str = "x") -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=10))
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    return builder.sign(key, hashes.SHA256())


def test_hostname_matching() -> None:
    import ipaddress

    cert = _cert(
        [
            x509.DNSName("*.example.com"),
            x509.DNSName("wandb.corp"),
            x509.IPAddress(ipaddress.ip_address("10.1.2.3")),
        ]
    )
    assert proxy.hostname_matches(cert, "wandb.example.com")
    assert proxy.hostname_matches(cert, "WANDB.Example.com")
    assert not proxy.hostname_matches(cert, "example.com")
    assert not proxy.hostname_matches(cert, "a.b.example.com")
    assert proxy.hostname_matches(cert, "wandb.corp")
    assert proxy.hostname_matches(cert, "10.1.2.3")
    assert not proxy.hostname_matches(cert, "10.1.2.4")
    assert not proxy.hostname_matches(_cert([], cn="wandb.corp"), "wandb.corp")  # CN ignored
    assert not proxy.hostname_matches(_cert([x509.DNSName("*")]), "wandb")


def test_certificate_description() -> None:
    cert = _cert([x509.DNSName("wandb.example.com")], cn="wandb.example.com")
    der = cert.public_bytes(serialization.Encoding.DER)
    now = datetime.datetime.now(datetime.timezone.utc)
    d = proxy.describe_certificate(der, "wandb.example.com", now)
    assert set(d) == CERT_KEYS
    assert d["self_signed"] is True and d["key_type"] == "EC (secp256r1)" and d["key_bits"] == 256
    assert d["days_left"] in (9, 10) and d["sans"] == ["wandb.example.com"]
    # same name as issuer, but signed by another key: not self-signed
    other = ec.generate_private_key(ec.SECP256R1())
    forged = (
        x509.CertificateBuilder()
        .subject_name(cert.subject)
        .issuer_name(cert.subject)
        .public_key(cert.public_key())
        .serial_number(1)
        .not_valid_before(cert.not_valid_before_utc)
        .not_valid_after(cert.not_valid_after_utc)
        .sign(other, hashes.SHA256())
    )
    d2 = proxy.describe_certificate(forged.public_bytes(serialization.Encoding.DER), "x", now)
    assert d2["self_signed"] is False and d2["hostname_matches"] is False


def test_verify_error_classification() -> None:
    def err(code: int, message: str) -> ssl.SSLCertVerificationError:
        e = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] {message}")
        e.verify_code, e.verify_message = code, message
        return e

    cases = {
        18: "self_signed",
        19: "self_signed",
        20: "unknown_ca",
        21: "unknown_ca",
        2: "unknown_ca",
        10: "expired",
        9: "not_yet_valid",
        62: "hostname_mismatch",
        64: "hostname_mismatch",
        26: "handshake_failed",
    }
    for code, want in cases.items():
        problem, fields = proxy_tls.classify_tls_error(err(code, "msg"))
        assert problem == want and fields["verify_code"] == code
    assert proxy_tls.classify_tls_error(ssl.SSLError(1, "wrong version number"))[0] == (
        "handshake_failed"
    )


def test_body_is_exactly_the_requested_size() -> None:
    for size in (1, 50, 85, 10 * 1024 * 1024):
        body = proxy_http.body_bytes(size)
        assert len(body) == size
    json.loads(proxy_http.body_bytes(4096))  # a real GraphQL request
