"""Values the leak gate reads by their place in what CI/CD, GitOps and secret-manager tools print
and declare, where the secret's name stands on another line than its value:

- `vault_rows`: a row of Vault's `Key  Value` table whose name is a field Vault puts a secret
  in (`plaintext` of transit's decrypt and data keys, `key` of an SSH one-time password,
  `secret_id` of AppRole, `password`, `secret_key`, `private_key`); its accessors, lease ids and
  ids are other rows;
- `task_results`: the `msg` of the result Ansible prints for a task whose name names a secret
  (`TASK [wandb : Show resolved DB password]`, `ok: [host] => {`, `"msg": "…"`), also with a
  log file's `… n=ansible | ` prefix;
- `declared_values`: the `default` (or `value`) member of a mapping declared under a secret's
  name (a CircleCI orb's or a GitHub composite action's parameter, `default: '…'`; an output of
  `terraform output -json`, `"value": "…"`; an HCL `variable "…_password" { default = "…" }`);
- `named_records`: the `value` of a record whose `key` or `name` member is a secret's own name
  (`{"key": "MYSQL_PASSWORD", "workspace": "…", "value": "…"}`, Infisical's export, a task
  definition's environment), pretty-printed over lines;
- `marked_secrets`: the `plaintext` of an object Pulumi marks secret (its signature key
  `4dabf18193072939515e22adb298388d`), as `pulumi stack export --show-secrets` and a state file
  print it (`"plaintext": "\\"…\\""`, the value's JSON in a string; `ciphertext` is encrypted
  and stays), also in a quoted reply's `> ` lines;
- `piped_secrets`: a value echoed into a command that seals or stores it as a secret
  (`echo -n '…' | kubeseal --raw`, `… | docker secret create`), and base64 echoed into a decoder
  (`echo '…' | base64 -d`) whose text reads as a secret;
- `decoded_outputs`: the line after a command at a prompt or a CI step that decodes a field
  naming a secret (`kubectl get secret … -o jsonpath='{.data.password}' | base64 -d`), also
  glued to the next prompt;
- `store_objects`: a secret store's answer over lines (`gcloud secrets versions access …
  --format=json` pretty-printed, or `--format=yaml`), and the cell under `Value` in the table `az keyvault secret
  show -o table` prints.

A value that is a UUID counts in these places (Vault's secret ids and one-time passwords, an
orb's AppRole secret id are UUIDs by design); any other is judged by `plausible_secret`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact import gateprompts
from wbdiag.redact.gatecontext import MIXED_RX, context_ends, names_secret
from wbdiag.redact.gateplaces import store_secrets
from wbdiag.redact.gatetoken import looks_random, plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name
from wbdiag.redact.gatewords import PUBLIC_NAMES

_UUID = lazyre.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


# an address without credentials or a query (nginx's `proxy_pass` target, a webhook's host)
_PLAIN_URL = lazyre.compile(r"[a-zA-Z][a-zA-Z0-9+.-]{0,16}://[^\s@?#]*")


def _secret_value(value: str) -> bool:
    return (
        "[REDACTED" not in value
        and _PLAIN_URL.fullmatch(value) is None
        and (_UUID.fullmatch(value) is not None or plausible_secret(value))
    )


def _read(rx: re.Pattern[str], text: str) -> str:
    """The value `rx` reads on a line (its group `v`) when it reads as a secret, or ''."""
    m = rx.match(text)
    return m.group("v") if m is not None and _secret_value(m.group("v")) else ""


# --- Vault's `Key  Value` table

_VAULT_HEADER = lazyre.compile(r"[ \t]*Key[ \t]{2,64}Value[ \t]*\r?\n?\Z")
_VAULT_RULE = lazyre.compile(r"[ \t]*-{3}[ \t]{2,64}-{5}[ \t]*\r?\n?\Z")
_VAULT_ROW = lazyre.compile(
    r"[ \t]*(?P<n>[a-z][a-z0-9_]{0,63})[ \t]{2,64}(?P<v>\S{1,4096})[ \t]*\r?\n?\Z"
)
# the fields Vault's responses hold a secret in (transit, SSH OTP, AppRole, database and LDAP
# credentials, AWS credentials, PKI)
_VAULT_SECRETS = frozenset(
    ("plaintext", "key", "secret_id", "password", "secret_key", "private_key", "current_password")
)
VAULT_LITERALS = ("value",)
VAULT_HINTS = (r"key[ \t]{2,}value[ \t]*\r?$",)
_VAULT_REACH = 64  # rows read after a header


def vault_rows(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the secret fields of the Vault table whose header is line `i`."""
    if _VAULT_HEADER.match(block[i]) is None:
        return
    if i + 1 >= len(block) or _VAULT_RULE.match(block[i + 1]) is None:
        return
    for j in range(i + 2, min(len(block), i + 2 + _VAULT_REACH)):
        row = _VAULT_ROW.match(block[j])
        if row is None:
            return  # (the table ends: a blank line, a value with spaces ends no table here)
        if row.group("n") in _VAULT_SECRETS and _secret_value(row.group("v")):
            yield j, row.group("v")


# --- Ansible's result of a task that names a secret

_TASK = lazyre.compile(r"(?:^|\| )TASK \[(?P<n>[^\]\n]{1,256})\]")
_RESULT = lazyre.compile(r"(?:^|\| )(?:ok|changed): \[[^\]\n]{1,256}\] => \{")
_MSG = lazyre.compile(r"[ \t]*\"msg\": \"(?P<v>[^\"\\\s]{1,4096})\"[ \t]*,?[ \t]*\r?\n?\Z")
TASK_LITERALS = ("task [",)
TASK_HINTS = (r"task \[[^\]\n]*(?:pass|pwd|secret|token|key|credential|auth)",)
_TASK_REACH = 8  # lines from the task's header to its result's member


def task_results(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the `msg` of the result of the task whose header is line `i`, when
    the task's name names a secret."""
    task = _TASK.search(block[i])
    if task is None or not context_ends(task.group("n")):
        return
    opened = False
    for j in range(i + 1, min(len(block), i + 1 + _TASK_REACH)):
        text = block[j]
        if _TASK.search(text) is not None:
            return  # the next task
        if not opened:
            opened = _RESULT.search(text) is not None
            continue
        if text.strip() == "}":
            return
        value = _read(_MSG, text)
        if value:
            yield j, value
            return


# --- the default or value of a mapping declared under a secret's name

# a YAML key with nothing after it, a JSON member that opens an object, an HCL variable block
_DECLARED = lazyre.compile(
    r"(?P<i>[ \t]*)(?:(?P<q>[\"']?)(?P<n>[\w.-]{1,64})(?P=q)[ \t]*:[ \t]*\{?"
    r"|variable[ \t]+\"(?P<h>[\w.-]{1,64})\"[ \t]*\{)[ \t]*\r?\n?\Z"
)
# a member's value that fills the rest of its line (quoted or not, a comma after it at most)
_VALUE_TAIL = r"[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<v>[^\s\"'#,]{1,4096})(?P=q)[ \t]*,?[ \t]*\r?\n?\Z"
_MEMBER = lazyre.compile(r"[ \t]*[\"']?(?:default|value)[\"']?" + _VALUE_TAIL)
DECLARED_LITERALS = ("pass", "pwd", "secret", "token", "key", "auth", "credential")
DECLARED_HINTS = (
    r"(?:pass|pwd|secret|token|key|auth|credential)[\w.-]*[\"']?[ \t]*:[ \t]*\{?[ \t]*\r?$",
    r"variable[ \t]+\"[^\"\n]*(?:pass|pwd|secret|token|key|auth|credential)",
)
_DECLARED_REACH = 8  # members read under the name
_SECRET_ID = lazyre.compile(r"secret[_-]?id\Z", re.IGNORECASE)
# a name's parts (`redis_auth_string`, `wandbApiKey`) and the ones that name a secret as a word
# of their own (`tokenizer`, `max_tokens` name none)
_PARTS = lazyre.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_SECRET_PARTS = frozenset(
    (
        *("password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "key"),
        *("apikey", "auth", "credential", "credentials"),
    )
)


# nginx's directives that pass a request on (`proxy_pass`, `grpc_pass`): "pass" is the verb
_PASSES_ON = frozenset(("proxy", "fastcgi", "uwsgi", "scgi", "grpc", "memcached"))


def _declares_secret(name: str) -> bool:
    """The name names a secret by a part of its own, and not something public about it
    (`vault-secret-path`); AppRole's `secret-id` is its secret."""
    if _SECRET_ID.search(name) is not None:
        return True
    parts = [p.lower() for p in _PARTS.findall(name)]
    if parts[-2:-1] and parts[-1] == "pass" and parts[-2] in _PASSES_ON:
        return False
    return bool(parts) and not _SECRET_PARTS.isdisjoint(parts) and parts[-1] not in PUBLIC_NAMES


def declared_values(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the `default` or `value` member of the mapping line `i` declares
    under a secret's name: its members are the lines indented deeper, up to the mapping's end."""
    head = _DECLARED.match(block[i])
    if head is None:
        return
    name = head.group("n") or head.group("h")
    if not _declares_secret(name):
        return
    indent = len(head.group("i"))
    for j in range(i + 1, min(len(block), i + 1 + _DECLARED_REACH)):
        text = block[j]
        stripped = text.strip()
        if not stripped or len(text) - len(text.lstrip()) <= indent:
            return  # (the mapping ends: a blank line, a line as shallow as its name, `}`)
        value = _read(_MEMBER, text)
        if value:
            yield j, value
            return


# --- a record whose key or name is a secret's own name

_RECORD_NAME = lazyre.compile(
    r"(?P<i>[ \t]*)(?:- )?[\"']?(?:key|name)[\"']?[ \t]*:[ \t]*[\"']?(?P<n>[\w.-]{1,64})[\"']?"
    r"[ \t]*,?[ \t]*\r?\n?\Z"
)
_RECORD_VALUE = lazyre.compile(r"[ \t]*[\"']?value[\"']?" + _VALUE_TAIL)
RECORD_LITERALS = ("key", "name")
RECORD_HINTS = (
    r"(?:key|name)[\"']?[ \t]*:[ \t]*[\"']?[\w.-]*(?:pass|pwd|secret|token|key|credential)",
)
_RECORD_REACH = 8  # members read on either side of the name


def named_records(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the `value` member of the record whose `key` or `name` member, line
    `i`, is a secret's own name: the members above and below at its indentation."""
    head = _RECORD_NAME.match(block[i])
    if head is None or not own_secret_name(head.group("n")):
        return
    indent = len(head.group("i")) + (2 if block[i].lstrip().startswith("- ") else 0)
    below = range(i + 1, min(len(block), i + 1 + _RECORD_REACH))
    above = range(i - 1, max(-1, i - 1 - _RECORD_REACH), -1)
    for lines in (below, above):
        for j in lines:
            text = block[j]
            depth = len(text) - len(text.lstrip())
            if depth != indent or text.strip()[:1] in "{}[]-":
                break  # the record ends
            value = _read(_RECORD_VALUE, text)
            if value:
                yield j, value
                return


# --- a source line a diagnostic shows with its number

# Terraform's diagnostic quotes the line it is about (`│   41:     value = "…"`): a helm_release's
# `set` block's value, a variable's default, as literals in the code
_SNIPPET = lazyre.compile(
    r"(?:^|│)[ \t]{0,8}\d{1,5}:[ \t]{1,16}(?:value|default)[ \t]{0,4}=[ \t]{0,4}"
    r"\"(?P<v>[^\"\s\\$]{8,256})\"[ \t]*\r?\n?\Z"
)
SNIPPET_LITERALS = ("value", "default")
SNIPPET_HINTS = (r"[0-9]:[ \t]+(?:value|default)[ \t]*=[ \t]*\"[^\"\s]{8}",)
# an AWS resource's id (`sg-0a1b2c3d4e5f67890`, `ami-…`): generated, but public
_RESOURCE_ID = lazyre.compile(r"[a-z]{2,16}-[0-9a-f]{8,17}\Z")


def snippet_values(text: str) -> Iterator[str]:
    """A literal `value` or `default` that reads as generated on a numbered source line."""
    m = _SNIPPET.search(text)
    if m is not None and _RESOURCE_ID.match(m.group("v")) is None and looks_random(m.group("v")):
        yield m.group("v")


# --- a value piped to a command that stores it as a secret

# `echo -n '…' | kubeseal --raw …`, `printf '…' | gcloud secrets create NAME --data-file=-`,
# `| docker secret create NAME -`, `| kubectl create secret generic … --from-file=…=/dev/stdin`
_PIPED = lazyre.compile(
    r"(?:^|[\s;&(])(?:echo(?:[ \t]{1,4}-[neE]{1,3}){0,2}|printf(?:[ \t]{1,4}['\"]?%s['\"]?)?)"
    r"[ \t]{1,4}(?P<q>['\"]?)(?P<v>[^\s'\"|;&]{1,256})(?P=q)[ \t]{0,4}\|[ \t]{0,4}"
    r"(?:kubeseal|(?:gcloud|docker|podman)[ \t]{1,4}secrets?[ \t]{1,4}(?:create|versions[ \t]{1,4}add)"
    r"|kubectl[ \t][^|;&\n]{0,256}create[ \t]{1,4}secret)"
)
# a base64 run echoed into a decoder: the decoded text is what the line holds
_DECODED = lazyre.compile(
    r"(?:^|[\s;&(])(?:echo(?:[ \t]{1,4}-[neE]{1,3}){0,2}|printf(?:[ \t]{1,4}['\"]?%s['\"]?)?)"
    r"[ \t]{1,4}(?P<q>['\"]?)(?P<v>[A-Za-z0-9+/]{12,1024}={0,2})(?P=q)[ \t]{0,4}\|[ \t]{0,4}"
    r"base64[ \t]{1,4}(?:-d|--decode|-D)\b"
)
PIPED_LITERALS = ("echo", "printf")  # (what both PIPED_HINTS require)
PIPED_HINTS = (
    r"(?:echo|printf)[^\n|]*\|[ \t]*(?:kubeseal|gcloud[ \t]+secrets|docker[ \t]+secret"
    r"|podman[ \t]+secret|kubectl[ \t][^\n]*create[ \t]+secret)",
    r"(?:echo|printf)[^\n|]*[0-9a-z+/]{12}[^\n|]*\|[ \t]*base64[ \t]+(?:-d|--decode)",
)


def piped_secrets(text: str) -> Iterator[str]:
    """A value echoed into a command that seals or stores it as a secret, or base64 echoed
    into a decoder whose text reads as a secret."""
    for m in _PIPED.finditer(text):
        if _secret_value(m.group("v")):
            yield m.group("v")
            return
    for m in _DECODED.finditer(text) if "base64" in text else ():
        run = m.group("v")
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True).decode()
        except (binascii.Error, ValueError):
            continue
        value = decoded.strip()  # (`echo` and a file's content end in a newline)
        if value.isprintable() and " " not in value and _secret_value(value):
            yield run
            return


# --- a Secret's field decoded on the line after the command that decodes it

# (GitHub Actions' log names the step's command after `##[group]Run`, each line after a time)
_RUN_STEP = lazyre.compile(r"(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z )?##\[group\]Run (?P<c>.{1,2048})")
_STEP_TIME = lazyre.compile(r"\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ")
_DECODES = lazyre.compile(r"\|[ \t]{0,4}base64[ \t]{1,4}(?:-d|--decode|-D)\b")
DECODED_LITERALS = ("base64",)  # (DECODED_HINTS lets blanks vary: `|base64  -d`)
DECODED_HINTS = (r"(?:secret|\.data)[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)",)


def decoded_outputs(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of what a command at a prompt or a CI step prints when it decodes a field
    that names a secret (`kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`):
    the next line, or its text before the next prompt glued to it, judged as a value its place
    names a secret; a generator's passphrase of a few pieces read joined."""
    if i + 1 >= len(block) or _DECODES.search(block[i]) is None:
        return
    step = _RUN_STEP.match(block[i])
    command = step.group("c") if step else gateprompts.command(block[i])
    if command is None or not names_secret(command):
        return
    text = block[i + 1]
    if step is not None:
        time = _STEP_TIME.match(text)
        text = text[time.end() :] if time else text
    value = (gateprompts.glued_output(block[i], text) or text).strip()
    pieces = value.split()
    if "[REDACTED" in value or not 1 <= len(pieces) <= 4:
        return
    joined = "-".join(pieces)
    if MIXED_RX.search(joined) and plausible_secret(joined) and not reference(joined):
        yield i + 1, value


# --- a secret store's answer pretty-printed over lines

# (JSON's `"name": "…"`, YAML's `name: …` as `--format=yaml` prints it)
_STORE_NAME = lazyre.compile(
    r"[ \t]*(?:\"name\"[ \t]*:[ \t]*\"[^\"\s]{0,256}/secrets/[^\"\s]{1,256}\""
    r"|name:[ \t]{1,4}[^\"\s]{0,256}/secrets/[^\"\s]{1,256}[ \t]*\Z)"
)
# `az keyvault secret show … -o table`: a header of columns over a rule of dashes, the secret in
# the cell under `Value` (its JSON's `value` beside the secret's id: gateplaces.store_secrets)
_KEYVAULT_SHOW = lazyre.compile(r"\baz[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}(?:show|set)\b")
_VALUE_COLUMN = lazyre.compile(r"(?<!\S)Value(?!\S)")
_DASH_RULE = lazyre.compile(r"[ \t]{0,64}-{2,1024}(?:[ \t]{1,64}-{2,1024}){1,32}[ \t]*\Z")
STORE_LITERALS = ("/secrets/", "keyvault")
STORE_HINTS = (
    r"\"name\"[ \t]*:[ \t]*\"[^\"\n]*/secrets/",
    r"name:[ \t]+[^\"\s]*/secrets/",
    r"az[ \t]+keyvault[ \t]+secret[ \t]+(?:show|set)\b",
)
_STORE_REACH = 6  # lines of the answer read after the secret's name


def store_objects(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the payload of a secret store's answer whose `name` (a secret's resource
    name, `projects/…/secrets/…`) is line `i` (`gcloud secrets versions access … --format=json`):
    the lines after it read as one, as when the answer is printed on one line (gateplaces); or
    the cell under `Value` in the table `az keyvault secret show -o table` on line `i` prints."""
    if "keyvault" in block[i]:
        yield from _keyvault_table(block, i)
        return
    if _STORE_NAME.match(block[i]) is None:
        return
    for j in range(i + 1, min(len(block), i + 1 + _STORE_REACH)):
        for value in store_secrets(block[i] + " " + block[j]):
            yield j, value
            return


def _keyvault_table(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    if i + 3 >= len(block) or _KEYVAULT_SHOW.search(block[i]) is None:
        return
    column = _VALUE_COLUMN.search(block[i + 1])
    rule = block[i + 2]
    if column is None or _DASH_RULE.fullmatch(rule) is None:
        return
    at = column.start()
    if rule[at : at + 1] != "-" or rule[at - 1 : at] not in (" ", "\t", ""):
        return  # (the rule says where each column starts: `Value` must start one)
    for j in range(i + 3, min(len(block), i + 3 + _STORE_REACH)):
        row = block[j]
        if len(row) <= at or row[at - 1 : at] not in (" ", "\t", ""):
            return
        cell = row[at:].split()
        if cell and _secret_value(cell[0]):
            yield j, cell[0]
            return


# --- Pulumi's secret marker

# (the signature key Pulumi's state gives an object that holds a secret, and its value)
MARKER_LITERALS = ("4dabf18193072939515e22adb298388d",)
MARKER_HINTS = (r"\"4dabf18193072939515e22adb298388d\"",)
_MARKER_REACH = 3  # lines either side of the signature the object's `plaintext` is sought on
_PLAINTEXT = lazyre.compile(r'[>\s]*"plaintext"[ \t]*:[ \t]*("(?:[^"\\]|\\.)*")')


def _json_text(quoted: str) -> str:
    """A JSON string's text, and the text of a JSON string inside it (the marked value's own
    JSON: `"\\"…\\""`)."""
    try:
        value = json.loads(quoted)
        if isinstance(value, str) and value.startswith('"'):
            value = json.loads(value)
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def marked_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the `plaintext` of the object whose secret signature is on line `i`."""
    if '"4dabf18193072939515e22adb298388d"' not in block[i]:
        return
    for j in range(max(0, i - _MARKER_REACH), min(len(block), i + 1 + _MARKER_REACH)):
        m = _PLAINTEXT.match(block[j])
        if m is not None:
            value = _json_text(m.group(1))
            if value and plausible_secret(value):
                yield j, value
            return
