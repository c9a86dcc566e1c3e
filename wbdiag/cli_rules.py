"""`wbdiag rules`: list, validate and self-test the rule pack, and measure it on a corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from wbdiag.errors import WbdiagError

EXIT_TESTS_FAILED = 1

rules_option = click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Rule file or directory (repeatable). Default: the rule pack shipped with wbdiag.",
)


@click.group()
def rules() -> None:
    """List, validate and self-test rules."""


@rules.command("list")
@rules_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def rules_list(rule_paths: tuple[Path, ...], fmt: str) -> None:
    """List the rules."""
    from wbdiag.rules.loader import load_pack

    pack = load_pack(rule_paths or None)
    if fmt == "json":
        data = {
            "rules": [
                {
                    "id": r.id,
                    "title": r.title,
                    "severity": r.severity.value,
                    "category": r.category,
                    "condition": type(r.condition).kind,
                    "references": list(r.references),
                    "file": r.location.path,
                }
                for r in pack.rules
            ]
        }
        click.echo(json.dumps(data, indent=2))
        return
    for r in pack.rules:
        click.echo(f"{r.id:45} {r.severity.value:9} {r.title}")
    click.echo(f"{len(pack.rules)} rules", err=True)


@rules.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--stamp",
    is_flag=True,
    help="Then record the shipped pack as checked (analyze skips its schema, pattern and "
    "validator checks while it "
    "matches) and the patterns it scans with (analyze compiles them ahead).",
)
def rules_validate(paths: tuple[Path, ...], stamp: bool) -> None:
    """Validate rule files (default: the shipped pack). Errors name file and line."""
    from wbdiag.rules import stamp as pack_stamp
    from wbdiag.rules.loader import load_pack, shipped_files

    if stamp and paths:
        raise click.UsageError("--stamp records the shipped pack: give no paths")
    pack = load_pack(paths or None)
    click.echo(f"{len(pack.rules)} rules valid")
    if stamp:
        from wbdiag.rules import warmup
        from wbdiag.rules.engine import scan_patterns

        root, files = shipped_files()
        try:
            written = [pack_stamp.write(root, files), warmup.write(root, scan_patterns(pack))]
        except OSError as exc:
            raise WbdiagError(f"cannot write the stamp: {exc.strerror}") from exc
        for path in written:
            click.echo(f"wrote {path}")


@rules.command("test")
@rules_option
@click.option(
    "--fixtures",
    type=click.Path(path_type=Path, file_okay=False),
    help="Fixture directory (<rule id>/positive*/, negative*/). Default: the shipped fixtures.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show every case, not only failures.")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path, file_okay=False),
    help="Instead of the fixtures: recall on a corpus of real log lines (tests/realworld).",
)
@click.option(
    "--unredacted",
    is_flag=True,
    help="With --corpus: analyse each entry as the log held it, not redacted as a bundle holds it.",
)
@click.option(
    "--framings",
    is_flag=True,
    help="With --corpus: every entry under every framing real logs arrive in (syslog, journald, "
    "CRI, klog, compose, stern, JSON shippers, terminal copies...): recall, coverage and false "
    "alarms per framing, and the entries whose verdict a framing changed.",
)
def rules_test(
    rule_paths: tuple[Path, ...],
    fixtures: Path | None,
    verbose: bool,
    corpus: Path | None,
    unredacted: bool,
    framings: bool,
) -> None:
    """Run every rule against its positive (must fire) and negative (must pass) fixtures."""
    from wbdiag.rules.loader import default_fixtures_dir, load_pack
    from wbdiag.rules.selftest import run_selftest, stale_stamp

    pack = load_pack(rule_paths or None)
    if framings and corpus is None:
        raise click.UsageError("--framings measures a corpus: give --corpus DIR")
    if corpus is not None and framings:
        from wbdiag.rules.corpus import load_corpus
        from wbdiag.rules.corpus_framings import run_framings

        run_framings(pack, load_corpus(corpus, pack), click.echo, redacted=not unredacted)
        return
    if corpus is not None:
        from wbdiag.rules.corpus_report import run_corpus

        problems = run_corpus(pack, corpus, click.echo, redacted=not unredacted)
        for line in problems:
            click.echo(f"FAIL {line}")
        if problems:
            sys.exit(EXIT_TESTS_FAILED)
        return
    fixture_dir = fixtures or default_fixtures_dir()
    if not fixture_dir.is_dir():
        raise WbdiagError(f"fixture directory not found: {fixture_dir}")
    results, problems = run_selftest(pack, fixture_dir, report_orphans=not rule_paths)
    if not rule_paths:
        problems += stale_stamp()
    failed = [r for r in results if not r.ok]
    for r in results:
        if verbose or not r.ok:
            mark = "ok  " if r.ok else "FAIL"
            click.echo(
                f"{mark} {r.rule_id} {r.case}: expected {r.expected}, got {r.got.value}"
                + ("" if r.ok else f" — {r.detail}")
            )
    for p in problems:
        click.echo(f"FAIL {p}")
    click.echo(
        f"{len(pack.rules)} rules, {len(results)} cases: {len(results) - len(failed)} passed, "
        f"{len(failed) + len(problems)} failed"
    )
    if failed or problems:
        sys.exit(EXIT_TESTS_FAILED)
