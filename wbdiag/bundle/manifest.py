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
    # Redactions in this file per kind: {"count": n, "lines": [first 100 line numbers]}.
    redactions: dict[str, dict[str, Any]] = field(default_factory=dict)


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
    def from_dict(cls, data: dict[str, Any], where: str, problems: list[str]) -> CollectorRecord:
        """One `collectors` entry; wrong-shaped fields are noted in `problems` and left out.
        Raises BundleError when the entry is unusable (no valid status)."""
        value = data.get("status")
        try:
            status = CollectorStatus(value)
        except (ValueError, TypeError) as exc:
            raise BundleError(f"{where}.status: {_shown(value)} is not a collector status") from exc
        check = _Checker(where, data, problems)
        files = []
        for i, f in enumerate(check.listed("files")):
            if not isinstance(f, dict):
                problems.append(f"{where}.files[{i}]: not an object (ignored)")
                continue
            fcheck = _Checker(f"{where}.files[{i}]", f, problems)
            files.append(
                FileRecord(
                    path=fcheck.text("path") or "",
                    bytes=fcheck.count("bytes") or 0,
                    truncated=fcheck.flag("truncated"),
                    original_bytes=fcheck.count("original_bytes"),
                    redactions=_redactions(f.get("redactions")),
                )
            )
        notes = check.listed("notes")
        return cls(
            name=check.text("name") or "?",
            status=status,
            started=check.text("started"),
            ended=check.text("ended"),
            error=check.text("error"),
            files=files,
            notes=[_cut(n) if isinstance(n, str) else _cut(_shown(n)) for n in notes[:MAX_NOTES]],
            writes=[_cut(w) for w in check.listed("writes")[:MAX_NOTES] if isinstance(w, str)],
        )


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _redactions(data: Any) -> dict[str, dict[str, Any]]:
    """A file's redaction report from a manifest: well-formed entries only, bounded."""
    out: dict[str, dict[str, Any]] = {}
    if isinstance(data, dict):
        for kind, entry in list(data.items())[:MAX_COLLECTORS]:
            if isinstance(entry, dict) and _count(entry.get("count")):
                lines = entry.get("lines")
                out[_cut(str(kind), 40)] = {
                    "count": entry["count"],
                    "lines": [n for n in lines[:MAX_LINES] if _count(n)]
                    if isinstance(lines, list)
                    else [],
                }
    return out


def _leak_gate(data: Any) -> dict[str, Any]:
    """The leak gate's verdict from a manifest: well-formed parts only, bounded."""
    if not isinstance(data, dict):
        return {}
    where = data.get("where")
    return {
        "findings": data["findings"] if _count(data.get("findings")) else 0,
        "allowed": data.get("allowed") is True,
        "where": [
            {"path": _cut(w["path"]), "line": w["line"], "kind": _cut(w["kind"], 40)}
            for w in (where[:MAX_LINES] if isinstance(where, list) else [])
            if isinstance(w, dict)
            and isinstance(w.get("path"), str)
            and _count(w.get("line"))
            and isinstance(w.get("kind"), str)
        ],
    }


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
    # Read from a bundle only: the parts of its manifest that had the wrong shape (left out).
    problems: list[str] = field(default_factory=list)
    # The leak gate's verdict on the written files: {"findings": n, "allowed": bool,
    # "where": [{"path", "line", "kind"}...]} (places only, never values).
    leak_gate: dict[str, Any] = field(default_factory=dict)

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
            "leak_gate": dict(self.leak_gate),
            "collectors": [c.to_dict() for c in self.collectors],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Manifest:
        """The manifest of a bundle. BundleError when it cannot be used at all (not an object,
        no usable format_version); wrong-shaped parts are left out and listed in `problems`."""
        if not isinstance(data, dict):
            raise BundleError("manifest.json is not a JSON object")
        version = data.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise BundleError("manifest.json has no usable format_version (a positive integer)")
        if version > FORMAT_VERSION:
            raise BundleError(
                f"bundle format_version {version} is newer than this wbdiag understands "
                f"({FORMAT_VERSION}); upgrade wbdiag"
            )
        problems: list[str] = []
        check = _Checker("manifest.json:", data, problems)
        deployment = DeploymentMode.NONE
        raw_deployment = data.get("deployment", "none")
        try:
            deployment = DeploymentMode(raw_deployment)
        except (ValueError, TypeError):
            problems.append(
                f"manifest.json: deployment {_shown(raw_deployment)} is not one of "
                f"{', '.join(d.value for d in DeploymentMode)} (taken as none)"
            )
        collectors: list[CollectorRecord] = []
        entries = check.listed("collectors")
        if len(entries) > MAX_COLLECTORS:
            problems.append(
                f"manifest.json: {len(entries)} collectors; only the first {MAX_COLLECTORS} read"
            )
        for i, entry in enumerate(entries[:MAX_COLLECTORS]):
            where = f"manifest.json: collectors[{i}]"
            if not isinstance(entry, dict):
                problems.append(f"{where}: not an object (ignored)")
                continue
            try:
                collectors.append(CollectorRecord.from_dict(entry, where, problems))
            except BundleError as exc:
                problems.append(f"{exc} (entry ignored)")
        redaction: dict[str, int] = {}
        raw_redaction = data.get("redaction", {})
        if isinstance(raw_redaction, dict):
            for kind, n in list(raw_redaction.items())[:MAX_COLLECTORS]:
                if isinstance(n, int) and not isinstance(n, bool) and n >= 0:
                    redaction[_cut(kind)] = n
                else:
                    problems.append(f"manifest.json: redaction.{_cut(kind, 40)}: not a count")
        else:
            problems.append("manifest.json: redaction: not an object (ignored)")
        return cls(
            format_version=version,
            wbdiag_version=check.text("wbdiag_version") or "",
            collected_at=check.text("collected_at") or "",
            host=check.text("host") or "",
            deployment=deployment,
            wandb_host=check.text("wandb_host"),
            collectors=collectors,
            redaction=redaction,
            interrupted=check.flag("interrupted"),
            case_id=check.text("case_id") or None,
            problems=problems,
            leak_gate=_leak_gate(data.get("leak_gate")),
        )


# Bounds on what a manifest may put into a report (a real one has seven collectors).
MAX_COLLECTORS = 64
MAX_NOTES = 500
MAX_TEXT = 4096
MAX_LINES = 100  # line numbers per redaction kind, places per leak-gate verdict


def _shown(value: Any) -> str:
    """A wrong value, short, for a message."""
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _cut(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more chars)"


class _Checker:
    """Typed reads of one manifest object's fields; a wrong-shaped field is noted and read as
    absent."""

    def __init__(self, where: str, data: dict[str, Any], problems: list[str]) -> None:
        self.where = where
        self.data = data
        self.problems = problems

    def _wrong(self, key: str, expected: str) -> None:
        value = self.data[key]
        sep = " " if self.where.endswith(":") else "."
        self.problems.append(f"{self.where}{sep}{key}: {_shown(value)} is not {expected} (ignored)")

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, str):
            return None if value is None else _cut(value)
        self._wrong(key, "a string")
        return None

    def count(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
            return value
        self._wrong(key, "a count")
        return None

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if isinstance(value, bool):
            return value
        self._wrong(key, "true or false")
        return False

    def listed(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if isinstance(value, list):
            return value
        self._wrong(key, "a list")
        return []
