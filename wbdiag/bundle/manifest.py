"""manifest.json: what was collected, by whom, and how each collector ended."""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from wbdiag.bundle.layout import FORMAT_VERSION
from wbdiag.errors import BundleError


class CollectorStatus(str, enum.Enum):
    OK = "ok"
    PARTIAL = "partial"  # some of its sources failed, the rest was written
    FAILED = "failed"
    SKIPPED = "skipped"  # switched off, or nothing to collect (e.g. no Docker engine)
    TIMED_OUT = "timed_out"
    FORBIDDEN = "forbidden"  # RBAC or access denied
    INTERRUPTED = "interrupted"  # Ctrl-C stopped it (or it never started); what it wrote is kept

    @property
    def gathered_nothing_reliable(self) -> bool:
        return self in (
            CollectorStatus.FAILED,
            CollectorStatus.SKIPPED,
            CollectorStatus.TIMED_OUT,
            CollectorStatus.FORBIDDEN,
            CollectorStatus.INTERRUPTED,
        )


class DeploymentMode(str, enum.Enum):
    DOCKER = "docker"
    KUBERNETES = "kubernetes"
    NONE = "none"


@dataclass
class FileRecord:
    path: str
    bytes: int
    truncated: bool = False
    original_bytes: int | None = None  # size before truncation, when known


@dataclass
class CollectorRecord:
    name: str
    status: CollectorStatus
    started: str | None = None  # RFC 3339 UTC
    ended: str | None = None
    error: str | None = None
    files: list[FileRecord] = field(default_factory=list)
    # Per-source problems that did not fail the whole collector ("pods/foo logs: 403 Forbidden").
    notes: list[str] = field(default_factory=list)
    # The bundle path prefixes the collector declares it writes (empty in older bundles).
    writes: list[str] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(f.bytes for f in self.files)

    @property
    def truncated(self) -> bool:
        return any(f.truncated for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["bytes"] = self.bytes
        data["truncated"] = self.truncated
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CollectorRecord:
        try:
            status = CollectorStatus(data["status"])
        except (KeyError, ValueError) as exc:
            raise BundleError(
                f"manifest: collector entry with a bad status: {data!r:.120}"
            ) from exc
        files = [
            FileRecord(
                path=str(f.get("path", "")),
                bytes=int(f.get("bytes", 0)),
                truncated=bool(f.get("truncated", False)),
                original_bytes=f.get("original_bytes"),
            )
            for f in data.get("files", [])
            if isinstance(f, dict)
        ]
        return cls(
            name=str(data.get("name", "?")),
            status=status,
            started=data.get("started"),
            ended=data.get("ended"),
            error=data.get("error"),
            files=files,
            notes=[str(n) for n in data.get("notes", [])],
            writes=[str(w) for w in data.get("writes", []) if isinstance(w, str)]
            if isinstance(data.get("writes"), list)
            else [],
        )


@dataclass
class Manifest:
    format_version: int = FORMAT_VERSION
    wbdiag_version: str = ""
    collected_at: str = ""  # RFC 3339 UTC
    host: str = ""  # the machine collect ran on
    deployment: DeploymentMode = DeploymentMode.NONE
    wandb_host: str | None = None  # the HOST setting (the URL users open)
    collectors: list[CollectorRecord] = field(default_factory=list)
    # Counts per kind of secret replaced, never the values.
    redaction: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False  # Ctrl-C or the global deadline: the bundle is partial
    case_id: str | None = None  # the support case the bundle is for (--case-id)

    def collector(self, name: str) -> CollectorRecord | None:
        return next((c for c in self.collectors if c.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "wbdiag_version": self.wbdiag_version,
            "collected_at": self.collected_at,
            "host": self.host,
            "deployment": self.deployment.value,
            "wandb_host": self.wandb_host,
            "interrupted": self.interrupted,
            "case_id": self.case_id,
            "redaction": dict(self.redaction),
            "collectors": [c.to_dict() for c in self.collectors],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Manifest:
        if not isinstance(data, dict):
            raise BundleError("manifest.json is not a JSON object")
        version = data.get("format_version")
        if not isinstance(version, int):
            raise BundleError("manifest.json has no integer format_version")
        if version > FORMAT_VERSION:
            raise BundleError(
                f"bundle format_version {version} is newer than this wbdiag understands "
                f"({FORMAT_VERSION}); upgrade wbdiag"
            )
        try:
            deployment = DeploymentMode(data.get("deployment", "none"))
        except ValueError as exc:
            raise BundleError(
                f"manifest.json: unknown deployment {data.get('deployment')!r:.40}"
            ) from exc
        collectors = data.get("collectors", [])
        if not isinstance(collectors, list):
            raise BundleError("manifest.json: collectors is not a list")
        redaction = data.get("redaction", {})
        return cls(
            format_version=version,
            wbdiag_version=str(data.get("wbdiag_version", "")),
            collected_at=str(data.get("collected_at", "")),
            host=str(data.get("host", "")),
            deployment=deployment,
            wandb_host=data.get("wandb_host"),
            collectors=[CollectorRecord.from_dict(c) for c in collectors if isinstance(c, dict)],
            redaction={str(k): int(v) for k, v in redaction.items()}
            if isinstance(redaction, dict)
            else {},
            interrupted=bool(data.get("interrupted", False)),
            case_id=str(data["case_id"]) if data.get("case_id") else None,
        )
