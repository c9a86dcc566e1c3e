"""Text that does not encode: a member name with a byte that is not UTF-8, a lone surrogate
from a JSON escape. Every report format is written, and shows them escaped."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hostile.harness import run_wbdiag, tgz

LOG_LINE = "2026-11-28T12:00:00Z ERROR flush batch 12 failed: upstream said no\n"


def bundle(tmp_path: Path) -> Path:
    containers = (
        b'[{"name": "wandb-local", "id": "1", "image": "wandb/local:\\ud800", '
        b'"status": "exited", "wandb": true}]'
    )
    return tgz(
        tmp_path / "b.tgz",
        {
            b"docker/containers/w\xff/container.log": LOG_LINE * 3,
            b"attachments/\xfe\xfe.log": "Error: \\udc80 lone\n",
            "docker/containers.json": containers,
            "mysql/version.json": b'{"version": "5.7.\\udfff", "flavor": "mysql\\ud83d"}',
        },
    )


# -- paths given on the command line that are not UTF-8 ----------------------------------------
RULE = Path(__file__).resolve().parents[2] / "rules" / "mysql" / "mysql.access_denied.yaml"


COMMANDS = [
    ("rules", "validate", "{rule}"),
    ("rules", "test", "--rules", "{rule}"),
    ("rules", "list", "--rules", "{rule}"),
    ("analyze", "{bundle}", "--rules", "{rule}", "--fail-on", "never"),
]


def _bytes_path(where: Path, name: bytes) -> Path:
    return Path(os.fsdecode(os.fsencode(where) + b"/" + name))


@pytest.mark.parametrize("fmt", ["html", "markdown", "text", "json"])
def test_every_format_is_written_with_the_text_and_the_paths_escaped(
    tmp_path: Path, fmt: str
) -> None:
    """The bundle's text that does not encode and a bundle and output path that are not UTF-8,
    in one analysis per format: each is escaped in the report, whatever else is."""
    b = _bytes_path(tmp_path, b"b\xff.tgz")
    bundle(tmp_path).rename(b)
    out_file = _bytes_path(tmp_path, b"report\xfe.out")
    # processes of their own: the paths come in as a command line's bytes
    out = run_wbdiag(
        "analyze", b, "--format", fmt, "-o", out_file, "--fail-on", "never", fresh=True
    )
    out.assert_clear(0)
    text = out_file.read_text(encoding="utf-8")  # strict: every character encodes
    if fmt == "json":
        report = json.loads(text)
        sources = {t["sample_path"] for t in report["unrecognised_errors"]}
        assert "docker/containers/w\\xff/container.log" in sources, sources
        assert report["summary"]["deployment"]["W&B image"] == "wandb/local:\\ud800"
    elif fmt == "text":
        assert "\\ud800" in text
    else:  # what each format shows of the bundle's text differs; what it shows is escaped (the
        # member names as written, not the bundle's name, which holds a \xff too)
        shown = ("ud800", "w\\xff", "w\\\\xff", "xfe\\xfe", "xfe\\\\xfe")
        assert any(escaped in text for escaped in shown), text[:2000]
    if fmt in ("json", "text", "markdown"):
        assert "b\\xff.tgz" in text or "b\\\\xff.tgz" in text, text[:1000]


def test_redact_check_and_a_missing_bundle_with_paths_that_are_not_utf8(tmp_path: Path) -> None:
    """redact-check of the bundle (its member names escaped) under a name that is not UTF-8,
    and analyze of a missing one: the format does not enter either (one run each)."""
    b = _bytes_path(tmp_path, b"b\xff.tgz")
    bundle(tmp_path).rename(b)
    out = run_wbdiag("redact-check", b, fresh=True)
    out.assert_clear(0)
    missing = run_wbdiag("analyze", _bytes_path(tmp_path, b"gone\xff.tgz"), fresh=True)
    missing.assert_clear(2)
    assert "gone\\xff.tgz" in missing.error


@pytest.mark.parametrize("command", COMMANDS, ids=["validate", "test", "list", "analyze"])
@pytest.mark.parametrize("content", ["usable", "broken"])
def test_rule_file_paths_that_are_not_utf8(
    tmp_path: Path, command: tuple[str, ...], content: str
) -> None:
    # a rule file's name must be its id, so a usable rule sits in a directory that is not UTF-8
    # (in the worker: the test above gives such paths to processes of their own; here the
    # same surrogate-escaped text reaches the same command line)
    where = _bytes_path(tmp_path, b"rules\xff")
    where.mkdir()
    rule = where / ("mysql.access_denied.yaml" if content == "usable" else "custom.broken.yaml")
    rule.write_text(RULE.read_text(encoding="utf-8") if content == "usable" else "id: [\n")
    args = [a.format(rule=rule, bundle=bundle(tmp_path)) for a in command]
    out = run_wbdiag(*args)
    out.assert_clear(*((0, 3) if content == "usable" else (2,)))
    if content == "broken":
        assert "rules\\xff/custom.broken.yaml" in out.error, out.error


@pytest.mark.parametrize("command", COMMANDS, ids=["validate", "test", "list", "analyze"])
def test_a_rule_file_named_by_bytes_that_are_not_utf8(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    # its id cannot match its name: a one-line error (once per command; the usable and broken
    # cases above differ in what else is on the command line, never in this file)
    odd = _bytes_path(tmp_path, b"x\xfe.yaml")
    odd.write_text(RULE.read_text(encoding="utf-8"))
    args = [a.format(rule=odd, bundle=bundle(tmp_path)) for a in command]
    out = run_wbdiag(*args)
    out.assert_clear(2)
    assert "x\\xfe.yaml" in out.error
