"""A Hurl file's `[BasicAuth]` section (an HTTP test, a runbook's health check): the entries
below it are `user: password`, one a line, and the password goes, up to the end of its line
(Hurl trims it; it may hold spaces and `:`). The section ends at the next section (`[Asserts]`),
the response (`HTTP 200`), the next request or a blank line.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; BASIC_AUTH_ARMING has the prefilter pick the section's header."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_HEADER = re.compile(r"[ \t]*\[BasicAuth\][ \t]*")
# (Hurl's keys may be quoted; a `#` starts a comment)
_ENTRY = re.compile(
    r"[ \t]*(?:\"[^\"\n]{1,128}\"|[^\s:#\"\[][^\s:#]{0,127}):[ \t]*(?P<v>[^\n#]{1,512}?)[ \t]*(?:#.*)?"
)
_COMMENT = re.compile(r"[ \t]*#.*")
_MAX_ENTRIES = 16


@dataclass
class BasicAuthSection:
    lines: int = 0

    @staticmethod
    def arm(line: str) -> BasicAuthSection | None:
        return BasicAuthSection() if _HEADER.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        if self.lines > _MAX_ENTRIES or not line.strip():
            return False, []
        if _COMMENT.fullmatch(line):
            return True, []
        m = _ENTRY.fullmatch(line)
        if m is None:
            return False, []  # the next section, the response, the next request
        if is_trivial_value(m.group("v")):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


BASIC_AUTH_ARMING = Detector(
    KIND, ("[basicauth]",), lambda line: iter(()), (r"^[ \t]*\[basicauth\][ \t]*$",)
)
