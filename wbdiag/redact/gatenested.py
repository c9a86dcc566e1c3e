"""Values the leak gate reads by the structure around them, not by their own line: what a
secret's name, or a marker, says of a value some lines below it.

- `opens_secret_object` and `object_value`: an object opened under a secret's name
  (`"database_password": {`) or marked sensitive (`"sensitive": true`, a tool's JSON output of a
  value it hides elsewhere) or a list item that names a secret (`- name: DATABASE_PASSWORD`),
  and the random-looking value its `value` member holds, on that line or within the next few
  (a marked object closed on its line holds it there: Hoppscotch's `"secret":true},{…`);
- `opens_secure_object` and `member_value`: an object whose name marks its members secret
  (Grafana's `secureJsonData`), and a random-looking member's value within the next few lines;
- `annotated_secret`: an annotated traceback's value (loguru's `└ '…'`) under a variable whose
  name is a secret's, found by its column on the source line above;
- `opens_secret_array` and `array_secrets`: an array opened under a secret's name
  (`"password_parts": [`, `api_key_chunks:`, Python's implicit concatenation of the string
  literals in `API_TOKEN = (`), and its elements: each judged alone, and all
  joined (a value cut into chunks too short to judge);
- `opens_secret_element` and `element_value`: an XML element named after a secret opened alone
  on its line (`<masterKey …>`), and the random-looking text of its `<value>` child a few lines
  below;
- `evaluates_secret` and `evaluated_value`: an expression evaluator's trace that evaluates a
  secret by its name (a CI runner's debug log: `Evaluating: secrets.DB_PASSWORD`) and the
  result it reports within the next few lines (`=> 'value'`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX, names_secret
from wbdiag.redact.gatetoken import looks_random, plausible_secret
from wbdiag.redact.gatevalues import own_secret_name

# a member's name, then `:` or `=` and an object's or an array's opening, last on the line
_OPENS = lazyre.compile(
    r"[\"']?(?P<k>[\w.-]{1,64})[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?P<o>[{\[(]?)[ \t]*\Z"
)
# a marker that the object it stands in holds a secret
_SENSITIVE = lazyre.compile(
    r"(?i)[\"']?(?:sensitive|is_?secret|secret)[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?true(?![\w])"
)
# the member that holds an object's value, quoted or not (YAML)
_VALUE = lazyre.compile(
    r"(?i)(?<![\w-])[\"']?(?:value|data|plaintext|cleartext)[\"']?[ \t]{0,4}[:=][ \t]{0,4}"
    r"[\"']?(?P<v>[^\s\"',{}\[\]]{8,512})[\"']?[ \t]*(?:[,}]|\Z)"
)
# an array's element alone on its line: a JSON string or a YAML item
_ELEMENT = lazyre.compile(
    r"[ \t]{0,64}(?:- [ \t]{0,8})?[\"']?(?P<v>[^\s\"',\[\]{}:]{1,512})[\"']?,?[ \t]*\Z"
)
_ARRAY_REACH = 16  # how many elements of an array are read
_RESULT = lazyre.compile(
    r"(?:=>|(?i:result|value):)[ \t]{0,4}[\"']?(?P<v>[^\s\"']{8,512})[\"']?[ \t]*\Z"
)
# a list item that names a secret, its value in a sibling member a few lines below (OpenShift
# template `parameters`, Kubernetes `env`: `- name: DATABASE_PASSWORD`, `description: …`,
# `value: …`); or a block's `name` member behind a plan's or a diff's change mark (Terraform's
# `+ name  = "global.auth.oidc.secret"` in a `set {` block, `type`, then `+ value = "…"`)
_NAMED_ITEM = lazyre.compile(
    r"[ \t]*(?:-[ \t]+[\"']?name[\"']?[ \t]*:|[-+~][ \t]+name[ \t]*=)"
    r"[ \t]*[\"']?(?P<n>[\w.-]{1,64})[\"']?[ \t]*\Z"
)
# an object whose name marks every member secret (Grafana's `secureJsonData`, `secureSettings`),
# opened last on its line (YAML or JSON)
_SECURE_OBJECT = lazyre.compile(
    r"[ \t]*[\"']?secure_?(?:json_?data|settings|fields)[\"']?[ \t]*:[ \t]*\{?[ \t]*\Z", re.I
)
# a member's value, quoted or not
_MEMBER = lazyre.compile(
    r"[ \t]*[\"']?[\w.-]{1,64}[\"']?[ \t]*:[ \t]*[\"']?(?P<v>[^\s\"',{}\[\]]{8,512})[\"']?,?[ \t]*\Z"
)
_EVALUATES = lazyre.compile(r"(?i)\b(?:evaluating|resolving|expanding)\b:?[ \t]")


def _random(token: str) -> bool:
    return MIXED_RX.search(token) is not None and looks_random(token)


def opens_secret_object(text: str) -> bool:
    """The line opens an object under a secret's name, or marks the object it is in sensitive."""
    for marker in _SENSITIVE.finditer(text):
        close = text.find("}", marker.end())
        if close < 0:
            return True  # (the marked object goes on below)
        if object_value(text[text.rfind("{", 0, marker.start()) + 1 : close]):
            return True  # (an object closed on the line: its own value, not the next object's)
    item = _NAMED_ITEM.match(text)
    if item is not None:
        return names_secret(item.group("n"))
    tail = text.rstrip()
    if not tail.endswith("{"):
        return False
    m = _OPENS.search(tail, max(0, len(tail) - 80))  # (the name is short and ends the line)
    return m is not None and m.group("o") == "{" and names_secret(m.group("k"))


def object_value(text: str) -> str:
    """The random-looking value of the line's `value` member, or ''."""
    m = _VALUE.search(text)
    return m.group("v") if m is not None and _random(m.group("v")) else ""


def opens_secure_object(text: str) -> bool:
    """The line opens an object whose name marks its members secret (`secureJsonData:`)."""
    return _SECURE_OBJECT.match(text) is not None


def member_value(text: str) -> str:
    """The random-looking value of the line's member, or ''."""
    m = _MEMBER.match(text)
    return m.group("v") if m is not None and _random(m.group("v")) else ""


def opens_secret_array(text: str) -> bool:
    """The line opens an array under a secret's name (a JSON `[` or a YAML key with nothing
    after it), or a parenthesised run of string literals Python joins into one (`TOKEN = (`)."""
    if not text.rstrip().endswith(("[", ":", "(")):
        return False
    tail = text.rstrip()
    m = _OPENS.search(tail, max(0, len(tail) - 80))
    return m is not None and m.group("o") != "{" and names_secret(m.group("k"))


def array_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """The array's elements after line `i` that look random, or the first element's line and
    all of them joined when that does (chunks of one value); none for an array of other things
    (objects, pairs, a YAML list of names)."""
    yaml = not block[i].rstrip().endswith(("[", "("))
    elements: list[tuple[int, str]] = []
    for j in range(i + 1, min(len(block), i + 1 + _ARRAY_REACH)):
        text = block[j]
        if text.strip().startswith(("]", ")")) or (yaml and not text.lstrip().startswith("- ")):
            break
        m = _ELEMENT.fullmatch(text)
        if m is None:
            return
        elements.append((j, m.group("v")))
    for j, value in elements:
        if _random(value):
            yield j, value
            return
    if len(elements) >= 2:
        joined = "".join(v for _, v in elements)
        if _random(joined):
            yield elements[0][0], joined


# an XML element named after a secret, opened alone on its line (an ASP.NET Data Protection key
# ring's `<masterKey p4:requiresEncryption="true" …>`, `<clientSecret>`), and the `<value>` child
# that holds it a few lines below (`<Value>` in a Windows answer file, its lines ended by CRLF);
# a public key's element holds no secret
_SECRET_ELEMENT = lazyre.compile(
    r"[ \t]*<(?:[\w.-]{1,32}:)?(?P<n>[A-Za-z][\w.-]{0,63})(?:[ \t][^<>]{0,1024})?>[ \t\r]*\Z"
)
_ELEMENT_NAMES = ("key", "secret", "password", "token", "credential", "credentials")
_NAME_ELEMENT = lazyre.compile(r"[ \t]*<name>(?P<n>[A-Za-z][\w.-]{0,127})</name>[ \t\r]*\Z")
_VALUE_ELEMENT = lazyre.compile(r"[ \t]*<(?i:value)>(?P<v>[^<>\s]{8,1024})</(?i:value)>")


def opens_secret_element(text: str) -> bool:
    """The line opens an XML element named after a secret, and nothing else; or it is a
    property's `<name>` element alone, its text a secret's own name (Hadoop's
    `<name>fs.s3a.secret.key</name>`, whose `<value>` is on the next line)."""
    named = _NAME_ELEMENT.match(text)
    if named is not None:
        return own_secret_name(named.group("n"))
    m = _SECRET_ELEMENT.match(text)
    if m is None:
        return False
    name = m.group("n").lower()
    return name.endswith(_ELEMENT_NAMES) and not name.startswith("public")


def element_value(text: str) -> str:
    """The text of the line's `<value>` element, its character references decoded (`&amp;`,
    `&quot;`), when it reads as generated or, holding a reference, as a secret's value; or ''."""
    m = _VALUE_ELEMENT.match(text)
    if m is None:
        return ""
    value = m.group("v")
    if "&" in value:
        value = html.unescape(value)
        return value if plausible_secret(value) else ""
    return value if _random(value) else ""


def evaluates_secret(text: str) -> bool:
    """An evaluator's trace line that evaluates an expression naming a secret."""
    m = _EVALUATES.search(text)
    return m is not None and names_secret(text[m.end() :])


def evaluated_value(text: str) -> str:
    """The random-looking result the trace line reports, or ''."""
    m = _RESULT.search(text, max(0, len(text) - 540))  # (the result ends the line)
    return m.group("v") if m is not None and _random(m.group("v")) else ""


# loguru's (and better-exceptions') annotated traceback: under a source line, `└ 'value'` below the
# variable whose value it shows (`│` carries other variables' columns down)
_ANNOTATION = lazyre.compile(r"└[ \t]{0,4}(?P<q>['\"])(?P<v>[^'\"\s]{8,512})(?P=q)[ \t]*\Z")
_VARIABLE = lazyre.compile(r"[A-Za-z_][\w.]{0,64}")
_ARGUMENT_END = lazyre.compile(r"[,)]")


def _annotated_name(line: str, col: int) -> bool:
    """The source line names a secret at the annotation's column: the variable there (an
    f-string's `{token}` too), or the call's argument that holds the column (a keyword
    argument's value, `api_key="…"`; `password=password`, whichever side the column is on)."""
    name = _VARIABLE.match(line, col + (line[col : col + 1] == "{"))
    if name is not None and names_secret(name.group(0)):
        return True
    left = max(line.rfind(c, 0, col + 1) for c in "([,") + 1
    end = _ARGUMENT_END.search(line, col)
    return left > 0 and names_secret(line[left : len(line) if end is None else end.start()])


def annotated_secret(block: Sequence[str], i: int) -> str:
    """The value an annotated traceback shows on line `i` for a variable whose name is a
    secret's (judged as a value its place names a secret, `plausible_secret`), or ''."""
    m = _ANNOTATION.search(block[i])
    if m is None or not plausible_secret(m.group("v")):
        return ""
    col = m.start()
    for k in range(i - 1, max(-1, i - _ARRAY_REACH), -1):
        line = block[k]
        if line[col : col + 1] in ("│", "└"):
            continue  # another annotation's line, its column carried down
        return m.group("v") if _annotated_name(line, col) else ""
    return ""
