"""JSON objects in a line, judged by their structure: every string anywhere below a
secret-named key (`{"database_password": {"value": "…"}}`, `"tokens": ["…", "…"]`), the `value`
of an object whose `key`, `name` or `variable` names a secret (`{"key": "MYSQL_PASSWORD", "value":
"…"}`) or that one of its members marks (marked.py: `"sensitive": true` in Terraform outputs and
plans, the record of a key `{"keyName": "key1", "value": "…"}`), and a record's secret its other
members point out (a Jupyter kernel's connection file's `key`, `kaggle.json`'s `key` beside its
`username`, a notebook password widget's `value`). A key that refers to a secret held elsewhere
(`secretKeyRef`, `name`, `existingSecret`) ends the secret context below it. A Python dict's
repr is read the same (single quotes, `True`, `None`) when the line holds no double quote, and
its generated strings below a secret name go.

The line is parsed from its first `{` or `[` (a log prefix before it is fine); a line that does
not parse is left to the other layers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.marked import MARK_HINTS, MARK_PATTERNS, holds_value, marked
from wbdiag.redact.names import NAME_HINTS, is_reference_name, is_secret_name, words
from wbdiag.redact.shapednames import is_shaped_name, is_shaped_secret
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_key_hash, is_key_id, is_trivial_value

KIND = "keyvalue"
_DECODER = json.JSONDecoder()
_NAMING_KEYS = ("key", "name", "Key", "Name", "variable", "Variable", "env", "setting")
# (the value as the record encodes it: `{"name": "SESSION_SECRET", "b64": "…"}`)
_VALUE_KEYS = ("value", "Value", "b64", "base64", "Base64", "value_b64", "valueBase64")
# a pair of fields named for each other: `ParameterKey` / `ParameterValue` (CloudFormation),
# `HeaderName` / `HeaderValue` (CloudFront), `option_name` / `option_value`
_PAIRED_NAMING = ("Key", "Name", "_key", "_name")
_PAIRED_VALUE = ("Value", "_value")


def _named(node: dict[object, object]) -> bool:
    """Does a field of the object name a secret whose value a sibling holds?"""
    for k in _NAMING_KEYS:
        v = node.get(k)
        if isinstance(v, str) and is_secret_name(v):
            return True
        if isinstance(v, str) and is_shaped_name(v):
            # (`{"name": "code", "value": …}`: by the value's shape)
            value = node.get("value", node.get("Value"))
            return isinstance(value, str) and is_shaped_secret(v, value)
    if len(node) > 8 or not any(isinstance(o, str) and o.endswith(_PAIRED_VALUE) for o in node):
        return False
    return any(
        isinstance(k, str)
        and k.endswith(_PAIRED_NAMING)
        and isinstance(v, str)
        and is_secret_name(v)
        for k, v in node.items()
    )


_NUMBERED = lazyre.compile(r"(?P<f>[A-Za-z_]{1,64}?)(?:Name|_name)(?P<n>\d{1,2})")


def _numbered_values(node: dict[object, object]) -> set[str]:
    """The value fields of numbered name/value pairs whose name field names a secret (Grafana's
    `httpHeaderName1: Authorization` / `httpHeaderValue1`), each by its own number."""
    out: set[str] = set()
    for k, v in node.items():
        m = _NUMBERED.fullmatch(k) if isinstance(k, str) else None
        if m is not None and isinstance(v, str) and is_secret_name(v):
            out.update(m.group("f") + sep + m.group("n") for sep in ("Value", "_value"))
    return out


_MAX_DEPTH = 64
_MAX_LINE = 1 << 20
_OPEN = lazyre.compile(r"\{[ \t]{0,8}\"|\[[ \t]{0,8}\{")
_MAX_TRIES = 4  # objects tried per line: a log prefix may hold a `[` or two


def _record_secrets(node: dict[object, object], out: set[str]) -> None:
    """The secret of a record its other members say what it is, though no name says secret: a
    Jupyter kernel's connection file (`*_port`s and `signature_scheme`: its `key` signs every
    message to the kernel), a credentials file of a user and a bare key (`kaggle.json`), and a
    notebook widget whose model is a password field (its `value`, also below its `state`)."""
    key = node.get("key")
    if isinstance(key, str) and not is_trivial_value(key):
        ports = sum(1 for k in node if isinstance(k, str) and k.endswith("_port"))
        if ("signature_scheme" in node or ports >= 2) or (
            len(node) <= _CREDENTIAL_MEMBERS
            and isinstance(node.get("username"), str)
            and _KEY_TOKEN.fullmatch(key) is not None
            and looks_random(key)
        ):
            out.add(key)
    if node.get("model_name", node.get("_model_name")) in _PASSWORD_MODELS:
        state = node.get("state")
        for holder in (node, state if isinstance(state, dict) else {}):
            value = holder.get("value")
            if isinstance(value, str) and value and not is_trivial_value(value):
                out.add(value)


_CREDENTIAL_MEMBERS = 3
_KEY_TOKEN = lazyre.compile(r"[A-Za-z0-9_.~+=-]{16,512}")  # (not a path, not words: a cache key)
# ipywidgets' password field (`widgets.Password`), as a notebook saves its state
_PASSWORD_MODELS = ("PasswordModel",)


def _secret_strings(
    node: object, secret: bool, depth: int, out: set[str], key: str = "value"
) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, dict):
        flagged = marked(node)
        named = _named(node)
        numbered = _numbered_values(node) if len(node) <= 64 else set()
        _record_secrets(node, out)
        # a listing of secrets' records under their plural (Elasticsearch's `"api_keys": [{"id":
        # …, "name": …, "realm": …}]`): each member is judged by its own name, but the value
        listing = secret and words(key)[-1:] in _PLURALS and _listing_record(node)
        for k, v in node.items():
            key = str(k)
            if isinstance(v, str) and is_key_hash(key, v) and _numeric(node.get("spend")):
                continue  # LiteLLM's spend log row: the hash of the key that paid
            listed_id = isinstance(v, str) and is_key_id(key, v) and "expired_at" in node
            if listed_id and "api_secret" not in node:
                continue  # EMQX's API key list: each key's id
            if secret and _metadata(key):
                continue  # a secret's version or date (Envoy's SDS dump: `version_info`)
            if secret and is_reference_name(key) and not is_secret_name(key):
                if key in ("name", "key") and isinstance(v, str) and _generated(v):
                    # W&B's ApiKey object: its `name` or `key` is the key (`generateApiKey`)
                    out.add(v)
                continue  # `secretKeyRef: {name: …}` below `password:` names the secret
            child = (
                (secret and not (listing and key not in _RECORD_VALUE_KEYS))
                or is_secret_name(key)
                or ((flagged or named) and (key in _VALUE_KEYS or key.endswith(_PAIRED_VALUE)))
                or (flagged and holds_value(key))
                or key in numbered
            )
            _secret_strings(v, child, depth + 1, out, key)
    elif isinstance(node, list):
        for item in node:
            _secret_strings(item, secret, depth + 1, out, key)
    elif isinstance(node, str) and node[:2] in _NESTED_OPEN and node[-1:] in "}]":
        # a JSON document logged as a string inside another (wandb-core's `"settings": "{…}"`)
        try:
            inner = json.loads(node)
        except (ValueError, RecursionError):
            inner = None
        if isinstance(inner, (dict, list)):
            _secret_strings(inner, secret, depth + 1, out, key)
        elif secret and not is_trivial_value(node):
            out.add(node)
    elif (
        secret
        and isinstance(node, str)
        and not is_trivial_value(node)
        and not is_reference_value(key, node)
    ):
        out.add(node)


_NESTED_OPEN = ('{"', "[{", "[]", "{}")


def _numeric(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# members of a secret's record that say which version of it this is, or when it changed, or
# what it grants (a licence's `"flags": ["SCIM", "BYOB"]`, as W&B's `serverInfo` answers)
_METADATA_WORDS = frozenset(
    {"version", "revision", "updated", "created", "timestamp", "flags", "features"}
)


def _metadata(key: str) -> bool:
    ws = words(key)
    return bool(ws) and not is_secret_name(key) and any(w in _METADATA_WORDS for w in ws)


# the members of a secret's record that hold the secret itself (`{"id": …, "key": "…"}`)
_PLURALS = (["keys"], ["tokens"], ["secrets"], ["credentials"], ["apikeys"])
_RECORD_VALUE_KEYS = frozenset({"value", "Value", "key", "Key"})


def _listing_record(node: dict[object, object]) -> bool:
    """A record in a list of secrets' records: it names itself by an id."""
    return any(k in node for k in ("id", "Id", "ID", "uuid"))


# a generated key's shape (40 hex, base62): no Kubernetes object is named so
_GENERATED = lazyre.compile(r"[A-Za-z0-9_-]{32,256}")


def _generated(value: str) -> bool:
    return _GENERATED.fullmatch(value) is not None and looks_random(value, 32)


# Python's repr of a dict (`{'azure_account_url_to_access_key': {'https://…': '…'}}`, as the
# wandb SDK logs its settings): read as JSON once its quotes and constants are JSON's, each of
# the same length, so every position stays; only generated strings below a secret name go (a
# program's repr holds its own settings' words and names there)
_PY_OPEN = lazyre.compile(r"\{[ \t]{0,8}'")
_PY_CONSTANTS = lazyre.compile(r"(?<=[:,\[][ \t])(?:True|False|None)(?=[,}\]])")
_JSON_CONSTANTS = {"True": "true", "False": "false", "None": "null"}


def _as_json(line: str) -> str | None:
    """A line that holds a Python dict's repr and no double quote, in JSON's quotes (None
    otherwise: a `"` makes the quotes ambiguous)."""
    if '"' in line or "{'" not in line.replace("{ ", "{") or _PY_OPEN.search(line) is None:
        return None
    text = line.replace("'", '"')
    return _PY_CONSTANTS.sub(lambda m: _JSON_CONSTANTS[m.group()], text)


# a JavaScript object as a browser's console or a client library logs it (Apollo Client's
# `{data: {… apiKeys: {edges: [{node: {name: '…'}}]}}}`): bare keys, single quotes
_JS_OPEN = lazyre.compile(r"\{[ \t]{0,8}[A-Za-z_$][\w$]{0,64}[ \t]{0,8}:")
_JS_KEY = lazyre.compile(r"(?<=[{,])([ \t]{0,8})([A-Za-z_$][\w$]{0,64})(?=[ \t]{0,8}:)")


def _js_values(line: str) -> Iterator[Span]:
    """A JavaScript object's generated strings below a secret name, found in the line with its
    quotes swapped (same length); no `"` in the line, so no quote is ambiguous."""
    if '"' in line or "'" not in line or (m := _JS_OPEN.search(line)) is None:
        return
    swapped = line.replace("'", '"')
    try:
        doc, _ = _DECODER.raw_decode(_JS_KEY.sub(r'\1"\2"', swapped[m.start() :]))
    except (ValueError, RecursionError):
        return
    if isinstance(doc, dict):
        found: set[str] = set()
        _secret_strings(doc, False, 0, found)
        for value in found:
            if looks_random(value):
                yield from _occurrences(swapped, value, m.start(), len(line))


def _spans(line: str) -> Iterator[Span]:
    if len(line) > _MAX_LINE:
        return
    repr_only = False
    if _OPEN.search(line) is None and (text := _as_json(line)) is not None:
        line, repr_only = text, True  # (same length: the spans hold for the line as written)
    elif "'" in line and '"' not in line:
        yield from _js_values(line)
        return
    start = _next_open(line, 0)
    tries = 0
    while start >= 0 and tries < _MAX_TRIES:
        tries += 1
        try:
            doc, end = _DECODER.raw_decode(line, start)
        except (ValueError, RecursionError):
            start = _next_open(line, start + 1)
            continue
        if isinstance(doc, (dict, list)):
            found: set[str] = set()
            _secret_strings(doc, False, 0, found)
            for value in found:
                if repr_only and not looks_random(value):
                    continue  # (a repr's words and names below a secret name: a program's own)
                yield from _occurrences(line, value, start, end)
        start = _next_open(line, end)


def _next_open(line: str, pos: int) -> int:
    """The next object (`{"`) or list of objects (`[{`): a secret needs a key, and a log
    prefix's `[INFO]` or `[Note]` is no JSON."""
    m = _OPEN.search(line, pos)
    return m.start() if m else -1


def _occurrences(line: str, value: str, start: int, end: int) -> Iterator[Span]:
    once = {json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}
    # (and escaped once more, as a string inside a string holds it: `\"api_key\":{…}`)
    quoted = [('"', f) for f in once] + [('\\"', json.dumps(f)[1:-1]) for f in once]
    for quote, form in quoted:
        pos = line.find(quote + form + quote, start, end)
        while pos >= 0:
            yield pos + len(quote), pos + len(quote) + len(form), KIND
            pos = line.find(quote + form + quote, pos + 1, end)


_HINTS = (
    *("origin-verify", "honeycomb-team", '"code"', "passwordmodel", *MARK_HINTS),
    *("securejsondata", "headername", *NAME_HINTS),
)
_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
JSON_TREE = Detector(
    KIND,
    # (a header a CDN sends its origin holds no hint of NAME_HINTS: `X-Origin-Verify`, nor
    # Honeycomb's `x-honeycomb-team`)
    _HINTS,
    _spans,
    (
        # a secret-named key holding an object or a list: keyvalue.py's hints pick those lines
        # (detectors.FOLLOWERS)
        *MARK_PATTERNS,  # `"sensitive": true`, `"type": "secret"` (marked.py)
        r"origin-verify\"",
        r"honeycomb-team\"",  # (an OTel exporter's headers, as the collector logs them)
        r"(?:key|name)\"[ \t]*:[ \t]*\"code\"",  # a HAR's query array: OAuth's code
        r"model_name\"[ \t]*:[ \t]*\"passwordmodel\"",  # a notebook's password widget
        r"securejsondata\"",  # Grafana's encrypted fields, whatever their names
        # Grafana's numbered header pairs (`httpHeaderName1` / `httpHeaderValue1`)
        r"headername\d{1,2}\"[ \t]*:[ \t]*\"[^\"\n]*" + _H,
        # (a connection file's and a credentials file's bare `"key": "…"`: keyvalue.py's hints)
        # {"key": "MYSQL_PASSWORD", "value": …}
        # (and `"ParameterKey": "MasterUserPassword"`: no quote before the naming word)
        r"(?:key|name|variable|env|setting)\"[ \t]*:[ \t]*\"[^\"\n]*" + _H,
    ),
)
