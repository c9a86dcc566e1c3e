"""The files the test nginx (tests/servers/nginx.py) reads: its certificates (from a `trustme` CA,
or self-signed) and its nginx.conf with one server block per variant, the good ones carrying the
deployment guide's proxy settings."""

from __future__ import annotations

import datetime
import ipaddress
import os
import textwrap
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.servers.common import LOOPBACK

HOSTNAME = "localhost"
WRONG_HOSTNAME = "wrong.example.test"
HSTS_VALUE = "max-age=31536000; includeSubDomains"
BAD_MAX_BODY = "1m"


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
