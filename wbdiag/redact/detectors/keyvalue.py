"""Secret-named keys and their values, wherever they sit on a line: `KEY=VALUE`, `export
K='v w'`, `key: value` (YAML, logfmt, Go maps), `"key": "value"` (JSON, also escaped inside a
JSON string), `--flag value`, `Name:"MYSQL_PASSWORD", Value:"…"` (Kubernetes env entries as JSON,
YAML or Go structs), `Authorization: …`, `Cookie: …`, `password <token>` (.netrc).

Every identifier on the line that holds a name hint is judged (names.is_secret_name), not only
the first pair: `client config: WANDB_API_KEY=…` finds the inner key. The value ends where its
quoting says (valuespan.py); a span never ends inside an escape and never swallows a closing
quote, so a JSON or YAML line stays parseable. A value after the name and spaces only (redis.conf,
.netrc, a directive): keyspaced.py; in a flow list or object (`"key": ["…"]`): keyflow.py.

Multi-line shapes (YAML block scalars after `smtpPassword: |-`, `- name: X` then `value: …`)
are reported through `LineState` for the redactor to carry to the next lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.barevalue import BARE, expansion, spaced_value
from wbdiag.redact.detectors.base import (
    IDENT_CHARS,
    MAX_KEY,
    Detector,
    Span,
    identifier_around,
    in_namespace_path,
    looks_random,
    random_letters,
)
from wbdiag.redact.detectors.flagprose import flag_in_prose
from wbdiag.redact.detectors.keyflow import flow_values
from wbdiag.redact.detectors.keyspaced import SPACED, spaced_span
from wbdiag.redact.detectors.valuespan import cookie_spans, value_span
from wbdiag.redact.detectors.xmlvalues import (
    CDATA,
    NAME_ELEMENTS,
    TAG_END,
    attribute_value,
    closed,
    element_open,
    named_element_value,
)
from wbdiag.redact.fixednotices import fixed_word
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import (
    NAME_HINTS,
    is_secret_name,
    is_secret_setting,
    min_length,
    name_hints_in,
)
from wbdiag.redact.pieces import concatenated
from wbdiag.redact.shapednames import is_shaped_name, is_shaped_secret
from wbdiag.redact.toolrefs import tool_tokens
from wbdiag.redact.valuerefs import is_reference_value, listed_file_digest
from wbdiag.redact.values import PLACEHOLDER, is_key_listing, is_trivial_value, sops_envelopes

KIND = "keyvalue"
# (an encoding named after the key: `password(hex)=…`, `token (base64): …`; a note before the
# colon, as a CLI prints a secret it shows once, `API key (shown once): …`, `(rotated 2026-02)`;
# not a parameter's type in a docstring, `token (str, optional): …`, whose description follows;
# an `=` aligned further, as `terraform state show` and `plan` align a block's attributes to its
# longest name: `primary_access_key                 = "…"`)
# (LDIF's `::` before a base64 value: `userPassword:: e1NTSEF9…`)
_AFTER_KEY = lazyre.compile(
    r"(?P<kq>\\{0,7}[\"'`]\]?)?(?:[ \t]?\((?i:hex|base64|b64|base32|encoded|utf-?8)\)"
    r"|[ \t]\((?!(?i:str|string|int|integer|bool|boolean|float|list|dict|bytes|any|optional"
    r"|required)\b)[A-Za-z][A-Za-z0-9 ,./-]{0,39}\)(?=:[ \t]))?"
    r"(?:[ \t]{17,64}(?==)|[ \t\xa0]{0,16})(?P<sep>=>|:=|::(?=[ \t])|[:=])[ \t\xa0]{0,16}"
)
# Kubernetes' field error quotes the value it rejects, Go-quoted (`spec.smtp.password: Invalid
# value: "pw with spaces": must not contain spaces`, also in an event table's column)
_FIELD_ERROR = lazyre.compile(
    r": (?:Invalid|Unsupported|Duplicate) value: \"(?P<v>(?:[^\"\\\n]|\\.){0,512})\""
)
_PAIR_START = lazyre.compile(r"[A-Za-z_][\w.-]{0,64}(?:=|:[ \t]|:\Z)")
_HASH_VALUE = lazyre.compile(r"[ \t]{1,4}#[^\s#]")  # `--password #Pw0rd`, not `# a comment`
_FLAG_SPACE = lazyre.compile(r"(?P<kq>)[ \t]{1,4}(?P<sep>)(?=[^\s-])")
_ENV_VALUE = lazyre.compile(
    r"(?:\\{0,7}[\"'])?[ \t]{0,4}[,;]?[ \t]{0,4}(?:\\{0,7}[\"'])?[Vv]alue(?:\\{0,7}[\"'])?"
    r"[ \t]{0,4}[:=][ \t]{0,4}"
)
# `- name: SECRET` (Kubernetes env), `key: x-api-key` (Envoy's header lists), then `value:`;
# CloudFormation's `"ParameterKey": "DBPassword"` then `"ParameterValue": …` (`describe-stacks`)
_NAME_BEFORE = lazyre.compile(  # (not a header's parameter: `form-data; name="password"`)
    r"(?i)(?:(?<![A-Za-z0-9_])|(?<=[\"' \t]Parameter))(?<!;[ \t])(?<!;)(?:name|key)"
    r"(?:\\{0,7}[\"'])?[ \t]{0,4}[:=][ \t]{0,4}(?:\\{0,7}[\"'])?\Z"
)
# (also HCL's `value = "…"`, under a plan's `+`/`~` markers, a diff's `<`/`>`, JSON's `"value": …`)
ENV_VALUE_LINE = lazyre.compile(
    r"[ \t]*(?:[-+~<>][ \t]+)?\"?(?:value|ParameterValue)\"?[ \t]*[:=][ \t]*"
)
_LIST_ITEM_LINE = lazyre.compile(r"[ \t]*-[ \t]+")
_REPLY_LINE = lazyre.compile(r"[ \t]*\d{1,3}\)[ \t]+")
# a YAML complex key (`? password`), its value on the next line after `: `
_COMPLEX_KEY = lazyre.compile(r"[ \t]*\?[ \t]+[\"']?")
_COMPLEX_VALUE_LINE = lazyre.compile(r"[ \t]*:[ \t]+")
_LIST_FLAG = lazyre.compile(r"[ \t]*-[ \t]+[\"']?\Z")  # before the key: a YAML list item
# a flag alone in a JSON array over lines (`docker inspect`'s "Args": ["--requirepass", "…"])
_JSON_ITEM_FLAG = lazyre.compile(r"[ \t]*\"\Z")
_JSON_ITEM_END = lazyre.compile(r"\",[ \t]*\Z")
_JSON_ITEM_LINE = lazyre.compile(r"[ \t]*\"")
# redis-cli: 1) "requirepass". A flat reply of pairs (CONFIG GET, HGETALL, ACL LOG's entries)
# holds its names at odd positions; `4) "auth"` is the value of `3) "reason"`.
_REPLY_NAME = lazyre.compile(r"[ \t]*\d{0,2}[13579]\)[ \t]+\"\Z")
# a flag and its value as neighbours in a list or a tuple: ["--password", "…"], ('x-api-key', '…')
_TUPLE_OPEN = lazyre.compile(r"\([bB]?[\"']\Z")
_PAIR_COMMA = lazyre.compile(r"(?P<kq>[\"']?)[ \t]{0,4}(?P<sep>,)[ \t]{0,4}")
_REST_IS_END = lazyre.compile(
    r"(?:\\{0,7}[\"'])?[ \t]*(?:->[ \t]*null[ \t]*)?(?:#.*)?\Z"
)  # (a plan's)
_BLOCK = lazyre.compile(r"[|>][-+]?[0-9]?[ \t]*(?:#.*)?\Z")
# an indented heredoc (HCL `<<-EOT`, shell `<<-EOF`): the lines below, until its marker
_HEREDOC = lazyre.compile(r"<<-[ \t]{0,4}[\"']?[A-Za-z_][A-Za-z0-9_]{0,31}[\"']?[ \t]*\Z")
# a separator before `<name>`: the tag stands where the value would (`credentials: <secret>`)
_SEP_BEFORE = lazyre.compile(r"[:=][ \t]{0,4}\Z")
# words after an element that no end tag closes: prose around a placeholder, not a value
# (a help text's column after a usage's metavar: `-a <password>      Password to use …`, an
# acronym first: `--eab-hmac-key <eab_hmac_key>     HMAC key for …`)
_PROSE_AFTER = lazyre.compile(r"[ \t]{1,32}[A-Za-z](?:[a-z]{0,15}|[A-Z]{1,7})[ \t]{1,4}[A-Za-z]")
# an environment variable's name (upper-case words): the one unquoted index read as a key
_ENV_KEY = lazyre.compile(r"[A-Z][A-Z0-9]{0,63}(?:_[A-Z0-9]{1,64}){0,8}")
# a call that reads an environment variable with a default (Python's `os.getenv("X", "…")`,
# `os.environ.get`, `setdefault`; Ruby's `ENV.fetch`; Laravel's `env('X', '…')`), its quote
# escaped in a notebook's JSON: the name is a setting's (`KAGGLE_KEY`), its default the value
_ENV_READ = lazyre.compile(
    r"(?:getenv|environ\.get|environ\.setdefault|ENV\.fetch|(?<![\w.])env)\([ \t]{0,4}\\{0,7}[\"']\Z"
)
_ENV_READ_BEFORE = 24  # (`environ.setdefault(` and an escaped quote)
# a scope or an event name in a quoted string, `"api_key:create"`, `'secrets:read'`: a word
# glued after the name's colon and the closing quote
_SCOPE_VALUE = lazyre.compile(r"[a-z]{2,16}(?:[.:_-][a-z]{2,16}){0,3}(?=[\"'])")
# A JSON literal after a quoted key; anything else there is YAML's plain scalar.
_JSON_LITERAL = lazyre.compile(
    r"(?:-?\d{1,64}(?:\.\d{1,64})?(?:[eE][+-]?\d{1,8})?|true|false|null)(?=[\s,}\]]|\Z)|[{\[]"
)
# Apache httpd's `[module:level]` (`[auth_openidc:error]`, `[authz_core:debug]`): the module's
# name and a log level (LogLevel's names, trace1 to trace8), no pair
_LOG_MODULE_LEVEL = lazyre.compile(
    r":(?:emerg|alert|crit|error|warn|notice|info|debug|trace[1-8])\]"
)
_OBJECT_REPR = lazyre.compile(r"[ \t]object at 0x[0-9a-fA-F]{4,16}>")
_WGET_COMMAND = lazyre.compile(r" \([a-z_]{1,64}\) to ")
# the longest `${…}` reference read again for the name inside it (a bound: linear on a line)
_MAX_REFERENCE = 256
# a Lisp keyword (`:host`, `:user`) glued to its colon, before its argument
_LISP_KEYWORD = lazyre.compile(r"[a-z][a-z0-9-]{0,40}[ \t)]")
# a port after a host name (`auth.example.com:443/api`), or a line after a file (`auth.go:241`),
# with its column (`LicenseManager.js:29:3102)`) or its function after (`auth-handler.go:331:cmd.…`)
_HOST_PORT = lazyre.compile(r":\d{1,5}(?::\d{1,6})?(?=[/\s\"'?#):]|\Z)")


@dataclass
class LineState:
    """What a line leaves open for the lines after it."""

    block_indent: int | None = None  # a secret YAML block scalar starts below this indent
    # the start of the next line that holds this line's secret value: `value:` after
    # `- name: SECRET`, `- VALUE` after `- --password`, `2) "VALUE"` after `1) "requirepass"`
    next_value: re.Pattern[str] | None = None
    next_name: str = "value"  # the secret's name the next line's value is judged under


def _empty_then_pair(line: str, vpos: int) -> bool:
    """Whether the value after a non-secret key's separator is blank and a pair follows
    (`sig= password=…`): the names there are keys of their own. (Under a secret key only
    `name: ` counts; a password may hold `=`.)"""
    return vpos > 0 and line[vpos - 1] in " \t" and _PAIR_START.match(line, vpos) is not None


def scan(line: str) -> tuple[list[Span], LineState]:
    spans: list[Span] = []
    state = LineState()
    covered = 0
    n = len(line)
    # placeholders already in the line (`[REDACTED:url_password:4]`) hold no names, nor does a
    # SOPS envelope (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`: ciphertext and its fields)
    holes = [m.span() for m in PLACEHOLDER.finditer(line)] if "[REDACTED:" in line else []
    if "ENC[" in line:
        holes = sorted(holes + sops_envelopes(line))
    if "@@" in line:
        holes = sorted(holes + tool_tokens(line))  # (`@@SECRET:name:password@@`: toolrefs.py)
    hole = 0
    for hit_start, hit_end in name_hints_in(line):
        while hole < len(holes) and holes[hole][1] <= hit_start:
            hole += 1
        if hole < len(holes) and holes[hole][0] <= hit_start:
            covered = max(covered, holes[hole][1])
        if hit_start < covered:
            continue
        ks, ke = identifier_around(line, hit_start, hit_end, covered)
        if ks - 1 > covered and line[ks - 1] == "/" and line[ks - 2] in IDENT_CHARS:
            # one path segment before: `checksum/secret` (a Helm annotation holding a hash)
            ks -= 1
            while ks > covered and line[ks - 1] in IDENT_CHARS and hit_start - ks < MAX_KEY:
                ks -= 1
        covered = ke
        raw_key = line[ks:ke]
        key = raw_key.strip(".-/")
        if (expanded := expansion(line, ks, ke)) is not None:
            # a reference (`${MYSQL_PASSWORD:?missing}`), and a default a secret's may be
            covered, default = expanded[1], line[expanded[0] : expanded[1]]
            if (
                is_secret_name(key)
                and len(default) >= min_length(key)
                and not is_trivial_value(default)
            ):
                spans.append((expanded[0], expanded[1], KIND))
            continue
        if "." in key and _HOST_PORT.match(line, ke) and key.rsplit(".", 1)[-1].isalpha():
            continue  # a host and its port (`https://auth.example.com:443/…`), not a pair
        lowered_key = key.lower()
        # `Pwd=` in ODBC strings (the shell's PWD holds a path, which is never taken);
        # `?key=` in a URL is an API key when it reads like one
        url_key = lowered_key == "key" and ks > 0 and line[ks - 1] in "?&"
        shaped = is_shaped_name(key)  # (`routing_key`: a secret in PagerDuty's shape only)
        env_key = False  # (a `_KEY` setting's default: its value goes when it reads as a key)
        if not key or not (
            is_secret_name(key)
            or lowered_key == "pwd"
            or url_key
            or shaped
            or (env_key := _env_read(line, ks, key))
        ):
            # a reference or a description (`passwordRef: arn:…:secretsmanager:…`): names
            # inside its value are not keys
            after = _AFTER_KEY.match(line, ke)
            bare = BARE.match(line, after.end()) if after else None
            # (`key: x-api-key` names a header whose value follows, as CloudFormation's
            # `ParameterKey: DBPassword` does: the name is read; a Go struct's or a map's
            # fields, `Session:{Secret:…`, are pairs of their own)
            if (
                bare
                and not _empty_then_pair(line, bare.start())
                and lowered_key not in ("key", "parameterkey")
                and line[bare.start()] not in "{["
            ):
                covered = bare.end()
            continue
        if fixed_word(line, ks) or (line[ks - 1 : ks] == "[" and _LOG_MODULE_LEVEL.match(line, ke)):
            continue  # MySQL's `(using password: YES)`, Apache's `[auth_openidc:error]`
        if in_namespace_path(line, ks, ke) or (
            line.startswith(":", ke) and (line[ks - 1 : ks] == "<" or line[ks - 2 : ks] == "</")
        ):
            continue  # an XML namespace prefix (`<auth:apiKey>`), not a pair
        if _OBJECT_REPR.match(line, ke):
            continue  # Python's repr of an object (`<requests.sessions.Session object at 0x…>`)
        tag = TAG_END.match(line, ke) if element_open(line, ks) else None
        close = -1
        if tag is not None:
            # the text ends at the next tag, a child's or the closing one (CDATA holds `<`)
            cdata_at = line.startswith("<![CDATA[", tag.end())
            close = line.find("</" if cdata_at else "<", tag.end())
        attr = attribute_value(line, tag.start(), tag.end()) if tag is not None else None
        if attr is not None:
            # the element keeps its value in an attribute (`<password value="…" />`)
            covered = tag.end() if tag is not None else covered
            value = line[attr[0] : attr[1]]
            if not is_trivial_value(value) and not is_reference_value(key, value):
                spans.append((attr[0], attr[1], KIND))
            continue
        if (
            tag is not None
            and not tag.group().endswith("/>")
            and (
                _SEP_BEFORE.search(line, max(0, ks - 8), ks - 1)
                or key.isupper()
                or line[ks - 2 : ks - 1] in ("/", ":")
            )
            and not closed(line, tag.end())
        ):
            # a mask (`password: <secret>`) or a usage's metavar (`--token <TOKEN>`), also in an
            # address's place (`microk8s join <master>:<port>/<token>`)
            continue
        if tag is not None and not tag.group().endswith("/>"):
            # (attributes may stand before the text: FileZilla's `<Pass encoding="base64">`)
            vs = tag.end()
            close = n if close < 0 else close
            value = line[vs:close]
            covered = close
            if not line.startswith("</", close) and _PROSE_AFTER.match(value):
                # a placeholder in a sentence (`# Replace <token> with the value …`, Redis'
                # `ERR AUTH <password> called without any password configured …`): no end tag
                continue
            cdata = CDATA.fullmatch(value)
            if cdata is not None:  # `<password><![CDATA[…]]></password>`: the text inside
                value = cdata.group("v")
                if value.strip() and not is_trivial_value(value):
                    spans.append((vs + cdata.start("v"), vs + cdata.end("v"), KIND))
                continue
            if value.strip() and not is_trivial_value(value) and not is_reference_value(key, value):
                spans.append((vs, close, KIND))
            continue
        is_flag = raw_key.startswith("--") or (
            raw_key.startswith("-") and len(key) > 3 and (ks == 0 or line[ks - 1] in " \t")
        )
        if is_flag and line.startswith(" (", ke) and _WGET_COMMAND.match(line, ke):
            continue  # wget -d's `Setting --NAME (COMMAND) to VALUE`: setters.py's
        if line.startswith(": ", ke) and (rejected := _FIELD_ERROR.match(line, ke)) is not None:
            covered = rejected.end()
            if not is_trivial_value(rejected.group("v")):
                spans.append((rejected.start("v"), rejected.end("v"), KIND))
            continue
        span = _span_for_key(line, raw_key, key, ks, ke, is_flag, state)
        if span is None:
            continue
        if isinstance(span, list):
            spans.extend(sp for sp in span if sp[2])
            covered = max([covered] + [e for _, e, _ in span])
            continue
        start, end = span
        if (
            line.startswith("${", start)
            and end - start <= _MAX_REFERENCE
            and line[end - 1] == "}"
            and is_trivial_value(line[start:end])
        ):
            # a reference whose own name is judged next, with the default it may hold
            # (`"API_KEY": "${API_KEY:-…}"`, devcontainer.json's `${localEnv:API_KEY:…}`)
            covered = max(covered, start + 2)
            continue
        covered = max(covered, end)  # names inside a value are not keys (linear on `a=a=a=…`)
        if end - start > 1 and line[end - 1] == "^" and line.startswith('"', end):
            end -= 1  # cmd's escaped quote closes it (devtools' Copy as cURL (cmd): `^"…^"`)
        if url_key and "#" in line[start:end]:
            end = line.index("#", start)  # a URL's fragment
        value = line[start:end]
        if (url_key or env_key) and not (looks_random(value) or random_letters(value)):
            continue
        if env_key and "/" in value:
            continue  # an object's path (`os.getenv("S3_KEY", "data/2024-05-01/train.csv")`)
        if shaped and not is_shaped_secret(key, value):
            continue
        if (
            min_length(key) > 3
            and " " in value.strip()
            and line[start - 1 : start] not in "\"'"
            and spaced_value(line, ks, ke) is None
        ):
            # a licence is one token; an unquoted `license: valid (enterprise)` a status, but a
            # value that starts with a key-like token goes whole (a YAML scalar stays one)
            first = value.split()[0]
            if len(first) >= min_length(key) and not (first.isalpha() or is_trivial_value(value)):
                spans.append((start, end, KIND))
            continue
        if (
            end > start
            and not is_trivial_value(value)
            and len(value) >= min_length(key)
            # (a file's digest is a listing's only in a table's cell: a pair may be a Secret's
            # file, `api_key.txt: <40 hex>`)
            and (not is_reference_value(key, value) or listed_file_digest(key, value))
            and not is_key_listing(line, key, value)
            and not (is_flag and flag_in_prose(line, start, end))
        ):
            spans.append((start, end, KIND))
    return spans, state


def _env_read(line: str, ks: int, key: str) -> bool:
    """Is `key` a secret setting's name read by a call with a default (`os.getenv("KAGGLE_KEY",
    "…")`)? A name that ends in `_KEY` is one there, as in an environment."""
    return (
        _ENV_KEY.fullmatch(key) is not None
        and is_secret_setting(key)
        and _ENV_READ.search(line, max(0, ks - _ENV_READ_BEFORE), ks) is not None
    )


def _span_for_key(
    line: str, raw_key: str, key: str, ks: int, ke: int, is_flag: bool, state: LineState
) -> tuple[int, int] | list[Span] | None:
    if line[ks - 1 : ks] in (">", '"', "'"):
        xml = named_element_value(line, ks, ke)
        if xml is not None:
            return xml  # `<name>…password</name><value>…</value>`, `<property name="…">…<`
    env = _ENV_VALUE.match(line, ke)
    if env and _NAME_BEFORE.search(line, max(0, ks - 24), ks):
        return value_span(line, env.end(), "value", "=", ks, ke)
    if _NAME_BEFORE.search(line, max(0, ks - 24), ks):
        if _REST_IS_END.match(line, ke) or _JSON_ITEM_END.match(line, ke):
            state.next_value, state.next_name = ENV_VALUE_LINE, key
        return None
    if is_flag and _JSON_ITEM_END.match(line, ke) and _JSON_ITEM_FLAG.fullmatch(line, 0, ks):
        state.next_value = _JSON_ITEM_LINE
        return None
    # a flag's value may start with `#`: argv is not a shell line (`--password #Pw0rd`)
    if _REST_IS_END.match(line, ke) and not (is_flag and _HASH_VALUE.match(line, ke)):
        if is_flag and _LIST_FLAG.fullmatch(line, body_start(line), ks):
            state.next_value = _LIST_ITEM_LINE
        elif _REPLY_NAME.fullmatch(line, body_start(line), ks):
            state.next_value = _REPLY_LINE
        elif _COMPLEX_KEY.fullmatch(line, body_start(line), ks):
            state.next_value = _COMPLEX_VALUE_LINE
        return None
    m = _AFTER_KEY.match(line, ke)
    if (
        m is None
        and line[ke : ke + 1] == "]"
        and line[ks - 1 : ks] == "["
        and _ENV_KEY.fullmatch(key)
    ):
        # an environment variable's name in brackets, unquoted: PHP-FPM's `env[DB_PASSWORD] = …`
        m = _AFTER_KEY.match(line, ke + 1)
    if m is None and (is_flag or _TUPLE_OPEN.search(line, max(0, ks - 3), ks)):
        m = _PAIR_COMMA.match(line, ke)
        if m is not None and m.end() == ke:
            m = None
    if m is None and is_flag:
        m = _FLAG_SPACE.match(line, ke)
    if m is None:
        return spaced_span(line, key, ks, ke)
    vpos = m.end()
    if m.group("sep") == ":" and line.startswith("//", vpos):
        return None  # a URL's scheme (k8s-secret://…), not a key
    if (
        line[vpos - 1 : vpos] == ":"
        and line[ke : ke + 1] in " \t"
        and _LISP_KEYWORD.match(line, vpos)
    ):
        return None  # a Lisp keyword argument after a function's name (`…-password :host "…"`)
    if (
        vpos == ke + 1
        and ks > 0
        and line[ks - 1] in "\"'"
        and (scope := _SCOPE_VALUE.match(line, vpos)) is not None
        and line[scope.end()] == line[ks - 1]
    ):
        return None  # `"action": "api_key:create"`: a scope or event name, not a pair
    lowered = key.lower()
    if lowered.endswith("cookie"):
        return list(cookie_spans(line, vpos, set_cookie=lowered.endswith("set-cookie")))
    if line.startswith(("[", "{"), vpos):
        flow = flow_values(line, vpos, key, ks, ke)
        if flow is not None:
            return flow
    if '"' in (m.group("kq") or "") and _JSON_LITERAL.match(line, vpos):
        return None  # JSON: a number, true, false or null, never a secret
    if (m.group("sep") == ":" and _BLOCK.match(line, vpos)) or (
        m.group("sep") == "=" and _HEREDOC.match(line, vpos)
    ):
        indent = len(line) - len(line.lstrip(" "))
        state.block_indent = indent
        return None
    span = value_span(line, vpos, key, m.group("sep") or "", ks, ke)
    if span is not None and line[span[1] : span[1] + 1] in ("'", '"'):
        # literals concatenated to a quoted value (`'Xk3' + 'mQ9z'`): the pieces of one secret
        rest = concatenated(line, span[1] + 1)
        if rest:
            return [(*span, KIND), *rest]
    return span


def _find(line: str) -> Iterator[Span]:
    yield from scan(line)[0]


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
_ID = r"[A-Za-z0-9_.\-]*"
# Where a secret-named identifier is followed by what the scanner needs: a separator, a
# Kubernetes env entry's value, the end of the line (`- name: X` then `value:`), a flag's value,
# or a space-separated value after the few words that take one (.netrc, redis.conf). Hyperscan
# only (no backtracking there, and unbounded repeats compile fastest).
PATTERNS = (
    # a value after the separator: not a port or line number (`auth.go:241`)
    _H + _ID + r"[\"'`\]\\]*[ \t]*(?:[:=][ \t]*(?:[^0-9\s]|[0-9]+[^0-9\s,;}\])\"']|[0-9]{6}|$)|$)",
    _H + _ID + r"[\"'\\]*[ \t]*[,;]?[ \t]*[\"'\\]*value",
    r"-" + _ID + _H + _ID + r"[ \t]+[^\s-]",
    r"<(?:[A-Za-z_][\w.-]*:)?" + _ID + _H + _ID + r"(?:[ \t][^<>]*)?>",
    # (a pair in a list: `"password", "…"`; two patterns, for `[ \t]*` between the quote and
    # the comma made this one a third of the whole database's scan time)
    _H + _ID + r"[\"'],[ \t]*[\"']",
    _H + _ID + r"[\"'][ \t]+,[ \t]*[\"']",
    r"-" + _ID + _H + _ID + r"[\"']?[ \t]*,",
    _H + _ID + r"\xc2\xa0",
    r"\d\)[ \t]+\"" + _ID + _H + _ID + r"\"$",
    r"\bpwd[\"']?[ \t]*=",
    r"\((?:hex|base64|b64|base32|encoded|utf-?8)\)[ \t]*[:=]",  # `password(hex)=`
    _H + _ID + r"[ \t]\([a-z][a-z0-9 ,./-]*\):",  # `api_key (shown once): …`
    # a space-separated value after the few words that take one: the word is the whole key
    # (only dots and dashes before it; not `mysql_native_password reported: …`, MySQL 8's
    # frequent notice), or the key starts the line's body as a directive, its value alone after
    r"(?:^|[^A-Za-z0-9_.\-])[.\-]*" + SPACED + r"[ \t]+\S",
    SPACED + r"[ \t]+[^\s\"'`<>;{}]{8,}[ \t]*;?[ \t]*$",
    # an XML layout that names the secret by a name element or a name attribute, its value
    # after (xmlvalues.py; over two lines: nextpending.py)
    r"<" + NAME_ELEMENTS + r">" + _ID + _H + _ID + r"</",
    r"(?:name|key)[ \t]*=[ \t]*[\"']" + _ID + _H + _ID + r"[\"'][^<>]*>[ \t]*(?:<value>)?[^<\s]",
    # a directive and its one argument alone on a line (`mac_key …`)
    r"^[ \t]*" + _ID + _H + _ID + r"[ \t]+[^\s\"'`<>;{}]{8,}[ \t]*;?[ \t]*$",
)
KEY_VALUE = Detector(KIND, NAME_HINTS, _find, PATTERNS)
# The lines the space-separated hint picked before it was narrowed (a longer name, then a word:
# `mysql_native_password reported: …`): the detectors that follow this one still read them
# (detectors.FOLLOWERS), this scanner no more, and they stay candidates for the followers a line
# may arm (nextline.py)
SPACED_WORDS = Detector(KIND, NAME_HINTS, lambda line: iter(()), (SPACED + r"[ \t]+\S",))
