"""The core of `wbdiag collect`: resolve settings, run the collectors, write one bundle."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from wbdiag.bundle.layout import safe_name
from wbdiag.collect.base import CollectOptions, parse_since
from wbdiag.collect.progress import Progress
from wbdiag.settings import WandbSettings, from_environment, parse_env_file

if TYPE_CHECKING:
    from wbdiag.collect.runner import CollectResult

__all__ = ["collect", "default_output", "parse_since", "resolve_settings"]


def default_output(directory: Path | None = None) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return (
        directory or Path.cwd()
    ) / f"wbdiag-bundle-{safe_name(socket.gethostname())}-{stamp}.tgz"


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
