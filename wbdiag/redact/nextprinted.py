"""A secret's bytes printed as they are, with no line break of their own, on the line after the
command that printed them:
- `cat` (`head`, `tail`) of a secret-named file, then `; echo` (or `&& echo`) for the line
  break the file lacks (`kubectl exec … -- cat /var/run/secrets/…/oidc-secret; echo`, the usual
  way to show a mounted Secret's file);
- a Secret's data field by jsonpath, decoded (`kubectl get secret … -o
  jsonpath='{.data.MYSQL_PASSWORD}' | base64 -d`): with no line break the next prompt is glued
  to the value (`…lanternWzOGadmin@bastion:~$ `).
The value is the whole line (spaces, quotes, any script: a passphrase is one), less the prompt
the command line started with when it is glued to its end. A data field whose name is no secret
(`{.data.MYSQL_USER}`) arms nothing (nor nextoutput.Output: `public_data_field`); a JSON object
keeps its structure: its string values go one by one, less a Docker config's credential helper
names (`"credsStore": "ecr-login"`). A next line that is no output, the next command (`kubectl
…` again, a Helm chart's NOTES listing commands), a comment (`# …`) or a heading (`Connect
with:`), holds no value: the commands were listed, not run."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.nextdecoded import Decoded
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# `cat PATH; echo` as the end of a line; the path's last segment names the file
_CAT_ECHO = lazyre.compile(
    r"(?:^|(?<=[\s$#>]))(?:cat|head|tail)(?:[ \t]{1,4}-[\w-]{1,16}){0,3}[ \t]{1,4}"
    r"(?:[^\s|;&<>]{0,448}/)?(?P<n>[^\s/|;&<>]{1,64})[ \t]*(?:;|&&)[ \t]*echo[ \t]*\Z"
)
# a Secret's data field as jsonpath names it: `{.data.password}`, or in brackets,
# `{.data['password']}`, `{['data']['password']}` (a key with a dot needs no escape there)
DATA_PATH = (
    r"\{(?:\.data\.(?P<n>[^}\s'\"]{1,128})"
    r"|(?:\.data|\[['\"]data['\"]\])\[['\"](?P<b>[^'\"\]\n]{1,128})['\"]\])\}"
)
# a Secret's data field by jsonpath, piped to a base64 decoder as the end of a line
_DECODED_FIELD = lazyre.compile(
    r"\bsecrets?\b[^\n]{0,200}\bjsonpath=?[ \t]?['\"]?" + DATA_PATH + r"['\"]?"
    r"[ \t]*\|[ \t]*base64[ \t]{1,4}(?:-d|--decode|-D)[ \t]*\Z"
)
_DATA_FIELD = lazyre.compile(r"jsonpath=?[ \t]?['\"]?" + DATA_PATH)
# a shell prompt before the command: `admin@bastion:~$ `, `$ `, `root@pod:/# `
_PROMPT = lazyre.compile(r"[ \t]*(?P<p>(?:[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,256})?[$#])[ \t]")
# what a listing of commands puts after one: a comment, a heading of words ending in `:`
_NOT_OUTPUT = lazyre.compile(r"#[ \t]|[A-Za-z]{1,32}(?:[ \t][A-Za-z]{1,32}){1,12}:\Z")
# a command line a note lists (`kubectl get secret … | base64 -d`): no value, whatever it reads
_LISTED_COMMAND = lazyre.compile(
    r"(?:kubectl|oc|helm|vault|aws|gcloud|az|docker|mysql|psql|redis-cli)[ \t]{1,4}[a-z][\w-]{0,32}[ \t]"
)
_MAX_LINE = 1024
_MIN_VALUE = 8


def _field_name(m: re.Match[str]) -> str:
    # jsonpath escapes a dot in a key (`{.data.tls\.key}`), not in brackets
    return m.groupdict().get("b") or m.group("n").replace("\\.", ".")


def printed(line: str) -> Printed | Decoded | None:
    """What a command line prints of a secret on the lines after it: one value (Printed), or a
    whole Secret's data decoded (nextdecoded.py)."""
    return Printed.arm(line) or Decoded.arm(line)


def listed_command(text: str) -> bool:
    """Whether `text` is a command line of a tool that reads secrets (`kubectl get secret …`),
    listed for the reader to run: what it prints is not there."""
    return _LISTED_COMMAND.match(text) is not None


def public_data_field(line: str) -> bool:
    """Whether `line` reads a Secret's data field by jsonpath whose name is no secret's."""
    m = _DATA_FIELD.search(line) if "jsonpath" in line else None
    return m is not None and not is_secret_name(_field_name(m))


@dataclass
class Printed:
    prompt: str  # the prompt the command line started with ("" when none)
    program: str  # the command's first word (`kubectl`): the same again is the next command
    skipped: int = 0

    @staticmethod
    def arm(line: str) -> Printed | None:
        if len(line) > _MAX_LINE or ("echo" not in line and "base64" not in line):
            return None
        tail = line.rstrip()
        m = _CAT_ECHO.search(tail) if "echo" in tail else _DECODED_FIELD.search(tail)
        if m is None or not is_secret_name(_field_name(m)):
            return None
        prompt = _PROMPT.match(line, body_start(line))
        start = prompt.end() if prompt is not None else body_start(line)
        words = line[start:].split(None, 1)
        return Printed(prompt.group("p") if prompt is not None else "", words[0] if words else "")

    def step(self, line: str) -> tuple[bool, list[Span]]:
        start = body_start(line)
        text = line[start:].rstrip()
        if not text.strip():
            self.skipped += 1
            return self.skipped <= 1, []
        if self.prompt and text.lstrip().startswith(self.prompt):
            return False, []  # the next command: the file was empty
        shown = text.lstrip()
        if (
            _NOT_OUTPUT.match(shown)
            or shown.startswith(self.program + " ")
            or listed_command(shown)
        ):
            return False, []  # the next of a list of commands, not what one printed
        end = start + len(text)
        if self.prompt and text.endswith(self.prompt):
            end -= len(self.prompt)  # the next prompt, glued to the value
        begin = start + len(text) - len(text.lstrip())
        value = line[begin:end]
        if len(value) < _MIN_VALUE or is_trivial_value(value.strip()):
            return False, []
        if _json_object(value):
            # (a decoded `.dockerconfigjson`): replaced whole it would no longer parse, so its
            # string values go one by one, whatever their member's name
            helpers = _credential_helpers(value)
            return False, [
                (begin + m.start("v"), begin + m.end("v"), KIND)
                for m in _JSON_STRING.finditer(value)
                if not _MEMBER_NAME.match(value, m.end())
                and len(m.group("v")) >= _MIN_VALUE
                and not is_trivial_value(m.group("v"))
                and m.group("v") not in helpers
            ]
        return False, [(begin, end, KIND)]


# JSON's strings, left to right; one with a `:` after it is a member's name
_JSON_STRING = lazyre.compile(r'"(?P<v>(?:[^"\\\n]|\\.)*)"')
_MEMBER_NAME = lazyre.compile(r"[ \t]*:")


def _json_object(value: str) -> bool:
    text = value.strip()
    if not text.startswith("{"):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _credential_helpers(value: str) -> set[str]:
    """The credential helpers a Docker config names (`"credsStore": "ecr-login"`, each
    registry's in `credHelpers`): programs that hold the credentials, not credentials."""
    doc = json.loads(value.strip())
    names = {doc.get("credsStore")}
    helpers = doc.get("credHelpers")
    if isinstance(helpers, dict):
        names.update(helpers.values())
    return {n for n in names if isinstance(n, str)}
