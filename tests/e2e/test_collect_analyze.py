"""End to end, as a new user runs it: `wbdiag collect` against real MariaDB, SeaweedFS and nginx
(bad and good configurations), then `wbdiag analyze` on the bundle.

Bad configurations must raise every seed rule of the deployment guide; the good one none of them,
with two stated exceptions this machine cannot avoid: MariaDB is not MySQL 8 (`mysql.version`) and
the SeaweedFS test store speaks plain http (`storage.tls`). No secret given to a server may appear
anywhere in any bundle.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.servers.mariadb import MariaDBServer
from tests.servers.nginx import NginxProxy
from tests.servers.seaweed import SeaweedS3
from wbdiag.bundle.reader import BundleSource
from wbdiag.cli import main

SEED_RULES = {
    "mysql.binlog_format",
    "mysql.binlog_row_image",
    "mysql.sync_binlog",
    "mysql.innodb_flush_log_at_trx_commit",
    "mysql.innodb_online_alter_log_max_size",
    "mysql.sort_buffer_size",
    "mysql.version",
    "mysql.database_charset",
    "mysql.user_grants",
    "storage.cors",
    "storage.presigned_url",
    "storage.bucket_queue",
    "storage.tls",
    "tls.self_signed",
    "tls.untrusted",
    "proxy.websocket",
    "proxy.body_size",
    "proxy.hsts",
}
UNAVOIDABLE_HERE = {"mysql.version", "storage.tls"}


def collect_and_analyze(
    tmp_path: Path, name: str, args: list[str], secrets: list[str]
) -> dict[str, Any]:
    bundle = tmp_path / f"{name}.tgz"
    runner = CliRunner()
    r = runner.invoke(
        main,
        ["collect", "-o", str(bundle), "--no-docker", "--no-kubernetes", "--timeout", "120", *args],
        env={"HOST": "", "MYSQL": "", "BUCKET": "", "BUCKET_QUEUE": ""},
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    for member in BundleSource.open(bundle).members():
        data = member.stream.read()
        for secret in secrets:
            assert secret.encode() not in data, f"secret leaked into {member.path}"
    assert runner.invoke(main, ["redact-check", str(bundle)]).exit_code == 0
    a = runner.invoke(main, ["analyze", str(bundle), "--format", "json", "--fail-on", "never"])
    assert a.exit_code == 0, a.output
    report: dict[str, Any] = json.loads(a.output)
    return report


def fired(report: dict[str, Any]) -> set[str]:
    return {f["rule_id"] for f in report["findings"]}


@pytest.fixture(scope="module")
def good_bucket(seaweed: SeaweedS3, nginx: NginxProxy) -> str:
    """A bucket whose CORS rule allows the origin of the good nginx host (the W&B HOST)."""
    name = f"wandb-e2e-{uuid.uuid4().hex[:8]}"
    client = seaweed.client()
    client.create_bucket(Bucket=name)
    origin = nginx.good_url.rstrip("/")
    client.put_bucket_cors(
        Bucket=name,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedOrigins": [origin],
                    "AllowedMethods": ["GET", "PUT", "HEAD"],
                    "AllowedHeaders": ["*"],
                }
            ]
        },
    )
    return name


def test_bad_configurations_raise_every_seed_rule(
    tmp_path: Path, mariadb_bad: MariaDBServer, seaweed: SeaweedS3, nginx: NginxProxy
) -> None:
    wrong_secret = f"Wrong-Secret-{uuid.uuid4().hex}"
    secrets = [mariadb_bad.password, mariadb_bad.root_password, seaweed.secret_key, wrong_secret]
    everything_bad = collect_and_analyze(
        tmp_path,
        "bad",
        [
            "--mysql",
            mariadb_bad.dsn,
            "--bucket",
            seaweed.connection_string(seaweed.nocors_bucket, secret_key=wrong_secret),
            "--host",
            nginx.bad_url,
            "--ca-bundle",
            str(nginx.ca_pem_path),
            "--http-url",
            nginx.bad_http_url,
        ],
        secrets,
    )
    self_signed = collect_and_analyze(
        tmp_path,
        "selfsigned",
        [
            "--host",
            nginx.selfsigned_url,
            "--ca-bundle",
            str(nginx.ca_pem_path),
        ],
        secrets,
    )
    unknown_ca = collect_and_analyze(tmp_path, "unknown-ca", ["--host", nginx.good_url], secrets)
    raised = fired(everything_bad) | fired(self_signed) | fired(unknown_ca)
    assert SEED_RULES - raised == set()
    # every finding carries evidence and a remediation
    for report in (everything_bad, self_signed, unknown_ca):
        for f in report["findings"]:
            assert f["evidence"] and f["remediation"], f["rule_id"]


def test_good_configuration_raises_none(
    tmp_path: Path,
    mariadb_good: MariaDBServer,
    seaweed: SeaweedS3,
    nginx: NginxProxy,
    good_bucket: str,
) -> None:
    report = collect_and_analyze(
        tmp_path,
        "good",
        [
            "--mysql",
            mariadb_good.dsn,
            "--bucket",
            seaweed.connection_string(good_bucket),
            "--bucket-queue",
            "internal://",
            "--host",
            nginx.good_url,
            "--ca-bundle",
            str(nginx.ca_pem_path),
            "--http-url",
            nginx.good_http_url,
        ],
        [mariadb_good.password, mariadb_good.root_password, seaweed.secret_key],
    )
    assert fired(report) & SEED_RULES == UNAVOIDABLE_HERE
    statuses = {c["name"]: c["status"] for c in report["collectors"]}
    assert {statuses[n] for n in ("mysql", "storage", "proxy", "settings")} == {"ok"}
    passed = {p["rule_id"] for p in report["passed"]}
    assert passed >= SEED_RULES - UNAVOIDABLE_HERE, "evaluated and passed, not merely silent"


def test_everything_down_still_gives_a_bundle(tmp_path: Path) -> None:
    from tests.servers.common import free_port

    closed = free_port()
    report = collect_and_analyze(
        tmp_path,
        "down",
        [
            "--mysql",
            f"mysql://wandb_local:Down-Pw-1@127.0.0.1:{closed}/wandb_local",
            "--bucket",
            f"s3://AKIADOWNDOWNDOWN:Down-Secret-2@127.0.0.1:{closed}/wandb",
            "--bucket-queue",
            "internal://",
            "--host",
            f"https://127.0.0.1:{closed}",
        ],
        ["Down-Pw-1", "Down-Secret-2"],
    )
    statuses = {c["name"]: c["status"] for c in report["collectors"]}
    assert statuses["mysql"] == statuses["storage"] == statuses["proxy"] == "failed"
    assert {"mysql.unreachable", "storage.unreachable", "proxy.unreachable"} <= fired(report)
    not_evaluated = {n["rule_id"] for n in report["not_evaluated"]}
    assert {"mysql.binlog_format", "tls.self_signed"} <= not_evaluated
