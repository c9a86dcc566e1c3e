"""The whole corpus planted into a real `collect` run: every secret-bearing line in an
`--include` attachment, every single-value secret in the env file (as the value of a
secret-named setting) — then every member of the bundle and every analyze report is searched
for any 6-character part of any secret."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

from click.testing import CliRunner

from tests.redact.corpus_eval import CORPUS, leaked, load
from wbdiag.cli import main
from wbdiag.redact.names import PLACEHOLDER


def test_no_corpus_secret_reaches_the_bundle_or_the_report(tmp_path: Path) -> None:
    records = load(CORPUS / "positives.jsonl")
    attach = tmp_path / "client-debug.log"
    attach.write_text("\n".join(line for r in records for line in r["lines"]) + "\n")
    secrets = sorted({s for r in records for s in r["secrets"]})
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
    texts: dict[str, str] = {"collect output": r.output}
    with tarfile.open(out) as tar:
        for member in tar.getmembers():
            fh = tar.extractfile(member)
            if fh is not None:
                texts[member.name] = fh.read().decode("utf-8", "replace")
    for fmt in ("json", "markdown", "html"):
        a = runner.invoke(main, ["analyze", str(out), "--format", fmt, "--fail-on", "never"])
        assert a.exit_code == 0, a.output
        texts[f"analyze {fmt}"] = a.output
    assert any("client-debug.log" in name for name in texts)
    found = []
    for name, text in texts.items():
        clean = PLACEHOLDER.sub("", text)
        for secret in secrets:
            frag = leaked(secret, clean)
            if frag is not None:
                found.append((name, frag))
    assert found == [], found[:20]
    manifest = json.loads(next(t for n, t in texts.items() if n.endswith("manifest.json")))
    assert manifest["leak_gate"]["findings"] == 0
