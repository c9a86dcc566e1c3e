"""A message that announces a secret it does not hold (`here is the license`, `here's the new
password`), as a chat or a ticket's thread gives it, and the message after it: the secret, when
its whole text is one token that reads generated (the entropy layer's test, with the zero-width
characters a chat client or a careful sender put inside it dropped). A chat export's prefix
before each message (`[20:11] Name: `) is set aside. With a colon after the announcement the
label's own follower reads the next line (nextpending.py). The redactor keeps one follower per
file (nextline.arm); ANNOUNCED_ARMING has the prefilter pick the lines that arm it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.entropy import reads_random

KIND = "keyvalue"
_WHAT = (
    r"(?:new )?(?:password|passphrase|token|licen[cs]e(?: key)?|api[ _-]?key"
    r"|secret|credentials?)"
)
_ANNOUNCE = lazyre.compile(
    r"(?i)\bhere(?:'s| is) (?:the|my|our|your) " + _WHAT + r"[ \t]{0,4}[.!]?[ \t\r]{0,4}\Z"
)
_TAIL = 96  # the announcement ends its line: only the line's end is searched
# a chat export's prefix: the time in brackets, then the sender and a colon
_CHAT_PREFIX = lazyre.compile(r"[ \t]*\[[^\]\n]{1,40}\][ \t]{1,4}[^:\n]{1,64}:[ \t]{1,4}")
_ZERO_WIDTH = lazyre.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MAX_BLANK = 2
_MAX_LINE = 4096


@dataclass
class Announced:
    blank: int = 0

    @staticmethod
    def arm(line: str) -> Announced | None:
        if len(line) > _MAX_LINE or "ere" not in line:
            return None
        return Announced() if _ANNOUNCE.search(line[-_TAIL:]) is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if not line.strip():
            self.blank += 1
            return self.blank <= _MAX_BLANK, []
        prefix = _CHAT_PREFIX.match(line)
        start = prefix.end() if prefix is not None else 0
        token = line[start:].strip()
        if not token or any(c.isspace() for c in token) or len(token) > _MAX_LINE:
            return False, []
        if not reads_random(_ZERO_WIDTH.sub("", token)):
            return False, []
        begin = line.index(token, start)
        return False, [(begin, begin + len(token), KIND)]


ANNOUNCED_ARMING = Detector(
    KIND,
    ("here is ", "here's "),
    lambda line: iter(()),
    (r"here(?:'s| is) (?:the|my|our|your) " + _WHAT + r"[ \t.!\r]*$",),
)
