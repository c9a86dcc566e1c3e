"""What an Ansible play prints under a task whose title names a secret (`TASK [wandb : Show
resolved DB password] ***`, a `debug:` of a `hashi_vault` lookup or of a generated secret): the
`"msg": "…"` of the task's result (`ok: [host] => {` / `    "msg": "…"` / `}`) within the next
lines, also in a `log_path` file, whose lines start with `<time> p=<pid> u=<user> n=ansible | `.
A message of words (`"msg": "All assertions passed"`) is the task's own text, not a value; the
next `TASK [` or `PLAY [` ends the task. The redactor keeps one follower per file (nextline.arm);
PLAY_ARMING has the prefilter pick the lines that arm it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 1024
# `TASK [role : title] ****` (the role is optional); the title's last two words name what it shows
_TASK = lazyre.compile(r"(?:^|[\s|])TASK \[(?:[\w.-]{1,64} : )?(?P<t>[^\]\n]{1,256})\]")
_TITLE_WORD = lazyre.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_NEXT = lazyre.compile(r"(?:^|[\s|])(?:TASK|PLAY|RUNNING HANDLER) \[")
_MSG = lazyre.compile(r"(?:^|[\s|])\"msg\"[ \t]*:[ \t]*\"(?P<v>[^\"\\\s]{1,4096})\",?[ \t]*\Z")
_TASK_LINES = 12


def _names_secret(title: str) -> bool:
    words = _TITLE_WORD.findall(title)
    return len(words) > 0 and is_secret_name("_".join(words[-2:]))


@dataclass
class TaskResult:
    """The `"msg"` a task titled after a secret printed, within the task's next lines."""

    left: int = _TASK_LINES

    @staticmethod
    def arm(line: str) -> TaskResult | None:
        if len(line) > _MAX_LINE or "TASK [" not in line:
            return None
        m = _TASK.search(line)
        return TaskResult() if m is not None and _names_secret(m.group("t")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if _NEXT.search(line):
            return False, []
        m = _MSG.search(line) if '"msg"' in line else None
        if m is None:
            return self.left > 0, []
        if is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


PLAY_ARMING = Detector(KIND, ("task [",), lambda line: iter(()), (r"task \[",))
