"""What a CI runner prints of a secret it meant to hide, on the lines after the one that says so:
- GitHub Actions' step debug log evaluating an expression that reads a secret
  (`##[debug]Evaluating: secrets.DB_PASSWORD`): the values it shows on its `=> '…'` lines and
  its `Result: '…'` (which the runner masks only when it recognises the value: a value it
  registered in another form, or a secret it never registered, shows), not the names the
  expression indexes by (`=> 'DB_PASSWORD'`) nor its mask (`Result: '***'`);
- a job that announced a masked secret (Jenkins' `withCredentials`: `Masking supported pattern
  matches of $DB_PW`; its warning that a secret was interpolated by Groovy into a step's
  command, `Affected argument(s) used the following variable(s): [WB_TOKEN]`; a secret name's
  value shown as `***`), then, within a few lines, echoes a
  generated literal in its shell trace (`+ echo …`, `+ echo … | rev`, `| base64`): the runner
  masks only the exact value, so a value it did not recognise is that secret in another form. The
  literal goes, and the one-token line the command printed after it.
The output of commands that reveal a secret by name (`echo "$DB_PASSWORD" | base64`, `rclone
reveal …`, `vault kv get -field=password …`): nextoutput.py's `Output`."""

from __future__ import annotations

from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_DEBUG = "##[debug]"
# `##[debug]Evaluating: secrets.DB_PASSWORD`, `Evaluating: format('{0}', secrets['X'])`
_EVALUATING = lazyre.compile(r"##\[debug\]Evaluating:[ \t][^\n]{0,512}?\bsecrets\b")
_NAMES = lazyre.compile(
    r"\bsecrets(?:\.(?P<a>[A-Za-z_][\w-]{0,127})|\[[\"'](?P<b>[^\"'\]]{1,128})[\"']\])"
)
# a value it shows on the way: `##[debug]=> 'value'`, `##[debug]..=> 'value'`
_SHOWN = lazyre.compile(r"##\[debug\]\.{0,16}=>[ \t]{1,4}'(?P<v>(?:[^'\n]|''){1,4096})'[ \t]*")
_RESULT = lazyre.compile(r"##\[debug\]Result:(?:[ \t]{1,4}'(?P<v>(?:[^'\n]|''){1,4096})')?")
_EVAL_LINES = 24


@dataclass
class Evaluated:
    """The values GitHub's debug log shows while it evaluates an expression over `secrets`."""

    names: set[str] = field(default_factory=set)
    left: int = _EVAL_LINES

    @staticmethod
    def arm(line: str) -> Evaluated | None:
        if _DEBUG not in line:
            return None
        m = _EVALUATING.search(line)
        if m is None:
            return None
        names = {n.group("a") or n.group("b") for n in _NAMES.finditer(line, m.start())}
        return Evaluated({n for n in names if n})

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if _DEBUG not in line:
            return False, []
        result = _RESULT.search(line)
        m = result or _SHOWN.search(line)
        if m is None or m.group("v") is None:
            return result is None and self.left > 0, []
        more = result is None and self.left > 0  # (the result ends the evaluation)
        value = m.group("v").replace("''", "'")
        if (
            value in self.names
            or value in ("Object", "Array")
            or is_trivial_value(value)
            or set(value) == {"*"}
        ):
            return more, []
        return more, [(m.start("v"), m.end("v"), KIND)]


# a job's announcement that it masks a secret: Jenkins' credentials binding, or a secret name
# whose value the runner printed as its mask (`DB_PASSWORD=***`, `API_TOKEN: ***`)
_MASKING = lazyre.compile(
    r"\bMasking (?:supported pattern|only exact) matches of\b"
    r"|\bA secret was passed to \"[\w-]{1,32}\" using Groovy String interpolation"
)
_MASKED_NAME = lazyre.compile(
    r"(?:^|(?<=[\s\"'$]))(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[\"']?[ \t]{0,4}[=:][ \t]{0,4}"
    r"[\"']?\*{3,}[\"']?(?=\s|\Z)"
)
# a shell trace's echo of a literal (not a variable), piped on or not
_TRACED_ECHO = lazyre.compile(
    r"\+{1,8}[ \t](?:echo|printf)(?:[ \t]{1,4}-[neE]{1,3}|[ \t]{1,4}['\"]?%s(?:\\n)?['\"]?)?"
    r"[ \t]{1,4}(?P<q>['\"]?)(?P<v>[^\s'\"$`|;&<>]{8,512})(?P=q)(?=[ \t]*(?:\||\Z))"
)
_TRACE = lazyre.compile(r"\+{1,8}[ \t]")
_HEX = lazyre.compile(r"[0-9a-f]{8,512}|[0-9A-F]{8,512}")
_MASKED_LINES = 12  # the lines after the announcement that may show the value


def _generated(value: str) -> bool:
    """A literal that reads like a generated secret, not a word, path or version."""
    if is_trivial_value(value) or _HEX.fullmatch(value):
        return False  # (a commit or a digest a job prints)
    return looks_random(value) or secretish("password", value)


@dataclass
class MaskedThenShown:
    """A generated literal a job's shell trace echoes a few lines after it announced a masked
    secret, and the one token the command printed."""

    left: int = _MASKED_LINES
    echoed: bool = False  # the line before was such an echo: this one may be its output

    @staticmethod
    def arm(line: str) -> MaskedThenShown | None:
        if ("Masking" in line or "Groovy" in line) and _MASKING.search(line):
            return MaskedThenShown()
        if "***" in line:
            m = _MASKED_NAME.search(line, body_start(line))
            if m is not None and is_secret_name(m.group("k")):
                return MaskedThenShown()
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        start = body_start(line)
        echoed, self.echoed = self.echoed, False
        if _TRACE.match(line, start):
            m = _TRACED_ECHO.match(line, start)
            if m is not None and _generated(m.group("v")):
                self.echoed = True
                return self.left > 0, [(m.start("v"), m.end("v"), KIND)]
            return self.left > 0, []
        body = line[start:].strip()
        if echoed and body and " " not in body and len(body) >= 8 and _generated(body):
            pos = line.index(body, start)
            return self.left > 0, [(pos, pos + len(body), KIND)]
        return self.left > 0, []


# The lines that arm these followers (a masked secret name is picked by keyvalue.py's hints).
CI_ARMING = Detector(
    KIND,
    ("##[debug]evaluating:", "masking supported pattern", "masking only exact", "groovy string"),
    lambda line: iter(()),
    (
        r"##\[debug\]evaluating:[^\n]*secrets",
        r"masking (?:supported pattern|only exact) matches",
        r"using groovy string interpolation",
    ),
)
