"""The proxy collector against a real nginx (tests/servers/nginx.py): every variant collected
through the Runner, then analyzed with the shipped rule pack; plus one CLI run."""

from __future__ import annotations

import datetime
import io
import json
import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.servers.common import free_port
from tests.servers.nginx import NginxProxy
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.cli import main
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import proxy, proxy_http, proxy_tls, proxy_websocket
from wbdiag.collect.sources.proxy import ProxyCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.model import Status
from wbdiag.settings import WandbSettings

PACK = load_pack()
# the rules over the live probes (the configuration rules are tests/collect/test_proxy_config.py's)
OURS = tuple(
    r.id
    for r in PACK.rules
    if r.id.startswith(("tls.", "proxy."))
    and any(g.startswith("probes/") for c in r.condition.walk() for g in c.document_globs())
)
HOST_PASSWORD = "Lb-Pr0be-Secret-7731"  # a credential pasted into HOST must never reach the bundle


@dataclass
class Collected:
    path: Path
    manifest: Manifest
    tls: dict[str, Any]
    proxy: dict[str, Any]
    raw: dict[str, bytes]
    status: dict[str, Status]

    def fired(self) -> set[str]:
        return {rid for rid, s in self.status.items() if s in (Status.FAIL, Status.WARN)}


def collect(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    host: str,
    ca_bundle: Path | None,
    http_url: str | None,
) -> Collected:
    """One run of the proxy and settings collectors. `http_url` (WBDIAG_HTTP_URL) keeps the
    plain-http check off this machine's real port 80; None derives it from HOST."""
    if http_url:
        monkeypatch.setenv(proxy_http.HTTP_URL_ENV, http_url)
    else:
        monkeypatch.delenv(proxy_http.HTTP_URL_ENV, raising=False)
    settings = WandbSettings()
    settings.merge({"HOST": host}, "flags", True)
    out = tmp_path / "bundle.tgz"
    Runner(
        CollectOptions(timeout=60, ca_bundle=ca_bundle),
        settings,
        out,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[ProxyCollector, SettingsCollector],
    ).run()
    return read(out)


def read(out: Path) -> Collected:
    assert out.is_file()
    raw = {m.path: m.stream.read() for m in BundleSource.open(out).members()}
    manifest = load_manifest(raw[layout.MANIFEST])
    listed = {f.path for c in manifest.collectors for f in c.files}
    assert listed | {layout.MANIFEST} == set(raw), "the bundle holds what the manifest lists"
    for path, data in raw.items():
        assert HOST_PASSWORD.encode() not in data, f"the HOST password leaked into {path}"
    analysis = analyze(BundleSource.open(out), PACK)
    status = {f.rule.id: f.status for f in analysis.findings if f.rule.id in OURS}
    return Collected(
        path=out,
        manifest=manifest,
        tls=json.loads(raw[layout.PROBE_TLS]),
        proxy=json.loads(raw[layout.PROBE_PROXY]),
        raw=raw,
        status=status,
    )


def with_password(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://admin:{HOST_PASSWORD}@{rest}"


def proxy_status(c: Collected) -> CollectorStatus:
    rec = c.manifest.collector("proxy")
    assert rec is not None
    return rec.status


TLS_KEYS = {
    "url",
    "host",
    "port",
    "scheme",
    "ok",
    "problem",
    "verify_error",
    "verify_code",
    "verify_message",
    "error",
    "tls_version",
    "cipher",
    "trust",
    "certificate",
    "chain",
    "chain_note",
}
CERT_KEYS = {
    "subject",
    "issuer",
    "sans",
    "not_before",
    "not_after",
    "days_left",
    "self_signed",
    "key_type",
    "key_bits",
    "signature_hash",
    "serial",
    "sha256",
    "hostname_matches",
}
PROXY_KEYS = {
    "base_url",
    "tls_verify",
    "tls_verify_note",
    "root",
    "health",
    "redirect",
    "hsts",
    "websocket",
    "body_size",
    "response_headers",
}


def assert_shape(c: Collected) -> None:
    assert set(c.tls) == TLS_KEYS
    if c.tls["certificate"] is not None:
        assert set(c.tls["certificate"]) == CERT_KEYS
        assert c.tls["chain"] and set(c.tls["chain"][0]) == {"subject", "issuer"}
    assert set(c.proxy) == PROXY_KEYS
    assert set(c.proxy["health"]) == {"/healthz", "/ready"}
    for check in c.proxy["health"].values():
        assert {"status", "ok", "error"} <= set(check)
    assert {"http_url", "status", "location", "redirects_to_https", "error"} <= set(
        c.proxy["redirect"]
    )
    assert {"present", "value"} <= set(c.proxy["hsts"])
    assert {"url", "status", "ok", "error", "result"} <= set(c.proxy["websocket"])
    assert {"bytes", "status", "ok", "error"} <= set(c.proxy["body_size"])


# -- against nginx --------------------------------------------------------------------------------
@pytest.mark.servers
def test_good_with_its_ca_fires_nothing(
    nginx: NginxProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = collect(tmp_path, monkeypatch, nginx.good_url, nginx.ca_pem_path, nginx.good_http_url)
    assert_shape(c)
    assert proxy_status(c) is CollectorStatus.OK
    t = c.tls
    assert (t["ok"], t["problem"], t["verify_error"]) == (True, None, None)
    assert (t["scheme"], t["host"], t["port"]) == ("https", "localhost", nginx.port("good"))
    assert t["tls_version"] in ("TLSv1.2", "TLSv1.3")
    cert = t["certificate"]
    assert cert["self_signed"] is False and cert["hostname_matches"] is True
    assert "localhost" in cert["sans"] and "127.0.0.1" in cert["sans"]
    assert "wbdiag test CA" in cert["issuer"]
    assert cert["days_left"] > 0  # trustme certificates last until the year 3000
    assert (cert["key_type"], cert["key_bits"]) in (("RSA", 2048), ("EC (secp256r1)", 256))
    p = c.proxy
    assert p["tls_verify"] is True and p["tls_verify_note"] is None
    assert {k: v["status"] for k, v in p["health"].items()} == {"/healthz": 200, "/ready": 200}
    assert p["redirect"]["http_url_source"] == proxy_http.HTTP_URL_ENV
    assert p["redirect"]["status"] == 301
    assert p["redirect"]["redirects_to_https"] is True
    assert p["redirect"]["location"].startswith(nginx.good_url)
    assert p["hsts"] == {
        "present": True,
        "value": nginx.hsts_value,
        "max_age": 31536000,
        "error": None,
    }
    assert p["response_headers"]["server"].startswith("nginx")
    ws = p["websocket"]
    assert (ws["status"], ws["ok"], ws["result"], ws["accept_valid"]) == (101, True, "ok", True)
    assert ws["url"] == f"wss://localhost:{nginx.port('good')}/ws"
    body = p["body_size"]
    assert (body["bytes"], body["status"], body["ok"]) == (10 * 1024 * 1024, 200, True)
    assert c.fired() == set(), c.status
    assert all(s is Status.PASS for s in c.status.values()), c.status


@pytest.mark.servers
def test_bad_proxy_fires_websocket_body_size_hsts_and_redirect(
    nginx: NginxProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = with_password(nginx.bad_url)
    c = collect(tmp_path, monkeypatch, host, nginx.ca_pem_path, nginx.bad_http_url)
    assert_shape(c)
    assert proxy_status(c) is CollectorStatus.OK
    assert c.tls["ok"] is True and c.tls["problem"] is None
    assert c.tls["url"] == nginx.bad_url  # credentials never part of the target
    p = c.proxy
    assert p["health"]["/healthz"]["status"] == 200
    ws = p["websocket"]
    assert (ws["status"], ws["ok"], ws["result"]) == (426, False, "failed")
    assert p["body_size"]["status"] == 413 and p["body_size"]["ok"] is False
    assert p["hsts"]["present"] is False
    assert p["redirect"]["listening"] is True
    assert p["redirect"]["status"] == 200 and p["redirect"]["redirects_to_https"] is False
    assert c.fired() == {"proxy.websocket", "proxy.body_size", "proxy.hsts", "proxy.http_redirect"}


@pytest.mark.servers
def test_self_signed(nginx: NginxProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = collect(tmp_path, monkeypatch, nginx.selfsigned_url, nginx.ca_pem_path, nginx.good_http_url)
    assert_shape(c)
    t = c.tls
    assert (t["ok"], t["problem"], t["verify_code"]) == (False, "self_signed", 18)
    assert "self-signed" in t["verify_error"] and "self-signed" in t["verify_message"]
    cert = t["certificate"]
    assert cert["self_signed"] is True and cert["subject"] == cert["issuer"] == "CN=localhost"
    assert cert["hostname_matches"] is True
    # the other checks still ran, with verification off, and say so
    p = c.proxy
    assert p["tls_verify"] is False and "self_signed" in p["tls_verify_note"]
    assert p["health"]["/healthz"]["status"] == 200 and p["websocket"]["ok"] is True
    assert c.fired() == {"tls.self_signed"}


@pytest.mark.servers
@pytest.mark.parametrize(
    ("variant", "trusted", "problem", "codes"),
    [
        ("wronghost", True, "hostname_mismatch", (62,)),
        ("expired", True, "expired", (10,)),
        ("good", False, "unknown_ca", (20, 21, 2)),
    ],
)
def test_untrusted(
    nginx: NginxProxy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    variant: str,
    trusted: bool,
    problem: str,
    codes: tuple[int, ...],
) -> None:
    ca = nginx.ca_pem_path if trusted else None
    c = collect(tmp_path, monkeypatch, nginx.url(variant), ca, nginx.good_http_url)
    assert_shape(c)
    t = c.tls
    assert (t["ok"], t["problem"]) == (False, problem)
    assert t["verify_code"] in codes and t["verify_error"]
    cert = t["certificate"]
    assert cert is not None and cert["self_signed"] is False
    if variant == "wronghost":
        assert cert["hostname_matches"] is False and cert["sans"] == [nginx.wronghost_name]
    if variant == "expired":
        assert cert["days_left"] < 0
        assert cert["not_after"] < datetime.datetime.now(datetime.timezone.utc).isoformat()
    assert c.proxy["tls_verify"] is False
    assert c.proxy["health"]["/ready"]["status"] == 200  # found through verification off
    assert c.fired() == {"tls.untrusted"}


@pytest.mark.servers
def test_http_host_is_no_https(
    nginx: NginxProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = collect(tmp_path, monkeypatch, nginx.bad_http_url, None, None)
    assert_shape(c)
    assert proxy_status(c) is CollectorStatus.OK
    t = c.tls
    assert (t["scheme"], t["ok"], t["problem"], t["certificate"]) == ("http", False, "no_tls", None)
    p = c.proxy
    assert p["tls_verify"] is None and p["health"]["/healthz"]["status"] == 200
    assert p["redirect"]["error"] == "not run: HOST itself is http"
    assert p["websocket"]["url"].startswith("ws://")
    assert "proxy.no_https" in c.fired()
    assert not {"tls.self_signed", "tls.untrusted", "proxy.hsts"} & c.fired()


def test_closed_port_still_writes_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()  # nothing listens there
    t0 = time.monotonic()
    host = with_password(f"https://127.0.0.1:{port}")
    c = collect(tmp_path, monkeypatch, host, None, f"http://127.0.0.1:{free_port()}")
    assert time.monotonic() - t0 < 20
    assert_shape(c)
    rec = c.manifest.collector("proxy")
    assert rec is not None and rec.status is CollectorStatus.FAILED
    assert rec.error is not None and "ConnectionError" in rec.error and str(port) in rec.error
    assert (c.tls["ok"], c.tls["problem"]) == (False, "unreachable")
    assert "refused" in c.tls["error"].lower()
    assert c.tls["certificate"] is None
    for check in (*c.proxy["health"].values(), c.proxy["websocket"], c.proxy["body_size"]):
        assert check["status"] is None and check["error"].startswith("not run: ")
    assert c.proxy["websocket"]["result"] == "not_run"
    assert c.fired() == {"proxy.unreachable"}
    assert c.status["tls.self_signed"] is Status.NOT_EVALUATED
    assert c.proxy["redirect"]["listening"] is False


def test_manifest_keeps_host_credentials_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = with_password(f"https://127.0.0.1:{free_port()}")
    c = collect(tmp_path, monkeypatch, host, None, f"http://127.0.0.1:{free_port()}")
    assert HOST_PASSWORD.encode() not in c.raw[layout.MANIFEST]


def test_host_unset_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = WandbSettings()
    settings.merge({"BUCKET_QUEUE": "internal://"}, "flags", True)
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=10),
        settings,
        out,
        Progress(io.StringIO(), live=False),
        [ProxyCollector, SettingsCollector],
    ).run()
    manifest = load_manifest(
        next(m.stream.read() for m in BundleSource.open(out).members() if m.path == "manifest.json")
    )
    rec = manifest.collector("proxy")
    assert rec is not None and rec.status is CollectorStatus.SKIPPED and "HOST" in (rec.error or "")


@pytest.mark.servers
def test_cli_collect(nginx: NginxProxy, tmp_path: Path) -> None:
    out = tmp_path / "cli.tgz"
    result = CliRunner().invoke(
        main,
        [
            "collect",
            "--no-docker",
            "--no-kubernetes",
            "--host",
            nginx.good_url,
            "--ca-bundle",
            str(nginx.ca_pem_path),
            "-o",
            str(out),
            "--timeout",
            "60",
        ],
        env={proxy_http.HTTP_URL_ENV: nginx.good_http_url},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    c = read(out)
    assert proxy_status(c) is CollectorStatus.OK
    assert c.tls["ok"] is True and c.proxy["redirect"]["redirects_to_https"] is True
    assert c.fired() == set(), c.status


# -- pieces, without a server ---------------------------------------------------------------------
@pytest.mark.servers
def test_websocket_ambiguous_answers_are_inconclusive(nginx: NginxProxy) -> None:
    # 200 from the app (the bad http server drops the upgrade; `/` is a page) and a 301
    ok200 = proxy_websocket.upgrade(proxy.parse_host(nginx.bad_http_url), None, 5.0, "/")
    assert (ok200["status"], ok200["ok"], ok200["result"]) == (200, None, "inconclusive")
    moved = proxy_websocket.upgrade(proxy.parse_host(nginx.good_http_url), None, 5.0, "/ws")
    assert (moved["status"], moved["ok"], moved["result"]) == (301, None, "inconclusive")


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
