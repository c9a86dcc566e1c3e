"""The core of `wbdiag collect`: resolve settings, run the collectors, write one bundle."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

from wbdiag.bundle.layout import safe_name
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import CollectResult, Runner
from wbdiag.errors import CollectError
from wbdiag.settings import WandbSettings, from_environment, parse_env_file

_SINCE = re.compile(r"(\d+)([smhd])\Z")


def parse_since(value: str) -> int:
    """'90s', '30m', '24h', '7d' -> seconds."""
    m = _SINCE.match(value.strip())
    if not m:
        raise CollectError(f"--since takes a duration like 30m, 24h or 7d, not {value!r:.20}")
    return int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def default_output(directory: Path | None = None) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return (directory or Path.cwd()) / f"wbdiag-bundle-{safe_name(socket.gethostname())}-{stamp}.tgz"


def resolve_settings(
    flags: Mapping[str, str | None],
    env_file: Path | None,
    environ: Mapping[str, str] | None = None,
) -> WandbSettings:
    """Precedence: flags > --env-file > this process's environment (> the deployment, later)."""
    settings = WandbSettings()
    settings.merge(from_environment(os.environ if environ is None else environ), "environment", True)
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
    return Runner(options, settings, output, progress).run()
