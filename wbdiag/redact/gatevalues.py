"""Values the leak gate's context check (gatecontext.py) reads by a form of their own, not as a
token between separators:

- `ends_redacted` and `continued_secret`: a value that runs on onto the next line (a YAML
  double-quoted scalar folded there, quoted-printable's soft line break, a terminal's or a
  quoted reply's wrap), of which the redactor took the part on the first line only: the next
  line opens with the rest (after a reply's `> `; before a URL's host, a password's; a registry
  export's binary value in rows of bytes after `,\\`, gateregistry.py);
- `spaced_secrets`: a quoted value with spaces right after a secret word (`password "Kq7.v
  Rz9Lp"` in a netrc), judged whole without its spaces, which cut it into pieces too short to
  judge;
- `uuid_secrets`: a UUID as a secret's whole value (an API key or an HMAC key generated as a
  UUID: `"key": "…"` in a Jupyter kernel's connection file, `SNYK_TOKEN=…`); a UUID is an id
  everywhere else, so only the names of secrets themselves count, not `Idempotency-Key`;
- `assigned_secret`: the whole value assigned to a name that is a secret's own, in any
  language (`パスワード=…`), judged by its place as a table's password column is;
- `prints_secret` and `printed_secret`: code that prints a secret by its name
  (`print(os.environ["API_TOKEN"])`, `echo "$DB_PASSWORD"`, `console.log(process.env.SECRET)`)
  and, within the next few lines, a random-looking token alone on its line: its output (a
  notebook's cell output, a terminal transcript);
- `password_field` and `field_secret`: an object typed as a password field (a widget's
  `PasswordModel`, `<input type="password" …>`, a form schema's `"type": "password"`) and the
  random-looking value it holds, on its line or within the next few.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact import gateregistry, gatevendors
from wbdiag.redact.gatecontext import MIXED_RX, lone_token, name_before, names_secret, public_before
from wbdiag.redact.gatetoken import looks_random, plausible_secret, reference
from wbdiag.redact.gatewords import MORE_WIDE_WORDS, WIDE_WORDS

WINDOW = 4  # how many lines after code that prints a secret, or a password field, hold its value

# The redactor's placeholder last on a line, before a soft line break's `=` or `\` at most.
_ENDS_REDACTED = lazyre.compile(r"\[REDACTED:[^\]\s]{1,64}\](?:[=\\]|,\\)?\Z")
# the first token of a line, after its indentation and an opening quote (its closing quote may be
# escaped: JSON inside a JSON string, `…\\",\\"level\\":…`)
_MARKUP = lazyre.compile(r"[<>{}\[\]()\"'`]")
_BASE64 = lazyre.compile(r"[A-Za-z0-9+/]{8,512}={0,2}")
_FIRST_TOKEN = lazyre.compile(
    r"[ \t]{0,64}[\"']?([^\s\"'`,;(){}\[\]<>|=:@&\\]{6,512})(?:\\?[\"'\s,;]|\Z)"
)
# ... or the rest of a URL's password before its host (`…:[REDACTED…]` / `Kp8Vn@mail…:587`)
_BEFORE_HOST = lazyre.compile(r"([^\s\"'`,;(){}\[\]<>|=:@&\\/]{6,512})@[A-Za-z0-9][\w.-]{0,253}")
_QUOTE_MARKS = lazyre.compile(r"(?:>[ \t]?){1,8}")


def ends_redacted(text: str) -> bool:
    """The line ends with the redactor's placeholder: the value may go on on the next line."""
    tail = text.rstrip(" \t\r")
    return tail.endswith(("]", "]=", "]\\", "],\\")) and _ENDS_REDACTED.search(tail) is not None


def _random_match(rx: re.Pattern[str], text: str) -> str:
    """The token `rx` takes at the line's start (its group 1) when it looks random, or ''."""
    m = rx.match(text)
    if m is None:
        return ""
    token = m.group(1)
    return token if MIXED_RX.search(token) and looks_random(token) else ""


def continued_secret(text: str) -> str:
    """The random-looking token that opens a line after one that ends with a placeholder (the
    rest of the value the placeholder took part of), or ''. A token alone on that line is such
    a rest by its place (a terminal's wrap, a YAML plain scalar folded, a base64 value wrapped
    into lines of which the redactor took the first): judged as a value its place names a
    secret (`plausible_secret`), and base64 of text decoded first."""
    if text.startswith(">"):
        text = _QUOTE_MARKS.sub("", text, count=1)  # (a reply's quote, hard-wrapped)
    elif text[:1] in " \t" and "," in text and gateregistry.row_text(text):
        return gateregistry.row_text(text)  # (a registry export's binary value, wrapped)
    token = _random_match(_FIRST_TOKEN, text) or _random_match(_BEFORE_HOST, text)
    if token or not lone_token(text):
        return token
    value = text.strip()
    if _MARKUP.search(value):
        return ""  # a tag or bracket (`</tls-crypt>` after a key block the redactor took)
    if plausible_secret(value):
        return value
    if _BASE64.fullmatch(value):
        try:
            decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
            rest = decoded.decode("ascii").strip()
        except (binascii.Error, ValueError):
            return ""
        if rest.isprintable() and plausible_secret(rest):
            return value
    return ""


# after a secret word: the rest of its name, a closing quote and `:`/`=`, then a quoted value
# that holds a space (a value without one is a token the context check judges)
_SPACED = lazyre.compile(
    r"[A-Za-z0-9_.-]{0,24}[\"']?[ \t]{0,4}[:=]?[ \t]{0,4}(?P<q>[\"'])"
    r"(?P<v>[^\"'\n]{1,64} [^\"'\n]{1,64})(?P=q)"
)
_QUOTED_SPACE = lazyre.compile(r"[\"'][^\"'\n]{1,64} [^\"'\n]{1,64}[\"']")
_WORD = lazyre.compile(r"[A-Za-z][a-z]{1,15}|[a-z]{2,16}[(:.,!?]?")


def spaced_secrets(text: str, ends: list[int]) -> Iterator[str]:
    """Quoted values with spaces right after a context, random-looking without their spaces: a
    few short pieces, one a word at most (sentences and expressions are not: `"correct horse
    battery"`, `"Change Me Now"`, `"length(12) and digits(1)"`), and no public value by its
    name (`passwordPolicy`)."""
    if not ends or _QUOTED_SPACE.search(text, ends[0]) is None:
        return  # (no quoted value with a space after the first context: a cheap test first)
    for end in ends:
        m = _SPACED.match(text, end)
        if m is None:
            continue
        pieces = m.group("v").split(" ")
        if len(pieces) > 4 or any(not 2 <= len(p) <= 16 for p in pieces):
            continue
        if sum(_WORD.fullmatch(p) is not None for p in pieces) > 1:
            continue
        joined = "".join(pieces)
        if (
            MIXED_RX.search(joined)
            and looks_random(joined)
            and not public_before(text, m.start("q"))
        ):
            yield m.group("v")


_UUID_VALUE = lazyre.compile(
    r"(?<![0-9A-Za-z-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"(?![0-9A-Za-z-])"
)
# the names a secret itself goes by, without their separators (`api_key`, `X-Auth-Token`); a
# bare `key` in lower case only, as configuration files write it (an API's `"Key"` is an S3
# object's name); Vault AppRole's `secret_id`, a secret named as an id (not its
# `secret_id_accessor`, nor its public `role_id`)
_SECRET_NAME = lazyre.compile(
    r"(?:secret|password|passwd|pwd|apikey|apitoken|authtoken|accesstoken|secretkey|privatekey"
    r"|hmackey|signingkey|licensekey|identityheader)\Z|\A(?:token|key|secretid)\Z"
)


# an HTTP Authorization header's scheme before its credentials, whatever the scheme (Splunk
# HEC's `Authorization: Splunk <uuid>`, Opsgenie's `GenieKey`, Sensu's `Key`): what follows is
# the credential itself; so is a vendor's session header's value (`X-Metabase-Session: <uuid>`)
_SCHEME_BEFORE = lazyre.compile(
    r"(?i)(?:authorization[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?[A-Za-z][\w-]{1,24}[ \t]{1,4}"
    r"|\bx-[a-z][\w-]{0,32}-session[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?)\Z"
)


def uuid_secrets(text: str, ends: list[int]) -> Iterator[str]:
    """UUIDs that are a secret's whole value: right after a name that is a secret's own
    (`"key": "…"`, `api_token=…`) or an Authorization header's scheme, within reach of a
    context on the line."""
    if not ends or text.count("-", ends[0]) < 4:
        return  # (no UUID after the first context: a cheap test first)
    for m in _UUID_VALUE.finditer(text, ends[0]):
        if _SCHEME_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None:
            yield m.group(0)
            continue
        name = name_before(text, m.start())
        flat = name.lower().replace("_", "").replace("-", "").replace(".", "")
        if flat == "key" and name != "key":
            continue
        if flat and _SECRET_NAME.search(flat) is not None:
            yield m.group(0)


# a name, `=` or `:`, and a value that fills the rest of the line (quoted or not, a comma after
# it at most; no reference, template or encrypted form: `$env:X`, `ENC[…]`, `{{ x }}`)
_ASSIGNED = lazyre.compile(
    r"(?P<n>[^\s=:\"'`{},;()\[\]<>]{1,48})[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?P<q>[\"']?)"
    r"(?P<v>[^\s\"'`$(){}\[\]]{8,256})(?P=q)[ \t]*,?[ \t\r]*\Z"  # (a CRLF file's `\r`)
)
_ASSIGNED_REACH = 48 + 12 + 256 + 8  # the name, the `=` and quotes, the value, a comma
_WIDE_SECRET_NAMES = tuple(w.lower() for w in WIDE_WORDS + MORE_WIDE_WORDS)


def own_secret_name(name: str) -> bool:
    """The name is a secret's own (`DB_PASSWORD`, `oidc.secret`, `パスワード`), not one that only
    holds a secret word (`password_policy`)."""
    low = name.lower()
    flat = low.replace("_", "").replace("-", "").replace(".", "")
    return _SECRET_NAME.search(flat) is not None or low.endswith(_WIDE_SECRET_NAMES)


def assigned_secret(text: str, ends: list[int]) -> str:
    """The value a line assigns to a name that is a secret's own (`DB_PASSWORD=…`,
    `パスワード=…`, `"api_token": "…"`), filling the rest of the line: judged as a value its
    place names a secret (`plausible_secret`: it need not read as generated), or ''."""
    if not ends:
        return ""
    cut = max(0, len(text) - _ASSIGNED_REACH)  # (the value ends the line: read its end only)
    m = _ASSIGNED.search(text, cut)
    if m is None or m.end("n") < ends[0]:
        return ""
    if not own_secret_name(m.group("n")):
        return ""
    value = m.group("v")
    if not value.isascii() or "://" in value or reference(value):
        return ""  # a mask (`sk-••••a9f2`), a secret manager's address (`op://…`)
    if public_before(text, m.start("v")) or not plausible_secret(value):
        return ""
    if gatevendors.published_key(value):
        return ""  # a key's public id under the key's name (Twilio's `TWILIO_API_KEY=SK…`)
    return value


# a call or command that prints (the secret word is looked for after it: `names_secret`)
_PRINTS = lazyre.compile(
    r"(?i)(?<![A-Za-z0-9_.])(?:print|printf|echo|puts|console\.log|write-host|write-output)"
    r"(?![A-Za-z0-9_])"
)
# a line holding one token, bare or quoted as a JSON string, with its output's newline escaped
_ALONE = lazyre.compile(r"[ \t]{0,64}[\"']?([^\s\"'\\,;]{8,512})(?:\\[rn]){0,2}[\"']?,?[ \t]*\Z")


def prints_secret(text: str) -> bool:
    """Code that prints a secret by its name (not its digest or fingerprint: `names_secret`)."""
    m = _PRINTS.search(text)
    return m is not None and names_secret(text[m.end() :])


def printed_secret(text: str) -> str:
    """The random-looking token alone on the line, or ''."""
    return _random_match(_ALONE, text)


_PASSWORD_FIELD = lazyre.compile(
    r"(?i)(?:model_name|type|input_?type|widget|kind)[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?"
    r"password(?:model|input|field|widget)?[\"']"
)
_FIELD_VALUE = lazyre.compile(
    r"(?i)(?<![A-Za-z0-9_])(?:value|default|initial)[\"']?[ \t]{0,4}[:=][ \t]{0,4}"
    r"[\"']([^\"'\s]{8,512})[\"']"
)


def password_field(text: str) -> bool:
    """The line opens or describes an object typed as a password field."""
    return _PASSWORD_FIELD.search(text) is not None


def field_secret(text: str) -> str:
    """A random-looking quoted value given as a field's `value` on the line, or ''."""
    for m in _FIELD_VALUE.finditer(text):
        token = m.group(1)
        if MIXED_RX.search(token) and looks_random(token):
            return token
    return ""
