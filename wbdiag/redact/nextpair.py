"""The secret half of an AWS key pair on the line below its key id: a credentials note, a
commented-out pair in an option file or a script (`# AKIA…` / `# …`), a console's copy boxes.
An access key id is public (every signed request carries it); the 40-character secret access
key beside it is not, whatever marks the lines (a comment, a label) and whether a name says so.
On the id's own line the secret after it is tokens.py's."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.detectors.tokens import AWS_KEY_ID_AT_END, aws_secret_key
from wbdiag.redact.linebody import body_start

KIND = "aws_secret_key"
# the next line: a comment's mark, a label, then the secret alone
_REST = lazyre.compile(
    r"[ \t]*(?:#{1,3}|;{1,2}|//|--|\*|REM\b)?[ \t]*(?:[A-Za-z][A-Za-z _-]{0,40}[:=][ \t]*)?"
    r"[\"']?(?P<v>[A-Za-z0-9/+]{40})[\"']?,?[ \t]*"
)
_MAX_LINE = 512
_MAX_SKIPPED = 1


@dataclass
class KeyPair:
    skipped: int = 0

    @staticmethod
    def arm(line: str) -> KeyPair | None:
        if len(line) > _MAX_LINE or AWS_KEY_ID_AT_END.search(line) is None:
            return None
        return KeyPair()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        start = body_start(line)
        if not line[start:].strip():
            self.skipped += 1
            return self.skipped <= _MAX_SKIPPED, []
        m = _REST.fullmatch(line, start)
        if m is None or not aws_secret_key(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]
