"""Compiling the shipped pack's scan patterns ahead (wbdiag/rules/warmup.py): the scan takes the
matcher built on the thread only for exactly those patterns; a stale record costs time, never a
finding, and `rules test` reports it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wbdiag import resources
from wbdiag.cli import main
from wbdiag.rules import hs_compile, loader, matching, stamp, warmup
from wbdiag.rules.engine import scan_patterns
from wbdiag.rules.matching import MatcherUnavailable, PatternSpec, build_matcher, compile_ahead
from wbdiag.rules.selftest import stale_stamp

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_bundles" / "broken-docker.tgz"


@pytest.fixture(autouse=True)
def no_leftovers() -> None:
    matching._AHEAD.clear()
    matching._COMPILED.clear()


def test_the_recorded_patterns_are_what_the_shipped_pack_scans_with() -> None:
    recorded = warmup.recorded(REPO / "rules")
    assert recorded is not None and len(recorded) > 100
    assert recorded == scan_patterns(loader.load_pack())


def test_build_matcher_takes_the_matcher_built_ahead_for_the_same_patterns() -> None:
    specs = [PatternSpec(r"connection refused"), PatternSpec(r"(?P<code>5\d\d) error", True)]
    compile_ahead(specs)
    pending = matching._AHEAD[tuple(specs)]
    matcher = build_matcher(list(specs))
    assert matcher is pending.result()
    assert tuple(specs) not in matching._AHEAD  # taken once
    assert [i for i, _ in matcher.match("HTTP 503 ERROR: connection refused")] == [0, 1]
    other = build_matcher(specs[:1])  # other patterns: built on the spot
    assert other is not matcher


def test_patterns_built_before_start_no_thread() -> None:
    specs = [PatternSpec(r"no space left on device"), PatternSpec(r"(?P<n>\d+) retries")]
    first = build_matcher(specs)
    compile_ahead(specs)
    assert tuple(specs) not in matching._AHEAD  # the databases are cached: nothing to wait for
    again = build_matcher(specs)
    assert again is not first  # a matcher of its own, on the same databases
    assert [i for i, _ in again.match("3 retries: no space left on device")] == [0, 1]


def test_an_error_of_the_build_ahead_reaches_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(matching.ENV_ENGINE, "bogus")
    specs = [PatternSpec("x")]
    compile_ahead(specs)
    with pytest.raises(MatcherUnavailable, match="bogus"):
        build_matcher(specs)


def test_a_missing_or_broken_record_starts_nothing(tmp_path: Path) -> None:
    assert warmup.recorded(tmp_path) is None
    (tmp_path / warmup.PATTERNS_FILE).write_text('{"patterns": [{"regex": 1}]}', "utf-8")
    assert warmup.recorded(tmp_path) is None


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped pack standing in for it, stamp and patterns written."""
    root = tmp_path / "rules"
    shutil.copytree(loader.default_rules_dir(), root)
    monkeypatch.setattr(loader, "default_rules_dir", lambda: root)
    monkeypatch.setattr(resources, "rules_dir", lambda: root)
    stamp.write(*loader.shipped_files())
    warmup.write(root, scan_patterns(loader.load_pack()))
    return root


def _analyze() -> str:
    result = CliRunner().invoke(
        main, ["analyze", str(SAMPLE), "--format", "json", "--fail-on", "never"]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_analyze_scans_with_the_matcher_compiled_ahead(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[object] = []
    result = matching.PendingMatcher.result

    def spy(self: matching.PendingMatcher) -> matching.LineMatcher:
        taken.append(self)
        return result(self)

    monkeypatch.setattr(matching.PendingMatcher, "result", spy)
    _analyze()
    assert len(taken) == 1


def test_a_stale_record_changes_no_finding_and_rules_test_reports_it(pack: Path) -> None:
    fresh = _analyze()
    recorded = warmup.recorded(pack)
    assert recorded is not None
    warmup.write(pack, [PatternSpec("a pattern no rule has"), *recorded[1:]])
    assert stale_stamp() and warmup.PATTERNS_FILE in stale_stamp()[0]
    stale = _analyze()
    drop = ("generated_at",)
    assert _without(fresh, drop) == _without(stale, drop)
    CliRunner().invoke(main, ["rules", "validate", "--stamp"])
    assert stale_stamp() == []


def _without(report: str, keys: tuple[str, ...]) -> dict[str, object]:
    import json

    doc: dict[str, object] = json.loads(report[report.index("{") :])
    return {k: v for k, v in doc.items() if k not in keys}


def test_an_all_ascii_bundle_never_compiles_the_utf8_database(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's logs are all ASCII: the byte-mode database scans them all, and the UTF-8 one
    (about 0.6 CPU s for the shipped pack) waits for a non-ASCII block that never comes."""
    pytest.importorskip("hyperscan")
    compiled: list[bool] = []
    compile_all = hs_compile.compile_all

    def spy(hs: object, specs: tuple[PatternSpec, ...], wide: bool) -> object:
        compiled.append(wide)
        return compile_all(hs, specs, wide)

    monkeypatch.setattr(hs_compile, "compile_all", spy)
    hs_compile.databases.cache_clear()
    try:
        _analyze()
    finally:
        hs_compile.databases.cache_clear()
    assert compiled and not any(compiled)
