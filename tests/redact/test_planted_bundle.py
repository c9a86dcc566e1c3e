"""The whole corpus planted into a real `collect` run: every secret-bearing line in an
`--include` attachment, every single-value secret in the env file (as the value of a
secret-named setting) — then every member of the bundle and every analyze report is searched
for any 6-character part of any secret."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.redact.planted import (
    bundle_and_reports,
    corpus_lines,
    corpus_records,
    corpus_secrets,
    leaks,
)
from wbdiag.cli import main


def test_no_corpus_secret_reaches_the_bundle_or_the_report(tmp_path: Path) -> None:
    records = corpus_records()
    attach = tmp_path / "client-debug.log"
    attach.write_text("\n".join(corpus_lines(records)) + "\n")
    secrets = corpus_secrets(records)
    env_file = tmp_path / "wandb.env"
    plain = [s for s in secrets if "\n" not in s and "'" not in s]
    env_file.write_text(
        "HOST=https://wandb.example.test\n"
        + "".join(f"WBDIAG_TEST_SECRET_{i}='{s}'\n" for i, s in enumerate(plain))
    )
    out = tmp_path / "b.tgz"
    runner = CliRunner()
    r = runner.invoke(
        main,
        ["collect", "--env-file", str(env_file), "--include", str(attach), "-o", str(out),
         "--no-docker", "--no-kubernetes", "--no-probes", "--timeout", "60"],
        env={"MYSQL": ""},
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    texts = {"collect output": r.output, **bundle_and_reports(out)}
    assert any("client-debug.log" in name for name in texts)
    found = leaks(texts, secrets)
    assert found == [], found[:20]
    manifest = json.loads(next(t for n, t in texts.items() if n.endswith("manifest.json")))
    assert manifest["leak_gate"]["findings"] == 0
