"""Runs collectors: concurrently within a phase, each under its own timeout and the global
deadline; a failure, refusal or timeout is recorded and never stops the others; Ctrl-C packs what
was gathered. The only place that turns collector outcomes into manifest records."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from wbdiag import __version__
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.writer import BundleWriter, GateFinding
from wbdiag.collect.base import (
    DISCOVERY,
    PROBES,
    CollectContext,
    CollectOptions,
    Collector,
    Output,
    SourceForbidden,
    SourceSkipped,
)
from wbdiag.collect.progress import Progress
from wbdiag.collect.registry import REGISTRY
from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.errors import CollectError, LeakGateError
from wbdiag.redact import Redactor
from wbdiag.redact.gatelive import LiveGate
from wbdiag.settings import WandbSettings


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:500]


def _seconds(budget: float) -> str:
    """A budget as people write it: 0.5s, 1s, 60s (whole seconds from 10 on)."""
    if budget >= 10:
        return f"{budget:.0f}s"
    return f"{budget:.1f}".rstrip("0").rstrip(".") + "s"


@dataclass
class _Run:
    collector: Collector
    out: Output
    record: CollectorRecord
    thread: threading.Thread
    done: threading.Event
    budget: float  # seconds it was given: its own timeout, or less when the deadline came first


@dataclass
class CollectResult:
    output: Path
    manifest: Manifest
    interrupted: bool = False  # by Ctrl-C (the CLI then exits 130)
    advice: list[str] = field(default_factory=list)  # for the user, after the run

    @property
    def nothing_collected(self) -> bool:
        """Every collector was skipped: the bundle holds only its manifest."""
        return all(c.status is CollectorStatus.SKIPPED for c in self.manifest.collectors)


class Runner:
    def __init__(
        self,
        options: CollectOptions,
        settings: WandbSettings,
        output: Path,
        progress: Progress | None = None,
        collectors: Sequence[type[Collector]] | None = None,
    ) -> None:
        self.options = options
        self.output = output
        self.progress = progress or Progress()
        self.redactor = Redactor()
        register_setting_secrets(self.redactor, settings.values)
        self.ctx = CollectContext(options=options, settings=settings, redactor=self.redactor)
        self.classes = list(collectors) if collectors is not None else list(REGISTRY.values())
        self.records: list[CollectorRecord] = []
        self.deadline = time.monotonic() + options.timeout
        self.interrupted = False

    # -- one collector ----------------------------------------------------------------------
    def _start(self, cls: type[Collector], writer: BundleWriter) -> _Run:
        collector = cls()
        now = time.monotonic()
        deadline = min(now + cls.timeout, self.deadline)
        # the budget as given, read before the thread starts: on a loaded machine the new thread
        # can run first, and a budget read after it would name less time than the collector had
        budget = max(0.0, deadline - now)
        out = Output(writer, cls.name, self.options.log_cap_bytes, deadline, cls.writes)
        record = CollectorRecord(
            name=cls.name, status=CollectorStatus.OK, started=_now(), writes=list(cls.writes)
        )
        done = threading.Event()

        def body() -> None:
            try:
                collector.collect(self.ctx, out)
                if out.partial:
                    record.status = CollectorStatus.PARTIAL
            except SourceSkipped as exc:
                record.status, record.error = CollectorStatus.SKIPPED, _one_line(exc)
            except SourceForbidden as exc:
                record.status, record.error = CollectorStatus.FORBIDDEN, _one_line(exc)
            except BaseException as exc:  # a broken source never stops the run
                if not out.closed:
                    record.status = CollectorStatus.FAILED
                    record.error = f"{type(exc).__name__}: {_one_line(exc)}"
            finally:
                done.set()

        thread = threading.Thread(target=body, name=f"collect-{cls.name}", daemon=True)
        self.progress.started(cls.name)
        thread.start()
        return _Run(collector, out, record, thread, done, budget)

    def _settle(self, run: _Run, timed_out: bool) -> None:
        out, record = run.out, run.record
        with out._lock:  # freeze what the collector wrote; later writes are refused
            out.closed = True
            record.files = list(out.files)
            # the manifest is written outside the writer: its free text passes the redactor here
            record.notes = [self.redactor(n) for n in out.notes]
        if timed_out:
            # Ctrl-C is the user's choice, not a slow source: scripts and rules tell them apart
            if self.interrupted:
                record.status, why = CollectorStatus.INTERRUPTED, "interrupted (Ctrl-C)"
            else:
                record.status, why = (
                    CollectorStatus.TIMED_OUT,
                    f"no answer within {_seconds(run.budget)}",
                )
            record.error = why + (f" (kept {len(record.files)} files)" if record.files else "")
        if record.error:
            record.error = self.redactor(record.error)
        record.ended = _now()
        self.records.append(record)
        self.progress.finished(record)

    def _not_started(self, cls: type[Collector], status: CollectorStatus, why: str) -> None:
        rec = CollectorRecord(cls.name, status, _now(), _now(), error=why, writes=list(cls.writes))
        self.records.append(rec)
        self.progress.finished(rec)

    def _run_phase(self, classes: list[type[Collector]], writer: BundleWriter) -> None:
        pending: list[_Run] = []
        # a Ctrl-C while the collectors start settles the ones started so far, as one after it
        # does (run() records the rest as not started)
        try:
            self._start_all(classes, writer, pending)
            self._wait(pending)
        except KeyboardInterrupt:
            self.interrupted = True
            self.progress.message("interrupted: writing what was gathered so far")
            for run in pending:
                self._settle(run, timed_out=not run.done.is_set())

    def _start_all(
        self, classes: list[type[Collector]], writer: BundleWriter, started: list[_Run]
    ) -> None:
        for cls in classes:
            if cls.name in self.options.disabled:
                rec = CollectorRecord(
                    cls.name,
                    CollectorStatus.SKIPPED,
                    _now(),
                    _now(),
                    error="switched off by a --no-… flag",
                    writes=list(cls.writes),
                )
                self.records.append(rec)
                self.progress.finished(rec)
                continue
            if self.interrupted:
                self._not_started(cls, CollectorStatus.INTERRUPTED, "not started: interrupted")
                continue
            if time.monotonic() >= self.deadline:
                self._not_started(
                    cls, CollectorStatus.TIMED_OUT, "not started: the global deadline had passed"
                )
                continue
            started.append(self._start(cls, writer))

    def _wait(self, pending: list[_Run]) -> None:
        """Settle each run as it ends or its deadline passes (`pending` shrinks as they do)."""
        while pending:
            now = time.monotonic()
            for run in list(pending):
                if run.done.is_set():
                    self._settle(run, timed_out=False)
                    pending.remove(run)
                elif now >= run.out.deadline:
                    self._settle(run, timed_out=True)
                    pending.remove(run)
            if pending:
                pending[0].done.wait(0.05)

    # -- the whole run ----------------------------------------------------------------------
    def run(self) -> CollectResult:
        output = self.output
        if not output.parent.is_dir():
            raise CollectError(f"output directory does not exist: {output.parent}")
        if output.exists():
            raise CollectError(f"output already exists: {output}")
        staging = output.parent / f".{output.name}.staging-{os.getpid()}"
        writer = BundleWriter(staging, self.redactor, self.options.log_cap_bytes)
        writer.gate = LiveGate(self.redactor)
        collected_at = _now()
        try:
            self._run_phase([c for c in self.classes if c.phase == DISCOVERY], writer)
            if not self.interrupted:
                self._merge_discovered()
                self._run_phase([c for c in self.classes if c.phase == PROBES], writer)
        except KeyboardInterrupt:
            self.interrupted = True
        finally:
            self.progress.close()
        recorded = {r.name for r in self.records}
        for cls in self.classes:  # a Ctrl-C during discovery: the probes never started
            if cls.name not in recorded:
                self.records.append(
                    CollectorRecord(
                        cls.name,
                        CollectorStatus.INTERRUPTED,
                        error="not started: interrupted",
                        writes=list(cls.writes),
                    )
                )
        order = {c.name: i for i, c in enumerate(self.classes)}
        self.records.sort(key=lambda r: order.get(r.name, 99))
        manifest = Manifest(
            wbdiag_version=__version__,
            collected_at=collected_at,
            host=socket.gethostname(),
            deployment=self.ctx.deployment,
            wandb_host=self._redacted(self.ctx.settings.get("HOST")),
            collectors=self.records,
            redaction=self.redactor.summary(),
            interrupted=self.interrupted or time.monotonic() >= self.deadline,
            case_id=self.options.case_id,
        )
        self._leak_gate(manifest, writer)
        writer.finish(manifest, output, self.options.keep_dir)
        return CollectResult(
            output=output,
            manifest=manifest,
            interrupted=self.interrupted,
            advice=[self.redactor(a) for a in self.ctx.advice],
        )

    def _leak_gate(self, manifest: Manifest, writer: BundleWriter) -> None:
        """The gate's findings in the files the bundle will hold (and in the manifest itself):
        recorded in the manifest; without --allow-unredacted, no bundle is written."""
        listed = {f.path for c in manifest.collectors for f in c.files}
        found = [f for f in writer.gate_findings() if f.path in listed]
        manifest_lines = manifest.to_json().splitlines()
        for line, kind in LiveGate(self.redactor).block(manifest_lines):
            found.append(GateFinding(layout.MANIFEST, line, kind))
        found.sort(key=lambda f: (f.path, f.line))
        manifest.leak_gate = {
            "findings": len(found),
            "allowed": bool(found) and self.options.allow_unredacted,
            "where": [asdict(f) for f in found[:100]],
        }
        if not found or self.options.allow_unredacted:
            return
        if self.options.keep_dir is not None:
            writer.keep(manifest, self.options.keep_dir)
        writer.discard()
        where = ", ".join(f"{f.path}:{f.line} ({f.kind})" for f in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        kept = f"; the files are in {self.options.keep_dir}" if self.options.keep_dir else ""
        raise LeakGateError(
            f"the leak gate found {len(found)} secret-looking strings left after redaction: "
            f"{where}{more}; no bundle was written{kept}. Review them (--keep-dir DIR keeps the "
            "files), then rerun with --allow-unredacted to write the bundle anyway"
        )

    def _redacted(self, text: str | None) -> str | None:
        # the manifest is written outside the writer's redaction: pass its strings through here
        return self.redactor(text) if text else text

    def _merge_discovered(self) -> None:
        for source, values in sorted(self.ctx.discovered.items()):
            register_setting_secrets(self.redactor, values)
            self.ctx.settings.merge(values, source, override=False)
