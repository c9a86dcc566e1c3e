"""Text that does not encode: a member name with a byte that is not UTF-8, a lone surrogate
from a JSON escape. Every report format is written, and shows them escaped."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("fmt", ["html", "markdown", "text", "json"])
def test_every_format_is_written_with_the_text_escaped(tmp_path: Path, fmt: str) -> None:
    out_file = tmp_path / "report.out"
    out = run_wbdiag(
        "analyze", bundle(tmp_path), "--format", fmt, "-o", out_file, "--fail-on", "never"
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
    else:  # what each format shows differs; what it shows of them is escaped
        assert any(escaped in text for escaped in ("xff", "xfe", "ud800")), text[:2000]


def test_redact_check_prints_escaped_names(tmp_path: Path) -> None:
    out = run_wbdiag("redact-check", bundle(tmp_path))
    out.assert_clear(0)
