"""A bundle directory (`wbdiag analyze DIR`, e.g. after `tar -xzf`) from a stranger is bounded as
a .tgz is: entries counted while listed, levels past a depth skipped and listed, logs analysed up
to a byte and a CPU budget; links, FIFOs and devices are skipped (a FIFO never blocks)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import shipped_pack
from tests.hostile.harness import MANIFEST, analyze_json, run_wbdiag
from wbdiag.bundle.reader import BundleSource, Limits
from wbdiag.errors import BundleError
from wbdiag.rules.engine import analyze

LINE = "2026-11-28T12:00:00Z ERROR flush batch 12 failed: upstream said no\n"


def bundle_dir(root: Path) -> Path:
    root.mkdir()
    (root / "manifest.json").write_text(json.dumps(MANIFEST))
    logs = root / "docker" / "containers" / "wandb-local"
    logs.mkdir(parents=True)
    (logs / "container.log").write_text(LINE * 10)
    return root


def test_deep_levels_are_skipped_and_listed(tmp_path: Path) -> None:
    root = bundle_dir(tmp_path / "b")
    deep = root.joinpath("docker", *["d"] * 60)
    deep.mkdir(parents=True)
    (deep / "x.log").write_text(LINE)
    _, report = analyze_json(root)
    assert report is not None
    skipped = report["bundle"]["skipped_members"]
    assert [s["reason"] for s in skipped] == ["deeper than 32 levels"], skipped
    assert skipped[0]["path"].startswith("docker/d/d/")


def test_links_fifos_and_odd_names_are_skipped_or_escaped(tmp_path: Path) -> None:
    root = bundle_dir(tmp_path / "b")
    logs = root / "docker" / "containers" / "wandb-local"
    os.mkfifo(logs / "fifo.log")  # opening it for reading would block
    (logs / "link.log").symlink_to("/etc/passwd")
    (root / "docker" / "loop").symlink_to(root)
    odd = Path(os.fsdecode(os.fsencode(logs) + b"/w\xff.log"))
    odd.write_text(LINE)
    _, report = analyze_json(root)
    assert report is not None
    reasons = {s["path"]: s["reason"] for s in report["bundle"]["skipped_members"]}
    assert reasons["docker/containers/wandb-local/fifo.log"].startswith("not a regular file")
    assert reasons["docker/containers/wandb-local/link.log"].startswith("not a regular file")
    assert reasons["docker/loop"].startswith("not a regular file")
    sources = {t["sample_path"] for t in report["unrecognised_errors"]}
    assert "docker/containers/wandb-local/w\\xff.log" in sources, sources


def test_too_many_entries_is_one_line_error(tmp_path: Path) -> None:
    root = bundle_dir(tmp_path / "b")
    many = root / "many"
    many.mkdir()
    for i in range(60):
        (many / f"{i}").mkdir()  # directories count as entries too
    source = BundleSource.open(root, Limits(max_members=50))
    with pytest.raises(BundleError, match="more than 50 files and directories"):
        list(source.members())


def test_logs_past_the_directory_byte_budget_are_named(tmp_path: Path) -> None:
    root = bundle_dir(tmp_path / "b")
    other = root / "docker" / "containers" / "other"
    other.mkdir()
    (other / "container.log").write_text(LINE * 10)
    limits = Limits(dir_log_budget=len(LINE) * 15)
    analysis = analyze(BundleSource.open(root, limits), shipped_pack())
    problems = analysis.contents.problems
    cut = "1 log file(s) cut or skipped, the first docker/containers/wandb-local/container.log"
    assert any("a directory's limit" in p and cut in p for p in problems), problems


def test_unreadable_bundle_directory_is_a_clear_result(tmp_path: Path) -> None:
    out = run_wbdiag("analyze", tmp_path / "missing")
    out.assert_clear(2)
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run_wbdiag("analyze", empty)
    out.assert_clear(2)
    assert "no manifest.json" in out.error
