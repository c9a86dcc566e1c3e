"""The collector interface and what a collector is given. Kept small on purpose (not sos's
3,800-line base class): a collector has a name, a phase, a timeout, and one `collect` method that
writes through an `Output`; everything else is the runner's job."""

from __future__ import annotations

import abc
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from wbdiag.bundle.manifest import DeploymentMode, FileRecord
from wbdiag.bundle.writer import STREAM_BLOCK_BYTES, BundleWriter
from wbdiag.collect.redacthelper import RedactHelper
from wbdiag.errors import CollectError
from wbdiag.redact import Redactor
from wbdiag.settings import WandbSettings


class SourceSkipped(Exception):
    """Nothing to collect here (no Docker engine, no kubeconfig, setting not given)."""


class SourceForbidden(Exception):
    """Access was refused (RBAC 403, MySQL access denied, permission denied)."""


class Phase(int):
    """Collectors run in phases: discovery finds the deployment and its settings, then the
    settings are resolved, then probes use them."""


DISCOVERY = Phase(0)
PROBES = Phase(1)


_SINCE = re.compile(r"(\d+)([smhd])\Z")


def parse_since(value: str) -> int:
    """'90s', '30m', '24h', '7d' -> seconds (for --since)."""
    m = _SINCE.match(value.strip())
    if not m:
        raise CollectError(f"--since takes a duration like 30m, 24h or 7d, not {value!r:.20}")
    return int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@dataclass
class CollectOptions:
    timeout: float = 180.0  # global deadline, seconds
    log_cap_bytes: int = 20 * 1024 * 1024  # per log file (the newest part is kept)
    since: str | None = None  # e.g. "24h": logs newer than this
    ca_bundle: Path | None = None
    body_size: int = 10 * 1024 * 1024  # the payload `wandb verify` sends through the proxy
    http_url: str | None = None  # plain-http URL of the W&B host (default: http://HOST/)
    proxy_config: str | None = None  # nginx configuration file, or "nginx -T" to run it here
    docker_host: str | None = None
    container: str | None = None
    kube_context: str | None = None
    kubeconfig: Path | None = None
    namespace: str | None = None
    include: tuple[Path, ...] = ()
    disabled: frozenset[str] = frozenset()  # collector names switched off
    case_id: str | None = None  # labels the bundle (manifest and default file name)
    keep_dir: Path | None = None  # also leave the uncompressed tree here, for review
    allow_unredacted: bool = False  # write the bundle even when the leak gate finds secrets


@dataclass
class CollectContext:
    options: CollectOptions
    settings: WandbSettings
    redactor: Redactor
    # Set by discovery collectors; read by the runner for the manifest.
    deployment: DeploymentMode = DeploymentMode.NONE
    # W&B settings found inside the deployment (container env, pod env, configmaps). They feed
    # the probes only where the user gave no value (flags > env file > environment > discovered).
    discovered: dict[str, dict[str, str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # What the user should be told after the run (e.g. the RBAC rules that would allow the
    # reads that were refused); printed by the CLI, never written into the bundle.
    advice: list[str] = field(default_factory=list)

    def discovered_settings(self, source: str, values: dict[str, str]) -> None:
        with self.lock:
            self.discovered[source] = dict(values)

    def advise(self, text: str) -> None:
        with self.lock:
            self.advice.append(text)


class Output:
    """A collector's window on the bundle: only its own paths, everything redacted and capped,
    and nothing accepted once the collector has timed out."""

    def __init__(
        self,
        writer: BundleWriter,
        collector: str,
        cap: int,
        deadline: float | None = None,
        writes: tuple[str, ...] = (),
    ) -> None:
        self._writer = writer
        self.deadline = deadline if deadline is not None else time.monotonic() + 3600
        self._prefixes = writes
        self._collector = collector
        self._cap = cap
        self.files: list[FileRecord] = []
        self.notes: list[str] = []
        self.partial = False
        self.closed = False
        self._lock = threading.Lock()

    def _check(self, path: str) -> None:
        if self.closed:
            raise TimeoutError(f"collector {self._collector} wrote after its deadline")
        if not path.startswith(self._prefixes):
            raise ValueError(f"collector {self._collector} may not write {path}")

    def _keep(self, rec: FileRecord) -> FileRecord:
        with self._lock:
            if self.closed:  # finished after the deadline: not part of the bundle
                return rec
            # writing a path again replaces it (a probe may save early, then complete)
            self.files = [f for f in self.files if f.path != rec.path] + [rec]
        return rec

    def scratch_dir(self) -> Path:
        """A private directory for working files (never packed, removed with the staging)."""
        return self._writer.scratch_dir()

    def time_left(self) -> float:
        """Seconds until this collector's deadline (its own timeout or the global one)."""
        return max(0.0, self.deadline - time.monotonic())

    def json(self, path: str, obj: Any, keys_are_data: bool = False) -> FileRecord:
        """`keys_are_data`: the document's keys are names from a server (MySQL variables), not
        settings, so a secret-sounding key does not blank its value (patterns still apply)."""
        self._check(path)
        return self._keep(self._writer.write_json(path, obj, keys_are_data=keys_are_data))

    def lines(
        self, path: str, lines: Iterable[str], cap: int | None = None, cut_at_source: bool = False
    ) -> FileRecord:
        """`cut_at_source`: the source already cut what it sent (a server-side byte limit), so
        the file is truncated even when it fits the cap here."""
        self._check(path)
        rec = self._writer.write_lines(path, lines, cap=cap or self._cap)
        if cut_at_source:
            rec.truncated = True
        return self._keep(rec)

    def chunks(
        self,
        path: str,
        chunks: Iterable[bytes],
        cap: int | None = None,
        strip_cr: bool = False,
        helper: RedactHelper | None = None,
        block: int = STREAM_BLOCK_BYTES,
    ) -> FileRecord:
        """A log as raw bytes in chunks of any size (BundleWriter.write_chunks), redacted in
        blocks of about `block` bytes. `helper`: a process that redacts it beside this one
        (redacthelper.py), in the same blocks; a failure there ends the log where the helper
        stopped, with a note."""
        self._check(path)
        cap = cap or self._cap
        if helper is None:
            rec = self._writer.write_chunks(path, chunks, cap=cap, strip_cr=strip_cr, block=block)
            return self._keep(rec)
        try:
            blocks = helper.blocks(chunks, cap, strip_cr, block)
            rec = self._writer.write_redacted(path, blocks, cap=cap)
        finally:
            helper.close()
        if helper.problem is not None:
            self.note(f"{path}: {helper.problem}; kept the lines redacted before it")
        return self._keep(rec)

    def text(self, path: str, text: str, cap: int | None = None) -> FileRecord:
        return self.lines(path, text.splitlines(), cap=cap)

    def note(self, message: str, partial: bool = True) -> None:
        """A source inside this collector failed; the rest goes on. Marks the collector partial."""
        with self._lock:
            self.notes.append(message)
            self.partial = self.partial or partial


@dataclass(frozen=True)
class PlanStep:
    """One thing a collector would do, as `collect --dry-run` lists it."""

    action: str  # what is read, sent or written
    where: str  # from or to where
    active: bool = False  # a live probe: it connects to a service and sends requests


DISCOVERY_COLLECTORS = frozenset({"docker", "kubernetes"})


def planned_setting(ctx: CollectContext, name: str) -> str | None:
    """A setting a probe's plan needs: its value; None when it is not set but discovery may
    still find it in the deployment; SourceSkipped when nothing could provide it."""
    value = ctx.settings.get(name)
    if value:
        return value
    if DISCOVERY_COLLECTORS - ctx.options.disabled:
        return None
    raise SourceSkipped(f"{name} is not set (and --no-docker/--no-kubernetes: none to discover)")


class Collector(abc.ABC):
    name: ClassVar[str]
    description: ClassVar[str]
    # The bundle paths (prefixes) this collector writes: its Output refuses any other path, and
    # the manifest records them so the analyzer can say which collector a missing input needed.
    writes: ClassVar[tuple[str, ...]]
    phase: ClassVar[Phase] = PROBES
    timeout: ClassVar[float] = 60.0

    @abc.abstractmethod
    def collect(self, ctx: CollectContext, out: Output) -> None:
        """Gather and write. Raise SourceSkipped / SourceForbidden for those outcomes; any other
        exception marks the collector failed (what it wrote before is kept)."""

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        """What `collect` would read and send, and where, found without contacting anything
        (`collect --dry-run`). Raises SourceSkipped when the collector would not run."""
        return [PlanStep(self.description, "")]
