"""Values the leak gate reads by their place in a structure that spans a line or several, where
no secret word stands next to the value (an admin command's positional arguments:
gatecommands.py):

- `table_secrets`: the cells of a table (box-drawing `│`/`┃`/`║`, Markdown's or a SQL client's
  `|`, psql's inner `|` only) under a header cell that names a secret (`secret_access_key`, `Password`; not
  `access_key_id`, `Secret name`): the header names every row's value; and a key-value
  listing's row whose name names a secret and whose value lists credentials (`user:…;user2:…`);
- `call_secrets`: a password among the quoted arguments of a call that connects or logs in, as
  a stack trace prints them (`PDO->__construct('mysql:host=…', 'wandb', '…')`,
  `mysqli_connect('db', 'root', '…')`, `ldap_bind(…)`, Amazon RDS's
  `mysql.rds_set_external_master('host', 3306, 'repl', '…', …)`), or a frame's locals as its
  `args` tuple (`args = ('db.example.com', 'admin', '…', 3306)`): the arguments after the first
  (a DSN or host);
- `hmac_keys`: the value of a flag or setting that takes an HMAC key (`openssl dgst -hmac KEY`,
  ACME's external account binding: `--hmac`, `--eab-hmac-key`, `eab.hmacEncoded=`, `HMAC_KEY`);
  a name that is `hmac` alone holds a message's MAC, not a key;
- `pair_secrets`: the second of a pair whose first is an e-mail address (a login and its
  password: Python's SMTPHandler's `credentials`, `smtplib`'s `(user, password)`);
- `store_secrets`: a secret's value in a secret store's answer that names the secret
  (`projects/…/secrets/…` and the base64 `payload.data`, Key Vault's `value` beside
  `…/secrets/…`, SSM's `"Value"` beside `"Type":"SecureString"`), judged decoded when it is
  base64 of text;
- `key_record_secrets`: the `value` of the record of an account's key (`"keyName": "key1"`,
  Azure's storage, Service Bus and Event Hubs keys as `az … keys list` prints them);

Each value is judged by `plausible_secret`: its place says it is a secret, so it only has to
read as no word, identifier, path, placeholder or reference.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX, context_ends, names_secret
from wbdiag.redact.gatesql import CREDENTIAL_PIECES
from wbdiag.redact.gatetoken import looks_random, plausible_secret
from wbdiag.redact.gatewords import PUBLIC_NAMES


def judged(value: str) -> bool:
    """A value its place says is secret, if it reads as one: mixed characters, no word."""
    return MIXED_RX.search(value) is not None and plausible_secret(value)


# --- tables

_SEPARATORS = ("│", "┃", "║", "|")
# a rule between rows: box-drawing lines, `|---|:--:|`, `+-----+`, psql's `-----+-----`
_RULE = lazyre.compile(r"[\s─━═┄┈┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬╞╡╪+\-=:|│┃║]*\Z")
_TABLE_REACH = 200  # rows read after a header
# (a license too, as the context check reads a header cell: `| WANDB_LICENSE_PART | … |`)
TABLE_LITERALS = ("pass", "pwd", "secret", "token", "key", "credential", "auth", "licen")
# (a separator on either side of a secret word: psql's header has inner separators only)
_TABLE_WORD = "(?:" + "|".join(TABLE_LITERALS) + ")"
_TABLE_SEPARATOR = r"(?:\||│|┃|║)"
TABLE_HINTS = (
    _TABLE_SEPARATOR + r"[^\n]*" + _TABLE_WORD + "|" + _TABLE_WORD + r"[^\n]*" + _TABLE_SEPARATOR,
)
_SPLITTERS = {s: lazyre.compile(r"(?<!\\)" + re.escape(s)) for s in _SEPARATORS}


def _split(line: str, sep: str) -> list[str]:
    return [cell.strip() for cell in _SPLITTERS[sep].split(line)]


def _names_secret(cell: str) -> bool:
    """A header cell that names a secret, not something public about it."""
    if not 3 <= len(cell) <= 48 or not context_ends(cell):
        return False
    flat = cell.lower().replace(" ", "_").replace("-", "_").rstrip(":*")
    return not flat.endswith(PUBLIC_NAMES)


def _header(line: str) -> tuple[str, int, list[int]] | None:
    """The separator, the number of cells and the secret columns of a table's header line."""
    for sep in _SEPARATORS:
        if sep in line:
            cells = _split(line, sep)
            named = [i for i, cell in enumerate(cells) if cell and _names_secret(cell)]
            if named and sum(1 for c in cells if c) >= 2:
                return sep, len(cells), named
            return None
    return None


def _ruled_below(block: Sequence[str], i: int) -> bool:
    return _RULE.match(block[i + 1]) is not None and bool(block[i + 1].strip())


# a SQL client's `+----+` rule, and a header of column names only (`| Username | Password |`):
# its rule under the header may be cut off, the rows follow the header right away
_CLIENT_RULE = lazyre.compile(r"[ \t]*\+-[-+]*[ \t]*\Z")
_COLUMN_NAME = lazyre.compile(r"[A-Za-z_]\w{0,63}")


def _ruled_above(block: Sequence[str], i: int) -> bool:
    if i == 0 or _CLIENT_RULE.match(block[i - 1]) is None:
        return False
    cells = _split(block[i], "|")
    return len(cells) >= 4 and all(_COLUMN_NAME.fullmatch(c) for c in cells[1:-1])


def _listed_credentials(row: str) -> str:
    """A secret in a key-value listing's row whose name names one (`| admin-admin_credentials |
    admin:…;cluster1:… |`, ProxySQL's variables): each piece of a list of credentials judged."""
    cells = _split(row, "|") if "|" in row else []
    if len(cells) != 4 or cells[0] or cells[3] or not names_secret(cells[1]):
        return ""
    for piece in CREDENTIAL_PIECES.split(cells[2]):
        if MIXED_RX.search(piece) and "[REDACTED" not in piece and plausible_secret(piece):
            return piece
    return ""


def table_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for each random-looking cell under a secret column of the table whose
    header is line `i`: a line of cells with a rule right under it (a row of a key-value
    listing, `| ssl_key | /etc/…/key.pem |`, is no header), or a SQL client's header of
    column names only under its `+---+` rule (the rule under it may be cut off)."""
    listed = _listed_credentials(block[i])
    if listed:
        yield i, listed
        return
    if i + 1 >= len(block) or not (_ruled_below(block, i) or _ruled_above(block, i)):
        return
    header = _header(block[i])
    if header is None:
        return
    sep, count, columns = header
    for j in range(i + 1, min(len(block), i + 1 + _TABLE_REACH)):
        row = block[j]
        if not row.strip():
            break  # (a table ends at a blank line)
        if _RULE.match(row):
            continue
        if sep not in row:
            break
        cells = _split(row, sep)
        if len(cells) != count:
            break
        for k in columns:
            value = cells[k].strip("`'\"")
            if " " not in value and MIXED_RX.search(value) and plausible_secret(value):
                yield j, value
                break


# --- a call's arguments

_CALL = lazyre.compile(
    r"(?i)(?:connect|__construct|getconnection|mysqli|bind|rds_set_external_)[a-z0-9_]{0,32}"
    r"[ \t]{0,4}"
    r"\((?P<a>[^()\n]{1,1024})\)"
)
_QUOTED = lazyre.compile(r"'((?:[^'\\\n]|\\.){0,256})'|\"((?:[^\"\\\n]|\\.){0,256})\"")
# what a first argument that names the server looks like: a DSN, URL or host, no spaces
_SERVER = lazyre.compile(r"[\w.:/=;@\[\]-]{2,256}")
_HOST = lazyre.compile(r"localhost|[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\[[0-9A-Fa-f:.]{2,45}\]")
# (or a frame's locals: a connecting call's `args` tuple, server, user, password, port last)
_ARGS = lazyre.compile(
    r"(?<![\w.])args[ \t]{0,4}=[ \t]{0,4}\((?P<a>[^()\n]{1,1024}),[ \t]{0,4}\d{2,5}\)"
)
CALL_LITERALS = ("connect", "__construct", "getconnection", "mysqli", "bind", "rds_set_", "args")
CALL_HINTS = (
    r"(?:connect|__construct|getconnection|mysqli|bind)[a-z0-9_]*\([ \t]*['\"]",
    r"rds_set_external_[a-z0-9_]*[ \t]*\([ \t]*['\"]",
    r"args[ \t]*=[ \t]*\([ \t]*['\"][^\n]*,[ \t]*[0-9]{2,5}\)",
)


def call_secrets(text: str) -> Iterator[str]:
    """Passwords among a connecting call's quoted arguments after the first (a server)."""
    for rx in (_CALL, _ARGS):
        for m in rx.finditer(text):
            args = [a or b for a, b in _QUOTED.findall(m.group("a"))]
            if len(args) < 3 or _SERVER.fullmatch(args[0]) is None:
                continue
            if rx is _ARGS and _HOST.fullmatch(args[0]) is None:
                continue  # (a tuple of other arguments: `('GET', '/api/…', 200)`)
            for arg in args[1:]:
                if MIXED_RX.search(arg) and "[REDACTED" not in arg and plausible_secret(arg):
                    yield arg
                    break


# --- an HMAC key

_HMAC = lazyre.compile(
    r"(?i)(?:(?<![\w-])-{1,2}(?:[a-z]{1,12}-)?hmac(?:-key|-secret)?|hmac[_-]?(?:key|secret|encoded))"
    r"[\w.-]{0,24}[\"']?(?:[ \t]{1,4}|[ \t]{0,4}[:=][ \t]{0,4})[\"']?(?P<v>[^\s\"',;]{8,512})"
)
HMAC_LITERALS = ("hmac",)
# (the word alone: TLS logs name HMAC in every cipher suite; as a context word it made the scan
# of every block twice as slow)
HMAC_HINTS = (r"-hmac|hmac[_-]?(?:key|secret|encoded)",)


def hmac_keys(text: str) -> Iterator[str]:
    """Random-looking values of flags and settings that take an HMAC key."""
    for m in _HMAC.finditer(text):
        value = m.group("v")
        if MIXED_RX.search(value) and "[REDACTED" not in value and looks_random(value):
            yield value


# --- a (user, password) pair

# two quoted strings as a tuple or list, the first an e-mail address: a login and its password
# (the `credentials` of Python's SMTPHandler, `smtplib`'s and other clients' `(user, password)`)
_PAIR = lazyre.compile(
    r"[(\[][ \t]{0,4}(?P<q>['\"])[^'\"\s@]{1,64}@[^'\"\s@]{1,128}(?P=q)[ \t]{0,4},[ \t]{0,4}"
    r"(?P<r>['\"])(?P<v>(?:[^'\"\n\\]|\\.){6,256})(?P=r)[ \t]{0,4}[)\]]"
)
PAIR_LITERALS = ("@",)
# (with the address's parts bounded, as `_PAIR` bounds them, the hint made the scan of every
# block a third slower)
PAIR_HINTS = (r"@[^'\"\s@]*['\"][ \t]*,[ \t]*['\"]",)


def pair_secrets(text: str) -> Iterator[str]:
    """The second of a pair whose first is an e-mail address, when it reads as a password."""
    if "@" not in text:
        return  # (a cheap test first: a line too long for the prefilter's patterns gets every check)
    for m in _PAIR.finditer(text):
        value = m.group("v")
        if "[REDACTED" not in value and judged(value):
            yield value
            return


# --- the record of one key of an account (Azure's `az storage account keys list`, Service Bus,
# Event Hubs: `"keyName": "key1"`, `"permissions": "FULL"`, `"value": "<the key>"`), pretty-printed

_KEY_NAME = lazyre.compile(r"[\"']?key_?name[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?\w", re.IGNORECASE)
_RECORD_VALUE = lazyre.compile(
    r"[ \t]*[\"']?value[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?(?P<v>[^\"'\s,]{8,4096})"
)
KEY_RECORD_LITERALS = ("keyname", "key_name")
KEY_RECORD_HINTS = (r"key_?name[\"']?[ \t]*:",)
_RECORD_REACH = 8


def key_record_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the `value` of the key record whose `keyName` is on line `i`: its
    members above and below, up to the braces of its object."""
    if _KEY_NAME.search(block[i]) is None:
        return
    above = range(i - 1, max(-1, i - 1 - _RECORD_REACH), -1)
    below = range(i + 1, min(len(block), i + 1 + _RECORD_REACH))
    for lines in (below, above):
        for j in lines:
            text = block[j].strip()
            if text[:1] in "{}[]":
                break  # the object ends
            m = _RECORD_VALUE.match(block[j])
            if m is not None and "[REDACTED" not in m.group("v") and judged(m.group("v")):
                yield j, m.group("v")
                return


# --- a secret store's answer

# a secret's value beside the resource name of the secret in a store (Google Secret Manager's
# `{"name": "projects/…/secrets/…", "payload": {"data": "<base64>"}}`, Azure Key Vault's
# `{"value": "…", "id": "https://….vault.azure.net/secrets/…"}`): the store names it a secret
# (also YAML's `data: …`, the answer as `--format=yaml` prints it); AWS Systems Manager's
# `{"Name": …, "Type": "SecureString", "Value": "…"}` (GetParameter with decryption, as botocore
# logs its response body or `aws ssm get-parameter --with-decryption` prints it): the store types it
_STORE_VALUE = lazyre.compile(
    r"\"(?:data|[Vv]alue)\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[^\"\\\s]{8,4096})\""
    r"|(?<![\w.-])data:[ \t]{1,4}(?P<y>[A-Za-z0-9+/_-]{8,4096}={0,2})(?![^\s])"
)
_STORE_NAME = lazyre.compile(
    r"/secrets/[\w.-]{1,256}|\"Type\"[ \t]{0,4}:[ \t]{0,4}\"SecureString\""
)
# the start of AWS KMS's ciphertext blob in base64 (its version and key-wrapping bytes)
_KMS_BLOB = ("AQIBAH", "AQICAH", "AQIDAH")
STORE_LITERALS = ("/secrets/", "securestring")
STORE_HINTS = (
    r"/secrets/[^\n]*\"(?:data|value)\"|\"(?:data|value)\"[^\n]*/secrets/",
    r"\"type\"[ \t]*:[ \t]*\"securestring\"",
)


def _decoded_text(value: str) -> str:
    """The text base64 `value` spells, or ''."""
    if len(value) % 4 and "=" in value:
        return ""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return ""
    return text if text.isprintable() else ""


def store_secrets(text: str) -> Iterator[str]:
    """A secret's value in a secret store's answer about it, read as it stands and, when it is
    base64 of text, decoded."""
    if ("/secrets/" not in text and "SecureString" not in text) or _STORE_NAME.search(text) is None:
        return
    for m in _STORE_VALUE.finditer(text):
        value = m.group("v") or m.group("y")
        if "[REDACTED" in value or value.startswith(_KMS_BLOB):
            continue  # (an SSM SecureString read without decryption: KMS's ciphertext blob)
        decoded = _decoded_text(value)
        if (decoded and plausible_secret(decoded)) or judged(value):
            yield value
            return
