"""The one family of domain errors. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class WbdiagError(Exception):
    """Base of every error wbdiag reports to a user as one line."""

    exit_code = 2


class BundleError(WbdiagError):
    """A bundle is missing, unreadable, malformed or hostile."""


class CollectError(WbdiagError):
    """`collect` could not write a bundle at all (a single source failing is not an error)."""


class LeakGateError(CollectError):
    """The leak gate found secret-looking text the redactor left: no bundle was written."""

    exit_code = 5


@dataclass(frozen=True)
class SourceLocation:
    """Where in a rule file something was written (1-based line and column)."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


class RuleError(WbdiagError):
    """A rule file is invalid. The message always starts with file:line."""

    def __init__(self, message: str, location: SourceLocation) -> None:
        self.location = location
        self.reason = message
        super().__init__(f"{location}: {message}")
