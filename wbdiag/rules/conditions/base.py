"""The interface every condition kind implements, and the contexts it is given."""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from wbdiag import lazyre
from wbdiag.errors import RuleError, SourceLocation
from wbdiag.rules.model import Outcome
from wbdiag.rules.yamlmarks import LineMap, PathKey, location_of

if TYPE_CHECKING:
    from wbdiag.rules.scan import LogHits
    from wbdiag.rules.unrecognised import ErrorTemplate


@dataclass(frozen=True)
class ParseContext:
    filename: str
    marks: LineMap
    parse: Callable[[Any, PathKey], Condition]  # parses a nested condition (for composition)
    # the shipped pack's stamp vouches that its patterns passed the portability and linear-time
    # checks (stamp.py): analyze need not spend its start on them again
    patterns_checked: bool = False

    def location(self, path: PathKey) -> SourceLocation:
        return location_of(self.marks, self.filename, path)

    def error(self, message: str, path: PathKey) -> RuleError:
        return RuleError(message, self.location(path))


class EvalContext(abc.ABC):
    """What a condition may read: documents by glob, log hits, and why an input is missing."""

    @abc.abstractmethod
    def documents(self, patterns: tuple[str, ...]) -> Sequence[tuple[str, Any]]: ...

    @abc.abstractmethod
    def log_hits(self, condition: Condition) -> LogHits: ...

    @abc.abstractmethod
    def missing_reason(self, patterns: tuple[str, ...]) -> str: ...

    def error_templates(self, patterns: tuple[str, ...]) -> list[ErrorTemplate] | None:
        """Every unrecognised error template of the log files matching the globs (no top-N cut);
        None when no such file was read. Contexts without a template miner have none."""
        return None


class Condition(abc.ABC):
    """One kind of condition. A subclass declares `kind` and `summary` and is found by the registry."""

    kind: ClassVar[str]
    summary: ClassVar[str]

    @classmethod
    @abc.abstractmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> Condition:
        """Build from the YAML value under the kind's key (already schema-valid)."""

    @abc.abstractmethod
    def evaluate(self, ctx: EvalContext) -> Outcome: ...

    def children(self) -> tuple[Condition, ...]:
        return ()

    def walk(self) -> Iterator[Condition]:
        yield self
        for child in self.children():
            yield from child.walk()

    def variables(self) -> frozenset[str]:
        """Names this condition can supply to the message template."""
        return frozenset()

    def document_globs(self) -> tuple[str, ...]:
        """The JSON documents this condition reads (the engine reads only those)."""
        return ()


def as_globs(spec: str | list[str]) -> tuple[str, ...]:
    return (spec,) if isinstance(spec, str) else tuple(spec)


_PLACEHOLDER = lazyre.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")


def placeholders(template: str) -> list[str]:
    return _PLACEHOLDER.findall(template)


def fill(template: str, variables: dict[str, str]) -> str:
    """Fill {name} placeholders; unknown ones stay visible. No format-spec or attribute access."""
    return _PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group(0)), template)
