"""What the object-store probe's tests share: the storage rules and the keys of storage.json, a
collect run through the Runner with given settings, the bundle it writes read back, the good
settings against the S3 server and the objects a probe left in a bucket."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers import shipped_pack
from tests.servers.seaweed import SeaweedS3
from wbdiag.bundle.reader import BundleSource
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.collect.sources.storage import StorageCollector
from wbdiag.rules.engine import analyze
from wbdiag.rules.model import Finding
from wbdiag.settings import WandbSettings

STORAGE_RULES = (
    "storage.cors",
    "storage.presigned_url",
    "storage.bucket_queue",
    "storage.tls",
    "storage.unreachable",
    "storage.credentials",
    "storage.no_such_bucket",
    "storage.clock_skew",
)
TOP_KEYS = {
    "bucket_url", "provider", "endpoint", "bucket", "region", "tls", "bucket_queue",
    "auth_source", "reachable", "credentials_ok", "error", "error_kind", "presigned", "cors",
    "clock_skew_seconds", "skipped",
}  # fmt: skip


@dataclass
class Collected:
    path: Path
    manifest: dict[str, Any]
    members: dict[str, bytes]
    findings: dict[str, Finding]

    @property
    def doc(self) -> dict[str, Any]:
        return dict(json.loads(self.members["probes/storage.json"]))

    @property
    def record(self) -> dict[str, Any]:
        return next(c for c in self.manifest["collectors"] if c["name"] == "storage")

    def fired(self, rule_id: str) -> bool:
        return self.findings[rule_id].fired

    def assert_nowhere(self, *secrets: str) -> None:
        for path, data in self.members.items():
            for secret in secrets:
                assert secret.encode() not in data, f"{secret[:6]}… found in {path}"


def read_bundle(path: Path) -> Collected:
    members = {m.path: m.stream.read() for m in BundleSource.open(path).members()}
    analysis = analyze(BundleSource.open(path), shipped_pack())
    return Collected(
        path=path,
        manifest=json.loads(members["manifest.json"]),
        members=members,
        findings={f.rule.id: f for f in analysis.findings},
    )


_counter = iter(range(1_000_000))


def run_collect(
    tmp_path: Path, values: dict[str, str], options: CollectOptions | None = None
) -> Collected:
    settings = WandbSettings()
    settings.merge(values, "flags", True)
    output = tmp_path / f"bundle-{next(_counter)}.tgz"
    Runner(
        options or CollectOptions(timeout=120),
        settings,
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[StorageCollector, SettingsCollector],
    ).run()
    return read_bundle(output)


def good_settings(s3: SeaweedS3, **over: str) -> dict[str, str]:
    values = {
        "BUCKET": s3.connection_string(s3.cors_bucket),
        "BUCKET_QUEUE": "internal://",
        "HOST": s3.wandb_origin,
    }
    values.update(over)
    return values


def probe_objects(s3: SeaweedS3, bucket: str) -> list[str]:
    listed = s3.client().list_objects_v2(Bucket=bucket, Prefix="wbdiag-probe/")
    return [o["Key"] for o in listed.get("Contents", [])]
