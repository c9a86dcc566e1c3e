"""An object a browser's console or DevTools preview pane shows expanded, one member a line
below a disclosure triangle (`▼ apiKey:`): under a secret-named member (W&B's `apiKeys` as the
`viewer` query answers, `generateApiKey`'s `apiKey`), a `name` or `key` member whose string
reads generated is the key itself, as W&B's `ApiKey` object holds it; the object's `id`,
`description` and `__typename` stay. The object ends at the first line that stands no deeper
than its header."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.names import is_secret_name

KIND = "keyvalue"
_TRIANGLE = "\u25bc"  # ▼ (an expanded member; ▶ is a collapsed one, its members not shown)
_HEADER = lazyre.compile(r"(?P<i>[ \t]*)\u25bc[ \t](?P<k>[A-Za-z_$][\w$]{0,64})[ \t]*:.{0,256}")
_MEMBER = lazyre.compile(
    r"(?P<i>[ \t]*)(?:name|key)[ \t]*:[ \t]*(?P<q>[\"'])(?P<v>[A-Za-z0-9_-]{32,256})(?P=q)[ \t]*\r?"
)
_MAX_LINES = 64


@dataclass
class ExpandedSecret:
    indent: int  # of the header line: the object's members stand deeper
    lines: int = 0

    @staticmethod
    def arm(line: str) -> ExpandedSecret | None:
        if _TRIANGLE not in line or len(line) > 512:
            return None
        m = _HEADER.fullmatch(line.rstrip("\r"))
        if m is None or not is_secret_name(m.group("k")):
            return None
        return ExpandedSecret(len(m.group("i")))

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        body = line.lstrip(" \t")
        if not body.strip():
            return self.lines < _MAX_LINES, []
        if len(line) - len(body) <= self.indent or self.lines > _MAX_LINES:
            return False, []
        m = _MEMBER.fullmatch(line) if len(line) < 512 else None
        if m is None or not looks_random(m.group("v"), 32):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]
