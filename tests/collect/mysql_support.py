"""What the MySQL collector's tests share: the rules and bundle files they expect, a collect run
with given settings, readers of the bundle it writes, and the connection.json of a run that
failed to connect."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.helpers import shipped_pack
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.mysql import MysqlCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.rules.engine import analyze
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
    analysis = analyze(BundleSource.open(bundle), shipped_pack())
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
