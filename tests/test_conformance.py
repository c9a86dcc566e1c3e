"""Every registry, walked: each extension is named, described, documented and tested."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import quiet_findings_checked, shipped_pack
from wbdiag.analyze import analyze_bundle
from wbdiag.bundle import layout
from wbdiag.collect.base import DISCOVERY, PROBES
from wbdiag.collect.registry import REGISTRY as COLLECTORS
from wbdiag.report.render import ReportFormat, render
from wbdiag.rules import shared_patterns
from wbdiag.rules.conditions import REGISTRY as CONDITIONS
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.engine import _PackPlan
from wbdiag.rules.loader import default_fixtures_dir, default_rules_dir, rule_schema
from wbdiag.rules.selftest import run_selftest

REPO = Path(__file__).resolve().parents[1]
# collectors whose behaviour is covered by the unit tests of the CLI and the runner
TESTED_ELSEWHERE = {"settings": "tests/unit/test_cli.py", "attachments": "tests/unit/test_cli.py"}


@pytest.mark.parametrize("kind", sorted(CONDITIONS))
def test_condition_kind_is_complete(kind: str) -> None:
    cls = CONDITIONS[kind]
    assert cls.summary and len(cls.summary) > 20
    schema = rule_schema()
    assert kind in schema["$defs"]["condition"]["properties"], "branch in rule.schema.json"
    docs = (REPO / "docs" / "rules.md").read_text()
    assert re.search(rf"^### .*\b{kind}\b", docs, re.M), "documented in docs/rules.md"
    used = {type(c).kind for r in shipped_pack().rules for c in r.condition.walk()}
    assert kind in used, "used by at least one shipped rule"


def test_no_schema_branch_without_a_kind() -> None:
    assert set(rule_schema()["$defs"]["condition"]["properties"]) == set(CONDITIONS)


@pytest.mark.parametrize("name", sorted(COLLECTORS))
def test_collector_is_complete(name: str) -> None:
    cls = COLLECTORS[name]
    assert cls.description and cls.timeout > 0
    assert cls.phase in (DISCOVERY, PROBES)
    assert cls.writes, "declares the part of the bundle it writes"
    docs = (REPO / "docs" / "bundle-format.md").read_text()
    assert f"`{name}`" in docs, "named in docs/bundle-format.md"
    for prefix in cls.writes:
        assert layout.is_safe_relative(prefix.rstrip("/")), prefix
        assert prefix.rstrip("/") in docs, f"{prefix} documented in docs/bundle-format.md"
    test_file = TESTED_ELSEWHERE.get(name, f"tests/collect/test_{name}.py")
    assert (REPO / test_file).is_file(), f"tested in {test_file}"


def test_no_two_collectors_write_the_same_place() -> None:
    owned = [(p, name) for name, cls in COLLECTORS.items() for p in cls.writes]
    for i, (a, x) in enumerate(owned):
        for b, y in owned[i + 1 :]:
            assert not (a.startswith(b) or b.startswith(a)), f"{x} {a} overlaps {y} {b}"


def test_legacy_writes_match_what_those_collectors_declare() -> None:
    # format-1 bundles without `writes` in the manifest are read with the legacy table
    for name, prefixes in layout.LEGACY_WRITES.items():
        assert COLLECTORS[name].writes == prefixes, name


def test_every_rule_passes_its_fixtures_both_ways() -> None:
    """Also, in the same pass: every finding a quiet rule's fixed Finding gave equals evaluating
    the rule (tests/helpers.py), over every fixture of every rule."""
    pack = shipped_pack()
    with quiet_findings_checked() as counts:
        results, problems = run_selftest(pack, default_fixtures_dir())
    # each fixture analyses the whole pack: every quiet rule matches nothing in most of them
    # (its fixed Finding), and its own positive fixture (evaluated)
    quiet = [r.id for r, q in zip(pack.rules, _PackPlan.of(pack).quiet, strict=True) if q]
    assert len(quiet) > len(pack.rules) // 3
    for rule_id in quiet:
        assert counts[f"fixed {rule_id}"] and counts[f"evaluated {rule_id}"], rule_id
    assert problems == []
    failed = [f"{r.rule_id}/{r.case}: {r.got.value} ({r.detail})" for r in results if not r.ok]
    assert failed == []
    positives = {r.rule_id for r in results if r.expected == "fire"}
    negatives = {r.rule_id for r in results if r.expected == "pass"}
    assert positives == negatives == {r.id for r in pack.rules}


@functools.cache
def _sample_report() -> dict[str, Any]:
    """The sample bundle analysed once per process: each format renders the same report."""
    return analyze_bundle(REPO / "sample_bundles" / "broken-kubernetes.tgz")


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_report_format_renders(fmt: ReportFormat) -> None:
    assert render(_sample_report(), fmt).strip()


@pytest.mark.parametrize("name", sorted(shared_patterns.FRAGMENTS))
def test_shared_fragment_is_complete(name: str) -> None:
    """A shared pattern fragment is documented and named by a shipped rule (one home for a word
    list, not a second copy beside the rules' own)."""
    docs = (REPO / "docs" / "rules.md").read_text()
    assert f"`{name}`" in docs, "documented in docs/rules.md"
    reference = "{{" + name + "}}"
    rules_dir = default_rules_dir()
    named = [p.name for p in rules_dir.rglob("*.yaml") if reference in p.read_text("utf-8")]
    assert named, "named by at least one shipped rule"


def test_no_pattern_text_is_written_twice() -> None:
    """A pattern or unless written twice in the pack has one home: a shared fragment across files,
    a YAML anchor within one."""
    seen: dict[str, str] = {}
    twice = []
    for path in sorted(default_rules_dir().rglob("*.yaml")):
        for line in path.read_text("utf-8").splitlines():
            key, _, value = line.strip().partition(": ")
            if key in ("pattern", "unless") and value.startswith("'") and len(value) > 40:
                if value in seen:
                    twice.append(f"{path.name} and {seen[value]}: {value[:60]}")
                seen.setdefault(value, path.name)
    assert twice == []
    loaded = [
        c for r in shipped_pack().rules for c in r.condition.walk() if isinstance(c, LogCondition)
    ]
    assert not [c.pattern for c in loaded if shared_patterns.REFERENCE.search(c.pattern)]
