"""Where the MySQL collector connects and what a failed connection says: the target from W&B's
settings (the MYSQL DSN, or MYSQL_HOST/PORT/USER/PASSWORD/DATABASE: `resolve_target`), and the
driver's error read as a number (`driver_errno`), its text (`error_text`) and a kind
(`classify`: the `error_kind` of mysql/connection.json, which the rule `mysql.unreachable`
reads)."""

from __future__ import annotations

import errno as errno_codes
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from wbdiag.collect.base import SourceSkipped
from wbdiag.errors import CollectError
from wbdiag.settings import WandbSettings, parse_mysql_dsn

DEFAULT_PORT = 3306
DEFAULT_DATABASE = "wandb_local"
DEFAULT_USER = "wandb_local"

# Server error numbers (MySQL and MariaDB share them) and client error numbers (CR_*).
ER_DBACCESS_DENIED = 1044
ER_ACCESS_DENIED = 1045
ER_BAD_DB = 1049
ER_ACCESS_DENIED_NO_PASSWORD = 1698  # auth_socket / unix_socket users over TCP
ER_SECURE_TRANSPORT_REQUIRED = 3159  # require_secure_transport=ON and no TLS
CR_CONN_HOST_ERROR = 2003
CR_SERVER_LOST = 2013
CR_SSL_CONNECTION_ERROR = 2026

ACCESS_DENIED = frozenset({ER_DBACCESS_DENIED, ER_ACCESS_DENIED, ER_ACCESS_DENIED_NO_PASSWORD})


# -- where to connect ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    database: str
    tls_mode: str  # off | verify | skip-verify | preferred
    source: str  # the setting it came from: MYSQL or MYSQL_HOST

    @property
    def tls(self) -> bool:
        return self.tls_mode != "off"


def _tls_mode(dsn: str) -> str:
    """W&B's DSN takes go-sql-driver's `tls` values: true (verify), skip-verify, preferred."""
    parts = urlsplit(dsn)
    value = (parse_qs(parts.query).get("tls", [""])[0] or "").lower()
    if parts.scheme == "mysql+tls" or value in ("true", "1"):
        return "verify"
    if value in ("skip-verify", "preferred"):
        return value
    return "off"


def resolve_target(settings: WandbSettings) -> Target:
    """From MYSQL, else from MYSQL_HOST and its companions. SourceSkipped when neither is set;
    CollectError for a value that cannot be parsed (its text never carries the password)."""
    dsn = settings.get("MYSQL")
    if dsn:
        parsed = parse_mysql_dsn(dsn)
        return Target(
            parsed.host,
            parsed.port,
            parsed.user,
            parsed.password,
            parsed.database,
            _tls_mode(dsn),
            "MYSQL",
        )
    host = settings.get("MYSQL_HOST")
    if not host:
        raise SourceSkipped("no MYSQL or MYSQL_HOST setting")
    port_text = settings.get("MYSQL_PORT")
    if port_text is None and host.count(":") == 1:  # MYSQL_HOST=db:3306
        host, port_text = host.split(":")
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
        if not 0 < port < 65536:
            raise ValueError
    except ValueError:
        raise CollectError(f"MYSQL_PORT is not a port number: {port_text!r:.20}") from None
    return Target(
        host=host,
        port=port,
        user=settings.get("MYSQL_USER") or DEFAULT_USER,
        password=settings.get("MYSQL_PASSWORD") or "",
        database=settings.get("MYSQL_DATABASE") or DEFAULT_DATABASE,
        tls_mode="off",
        source="MYSQL_HOST",
    )


# -- connection failures ---------------------------------------------------------------------
def _causes(exc: BaseException) -> Iterable[BaseException]:
    """The exception and what it wraps (pymysql keeps the socket error in `original_exception`;
    a read timeout during the handshake is the implicit context of its 2013)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "original_exception", None), e.__cause__, e.__context__]


# pymysql is imported where it is used: a collect without the MySQL probe does not load it.
def driver_errno(exc: BaseException) -> int | None:
    import pymysql

    if isinstance(exc, pymysql.err.MySQLError) and exc.args and isinstance(exc.args[0], int):
        return exc.args[0]
    return None


def classify(exc: BaseException) -> str:
    """access_denied | unknown_database | refused | timeout | dns | tls | other."""
    code = driver_errno(exc)
    if code in ACCESS_DENIED:
        return "access_denied"
    if code == ER_BAD_DB:
        return "unknown_database"
    if code in (CR_SSL_CONNECTION_ERROR, ER_SECURE_TRANSPORT_REQUIRED):
        return "tls"
    for e in _causes(exc):
        if isinstance(e, (ssl.SSLError, ssl.CertificateError)):
            return "tls"
        if isinstance(e, socket.gaierror):
            return "dns"
        if isinstance(e, ConnectionRefusedError) or (
            isinstance(e, OSError) and e.errno == errno_codes.ECONNREFUSED
        ):
            return "refused"
        if isinstance(e, TimeoutError):
            return "timeout"
    if code == CR_SERVER_LOST and "timed out" in str(exc):
        return "timeout"
    return "other"


def error_text(exc: BaseException) -> str:
    """The driver's error as it printed it: `(1045, "Access denied for user ...")`."""
    import pymysql

    if isinstance(exc, pymysql.err.MySQLError) and exc.args:
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
