"""The key file's contents in MongoDB's automation config (Ops Manager's and Cloud Manager's
`automationConfig`, and the one the MongoDB Kubernetes operator keeps in a Secret): its `auth`
object holds the automation agent's login (`autoUser`, `autoPwd`) and, as `key`, the shared
key file every member of the replica set authenticates with (6 to 1024 base64 characters), beside
the path it is written to (`keyfile`). A bare `key` names no secret anywhere else (names.py), so
it is read here by its neighbours: on the lines after `autoUser` / `autoPwd` / `autoAuthMechanism`
until the object closes, or on one line with them (the config as one line of JSON).

The redactor keeps one follower per file (nextline.arm); MONGO_ARMING has the prefilter pick the
line that arms it, and AUTOMATION_KEY reads the one-line form."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096
_ARMS = lazyre.compile(r"\"(?:autoUser|autoPwd|autoAuthMechanisms?)\"[ \t]{0,4}:")
_KEY = lazyre.compile(r"\"key\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[A-Za-z0-9+/]{6,1024}={0,2})\"")
_LINES = 16


def _key_spans(line: str) -> Iterator[Span]:
    for m in _KEY.finditer(line):
        if not is_trivial_value(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


@dataclass
class AutomationAuth:
    """The lines after the automation agent's login in an `auth` object: its `key`."""

    left: int = _LINES

    @staticmethod
    def arm(line: str) -> AutomationAuth | None:
        if len(line) > _MAX_LINE or _ARMS.search(line) is None:
            return None
        return AutomationAuth()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if '"key"' in line:
            return False, list(_key_spans(line))
        if line.lstrip().startswith("}"):
            return False, []  # the object closed
        return self.left > 0, []


def _one_line_spans(line: str) -> Iterator[Span]:
    if '"key"' in line and _ARMS.search(line) is not None:
        yield from _key_spans(line)


AUTOMATION_KEY = Detector(
    KIND,
    ('"autouser"', '"autopwd"', '"autoauthmechanism'),
    _one_line_spans,
    (r"\"(?:autouser|autopwd|autoauthmechanisms?)\"[ \t]*:",),
)
