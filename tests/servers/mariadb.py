"""Two real MariaDB servers for the MySQL collector's tests: one configured as the W&B deployment
guide asks, one configured the way W&B deployments go wrong.

Fixtures (session scope, each backed by its own `mariadbd` in its own temporary directory):

- `mariadb_good` -- started with the guide's settings as start flags: `binlog_format=ROW`
  (binary log on), `sync_binlog=1`, `innodb_flush_log_at_trx_commit=1`,
  `binlog_row_image=MINIMAL`, `sort_buffer_size=67108864`,
  `innodb_online_alter_log_max_size=268435456`. Database `wandb_local` in
  `utf8mb4`/`utf8mb4_general_ci`; user `wandb_local`@`%` with `ALL ON wandb_local.*
  WITH GRANT OPTION`.
- `mariadb_bad` -- `binlog_format=STATEMENT`, `sync_binlog=0`, `innodb_flush_log_at_trx_commit=2`,
  `binlog_row_image=FULL`, MariaDB's default `sort_buffer_size` (2097152: MariaDB's default,
  not MySQL's 262144) and default `innodb_online_alter_log_max_size` (134217728). Database
  `wandb_local` in `latin1`; user `wandb_local`@`%` with only `SELECT ON wandb_local.*`.

Both have the same two tables with rows (`runs`, `artifacts`), the binary log on, and a root
password on the only two root accounts (root@localhost for the private socket, root@127.0.0.1
for TCP). Grants are enforced (no skip-grant-tables). `set_global` flips a variable as root;
the servers are shared by the session, so a test that flips one must restore it.

Found on Debian 12's MariaDB 10.11: every variable of the guide exists and accepts the guide's
value (including `innodb_online_alter_log_max_size` and `binlog_row_image`). What MariaDB lacks
is MySQL 8 itself: `@@version` is `10.11.x-MariaDB-...`, and `max_prepared_stmt_count` defaults
to 16382 (the newer W&B docs ask for 1048576; neither server sets it).

The one user is `wandb_local`@`%` only: with `--skip-name-resolve` and no anonymous users, a TCP
login from 127.0.0.1 matches `%`, so `SHOW GRANTS` shows exactly what the guide prescribes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pymysql
import pytest

from tests.servers.common import (
    LOOPBACK,
    free_port,
    require_binary,
    spawn,
    stop_pid,
    wait_until,
)

DATABASE = "wandb_local"
USER = "wandb_local"
STARTUP_TIMEOUT = 30.0

# The deployment guide's MySQL settings (Part 1 of the reference), as mariadbd start flags.
GOOD_FLAGS: tuple[str, ...] = (
    "--binlog-format=ROW",
    "--sync-binlog=1",
    "--innodb-flush-log-at-trx-commit=1",
    "--binlog-row-image=MINIMAL",
    "--sort-buffer-size=67108864",
    "--innodb-online-alter-log-max-size=268435456",
)
BAD_FLAGS: tuple[str, ...] = (
    "--binlog-format=STATEMENT",
    "--sync-binlog=0",
    "--innodb-flush-log-at-trx-commit=2",
    "--binlog-row-image=FULL",
)
GOOD_GLOBALS: Mapping[str, str] = MappingProxyType(
    {
        "binlog_format": "ROW",
        "sync_binlog": "1",
        "innodb_flush_log_at_trx_commit": "1",
        "binlog_row_image": "MINIMAL",
        "sort_buffer_size": "67108864",
        "innodb_online_alter_log_max_size": "268435456",
    }
)
BAD_GLOBALS: Mapping[str, str] = MappingProxyType(
    {
        "binlog_format": "STATEMENT",
        "sync_binlog": "0",
        "innodb_flush_log_at_trx_commit": "2",
        "binlog_row_image": "FULL",
        "sort_buffer_size": "2097152",
        "innodb_online_alter_log_max_size": "134217728",
    }
)

_TABLES_SQL: tuple[str, ...] = (
    "CREATE TABLE runs (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(128) NOT NULL,"
    " state VARCHAR(32) NOT NULL, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    " ENGINE=InnoDB",
    "INSERT INTO runs (name, state) VALUES ('dazzling-sun-1', 'finished'),"
    " ('misty-river-2', 'crashed'), ('brave-owl-3', 'running')",
    "CREATE TABLE artifacts (id INT PRIMARY KEY AUTO_INCREMENT, run_id INT NOT NULL,"
    " name VARCHAR(128) NOT NULL, size_bytes BIGINT NOT NULL) ENGINE=InnoDB",
    "INSERT INTO artifacts (run_id, name, size_bytes) VALUES (1, 'model.pt', 104857600),"
    " (1, 'dataset.parquet', 5242880)",
)


@dataclass(frozen=True)
class MariaDBServer:
    """A running MariaDB server. `password` and `root_password` are distinctive, grep-able."""

    variant: str  # "good" or "bad"
    host: str
    port: int
    user: str
    password: str
    database: str
    root_user: str
    root_password: str
    pid: int
    socket_path: Path
    datadir: Path
    error_log: Path
    expected_globals: Mapping[str, str]  # the variables this variant was started with

    @property
    def dsn(self) -> str:
        """The W&B `MYSQL` setting: mysql://USER:PASSWORD@HOST:PORT/DATABASE."""
        return f"mysql://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}"

    def connect(self, *, root: bool = False, **kwargs: Any) -> pymysql.connections.Connection[Any]:
        """A pymysql connection over TCP, as the W&B user (default) or as root."""
        user, password = (
            (self.root_user, self.root_password) if root else (self.user, self.password)
        )
        kwargs.setdefault("database", None if root else self.database)
        return pymysql.connect(
            host=self.host,
            port=self.port,
            user=user,
            password=password,
            connect_timeout=5,
            autocommit=True,
            **kwargs,
        )

    def query(self, sql: str, *, root: bool = False) -> list[tuple[Any, ...]]:
        with self.connect(root=root) as conn, conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    def global_variable(self, name: str) -> str | None:
        rows = self.query(f"SHOW GLOBAL VARIABLES LIKE '{_identifier(name)}'", root=True)
        return str(rows[0][1]) if rows else None

    def set_global(self, name: str, value: str | int) -> str | None:
        """`SET GLOBAL name = value` as root; returns the previous value so a test can restore
        it (the servers are shared by the whole session)."""
        previous = self.global_variable(name)
        with self.connect(root=True) as conn, conn.cursor() as cur:
            if isinstance(value, int):
                cur.execute(f"SET GLOBAL {_identifier(name)} = {value}")
            else:
                cur.execute(f"SET GLOBAL {_identifier(name)} = %s", (value,))
        return previous


def _identifier(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a variable name: {name!r}")
    return name


def _mariadbd() -> str:
    return require_binary("mariadbd", "/usr/sbin/mariadbd", "mysqld", "/usr/sbin/mysqld")


def _install_db() -> str:
    return require_binary("mariadb-install-db", "/usr/bin/mariadb-install-db", "mysql_install_db")


def _as_root() -> bool:
    return os.geteuid() == 0


def _start(variant: str, base: Path) -> Iterator[MariaDBServer]:
    mariadbd = _mariadbd()
    install_db = _install_db()
    datadir = base / "data"
    tmpdir = base / "tmp"
    tmpdir.mkdir(parents=True)
    sock = base / "mysqld.sock"
    error_log = base / "error.log"
    # InnoDB sizing shared by install and start: small and fast.
    innodb = ["--innodb-buffer-pool-size=16M", "--innodb-log-file-size=8M"]
    user_flag = ["--user=root"] if _as_root() else []
    install = subprocess.run(
        [
            install_db,
            "--no-defaults",
            f"--datadir={datadir}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            "--skip-name-resolve",
            *user_flag,
            *innodb,
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if install.returncode != 0:
        raise RuntimeError(f"mariadb-install-db failed:\n{install.stdout}\n{install.stderr}")

    port = free_port()
    flags = GOOD_FLAGS if variant == "good" else BAD_FLAGS
    cmd = [
        mariadbd,
        "--no-defaults",
        f"--datadir={datadir}",
        f"--tmpdir={tmpdir}",
        f"--socket={sock}",
        f"--port={port}",
        f"--bind-address={LOOPBACK}",
        f"--pid-file={base / 'mysqld.pid'}",
        f"--log-error={error_log}",
        "--skip-name-resolve",
        "--log-bin=mysql-bin",
        "--server-id=1",
        "--open-files-limit=1024",
        "--max-connections=64",
        *innodb,
        *user_flag,
        *flags,
    ]
    proc = spawn(cmd, base)
    try:

        def socket_login() -> bool:
            pymysql.connect(unix_socket=str(sock), user="root", connect_timeout=1).close()
            return True

        wait_until(socket_login, STARTUP_TIMEOUT, f"mariadb ({variant})", proc, error_log)
        root_password = f"R00t-Maria-{secrets.token_hex(8)}"
        password = f"S3cr3t-Maria-{secrets.token_hex(8)}"
        _provision(sock, variant, root_password, password)
        server = MariaDBServer(
            variant=variant,
            host=LOOPBACK,
            port=port,
            user=USER,
            password=password,
            database=DATABASE,
            root_user="root",
            root_password=root_password,
            pid=proc.pid,
            socket_path=sock,
            datadir=datadir,
            error_log=error_log,
            expected_globals=GOOD_GLOBALS if variant == "good" else BAD_GLOBALS,
        )
        # Readiness as the tests will see it: TCP login as the W&B user.
        wait_until(lambda: bool(server.query("SELECT 1")), 10, f"mariadb ({variant}) TCP login")
        yield server
    finally:
        stop_pid(proc.pid)
        with contextlib.suppress(Exception):
            proc.wait(timeout=5)


def _provision(sock: Path, variant: str, root_password: str, password: str) -> None:
    if variant == "good":
        charset = "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
        grant = f"GRANT ALL ON {DATABASE}.* TO '{USER}'@'%' WITH GRANT OPTION"
    else:
        charset = "CHARACTER SET latin1"
        grant = f"GRANT SELECT ON {DATABASE}.* TO '{USER}'@'%'"
    conn = pymysql.connect(unix_socket=str(sock), user="root", autocommit=True)
    with conn, conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE {DATABASE} {charset}")
        # '%%' because pymysql formats the query with the password argument.
        cur.execute(f"CREATE USER '{USER}'@'%%' IDENTIFIED BY %s", (password,))
        cur.execute(grant)
        cur.execute(f"USE {DATABASE}")
        for sql in _TABLES_SQL:
            cur.execute(sql)
        # Root over TCP (root@127.0.0.1 comes from mariadb-install-db) and over the socket.
        cur.execute("SELECT host FROM mysql.user WHERE user = 'root'")
        hosts = [str(row[0]) for row in cur.fetchall()]
        if LOOPBACK not in hosts:
            cur.execute(f"CREATE USER 'root'@'{LOOPBACK}'")
            cur.execute(f"GRANT ALL ON *.* TO 'root'@'{LOOPBACK}' WITH GRANT OPTION")
        for host in ("localhost", LOOPBACK):
            cur.execute(f"ALTER USER 'root'@'{host}' IDENTIFIED BY %s", (root_password,))
        for host in hosts:  # root@::1 and root@<hostname>: unused, and without a password
            if host not in ("localhost", LOOPBACK):
                cur.execute("DROP USER 'root'@%s", (host,))
        cur.execute("FLUSH PRIVILEGES")


@pytest.fixture(scope="session")
def mariadb_good(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MariaDBServer]:
    """MariaDB configured as the deployment guide asks (see the module docstring)."""
    yield from _start("good", tmp_path_factory.mktemp("mariadb-good"))


@pytest.fixture(scope="session")
def mariadb_bad(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MariaDBServer]:
    """MariaDB configured the wrong way (see the module docstring)."""
    yield from _start("bad", tmp_path_factory.mktemp("mariadb-bad"))
