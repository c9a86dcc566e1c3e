"""The MySQL collector's failure modes that need no MariaDB server, each a real failing connection
(connection.json, the manifest and the rules): refused, a server that never answers, a DNS
failure, an invalid setting, TLS verification against a stub that speaks MySQL's greeting and then
TLS; and, as units, how the target is resolved from the settings, a wrapped socket error
classified and the server's flavour read."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
import trustme

from tests.collect.mysql_support import (
    failed_connection,
    settings_of,
)
from tests.servers.common import LOOPBACK, free_port
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.collect.base import CollectOptions, SourceSkipped
from wbdiag.collect.sources.mysql import MysqlCollector, flavor_of
from wbdiag.collect.sources.mysql_connect import classify, resolve_target
from wbdiag.errors import CollectError


def test_refused(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    conn = failed_connection(
        tmp_path,
        {"MYSQL": f"mysql://wandb_local:Some-Pass-123@{LOOPBACK}:{port}/wandb_local"},
        CollectorStatus.FAILED,
        "refused",
    )
    assert conn["errno"] == 2003
    assert "Connection refused" in conn["error"]


def test_timeout_on_a_server_that_never_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MysqlCollector, "read_timeout", 1.0)
    with socket.socket() as silent:  # accepts connections (the kernel does), never speaks
        silent.bind((LOOPBACK, 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        conn = failed_connection(
            tmp_path,
            {"MYSQL": f"mysql://wandb_local:Some-Pass-123@{LOOPBACK}:{port}/wandb_local"},
            CollectorStatus.FAILED,
            "timeout",
        )
    assert conn["errno"] == 2013
    assert "timed out" in conn["error"]


def test_dns_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver's answer for a name that does not exist (no lookup leaves this machine)."""
    real = socket.getaddrinfo
    name = "mysql.wbdiag-test.invalid"

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == name:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    conn = failed_connection(
        tmp_path,
        {"MYSQL": f"mysql://wandb_local:Some-Pass-123@{name}:3306/wandb_local"},
        CollectorStatus.FAILED,
        "dns",
    )
    assert conn["errno"] == 2003
    assert "Name or service not known" in conn["error"]


def test_invalid_setting(tmp_path: Path) -> None:
    conn = failed_connection(
        tmp_path,
        {"MYSQL": "wandb_local:Some-Pass-123@tcp(db:3306)/wandb_local"},
        CollectorStatus.FAILED,
        "invalid_setting",
    )
    assert conn["error"] == "MYSQL is not a mysql:// URL"


# -- TLS verification, against a stub that speaks MySQL's greeting and then TLS --------------------
class TlsGreeter:
    """Sends a MySQL 8 handshake offering TLS, answers the client's SSL request with a TLS
    handshake (certificate from `cert`), then refuses the login with error 1045. Loopback only."""

    def __init__(self, cert: trustme.LeafCert) -> None:
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.ctx)
        self.sock = socket.socket()
        self.sock.bind((LOOPBACK, 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.handshakes: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @staticmethod
    def _packet(seq: int, payload: bytes) -> bytes:
        return struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload

    def _greeting(self) -> bytes:
        caps = 0x1 | 0x8 | 0x200 | 0x800 | 0x2000 | 0x8000 | 0x80000  # ... SSL, PLUGIN_AUTH
        return (
            b"\x0a"
            + b"8.0.36\x00"
            + struct.pack("<I", 7)
            + b"abcdefgh\x00"
            + struct.pack("<H", caps & 0xFFFF)
            + b"\xff"
            + struct.pack("<H", 2)
            + struct.pack("<H", caps >> 16)
            + b"\x15"
            + b"\x00" * 10
            + b"ijklmnopqrst\x00"
            + b"mysql_native_password\x00"
        )

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    conn.sendall(self._packet(0, self._greeting()))
                    conn.recv(4 + 32)  # the SSL request
                    tls = self.ctx.wrap_socket(conn, server_side=True)
                    self.handshakes.append("ok")
                    tls.recv(4096)  # the login
                    error = (
                        b"\xff"
                        + struct.pack("<H", 1045)
                        + b"#28000"
                        + (
                            b"Access denied for user 'wandb_local'@'127.0.0.1' (using password: YES)"
                        )
                    )
                    tls.sendall(self._packet(3, error))  # greeting 0, SSL request 1, login 2
                    tls.close()
                except (OSError, ssl.SSLError) as exc:
                    self.handshakes.append(f"failed: {exc}")

    def close(self) -> None:
        # close() alone leaves accept() blocked in the serving thread; shutdown() wakes it
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def tls_greeter(tmp_path: Path) -> Iterator[tuple[TlsGreeter, Path]]:
    ca = trustme.CA()
    greeter = TlsGreeter(ca.issue_cert(LOOPBACK))
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    try:
        yield greeter, ca_file
    finally:
        greeter.close()


def test_tls_untrusted_certificate(tls_greeter: tuple[TlsGreeter, Path], tmp_path: Path) -> None:
    greeter, _ = tls_greeter
    dsn = f"mysql://wandb_local:Some-Pass-123@{LOOPBACK}:{greeter.port}/wandb_local?tls=true"
    conn = failed_connection(tmp_path, {"MYSQL": dsn}, CollectorStatus.FAILED, "tls")
    assert "CERTIFICATE_VERIFY_FAILED" in conn["error"]


def test_tls_trusted_through_ca_bundle(
    tls_greeter: tuple[TlsGreeter, Path], tmp_path: Path
) -> None:
    """With --ca-bundle the certificate verifies; the stub then refuses the login."""
    greeter, ca_file = tls_greeter
    dsn = f"mysql://wandb_local:Some-Pass-123@{LOOPBACK}:{greeter.port}/wandb_local?tls=true"
    conn = failed_connection(
        tmp_path,
        {"MYSQL": dsn},
        CollectorStatus.FORBIDDEN,
        "access_denied",
        CollectOptions(timeout=60, ca_bundle=ca_file),
    )
    assert conn["errno"] == 1045
    assert greeter.handshakes == ["ok"]


def test_tls_skip_verify(tls_greeter: tuple[TlsGreeter, Path], tmp_path: Path) -> None:
    greeter, _ = tls_greeter
    dsn = f"mysql://wandb_local:Some-Pass-123@{LOOPBACK}:{greeter.port}/wandb_local?tls=skip-verify"
    conn = failed_connection(tmp_path, {"MYSQL": dsn}, CollectorStatus.FORBIDDEN, "access_denied")
    assert conn["tls_mode"] == "skip-verify"
    assert greeter.handshakes == ["ok"]


# -- unit: settings, classification, flavour -------------------------------------------------------
def test_resolve_target_forms() -> None:
    t = resolve_target(settings_of({"MYSQL": "mysql://u:p%40ss@db.example:3307/wb?tls=true"}))
    assert (t.host, t.port, t.user, t.password, t.database, t.tls_mode, t.source) == (
        "db.example",
        3307,
        "u",
        "p@ss",
        "wb",
        "verify",
        "MYSQL",
    )
    assert "p@ss" not in repr(t)
    assert resolve_target(settings_of({"MYSQL": "mysql://u:p@db/wb?tls=skip-verify"})).tls_mode == (
        "skip-verify"
    )
    assert resolve_target(settings_of({"MYSQL": "mysql://u:p@db/wb"})).tls_mode == "off"
    t = resolve_target(settings_of({"MYSQL_HOST": "db:3310", "MYSQL_PASSWORD": "pw"}))
    assert (t.host, t.port, t.user, t.database, t.source) == (
        "db",
        3310,
        "wandb_local",
        "wandb_local",
        "MYSQL_HOST",
    )
    with pytest.raises(CollectError):
        resolve_target(settings_of({"MYSQL_HOST": "db", "MYSQL_PORT": "x"}))
    with pytest.raises(SourceSkipped):
        resolve_target(settings_of({"HOST": "https://w"}))


def test_classify_wrapped_socket_errors() -> None:
    def wrapped(inner: BaseException) -> pymysql.err.OperationalError:
        exc = pymysql.err.OperationalError(2003, f"Can't connect to MySQL server on 'db' ({inner})")
        exc.original_exception = inner
        return exc

    assert classify(wrapped(ConnectionRefusedError(111, "Connection refused"))) == "refused"
    assert classify(wrapped(TimeoutError("timed out"))) == "timeout"
    assert classify(wrapped(socket.gaierror(-2, "Name or service not known"))) == "dns"
    assert classify(wrapped(ssl.SSLCertVerificationError(1, "certificate verify failed"))) == "tls"
    assert classify(wrapped(OSError(113, "No route to host"))) == "other"
    assert classify(pymysql.err.OperationalError(1045, "Access denied")) == "access_denied"
    assert classify(pymysql.err.OperationalError(1044, "Access denied")) == "access_denied"
    assert classify(pymysql.err.OperationalError(1049, "Unknown database")) == "unknown_database"
    assert classify(pymysql.err.OperationalError(3159, "insecure transport")) == "tls"
    assert classify(pymysql.err.OperationalError(1040, "Too many connections")) == "other"


@pytest.mark.parametrize(
    ("version", "comment", "variables", "flavor"),
    [
        ("8.0.36", "MySQL Community Server - GPL", {}, "mysql"),
        ("10.11.6-MariaDB-0+deb12u1-log", "Debian 12", {}, "mariadb"),
        ("11.4.2-MariaDB", "mariadb.org binary distribution", {}, "mariadb"),
        ("8.0.36-28", "Percona Server (GPL), Release 28, Revision 47601f19", {}, "percona"),
        ("8.0.28", "Source distribution", {"aurora_version": "3.05.2"}, "aurora"),
        ("5.7.44-log", "MySQL Community Server (GPL)", {}, "mysql"),
    ],
)
def test_flavor(version: str, comment: str, variables: dict[str, str | None], flavor: str) -> None:
    assert flavor_of(version, comment, variables) == flavor
