"""The MySQL collector against real MariaDB servers (tests/servers/mariadb.py), the rules on what it
collects, its failure modes (each a real failing connection), and the MySQL 8 variable sets in
tests/collect/data/ fed through the rules (no MySQL 8 server runs here).

tests/collect/data/mysql8_variables_{good,bad}.json: the `SHOW GLOBAL VARIABLES` of a MySQL 8.0.36
server as the official image runs it (628 variables, MySQL 8.0.36's names and default values,
written out for these tests, not captured from a server on this machine). `good` carries the
deployment guide's six settings; `bad` keeps the defaults that miss the guide (binlog_row_image FULL,
innodb_online_alter_log_max_size 128 MiB, sort_buffer_size 256 KiB) and a "performance" parameter
group (binlog_format MIXED, sync_binlog 0, innodb_flush_log_at_trx_commit 2).
"""

from __future__ import annotations

import io
import json
import socket
import ssl
import struct
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pymysql
import pytest
import trustme
from click.testing import CliRunner

from tests.servers.common import LOOPBACK, free_port
from tests.servers.mariadb import MariaDBServer
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource
from wbdiag.bundle.writer import BundleWriter
from wbdiag.cli import main
from wbdiag.collect import registry
from wbdiag.collect.base import CollectOptions, SourceSkipped
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import mysql as mysql_source
from wbdiag.collect.sources.mysql import MysqlCollector, classify, flavor_of, resolve_target
from wbdiag.collect.sources.mysql_grants import (
    db_pattern_matches,
    derive_grants,
    is_role_grant,
    parse_grant,
    strip_hashes,
)
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.errors import CollectError
from wbdiag.redact import Redactor
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.model import Finding, Status
from wbdiag.settings import WandbSettings

DATA = Path(__file__).parent / "data"
VARIABLE_RULES = (
    "mysql.binlog_format",
    "mysql.binlog_row_image",
    "mysql.sync_binlog",
    "mysql.innodb_flush_log_at_trx_commit",
    "mysql.innodb_online_alter_log_max_size",
    "mysql.sort_buffer_size",
)
MYSQL_RULES = (*VARIABLE_RULES, "mysql.version", "mysql.database_charset", "mysql.user_grants")
MYSQL_FILES = {
    "mysql/connection.json",
    "mysql/version.json",
    "mysql/variables.json",
    "mysql/databases.json",
    "mysql/grants.json",
    "mysql/tables.json",
}


# -- helpers -------------------------------------------------------------------------------------
def settings_of(values: dict[str, str]) -> WandbSettings:
    settings = WandbSettings()
    settings.merge(values, "flags", override=True)
    return settings


def collect(
    tmp_path: Path, values: dict[str, str], options: CollectOptions | None = None
) -> tuple[Path, Manifest]:
    output = tmp_path / "bundle.tgz"
    result = Runner(
        options or CollectOptions(timeout=90),
        settings_of(values),
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[MysqlCollector, SettingsCollector],
    ).run()
    return output, result.manifest


def members(bundle: Path) -> dict[str, bytes]:
    with tarfile.open(bundle) as tar:
        return {
            m.name.split("/", 1)[1]: tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile()
        }


def documents(bundle: Path) -> dict[str, Any]:
    return {p: json.loads(b) for p, b in members(bundle).items() if p.startswith("mysql/")}


def findings(bundle: Path) -> dict[str, Finding]:
    analysis = analyze(BundleSource.open(bundle), load_pack())
    return {f.rule.id: f for f in analysis.findings}


def evidence_text(finding: Finding) -> str:
    return " | ".join(e.text for e in finding.evidence)


def mysql_record(manifest: Manifest) -> CollectorRecord:
    rec = manifest.collector("mysql")
    assert rec is not None
    return rec


def assert_nowhere(bundle: Path, *secrets: str) -> None:
    """Neither the secret nor its percent-encoded forms in any member (manifest included)."""
    blob = b"\n".join(members(bundle).values()) + bundle.read_bytes()
    for secret in secrets:
        for form in {secret, quote(secret, safe=""), quote(secret, safe="/"), quote(secret)}:
            assert form.encode() not in blob, f"a form of a secret leaked: {form[:3]}…"


# -- the good and the bad server -------------------------------------------------------------------
@pytest.mark.servers
def test_good_server_documents_and_no_finding_but_version(
    mariadb_good: MariaDBServer, tmp_path: Path
) -> None:
    db = mariadb_good
    bundle, manifest = collect(tmp_path, {"MYSQL": db.dsn})
    rec = mysql_record(manifest)
    assert rec.status is CollectorStatus.OK, (rec.error, rec.notes)
    docs = documents(bundle)
    assert set(docs) == MYSQL_FILES

    conn = docs["mysql/connection.json"]
    assert conn["ok"] is True and conn["error"] is None and conn["error_kind"] is None
    assert (conn["host"], conn["port"], conn["user"], conn["database"]) == (
        db.host,
        db.port,
        db.user,
        db.database,
    )
    assert conn["tls"] is False and conn["source"] == "MYSQL"

    version = docs["mysql/version.json"]
    assert version["flavor"] == "mariadb"
    assert "MariaDB" in version["version"]

    variables = docs["mysql/variables.json"]
    assert len(variables) > 300
    for name, value in db.expected_globals.items():
        assert variables[name] == value, name
    assert variables["log_bin"] == "ON"

    databases = docs["mysql/databases.json"]
    wandb = {"name": "wandb_local", "charset": "utf8mb4", "collation": "utf8mb4_general_ci"}
    assert databases["wandb"] == wandb
    assert wandb in databases["all"]

    grants = docs["mysql/grants.json"]
    assert (grants["user"], grants["host"]) == ("wandb_local", "%")
    assert grants["all_privileges_on_database"] is True
    assert grants["grant_option"] is True
    assert grants["missing_privileges"] == []
    assert any(
        g == "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%` WITH GRANT OPTION"
        for g in grants["grants"]
    ), grants["grants"]
    # MariaDB shows the password hash in the USAGE grant: replaced by a placeholder
    assert any("IDENTIFIED BY PASSWORD '[REDACTED:password_hash:" in g for g in grants["grants"])

    tables = docs["mysql/tables.json"]
    assert tables["count"] == 2
    assert tables["bytes"] == sum(t["bytes"] for t in tables["largest"]) > 0
    assert {t["name"] for t in tables["largest"]} == {"runs", "artifacts"}
    sizes = [t["bytes"] for t in tables["largest"]]
    assert sizes == sorted(sizes, reverse=True)

    found = findings(bundle)
    for rule in (*VARIABLE_RULES, "mysql.database_charset", "mysql.user_grants"):
        assert found[rule].status is Status.PASS, (rule, found[rule].message, found[rule].reason)
    assert found["mysql.unreachable"].status is Status.PASS
    # MariaDB is not MySQL 8: flagged even on the server configured as the guide asks
    assert found["mysql.version"].fired
    assert "MariaDB" in found["mysql.version"].message


@pytest.mark.servers
def test_bad_server_every_rule_fires_with_evidence(
    mariadb_bad: MariaDBServer, tmp_path: Path
) -> None:
    bundle, manifest = collect(tmp_path, {"MYSQL": mariadb_bad.dsn})
    rec = mysql_record(manifest)
    assert rec.status is CollectorStatus.OK, (rec.error, rec.notes)
    assert set(documents(bundle)) == MYSQL_FILES
    found = findings(bundle)
    fired = {rule for rule in MYSQL_RULES if found[rule].fired}
    assert fired == set(MYSQL_RULES), {r: found[r].reason for r in MYSQL_RULES}
    assert found["mysql.unreachable"].status is Status.PASS

    expected = {  # the value each rule must name, in its message and its evidence
        "mysql.binlog_format": "binlog_format = STATEMENT",
        "mysql.binlog_row_image": "binlog_row_image = FULL",
        "mysql.sync_binlog": "sync_binlog = 0",
        "mysql.innodb_flush_log_at_trx_commit": "innodb_flush_log_at_trx_commit = 2",
        "mysql.innodb_online_alter_log_max_size": "innodb_online_alter_log_max_size = 134217728",
        "mysql.sort_buffer_size": "sort_buffer_size = 2097152",
        "mysql.database_charset": "charset = latin1",
        "mysql.user_grants": "all_privileges_on_database = false",
        "mysql.version": "flavor = mariadb",
    }
    for rule, text in expected.items():
        assert text in evidence_text(found[rule]), (rule, evidence_text(found[rule]))
        assert text.split(" = ")[1] in found[rule].message, (rule, found[rule].message)
    assert "GRANT SELECT ON `wandb_local`.* TO `wandb_local`@`%`" in evidence_text(
        found["mysql.user_grants"]
    )
    assert "latin1_swedish_ci" in evidence_text(found["mysql.database_charset"])
    assert found["mysql.version"].status is Status.FAIL


@pytest.mark.servers
def test_bad_server_grants_document(mariadb_bad: MariaDBServer, tmp_path: Path) -> None:
    bundle, _ = collect(tmp_path, {"MYSQL": mariadb_bad.dsn})
    grants = documents(bundle)["mysql/grants.json"]
    assert grants["all_privileges_on_database"] is False
    assert grants["grant_option"] is False
    assert grants["privileges_on_database"] == ["SELECT"]
    assert "CREATE" in grants["missing_privileges"]
    assert "ALTER" in grants["missing_privileges"]
    databases = documents(bundle)["mysql/databases.json"]
    assert databases["wandb"]["charset"] == "latin1"


@pytest.mark.servers
def test_passwords_never_in_bundle(
    mariadb_good: MariaDBServer, mariadb_bad: MariaDBServer, tmp_path: Path
) -> None:
    for db in (mariadb_good, mariadb_bad):
        out = tmp_path / db.variant
        out.mkdir()
        bundle, _ = collect(out, {"MYSQL": db.dsn})
        (hashed,) = db.query(f"SELECT PASSWORD('{db.password}')", root=True)[0]
        assert_nowhere(bundle, db.password, db.root_password, str(hashed))
        manifest = json.loads(members(bundle)["manifest.json"])
        assert manifest["redaction"].get("password", 0) >= 1  # the DSN in settings/wandb.json
        assert manifest["redaction"].get("password_hash", 0) >= 1  # MariaDB's grant


@pytest.fixture
def special_user(mariadb_bad: MariaDBServer) -> Iterator[tuple[str, str]]:
    """A user whose password needs percent-encoding in the DSN (removed afterwards: the server
    is shared by the session)."""
    user, password = "wbdiag_special", "p@ss:w/rd%Z?#&x=1 y+Q"
    with mariadb_bad.connect(root=True) as conn, conn.cursor() as cur:
        cur.execute("CREATE USER %s@'%%' IDENTIFIED BY %s", (user, password))
        cur.execute(f"GRANT ALL ON wandb_local.* TO '{user}'@'%'")
    try:
        yield user, password
    finally:
        with mariadb_bad.connect(root=True) as conn, conn.cursor() as cur:
            cur.execute("DROP USER %s@'%%'", (user,))


@pytest.mark.servers
def test_percent_encoded_password_never_in_bundle(
    mariadb_bad: MariaDBServer, special_user: tuple[str, str], tmp_path: Path
) -> None:
    user, password = special_user
    dsn = f"mysql://{user}:{quote(password, safe='')}@{mariadb_bad.host}:{mariadb_bad.port}/wandb_local"
    bundle, manifest = collect(tmp_path, {"MYSQL": dsn})
    assert mysql_record(manifest).status is CollectorStatus.OK, mysql_record(manifest).error
    grants = documents(bundle)["mysql/grants.json"]
    assert grants["user"] == user
    assert grants["all_privileges_on_database"] is True
    assert grants["grant_option"] is False  # ALL without WITH GRANT OPTION
    (hashed,) = mariadb_bad.query(f"SELECT PASSWORD('{password}')", root=True)[0]
    assert_nowhere(bundle, password, str(hashed))
    settings = json.loads(members(bundle)["settings/wandb.json"])
    assert settings["values"]["MYSQL"].startswith(f"mysql://{user}:[REDACTED:password:")


@pytest.mark.servers
def test_settings_from_mysql_host_and_companions(
    mariadb_good: MariaDBServer, tmp_path: Path
) -> None:
    db = mariadb_good
    bundle, manifest = collect(
        tmp_path,
        {
            "MYSQL_HOST": db.host,
            "MYSQL_PORT": str(db.port),
            "MYSQL_USER": db.user,
            "MYSQL_PASSWORD": db.password,
            "MYSQL_DATABASE": db.database,
        },
    )
    assert mysql_record(manifest).status is CollectorStatus.OK
    docs = documents(bundle)
    assert docs["mysql/connection.json"]["source"] == "MYSQL_HOST"
    assert docs["mysql/databases.json"]["wandb"]["name"] == "wandb_local"
    assert_nowhere(bundle, db.password)


def test_skipped_without_mysql_settings(tmp_path: Path) -> None:
    bundle, manifest = collect(tmp_path, {"HOST": "https://wandb.example.com"})
    rec = mysql_record(manifest)
    assert rec.status is CollectorStatus.SKIPPED
    assert "MYSQL" in (rec.error or "")
    assert not documents(bundle)
    found = findings(bundle)
    for rule in (*MYSQL_RULES, "mysql.unreachable"):
        assert found[rule].status is Status.NOT_EVALUATED
        assert "collector mysql skipped" in (found[rule].reason or ""), found[rule].reason


# -- connection failures: connection.json, the manifest, and the rules -----------------------------
def failed_connection(
    tmp_path: Path,
    values: dict[str, str],
    status: CollectorStatus,
    kind: str,
    options: CollectOptions | None = None,
) -> dict[str, Any]:
    bundle, manifest = collect(tmp_path, values, options)
    rec = mysql_record(manifest)
    assert rec.status is status, (rec.status, rec.error)
    docs = documents(bundle)
    assert set(docs) == {"mysql/connection.json"}
    conn: dict[str, Any] = docs["mysql/connection.json"]
    assert conn["ok"] is False
    assert conn["error_kind"] == kind, conn
    assert kind in (rec.error or "") and conn["error"] in (rec.error or "")
    found = findings(bundle)
    unreachable = found["mysql.unreachable"]
    assert unreachable.fired
    assert kind in unreachable.message and conn["error"] in unreachable.message
    for rule in MYSQL_RULES:
        assert found[rule].status is Status.NOT_EVALUATED, rule
        assert f"collector mysql {status.value}" in (found[rule].reason or "")
    return conn


@pytest.mark.servers
def test_access_denied_is_forbidden(mariadb_good: MariaDBServer, tmp_path: Path) -> None:
    db = mariadb_good
    wrong = "Wr0ng-Passw0rd-for-wbdiag"
    conn = failed_connection(
        tmp_path,
        {"MYSQL": f"mysql://{db.user}:{wrong}@{db.host}:{db.port}/{db.database}"},
        CollectorStatus.FORBIDDEN,
        "access_denied",
    )
    assert conn["errno"] == 1045
    assert "Access denied for user 'wandb_local'@'127.0.0.1' (using password: YES)" in conn["error"]
    assert_nowhere(tmp_path / "bundle.tgz", wrong)


@pytest.mark.servers
def test_no_rights_on_database_is_forbidden(mariadb_good: MariaDBServer, tmp_path: Path) -> None:
    db = mariadb_good
    conn = failed_connection(
        tmp_path,
        {"MYSQL": f"mysql://{db.user}:{db.password}@{db.host}:{db.port}/other_db"},
        CollectorStatus.FORBIDDEN,
        "access_denied",
    )
    assert conn["errno"] == 1044
    assert "to database 'other_db'" in conn["error"]


@pytest.mark.servers
def test_unknown_database(mariadb_good: MariaDBServer, tmp_path: Path) -> None:
    db = mariadb_good  # root may see every database, so it is told that this one does not exist
    dsn = f"mysql://root:{db.root_password}@{db.host}:{db.port}/wbdiag_no_such_db"
    conn = failed_connection(tmp_path, {"MYSQL": dsn}, CollectorStatus.FAILED, "unknown_database")
    assert conn["errno"] == 1049
    assert "Unknown database 'wbdiag_no_such_db'" in conn["error"]
    assert_nowhere(tmp_path / "bundle.tgz", db.root_password)


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


@pytest.mark.servers
def test_tls_required_but_server_has_none(mariadb_good: MariaDBServer, tmp_path: Path) -> None:
    conn = failed_connection(
        tmp_path, {"MYSQL": mariadb_good.dsn + "?tls=true"}, CollectorStatus.FAILED, "tls"
    )
    assert conn["tls"] is True and conn["tls_mode"] == "verify"
    assert conn["errno"] == 2026
    assert "SSL is required" in conn["error"]


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


# -- a query that fails is a note; the rest is collected ------------------------------------------
@pytest.mark.servers
def test_failing_query_is_a_note(
    mariadb_good: MariaDBServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        mysql_source,
        "TABLES_SQL",
        "SELECT TABLE_NAME FROM information_schema.NO_SUCH_VIEW WHERE TABLE_SCHEMA = %s",
    )
    bundle, manifest = collect(tmp_path, {"MYSQL": mariadb_good.dsn})
    rec = mysql_record(manifest)
    assert rec.status is CollectorStatus.PARTIAL
    assert len(rec.notes) == 1 and "tables" in rec.notes[0] and "NO_SUCH_VIEW" in rec.notes[0]
    assert set(documents(bundle)) == MYSQL_FILES - {"mysql/tables.json"}
    assert findings(bundle)["mysql.sync_binlog"].status is Status.PASS


# -- through the CLI: collect against the bad server, then analyze ---------------------------------
@pytest.mark.servers
def test_cli_collect_then_analyze_names_each_problem(
    mariadb_bad: MariaDBServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("MYSQL", "MYSQL_HOST", "HOST", "BUCKET", "BUCKET_QUEUE"):
        monkeypatch.delenv(name, raising=False)
    bundle = tmp_path / "bad.tgz"
    runner = CliRunner()
    collected = runner.invoke(
        main,
        [
            "collect",
            "--no-docker",
            "--no-kubernetes",
            "--timeout",
            "60",
            "--mysql",
            mariadb_bad.dsn,
            "-o",
            str(bundle),
        ],
    )
    assert collected.exit_code == 0, collected.output
    assert mariadb_bad.password not in collected.output
    report = runner.invoke(main, ["analyze", str(bundle), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output
    doc = json.loads(report.output)
    text = runner.invoke(main, ["analyze", str(bundle)])
    assert text.exit_code == 3  # findings at error level
    for rule, value in {
        "mysql.binlog_format": "STATEMENT",
        "mysql.binlog_row_image": "FULL",
        "mysql.sync_binlog": "sync_binlog = 0",
        "mysql.innodb_flush_log_at_trx_commit": "innodb_flush_log_at_trx_commit = 2",
        "mysql.innodb_online_alter_log_max_size": "134217728",
        "mysql.sort_buffer_size": "2097152",
        "mysql.version": "MariaDB",
        "mysql.database_charset": "latin1",
        "mysql.user_grants": "GRANT SELECT ON `wandb_local`.*",
    }.items():
        assert rule in text.output, rule
        assert value in text.output, (rule, value)
        assert rule in json.dumps(doc), rule
    assert mariadb_bad.password not in text.output


# -- MySQL 8 variable sets through the rules ----------------------------------------------------------
MYSQL8_VERSION = {
    "version": "8.0.36",
    "version_comment": "MySQL Community Server - GPL",
    "flavor": "mysql",
}


def mysql8_bundle(tmp_path: Path, variables: dict[str, str]) -> Path:
    """A bundle written as the collector writes one (through the writer and its redaction)."""
    writer = BundleWriter(tmp_path / "staging", Redactor())
    writer.write_json("mysql/variables.json", variables)
    writer.write_json("mysql/version.json", MYSQL8_VERSION)
    record = CollectorRecord("mysql", CollectorStatus.OK, files=writer.written())
    output = tmp_path / "mysql8.tgz"
    writer.finish(Manifest(collectors=[record]), output)
    return output


def load_variables(name: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((DATA / f"mysql8_variables_{name}.json").read_text())
    return data


def test_mysql8_variable_sets_are_mysql_8036() -> None:
    for name in ("good", "bad"):
        variables = load_variables(name)
        assert len(variables) > 500
        assert variables["version"] == "8.0.36" == variables["innodb_version"]
        assert flavor_of(variables["version"], variables["version_comment"], variables) == "mysql"
        assert "aurora_version" not in variables


def test_mysql8_good_variables_pass_every_variable_rule(tmp_path: Path) -> None:
    found = findings(mysql8_bundle(tmp_path, load_variables("good")))
    for rule in VARIABLE_RULES:
        assert found[rule].status is Status.PASS, (rule, found[rule].message, found[rule].reason)
    assert found["mysql.version"].status is Status.PASS


def test_mysql8_bad_variables_fire_every_variable_rule(tmp_path: Path) -> None:
    found = findings(mysql8_bundle(tmp_path, load_variables("bad")))
    verdicts = {
        "mysql.binlog_format": (Status.FAIL, "binlog_format = MIXED"),
        "mysql.binlog_row_image": (Status.WARN, "binlog_row_image = FULL"),
        "mysql.sync_binlog": (Status.FAIL, "sync_binlog = 0"),
        "mysql.innodb_flush_log_at_trx_commit": (Status.FAIL, "innodb_flush_log_at_trx_commit = 2"),
        "mysql.innodb_online_alter_log_max_size": (
            Status.WARN,
            "innodb_online_alter_log_max_size = 134217728",
        ),
        "mysql.sort_buffer_size": (Status.WARN, "sort_buffer_size = 262144"),
    }
    for rule, (status, text) in verdicts.items():
        assert found[rule].status is status, (rule, found[rule].status, found[rule].reason)
        assert text in evidence_text(found[rule]), (rule, evidence_text(found[rule]))
    assert found["mysql.version"].status is Status.PASS  # MySQL 8.0.36 is what W&B wants


def test_mysql8_each_variable_rule_alone(tmp_path: Path) -> None:
    """Each rule fires on the good set with only its own variable set back to the bad value."""
    good, bad = load_variables("good"), load_variables("bad")
    names = {
        "mysql.binlog_format": "binlog_format",
        "mysql.binlog_row_image": "binlog_row_image",
        "mysql.sync_binlog": "sync_binlog",
        "mysql.innodb_flush_log_at_trx_commit": "innodb_flush_log_at_trx_commit",
        "mysql.innodb_online_alter_log_max_size": "innodb_online_alter_log_max_size",
        "mysql.sort_buffer_size": "sort_buffer_size",
    }
    for rule, variable in names.items():
        case = tmp_path / rule
        case.mkdir()
        found = findings(mysql8_bundle(case, {**good, variable: bad[variable]}))
        fired = {r for r in VARIABLE_RULES if found[r].fired}
        assert fired == {rule}, (rule, fired)


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


# -- unit: grants ------------------------------------------------------------------------------------
MYSQL8_ROOT = [
    "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE, "
    "REFERENCES, INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, "
    "EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
    "ALTER ROUTINE, CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE ON *.* "
    "TO `root`@`%` WITH GRANT OPTION",
    "GRANT APPLICATION_PASSWORD_ADMIN,AUDIT_ABORT_EXEMPT,BACKUP_ADMIN,BINLOG_ADMIN ON *.* "
    "TO `root`@`%` WITH GRANT OPTION",
]


@pytest.mark.parametrize(
    ("grants", "database", "all_privileges", "grant_option"),
    [
        # the guide's grant, MySQL 8 and MariaDB forms
        (
            [
                "GRANT USAGE ON *.* TO `wandb_local`@`%`",
                "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%` WITH GRANT OPTION",
            ],
            "wandb_local",
            True,
            True,
        ),
        # MySQL 5.7 quotes the user with single quotes
        (
            ["GRANT ALL PRIVILEGES ON `wandb_local`.* TO 'wandb_local'@'%' WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # escaped underscore: a literal name
        (
            ["GRANT ALL PRIVILEGES ON `wandb\\_local`.* TO `wandb_local`@`%` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # ... which does not match another database that an unescaped pattern would
        (
            ["GRANT ALL PRIVILEGES ON `wandb\\_local`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandbXlocal",
            False,
            False,
        ),
        (
            ["GRANT ALL PRIVILEGES ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandbXlocal",
            True,
            True,
        ),
        # wildcard database pattern
        (
            ["GRANT ALL PRIVILEGES ON `wandb%`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # another database only
        (
            ["GRANT ALL PRIVILEGES ON `other`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandb_local",
            False,
            False,
        ),
        # ALL without the grant option
        (["GRANT ALL PRIVILEGES ON `wandb_local`.* TO `u`@`%`"], "wandb_local", True, False),
        # SELECT only, MariaDB with its hash
        (
            [
                "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*3FE72219D599D974AB1122F084186DCAA067E539'",
                "GRANT SELECT ON `wandb_local`.* TO `u`@`%`",
            ],
            "wandb_local",
            False,
            False,
        ),
        # global ALL (MariaDB root), and MySQL 8's root that lists every privilege
        (
            ["GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        (MYSQL8_ROOT, "wandb_local", True, True),
        # every database privilege listed one by one on the database
        (
            [
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, REFERENCES, INDEX, ALTER, "
                "CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
                "ALTER ROUTINE, EVENT, TRIGGER ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION"
            ],
            "wandb_local",
            True,
            True,
        ),
        # global privileges plus database ones add up
        (
            [
                "GRANT SELECT, INSERT, UPDATE, DELETE ON *.* TO `u`@`%`",
                "GRANT CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE TEMPORARY TABLES, LOCK TABLES, "
                "EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, EVENT, TRIGGER "
                "ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION",
            ],
            "wandb_local",
            True,
            True,
        ),
        # partial revoke (MySQL 8, partial_revokes=ON)
        (
            [
                "GRANT ALL PRIVILEGES ON *.* TO `u`@`%` WITH GRANT OPTION",
                "REVOKE DROP ON `wandb_local`.* FROM `u`@`%`",
            ],
            "wandb_local",
            False,
            True,
        ),
        # table and column grants are not database grants
        (
            [
                "GRANT ALL PRIVILEGES ON `wandb_local`.`runs` TO `u`@`%` WITH GRANT OPTION",
                "GRANT SELECT (`id`, `name`), UPDATE (`name`) ON `wandb_local`.`runs` TO `u`@`%`",
            ],
            "wandb_local",
            False,
            False,
        ),
        # a user name that reads like the clause does not give the grant option
        (
            ["GRANT SELECT ON `wandb_local`.* TO `WITH GRANT OPTION`@`%`"],
            "wandb_local",
            False,
            False,
        ),
        # a backquote doubled inside a database name
        (["GRANT ALL PRIVILEGES ON `wb``db`.* TO `u`@`%` WITH GRANT OPTION"], "wb`db", True, True),
        # GRANT OPTION given as a privilege
        (["GRANT SELECT, GRANT OPTION ON `wandb_local`.* TO `u`@`%`"], "wandb_local", False, True),
        # roles, MySQL 8 (without expansion) and MariaDB (its role's grants are listed)
        (
            ["GRANT USAGE ON *.* TO `u`@`%`", "GRANT `wandb_role`@`%` TO `u`@`%`"],
            "wandb_local",
            False,
            False,
        ),
        (
            [
                "GRANT `wandb_role` TO `u`@`%`",
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT USAGE ON *.* TO `wandb_role`",
                "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_role` WITH GRANT OPTION",
                "SET DEFAULT ROLE `wandb_role` FOR `u`@`%`",
            ],
            "wandb_local",
            True,
            True,
        ),
        # PROXY grants are not privileges
        (
            ["GRANT PROXY ON ``@`%` TO `root`@`127.0.0.1` WITH GRANT OPTION"],
            "wandb_local",
            False,
            False,
        ),
    ],
)
def test_derive_grants(
    grants: list[str], database: str, all_privileges: bool, grant_option: bool
) -> None:
    derived = derive_grants(grants, database)
    assert derived["all_privileges_on_database"] is all_privileges, derived
    assert derived["grant_option"] is grant_option, derived
    assert bool(derived["missing_privileges"]) is not all_privileges


def test_partial_revokes_read_names_literally() -> None:
    grants = ["GRANT ALL PRIVILEGES ON `wandb%`.* TO `u`@`%` WITH GRANT OPTION"]
    assert derive_grants(grants, "wandb_local", wildcards=True)["all_privileges_on_database"]
    assert not derive_grants(grants, "wandb_local", wildcards=False)["all_privileges_on_database"]
    assert db_pattern_matches("wandb_local", "wandb_local", wildcards=False)
    assert db_pattern_matches("WANDB_LOCAL", "wandb_local", ignore_case=True)
    assert not db_pattern_matches("WANDB_LOCAL", "wandb_local")


def test_parse_grant_shapes() -> None:
    g = parse_grant("GRANT EXECUTE ON PROCEDURE `wandb_local`.`p` TO `u`@`%`")
    assert g is not None and g.scope == "object"
    g = parse_grant("GRANT SELECT ON `wandb_local`.* TO `u`@`%` WITH MAX_QUERIES_PER_HOUR 10")
    assert g is not None and g.scope == "database" and not g.grant_option
    assert parse_grant("GRANT `r1`@`%`,`r2`@`%` TO `u`@`%`") is None
    assert is_role_grant("GRANT `r1`@`%`,`r2`@`%` TO `u`@`%`")
    assert is_role_grant("GRANT `wandb_role` TO `u`@`%`")
    assert not is_role_grant("GRANT USAGE ON *.* TO `u`@`%`")


def test_strip_hashes() -> None:
    seen: list[str] = []

    def register(value: str) -> str:
        seen.append(value)
        return f"<hash {len(seen)}>"

    mariadb = "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*3FE72219D599D974AB1122F084186DCAA067E539'"
    ed25519 = "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED VIA ed25519 USING 'ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY'"
    socket_or_pw = (
        "GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` IDENTIFIED VIA unix_socket "
        "OR mysql_native_password USING 'invalid' WITH GRANT OPTION"
    )
    assert strip_hashes(mariadb, register).endswith("IDENTIFIED BY PASSWORD '<hash 1>'")
    assert strip_hashes(ed25519, register).endswith("USING '<hash 2>'")
    assert strip_hashes(socket_or_pw, register) == socket_or_pw  # 'invalid' is no hash
    assert seen == [
        "*3FE72219D599D974AB1122F084186DCAA067E539",
        "ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY",
    ]


def test_registered_and_described() -> None:
    assert registry.REGISTRY["mysql"] is MysqlCollector
    assert MysqlCollector.description
    assert MysqlCollector.connect_timeout < MysqlCollector.read_timeout < MysqlCollector.timeout
