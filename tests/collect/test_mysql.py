"""The MySQL collector against real MariaDB servers (tests/servers/mariadb.py): what it collects
from a good and a bad server, the rules on it, passwords kept out of the bundle, the settings it
reads, the failures a server gives (access denied, no rights, an unknown database, TLS required),
a failing query, and collect then analyze through the CLI. Every test that needs a MariaDB
server is here. Failure modes without a server: test_mysql_connection.py; the MySQL 8 variable
sets: test_mysql_variables.py; grants: test_mysql_grants.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from tests.collect.mysql_support import (
    MYSQL_FILES,
    MYSQL_RULES,
    VARIABLE_RULES,
    assert_nowhere,
    collect,
    documents,
    evidence_text,
    failed_connection,
    findings,
    members,
    mysql_record,
)
from tests.servers.mariadb import MariaDBServer
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.cli import main
from wbdiag.collect import registry
from wbdiag.collect.sources import mysql as mysql_source
from wbdiag.collect.sources.mysql import MysqlCollector
from wbdiag.rules.model import Status


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


@pytest.mark.servers
def test_tls_required_but_server_has_none(mariadb_good: MariaDBServer, tmp_path: Path) -> None:
    conn = failed_connection(
        tmp_path, {"MYSQL": mariadb_good.dsn + "?tls=true"}, CollectorStatus.FAILED, "tls"
    )
    assert conn["tls"] is True and conn["tls_mode"] == "verify"
    assert conn["errno"] == 2026
    assert "SSL is required" in conn["error"]


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


def test_registered_and_described() -> None:
    assert registry.REGISTRY["mysql"] is MysqlCollector
    assert MysqlCollector.description
    assert MysqlCollector.connect_timeout < MysqlCollector.read_timeout < MysqlCollector.timeout
