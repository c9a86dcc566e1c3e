"""Structure-aware fuzzing of the real sample bundles and rule files through the command line.

Every generated input runs the `wbdiag` command line under the limits of tests/hostile (10 CPU
seconds, 500 MB; in the worker process of harness.Worker, which counts its own start in each
case's CPU): it must end with a report or a one-line error, never exit 70 or a traceback. CI runs a bounded number of examples (about half a minute; each CI run draws new ones); set WBDIAG_FUZZ_EXAMPLES to
run more, e.g. WBDIAG_FUZZ_EXAMPLES=500 pytest tests/fuzz.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzz.strategies import (
    document_mutations,
    log_mutations,
    manifest_mutations,
    rule_mutations,
    tar_mutations,
)
from tests.hostile.harness import run_wbdiag

EXAMPLES = int(os.environ.get("WBDIAG_FUZZ_EXAMPLES", "0"))


def bounded(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,  # each example is a command line under its own CPU limit
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        # no shrinking: an example is a whole bundle and a command line; the failure message names
        # the bundle kept for it (see `kept`) and hypothesis prints a blob to replay it
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        print_blob=True,
    )


def kept(data: bytes, suffix: str) -> Path:
    """The input in a file that outlives the test (a failure message names it)."""
    fd, name = tempfile.mkstemp(prefix="wbdiag-fuzz-", suffix=suffix)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return Path(name)


def analyze(tgz: bytes) -> None:
    bundle = kept(tgz, ".tgz")
    out = run_wbdiag("analyze", bundle, "--format", "html", "--fail-on", "never")
    try:
        out.assert_clear()
    except AssertionError as exc:
        raise AssertionError(f"{bundle}: {exc}") from None
    bundle.unlink()


@bounded(6)
@given(manifest_mutations())
def test_manifest(tgz: bytes) -> None:
    analyze(tgz)


@bounded(8)
@given(document_mutations())
def test_documents(tgz: bytes) -> None:
    analyze(tgz)


@bounded(6)
@given(log_mutations())
def test_logs(tgz: bytes) -> None:
    analyze(tgz)


@bounded(8)
@given(tar_mutations())
def test_tar_structure(tgz: bytes) -> None:
    analyze(tgz)
    bundle = kept(tgz, ".tgz")
    run_wbdiag("redact-check", bundle).assert_clear()
    bundle.unlink()


@bounded(6)
@given(rule_mutations())
def test_rule_files(rule: tuple[str, str]) -> None:
    name, text = rule
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        run_wbdiag("rules", "validate", path).assert_clear()
