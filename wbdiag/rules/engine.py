"""Evaluate a rule pack over a bundle in one streaming pass.

The pass reads every member once: JSON documents that some rule (or the summary) needs are parsed,
log files are fed to one LogScanner holding every log pattern, everything else is skipped unread.
Then each rule's condition tree is evaluated against what the pass gathered.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wbdiag.bundle import globs, layout, shapes
from wbdiag.bundle.inflate import SUBPROCESS_FROM
from wbdiag.bundle.manifest import CollectorStatus, Manifest
from wbdiag.bundle.reader import (
    BundleSource,
    SkippedMember,
    parse_document,
    read_bounded,
)
from wbdiag.errors import BundleError
from wbdiag.facts.combine import Facts, derive_facts
from wbdiag.facts.parsers import FACT_DOCUMENTS
from wbdiag.rules.budget import LogBudget, log_budget
from wbdiag.rules.conditions.base import Condition, EvalContext, fill
from wbdiag.rules.conditions.compose import AllCondition, AnyCondition, NotCondition
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.conditions.value import ValueCondition
from wbdiag.rules.loader import RulePack
from wbdiag.rules.matching import PatternSpec
from wbdiag.rules.model import Finding, Outcome, Rule, Status
from wbdiag.rules.scan import LineObserver, LogHits, LogScanner
from wbdiag.rules.unrecognised import ErrorTemplate, TemplateMiner

# Documents the report's deployment summary reads, whether or not a rule does.
SUMMARY_DOCUMENTS = (
    layout.SETTINGS,
    layout.MYSQL_VERSION,
    layout.K8S_CLUSTER,
    layout.DOCKER_VERSION,
    layout.DOCKER_CONTAINERS,
    layout.PROBE_TLS,
)


@dataclass
class BundleContents:
    manifest: Manifest
    has_manifest: bool
    paths: list[str] = field(default_factory=list)
    documents: dict[str, Any] = field(default_factory=dict)
    document_errors: dict[str, str] = field(default_factory=dict)
    skipped: list[SkippedMember] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # limits that stopped part of the reading


@dataclass
class Analysis:
    bundle_name: str
    contents: BundleContents
    findings: list[Finding]
    unrecognised: list[ErrorTemplate] = field(default_factory=list)
    facts: Facts = field(default_factory=lambda: Facts(kinds=frozenset()))

    @property
    def manifest(self) -> Manifest:
        return self.contents.manifest


def _conditions(rules: Iterable[Rule]) -> list[Condition]:
    return [c for r in rules for c in r.condition.walk()]


def _log_parts_of_all(conditions: Iterable[Condition]) -> dict[LogCondition, list[LogCondition]]:
    """Each log condition that is a part of an `all`, with that `all`'s other log parts: a line
    it matches explains itself only when they match too (the rule may fire then; alone it does
    not). Other parts (values, nested conditions) are not known to the scan: taken as met."""
    together: dict[LogCondition, list[LogCondition]] = {}
    for c in conditions:
        if isinstance(c, AllCondition):
            logs = [p for p in c.parts if isinstance(p, LogCondition)]
            for p in logs:
                together.setdefault(p, []).extend(o for o in logs if o is not p)
    return together


def _log_parts_beside_a_not(
    conditions: Iterable[Condition],
) -> dict[LogCondition, list[LogCondition]]:
    """Each log condition that is a part of an `all`, with the log conditions under a `not` that
    is another part of it: a line it matches explains itself only when none of them matched (then
    the `all` may fire; server.minio_permissions leaves MinIO's `Unable to write to the backend`
    when its hint names a drive below the minimum size, and the line stays an error no rule
    knows)."""
    apart: dict[LogCondition, list[LogCondition]] = {}
    for c in conditions:
        if isinstance(c, AllCondition):
            nots = [
                q
                for p in c.parts
                if isinstance(p, NotCondition)
                for q in p.part.walk()
                if isinstance(q, LogCondition)
            ]
            for p in c.parts:
                if nots and isinstance(p, LogCondition):
                    apart.setdefault(p, []).extend(nots)
    return apart


def _log_parts_of_not(conditions: Iterable[Condition]) -> list[LogCondition]:
    """Each log condition under a `not`: a line it matches keeps its rule from firing, so it never
    explains the line (an SDK's handshake error that says why another rule stays quiet is still an
    error no rule describes)."""
    return [
        p
        for c in conditions
        if isinstance(c, NotCondition)
        for p in c.part.walk()
        if isinstance(p, LogCondition)
    ]


@dataclass(frozen=True)
class _QuietRule:
    """A rule built of `all`/`any`/`not` and either log conditions or value conditions alone.
    When none of its log conditions matched a line and each read some file, or (value
    conditions) the bundle holds no JSON document, no unreadable one and no collector record,
    each of its conditions gives the same Outcome, so the rule gives the same Finding in every
    such analysis: `finding`, evaluated once per pack (most rules of a small bundle; the corpus
    run analyses thousands of one-line bundles). tests/helpers.py's `quiet_findings_checked`
    compares it with evaluating the rule, field by field, over every rule fixture
    (tests/test_conformance.py) and a corpus set (tests/unit/test_corpus.py)."""

    finding: Finding
    reads_documents: bool  # value conditions; else log conditions
    conditions: frozenset[int]  # the ids of its log conditions
    globs: frozenset[tuple[str, ...]]  # their glob sets


class _NothingMatched(EvalContext):
    """Every log condition read a file and matched nothing."""

    def documents(self, patterns: tuple[str, ...]) -> Sequence[tuple[str, Any]]:
        raise AssertionError("a quiet rule of log conditions reads no documents")

    def log_hits(self, condition: Condition) -> LogHits:
        return LogHits(files_scanned=1)

    def missing_reason(self, patterns: tuple[str, ...]) -> str:
        raise AssertionError("every log condition of a quiet rule read a file")


_COMPOSED = (AllCondition, AnyCondition, NotCondition)


def _quiet(rule: Rule) -> _QuietRule | None:
    nodes = [c for c in rule.condition.walk() if type(c) not in _COMPOSED]
    if all(type(c) is LogCondition for c in nodes):
        logs = [c for c in nodes if isinstance(c, LogCondition)]
        return _QuietRule(
            finding=evaluate_rule(rule, _NothingMatched()),
            reads_documents=False,
            conditions=frozenset(id(c) for c in logs),
            globs=frozenset(c.paths for c in logs),
        )
    if all(type(c) is ValueCondition for c in nodes):
        # no documents, no errors, no collector records; a scanner of nothing (value conditions
        # read no log)
        bare = _Context(BundleContents(Manifest(), has_manifest=False), LogScanner([]))
        return _QuietRule(
            finding=evaluate_rule(rule, bare),
            reads_documents=True,
            conditions=frozenset(),
            globs=frozenset(),
        )
    return None


@dataclass(frozen=True)
class _PackPlan:
    """What `analyze` derives from the pack alone: the same for every bundle it analyses (the
    corpus run analyses thousands of one-line bundles with one pack)."""

    conditions: list[Condition]
    log_conditions: list[LogCondition]
    together: dict[LogCondition, list[LogCondition]]
    never_explain: list[LogCondition]
    apart: dict[LogCondition, list[LogCondition]]
    document_globs: list[str]
    quiet: list[_QuietRule | None]  # by the pack's rules, in order

    @classmethod
    def of(cls, pack: RulePack) -> _PackPlan:
        # by identity: a pack is immutable, and hashing one hashes every rule's condition tree
        known = _PLANS.get(id(pack))
        if known is not None and known[0]() is pack:
            return known[1]
        conditions = _conditions(pack.rules)
        plan = cls(
            conditions=conditions,
            log_conditions=[c for c in conditions if isinstance(c, LogCondition)],
            together=_log_parts_of_all(conditions),
            never_explain=_log_parts_of_not(conditions),
            apart=_log_parts_beside_a_not(conditions),
            document_globs=[g for c in conditions for g in c.document_globs()],
            quiet=[_quiet(r) for r in pack.rules],
        )
        if len(_PLANS) >= 16:
            _PLANS.clear()
        _PLANS[id(pack)] = (weakref.ref(pack), plan)
        return plan


_PLANS: dict[int, tuple[weakref.ref[RulePack], _PackPlan]] = {}


def read_bundle(
    source: BundleSource,
    scanner: LogScanner,
    document_globs: Sequence[str],
    require_manifest: bool = True,
    budget: LogBudget | None = None,
) -> BundleContents:
    """The single pass over the bundle."""
    contents = BundleContents(manifest=Manifest(), has_manifest=False)
    wanted = tuple(document_globs) + SUMMARY_DOCUMENTS + FACT_DOCUMENTS
    limits = source.limits
    budget = budget or log_budget(source)
    budget.start()
    members = source.members()
    try:
        for member in members:
            path = member.path
            if budget.reading_over():
                contents.problems.append(budget.stopped_reading(path))
                break
            contents.paths.append(path)
            if path == layout.MANIFEST:
                data = read_bounded(member.stream, limits.max_document_bytes, path)
                contents.manifest = Manifest.from_dict(parse_document(path, data))
                contents.has_manifest = True
            elif layout.is_document(path) and globs.matches(path, wanted):
                try:
                    data = read_bounded(member.stream, limits.max_document_bytes, path)
                    doc = parse_document(path, data)
                except BundleError as exc:
                    contents.document_errors[path] = str(exc)
                    continue
                wrong = shapes.problem(path, doc)
                if wrong is None:
                    contents.documents[path] = doc
                else:
                    contents.document_errors[path] = f"{path}: {wrong}"
            elif layout.is_log(path) and (budget.spent() or scanner.wants(path)):
                stream = budget.take(path, member)
                if stream is not None:
                    scanner.scan(path, stream, limits.max_line_bytes)
                    budget.done()
    finally:
        if isinstance(members, Generator):
            members.close()  # stops the inflater when the pass ends early
    contents.skipped = list(source.skipped)
    if source.unlisted_skips:
        contents.problems.append(
            f"{source.unlisted_skips} more members skipped (links, devices, unsafe paths) "
            f"past the {len(source.skipped)} listed"
        )
    contents.problems.extend(budget.problems())
    if require_manifest and not contents.has_manifest:
        if budget.stopped:
            raise BundleError(
                f"{source.name}: no manifest.json in the part read within the work budget "
                f"({budget.read_seconds:.1f} CPU seconds): {budget.stopped}"
            )
        raise BundleError(f"{source.name}: no manifest.json: not a wbdiag bundle")
    return contents


class _Context(EvalContext):
    def __init__(
        self, contents: BundleContents, scanner: LogScanner, miner: TemplateMiner | None = None
    ) -> None:
        self.contents = contents
        self.scanner = scanner
        self.miner = miner
        # by glob set: the bundle is read by now, and most conditions share theirs (`**/*.log`)
        self._documents: dict[tuple[str, ...], Sequence[tuple[str, Any]]] = {}
        self._missing: dict[tuple[str, ...], str] = {}

    def documents(self, patterns: tuple[str, ...]) -> Sequence[tuple[str, Any]]:
        found = self._documents.get(patterns)
        if found is None:
            found = self._documents[patterns] = tuple(
                sorted(
                    (p, d) for p, d in self.contents.documents.items() if globs.matches(p, patterns)
                )
            )
        return found

    def log_hits(self, condition: Condition) -> LogHits:
        assert isinstance(condition, LogCondition)
        return self.scanner.hits(condition)

    def error_templates(self, patterns: tuple[str, ...]) -> list[ErrorTemplate] | None:
        read = any(layout.is_log(p) and globs.matches(p, patterns) for p in self.contents.paths)
        if self.miner is None or not read:
            return None
        return self.miner.templates(patterns, top_per_source=None)

    def missing_reason(self, patterns: tuple[str, ...]) -> str:
        reason = self._missing.get(patterns)
        if reason is None:
            reason = self._missing[patterns] = self._missing_reason(patterns)
        return reason

    def _missing_reason(self, patterns: tuple[str, ...]) -> str:
        broken = [
            e if e.startswith(f"{p}: ") else f"{p}: {e}"
            for p, e in self.contents.document_errors.items()
            if globs.matches(p, patterns)
        ]
        if broken:
            return "malformed " + "; ".join(broken)
        manifest = self.contents.manifest
        writes = {
            rec.name: rec.writes or layout.LEGACY_WRITES.get(rec.name, ())
            for rec in manifest.collectors
        }
        names: list[str] = []
        for pattern in patterns:
            names.extend(layout.collectors_for(globs.literal_prefix(pattern), writes))
        notes = []
        for name in dict.fromkeys(names):
            rec = manifest.collector(name)
            if rec is None:
                continue
            if rec.status is not CollectorStatus.OK:
                detail = f": {rec.error}" if rec.error else ""
                notes.append(f"collector {name} {rec.status.value}{detail}")
        wanted = ", ".join(patterns)
        if notes:
            return f"not collected ({wanted}): " + "; ".join(notes)
        return f"not in bundle: {wanted}"


def evaluate_rule(rule: Rule, ctx: EvalContext) -> Finding:
    try:
        outcome = rule.condition.evaluate(ctx)
    except Exception as exc:  # one broken rule must not hide every other finding
        outcome = Outcome.not_evaluated(f"rule failed to evaluate: {type(exc).__name__}: {exc}")
    if outcome.fired is None:
        status = Status.NOT_EVALUATED
    elif outcome.fired:
        status = Status.fired(rule.severity)
    else:
        status = Status.PASS
    return Finding(
        rule=rule,
        status=status,
        message=fill(rule.message, outcome.variables) if outcome.fired else rule.title,
        evidence=outcome.evidence,
        count=outcome.count,
        reason=outcome.reason,
        first_seen=outcome.first_seen,
        last_seen=outcome.last_seen,
    )


def scan_patterns(pack: RulePack) -> list[PatternSpec]:
    """The patterns `analyze` scans a log file with that every log condition of the pack reads
    (what wbdiag/rules/warmup.py records for the shipped pack)."""
    log_conditions = [c for c in _conditions(pack.rules) if isinstance(c, LogCondition)]
    return LogScanner(log_conditions, [TemplateMiner()]).all_patterns()


def analyze(
    source: BundleSource,
    pack: RulePack,
    require_manifest: bool = True,
    observers: Iterable[LineObserver] = (),
) -> Analysis:
    plan = _PackPlan.of(pack)
    budget = log_budget(source)
    # errors no rule knows (Analysis.unrecognised, burst conditions), in its own share of the budget
    miner = TemplateMiner(max_seconds=budget.miner_seconds)
    # a large bundle (32 MiB or more compressed) gets the miner's helper process from the start
    large = (source.compressed_bytes or 0) >= SUBPROCESS_FROM
    scanner = LogScanner(
        plan.log_conditions,
        [miner, *observers],
        helper_process=True,
        helper_at_once=large,
        together=plan.together,
        never_explain=plan.never_explain,
        apart=plan.apart,
    )
    compiling = time.process_time()
    scanner.compile_ahead()  # beside the helpers' start
    document_globs = plan.document_globs
    with scanner.running():
        # the patterns' one-time compile (seconds for the shipped pack) before the budget starts,
        # then charged to it with a floor (budget.py): counted in it as it ran, it cut a small
        # bundle's first log on a loaded machine; left out, a costly bundle's pass cost more
        scanner.prepare()
        budget.charge(time.process_time() - compiling)
        contents = read_bundle(source, scanner, document_globs, require_manifest, budget)
    if miner.unmined:
        contents.problems.append(
            f"error miner: {miner.unmined} error lines past its work budget ({miner.events} "
            "lines) were counted but not grouped into unrecognised-error templates"
        )
    ctx = _Context(contents, scanner, miner)
    facts = derive_facts(
        contents.paths,
        contents.documents,
        contents.manifest.deployment.value if contents.has_manifest else None,
    )
    # what every value condition finds then: "not in bundle" (_Context._missing_reason)
    bare = not (contents.documents or contents.document_errors or contents.manifest.collectors)
    read = (scanner.matched(), scanner.globs_scanned(), bare)
    findings = [
        _evaluate(rule, quiet, ctx, read)
        if facts.applies(rule.applies_to)
        else _not_applicable(rule, facts)
        for rule, quiet in zip(pack.rules, plan.quiet, strict=True)
    ]
    return Analysis(
        bundle_name=source.name,
        contents=contents,
        findings=findings,
        unrecognised=miner.templates(),
        facts=facts,
    )


def _evaluate(
    rule: Rule,
    quiet: _QuietRule | None,
    ctx: EvalContext,
    read: tuple[set[int], set[tuple[str, ...]], bool],
) -> Finding:
    """`read`: the ids of the log conditions that matched a line, the glob sets that selected a
    log, and whether the bundle holds no document, no unreadable one and no collector record."""
    if quiet is not None:
        matched, scanned, bare = read
        if quiet.reads_documents:
            if bare:
                return quiet.finding
        elif quiet.conditions.isdisjoint(matched) and quiet.globs <= scanned:
            return quiet.finding
    return evaluate_rule(rule, ctx)


def _not_applicable(rule: Rule, facts: Facts) -> Finding:
    wanted = " or ".join(sorted(k.value for k in rule.applies_to))
    return Finding.not_applicable(rule, f"applies to {wanted}; this is {facts.label}")
