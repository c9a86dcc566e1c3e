"""The proxy collector against a real nginx (tests/servers/nginx.py): every variant collected
through the Runner, then analyzed with the shipped rule pack; plus one CLI run. Its pieces alone,
without a server: test_proxy_pieces.py."""

from __future__ import annotations

import datetime
import io
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.collect.proxy_support import (
    HOST_PASSWORD,
    assert_shape,
    collect,
    proxy_status,
    read,
    with_password,
)
from tests.servers.common import free_port
from tests.servers.nginx import NginxProxy
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.cli import main
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import proxy, proxy_http, proxy_websocket
from wbdiag.collect.sources.proxy import ProxyCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.model import Status
from wbdiag.settings import WandbSettings


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


# -- the websocket check alone, against nginx -----------------------------------------------------
@pytest.mark.servers
def test_websocket_ambiguous_answers_are_inconclusive(nginx: NginxProxy) -> None:
    # 200 from the app (the bad http server drops the upgrade; `/` is a page) and a 301
    ok200 = proxy_websocket.upgrade(proxy.parse_host(nginx.bad_http_url), None, 5.0, "/")
    assert (ok200["status"], ok200["ok"], ok200["result"]) == (200, None, "inconclusive")
    moved = proxy_websocket.upgrade(proxy.parse_host(nginx.good_http_url), None, 5.0, "/ws")
    assert (moved["status"], moved["ok"], moved["result"]) == (301, None, "inconclusive")
