"""Values a tool prints on a later line than the name they belong to, in the tool's own layout
(nextpending.py has the generic ones):
- pydantic's validation errors: the field's location on one line (`api_key`, `db -> password`,
  `settings.mysql_password`), then `… input_value='…'` on the next;
- a parameter or secret printed as a record of fields over lines, whose `Name` names a secret
  (`aws ssm get-parameter --with-decryption`: `"Name": "/wandb/prod/mysql_password",` … `"Value":
  "…"`): the `Value` within the next lines, until the record closes; under a name that holds a
  secret only in its shape (a HAR's query array: `"name": "code",`), when it has that shape;
- a table of keys a cloud CLI lists (`az storage account keys list -o table`, `az cosmosdb keys
  list`, `az redis list-keys -o tsv`, `headscale preauthkeys list`): every long random token in
  the rows below, until a blank
  line or the next prompt; the same for the env values `kubectl … -o jsonpath` prints (`{…env[*]
  .value}`: joined by spaces, none named);
- a query that prints the raw values of fields, one a line (`jq -r '.user, .password' FILE`,
  `yq -r .auth.token`): the output lines of the fields that name a secret; one field printed as
  JSON (`jq '.variables.db_password' plan.json`): the string it prints, or the `value` of the
  object it prints (a Terraform plan's variable, a state's output);
- what a fetch of a secret-named resource prints (`curl -s …/keyvals/wandb_tokens`): the JSON
  keys and strings on the next lines that read random;
- external-secrets' `fake` provider (a SecretStore for tests that holds the secrets it serves):
  every `value:` in the block under `fake:`;
- Redis' replies over lines: nextredis.py; a traceback's locals for a variable passed as a secret
  argument: nextlocals.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.caseless import Words
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.valuespan import symbol_password
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.shapednames import is_shaped_name, is_shaped_secret
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096
# a field location alone on its line: `api_key`, `body -> password`, `db.password`, `items.0.token`
_LOCATION = lazyre.compile(
    r"[ \t]*(?:[\w.-]{1,64}[ \t]*->[ \t]*){0,1}(?P<k>[A-Za-z_][\w.-]{0,127})[ \t]*"
)
_INPUT_VALUE = lazyre.compile(r"input_value=(?P<q>[\"'])(?P<v>[^\"'\n]{1,4096})(?P=q)")


# a heap dump's strings (`strings app.hprof`): a property's value alone on the line after its
# dotted name (`spring.datasource.password` / `…`), one token; a path or a URL is no secret
_DUMPED_VALUE = lazyre.compile(r"(?P<v>[^\s\\/\"'`]{6,256})")
# ... but another dotted name in lower case is a listing's next name, not a value
# (`elasticsearch-keystore list`: `s3.client.default.access_key` / `….secret_key`)
_DOTTED_NAME = lazyre.compile(r"[a-z][a-z0-9_-]{0,63}(?:\.[a-z0-9_-]{1,64}){2,8}")


@dataclass
class InputValue:
    """pydantic: the value of the field named on the line before; a heap dump's strings: the
    value printed on the line after its dotted property name."""

    dotted: bool = False

    @staticmethod
    def arm(line: str) -> InputValue | None:
        if len(line) > 256:
            return None
        m = _LOCATION.fullmatch(line, body_start(line))
        if m is None:
            return None
        parts = re.split(r"[.]", m.group("k"))
        if not is_secret_name(parts[-1]):
            return None
        return InputValue(dotted=len(parts) > 1 and "->" not in line and line == line.strip())

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _INPUT_VALUE.search(line)
        if m is None and self.dotted:
            m = _DUMPED_VALUE.fullmatch(line)
            if m is not None and _DOTTED_NAME.fullmatch(m.group("v")):
                return False, []
            if m is not None and not (looks_random(m.group("v")) or symbol_password(m.group("v"))):
                return False, []
        if m is None or is_trivial_value(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# `"Name": "/wandb/prod/mysql_password",`, `Name: wandb-mysql-password`, an item's `- key:` (an
# Istio AuthorizationPolicy's `when`: `- key: request.headers[x-api-key]` / `values: ["…"]`),
# Spring Boot's bind failure (`Property: app.mail.password` / `Value: "…"` / `Origin: …`), a PDF
# form's field as `pdftk … dump_data_fields` lists it (`FieldName: …` / `FieldValue: …`)
_NAME_FIELD = lazyre.compile(
    r"[ \t]*(?:-[ \t]{1,4})?[\"']?(?:Name|name|Key|key|ParameterName|Property|FieldName)[\"']?[ \t]*:[ \t]*[\"']?(?P<n>[^\s\"']{1,512})"
    r"[\"']?[ \t]*,?[ \t]*"
)
_VALUE_FIELD = lazyre.compile(
    r"[ \t]*[\"']?(?:Value|value|SecretString|FieldValue)[\"']?[ \t]*:[ \t]*(?P<q>[\"']?)(?P<v>[^\"'\n]{1,8192}?)"
    r"(?P=q)[ \t]*,?[ \t]*"
)
# a flow list of values (`values: ["…"]`): each string in it
_VALUES_LIST = lazyre.compile(r"[ \t]*values[ \t]*:[ \t]*(?P<v>\[[^\n]{1,8192}\])[ \t]*")
_RECORD_LINES = 6


@dataclass
class NamedValue:
    """A record whose `Name` names a secret: its `Value` a few lines on."""

    left: int = _RECORD_LINES
    shaped: str = ""  # a name that holds a secret only in its shape (shapednames.py)
    name: str = "value"  # the secret's name, which the value may refer to instead

    @staticmethod
    def arm(line: str) -> NamedValue | None:
        if len(line) > _MAX_LINE or ("ame" not in line and "ey" not in line and "rty" not in line):
            return None
        m = _NAME_FIELD.fullmatch(line, body_start(line))
        if m is None:
            return None
        # the last part of a path or an ARN names the secret (or what brackets hold: a header's
        # name in `request.headers[…]`)
        last = re.split(r"[/:\[]", m.group("n").rstrip("/]"))[-1]
        if last and is_shaped_name(last):
            return NamedValue(shaped=last)  # (a HAR's query array: `"name": "code",`)
        return NamedValue(name=last) if last and is_secret_name(last) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        body = line[body_start(line) :].strip()
        if body.startswith(("}", "]")):
            return False, []  # the record closed
        listed = _VALUES_LIST.fullmatch(line, body_start(line)) if "values" in line else None
        if listed is not None:
            v = listed.start("v")
            return False, [
                (v + s.start("s"), v + s.end("s"), KIND)
                for s in _JSON_STRING.finditer(listed.group("v"))
                if not is_trivial_value(s.group("s"))
            ]
        m = _VALUE_FIELD.fullmatch(line, body_start(line))
        if m is None:
            return self.left > 0, []
        value = m.group("v")
        if is_trivial_value(value) or value.startswith(("{", "[")):
            return False, []
        if is_reference_value(self.name, value):
            return (
                False,
                [],
            )  # (Longhorn's `backup-target-credential-secret` setting: a Secret's name)
        if self.shaped and not is_shaped_secret(self.shaped, value):
            return False, []  # (an error's code, a country's)
        return False, [(m.start("v"), m.end("v"), KIND)]


# (Headscale's pre-auth keys: a node joins with one while it is unused, or forever if reusable)
_LISTS_KEYS = lazyre.compile(
    r"\baz[ \t]{1,4}[\w -]{0,64}?\b(?:keys[ \t]{1,4}list|list-keys)\b"
    r"|\bheadscale[ \t]{1,4}preauthkeys[ \t]{1,4}list\b"
)
_B64_TOKEN = lazyre.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40,512}={0,2}(?![A-Za-z0-9+/=])")
_JSON_STRING = lazyre.compile(r"\"(?P<s>[^\"\\\n]{1,4096})\"")
# `kubectl get pod … -o jsonpath='{.spec.containers[*].env[*].value}'`: every env value, joined
# by spaces on one line (or `{range …env[*]}{.value}{"\n"}{end}`, one a line), none named
_ENV_VALUES = lazyre.compile(
    r"jsonpath=?[ \t]?['\"]?\{[^'\"\n]{0,128}\benv\[[^\]\s]{1,8}\][^'\"\s]{0,32}\.value\b"
)
_WORD = lazyre.compile(r"(?<!\S)[^\s\"'`]{12,512}(?!\S)")
_PROMPT = lazyre.compile(r"[ \t]*(?:\$|#|>|PS [^>]{0,64}>)[ \t]")
_TABLE_LINES = 64


@dataclass
class KeysTable:
    """The rows of a table of keys: every long random base64 token; or (`strings`) what a fetch
    of a secret-named resource prints (NGINX Plus' key-value zone of tokens, `curl
    …/keyvals/wandb_tokens`: `{"<token>":"ci-runner",…}`): every JSON key or string that reads
    random. Until a blank line or the next prompt."""

    left: int = _TABLE_LINES
    strings: bool = False
    words: bool = False  # (the values of env vars printed joined by spaces)

    @staticmethod
    def arm(line: str) -> KeysTable | None:
        if len(line) > _MAX_LINE:
            return None
        if "jsonpath" in line and _ENV_VALUES.search(line):
            return KeysTable(words=True)
        if "keys" not in line:
            return None
        return KeysTable() if _LISTS_KEYS.search(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        body = line[body_start(line) :]
        if not body.strip() or _PROMPT.match(body):
            return False, []
        if self.strings:
            found = [m.span("s") for m in _JSON_STRING.finditer(line) if _random(m.group("s"))]
        elif self.words:
            found = [m.span() for m in _WORD.finditer(line) if _random_word(m.group())]
        else:
            found = [m.span() for m in _B64_TOKEN.finditer(line) if _random(m.group())]
        return self.left > 0, [(a, b, KIND) for a, b in found]


def _random(token: str) -> bool:
    return looks_random(token.rstrip("="), 20) and not is_trivial_value(token)


def _random_word(word: str) -> bool:
    """An env var's value among others: a generated secret (not a URL, a path, a version)."""
    return (
        looks_random(word, 12)
        and word.lower() != word
        and not any(c in word for c in "/:.@")
        and not is_trivial_value(word)
    )


# `jq -r 'FILTER'` (or yq): the filter's comma-separated paths, each printed on its own line
_RAW_QUERY = lazyre.compile(
    r"\b[jy]q[ \t]{1,4}(?:-[a-zA-Z]{0,4}r[a-zA-Z]{0,4}|--raw-output)[ \t]{1,4}"
    r"(?P<q>['\"]?)(?P<f>[^'\"|;&\n]{1,512})(?P=q)"
)
_PATH_END = lazyre.compile(r"[\w-]{1,128}(?=[\"\]\s]{0,3}\Z)")
_VALUE_END = lazyre.compile(r"[.\[\"']{1,3}value[\"\]]{0,2}[ \t]*\Z")


def _path_names_secret(path: str) -> bool:
    """Whether a query's path ends in a secret's name, or in its `value` (`.db_password.value`:
    a Terraform plan's variable, a state's output)."""
    path = path.strip()
    if (value := _VALUE_END.search(path)) is not None:
        path = path[: value.start()]
    end = _PATH_END.search(path)
    return end is not None and is_secret_name(end.group())


_MAX_FIELDS = 16


@dataclass
class RawFields:
    """The lines a raw-output query prints: line i holds the value of the filter's path i."""

    secret: tuple[bool, ...]
    seen: int = 0

    @staticmethod
    def arm(line: str) -> RawFields | None:
        if len(line) > _MAX_LINE or ("jq " not in line and "yq " not in line):
            return None
        m = _RAW_QUERY.search(line)
        if m is None:
            return None
        paths = m.group("f").split(",")[:_MAX_FIELDS]
        secret = tuple(_path_names_secret(p) for p in paths)
        return RawFields(secret) if any(secret) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        body = line[body_start(line) :]
        if not body.strip() or _PROMPT.match(body):
            return False, []
        i, self.seen = self.seen, self.seen + 1
        value = body.strip()
        more = self.seen < len(self.secret)
        if not self.secret[i] or " " in value or is_trivial_value(value):
            return more, []
        start = line.index(value, body_start(line))
        return more, [(start, start + len(value), KIND)]


# `jq '.variables.db_password' FILE` (no raw output): one path, printed as JSON
_JSON_QUERY = lazyre.compile(
    r"\bjq(?:[ \t]{1,4}-[ac-qs-zA-Z]{1,4})*[ \t]{1,4}(?P<q>['\"]?)(?P<f>\.[^'\"|;&,\s]{1,512})(?P=q)"
    r"(?=[ \t]|\Z)"
)
_PRINTED_STRING = lazyre.compile(r"[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){1,8192})\"[ \t]*")
_JSON_VALUE = lazyre.compile(
    r"[ \t]*\"value\"[ \t]*:[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){1,8192})\",?[ \t]*"
)
_OBJECT_LINES = 32


@dataclass
class JsonField:
    """What `jq` prints of one secret-named path as JSON: a string alone, or the `value` member
    of the object it prints, until that object closes."""

    inside: bool = False
    left: int = _OBJECT_LINES

    @staticmethod
    def arm(line: str) -> JsonField | None:
        if len(line) > _MAX_LINE or "jq " not in line:
            return None
        m = _JSON_QUERY.search(line)
        if m is None:
            return None
        return JsonField() if _path_names_secret(m.group("f")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        start = body_start(line)
        body = line[start:].strip()
        if not body or _PROMPT.match(line, start):
            return False, []
        if not self.inside:
            if body == "{":
                self.inside = True
                return True, []
            m = _PRINTED_STRING.fullmatch(line, start)
        else:
            if body.startswith("}"):
                return False, []
            m = _JSON_VALUE.fullmatch(line, start)
            if m is None:
                return self.left > 0, []
        if m is None or is_trivial_value(m.group("v")):
            return self.inside and self.left > 0, []
        return self.inside and self.left > 0, [(m.start("v"), m.end("v"), KIND)]


# `curl -s http://…/keyvals/wandb_tokens` as the last thing on a line: a fetch of a resource
# whose name (the URL's last path segment) names a secret
_FETCH = lazyre.compile(
    r"(?:^|(?<=[\s$#>]))(?:curl|wget|http|xh)(?:[ \t]{1,4}-[\w-]{1,32}){0,6}[ \t]{1,4}"
    r"[\"']?(?P<u>[^\s\"'|;&<>]{1,2048})[\"']?[ \t]*\Z"
)


def fetched(line: str) -> KeysTable | None:
    """A fetch of a secret-named resource: what it prints is read like a table of keys."""
    if len(line) > _MAX_LINE or "://" not in line:
        return None
    if "curl" not in line and "wget" not in line and "http " not in line and "xh " not in line:
        return None  # (most lines with a URL: the regex after is dearer)
    m = _FETCH.search(line, body_start(line))
    if m is None:
        return None
    path = m.group("u").split("?", 1)[0].rstrip("/")
    last = path.rsplit("/", 1)[-1] if "/" in path.split("://", 1)[-1] else ""
    return KeysTable(strings=True) if last and is_secret_name(last) else None


# A command that reads one setting or output by its name and prints its value alone (`aws
# configure get aws_secret_access_key`, `git config --get …`, `npm config get …:_authToken`,
# `pulumi config get`, `heroku config:get`, `terraform output -raw db_password`, `pulumi stack
# output`): the name comes first after the verb (flags may stand between)
_READS_NAMED = lazyre.compile(
    r"(?i)(?:\b(?:configure|config)(?:[ \t]{1,4}-{1,2}[\w-]{1,32}){0,4}[ \t]{1,4}(?:--)?get(?:-value)?"
    r"|\bconfig:get|\b(?:terraform|tofu|terragrunt)\b[^\n|;]{0,64}?[ \t]output|\bstack[ \t]{1,4}output"
    # CI and secret-manager CLIs reading one variable or secret (`glab variable get NAME`,
    # `buildkite-agent secret get NAME`, `berglas access BUCKET/NAME`)
    r"|\bglab[ \t]{1,4}variable[ \t]{1,4}get|\bbuildkite-agent[ \t]{1,4}secret[ \t]{1,4}get"
    r"|\bberglas[ \t]{1,4}access"
    # a router's or a host's setting read by name: ASUSWRT's and DD-WRT's `nvram get
    # http_passwd`, NetworkManager's `nmcli -s -g 802-11-wireless-security.psk connection show`
    r"|\bnvram[ \t]{1,4}get|\bnmcli(?:[ \t]{1,4}-{1,2}[\w-]{1,32}){0,4}[ \t]{1,4}(?:-g|--get-values))"
    r"(?:[ \t]{1,4}-{1,2}[\w-]{1,32}(?:=[^\s]{0,128})?){0,4}[ \t]{1,4}[\"']?(?P<n>[^\s\"'|;&]{1,256})"
)
# a password manager or keyring printing one secret (`secret-tool lookup`, `keyring get`, `bw get
# password`, `lpass show --password`, `doppler secrets get NAME --plain`, `az keyvault secret
# show … --query value -o tsv`, PowerShell SecretManagement's `Get-Secret … -AsPlainText`)
_READS_SECRET = lazyre.compile(
    r"(?i)\bsecret-tool[ \t]{1,4}lookup\b|\bkeyring[ \t]{1,4}get\b"
    r"|\bGet-Secret\b[^\n|;]{0,200}[ \t]-AsPlainText\b"
    r"|\bbw[ \t]{1,4}get[ \t]{1,4}(?:password|totp|notes)\b|\blpass[ \t]{1,4}show\b[^\n|;]{0,200}--password\b"
    r"|\bsecrets?[ \t]{1,4}(?:get|show)\b[^\n|;]{0,200}(?:--plain|--raw|--query[ =][\"']?value\b)"
)
# SOPS decrypting one value of a file (`sops -d --extract '["mysql"]["password"]' f.enc.yaml`):
# the last key of the path names it
_SOPS_EXTRACT = lazyre.compile(
    r"\bsops\b[^\n|;]{0,200}?[ \t]--extract[ =][\"']?(?:\[[^\]\s]{1,128}\]){0,15}"
    r"\[[\"']?(?P<n>[^\]\s\"']{1,128})[\"']?\]"
)
# 1Password's `op item get ITEM --fields label=db_password,… --reveal`: the fields' values, one
# line of comma-separated values (the names may name no secret: `--fields username`)
_OP_FIELDS = lazyre.compile(
    r"\bop[ \t]{1,4}item[ \t]{1,4}get\b[^\n|;]{0,300}?[ \t]--fields[ =](?P<f>[^\s|;]{1,512})"
)
# IIS's `appcmd list apppool NAME /text:processModel.password`: one attribute's value, alone
_APPCMD_TEXT = lazyre.compile(
    r"(?i)\bappcmd(?:\.exe)?[ \t][^\n|;]{0,200}[ \t]/text:(?P<n>[\w.@-]{1,256})"
)
READS_GATE = Words(("get", "output", "lookup", "show", "/text:", "access", "--extract"))
# Redis's `CONFIG GET requirepass` replies with the name and its value (nextredis.py reads those)
_REDIS = lazyre.compile(r"(?i)redis|valkey|\d>[ \t]{0,4}config\b|(?-i:CONFIG[ \t]{1,4}GET)")


def reads_secret(head: str) -> bool:
    """A command that prints a secret alone on the next line: a setting or output read by a
    name that names a secret, or a password manager's read."""
    m = _READS_NAMED.search(head)
    # (Redis named in the setting itself, `terraform output -raw redis_auth_token`, is no
    # redis-cli)
    if m is not None and _REDIS.search(head, 0, m.start("n")) is None:
        name = re.split(r"[/:]", m.group("n").rstrip("/"))[-1]
        return bool(name) and is_secret_name(name)
    if "--reveal" in head and (fields := _OP_FIELDS.search(head)) is not None:
        return any(is_secret_name(f.split("=", 1)[-1]) for f in fields.group("f").split(",") if f)
    if "--extract" in head and (extract := _SOPS_EXTRACT.search(head)) is not None:
        return is_secret_name(extract.group("n"))
    if "/text:" in head:
        text = _APPCMD_TEXT.search(head)
        return text is not None and is_secret_name(text.group("n").rsplit(".", 1)[-1])
    return _READS_SECRET.search(head) is not None


# The lines that arm these followers when no other detector picks them (a field location or a
# `Name` that names a secret holds a secret name: keyvalue.py's hints pick those).
TOOL_ARMING = Detector(
    KIND,
    (
        "keys list",
        "list-keys",
        "jq ",
        "yq ",
        '"auth',
        "jsonpath",
        "fake:",
        "securejsondata",
        "op item get",
    ),
    lambda line: iter(()),
    (
        r"\bfake:[ \t]*$",
        r"securejsondata[\"']?[ \t]*:",  # (Grafana's: no name below it need hold a hint)
        _ENV_VALUES.pattern,
        r"keys[ \t]+list",
        r"list-keys",
        r"\bop[ \t]+item[ \t]+get[ \t][^\n]*--reveal",
        r"\b[jy]q[ \t]+-",
        r"\d\)[ \t]+\"auth2?\"[ \t]*$",
        # (a fetch's URL ends in a secret name: keyvalue.py's hints pick most; this one the rest)
        r"(?:curl|wget)[ \t][^\n]*/[a-z0-9_.-]*(?:token|secret|key|pass|cred)[a-z0-9_.-]*[\"']?[ \t]*$",
    ),
)


# external-secrets' fake provider: `fake:` alone, its `data:` list of `- key: …` / `value: "…"`
_FAKE = lazyre.compile(r"(?P<i>[ \t]{0,64})fake:[ \t]*")
_FAKE_VALUE = lazyre.compile(
    r"[ \t]{0,64}(?:-[ \t]{1,4})?value:[ \t]{1,8}(?P<q>[\"']?)(?P<v>[^\s\"'#][^\"'\n]{0,4095}?)(?P=q)[ \t]*"
)
_FAKE_LINES = 256


@dataclass
class FakeProvider:
    """The values external-secrets' fake provider serves, until the block under `fake:` ends."""

    indent: int
    left: int = _FAKE_LINES

    @staticmethod
    def arm(line: str) -> FakeProvider | None:
        if "fake:" not in line or len(line) > 128:
            return None
        m = _FAKE.fullmatch(line)
        return FakeProvider(len(m.group("i"))) if m else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        body = line.lstrip(" \t")
        if not body:
            return self.left > 0, []
        if len(line) - len(body) <= self.indent:
            return False, []
        m = _FAKE_VALUE.fullmatch(line)
        if m is None or is_trivial_value(m.group("v")):
            return self.left > 0, []
        return self.left > 0, [(m.start("v"), m.end("v"), KIND)]
