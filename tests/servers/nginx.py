"""A real nginx in front of a tiny W&B look-alike, for the proxy collector's tests.

The session fixture `nginx` runs Debian's `nginx` binary directly (not the service: `nginx -p
PREFIX -c CONF -g 'daemon off; ...'`, one master process stopped by its pid) with one server block
per variant, each on its own free 127.0.0.1 port, and yields an `NginxProxy`. Certificates come
from a `trustme` test CA (its PEM is `ca_pem_path`), except the self-signed one.

Variants (URLs are `https://localhost:PORT`; `localhost` resolves to 127.0.0.1 only):

- `good`       the deployment guide's reference config: `proxy_http_version 1.1`,
  `proxy_buffering off`, `Host`, `X-Real-IP`, `X-Forwarded-For/-Proto/-Host/-Port`, `Upgrade` and
  `Connection` (from the guide's `map $http_upgrade`), HSTS (`add_header
  Strict-Transport-Security "max-age=31536000; includeSubDomains" always`), `client_max_body_size
  0`; certificate from the test CA for `localhost` and `127.0.0.1`. `good_http_url` is a plain
  http server block that answers `301` to `https://localhost:<good port>$request_uri`.
- `bad`        same CA certificate, but nginx's proxy defaults: HTTP/1.0 to the upstream, no
  `Upgrade`/`Connection` forwarding (a websocket upgrade gets the upstream's `426`, never `101`),
  no `X-Forwarded-Proto/-Host/-Port` (only `Host`, `X-Real-IP`, `X-Forwarded-For`), no HSTS,
  `client_max_body_size 1m` (a 10 MB body gets `413`). `bad_http_url` serves the app over plain
  http without redirecting.
- `selfsigned` the good config with a self-signed RSA-2048 certificate for `localhost` and
  `127.0.0.1` (`selfsigned_cert_path`): fails verification against the CA and the system store.
- `wronghost`  the good config with a CA certificate issued only for `wrong.example.test`: the
  chain verifies, the host-name check fails.
- `expired`    the good config with a CA certificate for `localhost`/`127.0.0.1` whose validity
  ended yesterday (trustme `not_after` in the past).

The server blocks and certificates are rendered by nginx_config.py. The upstream (`upstream_url`,
plain http on loopback, in-process threads, nginx_upstream.py) stands in for W&B:
`/healthz` and `/ready` answer 200 `ok`; `/debug/headers` answers the request headers it received
as a JSON object with lower-cased names (repeated headers joined with ", "); POST/PUT/PATCH bodies
of any size (Content-Length or chunked) are read, discarded and answered 200 with
`{"received_bytes": N}`; any request carrying `Upgrade: websocket`, `Connection: upgrade` and a
`Sec-WebSocket-Key` completes the handshake (`101 Switching Protocols` with the right
`Sec-WebSocket-Accept`), after which the connection is held until the peer closes; a GET of `/ws`
without the upgrade answers `426 Upgrade Required`; other GETs answer 200 with a small page.

Everything nginx writes (error log, access log, pid, temp paths) lives in the private prefix.
"""

from __future__ import annotations

import contextlib
import datetime
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

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
from tests.servers.nginx_config import (
    HOSTNAME,
    HSTS_VALUE,
    WRONG_HOSTNAME,
    _conf,
    _leaf_files,
    _self_signed,
    _write,
)
from tests.servers.nginx_upstream import _Upstream, _UpstreamHandler

STARTUP_TIMEOUT = 20.0
VARIANTS = ("good", "bad", "selfsigned", "wronghost", "expired")


@dataclass(frozen=True)
class NginxProxy:
    """A running nginx with one https server block per variant (see the module docstring)."""

    ca_pem_path: Path  # the trustme CA: trusts good, bad, wronghost and expired certificates
    good_url: str
    good_http_url: str  # plain http, 301 to good_url
    bad_url: str
    bad_http_url: str  # plain http, proxies without redirecting
    selfsigned_url: str
    wronghost_url: str
    expired_url: str
    upstream_url: str  # the W&B look-alike, plain http, not behind nginx
    selfsigned_cert_path: Path
    wronghost_name: str
    hsts_value: str
    pid: int
    prefix: Path
    conf_path: Path
    error_log: Path
    access_log: Path

    def url(self, variant: str) -> str:
        """The https URL of a variant: good, bad, selfsigned, wronghost or expired."""
        if variant not in VARIANTS:
            raise ValueError(f"unknown nginx variant {variant!r}")
        return str(getattr(self, f"{variant}_url"))

    def port(self, variant: str) -> int:
        port = urlsplit(self.url(variant)).port
        assert port is not None
        return port

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only the test CA (host names are checked)."""
        return ssl.create_default_context(cafile=str(self.ca_pem_path))


@pytest.fixture(scope="session")
def nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NginxProxy]:
    """nginx with good / bad / selfsigned / wronghost / expired https server blocks."""
    nginx_bin = require_binary("nginx", "/usr/sbin/nginx")
    prefix = tmp_path_factory.mktemp("nginx")
    certs = prefix / "certs"
    certs.mkdir()
    (prefix / "tmp").mkdir()

    ca = trustme.CA(organization_name="wbdiag test CA")
    ca_pem = _write(certs / "ca.pem", ca.cert_pem.bytes())
    now = datetime.datetime.now(datetime.timezone.utc)
    tls = {
        "good": _leaf_files(ca.issue_cert(HOSTNAME, LOOPBACK), certs, "good"),
        "wronghost": _leaf_files(ca.issue_cert(WRONG_HOSTNAME), certs, "wronghost"),
        "expired": _leaf_files(
            ca.issue_cert(
                HOSTNAME,
                LOOPBACK,
                not_before=now - datetime.timedelta(days=30),
                not_after=now - datetime.timedelta(days=1),
            ),
            certs,
            "expired",
        ),
        "selfsigned": _self_signed(certs),
    }

    upstream_server = _Upstream((LOOPBACK, 0), _UpstreamHandler)
    upstream_url = f"http://{LOOPBACK}:{upstream_server.server_address[1]}"
    upstream_thread = threading.Thread(
        target=upstream_server.serve_forever, name="wandb-lookalike", daemon=True
    )
    upstream_thread.start()

    names = ("good", "good_http", "bad", "bad_http", "selfsigned", "wronghost", "expired")
    ports = free_ports(names)
    conf = prefix / "nginx.conf"
    conf.write_text(_conf(prefix, ports, tls, upstream_url))
    error_log = prefix / "error.log"
    access_log = prefix / "access.log"
    pid_file = prefix / "nginx.pid"
    cmd = [
        nginx_bin,
        "-p",
        f"{prefix}/",
        "-c",
        str(conf),
        "-e",
        str(error_log),
        "-g",
        f"daemon off; master_process on; pid {pid_file}; error_log {error_log} info;",
    ]
    stderr_log = prefix / "nginx.stderr.log"
    proc: subprocess.Popen[bytes] | None = None
    try:
        proc = spawn(cmd, prefix, stderr_log)

        def all_listening() -> bool:
            return all(port_open(port) for port in ports.values())

        wait_until(all_listening, STARTUP_TIMEOUT, "nginx", proc, error_log)

        def https(name: str) -> str:
            return f"https://{HOSTNAME}:{ports[name]}"

        yield NginxProxy(
            ca_pem_path=ca_pem,
            good_url=https("good"),
            good_http_url=f"http://{HOSTNAME}:{ports['good_http']}",
            bad_url=https("bad"),
            bad_http_url=f"http://{HOSTNAME}:{ports['bad_http']}",
            selfsigned_url=https("selfsigned"),
            wronghost_url=https("wronghost"),
            expired_url=https("expired"),
            upstream_url=upstream_url,
            selfsigned_cert_path=tls["selfsigned"][0],
            wronghost_name=WRONG_HOSTNAME,
            hsts_value=HSTS_VALUE,
            pid=proc.pid,
            prefix=prefix,
            conf_path=conf,
            error_log=error_log,
            access_log=access_log,
        )
    finally:
        if proc is not None:
            stop_pid(proc.pid)
            with contextlib.suppress(Exception):
                proc.wait(timeout=5)
        upstream_server.shutdown()
        upstream_server.server_close()
