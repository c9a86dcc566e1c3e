"""What a user typed at a password prompt:
- in an `strace` of the program that asked: the prompt written to the terminal (`write(2, "Enter
  password: ", 16)`), then, a few calls on (getpass turns the echo off with `ioctl` first), the
  line read from standard input (`read(0, "…\\n", 4096)`): the text read, whole. `strace -f`
  puts `[pid N] ` before each call;
- in a shell's history: `mysql_config_editor set … --password` asks for the password on the
  terminal, and a history that fed it one shows it echoed into a pipe on the next line (`echo
  … | mysql --login-path=…`): the literal echoed (not a variable).

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; TYPED_ARMING picks the prompt's line."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a prompt for a secret written to a terminal (stdout or stderr; `/dev/tty` is often fd 3 or more)
_PROMPT = lazyre.compile(
    r"(?i)\bwrite\((?P<fd>\d{1,4}),[ \t]{0,4}\"[^\"\n]{0,80}"
    r"(?:password|passphrase|passcode|secret|token|pin)[^\"\n]{0,24}:[ \t]{0,4}\""
)
# the line read from standard input (or from the terminal the prompt went to), as strace quotes it
_READ = lazyre.compile(
    r"\bread\((?P<fd>\d{1,4}),[ \t]{0,4}\"(?P<v>(?:[^\"\\\n]|\\.){1,4096}?)(?:\\n)?\""
)
_CALLS = 4  # (getpass: `ioctl(0, TCGETS, …)`, `ioctl(0, TCSETSF, …)` before the read)


@dataclass
class TypedSecret:
    """The text a `read` returns a few calls after a prompt for a secret."""

    fd: str  # the terminal's fd when the prompt went to one it opened (`/dev/tty`: 3 or more)
    left: int = _CALLS

    @staticmethod
    def arm(line: str) -> TypedSecret | None:
        if "write(" not in line or len(line) > 512:
            return None
        m = _PROMPT.search(line)
        if m is None:
            return None
        return TypedSecret(m.group("fd") if int(m.group("fd")) > 2 else "0")

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        m = _READ.search(line) if "read(" in line else None
        if m is None or m.group("fd") not in ("0", self.fd):
            return self.left > 0, []  # (a file's read between: not what was typed)
        if is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# a command that asks for the password on the terminal (its `--password` or `-p` last, no value)
_ASKS = lazyre.compile(r"\bmysql_config_editor[ \t][^\n]{0,400}[ \t](?:--password|-p)[ \t]*\Z")
_ECHOED = lazyre.compile(
    r"[ \t]*echo[ \t]{1,4}(?P<q>[\"']?)(?P<v>[^\s\"'$`|;&]{1,512})(?P=q)[ \t]*\|"
)


@dataclass
class EchoedAnswer:
    """The literal echoed into a pipe on the line after a command that asks for a password."""

    @staticmethod
    def arm(line: str) -> EchoedAnswer | None:
        if "mysql_config_editor" not in line or len(line) > 512:
            return None
        return EchoedAnswer() if _ASKS.search(line) is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _ECHOED.match(line, body_start(line))
        if m is None or is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


def arm_typed(line: str) -> TypedSecret | EchoedAnswer | None:
    return TypedSecret.arm(line) or EchoedAnswer.arm(line)


TYPED_ARMING = Detector(
    KIND,
    ("write(", "mysql_config_editor"),
    lambda line: iter(()),
    (
        r"write\([0-9]{1,4},[ \t]*\"[^\"\n]{0,80}(?:pass|secret|token|pin)[^\"\n]{0,32}:[ \t]*\"",
        r"mysql_config_editor[ \t][^\n]*[ \t](?:--password|-p)[ \t]*$",
    ),
)
