"""The core of `wbdiag collect`: resolve settings, run the collectors, write one bundle."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from wbdiag.bundle.layout import safe_name
from wbdiag.collect.base import CollectOptions, SourceSkipped, parse_since
from wbdiag.collect.progress import Progress
from wbdiag.errors import CollectError
from wbdiag.settings import WandbSettings, from_environment, parse_env_file

if TYPE_CHECKING:
    from wbdiag.collect.runner import CollectResult

__all__ = [
    "check_case_id",
    "check_settings",
    "collect",
    "default_output",
    "parse_since",
    "resolve_settings",
]


_CASE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")


def check_case_id(value: str) -> str:
    """A support case id labels the bundle's manifest and file name: a short plain token."""
    if not _CASE_ID.match(value):
        raise CollectError(
            "--case-id takes up to 64 letters, digits, '.', '_' or '-' (starting with a letter "
            f"or digit), not {value!r:.40}"
        )
    return value


def default_output(directory: Path | None = None, case_id: str | None = None) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    case = f"{case_id}-" if case_id else ""
    return (
        directory or Path.cwd()
    ) / f"wbdiag-bundle-{case}{safe_name(socket.gethostname())}-{stamp}.tgz"


def check_settings(settings: WandbSettings, disabled: frozenset[str]) -> None:
    """Settings given for this run that the probes could not use (a MYSQL that is no mysql://
    URL, a BUCKET or HOST that does not parse) are usage errors, found before anything runs.
    Settings found later in the deployment are not checked here: their collector records them."""
    from wbdiag.collect.sources.mysql_connect import resolve_target
    from wbdiag.collect.sources.proxy import parse_host
    from wbdiag.settings import parse_bucket_url

    def where(name: str) -> str:
        return f"{name} (from {settings.origin.get(name, 'settings')})"

    checks: list[tuple[str, str, Callable[[], object]]] = [
        ("mysql", "MYSQL", lambda: resolve_target(settings)),
        ("storage", "BUCKET", lambda: parse_bucket_url(settings.get("BUCKET") or "")),
        ("proxy", "HOST", lambda: parse_host(settings.get("HOST") or "")),
    ]
    for collector, name, check in checks:
        given = settings.get(name) or (name == "MYSQL" and settings.get("MYSQL_HOST"))
        if collector in disabled or not given:
            continue
        try:
            check()
        except SourceSkipped:
            pass
        except (CollectError, ValueError) as exc:  # the messages never carry the password
            name = name if settings.get(name) else "MYSQL_HOST"
            raise CollectError(f"invalid setting {where(name)}: {exc}") from None


def resolve_settings(
    flags: Mapping[str, str | None],
    env_file: Path | None,
    environ: Mapping[str, str] | None = None,
) -> WandbSettings:
    """Precedence: flags > --env-file > this process's environment (> the deployment, later)."""
    settings = WandbSettings()
    settings.merge(
        from_environment(os.environ if environ is None else environ), "environment", True
    )
    if env_file is not None:
        settings.merge(parse_env_file(env_file), f"env-file:{env_file}", True)
    settings.merge({k: v for k, v in flags.items() if v}, "flags", True)
    return settings


def collect(
    options: CollectOptions,
    settings: WandbSettings,
    output: Path,
    progress: Progress | None = None,
) -> CollectResult:
    # imported here: the runner imports every collector, and collectors may use this module
    from wbdiag.collect.runner import Runner

    return Runner(options, settings, output, progress).run()
