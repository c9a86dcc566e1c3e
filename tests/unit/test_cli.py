"""Every command through click's CliRunner: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wbdiag.cli import main

REPO = Path(__file__).resolve().parents[2]
BROKEN = REPO / "sample_bundles" / "broken-docker.tgz"
HEALTHY = REPO / "sample_bundles" / "healthy-docker.tgz"


def cli(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def one_line_error(result: Result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("wbdiag: error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_help_for_every_command() -> None:
    def walk(group: object, path: list[str]) -> list[list[str]]:
        found = [path]
        for name, cmd in getattr(group, "commands", {}).items():
            found += walk(cmd, [*path, name])
        return found

    for path in walk(main, []):
        r = cli(*path, "--help")
        assert r.exit_code == 0, path
        assert "Usage:" in r.output


def test_version() -> None:
    r = cli("--version")
    assert r.exit_code == 0 and "wbdiag" in r.output


def test_analyze_exit_codes(tmp_path: Path) -> None:
    assert cli("analyze", str(HEALTHY)).exit_code == 0
    assert cli("analyze", str(BROKEN)).exit_code == 3
    assert cli("analyze", str(BROKEN), "--fail-on", "never").exit_code == 0
    assert cli("analyze", str(BROKEN), "--fail-on", "critical").exit_code == 3  # self-signed cert
    r = cli("analyze", str(tmp_path / "nope.tgz"))
    assert r.exit_code == 2
    assert "bundle not found" in one_line_error(r)
    junk = tmp_path / "junk.tgz"
    junk.write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    r = cli("analyze", str(junk))
    assert r.exit_code == 2
    assert "corrupt bundle" in one_line_error(r)
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    r = cli("analyze", str(empty))
    assert r.exit_code == 2 and "no manifest.json" in one_line_error(r)


@pytest.mark.parametrize(
    ("suffix", "marker"),
    [
        (".html", "<!DOCTYPE html>"),
        (".json", '"findings"'),
        (".md", "## wbdiag report:"),
        (".txt", "START HERE"),
    ],
)
def test_analyze_formats_from_suffix(tmp_path: Path, suffix: str, marker: str) -> None:
    out = tmp_path / f"report{suffix}"
    r = cli("analyze", str(BROKEN), "-o", str(out), "--fail-on", "never")
    assert r.exit_code == 0, r.output
    assert marker in out.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name], "nothing else written"


def test_analyze_unknown_suffix_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    r = cli("analyze", str(BROKEN), "-o", str(out), "--fail-on", "never")
    assert r.exit_code == 2
    assert "cannot tell the format from 'report.pdf'" in one_line_error(r)
    assert list(tmp_path.iterdir()) == [], "nothing written"
    r = cli("analyze", str(BROKEN), "-o", str(out), "--format", "text", "--fail-on", "never")
    assert r.exit_code == 0 and "START HERE" in out.read_text()


def test_analyze_json_contract() -> None:
    r = cli("analyze", str(BROKEN), "--format", "json", "--fail-on", "never")
    report = json.loads(r.output)
    ids = {f["rule_id"] for f in report["findings"]}
    assert {"tls.self_signed", "mysql.binlog_format", "storage.cors", "storage.bucket_queue"} <= ids
    for f in report["findings"]:
        assert {
            "rule_id",
            "severity",
            "title",
            "message",
            "remediation",
            "references",
            "evidence",
        } <= set(f)
        for e in f["evidence"]:
            assert {"path", "line", "text"} <= set(e)
    assert report["summary"]["deployment"]["Deployment"] == "docker"
    assert {c["name"] for c in report["collectors"]} >= {"mysql", "docker"}


def test_analyze_output_dir_missing(tmp_path: Path) -> None:
    r = cli("analyze", str(HEALTHY), "-o", str(tmp_path / "no" / "r.html"))
    assert r.exit_code == 2 and "output directory does not exist" in one_line_error(r)


def test_rules_list_and_validate(tmp_path: Path) -> None:
    r = cli("rules", "list", "--format", "json")
    data = json.loads(r.output)
    assert len(data["rules"]) >= 30
    assert "mysql.binlog_format" in {x["id"] for x in data["rules"]}
    assert cli("rules", "validate").exit_code == 0
    bad = tmp_path / "server.bad.yaml"
    bad.write_text("id: server.bad\ntitle: x\n")
    r = cli("rules", "validate", str(bad))
    assert r.exit_code == 2
    assert f"{bad}:" in one_line_error(r)


def test_rules_test_passes_and_fails(tmp_path: Path) -> None:
    # one rule: the whole pack's fixtures run in tests/test_conformance.py and scripts/test.sh
    rule = REPO / "rules" / "mysql" / "mysql.binlog_format.yaml"
    fixtures = tmp_path / "fx"
    shutil.copytree(
        REPO / "tests" / "rules" / "mysql.binlog_format", fixtures / "mysql.binlog_format"
    )
    r = cli("rules", "test", "--rules", str(rule), "--fixtures", str(fixtures))
    assert r.exit_code == 0, r.output
    assert " 0 failed" in r.output
    (fixtures / "mysql.binlog_format" / "negative" / "mysql" / "variables.json").write_text(
        '{"binlog_format": "STATEMENT"}'
    )
    r = cli("rules", "test", "--rules", str(rule), "--fixtures", str(fixtures))
    assert r.exit_code == 1
    assert "FAIL mysql.binlog_format negative: expected pass, got fail" in r.output
    shutil.rmtree(fixtures / "mysql.binlog_format" / "negative")
    r = cli("rules", "test", "--rules", str(rule), "--fixtures", str(fixtures))
    assert r.exit_code == 1 and "no negative fixture" in r.output


def test_collect_and_redact_check(tmp_path: Path) -> None:
    env_file = tmp_path / "wandb.env"
    env_file.write_text(
        "HOST=https://wandb.example.test\nLICENSE=Cli-License-Value-42\n# comment\n"
    )
    attach = tmp_path / "debug.log"
    attach.write_text(
        "wandb: Network error (SSLError), entering retry loop.\nGORILLA_SESSION_KEY=Cli-Session-77\n"
    )
    out = tmp_path / "b.tgz"
    r = cli(
        "collect",
        "--env-file",
        str(env_file),
        "--include",
        str(attach),
        "-o",
        str(out),
        "--no-docker",
        "--no-kubernetes",
        "--no-probes",
        "--timeout",
        "20",
        env={"MYSQL": ""},
    )
    assert r.exit_code == 0, r.output
    assert out.is_file()
    raw = out.read_bytes()
    assert b"Cli-License-Value-42" not in raw
    r = cli("redact-check", str(out))
    assert r.exit_code == 0 and "no secret-looking strings" in r.output
    a = cli("analyze", str(out), "--format", "json", "--fail-on", "never")
    report = json.loads(a.output)
    statuses = {c["name"]: c["status"] for c in report["collectors"]}
    from wbdiag.collect.registry import REGISTRY

    for name in ("docker", "kubernetes", "mysql", "storage", "proxy"):
        if name in REGISTRY:  # switched off by the --no-… flags
            assert statuses[name] == "skipped", name
    assert statuses["settings"] == "ok" and statuses["attachments"] == "ok"


def test_redact_check_finds_leaks(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky"
    (leaky / "attachments").mkdir(parents=True)
    (leaky / "manifest.json").write_text('{"format_version": 1}')
    (leaky / "attachments" / "x.log").write_text(
        "BUCKET=s3://AKIAIOSFODNN7EXAMPLE:SuperSecretKey@h/b\n"
    )
    r = cli("redact-check", str(leaky))
    assert r.exit_code == 3
    assert "attachments/x.log:1: url_password" in r.output
    assert "SuperSecretKey" not in r.output


def test_collect_bad_input_is_one_line(tmp_path: Path) -> None:
    env_file = tmp_path / "bad.env"
    env_file.write_text("this is not an env file\n")
    r = cli(
        "collect",
        "--env-file",
        str(env_file),
        "-o",
        str(tmp_path / "b.tgz"),
        "--no-docker",
        "--no-kubernetes",
        "--no-probes",
    )
    assert r.exit_code == 2 and f"{env_file}:1" in one_line_error(r)
    r = cli("collect", "--since", "yesterday", "-o", str(tmp_path / "c.tgz"))
    assert r.exit_code == 2 and "--since" in one_line_error(r)
    assert not (tmp_path / "b.tgz").exists() and not (tmp_path / "c.tgz").exists()


def test_report_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import os

    out = tmp_path / "r.json"
    old = os.umask(0o022)
    try:
        assert cli("analyze", str(HEALTHY), "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_internal_error_is_one_line_with_exit_70(monkeypatch: pytest.MonkeyPatch) -> None:
    import wbdiag.analyze

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(wbdiag.analyze, "analyze_bundle", broken)
    monkeypatch.delenv("WBDIAG_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["analyze", str(HEALTHY)])
    assert r.exit_code == 70
    assert "internal error: RuntimeError: a bug" in one_line_error(r)
