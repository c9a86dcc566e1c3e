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

The upstream (`upstream_url`, plain http on loopback, in-process threads) stands in for W&B:
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

import base64
import contextlib
import datetime
import hashlib
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.servers.common import (
    LOOPBACK,
    free_port,
    port_open,
    require_binary,
    spawn,
    stop_pid,
    wait_until,
)

HOSTNAME = "localhost"
WRONG_HOSTNAME = "wrong.example.test"
HSTS_VALUE = "max-age=31536000; includeSubDomains"
BAD_MAX_BODY = "1m"
WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
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


# --- the W&B look-alike upstream ---------------------------------------------------------------


class _UpstreamHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "wandb-lookalike/0.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _headers_json(self) -> bytes:
        seen: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            seen[key] = f"{seen[key]}, {value}" if key in seen else value
        return json.dumps(seen, sort_keys=True).encode()

    def _wants_websocket(self) -> bool:
        upgrade = self.headers.get("Upgrade", "").lower()
        connection = [t.strip().lower() for t in self.headers.get("Connection", "").split(",")]
        return "websocket" in upgrade and "upgrade" in connection

    def _websocket_handshake(self) -> None:
        key = self.headers.get("Sec-WebSocket-Key")
        if not key:
            self._reply(400, b"missing Sec-WebSocket-Key\n")
            return
        accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept.decode())
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        # Hold the connection (discarding frames) until the peer goes away.
        self.connection.settimeout(30)
        with contextlib.suppress(OSError):
            while self.connection.recv(65536):
                pass

    def _drain_body(self) -> int:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return total
                total += self._discard(size)
                self.rfile.readline()
        return self._discard(int(self.headers.get("Content-Length") or 0))

    def _discard(self, n: int) -> int:
        left = n
        while left > 0:
            chunk = self.rfile.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
        return n - left

    def do_GET(self) -> None:
        if self._wants_websocket():
            self._websocket_handshake()
            return
        path = urlsplit(self.path).path
        if path in ("/healthz", "/ready"):
            self._reply(200, b"ok")
        elif path == "/debug/headers":
            self._reply(200, self._headers_json(), "application/json")
        elif path == "/ws":
            self._reply(426, b"websocket upgrade required\n")
        else:
            self._reply(200, b"<html><body>W&amp;B look-alike</body></html>\n", "text/html")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        received = self._drain_body()
        self._reply(200, json.dumps({"received_bytes": received}).encode(), "application/json")

    do_PUT = do_POST
    do_PATCH = do_POST


class _Upstream(ThreadingHTTPServer):
    daemon_threads = True


# --- certificates --------------------------------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    path.chmod(0o600)
    return path


def _leaf_files(leaf: trustme.LeafCert, certs: Path, name: str) -> tuple[Path, Path]:
    chain = b"".join(blob.bytes() for blob in leaf.cert_chain_pems)
    return (
        _write(certs / f"{name}.crt", chain),
        _write(certs / f"{name}.key", leaf.private_key_pem.bytes()),
    )


def _self_signed(certs: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOSTNAME)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(HOSTNAME), x509.IPAddress(ipaddress.ip_address(LOOPBACK))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    return (
        _write(certs / "selfsigned.crt", cert.public_bytes(serialization.Encoding.PEM)),
        _write(certs / "selfsigned.key", key_pem),
    )


# --- nginx configuration -------------------------------------------------------------------------

GUIDE_MAPS = """
    # From the W&B reference config: pass X-Forwarded-* through, or derive them.
    map $http_x_forwarded_proto $proxy_x_forwarded_proto {
        default $http_x_forwarded_proto;
        ''      $scheme;
    }
    map $http_x_forwarded_host $proxy_x_forwarded_host {
        default $http_x_forwarded_host;
        ''      $http_host;
    }
    map $http_x_forwarded_port $proxy_x_forwarded_port {
        default $http_x_forwarded_port;
        ''      $server_port;
    }
    map $http_upgrade $proxy_connection {
        default upgrade;
        ''      close;
    }
"""


GUIDE_PROXY = """# the proxy settings of the deployment guide's example
proxy_http_version 1.1;
proxy_buffering off;
proxy_set_header Host $http_host;
proxy_set_header Upgrade $http_upgrade;
proxy_set_header Connection $proxy_connection;
proxy_set_header X-Real-IP $remote_addr;
proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
proxy_set_header X-Forwarded-Proto $proxy_x_forwarded_proto;
proxy_set_header X-Forwarded-Host $proxy_x_forwarded_host;
proxy_set_header X-Forwarded-Port $proxy_x_forwarded_port;
"""


def _good_server(port: int, crt: Path, key: Path, upstream: str, variant: str) -> str:
    return f"""
    # {variant}: the guide's reference server block
    server {{
        listen {LOOPBACK}:{port} ssl;
        server_name {HOSTNAME};
        ssl_certificate {crt};
        ssl_certificate_key {key};
        client_max_body_size 0;
        keepalive_timeout 10;

{textwrap.indent(GUIDE_PROXY, " " * 8)}
        add_header Strict-Transport-Security "{HSTS_VALUE}" always;

        location / {{
            proxy_pass {upstream};
        }}
    }}
"""


def _bad_server(listen: str, tls: tuple[Path, Path] | None, upstream: str, variant: str) -> str:
    tls_lines = ""
    if tls is not None:
        tls_lines = f"""
        ssl_certificate {tls[0]};
        ssl_certificate_key {tls[1]};"""
    return f"""
    # {variant}: proxy defaults, no websocket headers, no X-Forwarded-Proto, no HSTS, 1 MB limit
    server {{
        listen {listen};
        server_name {HOSTNAME};{tls_lines}
        client_max_body_size {BAD_MAX_BODY};
        proxy_set_header Host $http_host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;

        location / {{
            proxy_pass {upstream};
        }}
    }}
"""


def _conf(
    prefix: Path,
    ports: dict[str, int],
    tls: dict[str, tuple[Path, Path]],
    upstream: str,
) -> str:
    tmp = prefix / "tmp"
    user = "user root;\n" if os.geteuid() == 0 else ""
    servers = [
        _good_server(ports["good"], *tls["good"], upstream, "good"),
        f"""
    # good (plain http): redirect to https
    server {{
        listen {LOOPBACK}:{ports["good_http"]};
        server_name {HOSTNAME};
        return 301 https://$host:{ports["good"]}$request_uri;
    }}
""",
        _bad_server(f"{LOOPBACK}:{ports['bad']} ssl", tls["good"], upstream, "bad"),
        _bad_server(f"{LOOPBACK}:{ports['bad_http']}", None, upstream, "bad (plain http)"),
        _good_server(ports["selfsigned"], *tls["selfsigned"], upstream, "selfsigned"),
        _good_server(ports["wronghost"], *tls["wronghost"], upstream, "wronghost"),
        _good_server(ports["expired"], *tls["expired"], upstream, "expired"),
    ]
    return f"""# wbdiag test nginx (generated by tests/servers/nginx.py)
{user}worker_processes 1;

events {{
    worker_connections 256;
}}

http {{
    access_log {prefix / "access.log"};
    default_type application/octet-stream;
    client_body_temp_path {tmp / "client_body"};
    proxy_temp_path {tmp / "proxy"};
    fastcgi_temp_path {tmp / "fastcgi"};
    uwsgi_temp_path {tmp / "uwsgi"};
    scgi_temp_path {tmp / "scgi"};
{GUIDE_MAPS}{"".join(servers)}}}
"""


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
    ports = {name: free_port() for name in names}
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


def websocket_handshake(
    url: str, context: ssl.SSLContext | None, path: str = "/ws", timeout: float = 10.0
) -> tuple[int, dict[str, str]]:
    """Send a websocket upgrade request to `url` + `path`; return (status, lower-cased headers).

    A small client for tests (no websocket library needed): it only reads the response head.
    """
    parts = urlsplit(url)
    host = parts.hostname or HOSTNAME
    port = parts.port or (443 if parts.scheme == "https" else 80)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection((host, port), timeout=timeout) as raw:
        conn: socket.socket = raw
        if parts.scheme == "https":
            ctx = context or ssl.create_default_context()
            conn = ctx.wrap_socket(raw, server_hostname=host)
        with conn:
            conn.sendall(request.encode())
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                head += chunk
    lines = head.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if status == 101:
        expected = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        if headers.get("sec-websocket-accept") != expected.decode():
            raise AssertionError(f"bad Sec-WebSocket-Accept: {headers}")
    return status, headers
