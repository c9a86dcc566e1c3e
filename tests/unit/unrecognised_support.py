"""What the miner's tests share: a bundle of logs analysed with a rule or two, a timestamp per
second, the container log they write to."""

from __future__ import annotations

from pathlib import Path

from wbdiag.bundle.reader import BundleSource
from wbdiag.rules.engine import Analysis, analyze
from wbdiag.rules.loader import load_pack

LOG = "docker/containers/wandb-local/container.log"

RULE_MYSQL = """\
id: server.test_refused
title: test rule
severity: error
category: server
description: a rule for the tests
message: "refused {count}"
remediation: nothing to do here
references: [wandb/server#86]
condition:
  log:
    pattern: "dial tcp \\\\S+:3306: connect: connection refused"
"""


def bundle(tmp_path: Path, files: dict[str, list[str]]) -> Path:
    for rel, lines in files.items():
        p = tmp_path / "b" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("\n".join(lines) + "\n")
    return tmp_path / "b"


def run(tmp_path: Path, files: dict[str, list[str]], *rules: str) -> Analysis:
    paths = []
    for i, text in enumerate(rules or (RULE_MYSQL,)):
        rule_id = text.split("\n", 1)[0].split(": ", 1)[1]
        f = tmp_path / "rules" / f"{rule_id}.yaml"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text)
        paths.append(f)
        assert i < 10
    pack = load_pack(paths)
    return analyze(BundleSource.open(bundle(tmp_path, files)), pack, require_manifest=False)


def ts(second: int) -> str:
    return f"2026-11-28T10:{second // 60 % 60:02d}:{second % 60:02d}.000000000Z"
