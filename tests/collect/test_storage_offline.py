"""The object-store probe without an S3 server: AWS without credentials, a store that never
answers, nothing to probe (no bucket, GCS and Azure recorded but not probed, an invalid bucket
URL), and its pure functions (the origin of a host, origins matching, a connection error
classified)."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import botocore.exceptions
import pytest
import requests
import urllib3.exceptions

from tests.collect.storage_support import (
    STORAGE_RULES,
    run_collect,
)
from wbdiag.collect.sources import storage_probe as storage_mod
from wbdiag.collect.sources.storage_cors import origin_matches, origin_of
from wbdiag.collect.sources.storage_errors import classify_connection_error
from wbdiag.rules.model import Status


def test_aws_without_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """s3://bucket (AWS) and an empty credential chain: signing fails before any connection."""
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN"):  # fmt: skip
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    got = run_collect(
        tmp_path,
        {"BUCKET": "s3://wandb-files", "AWS_REGION": "eu-west-1", "HOST": "https://w.test"},
    )
    doc = got.doc
    assert doc["provider"] == "aws" and doc["tls"] is True
    assert doc["region"] == "eu-west-1" and doc["auth_source"] == "aws-default-chain"
    assert doc["credentials_ok"] is False and doc["error_kind"] == "no_credentials"
    assert got.record["status"] == "failed" and "NoStoreCredentials" in got.record["error"]
    assert got.fired("storage.credentials")
    assert not got.fired("storage.unreachable") and not got.fired("storage.bucket_queue")


def test_silent_store_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store that accepts connections and never answers: the read timeout ends the probe."""
    monkeypatch.setattr(storage_mod, "READ_TIMEOUT", 1.0)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        started = time.monotonic()
        got = run_collect(
            tmp_path, {"BUCKET": f"s3://AKIAQUIET000000000000:Qu1et-Secret@127.0.0.1:{port}/b"}
        )
        elapsed = time.monotonic() - started
    assert elapsed < 10
    doc = got.doc
    assert doc["reachable"] is False and doc["error_kind"] == "timeout"
    assert "Read timeout" in doc["error"]
    assert got.record["status"] == "failed"
    assert got.fired("storage.unreachable")
    got.assert_nowhere("Qu1et-Secret")


# -- nothing to probe ----------------------------------------------------------------------------
def test_bucket_unset_is_skipped(tmp_path: Path) -> None:
    got = run_collect(tmp_path, {"HOST": "https://wandb.example.test"})
    assert got.record["status"] == "skipped"
    assert "embedded" in got.record["error"] and "MinIO" in got.record["error"]
    assert "probes/storage.json" not in got.members
    for rule in STORAGE_RULES:
        assert got.findings[rule].status is Status.NOT_EVALUATED, rule
        assert "storage" in (got.findings[rule].reason or ""), got.findings[rule].reason


@pytest.mark.parametrize(
    ("url", "provider"), [("gs://wandb-bucket", "gcs"), ("az://account/container", "azure")]
)
def test_gcs_and_azure_are_recorded_not_probed(tmp_path: Path, url: str, provider: str) -> None:
    got = run_collect(tmp_path, {"BUCKET": url, "HOST": "https://wandb.example.test"})
    doc = got.doc
    assert doc["provider"] == provider and doc["tls"] is True
    assert "S3 checks" in doc["skipped"]
    assert doc["presigned"] is None and doc["reachable"] is None
    assert got.record["status"] == "ok" and got.record["notes"]
    assert not got.fired("storage.bucket_queue") and not got.fired("storage.tls")


def test_invalid_bucket_url(tmp_path: Path) -> None:
    got = run_collect(tmp_path, {"BUCKET": "minio://key:Sup3rS3cret@host/b"})
    assert got.record["status"] == "failed"
    assert got.doc["error_kind"] == "invalid_url"
    got.assert_nowhere("Sup3rS3cret")


# -- pure functions ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("https://wandb.example.com", "https://wandb.example.com"),
        ("https://WandB.Example.com:443/", "https://wandb.example.com"),
        ("http://wandb.example.com:8080/some/path", "http://wandb.example.com:8080"),
        ("http://[::1]:80", "http://[::1]"),
        ("wandb.example.com", None),
        ("ftp://x", None),
    ],
)
def test_origin_of(host: str, origin: str | None) -> None:
    assert origin_of(host) == origin


def test_origin_matches() -> None:
    assert origin_matches("*", "https://a.example")
    assert origin_matches("https://A.example", "https://a.example")
    assert origin_matches("https://*.example.com", "https://wandb.example.com")
    assert not origin_matches("https://*.example.com", "http://wandb.example.com")
    assert not origin_matches("https://wandb.example.com/", "https://wandb.example.com")
    assert not origin_matches("http://10.0.0.5", "https://wandb.example.com")


def test_classify_connection_error() -> None:
    def boto(inner: Exception) -> Exception:
        exc: Exception = botocore.exceptions.EndpointConnectionError(
            endpoint_url="http://x", error=inner
        )
        return exc

    conn: Any = None  # urllib3 wants the connection object; its messages do not
    refused = urllib3.exceptions.NewConnectionError(
        conn, "Failed to establish a new connection: [Errno 111] Connection refused"
    )
    assert classify_connection_error(boto(refused)) == "refused"
    dns = urllib3.exceptions.NameResolutionError(
        "x.invalid", conn, socket.gaierror(-2, "Name or service not known")
    )
    assert classify_connection_error(boto(dns)) == "dns"
    timeout = botocore.exceptions.ConnectTimeoutError(endpoint_url="http://x")
    assert classify_connection_error(timeout) == "timeout"
    tls = botocore.exceptions.SSLError(
        endpoint_url="https://x", error=OSError("certificate verify failed")
    )
    assert classify_connection_error(tls) == "tls"
    assert classify_connection_error(requests.exceptions.SSLError("bad handshake")) == "tls"
    assert classify_connection_error(requests.exceptions.ReadTimeout("read timed out")) == "timeout"
