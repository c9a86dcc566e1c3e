"""The Docker collector against a real Docker engine (the `dockerd` fixture: wandb-local running,
wandb-crashed exited 1, unrelated busybox), through the Runner and the shipped rule pack, once
through the CLI with DOCKER_HOST from the environment. Every test that needs the engine is here.
Its pure parts: test_docker_pieces.py; engines that do not answer: test_docker_engines.py."""

from __future__ import annotations

import os
import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.collect.docker_support import (
    CAP,
    LOG,
    RFC3339,
    SMALL_CAP,
    Collected,
    read_bundle,
    rules_knowing,
    run_collect,
)
from tests.helpers import shipped_pack
from tests.servers.dockerd import DockerEngine
from tests.servers.dockerd_lookalike import GORILLA_FILLER_LINES
from wbdiag.bundle import layout
from wbdiag.bundle.reader import BundleSource
from wbdiag.cli import main
from wbdiag.collect.sources import docker_logs
from wbdiag.collect.sources.docker_logs import ContainerLog
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack
from wbdiag.rules.model import Status
from wbdiag.settings import is_wandb_setting

pytestmark = pytest.mark.servers


@pytest.fixture(scope="module")
def collected(dockerd: DockerEngine, tmp_path_factory: pytest.TempPathFactory) -> Collected:
    """One collection with the default discovery, shared by the tests that only read it."""
    return run_collect(
        tmp_path_factory.mktemp("docker"), docker_host=dockerd.base_url, log_cap_bytes=CAP
    )


# -- one collection, default discovery ----------------------------------------------------------
def test_documented_files_and_unrelated_only_listed(
    collected: Collected, dockerd: DockerEngine
) -> None:
    rec = collected.record
    assert rec["status"] == "ok", rec
    assert rec["notes"] == []
    m = collected.members
    for path in (layout.DOCKER_VERSION, layout.DOCKER_INFO, layout.DOCKER_CONTAINERS):
        assert path in m
    assert collected.doc(layout.DOCKER_VERSION)["ApiVersion"]
    assert collected.doc(layout.DOCKER_INFO)["Driver"] == "vfs"
    for name in (dockerd.wandb_container, dockerd.crashed_container):
        assert layout.docker_inspect(name) in m
        assert LOG(name) in m
    for path in dockerd.log_files:  # the running look-alike writes all four
        assert layout.docker_file(dockerd.wandb_container, path) in m
    # the crashed look-alike never wrote them: missing files are normal, not notes
    assert not any(p.startswith(f"docker/containers/{dockerd.crashed_container}/files/") for p in m)

    listed = {c["name"]: c for c in collected.doc(layout.DOCKER_CONTAINERS)}
    assert set(listed) == set(dockerd.container_names)
    for c in listed.values():
        assert set(c) == {"name", "id", "image", "status", "wandb"}
    assert listed[dockerd.unrelated_container] | {"id": None} == {
        "name": "unrelated", "id": None, "image": dockerd.plain_image, "status": "running",
        "wandb": False,
    }  # fmt: skip
    assert listed[dockerd.wandb_container]["wandb"] is True
    assert listed[dockerd.crashed_container]["status"] == "exited"
    assert not any(p.startswith(f"docker/containers/{dockerd.unrelated_container}") for p in m)
    assert set(rec_paths(collected)) == {p for p in m if p.startswith("docker/")}


def rec_paths(c: Collected) -> list[str]:
    return [f["path"] for f in c.record["files"]]


def test_inspect_is_one_object_with_image_date_and_redacted_env(
    collected: Collected, dockerd: DockerEngine
) -> None:
    local = collected.doc(layout.docker_inspect(dockerd.wandb_container))
    crashed = collected.doc(layout.docker_inspect(dockerd.crashed_container))
    for doc in (local, crashed):
        assert isinstance(doc, dict)
        assert doc["Config"]["User"] == dockerd.container_user
        assert doc["Config"]["Image"] == dockerd.wandb_image
        datetime.fromisoformat(doc["ImageCreated"][:19])
        assert doc["ImageTags"] == [dockerd.wandb_image]
        env = dict(e.split("=", 1) for e in doc["Config"]["Env"])
        assert env["HOST"] == dockerd.wandb_environment["HOST"]
        assert env["LICENSE"].startswith("[REDACTED:")
        assert env["GORILLA_SESSION_KEY"].startswith("[REDACTED:")
        assert "[REDACTED:" in env["MYSQL"] and "@127.0.0.1:3306/wandb_local" in env["MYSQL"]
    assert local["Name"] == "/wandb-local" and local["State"]["Running"] is True
    assert any(mount["Destination"] == "/vol" for mount in local["Mounts"])
    state = crashed["State"]
    assert (state["Status"], state["ExitCode"], state["OOMKilled"]) == ("exited", 1, False)
    assert crashed["RestartCount"] == 0


def test_crashed_container_raises_docker_exited(collected: Collected) -> None:
    exited = collected.finding("docker.exited")
    assert exited.status is Status.FAIL
    assert "wandb-crashed" in exited.message and "exited" in exited.message
    assert "wandb-local" not in exited.message
    assert {e.path for e in exited.evidence} == {layout.docker_inspect("wandb-crashed")}
    for quiet in ("docker.oomkilled", "docker.restarting", "docker.unhealthy"):
        assert collected.finding(quiet).status is Status.PASS, quiet


def test_container_log_keeps_the_newest_part_under_the_cap(
    collected: Collected, dockerd: DockerEngine
) -> None:
    path = LOG(dockerd.wandb_container)
    text = collected.text(path)
    lines = text.splitlines()
    assert len(text.encode()) <= CAP
    assert len(text.encode()) > CAP - 1024  # filled, not cut far below the cap
    assert lines[-1].endswith(" " + dockerd.ready_marker)  # the newest line is kept
    assert any(ln.endswith(" " + dockerd.panic_line) for ln in lines)
    assert '"n":1}' not in text and "Starting W&B Local" not in text  # the oldest are gone
    assert all(re.match(RFC3339, ln) for ln in lines), "docker's timestamps on every line"
    rec = collected.file_record(path)
    assert rec["truncated"] is True and rec["bytes"] == len(text.encode())
    assert collected.record["truncated"] is True
    # the crashed container's short log is whole, with the panic after the start-up banner
    crashed = collected.text(LOG(dockerd.crashed_container))
    assert "Starting W&B Local" in crashed and dockerd.panic_line in crashed
    assert collected.file_record(LOG(dockerd.crashed_container))["truncated"] is False


def test_in_container_logs_whole_under_the_cap(collected: Collected, dockerd: DockerEngine) -> None:
    gorilla = collected.text(layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log"))
    assert dockerd.mysql_denied_error in gorilla
    assert gorilla.count('"msg":"request served"') == GORILLA_FILLER_LINES
    rec = collected.file_record(layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log"))
    assert rec["truncated"] is False
    mysql = collected.text(layout.docker_file(dockerd.wandb_container, "/var/log/mysql.log"))
    assert "ready for connections" in mysql


def test_both_streams_in_the_container_log(dockerd: DockerEngine, tmp_path: Path) -> None:
    # a cap large enough for the whole log: the stderr line sits near the top
    whole = run_collect(tmp_path, docker_host=dockerd.base_url, log_cap_bytes=8 * 1024 * 1024)
    text = whole.text(LOG(dockerd.wandb_container))
    assert dockerd.stderr_line in text and "Starting W&B Local" in text
    assert text.count('"msg":"request served"') == dockerd.stdout_filler_lines
    assert whole.file_record(LOG(dockerd.wandb_container))["truncated"] is False


def _log_bytes(log: ContainerLog) -> bytes:
    try:
        data = b"".join(log.chunks(tty=False))
    finally:
        log.close()
    assert log.problem is None
    return data


def test_container_log_over_http10_and_over_the_sdk_agree(
    dockerd: DockerEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docker.errors

    client = dockerd.client()
    cid = client.api.inspect_container(dockerd.wandb_container)["Id"]
    params = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": 0, "tail": 100_000}
    assert docker_logs.unix_socket_path(client) == str(dockerd.socket_path)
    plain = _log_bytes(ContainerLog(client, cid, params))  # HTTP/1.0: no chunk lines
    want = client.api.logs(cid, stdout=True, stderr=True, timestamps=True, tail=100_000)
    assert plain == want and dockerd.stderr_line.encode() in plain
    monkeypatch.setattr(docker_logs, "unix_socket_path", lambda _client: None)
    assert _log_bytes(ContainerLog(client, cid, params)) == want  # HTTP/1.1 chunked, dechunked
    monkeypatch.undo()
    with pytest.raises(docker.errors.NotFound, match="No such container"):
        ContainerLog(client, "no-such-container", params)
    with pytest.raises(docker.errors.APIError) as bad:
        ContainerLog(client, cid, {"stdout": 0, "stderr": 0})
    assert not isinstance(bad.value, docker.errors.NotFound) and bad.value.explanation


def test_known_log_signatures_fire(collected: Collected, dockerd: DockerEngine) -> None:
    pack = shipped_pack()
    cases = [
        (dockerd.panic_line, LOG(dockerd.wandb_container)),
        (dockerd.mysql_denied_error, layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log")),
    ]  # fmt: skip
    missing = []
    for line, path in cases:
        knowing = rules_knowing(pack, line, path)
        if not knowing:
            missing.append(line)
            continue
        fired = [
            collected.finding(r)
            for r in knowing
            if collected.finding(r).status in (Status.FAIL, Status.WARN)
        ]
        assert fired, f"rules {sorted(knowing)} know {line!r} but none fired"
        assert any(e.path == path for f in fired for e in f.evidence), (path, fired)
    assert not missing, f"no rule in the shipped pack matches these lines: {missing}"


STAND_IN_RULE = """\
id: mysql.{name}
title: stand-in log rule for the Docker collector's tests
severity: error
category: mysql
description: A stand-in for the shipped log-signature rule, matching one known W&B failure line.
message: "{{count}} lines"
remediation: Nothing to do; this rule exists only in the Docker collector's tests.
references: [wandb/server#86]
condition:
  log:
    pattern: '{pattern}'
"""


def test_signatures_found_in_the_right_files_by_stand_in_rules(
    collected: Collected, dockerd: DockerEngine, tmp_path: Path
) -> None:
    """Whatever the shipped pack holds: the lines a log rule needs are where a rule looks, and
    a line a rule explains leaves the unrecognised list."""
    rules = tmp_path / "rules"
    rules.mkdir()
    for name, pattern in (
        ("stand_in_refused", r"panic: dial tcp [0-9.]+:3306: connect: connection refused"),
        ("stand_in_denied", r"Error 1045 \(28000\): Access denied for user"),
    ):
        (rules / f"mysql.{name}.yaml").write_text(STAND_IN_RULE.format(name=name, pattern=pattern))
    analysis = analyze(BundleSource.open(collected.path), load_pack([rules]))
    found = {f.rule.id: f for f in analysis.findings}
    refused, denied = found["mysql.stand_in_refused"], found["mysql.stand_in_denied"]
    assert refused.status is Status.FAIL and denied.status is Status.FAIL
    assert {e.path for e in refused.evidence} == {
        LOG(dockerd.wandb_container),
        LOG(dockerd.crashed_container),
    }
    assert {e.subject for e in refused.evidence} == {
        "container wandb-local",
        "container wandb-crashed",
    }
    assert all(e.time for e in refused.evidence), "docker's timestamps are read"
    for e in refused.evidence:  # the panic's goroutine trace travels with it
        assert any(ln.endswith(" goroutine 1 [running]:") for ln in e.context), e.context
    gorilla = layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log")
    assert [e.path for e in denied.evidence] == [gorilla]
    samples = [t.sample for t in analysis.unrecognised]
    assert not any("3306: connect: connection refused" in s for s in samples)
    assert not any("Access denied for user" in s for s in samples)
    assert any("frobnicator quorum lost" in s for s in samples)


def test_unknown_error_reported_as_unrecognised(
    collected: Collected, dockerd: DockerEngine
) -> None:
    templates = collected.analysis.unrecognised
    hits = [t for t in templates if "frobnicator quorum lost" in t.sample]
    assert {t.sample_path for t in hits} == {
        LOG(dockerd.wandb_container),
        layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log"),
    }
    assert all(t.source.startswith("container wandb-local") for t in hits)


def test_container_settings_reach_the_probes_redacted(
    collected: Collected, dockerd: DockerEngine
) -> None:
    assert collected.manifest["deployment"] == "docker"
    assert collected.manifest["wandb_host"] == dockerd.wandb_environment["HOST"]
    settings = collected.doc(layout.SETTINGS)
    assert settings["sources"] == ["docker:wandb-local"]
    values = settings["values"]
    env = dockerd.wandb_environment
    assert set(values) == set(env)
    for plain in ("HOST", "BUCKET_QUEUE", "AWS_REGION", "LOGGING_ENABLED"):
        assert values[plain] == env[plain]
    for secret in ("LICENSE", "GORILLA_SESSION_KEY"):
        assert values[secret].startswith("[REDACTED:setting:")
    assert values["MYSQL"].startswith("mysql://wandb_local:[REDACTED:password:")
    assert values["BUCKET"].startswith("s3://[REDACTED:access_key:")
    assert {"setting": "HOST", "source": "docker:wandb-local"} in settings["origin"]


def test_no_planted_secret_anywhere(collected: Collected, dockerd: DockerEngine) -> None:
    collected.assert_no_secret(dockerd.secrets)
    # the start-up banner printed the BUCKET URL; the secret went, the host stayed
    text = collected.text(LOG(dockerd.crashed_container))
    assert "@127.0.0.1:9000/local-files" in text and "[REDACTED:" in text
    counts = collected.manifest["redaction"]
    assert counts.get("setting", 0) >= 2 and counts.get("password", 0) >= 2


# -- other runs --------------------------------------------------------------------------------
def test_file_larger_than_the_cap_keeps_its_tail(dockerd: DockerEngine, tmp_path: Path) -> None:
    small = run_collect(tmp_path, docker_host=dockerd.base_url, log_cap_bytes=SMALL_CAP)
    path = layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log")
    text = small.text(path)
    size = len(text.encode())
    assert 0 < size <= SMALL_CAP
    lines = text.splitlines()
    assert all(ln.startswith('{"level":') for ln in lines), "no line cut in the middle"
    assert "frobnicator quorum lost" in lines[-1]  # the file's last line
    rec = small.file_record(path)
    assert rec["truncated"] is True
    assert rec["original_bytes"] > 150_000  # the file's size inside the container
    log = small.text(LOG(dockerd.wandb_container))
    assert len(log.encode()) <= SMALL_CAP and log.splitlines()[-1].endswith(dockerd.ready_marker)
    small.assert_no_secret(dockerd.secrets)


def test_explicit_container(dockerd: DockerEngine, tmp_path: Path) -> None:
    one = run_collect(tmp_path, docker_host=dockerd.base_url, container=dockerd.crashed_container)
    assert one.record["status"] == "ok"
    listed = {c["name"]: c["wandb"] for c in one.doc(layout.DOCKER_CONTAINERS)}
    assert listed == {"wandb-local": False, "wandb-crashed": True, "unrelated": False}
    assert layout.docker_inspect(dockerd.crashed_container) in one.members
    assert not any(p.startswith("docker/containers/wandb-local/") for p in one.members)
    assert one.doc(layout.SETTINGS)["sources"] == ["docker:wandb-crashed"]
    assert one.manifest["deployment"] == "docker"
    one.assert_no_secret(dockerd.secrets)


def test_explicit_container_that_does_not_exist(dockerd: DockerEngine, tmp_path: Path) -> None:
    none = run_collect(tmp_path, docker_host=dockerd.base_url, container="wandb-nope")
    rec = none.record
    assert rec["status"] == "partial"
    assert rec["notes"] == ["container 'wandb-nope' given with --container does not exist"]
    assert {c["wandb"] for c in none.doc(layout.DOCKER_CONTAINERS)} == {False}
    assert not any(p.startswith("docker/containers/") for p in none.members)
    assert none.manifest["deployment"] == "none"
    assert none.finding("docker.exited").status is Status.NOT_EVALUATED


def test_since_bounds_the_container_log(dockerd: DockerEngine, tmp_path: Path) -> None:
    client = dockerd.client()
    try:
        last = client.containers.get(dockerd.wandb_container).logs(tail=1, timestamps=True)
    finally:
        client.close()
    written = datetime.fromisoformat(last.decode().split(".")[0]).timestamp()
    # the look-alike is idle after its ready marker: 2 seconds later its log has nothing newer
    time.sleep(max(0.0, written + 3.5 - time.time()))
    recent = run_collect(tmp_path, docker_host=dockerd.base_url, since="2s", log_cap_bytes=CAP)
    assert recent.text(LOG(dockerd.wandb_container)) == ""
    assert recent.file_record(LOG(dockerd.wandb_container))["truncated"] is False
    # --since does not apply to the files inside the container
    gorilla = layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log")
    assert dockerd.mysql_denied_error in recent.text(gorilla)


def test_cli_finds_the_engine_from_docker_host(dockerd: DockerEngine, tmp_path: Path) -> None:
    output = tmp_path / "cli.tgz"
    # only the engine's address: no W&B setting of this machine's environment leaks in
    env: dict[str, str | None] = {k: None for k in os.environ if is_wandb_setting(k)}
    result = CliRunner().invoke(
        main,
        ["collect", "-o", str(output), "--no-kubernetes", "--no-probes", "--log-cap", str(CAP)],
        env={**env, "DOCKER_HOST": dockerd.base_url},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert f"wrote {output}" in result.output
    bundle = read_bundle(output)
    assert bundle.record["status"] == "ok"
    assert bundle.manifest["deployment"] == "docker"
    assert bundle.doc(layout.SETTINGS)["sources"] == ["docker:wandb-local"]
    assert layout.docker_file(dockerd.wandb_container, "/var/log/gorilla.log") in bundle.members
    assert bundle.finding("docker.exited").status is Status.FAIL
    bundle.assert_no_secret(dockerd.secrets)
