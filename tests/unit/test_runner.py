"""The collect runner: concurrency, timeouts, failures, Ctrl-C, and an honest manifest."""

from __future__ import annotations

import io
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, load_manifest
from wbdiag.collect.base import (
    DISCOVERY,
    CollectContext,
    CollectOptions,
    Collector,
    Output,
    SourceForbidden,
    SourceSkipped,
)
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.errors import CollectError
from wbdiag.settings import WandbSettings


class WritesMysql(Collector):
    name = "mysql"
    writes = ("mysql/",)
    description = "test: writes one document"
    timeout = 5.0

    def collect(self, ctx: CollectContext, out: Output) -> None:
        out.json(
            layout.MYSQL_VARIABLES,
            {"binlog_format": "ROW", "note": f"pw {ctx.settings.get('MYSQL_PASSWORD')}"},
        )


HANG = 30.0  # how long a hanging collector sleeps
# A run that waited for the hang would take HANG seconds; half of it leaves room for a loaded
# machine (compiles, the gate) and still tells a run that stopped waiting from one that did not.
NOT_HELD = HANG / 2


class Hangs(Collector):
    name = "storage"
    writes = ("probes/storage.json",)
    description = "test: writes, then never returns"
    timeout = 0.5

    def collect(self, ctx: CollectContext, out: Output) -> None:
        out.json(layout.PROBE_STORAGE, {"reachable": True})
        time.sleep(HANG)
        out.json(layout.PROBE_STORAGE, {"late": True})  # refused: after its deadline


class Breaks(Collector):
    name = "proxy"
    writes = ("probes/proxy.json", "probes/tls.json")
    description = "test: fails"

    def collect(self, ctx: CollectContext, out: Output) -> None:
        out.json(layout.PROBE_TLS, {"problem": None})
        raise RuntimeError("boom: handshake exploded")


class Refused(Collector):
    name = "kubernetes"
    writes = ("kubernetes/",)
    description = "test: forbidden"
    phase = DISCOVERY

    def collect(self, ctx: CollectContext, out: Output) -> None:
        ctx.discovered_settings(
            "kubernetes:wandb", {"HOST": "https://from-the-cluster", "BUCKET_QUEUE": "internal://"}
        )
        raise SourceForbidden("pods is forbidden: User cannot list pods")


class NotHere(Collector):
    name = "docker"
    writes = ("docker/",)
    description = "test: skipped"
    phase = DISCOVERY

    def collect(self, ctx: CollectContext, out: Output) -> None:
        raise SourceSkipped("no Docker engine")


class Trespasses(Collector):
    name = "attachments"
    writes = ("attachments/",)
    description = "test: writes outside its area"

    def collect(self, ctx: CollectContext, out: Output) -> None:
        out.json(layout.MYSQL_VARIABLES, {"x": 1})


@pytest.fixture(autouse=True, scope="module")
def _databases_compiled(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The redactor's and the leak gate's pattern databases compile once per process (a second or
    more on a loaded machine); one run here does it, so a collector's first write is not charged
    for it against the short timeouts these tests give."""
    run(tmp_path_factory.mktemp("warm-up"), [WritesMysql])


def run(
    tmp_path: Path,
    classes: list[type[Collector]],
    timeout: float = 10.0,
    values: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> Manifest:
    settings = WandbSettings()
    settings.merge(
        values or {"HOST": "https://wandb.example.test", "MYSQL_PASSWORD": "Runner-Pw-123"},
        "flags",
        True,
    )
    out = tmp_path / "b.tgz"
    progress = progress or Progress(io.StringIO(), live=False)
    Runner(CollectOptions(timeout=timeout), settings, out, progress, classes).run()
    assert out.is_file()
    files = {m.path: m.stream.read() for m in BundleSource.open(out).members()}
    manifest = load_manifest(files.pop(layout.MANIFEST))
    listed = {f.path for c in manifest.collectors for f in c.files}
    assert listed == set(files), "the bundle holds exactly what the manifest lists"
    for data in files.values():
        assert b"Runner-Pw-123" not in data
    return manifest


def status(m: Manifest, name: str) -> tuple[CollectorStatus, str | None]:
    rec = m.collector(name)
    assert rec is not None
    return rec.status, rec.error


def test_every_outcome_is_recorded_and_the_bundle_written(tmp_path: Path) -> None:
    t0 = time.monotonic()
    m = run(tmp_path, [NotHere, Refused, WritesMysql, Hangs, Breaks, Trespasses, SettingsCollector])
    assert time.monotonic() - t0 < NOT_HELD, "a hanging collector must not hold the run"
    assert status(m, "docker") == (CollectorStatus.SKIPPED, "no Docker engine")
    assert status(m, "kubernetes")[0] is CollectorStatus.FORBIDDEN
    assert status(m, "mysql") == (CollectorStatus.OK, None)
    st, err = status(m, "storage")
    assert st is CollectorStatus.TIMED_OUT and "kept 1 files" in (err or "")
    assert (err or "").startswith("no answer within 0.5s"), "a short budget is not rounded to 0s"
    assert [f.path for f in m.collector("storage").files] == [layout.PROBE_STORAGE]  # type: ignore[union-attr]
    st, err = status(m, "proxy")
    assert st is CollectorStatus.FAILED and "boom: handshake exploded" in (err or "")
    assert status(m, "attachments")[0] is CollectorStatus.FAILED
    assert m.redaction.get("setting", 0) >= 1
    assert m.wandb_host == "https://wandb.example.test"


def test_a_slow_start_does_not_shorten_the_named_budget(tmp_path: Path) -> None:
    """The note names the budget the collector was given, however long its thread took to start
    (on a loaded machine the new thread can run first: a budget read after it said 0.4s)."""

    class SlowStart(Progress):
        def started(self, name: str) -> None:
            super().started(name)
            time.sleep(0.2)  # between the deadline being set and the thread running

    m = run(tmp_path, [Hangs], progress=SlowStart(io.StringIO(), live=False))
    st, err = status(m, "storage")
    assert st is CollectorStatus.TIMED_OUT
    assert (err or "").startswith("no answer within 0.5s"), err


def test_discovered_settings_fill_gaps_only(tmp_path: Path) -> None:
    m = run(tmp_path, [Refused, SettingsCollector], values={"HOST": "https://given-by-the-user"})
    assert m.wandb_host == "https://given-by-the-user"


def test_global_deadline(tmp_path: Path) -> None:
    class Slow(Hangs):
        timeout = 60.0

    t0 = time.monotonic()
    m = run(tmp_path, [Slow, WritesMysql], timeout=1.0)
    assert time.monotonic() - t0 < NOT_HELD
    st, err = status(m, "storage")
    assert st is CollectorStatus.TIMED_OUT
    assert err is not None and err.startswith("no answer within 1s"), "names the budget it had"
    assert m.interrupted


def test_ctrl_c_writes_a_partial_bundle(tmp_path: Path) -> None:
    hanging = threading.Event()

    class Slow(Hangs):
        timeout = 60.0

        def collect(self, ctx: CollectContext, out: Output) -> None:
            hanging.set()
            super().collect(ctx, out)

    def ctrl_c() -> None:
        # once mysql's collector has ended and storage's runs: a fixed delay (0.5 s) came before
        # mysql ended on a loaded machine
        if not hanging.wait(NOT_HELD):
            return
        for thread in threading.enumerate():
            if thread.name == "collect-mysql":
                thread.join(NOT_HELD)
        os.kill(os.getpid(), signal.SIGINT)

    # a suite started in the background (nohup, `&`) inherits SIGINT ignored: Ctrl-C as a terminal sends it
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    presser = threading.Thread(target=ctrl_c, daemon=True)
    presser.start()
    try:
        m = run(tmp_path, [WritesMysql, Slow], timeout=60)
    finally:
        presser.join()
        signal.signal(signal.SIGINT, previous)
    assert m.interrupted
    assert status(m, "mysql")[0] is CollectorStatus.OK
    st, err = status(m, "storage")
    assert st is CollectorStatus.INTERRUPTED and "interrupted" in (err or "")


def test_output_problems_are_clear_errors(tmp_path: Path) -> None:
    runner = Runner(
        CollectOptions(),
        WandbSettings(),
        tmp_path / "missing" / "b.tgz",
        Progress(io.StringIO(), live=False),
        [],
    )
    with pytest.raises(CollectError, match="output directory does not exist"):
        runner.run()
    existing = tmp_path / "b.tgz"
    existing.write_text("keep me")
    runner = Runner(
        CollectOptions(), WandbSettings(), existing, Progress(io.StringIO(), live=False), []
    )
    with pytest.raises(CollectError, match="already exists"):
        runner.run()
    assert existing.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.tgz"], "no staging left behind"


def test_progress_plain_lines() -> None:
    stream = io.StringIO()
    p = Progress(stream, live=False)
    p.started("mysql")
    p.message("hello")
    text = stream.getvalue()
    assert "mysql: started" in text and "hello" in text and "\r" not in text


def test_manifest_free_text_is_redacted(tmp_path: Path) -> None:
    class Chatty(Collector):
        name = "proxy"
        writes = ("probes/proxy.json", "probes/tls.json")
        description = "test: notes and errors that quote a secret"

        def collect(self, ctx: CollectContext, out: Output) -> None:
            out.note("tried with password Runner-Pw-123")
            raise RuntimeError("login Runner-Pw-123 refused")

    m = run(tmp_path, [Chatty, SettingsCollector])
    rec = m.collector("proxy")
    assert rec is not None and rec.error is not None
    assert "Runner-Pw-123" not in rec.error and "Runner-Pw-123" not in " ".join(rec.notes)
    assert "[REDACTED:" in rec.error
