"""The load balancer in front of W&B, seen from where `collect` runs: its TLS certificate
(probes/tls.json) and what it does to W&B traffic (probes/proxy.json).

Target: the W&B HOST setting (skipped when unset). Every connection is direct (HTTP(S)_PROXY is
not used: this probes the load balancer, not a corporate proxy) and has a short timeout; the whole
probe stays inside the collector's own deadline.

TLS (https HOST). A handshake with the system trust store plus `--ca-bundle` gives `ok` / `problem`;
a failed verification keeps OpenSSL's exact error (`verify_code`, `verify_message`, `verify_error`).
A second handshake with verification off fetches the leaf certificate anyway, parsed with
`cryptography`. Python 3.11 exposes only the peer's leaf (the full chain is public API from 3.13,
`SSLSocket.get_unverified_chain`, used when present); `chain` holds what was available. An http
HOST gives `scheme: "http"`, `problem: "no_tls"`.

HTTP checks, through the load balancer with `requests` (same trust store; when TLS verification
failed they run with verification off, so the other problems are still found, and `tls_verify`
says so):
- `GET /` (response headers, HSTS), `GET /healthz`, `GET /ready`.
- The plain-http variant of the host: by default `http://<host>/` (port 80, what an admin has:
  80 redirecting to 443 on the same name). `WBDIAG_HTTP_URL` (environment) replaces it when plain
  http lives elsewhere (another port; the tests use it). Refused = nothing served over http, fine.
- A websocket upgrade on `WEBSOCKET_PATH` (see below).
- A request body of `--body-size` bytes (10 MiB by default; `wandb verify` sends ~10 MB) as a
  read-only GraphQL query POSTed to `/graphql`, the route `wandb verify`'s own large-payload check
  uses (wandb/sdk/verify/verify.py, check_large_post). Unauthenticated, it changes nothing; the
  load balancer's body limit answers 413 before W&B sees it.

Websocket path. No public W&B material names an endpoint that answers a websocket upgrade: the
deployment guide's nginx config (docs.wandb.ai, bare-metal "Example nginx configuration") forwards
`Upgrade`/`Connection` for every path (`location /` with the `map $http_upgrade
$proxy_connection`), the operator chart's ingress (wandb/helm-charts
charts/operator-wandb/templates/_ingress.tpl) routes `/`, `/api`, `/graphql`, `/files` and
`/console` with no websocket-specific rule or annotation, and no wandb/server, wandb/local or
helm-charts issue reports one. So the probe tests the proxy, not an app endpoint: it sends a
well-formed upgrade (with `Origin` = the W&B URL, as a browser does) to `/ws`, a conventional
websocket path that is not a W&B API route (a GET there is harmless). Only definite answers are
judged: 101 with the right `Sec-WebSocket-Accept` = ok; 101 with a wrong one, 400 or 426 (the
backend wanted an upgrade it never received: the proxy dropped the headers) = failed. Anything
else — 200 from the app's catch-all page, 404, 3xx, 5xx — is `inconclusive` (`ok: null`), so the
`proxy.websocket` rule never fires on a healthy deployment that simply has no endpoint there.

A HOST that cannot be reached writes both documents (`problem: "unreachable"`, each check's
error) and then fails the collector.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import ipaddress
import os
import socket
import ssl
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from wbdiag.bundle import layout
from wbdiag.collect.base import (
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceSkipped,
    planned_setting,
)

if TYPE_CHECKING:
    from cryptography import x509

# `cryptography` is imported where certificates are parsed, not here: without it the probe still
# runs (the certificate's description records the ImportError) and the collector registry, which
# imports every source module, never breaks.

HTTP_URL_ENV = "WBDIAG_HTTP_URL"
WEBSOCKET_PATH = "/ws"
BODY_PATH = "/graphql"
HEALTH_PATHS = ("/healthz", "/ready")
WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
BODY_READ_TIMEOUT = 30.0  # a 10 MB upload over a slow link
MAX_HEAD_BYTES = 64 * 1024

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


class _Deadline:
    """Per-call timeouts that never run past the collector's own budget."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def cap(self, seconds: float) -> float:
        left = self.left()
        if left <= 0.2:
            raise TimeoutError("the proxy collector's time budget is used up")
        return min(seconds, left)


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int

    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """scheme://host[:port]: no credentials, no path."""
        return f"{self.scheme}://{self.netloc}"


def parse_host(value: str) -> _Target:
    """The W&B HOST as the probe's target (credentials and path dropped; https:// assumed when
    the scheme is missing)."""
    raw = value.strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"HOST must be an http(s) URL, not {scheme}://")
    if not parts.hostname:
        raise ValueError("HOST has no host name")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise ValueError("HOST has an invalid port") from exc
    return _Target(scheme=scheme, host=parts.hostname, port=port)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def _rfc3339(value: datetime.datetime) -> str:
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- certificates ---------------------------------------------------------------------------------
def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _dns_match(pattern: str, host: str) -> bool:
    """RFC 6125 matching: exact, or a wildcard as the whole leftmost label of a name with at
    least three labels: `*.example.com` matches `a.example.com`, not `example.com` nor
    `a.b.example.com`."""
    pattern = pattern.lower().rstrip(".")
    host = host.lower().rstrip(".")
    if "*" not in pattern:
        return pattern == host
    first, _, rest = pattern.partition(".")
    if first != "*" or "*" in rest or rest.count(".") < 1:
        return False
    head, _, host_rest = host.partition(".")
    return bool(head) and host_rest == rest


def hostname_matches(cert: x509.Certificate, host: str) -> bool:
    """Whether the certificate's SANs name `host` (DNS names with wildcards, IP addresses). The
    subject CN is ignored, as browsers and Go do."""
    from cryptography import x509

    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    if _is_ip(host):
        want = ipaddress.ip_address(host)
        return any(ip == want for ip in sans.get_values_for_type(x509.IPAddress))
    return any(_dns_match(name, host) for name in sans.get_values_for_type(x509.DNSName))


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
        "not_before": _rfc3339(not_before),
        "not_after": _rfc3339(not_after),
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
            error = _one_line(exc)
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

    def run(self, target: _Target, ctx: ssl.SSLContext, timeout: float) -> _Handshake:
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
    return "handshake_failed", {"verify_error": _one_line(exc)}


# -- HTTP through requests ------------------------------------------------------------------------
class _ContextAdapter(HTTPAdapter):
    """requests with our own SSLContext: the system store plus --ca-bundle (requests alone would
    use certifi's bundle instead of the system's), or no verification at all."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__(max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # The context decides what is trusted; do not let requests add certifi's bundle to it.
        conn.cert_reqs = "CERT_REQUIRED" if verify else "CERT_NONE"
        conn.ca_certs = None
        conn.ca_cert_dir = None


def _session(context: ssl.SSLContext, verify: bool) -> requests.Session:
    """A session on its own context (urllib3 sets the context's verify_mode from `verify`)."""
    s = requests.Session()
    s.trust_env = False  # direct: no HTTP(S)_PROXY, no netrc, no REQUESTS_CA_BUNDLE
    s.verify = verify
    s.headers["User-Agent"] = "wbdiag-proxy-probe"
    adapter = _ContextAdapter(context)
    s.mount("https://", adapter)
    s.mount("http://", HTTPAdapter(max_retries=0))
    return s


_COOKIE_HEADERS = ("set-cookie", "cookie")


def _headers(resp: requests.Response) -> dict[str, str]:
    """Response headers, lower-cased; cookie values dropped (names kept)."""
    out: dict[str, str] = {}
    for name, value in resp.headers.items():
        key = name.lower()
        if key in _COOKIE_HEADERS:
            value = "; ".join(
                part.split("=", 1)[0].strip() + "=…" for part in value.split(",") if part.strip()
            )
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _body_bytes(size: int) -> bytes:
    """A read-only GraphQL query padded to exactly `size` bytes (plain padding if too small)."""
    head = b'{"query":"query WbdiagBodySizeProbe { viewer { id } }","variables":{"padding":"'
    tail = b'"}}'
    if size < len(head) + len(tail):
        return b"a" * size
    return head + b"a" * (size - len(head) - len(tail)) + tail


def _websocket_result(target: _Target, path: str, result: str, error: str | None) -> dict[str, Any]:
    scheme = "wss" if target.scheme == "https" else "ws"
    return {
        "url": f"{scheme}://{target.netloc}{path}",
        "path": path,
        "status": None,
        "ok": None,  # true / false only on a definite answer; null when inconclusive or not run
        "result": result,  # ok | failed | inconclusive | error | not_run
        "accept_valid": None,
        "reason": None,
        "error": error,
        "response_headers": {},
    }


def _websocket(
    target: _Target, ctx: ssl.SSLContext | None, timeout: float, path: str
) -> dict[str, Any]:
    """One upgrade request on a raw socket; only the response head is read."""
    result = _websocket_result(target, path, "error", None)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {target.netloc}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: {target.url}\r\nUser-Agent: wbdiag-proxy-probe\r\n\r\n"
    )
    head = b""
    try:
        with socket.create_connection((target.host, target.port), timeout=timeout) as raw:
            raw.settimeout(timeout)
            conn: socket.socket = raw
            if ctx is not None:
                conn = ctx.wrap_socket(raw, server_hostname=target.host)
            with conn:
                conn.sendall(request.encode("ascii"))
                while b"\r\n\r\n" not in head and len(head) < MAX_HEAD_BYTES:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
    except (OSError, ValueError) as exc:
        if not head:
            result["error"] = _one_line(exc)
            return result
    lines = head.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status_parts = lines[0].split(None, 2) if lines and lines[0] else []
    if len(status_parts) < 2 or not status_parts[1].isdigit():
        result["error"] = f"no HTTP response to the upgrade request (got {lines[0][:100]!r})"
        return result
    status = int(status_parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    result["status"] = status
    result["response_headers"] = {
        k: ("…" if k in _COOKIE_HEADERS else v) for k, v in headers.items()
    }
    if status == 101:
        expected = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        valid = headers.get("sec-websocket-accept") == expected.decode()
        result["accept_valid"] = valid
        result["ok"] = valid
        result["result"] = "ok" if valid else "failed"
        result["reason"] = (
            "101 Switching Protocols with a valid Sec-WebSocket-Accept"
            if valid
            else "101 without a valid Sec-WebSocket-Accept"
        )
        if not valid:
            result["error"] = "expected a valid Sec-WebSocket-Accept with 101"
    elif status in (400, 426):
        result["ok"] = False
        result["result"] = "failed"
        result["reason"] = (
            f"HTTP {status}: the upgrade did not reach the backend (Upgrade/Connection dropped)"
        )
        result["error"] = f"expected 101 Switching Protocols, got {status}"
    else:
        result["result"] = "inconclusive"
        result["reason"] = (
            f"HTTP {status}: not a websocket endpoint answer either way; W&B documents no "
            f"websocket path, so this neither proves nor disproves websocket support"
        )
    return result


# -- the collector --------------------------------------------------------------------------------
class ProxyCollector(Collector):
    name = "proxy"
    writes = (layout.PROBE_PROXY, layout.PROBE_TLS)
    description = "The load balancer: TLS certificate, health, http->https, HSTS, websocket, body"
    timeout = 90.0
    budget: ClassVar[float] = 80.0  # the probe's own deadline, inside `timeout`

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        host = planned_setting(ctx, "HOST")
        base = parse_host(host).url if host else "the HOST in the deployment's settings"
        plain = (ctx.options.http_url or os.environ.get(HTTP_URL_ENV, "")).strip()
        if not plain and host:
            name = parse_host(host).host
            plain = f"http://[{name}]/" if ":" in name else f"http://{name}/"
        mib = ctx.options.body_size / (1024 * 1024)
        return [
            PlanStep(
                "TLS handshakes (verified, then unverified to read the certificate)", base, True
            ),
            PlanStep(f"GET /, {', '.join(HEALTH_PATHS)}", base, True),
            PlanStep("GET (redirect to https?)", plain or "http://HOST/", True),
            PlanStep(f"websocket upgrade on {WEBSOCKET_PATH}", base, True),
            PlanStep(
                f"POST {ctx.options.body_size} bytes ({mib:.1f} MiB) to {BODY_PATH} (a read-only "
                "GraphQL query: the load balancer's body limit)",
                base,
                True,
            ),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        host = ctx.settings.get("HOST")
        if not host:
            raise SourceSkipped("HOST is not set (give --host or HOST in --env-file)")
        target = parse_host(host)
        deadline = _Deadline(self.budget)
        now = datetime.datetime.now(datetime.timezone.utc)

        verify_ctx, bundle_error = verifying_context(ctx.options.ca_bundle)
        if bundle_error:
            out.note(f"--ca-bundle not loaded: {bundle_error}")
        tls_doc, verified = self._tls(target, verify_ctx, bundle_error, ctx, deadline, now)
        out.json(layout.PROBE_TLS, tls_doc)

        unreachable = tls_doc["problem"] == "unreachable"
        proxy_doc = self._http(target, verified, tls_doc, ctx, deadline, unreachable)
        out.json(layout.PROBE_PROXY, proxy_doc)
        if unreachable:
            raise ConnectionError(f"cannot connect to {target.url}: {tls_doc['error']}")

    # -- TLS ------------------------------------------------------------------------------------
    def _tls(
        self,
        target: _Target,
        verify_ctx: ssl.SSLContext,
        bundle_error: str | None,
        ctx: CollectContext,
        deadline: _Deadline,
        now: datetime.datetime,
    ) -> tuple[dict[str, Any], bool]:
        """(probes/tls.json, whether the HTTP checks may verify certificates)."""
        bundle = ctx.options.ca_bundle
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
            reach = self._reachable(target, deadline)
            if reach is not None:
                doc["problem"], doc["error"] = "unreachable", reach
            return doc, True

        first = _Handshake().run(target, verify_ctx, deadline.cap(CONNECT_TIMEOUT))
        if not first.connected:
            assert first.error is not None
            doc["problem"], doc["error"] = "unreachable", _one_line(first.error)
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
                doc["error"] = (
                    f"handshake without verification also failed: {_one_line(second.error)}"
                )
        if leaf:
            try:
                doc["certificate"] = describe_certificate(leaf, target.host, now)
            except Exception as exc:
                doc["error"] = f"certificate could not be parsed: {_one_line(exc)}"
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

    def _reachable(self, target: _Target, deadline: _Deadline) -> str | None:
        try:
            with socket.create_connection(
                (target.host, target.port), timeout=deadline.cap(CONNECT_TIMEOUT)
            ):
                return None
        except OSError as exc:
            return _one_line(exc)

    # -- HTTP -----------------------------------------------------------------------------------
    def _http(
        self,
        target: _Target,
        verified: bool,
        tls_doc: dict[str, Any],
        ctx: CollectContext,
        deadline: _Deadline,
        unreachable: bool,
    ) -> dict[str, Any]:
        https = target.scheme == "https"
        note = None
        if https and not verified and not unreachable:
            note = (
                f"TLS verification failed ({tls_doc['problem']}); the HTTP checks below ran with "
                "certificate verification off"
            )
        doc: dict[str, Any] = {
            "base_url": target.url,
            "tls_verify": verified if https else None,
            "tls_verify_note": note,
            "root": None,
            "health": {},
            "redirect": None,
            "hsts": {"present": None, "value": None, "max_age": None, "error": None},
            "websocket": None,
            "body_size": None,
            "response_headers": {},
        }
        skip = f"not run: {target.url} is unreachable ({tls_doc['error']})" if unreachable else None

        def context() -> ssl.SSLContext:  # a fresh one per user: urllib3 mutates its context
            return verifying_context(ctx.options.ca_bundle)[0] if verified else unverified_context()

        session = _session(context(), verified)
        with session, warnings.catch_warnings():
            warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
            # GET / : headers and HSTS
            root = self._get(session, target.url + "/", deadline, skip)
            doc["root"] = {k: root[k] for k in ("url", "status", "error")}
            resp = root.pop("_response")
            if resp is not None:
                headers = _headers(resp)
                doc["response_headers"] = headers
                hsts = headers.get("strict-transport-security")
                doc["hsts"] = {
                    "present": hsts is not None,
                    "value": hsts,
                    "max_age": _max_age(hsts),
                    "error": None,
                }
            else:
                doc["hsts"]["error"] = root["error"]
            for path in HEALTH_PATHS:
                check = self._get(session, target.url + path, deadline, skip)
                check.pop("_response")
                doc["health"][path] = check
            doc["redirect"] = self._redirect(session, target, deadline, ctx.options.http_url)
            doc["websocket"] = self._websocket(target, context() if https else None, deadline, skip)
            doc["body_size"] = self._body(session, target, ctx.options.body_size, deadline, skip)
        return doc

    def _get(
        self, session: requests.Session, url: str, deadline: _Deadline, skip: str | None
    ) -> dict[str, Any]:
        result: dict[str, Any] = {
            "url": url,
            "status": None,
            "ok": None,
            "error": None,
            "elapsed_ms": None,
            "_response": None,
        }
        if skip:
            result["error"] = skip
            return result
        started = time.monotonic()
        try:
            resp = session.get(
                url,
                allow_redirects=False,
                timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(READ_TIMEOUT)),
            )
        except (requests.RequestException, TimeoutError) as exc:
            result["error"] = _one_line(exc)
            result["ok"] = False
            return result
        result["elapsed_ms"] = round((time.monotonic() - started) * 1000)
        result["status"] = resp.status_code
        result["ok"] = 200 <= resp.status_code < 300
        if not result["ok"]:
            result["error"] = f"HTTP {resp.status_code} {resp.reason or ''}".strip()
        result["_response"] = resp
        return result

    def _redirect(
        self,
        session: requests.Session,
        target: _Target,
        deadline: _Deadline,
        http_url_option: str | None,
    ) -> dict[str, Any]:
        override = (http_url_option or os.environ.get(HTTP_URL_ENV, "")).strip()
        if override:
            source = "--http-url" if http_url_option else HTTP_URL_ENV
            http_url = override.rstrip("/") + "/"
        else:
            host = f"[{target.host}]" if ":" in target.host else target.host
            http_url, source = f"http://{host}/", "derived"
        result: dict[str, Any] = {
            "http_url": http_url,
            "http_url_source": source,
            "listening": None,
            "status": None,
            "location": None,
            "redirects_to_https": None,
            "error": None,
        }
        if target.scheme == "http" and not override:
            result["error"] = "not run: HOST itself is http"
            return result
        try:
            resp = session.get(
                http_url,
                allow_redirects=False,
                timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(READ_TIMEOUT)),
            )
        except requests.ConnectionError as exc:
            # nothing serves plain http there: no redirect needed, nothing leaks
            result["listening"] = False
            result["error"] = _one_line(exc)
            return result
        except (requests.RequestException, TimeoutError) as exc:
            result["error"] = _one_line(exc)
            return result
        result["listening"] = True
        result["status"] = resp.status_code
        location = resp.headers.get("Location")
        if location:
            location = urljoin(http_url, location)
        result["location"] = location
        result["redirects_to_https"] = bool(
            300 <= resp.status_code < 400 and location and location.lower().startswith("https://")
        )
        return result

    def _websocket(
        self, target: _Target, tls_ctx: ssl.SSLContext | None, deadline: _Deadline, skip: str | None
    ) -> dict[str, Any]:
        if skip:
            return _websocket_result(target, WEBSOCKET_PATH, "not_run", skip)
        try:
            timeout = deadline.cap(READ_TIMEOUT)
        except TimeoutError as exc:
            return _websocket_result(target, WEBSOCKET_PATH, "not_run", _one_line(exc))
        return _websocket(target, tls_ctx, timeout, WEBSOCKET_PATH)

    def _body(
        self,
        session: requests.Session,
        target: _Target,
        size: int,
        deadline: _Deadline,
        skip: str | None,
    ) -> dict[str, Any]:
        url = target.url + BODY_PATH
        result: dict[str, Any] = {
            "url": url,
            "method": "POST",
            "bytes": size,
            "status": None,
            "ok": None,
            "error": None,
            "elapsed_ms": None,
        }
        if skip:
            result["error"] = skip
            return result
        body = _body_bytes(size)
        started = time.monotonic()
        try:
            resp = session.post(
                url,
                data=body,
                headers={"Content-Type": "application/json"},
                allow_redirects=False,
                timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(BODY_READ_TIMEOUT)),
            )
        except (requests.RequestException, TimeoutError) as exc:
            result["error"] = _one_line(exc)
            result["ok"] = False
            return result
        result["elapsed_ms"] = round((time.monotonic() - started) * 1000)
        result["status"] = resp.status_code
        result["ok"] = resp.status_code != 413 and resp.status_code < 500
        if not result["ok"]:
            result["error"] = f"HTTP {resp.status_code} {resp.reason or ''}".strip()
        return result


def _max_age(hsts: str | None) -> int | None:
    if not hsts:
        return None
    for part in hsts.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age":
            with contextlib.suppress(ValueError):
                return int(value.strip().strip('"'))
    return None


__all__ = ["ProxyCollector", "describe_certificate", "hostname_matches", "parse_host"]
