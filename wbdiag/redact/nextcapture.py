"""Logins a packet capture shows over several lines:
- a dissector's tree (tshark -V, Wireshark's exported packet details): FTP's and POP3's
  `Request command: PASS` line, then the argument on the next, `Request arg: …` (FTP) or
  `Request parameter: …` (POP3). The argument goes; a `USER` command's stays. The request line
  above both (`PASS …\\r\\n`) is keyvalue.py's;
- the client's side of SMTP's `AUTH LOGIN` in a payload dump (`tcpdump -A`, ngrep), without
  the server's `334` prompts (those: nextoutput.py): the base64 lines after it are the user
  name, then the password. The second goes always, the first when it decodes to no name (no
  `@`, random text: a captured record may start past the user name)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

_COMMAND = lazyre.compile(r"[ \t]*Request command:[ \t]*PASS[ \t]*\r?", re.IGNORECASE)
_ARGUMENT = lazyre.compile(
    r"[ \t]*Request (?:arg|parameter):[ \t]*(?P<v>\S[^\r\n]{0,511}?)[ \t]*\r?"
)


@dataclass
class DissectedPass:
    """The line after `Request command: PASS`: the password, when it is the argument."""

    @staticmethod
    def arm(line: str) -> DissectedPass | None:
        return DissectedPass() if _COMMAND.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _ARGUMENT.fullmatch(line)
        if m is None or is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


_AUTH_LOGIN = lazyre.compile(
    r"[ \t]*AUTH[ \t]LOGIN(?:[ \t](?P<user>[A-Za-z0-9+/]{4,512}={0,2}))?[ \t]*\r?"
)
_BASE64_LINE = lazyre.compile(r"[ \t]*(?P<v>[A-Za-z0-9+/]{4,1024}={0,2})[ \t]*\r?")
_LOGIN_LINES = 24


def _decodes_to_secret(token: str) -> bool:
    try:
        text = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    return text.isprintable() and "@" not in text and looks_random(text)


@dataclass
class LoginLines:
    """The base64 lines after a client's `AUTH LOGIN`: the user name, then the password."""

    seen: int = 0
    lines: int = 0

    @staticmethod
    def arm(line: str) -> LoginLines | None:
        m = _AUTH_LOGIN.fullmatch(line)
        if m is None:
            return None
        return LoginLines(seen=1 if m.group("user") else 0)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        m = _BASE64_LINE.fullmatch(line)
        # (an SMTP verb, `QUIT`, `RSET`, is no base64 answer)
        if m is None or len(m.group("v")) % 4 or m.group("v").isupper():
            return self.lines < _LOGIN_LINES, []
        self.seen += 1
        token = m.group("v")
        take = self.seen == 2 or _decodes_to_secret(token)
        return self.seen < 2, [(m.start("v"), m.end("v"), KIND)] if take else []
