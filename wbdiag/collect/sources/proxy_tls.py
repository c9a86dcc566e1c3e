"""The TLS part of the proxy collector: the load balancer's certificate (probes/tls.json).

A handshake with the system trust store plus `--ca-bundle` gives `ok` / `problem`; a failed
verification keeps OpenSSL's exact error (`verify_code`, `verify_message`, `verify_error`). A second
handshake with verification off fetches the leaf certificate anyway, parsed with `cryptography`.
Python 3.11 exposes only the peer's leaf (the full chain is public API from 3.13,
`SSLSocket.get_unverified_chain`, used when present); `chain` holds what was available. An http
HOST gives `scheme: "http"`, `problem: "no_tls"`.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import socket
import ssl
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbdiag.collect.sources.proxy_target import (
    CONNECT_TIMEOUT,
    Deadline,
    Target,
    one_line,
    rfc3339,
)
from wbdiag.hostnames import dns_match, is_ip

if TYPE_CHECKING:
    from cryptography import x509

# `cryptography` is imported where certificates are parsed, not here: without it the probe still
# runs (the certificate's description records the ImportError) and the collector registry, which
# imports every source module, never breaks.

# OpenSSL X509_V_ERR_* codes -> problem
_VERIFY_PROBLEMS: dict[int, str] = {
    18: "self_signed",  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: "self_signed",  # SELF_SIGNED_CERT_IN_CHAIN
    2: "unknown_ca",  # UNABLE_TO_GET_ISSUER_CERT
    20: "unknown_ca",  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: "unknown_ca",  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    10: "expired",  # CERT_HAS_EXPIRED
    9: "not_yet_valid",  # CERT_NOT_YET_VALID
    62: "hostname_mismatch",  # HOSTNAME_MISMATCH
    64: "hostname_mismatch",  # IP_ADDRESS_MISMATCH
}


# -- certificates ---------------------------------------------------------------------------------
def hostname_matches(cert: x509.Certificate, host: str) -> bool:
    """Whether the certificate's SANs name `host` (DNS names with wildcards, IP addresses). The
    subject CN is ignored, as browsers and Go do."""
    from cryptography import x509

    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    if is_ip(host):
        want = ipaddress.ip_address(host)
        return any(ip == want for ip in sans.get_values_for_type(x509.IPAddress))
    return any(dns_match(name, host) for name in sans.get_values_for_type(x509.DNSName))


def _self_signed(cert: x509.Certificate) -> bool:
    from cryptography.exceptions import InvalidSignature

    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _key(cert: x509.Certificate) -> tuple[str | None, int | None]:
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    try:
        key = cert.public_key()
    except Exception:  # an algorithm cryptography does not know
        return None, None
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC ({key.curve.name})", key.key_size
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey):
        return "DSA", key.key_size
    return type(key).__name__, None


def describe_certificate(der: bytes, host: str, now: datetime.datetime) -> dict[str, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    cert = x509.load_der_x509_certificate(der)
    sans: list[str] = []
    with contextlib.suppress(x509.ExtensionNotFound):
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        sans = [*ext.get_values_for_type(x509.DNSName)]
        sans += [str(ip) for ip in ext.get_values_for_type(x509.IPAddress)]
    not_before = cert.not_valid_before_utc
    not_after = cert.not_valid_after_utc
    key_type, key_bits = _key(cert)
    try:
        signature = cert.signature_hash_algorithm
        signature_name = signature.name if signature is not None else None
    except Exception:
        signature_name = None
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "sans": sans,
        "not_before": rfc3339(not_before),
        "not_after": rfc3339(not_after),
        "days_left": (not_after - now).days,  # negative once expired
        "self_signed": _self_signed(cert),
        "key_type": key_type,
        "key_bits": key_bits,
        "signature_hash": signature_name,
        "serial": format(cert.serial_number, "x"),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(),
        "hostname_matches": hostname_matches(cert, host),
    }


def _chain_entry(der: bytes) -> dict[str, Any]:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return {"subject": cert.subject.rfc4514_string(), "issuer": cert.issuer.rfc4514_string()}


# -- TLS contexts ---------------------------------------------------------------------------------
def verifying_context(ca_bundle: Path | None) -> tuple[ssl.SSLContext, str | None]:
    """System trust store plus the extra CA bundle; (context, error loading the bundle)."""
    ctx = ssl.create_default_context()
    error = None
    if ca_bundle is not None:
        try:
            ctx.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as exc:
            error = one_line(exc)
    return ctx, error


def unverified_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class _Handshake:
    """The outcome of one TLS handshake attempt."""

    def __init__(self) -> None:
        self.connected = False
        self.error: BaseException | None = None
        self.version: str | None = None
        self.cipher: str | None = None
        self.leaf: bytes | None = None
        self.chain: list[bytes] = []

    def run(self, target: Target, ctx: ssl.SSLContext, timeout: float) -> _Handshake:
        try:
            raw = socket.create_connection((target.host, target.port), timeout=timeout)
        except OSError as exc:
            self.error = exc
            return self
        self.connected = True
        try:
            raw.settimeout(timeout)
            # an IP address here is checked against IP SANs and sent without SNI
            with ctx.wrap_socket(raw, server_hostname=target.host) as tls:
                self.version = tls.version()
                cipher = tls.cipher()
                self.cipher = cipher[0] if cipher else None
                self.leaf = tls.getpeercert(binary_form=True)
                # Public from Python 3.13; 3.11 has no public way to see the peer's chain.
                get_chain = getattr(tls, "get_unverified_chain", None)
                if get_chain is not None:
                    with contextlib.suppress(Exception):
                        self.chain = [bytes(c) for c in get_chain() or ()]
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            self.error = exc
        finally:
            raw.close()
        return self


def classify_tls_error(exc: BaseException) -> tuple[str, dict[str, Any]]:
    """(problem, fields) for a failed verified handshake."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        fields: dict[str, Any] = {
            "verify_code": code,
            "verify_message": exc.verify_message,
            "verify_error": " ".join(str(exc).split()),
        }
        problem = _VERIFY_PROBLEMS.get(code)
        if problem is None and "hostname" in str(exc).lower():
            problem = "hostname_mismatch"
        return problem or "handshake_failed", fields
    return "handshake_failed", {"verify_error": one_line(exc)}


def tls_document(
    target: Target,
    verify_ctx: ssl.SSLContext,
    bundle_error: str | None,
    ca_bundle: Path | None,
    deadline: Deadline,
    now: datetime.datetime,
) -> tuple[dict[str, Any], bool]:
    """(probes/tls.json, whether the HTTP checks may verify certificates)."""
    bundle = ca_bundle
    doc: dict[str, Any] = {
        "url": target.url,
        "host": target.host,
        "port": target.port,
        "scheme": target.scheme,
        "ok": False,
        "problem": None,
        "verify_error": None,
        "verify_code": None,
        "verify_message": None,
        "error": None,
        "tls_version": None,
        "cipher": None,
        "trust": {
            "system_store": True,
            "ca_bundle": str(bundle) if bundle else None,
            "ca_bundle_error": bundle_error,
        },
        "certificate": None,
        "chain": [],
        "chain_note": None,
    }
    if target.scheme == "http":
        doc["problem"] = "no_tls"
        doc["error"] = "HOST is http://: W&B traffic is not encrypted"
        reach = _reachable(target, deadline)
        if reach is not None:
            doc["problem"], doc["error"] = "unreachable", reach
        return doc, True

    first = _Handshake().run(target, verify_ctx, deadline.cap(CONNECT_TIMEOUT))
    if not first.connected:
        assert first.error is not None
        doc["problem"], doc["error"] = "unreachable", one_line(first.error)
        return doc, False
    leaf, chain = first.leaf, first.chain
    if first.error is None:
        doc["ok"] = True
        doc["tls_version"], doc["cipher"] = first.version, first.cipher
    else:
        problem, fields = classify_tls_error(first.error)
        doc["problem"] = problem
        doc.update(fields)
        # Verification off, to see the certificate the clients are refusing.
        second = _Handshake().run(target, unverified_context(), deadline.cap(CONNECT_TIMEOUT))
        if second.error is None:
            leaf, chain = second.leaf, second.chain
            doc["tls_version"], doc["cipher"] = second.version, second.cipher
        else:
            doc["error"] = f"handshake without verification also failed: {one_line(second.error)}"
    if leaf:
        try:
            doc["certificate"] = describe_certificate(leaf, target.host, now)
        except Exception as exc:
            doc["error"] = f"certificate could not be parsed: {one_line(exc)}"
        ders = chain or [leaf]
        entries = []
        for der in ders:
            with contextlib.suppress(Exception):
                entries.append(_chain_entry(der))
        doc["chain"] = entries
        doc["chain_note"] = (
            None if chain else "leaf only: Python before 3.13 does not expose the peer's chain"
        )
    return doc, bool(doc["ok"])


def _reachable(target: Target, deadline: Deadline) -> str | None:
    try:
        with socket.create_connection(
            (target.host, target.port), timeout=deadline.cap(CONNECT_TIMEOUT)
        ):
            return None
    except OSError as exc:
        return one_line(exc)
