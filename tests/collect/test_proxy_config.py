"""The nginx configuration reader against a real nginx started from the configuration it then
reads (tests/servers/nginx_sites.py): server selection among several blocks on one port, includes
followed, `nginx -T` output, no key material or secret in the bundle, and the proxy rules."""

from __future__ import annotations

import io
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.helpers import shipped_pack
from tests.servers.nginx_sites import DECOY_API_TOKEN, DECOY_TOKEN, NginxSites
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.cli import main
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.proxy import ProxyCollector
from wbdiag.collect.sources.proxy_config import ProxyConfigCollector
from wbdiag.collect.sources.proxy_http import HTTP_URL_ENV
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.engine import analyze
from wbdiag.rules.model import Status
from wbdiag.settings import WandbSettings

PACK = shipped_pack()
OURS = tuple(r.id for r in PACK.rules if r.id.startswith(("tls.", "proxy.")))


@dataclass
class Collected:
    manifest: Manifest
    raw: dict[str, bytes]
    status: dict[str, Status]
    messages: dict[str, str]
    evidence: dict[str, list[str]]

    def doc(self, path: str) -> Any:
        return json.loads(self.raw[path])

    def fired(self) -> set[str]:
        return {rid for rid, s in self.status.items() if s in (Status.FAIL, Status.WARN)}


def collect(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sites: NginxSites,
    host: str,
    proxy_config: str,
    probes: bool = True,
) -> Collected:
    monkeypatch.setenv(HTTP_URL_ENV, sites.http_url)
    settings = WandbSettings()
    settings.merge({"HOST": host}, "flags", True)
    out = tmp_path / f"bundle-{len(list(tmp_path.iterdir()))}.tgz"
    collectors: list[Any] = [ProxyConfigCollector, SettingsCollector]
    if probes:
        collectors.append(ProxyCollector)
    Runner(
        CollectOptions(timeout=60, ca_bundle=sites.ca_pem_path, proxy_config=proxy_config),
        settings,
        out,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=collectors,
    ).run()
    raw = {m.path: m.stream.read() for m in BundleSource.open(out).members()}
    key_pem = sites.key_path.read_bytes()
    for path, data in raw.items():
        assert DECOY_TOKEN.split()[1].encode() not in data, f"a header secret leaked into {path}"
        assert DECOY_API_TOKEN.encode() not in data, f"a variable's secret leaked into {path}"
        assert b"PRIVATE KEY" not in data, f"key material in {path}"
        assert key_pem[40:100] not in data
        assert str(sites.key_path).encode() not in data, f"the key's path is in {path}"
    analysis = analyze(BundleSource.open(out), PACK)
    ours = [f for f in analysis.findings if f.rule.id in OURS]
    return Collected(
        manifest=load_manifest(raw[layout.MANIFEST]),
        raw=raw,
        status={f.rule.id: f.status for f in ours},
        messages={f.rule.id: f.message for f in ours},
        evidence={f.rule.id: [f"{e.path}: {e.text}" for e in f.evidence] for f in ours},
    )


def test_the_guides_example_is_chosen_by_name_and_raises_nothing(
    nginx_sites: NginxSites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = collect(
        tmp_path, monkeypatch, nginx_sites, nginx_sites.wandb_url, str(nginx_sites.conf_path)
    )
    server = c.doc(layout.PROXY_NGINX_SERVER)
    # three blocks listen on the port; the decoy is default_server, the name decides
    assert len([s for s in server["servers"] if s["listen"][0]["port"] == nginx_sites.port]) == 3
    assert server["selected"]["where"] == f"{nginx_sites.wandb_conf}:1"
    assert server["selection"].startswith(f"listens on port {nginx_sites.port}")
    eff = server["effective"]
    # the include inside the server block was followed: the headers cite the snippet's lines
    assert eff["headers"]["upgrade"]["where"] == f"{nginx_sites.snippet}:5"
    assert eff["proxy_http_version"] == {
        "value": "1.1",
        "level": "server",
        "where": f"{nginx_sites.snippet}:2",
        "file": str(nginx_sites.snippet),
        "line": 2,
    }
    assert eff["client_max_body_size"]["value"] == "0"
    assert eff["proxy_read_timeout"]["level"] == "default"
    assert server["location"]["args"] == ["/"]
    # the live probe cannot tell (the app answers 200 on /ws) ...
    assert json.loads(c.raw[layout.PROBE_PROXY])["websocket"]["result"] == "inconclusive"
    # ... and neither it nor the configuration finds anything wrong
    assert c.fired() == set(), c.messages
    assert c.status["proxy.websocket"] is Status.PASS


def test_a_server_dropping_websocket_headers_raises_proxy_websocket_from_its_configuration(
    nginx_sites: NginxSites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = collect(
        tmp_path, monkeypatch, nginx_sites, nginx_sites.dropws_url, str(nginx_sites.conf_path)
    )
    server = c.doc(layout.PROXY_NGINX_SERVER)
    assert server["selected"]["where"] == f"{nginx_sites.dropws_conf}:1"
    assert "upgrade" not in server["effective"]["headers"]
    assert json.loads(c.raw[layout.PROBE_PROXY])["websocket"]["result"] == "inconclusive"
    assert c.fired() == {"proxy.websocket"}, (c.status, c.messages)
    message = c.messages["proxy.websocket"]
    assert "inconclusive" in message
    assert f"{nginx_sites.dropws_conf}" in message
    cited = "\n".join(c.evidence["proxy.websocket"])
    assert layout.PROBE_PROXY in cited and layout.PROXY_NGINX_SERVER in cited


def test_nginx_t_output_gives_the_same_selection(
    nginx_sites: NginxSites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = tmp_path / "nginx-T.txt"
    dump.write_text(nginx_sites.dump())
    c = collect(tmp_path, monkeypatch, nginx_sites, nginx_sites.dropws_url, str(dump), probes=False)
    server = c.doc(layout.PROXY_NGINX_SERVER)
    assert server["source"] == "nginx -T output"
    assert server["selected"]["where"] == f"{nginx_sites.dropws_conf}:1"
    config = c.doc(layout.PROXY_NGINX_CONFIG)
    assert {f["file"] for f in config["files"]} >= {
        str(nginx_sites.conf_path),
        str(nginx_sites.snippet),
        str(nginx_sites.decoy_conf),
    }
    redacted = {(r["directive"], Path(r["file"]).name) for r in config["redacted"]}
    assert ("ssl_certificate_key", "20-wandb.conf") in redacted
    assert ("proxy_set_header", "10-decoy.conf") in redacted
    assert ("set", "10-decoy.conf") in redacted
    assert ("ssl_certificate_key", "10-decoy.conf") in redacted  # the key itself, inline


def test_collect_runs_nginx_t_itself(
    nginx_sites: NginxSites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--proxy-config 'nginx -T'`: the nginx on PATH is run; here a wrapper that points the
    real binary at the test configuration."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    wrapper = bindir / "nginx"
    wrapper.write_text(
        f"#!/bin/sh\nexec {nginx_sites.nginx_bin} -p {nginx_sites.prefix}/ -c {nginx_sites.conf_path} "
        f'-e {nginx_sites.prefix / "error.log"} "$@"\n'
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    c = collect(tmp_path, monkeypatch, nginx_sites, nginx_sites.wandb_url, "nginx -T", probes=False)
    server = c.doc(layout.PROXY_NGINX_SERVER)
    assert server["source"] == "nginx -T (run by collect)"
    assert server["selected"]["where"] == f"{nginx_sites.wandb_conf}:1"
    rec = c.manifest.collector("proxy_config")
    assert rec is not None and rec.status is CollectorStatus.OK


def test_cli_refuses_a_missing_configuration(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["collect", "-o", str(tmp_path / "b.tgz"), "--proxy-config", str(tmp_path / "nope.conf")],
    )
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "b.tgz").exists()
