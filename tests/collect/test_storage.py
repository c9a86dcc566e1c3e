"""The object-store probe against a real S3 server (SeaweedFS), through the Runner and the shipped
rule pack, plus one run through the CLI. Every test that needs the server is here; the probe
without one: test_storage_offline.py."""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from click.testing import CliRunner

from tests.collect.storage_support import (
    TOP_KEYS,
    good_settings,
    probe_objects,
    read_bundle,
    run_collect,
)
from tests.servers.common import free_port
from tests.servers.seaweed import GLOBAL_ORIGIN, SeaweedS3
from wbdiag.cli import main
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.sources import storage_probe as storage_mod
from wbdiag.rules.model import Status


@pytest.fixture
def scratch_bucket(seaweed: SeaweedS3) -> Iterator[str]:
    """A bucket of this test's own (deleted afterwards)."""
    name = f"wbdiag-test-{uuid.uuid4().hex[:12]}"
    client = seaweed.client()
    client.create_bucket(Bucket=name)
    yield name
    for key in probe_objects(seaweed, name):
        client.delete_object(Bucket=name, Key=key)
    client.delete_bucket(Bucket=name)


# -- the good configuration --------------------------------------------------------------------
@pytest.mark.servers
def test_good_configuration(seaweed: SeaweedS3, tmp_path: Path) -> None:
    got = run_collect(tmp_path, good_settings(seaweed))
    assert got.record["status"] == "ok", got.record
    doc = got.doc
    assert set(doc) >= TOP_KEYS, set(doc) ^ TOP_KEYS
    assert doc["provider"] == "s3-compatible"
    assert doc["endpoint"] == seaweed.endpoint_url
    assert doc["bucket"] == seaweed.cors_bucket
    assert doc["tls"] is False
    assert doc["bucket_queue"] == "internal://"
    assert doc["auth_source"] == "url"
    assert (doc["reachable"], doc["credentials_ok"], doc["error"]) == (True, True, None)
    assert doc["bucket_url"].startswith("s3://[REDACTED:")
    assert abs(doc["clock_skew_seconds"]) < 5

    pre = doc["presigned"]
    assert pre["ok"] is True and pre["problems"] == []
    assert pre["key"].startswith("wbdiag-probe/")
    for step in ("put", "get", "head", "delete"):
        assert pre[step]["ok"] is True, (step, pre[step])
        assert 200 <= pre[step]["status"] < 300
    # the probe object is gone, and nothing else was written
    assert probe_objects(seaweed, seaweed.cors_bucket) == []

    cors = doc["cors"]
    assert cors["origin"] == seaweed.wandb_origin
    assert cors["configured"] is True and cors["origin_allowed"] is True
    assert cors["methods_allowed"] == {"GET": True, "PUT": True, "HEAD": True}
    assert cors["headers_allowed"] is True
    assert cors["rules"][0]["AllowedOrigins"] == [seaweed.wandb_origin]
    for method in ("GET", "PUT", "HEAD"):
        pf = cors["preflight"][method]
        assert pf["status"] == 200 and pf["ok"] is True, (method, pf)
        assert pf["allow_origin"] == seaweed.wandb_origin
    assert cors["preflight"]["PUT"]["allow_headers"] == "content-type"
    assert cors["ok"] is True and cors["problems"] == []

    for rule in ("storage.cors", "storage.presigned_url", "storage.bucket_queue",
                 "storage.unreachable", "storage.credentials", "storage.no_such_bucket",
                 "storage.clock_skew"):  # fmt: skip
        assert got.findings[rule].status is Status.PASS, (rule, got.findings[rule].message)
    # the fixture is plain http
    assert got.fired("storage.tls")
    assert seaweed.endpoint_url in got.findings["storage.tls"].message
    got.assert_nowhere(seaweed.secret_key, seaweed.access_key)


# -- CORS --------------------------------------------------------------------------------------
@pytest.mark.servers
def test_bucket_without_cors(seaweed: SeaweedS3, tmp_path: Path) -> None:
    got = run_collect(
        tmp_path, good_settings(seaweed, BUCKET=seaweed.connection_string(seaweed.nocors_bucket))
    )
    cors = got.doc["cors"]
    assert cors["configured"] is False and cors["rules"] == []
    assert "no CORS configuration on the bucket" in cors["problems"]
    assert (
        f"preflight PUT from {seaweed.wandb_origin} refused (403 AccessDenied)"
        in (cors["problems"])
    )
    assert cors["preflight"]["GET"]["allow_origin"] is None
    assert got.fired("storage.cors")
    assert "no CORS configuration on the bucket" in got.findings["storage.cors"].message
    assert not got.fired("storage.presigned_url")
    assert probe_objects(seaweed, seaweed.nocors_bucket) == []
    got.assert_nowhere(seaweed.secret_key)


@pytest.mark.servers
def test_cors_rule_for_another_origin(
    seaweed: SeaweedS3, scratch_bucket: str, tmp_path: Path
) -> None:
    seaweed.client().put_bucket_cors(
        Bucket=scratch_bucket,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedOrigins": ["http://10.0.0.5"],
                    "AllowedMethods": ["GET", "PUT", "HEAD"],
                    "AllowedHeaders": ["*"],
                }
            ]
        },
    )
    got = run_collect(
        tmp_path, good_settings(seaweed, BUCKET=seaweed.connection_string(scratch_bucket))
    )
    cors = got.doc["cors"]
    assert cors["configured"] is True and cors["origin_allowed"] is False
    assert cors["problems"][0] == (
        f"no CORS rule allows origin {seaweed.wandb_origin} (allowed: http://10.0.0.5)"
    )
    assert all(not cors["preflight"][m]["ok"] for m in ("GET", "PUT", "HEAD"))
    assert got.fired("storage.cors")
    assert not got.fired("storage.presigned_url")


@pytest.mark.servers
def test_cors_rule_without_put_and_headers(
    seaweed: SeaweedS3, scratch_bucket: str, tmp_path: Path
) -> None:
    """The right origin, but only GET and HEAD and no AllowedHeader: browsers cannot upload."""
    seaweed.client().put_bucket_cors(
        Bucket=scratch_bucket,
        CORSConfiguration={
            "CORSRules": [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET", "HEAD"]}]
        },
    )
    got = run_collect(
        tmp_path, good_settings(seaweed, BUCKET=seaweed.connection_string(scratch_bucket))
    )
    cors = got.doc["cors"]
    assert cors["origin_allowed"] is True
    assert cors["methods_allowed"] == {"GET": True, "PUT": False, "HEAD": True}
    assert cors["headers_allowed"] is False
    assert f"no CORS rule allows PUT from origin {seaweed.wandb_origin}" in cors["problems"]
    assert cors["preflight"]["GET"]["ok"] is True
    assert cors["preflight"]["PUT"]["ok"] is False
    assert got.fired("storage.cors")


@pytest.mark.servers
def test_server_wide_cors_allows_the_origin(seaweed: SeaweedS3, tmp_path: Path) -> None:
    """No CORS configuration on the bucket, but the gateway's server-wide -s3.allowedOrigins
    allows the W&B origin: browsers work, so the configuration's gaps are notes, not problems."""
    got = run_collect(
        tmp_path,
        good_settings(
            seaweed, BUCKET=seaweed.connection_string(seaweed.nocors_bucket), HOST=GLOBAL_ORIGIN
        ),
    )
    cors = got.doc["cors"]
    assert cors["configured"] is False
    assert all(cors["preflight"][m]["ok"] for m in ("GET", "PUT", "HEAD")), cors["preflight"]
    assert cors["problems"] == [] and cors["ok"] is True
    assert cors["notes"][0].startswith("no CORS configuration on the bucket, but the store's")
    assert not got.fired("storage.cors")


# -- credentials and presigned URLs ------------------------------------------------------------
@pytest.mark.servers
def test_ca_bundle_file_stays_beside_the_output(
    seaweed: SeaweedS3, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--ca-bundle is joined with the default trust store in a working file: it is made in the
    bundle's private staging directory, never in the system's temporary directory."""
    ca = tmp_path / "extra-ca.pem"
    ca.write_text(trustme.CA().cert_pem.bytes().decode())
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    made: list[Path] = []
    real_mkstemp = tempfile.mkstemp

    def spy(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)
        made.append(Path(name))
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    got = run_collect(out_dir, good_settings(seaweed), CollectOptions(timeout=120, ca_bundle=ca))
    assert got.record["status"] == "ok", got.record
    assert (got.doc["reachable"], got.doc["credentials_ok"]) == (True, True)
    assert made, "the combined CA file was made"
    assert all(out_dir in p.parents for p in made), made
    assert list(system_tmp.iterdir()) == []
    assert sorted(p.name for p in out_dir.iterdir()) == [
        p.name for p in out_dir.glob("bundle-*.tgz")
    ], "only the bundle is left beside it"
    assert not any("scratch" in p for p in got.members)


@pytest.mark.servers
def test_wrong_secret_key(seaweed: SeaweedS3, tmp_path: Path) -> None:
    wrong = "Wr0ng-Secret-" + uuid.uuid4().hex
    got = run_collect(
        tmp_path,
        good_settings(seaweed, BUCKET=seaweed.connection_string(secret_key=wrong)),
    )
    doc = got.doc
    assert doc["reachable"] is True and doc["credentials_ok"] is False
    assert doc["error_kind"] == "signature_mismatch"
    assert "SignatureDoesNotMatch" in doc["error"]
    pre = doc["presigned"]
    assert pre["ok"] is False
    assert pre["put"]["status"] == 403 and pre["put"]["code"] == "SignatureDoesNotMatch"
    assert pre["problems"] == ["presigned PUT answered 403 SignatureDoesNotMatch"]
    assert pre["get"]["error"] == "not attempted: the PUT failed"
    assert got.fired("storage.presigned_url")
    assert got.fired("storage.credentials")
    assert "signature_mismatch" in got.findings["storage.credentials"].message
    # CORS is anonymous: the preflights still succeed, the configuration could not be read
    assert got.doc["cors"]["problems"] == []
    assert not got.fired("storage.cors")
    assert got.record["status"] == "partial"
    assert any("CORS configuration" in n for n in got.record["notes"])
    got.assert_nowhere(seaweed.secret_key, wrong)


@pytest.mark.servers
def test_unknown_access_key(seaweed: SeaweedS3, tmp_path: Path) -> None:
    bucket = f"s3://AKIAUNKNOWNKEY000000:{seaweed.secret_key}@{seaweed.host}:{seaweed.port}/"
    got = run_collect(tmp_path, good_settings(seaweed, BUCKET=bucket + seaweed.cors_bucket))
    doc = got.doc
    assert doc["credentials_ok"] is False
    assert doc["error_kind"] == "invalid_access_key", doc["error"]
    assert doc["presigned"]["problems"] == ["presigned PUT answered 403 InvalidAccessKeyId"]
    assert got.fired("storage.credentials") and got.fired("storage.presigned_url")
    got.assert_nowhere(seaweed.secret_key, "AKIAUNKNOWNKEY000000")


@pytest.mark.servers
def test_no_such_bucket(seaweed: SeaweedS3, tmp_path: Path) -> None:
    got = run_collect(
        tmp_path, good_settings(seaweed, BUCKET=seaweed.connection_string("wandb-missing"))
    )
    doc = got.doc
    assert doc["reachable"] is True and doc["error_kind"] == "no_such_bucket"
    assert "NoSuchBucket" in doc["error"]
    assert doc["presigned"]["skipped"] and doc["cors"]["skipped"]
    assert got.fired("storage.no_such_bucket")
    assert "wandb-missing" in got.findings["storage.no_such_bucket"].message
    for rule in ("storage.credentials", "storage.unreachable", "storage.presigned_url"):
        assert not got.fired(rule), rule
    assert got.record["status"] == "partial"


@pytest.mark.servers
def test_keys_from_settings(seaweed: SeaweedS3, tmp_path: Path) -> None:
    """s3://HOST/BUCKET without keys in the URL: the keys come from AWS_* settings."""
    values = good_settings(
        seaweed,
        BUCKET=f"s3://{seaweed.host}:{seaweed.port}/{seaweed.cors_bucket}",
        AWS_ACCESS_KEY_ID=seaweed.access_key,
        AWS_SECRET_ACCESS_KEY=seaweed.secret_key,
    )
    got = run_collect(tmp_path, values)
    doc = got.doc
    assert doc["auth_source"] == "settings" and doc["credentials_ok"] is True
    assert doc["presigned"]["ok"] is True and doc["cors"]["ok"] is True
    got.assert_nowhere(seaweed.secret_key)


# -- BUCKET_QUEUE --------------------------------------------------------------------------------
@pytest.mark.servers
@pytest.mark.parametrize("queue", [None, "sqs://wandb-queue"])
def test_bucket_queue_with_third_party_store(
    seaweed: SeaweedS3, tmp_path: Path, queue: str | None
) -> None:
    values = good_settings(seaweed)
    del values["BUCKET_QUEUE"]
    if queue:
        values["BUCKET_QUEUE"] = queue
    got = run_collect(tmp_path, values)
    assert got.doc["bucket_queue"] == queue
    assert got.fired("storage.bucket_queue")
    assert not got.fired("storage.cors") and not got.fired("storage.presigned_url")


# -- clock skew ----------------------------------------------------------------------------------
@pytest.mark.servers
def test_clock_skew(seaweed: SeaweedS3, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine's clock as the probe reads it runs 10 minutes ahead of the store's (signing
    keeps the real clock, so the store still accepts the requests)."""
    real = storage_mod._clock
    monkeypatch.setattr(storage_mod, "_clock", lambda: real() + 600)
    got = run_collect(tmp_path, good_settings(seaweed))
    skew = got.doc["clock_skew_seconds"]
    assert -605 < skew < -595
    assert got.fired("storage.clock_skew")
    assert "clock_skew_seconds = -" in got.findings["storage.clock_skew"].message
    assert not got.fired("storage.presigned_url")


# -- a store that is down ------------------------------------------------------------------------
@pytest.mark.servers
def test_store_down(seaweed: SeaweedS3, tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    bucket = f"s3://{seaweed.access_key}:{seaweed.secret_key}@127.0.0.1:{port}/wandb"
    got = run_collect(tmp_path, good_settings(seaweed, BUCKET=bucket))
    assert got.record["status"] == "failed"
    assert "StoreUnreachable" in got.record["error"] and "refused" in got.record["error"]
    assert got.record["files"][0]["path"] == "probes/storage.json"
    doc = got.doc
    assert doc["reachable"] is False and doc["error_kind"] == "refused"
    assert "Connection refused" in doc["error"]
    assert doc["presigned"] is None and doc["cors"] is None
    assert got.fired("storage.unreachable")
    assert "refused" in got.findings["storage.unreachable"].message
    for rule in ("storage.cors", "storage.presigned_url", "storage.credentials"):
        assert not got.fired(rule), rule
    assert got.findings["storage.clock_skew"].status is Status.NOT_EVALUATED
    got.assert_nowhere(seaweed.secret_key)


# -- through the CLI -----------------------------------------------------------------------------
@pytest.mark.servers
def test_cli_collect_then_analyze(seaweed: SeaweedS3, tmp_path: Path) -> None:
    bundle = tmp_path / "cli.tgz"
    # HOST on loopback with nothing listening: other probes that read HOST stay on this machine
    host = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        main,
        [
            "collect", "--no-docker", "--no-kubernetes",
            "--bucket", seaweed.connection_string(seaweed.nocors_bucket),
            "--host", host,
            "--bucket-queue", "sqs://wandb-queue",
            "-o", str(bundle),
        ],
        env={"BUCKET": None, "HOST": None, "BUCKET_QUEUE": None, "MYSQL": None},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    got = read_bundle(bundle)
    assert got.record["status"] == "ok", got.record
    assert got.fired("storage.cors") and got.fired("storage.bucket_queue")
    assert got.fired("storage.tls") and not got.fired("storage.presigned_url")
    assert got.doc["cors"]["origin"] == host
    got.assert_nowhere(seaweed.secret_key)
    report = CliRunner().invoke(main, ["analyze", str(bundle), "--format", "json"])
    assert report.exit_code == 3, report.output  # error-level findings
    findings = json.loads(report.output)["findings"]
    ids = {f["rule_id"] for f in findings if f["status"] in ("fail", "warn")}
    assert {"storage.cors", "storage.bucket_queue", "storage.tls"} <= ids
