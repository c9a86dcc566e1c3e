"""Bundles just under 50 MB made to cost as much as possible (bigbundles.py): `analyze` and
`redact-check` end within the limits (10 CPU s, 500 MB, harness.py), and whatever a work budget
cut is named in the report (or, for redact-check, in its one-line error). Never silent.

`python tests/hostile/measure.py` prints the CPU seconds and peak RSS of each shape."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import shipped_pack
from tests.hostile.bigbundles import DENIED_LOG, LOG, SHAPES, Shape
from tests.hostile.harness import analyze_json, child_env, run_wbdiag, tgz
from wbdiag.bundle.reader import BundleSource, Limits, WorkLimits
from wbdiag.report.build import build_report
from wbdiag.rules.budget import LogBudget
from wbdiag.rules.engine import analyze

SIZE = 49_000_000


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("big")
    return {s.name: s.build(where / f"{s.name}.tgz", SIZE) for s in SHAPES}


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_analyze_stays_within_the_limits_and_says_what_it_cut(
    bundles: dict[str, Path], shape: Shape
) -> None:
    bundle = bundles[shape.name]
    assert bundle.stat().st_size < (1_000_000 if shape.name == "bomb-110mb" else 50_000_000)
    _, report = analyze_json(bundle, fresh=True)  # asserts the limits
    assert report is not None
    problems = report["bundle"]["problems"]
    if shape.name != "zeros":  # every other shape holds far more than a budget's worth
        assert any("budget" in p or "were not analysed" in p for p in problems), problems
    if shape.name == "rule-lines":
        # one costly log leaves time for the others: its half a gigabyte of lines rules match is cut at
        # their share of the budget, the small MySQL log after them is still analysed
        assert any(LOG in p and "for one file" in p for p in problems), problems
        fired = {f["rule_id"]: f for f in report["findings"]}
        evidence = [e["path"] for e in fired["mysql.access_denied"]["evidence"]]
        assert DENIED_LOG in evidence, evidence


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_redact_check_stays_within_the_limits(bundles: dict[str, Path], shape: Shape) -> None:
    out = run_wbdiag("redact-check", bundles[shape.name], fresh=True)
    out.assert_clear()
    if out.code == 2:  # cut by its budget: a check that did not read everything did not pass
        assert "redact-check stopped after" in out.error, out.error
        assert "the rest of the bundle was not checked" in out.error


# In a fresh process (nothing compiled yet), with a budget the scan of a small bundle needs a small
# part of but that the pack's and the miner's one-time compile (1.4-2.4 s) alone would use up.
_FRESH_ANALYSIS = """
import json, sys
from wbdiag.bundle.reader import BundleSource, Limits, WorkLimits
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack
limits = Limits(work=WorkLimits(seconds=float(sys.argv[2])))
analysis = analyze(BundleSource.open(sys.argv[1], limits), load_pack())
print(json.dumps({
    "problems": analysis.contents.problems,
    "fired": [f.rule.id for f in analysis.findings if f.status.value in ("fail", "warn")],
    "templates": [t.template for t in analysis.unrecognised],
}))
"""


def test_the_patterns_one_time_compile_does_not_use_up_a_small_bundles_budget(
    tmp_path: Path,
) -> None:
    denied = (
        "2026-11-28T10:00:02.000000Z 8 [Note] [MY-010926] [Server] Access denied for user "
        "'wandb_local'@'172.17.0.1' (using password: YES)\n"
    )
    unknown = "".join(
        f'time="2026-11-28T10:00:0{n}Z" level=error msg="quota exporter {n} gave up: '
        'upstream closed the stream"\n'
        for n in range(3)
    )
    bundle = tgz(
        tmp_path / "b.tgz",
        {
            "docker/containers/app/container.log": unknown,
            "docker/containers/mysql/container.log": denied,
        },
    )
    budget = 0.5  # CPU seconds: the miner's share is 0.25, a log's 0.4; the scan needs ~0.02
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH_ANALYSIS, str(bundle), str(budget)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=child_env(),  # its modules' bytecode shared (compiled, not its patterns)
    )
    out = json.loads(proc.stdout)
    assert out["problems"] == []
    assert "mysql.access_denied" in out["fired"]
    assert any("quota exporter" in t for t in out["templates"]), out["templates"]


def test_past_the_budget_logs_are_not_read_and_are_named() -> None:
    budget = LogBudget(None, "no byte limit", 0.0, WorkLimits())
    assert budget.spent()
    assert budget.take("a.log", None) is None  # type: ignore[arg-type]  # never looked at
    assert budget.take("b.log", None) is None  # type: ignore[arg-type]
    (problem,) = budget.problems()
    assert "2 log file(s) cut or not analysed past it, the first a.log" in problem


def test_the_pass_stops_reading_past_twice_its_budget() -> None:
    budget = LogBudget(None, "no byte limit", 0.01, WorkLimits())
    assert not budget.reading_over()
    started = time.process_time()
    while time.process_time() - started < 0.05:  # use the CPU the budget allows, and more
        pass
    assert budget.reading_over()
    assert "x.log and the members after it were not read" in budget.stopped_reading("x.log")


SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_bundles").glob("*.tgz"))
NO_LIMITS = Limits(
    max_expansion=10**6,
    max_total_expansion=10**6,
    work=WorkLimits(seconds=1e9),
    max_listed_skips=10**9,
)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_limits_change_nothing_on_the_real_samples(sample: Path) -> None:
    pack = shipped_pack()

    def report(limits: Limits) -> dict[str, Any]:
        out = build_report(analyze(BundleSource.open(sample, limits), pack))
        out.pop("generated_at")
        return out

    bounded = report(Limits())
    assert bounded["bundle"]["problems"] == []
    assert bounded == report(NO_LIMITS)
