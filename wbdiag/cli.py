"""The command line: parse, call the core, turn domain errors into one line and an exit code.

Exit codes: 0 success; 3 findings at or above --fail-on; 1 `rules test` failures; 2 usage or input
errors (missing bundle, invalid rule file...); 70 an internal error (a bug: please report it).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from wbdiag import __version__
from wbdiag.errors import WbdiagError
from wbdiag.rules.model import Severity

EXIT_FINDINGS = 3
EXIT_TESTS_FAILED = 1
EXIT_INTERNAL = 70

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int) -> None:
    click.echo(f"wbdiag: error: {message}", err=True)
    sys.exit(code)


class _Group(click.Group):
    """Catches domain errors (and, as a last resort, bugs) at the CLI boundary only."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WbdiagError as exc:
            _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:
            if os.environ.get("WBDIAG_DEBUG"):
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc} "
                "(set WBDIAG_DEBUG=1 for a traceback, and please report it)",
                EXIT_INTERNAL,
            )


def write_output(path: Path, text: str) -> None:
    """Write atomically to exactly `path`; nothing else is created."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise WbdiagError(f"output directory does not exist: {parent}")
    if path.is_dir():
        raise WbdiagError(f"output path is a directory: {path}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WbdiagError(f"cannot write {path}: {exc.strerror}") from exc


rules_option = click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Rule file or directory (repeatable). Default: the rule pack shipped with wbdiag.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wbdiag")
def main() -> None:
    """Support bundles and diagnostics for self-hosted W&B Server.

    Run `wbdiag collect` at the site, `wbdiag analyze BUNDLE` at support.
    """


# -- analyze ---------------------------------------------------------------------------------
@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@rules_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json", "markdown", "text"]),
    help="Report format. Default: from the -o suffix (.html/.json/.md), else text.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report here.")
@click.option(
    "--fail-on",
    type=click.Choice([s.value for s in Severity] + ["never"]),
    default="error",
    show_default=True,
    help="Exit 3 when a finding has this severity or higher.",
)
def analyze(
    bundle: Path, rule_paths: tuple[Path, ...], fmt: str | None, output: Path | None, fail_on: str
) -> None:
    """Analyze a bundle (.tgz or directory) and write a report."""
    from wbdiag.analyze import analyze_bundle
    from wbdiag.report.build import worst_fired
    from wbdiag.report.render import ReportFormat, render

    chosen = ReportFormat(fmt) if fmt else None
    if chosen is None:
        chosen = (ReportFormat.from_suffix(output) if output else None) or ReportFormat.TEXT
    report = analyze_bundle(bundle, rule_paths)
    text = render(report, chosen)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_output(output, text)
        counts = report["summary"]["counts"]
        click.echo(
            f"wrote {output} ({chosen.value}): {counts['fail']} failing, {counts['warn']} warnings, "
            f"{counts['not_evaluated']} not evaluated",
            err=True,
        )
    worst = worst_fired(report)
    if fail_on != "never" and worst is not None and worst.at_least(Severity(fail_on)):
        sys.exit(EXIT_FINDINGS)


# -- rules -----------------------------------------------------------------------------------
@main.group()
def rules() -> None:
    """List, validate and self-test rules."""


@rules.command("list")
@rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
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
def rules_validate(paths: tuple[Path, ...]) -> None:
    """Validate rule files (default: the shipped pack). Errors name file and line."""
    from wbdiag.rules.loader import load_pack

    pack = load_pack(paths or None)
    click.echo(f"{len(pack.rules)} rules valid")


@rules.command("test")
@rules_option
@click.option(
    "--fixtures",
    type=click.Path(path_type=Path, file_okay=False),
    help="Fixture directory (<rule id>/positive*/, negative*/). Default: the shipped fixtures.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show every case, not only failures.")
def rules_test(rule_paths: tuple[Path, ...], fixtures: Path | None, verbose: bool) -> None:
    """Run every rule against its positive (must fire) and negative (must pass) fixtures."""
    from wbdiag.rules.loader import default_fixtures_dir, load_pack
    from wbdiag.rules.selftest import run_selftest

    pack = load_pack(rule_paths or None)
    fixture_dir = fixtures or default_fixtures_dir()
    if not fixture_dir.is_dir():
        raise WbdiagError(f"fixture directory not found: {fixture_dir}")
    results, problems = run_selftest(pack, fixture_dir, report_orphans=not rule_paths)
    failed = [r for r in results if not r.ok]
    for r in results:
        if verbose or not r.ok:
            mark = "ok  " if r.ok else "FAIL"
            click.echo(f"{mark} {r.rule_id} {r.case}: expected {r.expected}, got {r.got.value}"
                       + ("" if r.ok else f" — {r.detail}"))
    for p in problems:
        click.echo(f"FAIL {p}")
    click.echo(
        f"{len(pack.rules)} rules, {len(results)} cases: {len(results) - len(failed)} passed, "
        f"{len(failed) + len(problems)} failed"
    )
    if failed or problems:
        sys.exit(EXIT_TESTS_FAILED)
