"""Values a configuration dump shows apart from their name, read by the gate's own patterns
(none shared with the redactor), for gatecollected.py:
- Spring Boot actuator's answer for one property (`/actuator/env/{name}`): a `value` whose
  `origin` names an environment variable that names a secret, and the answer's first `value`
  on such a line;
- a Terraform `random_password` in state: the `result` in the object that holds `bcrypt_hash`
  (on one line, or on the lines below it);
and over lines (`block_secrets`):
- a Terraform state's `random_string` or `random_password` resource: a generated `result` in
  the lines below its `"type"` (a `random_string` has no `bcrypt_hash`), up to the next type;
- an nginx `map` whose source variable names a secret (`map $http_x_api_key $client {`): each
  entry's first column, up to the closing brace;
- Jenkins' warning that Groovy interpolated a secret into a step: a generated literal a shell
  trace echoes within the next lines (`+ echo … | rev`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import context_ends
from wbdiag.redact.gatetoken import looks_random, plausible_secret

_ORIGIN = lazyre.compile(
    r"\"value\"[ \t]{0,4}:[ \t]{0,4}\"([^\"\\\s]{6,512})\"[ \t]{0,4},[ \t]{0,4}\"origin\"[ \t]{0,4}:"
    r"[ \t]{0,4}\"[^\"\n]{0,128}?\\\"([\w.-]{1,128})\\\"\""
)
_FIRST_VALUE = lazyre.compile(
    r"\{[ \t]{0,4}\"property\"[ \t]{0,4}:[ \t]{0,4}\{[^{}\n]{0,300}?\"value\"[ \t]{0,4}:[ \t]{0,4}"
    r"\"([^\"\\\s]{6,512})\""
)
_RESULT = lazyre.compile(r"\"result\"[ \t]{0,4}:[ \t]{0,4}\"([^\"\\\s]{6,512})\"")
_BCRYPT = lazyre.compile(r"([ \t]*)\"bcrypt_hash\"[ \t]{0,4}:")
_BCRYPT_REACH = 40  # the lines of a random_password's attributes
_RANDOM_TYPE = lazyre.compile(r"[ \t]*\"type\"[ \t]{0,4}:[ \t]{0,4}\"random_(?:string|password)\"")
_TYPE = '"type"'
_MAP = lazyre.compile(
    r"[ \t]*map[ \t]{1,8}\$([\w]{1,128})[ \t]{1,8}\$[\w]{1,128}[ \t]{0,8}\{[ \t]*\Z"
)
_MAP_ENTRY = lazyre.compile(r"[ \t]*[\"']?([^\s\"';{}]{6,512})[\"']?[ \t]{1,64}[^;\n]{1,512};")
_MAP_REACH = 200  # a map's entries
_GROOVY = "using Groovy String interpolation"
_ECHO = lazyre.compile(r"\+[ \t]{1,4}echo[ \t]{1,4}[\"']?([^\s\"'|$]{8,512})")
_ECHO_REACH = 12
_REDACTED = "[REDACTED:"

LITERALS = ('"origin"', "bcrypt_hash", "map $", "groovy string interpolation", '"random_')
HINTS = (
    r"\"origin\"[ \t]*:[ \t]*\"[^\"\n]*\\\"",
    r"\"bcrypt_hash\"",
    r"\"type\"[ \t]*:[ \t]*\"random_(?:string|password)\"",
    r"map \$",
    r"using groovy string interpolation",
)


def _names_secret(name: str) -> bool:
    return bool(context_ends(name, names=True))


def dump_secrets(text: str) -> Iterator[str]:
    """An actuator answer's values named by their origin; a random_password's result on its
    line."""
    named = False
    for m in _ORIGIN.finditer(text) if '"origin"' in text else ():
        if _names_secret(m.group(2)):
            named = True
            if _REDACTED not in m.group(1) and plausible_secret(m.group(1)):
                yield m.group(1)
    first = _FIRST_VALUE.match(text) if named else None
    if first is not None and _REDACTED not in first.group(1) and plausible_secret(first.group(1)):
        yield first.group(1)
    if "bcrypt_hash" in text:
        for m in _RESULT.finditer(text):
            if _REDACTED not in m.group(1):
                yield m.group(1)


def dump_block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line index, value) of a random_password's result below its bcrypt_hash, a secret map's
    entries, and a literal echoed after Groovy's interpolation warning, from the line at `i`."""
    line = block[i]
    bcrypt = _BCRYPT.match(line) if "bcrypt_hash" in line else None
    if bcrypt is not None:
        indent = len(bcrypt.group(1))
        for j in range(i + 1, min(len(block), i + _BCRYPT_REACH)):
            below = block[j]
            if below.strip() and len(below) - len(below.lstrip()) < indent:
                break
            m = _RESULT.search(below)
            if m is not None and len(below) - len(below.lstrip()) == indent:
                if _REDACTED not in m.group(1):
                    yield j, m.group(1)
                break
    if '"random_' in line and _RANDOM_TYPE.match(line) is not None:
        for j in range(i + 1, min(len(block), i + _BCRYPT_REACH)):
            if _TYPE in block[j]:
                break  # (the next resource)
            m = _RESULT.search(block[j])
            if m is not None and _REDACTED not in m.group(1) and plausible_secret(m.group(1)):
                yield j, m.group(1)
                break
    m = _MAP.match(line) if "map" in line else None
    if m is not None and _names_secret(m.group(1)):
        for j in range(i + 1, min(len(block), i + _MAP_REACH)):
            if block[j].strip() == "}":
                break
            entry = _MAP_ENTRY.match(block[j])
            if (
                entry is not None
                and _REDACTED not in entry.group(1)
                and (plausible_secret(entry.group(1)) or looks_random(entry.group(1)))
            ):
                yield j, entry.group(1)
    if _GROOVY in line:
        for j in range(i + 1, min(len(block), i + _ECHO_REACH)):
            echo = _ECHO.match(block[j])
            if echo is not None and _REDACTED not in echo.group(1) and looks_random(echo.group(1)):
                yield j, echo.group(1)
