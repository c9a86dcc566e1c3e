"""What every planted-corpus test checks: no secret of the corpus, nor any 6-character part of
one, in any member of the bundle or in any analyze report (JSON, Markdown, HTML)."""

from __future__ import annotations

import re
import tarfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.redact.corpus_eval import CORPUS, leaks_in, load
from wbdiag.cli import main
from wbdiag.redact.values import PLACEHOLDER

# Made by the tools, not the corpus, and random enough to share a 6-character run with a generated
# hex or digit secret by chance: sha256 digests and engine ids (64 hex), Kubernetes uids (no corpus
# secret has either shape), timestamps (nanoseconds) and fractions the report derives from them
# (durations and offsets between times; no corpus secret is a number like 0.237278).
_NOISE = re.compile(
    r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"
    r"|(?<![\w.])\d+\.\d{4,}(?![\w.])"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?"
)


def corpus_records() -> list[dict[str, Any]]:
    return load(CORPUS / "positives.jsonl")


def corpus_lines(records: list[dict[str, Any]]) -> list[str]:
    return [line for r in records for line in r["lines"]]


def corpus_secrets(records: list[dict[str, Any]]) -> list[str]:
    return sorted({s for r in records for s in r["secrets"]})


def bundle_and_reports(bundle: Path) -> dict[str, str]:
    """Every member of the bundle and every analyze report, as text, by name."""
    texts: dict[str, str] = {}
    with tarfile.open(bundle) as tar:
        for member in tar.getmembers():
            fh = tar.extractfile(member)
            if fh is not None:
                texts[member.name] = fh.read().decode("utf-8", "replace")
    runner = CliRunner()
    for fmt in ("json", "markdown", "html"):
        a = runner.invoke(main, ["analyze", str(bundle), "--format", fmt, "--fail-on", "never"])
        assert a.exit_code == 0, a.output
        texts[f"analyze {fmt}"] = a.output
    return texts


def leaks(texts: dict[str, str], secrets: list[str]) -> list[tuple[str, str]]:
    """(where, fragment) for each secret with a part left in a text; placeholders ignored."""
    found = []
    for name, text in texts.items():
        clean = _NOISE.sub("", PLACEHOLDER.sub("", text))
        found += [(name, frag) for _, frag in leaks_in(secrets, clean)]
    return found
