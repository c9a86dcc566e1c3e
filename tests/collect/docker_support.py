"""What the Docker collector's tests share: the log caps, a collect run against an engine through
the Runner, the bundle it writes read back, and the rules of a pack that know a log line."""

from __future__ import annotations

import functools
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers import shipped_pack
from wbdiag.bundle import globs, layout
from wbdiag.bundle.reader import BundleSource
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.docker import DockerCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.redact.check import check_bundle
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.engine import Analysis, analyze
from wbdiag.rules.loader import RulePack
from wbdiag.rules.model import Finding
from wbdiag.settings import WandbSettings

CAP = 256 * 1024  # container.log of wandb-local is ~2.7 MB: cut; gorilla.log (~200 KB) is not
SMALL_CAP = 16 * 1024
LOG = layout.docker_log
RFC3339 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z "


@dataclass
class Collected:
    path: Path
    manifest: dict[str, Any]
    members: dict[str, bytes]

    @functools.cached_property
    def analysis(self) -> Analysis:
        """The shipped pack's analysis of the bundle, made when a test first asks: most
        collections are checked for their files alone."""
        return analyze(BundleSource.open(self.path), shipped_pack())

    @property
    def record(self) -> dict[str, Any]:
        return next(c for c in self.manifest["collectors"] if c["name"] == "docker")

    def file_record(self, path: str) -> dict[str, Any]:
        return next(f for f in self.record["files"] if f["path"] == path)

    def doc(self, path: str) -> Any:
        return json.loads(self.members[path])

    def text(self, path: str) -> str:
        return self.members[path].decode("utf-8")

    def finding(self, rule_id: str) -> Finding:
        return next(f for f in self.analysis.findings if f.rule.id == rule_id)

    def assert_no_secret(self, secrets: tuple[str, ...]) -> None:
        assert secrets
        for path, data in self.members.items():
            for secret in secrets:
                assert secret.encode() not in data, f"{secret[:6]}… found in {path}"
        assert check_bundle(self.path) == []


def read_bundle(path: Path) -> Collected:
    members = {m.path: m.stream.read() for m in BundleSource.open(path).members()}
    return Collected(
        path=path,
        manifest=json.loads(members["manifest.json"]),
        members=members,
    )


def run_collect(out_dir: Path, **options: Any) -> Collected:
    output = out_dir / f"bundle-{time.monotonic_ns()}.tgz"
    Runner(
        CollectOptions(timeout=120, **options),
        WandbSettings(),
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[DockerCollector, SettingsCollector],
    ).run()
    return read_bundle(output)


def rules_knowing(pack: RulePack, line: str, path: str) -> set[str]:
    """Rules of the pack with a log pattern that matches `line` in a file at `path`."""
    return {
        r.id
        for r in pack.rules
        for c in r.condition.walk()
        if isinstance(c, LogCondition) and globs.matches(path, c.paths) and c.regex.search(line)
    }
