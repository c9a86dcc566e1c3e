"""Credential files and exports read by their own layout (the leak gate, gate.py), where no
secret word stands next to the value or the value's form hides it from the context check:

- a libpq password file's line, `hostname:port:database:username:password` (`.pgpass`, also
  inside a Secret or a `cat`'s output): the fifth field, with its `\\:` and `\\\\` escapes, is
  the password; the port is a number or `*`;
- an Oxidized `router.db` line, `host:model:username:password[:enable]` (the host a dotted name
  or an address, the model a word): the password and the enable secret;
- a password stored under a scheme that keeps it as it is (`{PLAIN}…`, `{CLEARTEXT}…`: Dovecot's
  passwd-file, LDAP's `userPassword`);
- a `docker run --env-file` file's value, which keeps everything after the `=` (spaces, `#`,
  quotes) as the value: a name that is a secret's own (`MYSQL_PASSWORD=7MA #lnb #8DI`) with a
  value of a few short pieces, random-looking when joined (one word at most: `changeme # set
  later` is a value and a comment to a shell, and reads as one);
- Terraform's `random_password`: its `result` in `terraform state show` (`resource
  "random_password" "db" {` … `result = "…"`) or in state or plan JSON (`"type":
  "random_password"` … `"result": "…"`); the provider marks it sensitive, `(sensitive value)`,
  only where it prints a plan;
- a CSV or TSV export's header (`gateplaces`' tables are drawn; these are not): the cells under
  a header cell that names a secret (`id,user_id,key`), and the `value` cell of a row whose
  other cell names a secret or types it one (`wandb-mysql,wandb,MYSQL_PASSWORD,…`, SSM's
  `SecureString`); judged as a value its place names a secret (`plausible_secret`)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatealigned import secret_column
from wbdiag.redact.gatecontext import MIXED_RX
from wbdiag.redact.gatetoken import looks_random, plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name

_FIELD = r"(?:[^:\s\\]|\\.){1,128}"
_PGPASS = lazyre.compile(
    r"[ \t]{0,16}(?:[A-Za-z0-9][\w.-]{0,252}|\*):(?:\d{1,5}|\*):"
    rf"{_FIELD}:{_FIELD}:(?P<p>(?:[^\s:\\]|\\.){{6,256}})[ \t]*\r?\Z"
)
_ROUTER_DB = lazyre.compile(
    r"[ \t]{0,16}[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,8}:[a-z][a-z0-9_]{1,31}:[^:\s]{1,64}"
    r":(?P<p>[^:\s]{6,256})(?::(?P<e>[^:\s]{6,256}))?:?[ \t]*\r?\Z"
)
_ENV_FILE = lazyre.compile(
    r"[ \t]{0,16}(?P<n>[A-Za-z_][A-Za-z0-9_]{0,127})=(?P<v>[^\s\"'$][^\n\"'$]{0,190}[^\s\"'$])"
    r"[ \t]*\r?\Z"
)
_WORD = lazyre.compile(r"[A-Za-z][a-z]{1,15}")
# a password stored under a scheme that keeps it as it is (Dovecot's passwd-file and
# `doveadm pw`'s schemes, LDAP's `userPassword`); a colon ends a passwd-file's field
_SCHEMED = lazyre.compile(r"\{(?i:plain|clear|cleartext|plain-trunc)\}(?P<p>[^:\s\\]{4,256})")
_RANDOM_PASSWORD = lazyre.compile(r"\"random_password\"")
_RESULT = lazyre.compile(
    r"[ \t]{0,64}\"?result\"?[ \t]{0,16}[=:][ \t]{0,4}\"(?P<v>[^\"\n]{6,256})\""
)
_TF_REACH = 40
_HEADER = lazyre.compile(
    r"\ufeff?[A-Za-z_][\w .-]{0,63}(?:(?P<s>[,\t])[A-Za-z_][\w .-]{0,63}){1,31}\r?"
)
_VALUE_COLUMNS = frozenset(("value", "secret_value", "plaintext"))
_SECRET_TYPES = frozenset(("securestring", "secret", "password"))
_CSV_REACH = 64

LITERALS = (":", "=", "random_password", ",", "\t", "}")
HINTS = (
    r"^[ \t]*(?:[a-z0-9][0-9a-z_.-]*|\*):(?:[0-9]+|\*):[^:\s]+:[^:\s]+:[^\s]{6}",
    r"^[ \t]*[a-z0-9][0-9a-z_-]*\.[0-9a-z_.-]*:[a-z][a-z0-9_]*:[^:\s]+:[^:\s]{6}",
    r"^[ \t]*[a-z_][0-9a-z_]*(?:pass|pwd|secret|token|key|credential)[0-9a-z_]*=[^\s\"'$]+[ \t]",
    r"\"random_password\"",
    r"\{(?:plain|clear|cleartext|plain-trunc)\}[^:\s]{4}",
    # (a header's first cell may follow a byte-order mark: the pattern is not anchored; it reads
    # the first cell from its last letter or `_` on, which picks the same lines as
    # `[a-z_][0-9a-z_ .-]*[,\t]`, a form `re` tries from every letter of a long line to its end)
    r"[a-z_][0-9 .-]*[,\t][a-z_][0-9a-z_ .-]*\r?$",
)


def _unescaped(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def line_secrets(text: str) -> Iterator[str]:
    """A `.pgpass` line's password, a `{PLAIN}` password, an env-file's spaced value under a
    secret's own name."""
    m = _PGPASS.match(text) if text.count(":") >= 4 else None
    if m is not None:
        value = _unescaped(m.group("p"))
        if MIXED_RX.search(value) and plausible_secret(value) and not reference(value):
            yield m.group("p")
            return
    m = _ROUTER_DB.match(text) if text.count(":") >= 3 else None
    for value in (m.group("p"), m.group("e")) if m is not None else ():
        if value and MIXED_RX.search(value) and plausible_secret(value) and not reference(value):
            yield value
            return
    m = _SCHEMED.search(text) if "}" in text else None
    if m is not None and MIXED_RX.search(m.group("p")) and plausible_secret(m.group("p")):
        yield m.group("p")
        return
    m = _ENV_FILE.match(text) if " " in text else None
    if m is not None and own_secret_name(m.group("n")):
        pieces = m.group("v").split()
        if not 2 <= len(pieces) <= 4 or any(not 2 <= len(p) <= 24 for p in pieces):
            return
        if sum(_WORD.fullmatch(p.lstrip("#")) is not None for p in pieces) > 1:
            return
        joined = "".join(pieces)
        # (a generated passphrase's pieces read as one when joined as its generator joins them)
        phrase = plausible_secret("-".join(pieces))
        if MIXED_RX.search(joined) and (plausible_secret(joined) or looks_random(joined) or phrase):
            yield m.group("v")


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a `random_password`'s result, and of an export's secret cells, from
    the line at `i` (the resource's header or the export's header)."""
    text = block[i]
    if "random_password" in text and _RANDOM_PASSWORD.search(text):
        for j in range(i + 1, min(len(block), i + _TF_REACH)):
            if _RANDOM_PASSWORD.search(block[j]) or block[j].startswith("}"):
                break
            m = _RESULT.match(block[j])
            if m is not None and "[REDACTED" not in m.group("v") and "*" * 4 not in m.group("v"):
                yield j, m.group("v")
                break
        return
    yield from _export_cells(block, i)


def _cells(line: str, sep: str) -> list[str]:
    return next(csv.reader([line.rstrip("\r\n")], delimiter=sep), [])


def _export_cells(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    header = _HEADER.fullmatch(block[i])
    if header is None:
        return
    sep = header.group("s")
    names = [c.strip().lstrip("\ufeff").lower() for c in _cells(block[i], sep)]
    secret = [k for k, name in enumerate(names) if secret_column(name)]
    values = [k for k, name in enumerate(names) if name in _VALUE_COLUMNS]
    if not secret and not values:
        return
    for j in range(i + 1, min(len(block), i + 1 + _CSV_REACH)):
        if sep not in block[j]:
            return
        row = _cells(block[j], sep)
        if len(row) != len(names):
            return
        picked = list(secret)
        if any(own_secret_name(c) or c.lower() in _SECRET_TYPES for c in row):
            picked += values
        for k in picked:
            cell = row[k].strip()
            if MIXED_RX.search(cell) and plausible_secret(cell) and not reference(cell):
                yield j, cell
                break
