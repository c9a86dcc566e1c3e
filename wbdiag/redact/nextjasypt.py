"""What Jasypt's CLI prints below its command line (`encrypt.sh input=… password=…`, `decrypt.sh`,
`digest.sh`): an `----ARGUMENTS----` section that echoes each argument as `name: value`, then
`----OUTPUT----` and the result on the next line. The input is the plain text to encrypt or
digest (`input: …` goes); decrypting, the output is the plain text (the line after `----OUTPUT
----` goes); the ciphertext stays, as docs/redaction.md keeps ciphertext. The password is found
by its name on its own (`password: …`). The command line's hints pick the line that arms it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_RUN = lazyre.compile(r"\b(?P<c>encrypt|decrypt|digest)\.(?:sh|bat)\b")
_INPUT = lazyre.compile(r"[ \t]*input[ \t]*:[ \t]*(?P<v>\S.{0,4095}?)[ \t]*\r?\Z")
_OUTPUT_RULE = lazyre.compile(r"[ \t]*-{4,}OUTPUT-{4,}[ \t]*\r?\Z")
_VALUE = lazyre.compile(r"[ \t]*(?P<v>\S{1,4096})[ \t]*\r?\Z")
_MAX_LINES = 24  # its ENVIRONMENT and ARGUMENTS sections: a few lines each
_MAX_LINE = 4096


@dataclass
class JasyptRun:
    decrypting: bool
    lines: int = 0
    output: bool = False  # the line after `----OUTPUT----` is next

    @staticmethod
    def arm(line: str) -> JasyptRun | None:
        if len(line) > _MAX_LINE or ("crypt." not in line and "digest." not in line):
            return None
        m = _RUN.search(line)
        return JasyptRun(m.group("c") == "decrypt") if m is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        body = body_start(line)
        if self.output:
            if not line[body:].strip():
                return self.lines < _MAX_LINES, []  # (a blank line after the rule)
            m = _VALUE.fullmatch(line, body)
            if m is None or is_trivial_value(m.group("v")):
                return False, []
            return False, [(m.start("v"), m.end("v"), KIND)]
        if _OUTPUT_RULE.fullmatch(line, body):
            self.output = self.decrypting
            return self.decrypting, []
        if not self.decrypting and (m := _INPUT.fullmatch(line, body)) is not None:
            value = m.group("v")
            return False, [] if is_trivial_value(value) else [(m.start("v"), m.end("v"), KIND)]
        return self.lines < _MAX_LINES, []
