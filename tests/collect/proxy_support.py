"""What the proxy collector's tests share: one collection through the Runner, read back and
analyzed with the shipped rules over the live probes, and the shape its probe documents must have."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import shipped_pack
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import proxy_http
from wbdiag.collect.sources.proxy import ProxyCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.engine import analyze
from wbdiag.rules.model import Status
from wbdiag.settings import WandbSettings

PACK = shipped_pack()
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
