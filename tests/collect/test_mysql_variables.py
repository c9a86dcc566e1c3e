"""The MySQL 8 variable sets in tests/collect/data/ fed through the rules (no MySQL 8 server runs
here).

tests/collect/data/mysql8_variables_{good,bad}.json: the `SHOW GLOBAL VARIABLES` of a MySQL 8.0.36
server as the official image runs it (628 variables, MySQL 8.0.36's names and default values,
written out for these tests, not captured from a server on this machine). `good` carries the
deployment guide's six settings; `bad` keeps the defaults that miss the guide (binlog_row_image FULL,
innodb_online_alter_log_max_size 128 MiB, sort_buffer_size 256 KiB) and a "performance" parameter
group (binlog_format MIXED, sync_binlog 0, innodb_flush_log_at_trx_commit 2).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.collect.mysql_support import (
    DATA,
    VARIABLE_RULES,
    evidence_text,
    findings,
)
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.writer import BundleWriter
from wbdiag.collect.sources.mysql import flavor_of
from wbdiag.redact import Redactor
from wbdiag.rules.model import Status

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
