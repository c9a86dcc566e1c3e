"""An object whose own members say it holds a secret, though the member that holds it has a plain
name: one member names the kind (`"type": "secret"`, `"kind": "password"`, SSM's `"Type":
"SecureString"`) or marks it (`"sensitive": true`, `"secret": true`, `"masked": true`, Azure
DevOps' `"isSecret": true`, Bitbucket's `"secured": true`), or names the secret (`"key":
"DB_PASSWORD"`, `"name": "API_TOKEN"`), and a sibling holds the value (`value`, `data`,
`current_value`, `default`, `plaintext`, …): Keycloak's `kcadm.sh get …/client-secret`, Terraform's
`output -json`, Postman environments, CI variable APIs.

One home for what marks an object: `marks_secret` judges a member, `holds_value` a holder's name;
jsontree.py applies them to an object on one line. Here, the same object pretty-printed over lines
(JSON or YAML) as a CLI prints it: `MarkedObjects` reads the block around each marking member the
prefilter picked, its siblings above and below at the same indentation (a bounded window), and
carries an object still open at the end of a block into the next one."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_FLAGS = frozenset(
    {"sensitive", "secret", "masked", "secured", "issecret", "issensitive", "ismasked", "issecured"}
)
# (1Password's items: a field's `"purpose": "PASSWORD"`, its `"type": "CONCEALED"`)
_KIND_KEYS = frozenset(
    {"type", "kind", "category", "valuetype", "fieldtype", "inputtype", "purpose"}
)
# the kinds that say the object is a secret (not a type name that holds one: `kind:
# ExternalSecret`, `type: kubernetes.io/tls`); `Opaque` is a Kubernetes Secret's own type, as
# Terraform's state records a `kubernetes_secret` (`"type": "Opaque"` beside its `binary_data`)
_SECRET_KINDS = frozenset(
    {
        "secret", "password", "passphrase", "token", "credential", "credentials", "apikey",
        "secrettext", "securestring", "privatekey", "clientsecret", "sharedsecret", "concealed",
        "opaque",
    }
)  # fmt: skip
# a resource that generates a secret, as Terraform's state records it (`"type": "random_password"`
# / `"instances": [` / … `"result": "…"`): the members that hold it, at any depth below
_GENERATED = {"randompassword": frozenset({"result", "bcrypthash"})}
# a `random_string` is a secret only when its resource's name says so (`"name":
# "master_password"`; most are suffixes of names): its `result`, and its `id`, which repeats it
_RANDOM_STRING = lazyre.compile(r"[ \t]*\"type\"[ \t]*:[ \t]*\"random_string\"[ \t]*,?[ \t]*")
_NAMED_GENERATED = frozenset({"result", "id"})
_RESOURCE_LINES = 4  # a resource's members between its `type` and its `name`
_NAMING_KEYS = frozenset({"key", "name", "variable", "env", "setting"})
# the name of one key of an account's pair (`"keyName": "key1"`: Azure storage accounts, Service
# Bus, Event Hubs, as `az … keys list` prints them)
_KEY_RECORD = "keyname"
_HOLDERS = frozenset(
    {
        "value", "values", "data", "currentvalue", "initialvalue", "defaultvalue", "default",
        "plaintext", "secretvalue", "secretstring", "payload", "content", "binarydata",
    }
)  # fmt: skip
_WINDOW = 32  # lines looked at above and below a marking member


def _norm(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def marks_secret(key: str, value: object) -> bool:
    """Does the member `key: value` say its object holds a secret?"""
    k = _norm(key)
    if k in _FLAGS:
        return value is True or (isinstance(value, str) and value.lower() == "true")
    if not isinstance(value, str):
        return False
    if k in _KIND_KEYS:
        return _norm(value) in _SECRET_KINDS or _norm(value) in _GENERATED
    if k == _KEY_RECORD:
        return bool(value)  # the record of one key (Azure's `keys list`): its `value` is the key
    return k in _NAMING_KEYS and is_secret_name(value)


def holds_value(key: str) -> bool:
    """Is `key` a name under which a marked object keeps its secret?"""
    return _norm(key) in _HOLDERS


def marked(node: dict[object, object]) -> bool:
    """Does a member of the object mark it (jsontree.py)?"""
    return any(isinstance(k, str) and marks_secret(k, v) for k, v in node.items())


# a member of a pretty-printed object: `"key": value,` (JSON) or `key: value` (YAML, `- ` first)
_MEMBER = lazyre.compile(
    r"(?P<lead>[ \t]*(?:-[ \t]{1,4})?)(?P<kq>[\"']?)(?P<k>[A-Za-z_$][\w.$-]{0,63})(?P=kq)[ \t]*:"
    r"(?:[ \t]*(?P<v>\"(?:[^\"\\\n]|\\.){0,4096}\"|'[^'\n]{0,4096}'|[^\s\"'#][^\n]{0,4095}?))?"
    r"[ \t]{0,8},?[ \t]{0,8}"
)
_OPENS = ("{", "[")
_QUOTED = lazyre.compile(r"\"(?P<v>(?:[^\"\\\n]|\\.){1,4096})\"|'(?P<s>[^'\n]{1,4096})'")
_ITEM = lazyre.compile(
    r"[ \t]*(?:-[ \t]{1,4})?(?P<q>[\"']?)(?P<v>[^\s\"'{}\[\],#][^\n]{0,4095}?)(?P=q)[ \t]{0,8},?[ \t]{0,8}"
)


@dataclass
class _Member:
    col: int  # where its key starts (siblings share it)
    item: bool  # the first member of a YAML sequence's item (`- type: secret`)
    key: str
    value: str | None  # as written (quoted or not), None when the line ends after `:`
    vpos: int
    quoted: bool  # a JSON member (`"key": …`)


def _member(line: str) -> _Member | None:
    start = body_start(line)
    m = _MEMBER.fullmatch(line, start)
    if m is None:
        return None
    value = m.group("v")
    return _Member(
        m.start("k") - start - len(m.group("kq")),
        "-" in m.group("lead"),
        m.group("k"),
        value,
        m.start("v") if value is not None else -1,
        bool(m.group("kq")),
    )


def _unquoted(value: str) -> str:
    if value[:1] in ("'", '"') and value[-1:] == value[:1] and len(value) >= 2:
        return value[1:-1]
    return value


def _indent(line: str) -> int:
    body = line[body_start(line) :]
    return len(body) - len(body.lstrip(" \t"))


# a PEM block of public material (a TLS Secret's `tls.crt` and `ca.crt`), as base64: its header
# decoded, and no private key anywhere in it
_PUBLIC_PEM = re.compile(
    rb"-----BEGIN (?:[A-Z0-9.]{1,12} ){0,3}(?:CERTIFICATE|CERTIFICATE REQUEST|X509 CRL|PUBLIC KEY)"
    rb"-----"
)


def _public_pem_base64(value: str) -> bool:
    if not value.startswith("LS0tLS1CRUdJTi"):  # `-----BEGIN ` in base64
        return False
    try:
        text = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return _PUBLIC_PEM.match(text) is not None and b"PRIVATE" not in text


def _value_span(line: str, m: _Member) -> Span | None:
    if m.value is None:
        return None
    raw = m.value
    value = _unquoted(raw)
    if raw[:1] not in ("'", '"') and (value in ("null", "~") or value.startswith(_OPENS)):
        return None
    if not value or is_trivial_value(value) or is_reference_value("value", value):
        return None
    if _public_pem_base64(value):
        return None  # a certificate, public by its form
    start = m.vpos + (1 if raw[:1] in ("'", '"') else 0)
    return start, start + len(value), KIND


def _leaf_span(line: str) -> Span | None:
    """A string inside a holder's object or list (`"value": {` / `"user": "…"`)."""
    m = _member(line)
    if m is not None:
        return _value_span(line, m)
    item = _ITEM.fullmatch(line, body_start(line))
    if item is None:
        return None
    value = item.group("v")
    if is_trivial_value(value) or value.startswith(_OPENS):
        return None
    return item.start("v"), item.end("v"), KIND


@dataclass
class _Open:
    col: int  # the object's members' column
    left: int  # lines left to look at
    inside: int | None = None  # a holder's container is open: its lines deeper than `col`
    deep: frozenset[str] = frozenset()  # members that hold the secret at any depth below


def _marks(m: _Member) -> bool:
    """A flag or a kind marks the object, and in JSON a naming member (in YAML, `- name: X` /
    `value: …` is keyvalue.py's and filestate.py's, which carries that `value:` line's pattern to
    the lines below)."""
    if m.value is None or (not m.quoted and _norm(m.key) in _NAMING_KEYS):
        return False
    value = _unquoted(m.value)
    flag: object = True if value == "true" else value
    return marks_secret(m.key, flag)


def _random_string_above(lines: list[str], i: int) -> bool:
    """A Terraform state's resource `"type": "random_string"` a few lines above its name."""
    return any(
        _RANDOM_STRING.fullmatch(lines[j]) is not None
        for j in range(max(0, i - _RESOURCE_LINES), i)
    )


class MarkedObjects:
    """The block pass: for each marking member among the candidate lines, its siblings' values."""

    def __init__(self) -> None:
        self.carry: _Open | None = None

    def spans(self, lines: list[str], order: list[int]) -> dict[int, list[Span]]:
        out: dict[int, list[Span]] = {}
        carry, self.carry = self.carry, None
        done = 0
        if carry is not None:
            done = self._below(lines, 0, carry, out)
        for i in order:
            if i < done:
                continue
            line = lines[i]
            if ":" not in line:
                continue
            m = _member(line)
            if m is None or not _marks(m):
                continue
            self._above(lines, i, m, out)
            deep = _GENERATED.get(_norm(_unquoted(m.value or "")), frozenset())
            if m.key == "name" and _random_string_above(lines, i):
                deep = _NAMED_GENERATED
            done = self._below(lines, i + 1, _Open(m.col, _WINDOW, deep=deep), out)
        return out

    @staticmethod
    def _above(lines: list[str], i: int, mark: _Member, out: dict[int, list[Span]]) -> None:
        if mark.item:
            return  # the marking member opens its item: nothing above is a sibling
        deeper: list[int] = []  # lines inside the sibling above (its object or list)
        for j in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
            line = lines[j]
            if not line.strip():
                continue
            m = _member(line)
            col = m.col if m is not None else _indent(line)
            if col > mark.col or (m is None and col == mark.col and line.strip()[:1] in "}]"):
                deeper.append(j)
                continue
            if m is None or col < mark.col:
                return
            if holds_value(m.key):
                span = _value_span(line, m)
                if span is not None:
                    out.setdefault(j, []).append(span)
                elif m.value is None or _unquoted(m.value).startswith(_OPENS):
                    for k in deeper:  # the holder's object or list: its strings
                        leaf = _leaf_span(lines[k])
                        if leaf is not None:
                            out.setdefault(k, []).append(leaf)
            deeper = []
            if m.item:
                return

    def _below(self, lines: list[str], i: int, state: _Open, out: dict[int, list[Span]]) -> int:
        """Siblings from line `i` on; returns the first line past the object."""
        j = i
        while j < len(lines):
            if state.left <= 0:
                return j
            state.left -= 1
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            m = _member(line)
            col = m.col if m is not None else _indent(line)
            if col > state.col or (m is None and state.inside is not None and col == state.col):
                if m is not None and _norm(m.key) in state.deep:
                    span = _value_span(line, m)
                    if span is not None:
                        out.setdefault(j, []).append(span)
                elif state.inside is not None:
                    span = _leaf_span(line)
                    if span is not None:
                        out.setdefault(j, []).append(span)
                j += 1
                continue
            state.inside = None
            if m is None or col < state.col or m.item:
                return j  # the object closed, or the next item of a sequence starts
            if holds_value(m.key):
                span = _value_span(line, m)
                if span is not None:
                    out.setdefault(j, []).append(span)
                elif m.value is None or _unquoted(m.value).startswith(_OPENS):
                    state.inside = state.col
            j += 1
        self.carry = state
        return j


_MARK_WORDS = "|".join(
    sorted(_SECRET_KINDS | {"secret_text", "secure_string", "private_key", "random_password"})
)
MARK_PATTERNS = (
    r"(?:sensitive|secret|masked|secured)[\"']?[ \t]*:[ \t]*[\"']?true",
    r"(?:type|kind|category|purpose)[\"']?[ \t]*:[ \t]*[\"']?(?:" + _MARK_WORDS + r")[\"']?",
    r"key_?name[\"']?[ \t]*:[ \t]*[\"']?\w",
)
# The lines that hold a marking member (a naming member's secret name: keyvalue.py's hints).
MARK_HINTS = (
    "sensitive", "secret", "masked", "secured", "password", "passphrase", "token", "credential",
    "apikey", "securestring", "privatekey", "private_key", "keyname", "key_name", "concealed",
    "opaque",
)  # fmt: skip
MARK_ARMING = Detector(
    KIND,
    MARK_HINTS,
    lambda line: iter(()),
    (MARK_PATTERNS[0], MARK_PATTERNS[1] + r"[ \t]*,?[ \t]*$", MARK_PATTERNS[2]),
)  # fmt: skip
