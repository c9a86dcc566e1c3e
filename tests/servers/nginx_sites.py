"""A real nginx with several W&B server blocks on one port, split over included files, for the
nginx configuration reader (`collect --proxy-config`).

The session fixture `nginx_sites` starts Debian's `nginx` (as tests/servers/nginx.py does) from
`<prefix>/nginx.conf`, whose `http` block holds the deployment guide's `map`s and
`include conf.d/*.conf;` (relative: nginx and the reader both resolve it against the main file's
directory). On one https port (certificate from a trustme CA for `localhost` and `127.0.0.1`):

- `10-decoy.conf`   `server_name decoy.example.test`, `default_server`: 1 MB body limit and a
  secret `Authorization` header (`DECOY_TOKEN`), a secret variable (`set $wandb_api_token
  DECOY_API_TOKEN`) and its private key inline (`ssl_certificate_key "data:-----BEGIN ..."`):
  none of them may ever reach a bundle.
- `20-wandb.conf`   `server_name localhost`: the deployment guide's example (`proxy_http_version
  1.1`, `proxy_buffering off`, `Host`, `X-Real-IP`, `X-Forwarded-For/-Proto/-Host/-Port`,
  `Upgrade`, `Connection $proxy_connection`, from `snippets/wandb-proxy.conf` included inside the
  server block), HSTS and `client_max_body_size 0`.
- `30-dropws.conf`  `server_name 127.0.0.1`: the same, but without `proxy_http_version 1.1`,
  `Upgrade` and `Connection` (the headers a websocket needs are dropped).

Behind them, `00-app.conf` stands in for W&B on a plain-http port: every request (any body size)
gets 200, `/ws` included, as W&B's catch-all page does, so a live websocket probe through any
of the fronts is *inconclusive* and only the configuration can decide. `http_url` is a plain-http
port answering 301 to the https front.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

from tests.servers.common import (
    LOOPBACK,
    free_ports,
    port_open,
    require_binary,
    spawn,
    stop_pid,
    wait_until,
)
from tests.servers.nginx_config import GUIDE_MAPS, GUIDE_PROXY

DECOY_TOKEN = "Bearer nginx-decoy-Sekr1t-4471"
DECOY_API_TOKEN = "wbdiag-decoy-api-Tok3n-9912"
HSTS_VALUE = "max-age=31536000; includeSubDomains"


@dataclass(frozen=True)
class NginxSites:
    prefix: Path
    conf_path: Path
    ca_pem_path: Path
    key_path: Path  # the front's private key: its path and contents must stay out of bundles
    port: int
    http_url: str  # plain http, 301 to https://localhost:port
    wandb_url: str  # https://localhost:port -> 20-wandb.conf
    dropws_url: str  # https://127.0.0.1:port -> 30-dropws.conf
    wandb_conf: Path
    dropws_conf: Path
    decoy_conf: Path
    snippet: Path
    nginx_bin: str

    def dump(self) -> str:
        """`nginx -T` of this configuration, run for real."""
        done = subprocess.run(
            [self.nginx_bin, "-T", "-p", f"{self.prefix}/", "-c", str(self.conf_path),
             "-e", str(self.prefix / "error.log")],
            capture_output=True, check=True, timeout=30, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        return done.stdout.decode()


def _server(name: str, port: int, crt: Path, key: Path, upstream: str, body: str) -> str:
    return f"""server {{
    listen {LOOPBACK}:{port} ssl;
    server_name {name};
    ssl_certificate {crt};
    ssl_certificate_key {key};
    keepalive_timeout 10;
{body}
    location / {{
        proxy_pass {upstream};
    }}
}}
"""


def write_sites(prefix: Path, ports: dict[str, int], crt: Path, key: Path) -> dict[str, Path]:
    conf_d = prefix / "conf.d"
    snippets = prefix / "snippets"
    conf_d.mkdir()
    snippets.mkdir()
    tmp = prefix / "tmp"
    tmp.mkdir(exist_ok=True)
    upstream = f"http://{LOOPBACK}:{ports['app']}"
    files = {
        "app": conf_d / "00-app.conf",
        "decoy": conf_d / "10-decoy.conf",
        "wandb": conf_d / "20-wandb.conf",
        "dropws": conf_d / "30-dropws.conf",
        "redirect": conf_d / "40-redirect.conf",
        "snippet": snippets / "wandb-proxy.conf",
    }
    files["snippet"].write_text(GUIDE_PROXY)
    files["app"].write_text(
        f"""# the W&B look-alike: 200 for everything, /ws included
server {{
    listen {LOOPBACK}:{ports["app"]};
    client_max_body_size 0;
    location / {{
        return 200 "W&B look-alike\\n";
    }}
}}
"""
    )
    decoy_body = f"""    client_max_body_size 1m;
    set $wandb_api_token "{DECOY_API_TOKEN}";
    proxy_set_header Authorization "{DECOY_TOKEN}";"""
    decoy = _server("decoy.example.test", ports["https"], crt, key, upstream, decoy_body)
    decoy = decoy.replace(" ssl;", " ssl default_server;", 1).replace(
        f"ssl_certificate_key {key};", f'ssl_certificate_key "data:{key.read_text().strip()}";'
    )
    files["decoy"].write_text(decoy)
    good = f"""    client_max_body_size 0;
    add_header Strict-Transport-Security "{HSTS_VALUE}" always;
    include snippets/wandb-proxy.conf;"""
    files["wandb"].write_text(_server("localhost", ports["https"], crt, key, upstream, good))
    kept = "\n".join(
        "    " + line
        for line in GUIDE_PROXY.splitlines()
        if line and not any(w in line for w in ("http_version", "Upgrade", "Connection"))
    )
    dropws = f"""    client_max_body_size 0;
    add_header Strict-Transport-Security "{HSTS_VALUE}" always;
    # websocket headers dropped: no proxy_http_version 1.1, Upgrade or Connection
{kept}"""
    files["dropws"].write_text(_server(LOOPBACK, ports["https"], crt, key, upstream, dropws))
    files["redirect"].write_text(
        f"""server {{
    listen {LOOPBACK}:{ports["http"]};
    return 301 https://$host:{ports["https"]}$request_uri;
}}
"""
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"""# wbdiag test nginx with several W&B sites (tests/servers/nginx_sites.py)
{user}worker_processes 1;
events {{
    worker_connections 64;
}}
http {{
    access_log {prefix / "access.log"};
    client_body_temp_path {tmp / "client_body"};
    proxy_temp_path {tmp / "proxy"};
    fastcgi_temp_path {tmp / "fastcgi"};
    uwsgi_temp_path {tmp / "uwsgi"};
    scgi_temp_path {tmp / "scgi"};
{GUIDE_MAPS}
    include conf.d/*.conf;
}}
"""
    )
    return files


@pytest.fixture(scope="session")
def nginx_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NginxSites]:
    nginx_bin = require_binary("nginx", "/usr/sbin/nginx")
    prefix = tmp_path_factory.mktemp("nginx-sites")
    certs = prefix / "certs"
    certs.mkdir()
    ca = trustme.CA(organization_name="wbdiag sites CA")
    ca_pem = certs / "ca.pem"
    ca_pem.write_bytes(ca.cert_pem.bytes())
    leaf = ca.issue_cert("localhost", LOOPBACK)
    crt = certs / "front.crt"
    crt.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
    key = certs / "front.key"
    key.write_bytes(leaf.private_key_pem.bytes())
    key.chmod(0o600)
    ports = free_ports(("app", "https", "http"))
    files = write_sites(prefix, ports, crt, key)
    conf = prefix / "nginx.conf"
    error_log = prefix / "error.log"
    cmd = [
        nginx_bin, "-p", f"{prefix}/", "-c", str(conf), "-e", str(error_log),
        "-g", f"daemon off; master_process on; pid {prefix / 'nginx.pid'};",
    ]  # fmt: skip
    proc = spawn(cmd, prefix, prefix / "nginx.stderr.log")
    try:
        wait_until(
            lambda: all(port_open(p) for p in ports.values()), 20.0, "nginx", proc, error_log
        )
        yield NginxSites(
            prefix=prefix,
            conf_path=conf,
            ca_pem_path=ca_pem,
            key_path=key,
            port=ports["https"],
            http_url=f"http://localhost:{ports['http']}",
            wandb_url=f"https://localhost:{ports['https']}",
            dropws_url=f"https://{LOOPBACK}:{ports['https']}",
            wandb_conf=files["wandb"],
            dropws_conf=files["dropws"],
            decoy_conf=files["decoy"],
            snippet=files["snippet"],
            nginx_bin=nginx_bin,
        )
    finally:
        stop_pid(proc.pid)
        with contextlib.suppress(Exception):
            proc.wait(timeout=5)
