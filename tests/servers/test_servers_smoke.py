"""Smoke tests: each real-server fixture starts and has exactly the properties it promises."""

from __future__ import annotations

import os
import socket
import ssl
import uuid

import pymysql
import pytest
import requests
from botocore.exceptions import ClientError

from tests.servers.mariadb import MariaDBServer
from tests.servers.nginx import NginxProxy
from tests.servers.nginx_upstream import websocket_handshake
from tests.servers.seaweed import SeaweedS3

pytestmark = pytest.mark.servers


# --- MariaDB ---------------------------------------------------------------------------------


def test_mariadb_good_settings_and_grants(mariadb_good: MariaDBServer) -> None:
    db = mariadb_good
    assert db.dsn == f"mysql://wandb_local:{db.password}@127.0.0.1:{db.port}/wandb_local"
    assert db.password.startswith("S3cr3t-Maria-")
    for name, value in db.expected_globals.items():
        assert db.global_variable(name) == value, name
    assert db.global_variable("log_bin") == "ON"
    rows = db.query(
        "SELECT default_character_set_name, default_collation_name FROM"
        " information_schema.schemata WHERE schema_name = 'wandb_local'"
    )
    assert rows == [("utf8mb4", "utf8mb4_general_ci")]
    grants = [row[0] for row in db.query("SHOW GRANTS")]
    assert any(
        "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%` WITH GRANT OPTION" in g
        for g in grants
    ), grants
    assert db.query("SELECT COUNT(*) FROM runs") == [(3,)]
    roots = db.query("SELECT host FROM mysql.user WHERE user = 'root' ORDER BY host", root=True)
    assert roots == [("127.0.0.1",), ("localhost",)]
    assert db.query("SELECT COUNT(*) FROM artifacts") == [(2,)]
    # The W&B user can write.
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE smoke_probe (id INT)")
        cur.execute("DROP TABLE smoke_probe")


def test_mariadb_bad_settings_and_grants(mariadb_bad: MariaDBServer) -> None:
    db = mariadb_bad
    for name, value in db.expected_globals.items():
        assert db.global_variable(name) == value, name
    rows = db.query(
        "SELECT default_character_set_name FROM information_schema.schemata"
        " WHERE schema_name = 'wandb_local'"
    )
    assert rows == [("latin1",)]
    grants = [row[0] for row in db.query("SHOW GRANTS")]
    assert any("GRANT SELECT ON `wandb_local`.* TO `wandb_local`@`%`" in g for g in grants)
    assert not any("ALL PRIVILEGES" in g for g in grants), grants
    assert db.query("SELECT name FROM runs ORDER BY id LIMIT 1") == [("dazzling-sun-1",)]
    with pytest.raises(pymysql.err.OperationalError) as denied:
        db.query("CREATE TABLE smoke_probe (id INT)")
    assert denied.value.args[0] == 1142  # CREATE command denied


def test_mariadb_grants_are_enforced(mariadb_good: MariaDBServer) -> None:
    with pytest.raises(pymysql.err.OperationalError) as denied:
        pymysql.connect(
            host=mariadb_good.host,
            port=mariadb_good.port,
            user=mariadb_good.user,
            password="wrong-password",
            connect_timeout=5,
        )
    assert denied.value.args[0] == 1045  # Access denied


def test_mariadb_set_global_round_trip(mariadb_bad: MariaDBServer) -> None:
    previous = mariadb_bad.set_global("sort_buffer_size", 33554432)
    try:
        assert mariadb_bad.global_variable("sort_buffer_size") == "33554432"
        assert mariadb_bad.set_global("binlog_format", "MIXED") == "STATEMENT"
        assert mariadb_bad.global_variable("binlog_format") == "MIXED"
    finally:
        mariadb_bad.set_global("sort_buffer_size", int(previous or 0))
        mariadb_bad.set_global("binlog_format", "STATEMENT")
    assert mariadb_bad.global_variable("sort_buffer_size") == "2097152"


# --- SeaweedFS S3 ----------------------------------------------------------------------------


def _preflight(s3: SeaweedS3, bucket: str, key: str, origin: str) -> requests.Response:
    return requests.options(
        s3.object_url(bucket, key),
        headers={"Origin": origin, "Access-Control-Request-Method": "PUT"},
        timeout=10,
    )


def test_seaweed_presigned_round_trip(seaweed: SeaweedS3) -> None:
    s3 = seaweed.client()
    key = f"smoke/{uuid.uuid4().hex}.bin"
    body = os.urandom(64 * 1024)
    put_url = s3.generate_presigned_url(
        "put_object", Params={"Bucket": seaweed.cors_bucket, "Key": key}, ExpiresIn=300
    )
    assert requests.put(put_url, data=body, timeout=10).status_code == 200
    get_url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": seaweed.cors_bucket, "Key": key}, ExpiresIn=300
    )
    got = requests.get(get_url, timeout=10)
    assert got.status_code == 200
    assert got.content == body
    s3.delete_object(Bucket=seaweed.cors_bucket, Key=key)


def test_seaweed_checks_signatures(seaweed: SeaweedS3) -> None:
    wrong = seaweed.client(secret_key="not-the-secret")
    with pytest.raises(ClientError) as err:
        wrong.list_objects_v2(Bucket=seaweed.cors_bucket)
    assert err.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    url = wrong.generate_presigned_url(
        "get_object", Params={"Bucket": seaweed.cors_bucket, "Key": "anything"}
    )
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in resp.text
    anonymous = requests.get(seaweed.object_url(seaweed.cors_bucket, "anything"), timeout=10)
    assert anonymous.status_code == 403
    assert "<Code>AccessDenied</Code>" in anonymous.text


def test_seaweed_buckets_and_connection_string(seaweed: SeaweedS3) -> None:
    s3 = seaweed.client()
    names = {b["Name"] for b in s3.list_buckets()["Buckets"]}
    assert {seaweed.cors_bucket, seaweed.nocors_bucket} <= names
    rules = s3.get_bucket_cors(Bucket=seaweed.cors_bucket)["CORSRules"]
    assert rules[0]["AllowedOrigins"] == [seaweed.wandb_origin]
    assert sorted(rules[0]["AllowedMethods"]) == ["GET", "HEAD", "PUT"]
    with pytest.raises(ClientError) as err:
        s3.get_bucket_cors(Bucket=seaweed.nocors_bucket)
    assert err.value.response["Error"]["Code"] == "NoSuchCORSConfiguration"
    assert seaweed.access_key.startswith("AKIA")
    assert seaweed.connection_string(seaweed.nocors_bucket) == (
        f"s3://{seaweed.access_key}:{seaweed.secret_key}@127.0.0.1:{seaweed.port}/wandb-nocors"
    )


def test_seaweed_cors_preflight(seaweed: SeaweedS3) -> None:
    allowed = _preflight(seaweed, seaweed.cors_bucket, "some/key.bin", seaweed.wandb_origin)
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == seaweed.wandb_origin
    assert "PUT" in allowed.headers["Access-Control-Allow-Methods"]

    other = _preflight(seaweed, seaweed.cors_bucket, "some/key.bin", "https://evil.example.test")
    assert other.status_code == 403
    assert "Access-Control-Allow-Origin" not in other.headers

    none = _preflight(seaweed, seaweed.nocors_bucket, "some/key.bin", seaweed.wandb_origin)
    assert none.status_code == 403
    assert "Access-Control-Allow-Origin" not in none.headers


# --- nginx -----------------------------------------------------------------------------------

TEN_MB = 10 * 1024 * 1024


def _handshake_error(proxy: NginxProxy, variant: str, context: ssl.SSLContext) -> str:
    """Do a TLS handshake with a variant; return '' on success, else the verify message."""
    port = proxy.port(variant)
    with socket.create_connection(("localhost", port), timeout=10) as raw:
        try:
            with context.wrap_socket(raw, server_hostname="localhost"):
                return ""
        except ssl.SSLCertVerificationError as err:
            return str(err.verify_message)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_nginx_tls_variants(nginx: NginxProxy) -> None:
    ctx = nginx.ssl_context()
    assert _handshake_error(nginx, "good", ctx) == ""
    assert _handshake_error(nginx, "bad", ctx) == ""
    assert "self-signed" in _handshake_error(nginx, "selfsigned", ctx)
    assert "self-signed" in _handshake_error(nginx, "selfsigned", ssl.create_default_context())
    assert "Hostname mismatch" in _handshake_error(nginx, "wronghost", ctx)
    assert "expired" in _handshake_error(nginx, "expired", ctx)
    # The self-signed certificate is trusted when pinned explicitly (it is a real cert).
    pinned = ssl.create_default_context(cafile=str(nginx.selfsigned_cert_path))
    assert _handshake_error(nginx, "selfsigned", pinned) == ""
    # With verification off every variant still serves the app.
    for variant in ("selfsigned", "wronghost", "expired"):
        resp = requests.get(f"{nginx.url(variant)}/healthz", verify=False, timeout=10)
        assert (resp.status_code, resp.text) == (200, "ok")
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(f"{nginx.good_url}/healthz", timeout=10)  # system store: CA unknown


def test_nginx_good_proxy_behaviour(nginx: NginxProxy) -> None:
    ca = str(nginx.ca_pem_path)
    for path in ("/healthz", "/ready"):
        resp = requests.get(f"{nginx.good_url}{path}", verify=ca, timeout=10)
        assert (resp.status_code, resp.text) == (200, "ok")
        assert resp.headers["Strict-Transport-Security"] == nginx.hsts_value
    seen = requests.get(f"{nginx.good_url}/debug/headers", verify=ca, timeout=10).json()
    assert seen["x-forwarded-proto"] == "https"
    assert seen["x-forwarded-host"] == f"localhost:{nginx.port('good')}"
    assert seen["x-forwarded-port"] == str(nginx.port("good"))
    assert seen["x-real-ip"] == "127.0.0.1"
    assert seen["x-forwarded-for"] == "127.0.0.1"
    resp = requests.post(f"{nginx.good_url}/upload", data=b"x" * TEN_MB, verify=ca, timeout=60)
    assert resp.status_code == 200
    assert resp.json() == {"received_bytes": TEN_MB}
    status, headers = websocket_handshake(nginx.good_url, nginx.ssl_context())
    assert status == 101
    assert headers["upgrade"].lower() == "websocket"
    redirect = requests.get(f"{nginx.good_http_url}/some/page?x=1", allow_redirects=False)
    assert redirect.status_code == 301
    assert redirect.headers["Location"] == f"{nginx.good_url}/some/page?x=1"


def test_nginx_bad_proxy_behaviour(nginx: NginxProxy) -> None:
    ca = str(nginx.ca_pem_path)
    resp = requests.get(f"{nginx.bad_url}/healthz", verify=ca, timeout=10)
    assert (resp.status_code, resp.text) == (200, "ok")
    assert "Strict-Transport-Security" not in resp.headers
    seen = requests.get(f"{nginx.bad_url}/debug/headers", verify=ca, timeout=10).json()
    assert "x-forwarded-proto" not in seen
    assert "upgrade" not in seen
    resp = requests.post(f"{nginx.bad_url}/upload", data=b"x" * TEN_MB, verify=ca, timeout=60)
    assert resp.status_code == 413
    small = requests.post(f"{nginx.bad_url}/upload", data=b"x" * 1000, verify=ca, timeout=10)
    assert small.json() == {"received_bytes": 1000}
    status, _ = websocket_handshake(nginx.bad_url, nginx.ssl_context())
    assert status == 426
    plain = requests.get(f"{nginx.bad_http_url}/healthz", allow_redirects=False, timeout=10)
    assert (plain.status_code, plain.text) == (200, "ok")
    assert "Strict-Transport-Security" not in plain.headers


def test_nginx_upstream_directly(nginx: NginxProxy) -> None:
    status, _ = websocket_handshake(nginx.upstream_url, None, path="/any/path")
    assert status == 101
    chunked = requests.put(
        f"{nginx.upstream_url}/blob", data=iter([b"a" * 5000, b"b" * 7000]), timeout=10
    )
    assert chunked.json() == {"received_bytes": 12000}
    assert requests.get(f"{nginx.upstream_url}/ws", timeout=10).status_code == 426
