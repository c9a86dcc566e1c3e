"""What a rule is, and what evaluating it yields. Frozen: rules are data, shared across threads."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wbdiag.errors import SourceLocation
from wbdiag.facts.kinds import DeploymentKind
from wbdiag.facts.subjects import Scope

if TYPE_CHECKING:
    from wbdiag.rules.conditions.base import Condition


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


class Status(str, enum.Enum):
    """The one outcome of a rule (troubleshoot's fail/warn/pass, plus honest 'not evaluated').
    'Not applicable' is not missing data: the rule is about another kind of deployment."""

    FAIL = "fail"
    WARN = "warn"
    PASS = "pass"
    NOT_EVALUATED = "not_evaluated"
    NOT_APPLICABLE = "not_applicable"

    @classmethod
    def fired(cls, severity: Severity) -> Status:
        return cls.FAIL if severity.at_least(Severity.ERROR) else cls.WARN


@dataclass(frozen=True)
class Explains:
    """This rule's finding explains `rule_id`'s finding on a subject within `scope` of its own
    (a dirty migration explains the crash loop of the container that logged it)."""

    rule_id: str
    scope: Scope = Scope.SUBJECT


@dataclass(frozen=True)
class Fix:
    """One remediation variant: shown when the deployment is of kind `deployment` (any when
    None) and, with `when`, only if an evidence line of the subject contains that text (the
    branch for one error kind). Text, commands and snippet may use {namespace}, {pod},
    {container}, {node}... filled from the finding's subject."""

    text: str = ""
    commands: tuple[str, ...] = ()
    snippet: str = ""  # Helm values or the operator's custom resource, as YAML
    deployment: DeploymentKind | None = None
    when: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: Severity
    category: str
    description: str
    message: str  # template: {name} placeholders filled from captures / the checked value
    remediation: str
    references: tuple[str, ...]
    condition: Condition
    location: SourceLocation
    tags: tuple[str, ...] = ()
    applies_to: frozenset[DeploymentKind] = frozenset()  # empty: every deployment
    explains: tuple[Explains, ...] = ()
    fixes: tuple[Fix, ...] = ()


@dataclass(frozen=True)
class Evidence:
    path: str
    line: int | None
    text: str
    time: str | None = None  # RFC 3339 UTC, when the line carries a timestamp
    subject: str | None = None  # the pod, container or object it is about
    context: tuple[str, ...] = ()  # following lines of a multi-line event (panic, traceback)

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "text": self.text,
            "time": self.time,
            "subject": self.subject,
            "context": list(self.context),
        }


@dataclass(frozen=True)
class Outcome:
    """A condition's verdict. `fired=None` means it could not be evaluated (see `reason`)."""

    fired: bool | None
    evidence: tuple[Evidence, ...] = ()
    count: int = 0
    variables: dict[str, str] = field(default_factory=dict)  # for the message template
    reason: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    @classmethod
    def not_evaluated(cls, reason: str) -> Outcome:
        return cls(fired=None, reason=reason)


@dataclass(frozen=True)
class Finding:
    rule: Rule
    status: Status
    message: str
    evidence: tuple[Evidence, ...] = ()
    count: int = 0
    reason: str | None = None  # why not evaluated
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def fired(self) -> bool:
        return self.status in (Status.FAIL, Status.WARN)

    @classmethod
    def not_applicable(cls, rule: Rule, reason: str) -> Finding:
        return cls(rule=rule, status=Status.NOT_APPLICABLE, message=rule.title, reason=reason)
