"""One-time codes a second factor's enrolment prints or keeps, on the lines after the one that
says what they are:
- recovery (backup, scratch) codes under the line that announces them (`Save these recovery
  codes in a safe place:`): every code-shaped token (`itybp-gfajh`, `1234 5678`) on the lines
  below, until a line of another shape (`Each code can be used once.`);
- `cat ~/.google_authenticator` (libpam-google-authenticator's file): its first line, the TOTP
  seed (base32), and the 8-digit emergency scratch codes, each alone on a line, below its
  option lines (`\" RATE_LIMIT 3 30`, `\" TOTP_AUTH`); the file ends at a line of another
  shape (the next prompt).
The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; CODES_ARMING has the prefilter pick the lines that arm them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 512  # a line that announces codes is a short line
_ANNOUNCE = lazyre.compile(r"(?i)\b(?:recovery|backup|scratch)[ \t]codes?\b[^\n]{0,200}:[ \t]*\Z")
# a code: groups of letters and digits, a hyphen between them (GitHub's `a1b2c-d3e4f`), or
# digits (Google's `1234 5678`); a list may number or bullet its items
_CODE = lazyre.compile(r"[A-Za-z0-9]{4,16}(?:-[A-Za-z0-9]{4,16}){0,3}")
_BULLET = lazyre.compile(r"(?:\d{1,2}[.)]|[-*•])")
_MAX_CODE_LINES = 32
_AUTHENTICATOR_FILE = lazyre.compile(
    r"\b(?:cat|head|tail|less|more)\b[^\n]{0,200}\.google_authenticator\b"
)
_SEED = lazyre.compile(r"[ \t]*(?P<v>[A-Z2-7]{16,128})[ \t]*")
_OPTION = lazyre.compile(r"\"[ \t][A-Z_]{2,32}(?:[ \t][^\n]{0,64})?")
_SCRATCH = lazyre.compile(r"[ \t]*(?P<v>\d{8})[ \t]*")


def _code(token: str) -> bool:
    return (
        _CODE.fullmatch(token) is not None
        and ("-" in token or any(c.isdigit() for c in token))
        and not is_trivial_value(token)
    )


@dataclass
class PrintedCodes:
    """Recovery codes below the line that announces them."""

    lines: int = 0
    found: bool = False

    @staticmethod
    def arm(line: str) -> PrintedCodes | None:
        if len(line) > _MAX_LINE or _ANNOUNCE.search(line, body_start(line)) is None:
            return None
        return PrintedCodes()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        body = body_start(line)
        if not line[body:].strip():
            return not self.found and self.lines <= 1, []  # (one blank line before the list)
        spans: list[Span] = []
        for m in re.finditer(r"\S+", line[body:]):
            token = m.group()
            if _BULLET.fullmatch(token) and not spans:
                continue
            if not _code(token):
                return False, []  # a line of another shape ends the list (its own)
            spans.append((body + m.start(), body + m.end(), KIND))
        self.found = True
        return self.lines < _MAX_CODE_LINES, spans


@dataclass
class AuthenticatorFile:
    """`~/.google_authenticator` as `cat` shows it: the seed on its first line, then its option
    lines and its scratch codes."""

    lines: int = 0
    options: bool = False

    @staticmethod
    def arm(line: str) -> AuthenticatorFile | None:
        if len(line) > _MAX_LINE or _AUTHENTICATOR_FILE.search(line, body_start(line)) is None:
            return None
        return AuthenticatorFile()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        body = body_start(line)
        if self.lines == 1:
            m = _SEED.fullmatch(line, body)
            return m is not None, [] if m is None else [(m.start("v"), m.end("v"), KIND)]
        if _OPTION.fullmatch(line, body):
            self.options = True
            return self.lines < _MAX_CODE_LINES, []
        m = _SCRATCH.fullmatch(line, body)
        if m is None or not self.options:
            return False, []
        return self.lines < _MAX_CODE_LINES, [(m.start("v"), m.end("v"), KIND)]


def arm_codes(line: str) -> PrintedCodes | AuthenticatorFile | None:
    if "google_authenticator" in line:
        return AuthenticatorFile.arm(line)
    if line.rstrip().endswith(":"):
        return PrintedCodes.arm(line)
    return None


CODES_ARMING = Detector(
    KIND,
    ("recovery code", "backup code", "scratch code", ".google_authenticator"),
    lambda line: iter(()),
    (
        r"(?:recovery|backup|scratch)[ \t]codes?\b[^\n]*:[ \t]*$",
        r"(?:cat|head|tail|less|more)\b[^\n]*\.google_authenticator",
    ),
)  # fmt: skip
