"""The command line: parse, call the core, turn domain errors into one line and an exit code.

Exit codes: 0 success; 3 findings at or above --fail-on (`diff`: new ones in NEW; `redact-check`:
secrets left); 1 `rules test` failures; 2 usage or input errors (missing bundle, invalid rule
file, a setting `collect` cannot use...); 4 `collect` gathered nothing (every collector skipped);
5 `collect` wrote no bundle because the leak gate found secrets (see --allow-unredacted);
130 interrupted (Ctrl-C; `collect` still writes what it gathered); 70 an internal error (a bug:
please report it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from wbdiag import __version__
from wbdiag.bundle.encoding import escape_surrogates
from wbdiag.cli_rules import rules, rules_option
from wbdiag.errors import WbdiagError
from wbdiag.rules.model import Severity

if TYPE_CHECKING:
    from wbdiag.report.render import ReportFormat

EXIT_FINDINGS = 3
EXIT_INTERNAL = 70
EXIT_NOTHING_COLLECTED = 4
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int) -> None:
    click.echo(f"wbdiag: error: {escape_surrogates(message)}", err=True)
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
            _fail("interrupted", EXIT_INTERRUPTED)
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
        # mkstemp makes 0600; a report is meant to be shared like any file the user creates
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WbdiagError(f"cannot write {path}: {exc.strerror}") from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wbdiag")
def main() -> None:
    """Support bundles and diagnostics for self-hosted W&B Server.

    Run `wbdiag collect` at the site, `wbdiag analyze BUNDLE` at support.
    """


def report_options(what: str, fail_on_help: str) -> Callable[[F], F]:
    """--format, -o and --fail-on, shared by the commands that write a report."""

    def decorate(f: F) -> F:
        f = click.option(
            "--fail-on",
            type=click.Choice([s.value for s in Severity] + ["never"]),
            default="error",
            show_default=True,
            help=fail_on_help,
        )(f)
        f = click.option(
            "-o", "--output", type=click.Path(path_type=Path), help=f"Write the {what} here."
        )(f)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(["html", "json", "markdown", "text"]),
            help=f"{what.capitalize()} format. Default: from the -o suffix (.html/.json/.md), "
            "else text.",
        )(f)

    return decorate


def emit(text: str, output: Path | None, fmt_name: str, summary: str) -> None:
    """The rendered text to stdout, or to exactly `output` with a one-line summary on stderr."""
    if output is None:
        click.echo(text, nl=False)
    else:
        write_output(output, text)
        click.echo(f"wrote {output} ({fmt_name}): {summary}", err=True)


def chosen_format(fmt: str | None, output: Path | None) -> ReportFormat:
    from wbdiag.report.render import ReportFormat

    if fmt:
        return ReportFormat(fmt)
    if output is None:
        return ReportFormat.TEXT
    chosen = ReportFormat.from_suffix(output)
    if chosen is None:  # writing text into report.pdf or report.htm1 would surprise
        raise WbdiagError(
            f"cannot tell the format from {output.name!r}: name it .html, .json, .md or .txt, "
            "or give --format"
        )
    return chosen


# -- analyze ---------------------------------------------------------------------------------
@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@rules_option
@report_options("report", "Exit 3 when a finding has this severity or higher.")
def analyze(
    bundle: Path, rule_paths: tuple[Path, ...], fmt: str | None, output: Path | None, fail_on: str
) -> None:
    """Analyze a bundle (.tgz or directory) and write a report."""
    if not rule_paths:
        from wbdiag.rules import warmup

        warmup.start()  # compiles the shipped pack's patterns while the rest imports and loads
    from wbdiag.analyze import analyze_bundle
    from wbdiag.report.build import worst_fired
    from wbdiag.report.render import render

    chosen = chosen_format(fmt, output)
    report = analyze_bundle(bundle, rule_paths)
    counts = report["summary"]["counts"]
    emit(
        render(report, chosen),
        output,
        chosen.value,
        f"{counts['fail']} failing, {counts['warn']} warnings, "
        f"{counts['not_evaluated']} not evaluated",
    )
    worst = worst_fired(report)
    if fail_on != "never" and worst is not None and worst.at_least(Severity(fail_on)):
        sys.exit(EXIT_FINDINGS)


# -- diff ------------------------------------------------------------------------------------
@main.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@rules_option
@report_options("diff", "Exit 3 when NEW has a finding of this severity or higher that OLD lacked.")
def diff(
    old: Path,
    new: Path,
    rule_paths: tuple[Path, ...],
    fmt: str | None,
    output: Path | None,
    fail_on: str,
) -> None:
    """Compare two bundles: findings new, resolved or persisting in NEW.

    Both are analyzed with the same rules. Also lists changes in collector status, the deployment
    summary (image, MySQL version...) and unrecognised error templates.
    """
    from wbdiag.report.diff import diff_bundles, headline, regressions, render_diff

    chosen = chosen_format(fmt, output)
    result = diff_bundles(old, new, rule_paths)
    emit(render_diff(result, chosen), output, chosen.value, headline(result))
    if fail_on != "never" and regressions(result, Severity(fail_on)):
        sys.exit(EXIT_FINDINGS)


# -- collect ---------------------------------------------------------------------------------
COLLECT_HELP = """Collect a support bundle from this W&B deployment (secrets redacted before writing).

\b
Examples:
  # what would be read and probed, contacting nothing:
  wbdiag collect --dry-run --env-file /etc/wandb.env
  # Docker host: settings from the env file W&B runs with
  wbdiag collect --env-file /etc/wandb.env --case-id 01234 -o bundle.tgz
  # Kubernetes: W&B is found by its labels; the probes use the settings found in its pods
  wbdiag collect --context prod -n wandb
  # explicit settings; logs of the last day only; no live probes
  wbdiag collect --host https://wandb.example.com --since 24h --no-probes
  # attach a client's debug log
  wbdiag collect --include ./wandb/debug.log

\b
Exit codes: 0 bundle written; 2 usage error (nothing run, nothing written);
4 every collector was skipped (the bundle holds only its manifest);
130 interrupted (Ctrl-C: the bundle holds what was gathered).
"""


@main.command(help=COLLECT_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Bundle to write (.tgz). Default: wbdiag-bundle-[<case>-]<host>-<time>.tgz here.",
)
@click.option(
    "--case-id",
    help="Support case id: recorded in the manifest and put in the default file name.",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="List what each collector would read and every live probe, contacting nothing.",
)
@click.option(
    "--env-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="W&B settings as KEY=VALUE lines (as the deployment keeps them).",
)
@click.option("--host", "host", help="The W&B URL users open (HOST).")
@click.option("--mysql", "mysql", help="mysql://user:pass@host:port/db (MYSQL).")
@click.option("--bucket", "bucket", help="s3://KEY:SECRET@HOST/BUCKET (BUCKET).")
@click.option("--bucket-queue", "bucket_queue", help="BUCKET_QUEUE, e.g. internal://.")
@click.option(
    "--ca-bundle",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Extra trusted CA certificates (PEM) for the probes.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=180,
    show_default=True,
    help="Global deadline in seconds.",
)
@click.option("--since", help="Only logs newer than this (30m, 24h, 7d).")
@click.option(
    "--log-cap",
    type=click.IntRange(min=1024),
    default=20 * 1024 * 1024,
    show_default=True,
    help="Bytes kept per log (the newest part).",
)
@click.option(
    "--body-size",
    type=click.IntRange(min=1),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Request body sent through the proxy (wandb verify: 10 MB).",
)
@click.option(
    "--http-url",
    help="Plain-http URL of the W&B host for the redirect check (default: http://<HOST>/).",
)
@click.option(
    "--proxy-config",
    metavar="PATH|'nginx -T'",
    help="The load balancer's nginx configuration (includes followed) or saved `nginx -T` "
    "output; 'nginx -T' runs it on this host.",
)
@click.option(
    "--include",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Attach a file (e.g. a client's debug.log); repeatable.",
)
@click.option("--docker-host", help="Docker engine URL (default: DOCKER_HOST or the local socket).")
@click.option("--container", help="The W&B container's name (default: found by image/name).")
@click.option("--kubeconfig", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--context", "kube_context", help="kubeconfig context.")
@click.option("-n", "--namespace", help="W&B's namespace (default: found by labels).")
@click.option("--no-docker", is_flag=True, help="Do not look for Docker.")
@click.option("--no-kubernetes", is_flag=True, help="Do not look for Kubernetes.")
@click.option("--no-probes", is_flag=True, help="No live MySQL, object-store or proxy checks.")
@click.option(
    "--keep-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Also leave the bundle's files unpacked in this new directory, to review before sending.",
)
@click.option(
    "--allow-unredacted",
    is_flag=True,
    help="Write the bundle even if the leak gate finds secret-looking text the redactor left.",
)
def collect(
    output: Path | None,
    case_id: str | None,
    dry_run: bool,
    env_file: Path | None,
    host: str | None,
    mysql: str | None,
    bucket: str | None,
    bucket_queue: str | None,
    ca_bundle: Path | None,
    timeout: float,
    since: str | None,
    log_cap: int,
    body_size: int,
    http_url: str | None,
    proxy_config: str | None,
    include: tuple[Path, ...],
    docker_host: str | None,
    container: str | None,
    kubeconfig: Path | None,
    kube_context: str | None,
    namespace: str | None,
    no_docker: bool,
    no_kubernetes: bool,
    no_probes: bool,
    keep_dir: Path | None,
    allow_unredacted: bool,
) -> None:
    if not dry_run:
        from wbdiag.redact import gate
        from wbdiag.redact.redactor import warm_up

        warm_up()  # the redaction hints compile while the collectors start
        gate.warm_up()  # and the leak gate's
    from wbdiag.collect.api import (
        check_case_id,
        check_settings,
        default_output,
        parse_since,
        resolve_settings,
    )
    from wbdiag.collect.api import collect as run_collect
    from wbdiag.collect.base import CollectOptions

    if since:
        parse_since(since)
    if case_id is not None:
        check_case_id(case_id)
    if proxy_config and proxy_config.strip() != "nginx -T" and not Path(proxy_config).is_file():
        raise click.BadParameter(f"no such file: {proxy_config}", param_hint="--proxy-config")
    disabled = set()
    if no_docker:
        disabled.add("docker")
    if no_kubernetes:
        disabled.add("kubernetes")
    if no_probes:
        disabled.update({"mysql", "storage", "proxy"})
    options = CollectOptions(
        timeout=timeout,
        log_cap_bytes=log_cap,
        since=since,
        ca_bundle=ca_bundle,
        body_size=body_size,
        http_url=http_url,
        proxy_config=proxy_config,
        docker_host=docker_host,
        container=container,
        kube_context=kube_context,
        kubeconfig=kubeconfig,
        namespace=namespace,
        include=include,
        disabled=frozenset(disabled),
        case_id=case_id,
        keep_dir=keep_dir,
        allow_unredacted=allow_unredacted,
    )
    if keep_dir is not None and keep_dir.exists():
        raise click.BadParameter(f"already exists: {keep_dir}", param_hint="--keep-dir")
    settings = resolve_settings(
        {"HOST": host, "MYSQL": mysql, "BUCKET": bucket, "BUCKET_QUEUE": bucket_queue}, env_file
    )
    check_settings(settings, options.disabled)
    target = output or default_output(case_id=case_id)
    if dry_run:
        from wbdiag.collect.plan import make_plan, render_plan

        click.echo(render_plan(make_plan(options, settings), target, timeout), nl=False)
        return
    result = run_collect(options, settings, target)
    for advice in result.advice:
        click.echo(advice, err=True)
    if result.interrupted:
        _fail(f"interrupted: wrote what was gathered to {result.output}", EXIT_INTERRUPTED)
    if result.nothing_collected:
        click.echo(
            f"wbdiag: warning: every collector was skipped; {result.output} holds only the "
            "manifest (why each was skipped). Give settings (--env-file, --host, --mysql...), "
            "--kubeconfig/--context or --docker-host; --dry-run shows what would run",
            err=True,
        )
        sys.exit(EXIT_NOTHING_COLLECTED)
    from wbdiag.collect.summary import render_summary

    click.echo(render_summary(result.output, result.manifest, keep_dir), nl=False)


@main.command("redact-check")
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option(
    "--secrets-from",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="An env file (KEY=VALUE) whose secret values must appear nowhere, in any encoding.",
)
def redact_check(bundle: Path, secrets_from: Path | None) -> None:
    """Re-scan a finished bundle with the independent leak gate; exit 3 if anything
    secret-looking remains."""
    from wbdiag.redact.check import check_bundle
    from wbdiag.redact.names import is_secret_setting
    from wbdiag.redact.values import is_trivial_value
    from wbdiag.settings import parse_env_file

    known: list[str] = []
    if secrets_from is not None:
        env = parse_env_file(secrets_from)
        known = [v for k, v in env.items() if is_secret_setting(k) and not is_trivial_value(v)]
    leaks = check_bundle(bundle, known)
    for leak in leaks[:50]:
        click.echo(f"{leak.path}:{leak.line}: {leak.kind} {leak.excerpt}")
    if leaks:
        click.echo(f"{len(leaks)} secret-looking strings remain", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo("no secret-looking strings found")


main.add_command(rules)
