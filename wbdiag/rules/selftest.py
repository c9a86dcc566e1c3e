"""`wbdiag rules test`: every rule against its own fixtures, both ways.

tests/rules/<rule id>/positive*/ are tiny bundle directories on which the rule must fire;
tests/rules/<rule id>/negative*/ are ones on which it must pass (not merely 'not evaluated':
a negative fixture holds the rule's inputs, healthy).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wbdiag.bundle.reader import BundleSource
from wbdiag.rules import stamp, warmup
from wbdiag.rules.engine import analyze, scan_patterns
from wbdiag.rules.loader import RulePack, load_pack, shipped_files
from wbdiag.rules.model import Finding, Status


@dataclass(frozen=True)
class CaseResult:
    rule_id: str
    case: str  # e.g. "positive-json"
    expected: str  # "fire" or "pass"
    got: Status
    detail: str

    @property
    def ok(self) -> bool:
        if self.expected == "fire":
            return self.got in (Status.FAIL, Status.WARN)
        return self.got is Status.PASS


def _detail(f: Finding) -> str:
    if f.status is Status.NOT_EVALUATED:
        return f"not evaluated: {f.reason}"
    if f.evidence:
        e = f.evidence[0]
        return f"{f.message} [{e.path}:{e.line or ''} {e.text[:120]}]"
    return f.message


def run_case(pack: RulePack, rule_id: str, case_dir: Path, expected: str) -> CaseResult:
    # The whole pack, as `analyze` runs it: the scan's patterns (the pack's and the error
    # miner's) are then one set, compiled once for every case; a pack of the one rule made a new
    # set, and a Hyperscan compile, per rule (most of `rules test`'s time). A finding depends on
    # its rule alone.
    analysis = analyze(BundleSource.open(case_dir), pack, require_manifest=False)
    finding = next(f for f in analysis.findings if f.rule.id == rule_id)
    return CaseResult(rule_id, case_dir.name, expected, finding.status, _detail(finding))


def run_selftest(
    pack: RulePack, fixtures: Path, report_orphans: bool = True
) -> tuple[list[CaseResult], list[str]]:
    """(case results, problems such as a rule without fixtures or fixtures without a rule)."""
    results: list[CaseResult] = []
    problems: list[str] = []
    for rule in pack.rules:
        base = fixtures / rule.id
        cases = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
        positives = [c for c in cases if c.name.startswith("positive")]
        negatives = [c for c in cases if c.name.startswith("negative")]
        if not positives:
            problems.append(f"{rule.id}: no positive fixture in {base}")
        if not negatives:
            problems.append(f"{rule.id}: no negative fixture in {base}")
        results.extend(run_case(pack, rule.id, c, "fire") for c in positives)
        results.extend(run_case(pack, rule.id, c, "pass") for c in negatives)
    if report_orphans and fixtures.is_dir():
        known = {r.id for r in pack.rules}
        for d in sorted(fixtures.iterdir()):
            if d.is_dir() and d.name not in known:
                problems.append(f"{d.name}: fixtures for a rule that does not exist")
    return results, problems


def stale_stamp() -> list[str]:
    """What `wbdiag rules validate --stamp` records for the shipped pack, where it no longer
    matches: the schema-check stamp (stamp.py) and the scan patterns compiled ahead (warmup.py)."""
    root, files = shipped_files()
    if stamp.recorded(root) != stamp.digest(root, files):
        return [
            f"{root / stamp.STAMP_FILE}: does not match the rule files (a rule or the schema "
            "changed): run `wbdiag rules validate --stamp`"
        ]
    if warmup.recorded(root) != scan_patterns(load_pack(trust_stamp=True)):
        return [
            f"{root / warmup.PATTERNS_FILE}: does not hold the patterns the shipped pack scans "
            "with (a rule or the error miner changed): run `wbdiag rules validate --stamp`"
        ]
    return []
