"""Redaction: what is replaced, what stays readable, consistency, and the check."""

from __future__ import annotations

import pytest

from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3YW5kYi1vcmcifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "MYSQL=mysql://wandb_local:p%40ss-Word9@db:3306/wandb_local",
            "p%40ss-Word9",
            "mysql://wandb_local:",
        ),
        (
            "s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG@minio:9000/b?tls=true",
            "wJalrXUtnFEMI",
            "@minio:9000/b?tls=true",
        ),
        ("s3://AKIAIOSFODNN7EXAMPLE:x@minio/b", "AKIAIOSFODNN7EXAMPLE", "minio/b"),
        (f"LICENSE={JWT}", JWT, "LICENSE="),
        (f'{{"level":"info","msg":"license {JWT}"}}', JWT, '"level":"info"'),
        (
            "Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123",
            "abcdefghijklmnop",
            "Authorization: Bearer",
        ),
        ('"MYSQL_PASSWORD": "hunter22x"', "hunter22x", '"MYSQL_PASSWORD": "'),
        ("OIDC_CLIENT_SECRET=s3cr3tvalue", "s3cr3tvalue", "OIDC_CLIENT_SECRET="),
        (
            "WANDB_API_KEY=local-0123456789abcdef0123456789abcdef01234567",
            "0123456789abcdef",
            "WANDB_API_KEY=",
        ),
        (
            "IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'",
            "2470C0C06DEE42FD",
            "IDENTIFIED BY PASSWORD",
        ),
        (
            "IDENTIFIED WITH 'mysql_native_password' AS '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'",
            "2470C0C06DEE42FD",
            "mysql_native_password",
        ),
    ],
)
def test_detectors(text: str, gone: str, kept: str) -> None:
    out = Redactor()(text)
    assert gone not in out
    assert kept in out
    assert "[REDACTED:" in out
    assert list(Gate().line(out)) == []  # what redaction leaves, the gate accepts


@pytest.mark.parametrize(
    "text",
    [
        "connected to 127.0.0.1:3306 in 12ms",
        '{"level":"info","credentials_ok":true,"token_count":5}',
        "sort_buffer_size=262144 sync_binlog=1",
        "password: true",
        "panic: dial tcp 10.0.0.12:3306: connect: connection refused",
        "image docker.io/wandb/local@sha256:" + "ab" * 32,
    ],
)
def test_ordinary_text_stays(text: str) -> None:
    assert Redactor()(text) == text


def test_consistent_placeholders_and_summary() -> None:
    r = Redactor()
    r.add_secret("Pw-One-1111", "password")
    r.add_secret("Pw-Two-2222", "password")
    a = r("first Pw-One-1111 then Pw-Two-2222")
    b = r("again Pw-One-1111")
    assert a == "first [REDACTED:password:1] then [REDACTED:password:2]"
    assert b == "again [REDACTED:password:1]"
    assert r.summary() == {"password": 3}
    assert "Pw-One" not in repr(r.summary())


def test_percent_encoded_known_secret() -> None:
    r = Redactor()
    r.add_secret("p@ss/w0rd!", "password")
    assert "p%40ss" not in r("dsn mysql://u:p%40ss%2Fw0rd%21@h/db")
    assert "p@ss/w0rd!" not in r("said p@ss/w0rd! in a log")


def test_placeholders_are_never_re_redacted() -> None:
    r = Redactor()
    text = "password: [REDACTED:password:1] and s3://k:[REDACTED:url_password:4]@h/b"
    assert r(text) == text


def test_pem_block_in_lines() -> None:
    lines = [
        "before",
        "-----BEGIN RSA PRIVATE KEY-----",
        "MIIEpAIBAAKCAQEA",
        "abc",
        "-----END RSA PRIVATE KEY-----",
        "after",
    ]
    out = list(Redactor().lines(lines))
    # every line of the block is replaced (line numbers stay those of the source)
    assert out == ["before"] + ["[REDACTED:private_key:1]"] * 4 + ["after"]
    whole = Redactor()("\n".join(lines))
    assert "MIIEpA" not in whole


def test_structural_json_redaction() -> None:
    r = Redactor()
    doc = {
        "credentials_ok": True,
        "MYSQL_PASSWORD": "abcdef",
        "env": [{"name": "LICENSE", "value": "short-lic"}, {"name": "HOST", "value": "https://h"}],
        "Env": ["GORILLA_SESSION_KEY=abcdef1234"],
        "count": 3,
    }
    out = r.obj(doc)
    assert out["credentials_ok"] is True and out["count"] == 3
    assert out["MYSQL_PASSWORD"].startswith("[REDACTED:")
    assert out["env"][0]["value"].startswith("[REDACTED:") and out["env"][1]["value"] == "https://h"
    assert "abcdef1234" not in out["Env"][0]


def test_settings_register_their_secrets() -> None:
    r = Redactor()
    register_setting_secrets(
        r,
        {
            "MYSQL": "mysql://wandb:Plain-pw-9@db/wandb_local",
            "BUCKET": "s3://minioadmin:Minio-Secret-7@minio:9000/wandb",
            "LICENSE": "lic-abcdef",
            "HOST": "https://wandb.example.com",
        },
    )
    out = r(
        "log: Plain-pw-9 / minioadmin / Minio-Secret-7 / lic-abcdef / https://wandb.example.com"
    )
    for s in ("Plain-pw-9", "minioadmin", "Minio-Secret-7", "lic-abcdef"):
        assert s not in out
    assert "https://wandb.example.com" in out


def test_gate_reports_excerpts_only() -> None:
    found = list(Gate().line("x s3://AKIAIOSFODNN7EXAMPLE:SuperSecretValue1@h/b"))
    kinds = {k for k, _ in found}
    assert {"url_password", "aws_access_key"} <= kinds
    assert all("SuperSecretValue1" not in e for _, e in found)


def test_reference_names_are_not_secrets() -> None:
    r = Redactor()
    doc = {
        "secretName": "wandb-tls",
        "existingSecret": "mysql-creds",
        "secretKeyRef": {"name": "x"},
        "mysqlPassword": "Real-Secret-99",
    }
    out = r.obj(doc)
    assert out["secretName"] == "wandb-tls" and out["existingSecret"] == "mysql-creds"
    assert out["mysqlPassword"].startswith("[REDACTED:")


def test_flags_are_never_registered_as_secrets() -> None:
    r = Redactor()
    register_setting_secrets(
        r, {"LDAP_BIND_PW": "true", "SMTP_PASSWORD": "1234", "OIDC_CLIENT_SECRET": "Real-One-77"}
    )
    assert r("tls=true port=1234 Real-One-77") == "tls=true port=1234 [REDACTED:setting:1]"
