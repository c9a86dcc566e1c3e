"""Values the leak gate reads by their place in a SQL statement (or in code that builds one),
where the syntax, not a name next to the value, says it is a password:

- `password_literals`: the string after `IDENTIFIED [WITH plugin] BY` (on the line, or alone at
  the start of the next one, as a general query log wraps a statement), inside `PASSWORD('…')`,
  after Postgres's `[ENCRYPTED] PASSWORD '…'`, a replica's `MASTER_PASSWORD=` /
  `SOURCE_PASSWORD=`, `SET PASSWORD [FOR …] =`, a server's `OPTIONS (…, PASSWORD '…')`, also with
  its quotes escaped (`\'…\'`, an audit log's CSV field); the quoted value is the password
  however it reads (`'failure!'`, a word and a mark); not `IDENTIFIED BY PASSWORD '*…'` (a hash,
  which the gate's own shape judges), `IDENTIFIED WITH plugin AS '…'`, a `?`/`%s`/`:name`
  parameter, a mask (`'*****'`), a template's or a document's placeholder, alembic's
  `Can't locate revision identified by '<revision id>'`;
- `named_elsewhere`: a value set where the statement names it in another clause
  (`UPDATE global_variables SET variable_value='…' WHERE variable_name='…_credentials'`, a
  proxy's or server's admin table), each `:`/`;`/`,` separated piece judged;
- `hex_text`: a hex literal that spells printable text (`UNHEX('4536…')`, `X'…'`, `0x…`,
  `decode('…', 'hex')`, `bytes.fromhex('…')`): the text, decoded, judged as a token; a digest or
  random bytes in hex decode to non-text;
- `concatenated_rest`: a literal joined to one the redactor replaced (`CONCAT('[REDACTED:…]',
  '…')`, `'[REDACTED:…]' + '…'`, `||`): the rest of the same value;
- `cipher_arguments`: the literal arguments of an encryption function (`AES_ENCRYPT('…',
  '…')`, `pgp_sym_encrypt`, `ENCRYPTBYPASSPHRASE`): the plaintext stored encrypted and the key;
- `row_peers`: in a multi-row INSERT (`VALUES (…),(…)`, a dump's), the cells of a column where
  another row's cell was redacted: the redactor knew that row's secret by its shape.
"""

from __future__ import annotations

import binascii
import itertools
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX, names_secret
from wbdiag.redact.gatetoken import looks_random, made_up, plausible_secret

# a quoted literal in SQL (doubled quotes inside), as the group `v`; or with its quotes escaped
_LIT = (
    r"(?:(?P<q>['\"])(?P<v>(?:[^'\"\n\\]|''|\\.){1,256})(?P=q)"
    r"|\\(?P<e>['\"])(?P<w>[^'\"\n\\]{1,256})\\(?P=e))"
)
_PASSWORD_PLACE = lazyre.compile(
    # (not alembic's `Can't locate revision identified by '<revision id>'`)
    r"(?i)(?:(?<!revision )\bidentified(?:[ \t]{1,8}with[ \t]{1,8}[`'\"]?\w{1,64}[`'\"]?)?[ \t]{1,8}by"
    r"|\b(?:with|encrypted|login)[ \t]{1,8}password|[(,][ \t]{0,4}password)[ \t]{1,8}"
    r"|\bpassword[ \t]{0,4}\(|\b(?:master|source)_password[ \t]{0,4}=[ \t]{0,4}"
    r"|\bset[ \t]{1,8}password(?:[ \t]{1,8}for[ \t]{1,8}[^\s=]{1,160})?[ \t]{0,4}=[ \t]{0,4}"
)
# a stored hash in a password's place (pg_dumpall's `PASSWORD 'SCRAM-SHA-256$4096:…'`, `md5…`)
_HASHED = lazyre.compile(r"(?i)scram-sha-256\$|md5[0-9a-f]{32}\Z")
_AFTER_PLACE = lazyre.compile(r"[ \t]{0,8}N?" + _LIT)
# a line that ends with such a place: the literal opens the next line
_ENDS_WITH_PLACE = lazyre.compile(
    r"(?i)(?<!revision )\bidentified[ \t]{1,8}by[ \t]*\Z|\bpassword[ \t]{0,4}\(\Z"
)
_NEXT_LITERAL = lazyre.compile(r"[ \t]{0,64}N?" + _LIT)
LITERALS = ("identified", "password")
HINTS = (
    r"(?:identified[ \t]+by|password[ \t]*\(|(?:with|encrypted|login)[ \t]+password)[ \t]*N?\\?['\"]",
    r"identified[ \t]+by[ \t]*\n",
    r"identified[ \t]+with[ \t][^\n]*[ \t]by[ \t]*N?\\?['\"]",
    r"(?:master|source)_password[ \t]*=[ \t]*\\?['\"]|[(,][ \t]*password[ \t]+N?['\"]",
    r"set[ \t]+password[^\n]*=[ \t]*\\?['\"]",
)
# what a template, a document or a mask leaves in a password's place: a parameter, a variable,
# a bracketed name, stars, a run of one letter (`xxxxxxxx`)
_NOT_GIVEN = lazyre.compile(
    r"(?i)\*+|\?|%s|:\w+|\$\{?\w+\}?|<[^<>]*>|\{\{?[^{}]*\}\}?|\[[^\[\]]*\]|([a-z])\1+"
)


def _judged(value: str) -> bool:
    value = value.replace("''", "'")
    return "[REDACTED" not in value and not _HASHED.match(value) and plausible_secret(value)


def _given(value: str) -> bool:
    """A quoted value in a password's place: the password however it reads (a word and a mark,
    `'failure!'`), unless a template, a document or a mask put it there."""
    value = value.replace("''", "'")
    if _judged(value):
        return True
    return (
        6 <= len(value) <= 128
        and not any(c.isspace() for c in value)
        and "[REDACTED" not in value
        and not _HASHED.match(value)
        and _NOT_GIVEN.fullmatch(value) is None
        and not made_up(value)
    )


def password_literals(text: str, prev: str = "") -> Iterator[str]:
    """Literals in a password's place on the line, or at its start when `prev` ends with one."""
    if prev and _ENDS_WITH_PLACE.search(prev.rstrip()) is not None:
        m = _NEXT_LITERAL.match(text)
        if m is not None and _given(m.group("v") or m.group("w")):
            yield m.group("v") or m.group("w")
    for place in _PASSWORD_PLACE.finditer(text):
        m = _AFTER_PLACE.match(text, place.end())
        if m is not None and _given(m.group("v") or m.group("w")):
            yield m.group("v") or m.group("w")


# `SET col = '…' WHERE other = '…'`: the value (a quote inside it doubled: `'ab''cd'`), then
# the name in the WHERE clause
_SET_WHERE = lazyre.compile(
    r"(?i)\bset[ \t]{1,8}[\w.`\"]{1,64}[ \t]{0,4}=[ \t]{0,4}'(?P<v>(?:[^'\n]|''){1,512})'"
    r"[ \t]{1,8}where[ \t]{1,8}[\w.`\"]{1,64}[ \t]{0,4}(?:=|like)[ \t]{0,4}'(?P<n>[^'\n]{1,128})'"
)
CREDENTIAL_PIECES = lazyre.compile(r"[;,]|(?<=[A-Za-z0-9_])[:=](?=\S)")
NAMED_LITERALS = ("where",)
NAMED_HINTS = (r"set[ \t]+[^\n]{1,64}=[ \t]*'[^\n]{1,1024}'[ \t]+where[ \t]",)


def named_elsewhere(text: str) -> Iterator[str]:
    """Values an UPDATE sets where its WHERE clause names a secret; each piece of a list of
    credentials (`user:…;user2:…`) judged on its own."""
    for m in _SET_WHERE.finditer(text):
        if not names_secret(m.group("n")):
            continue
        for piece in CREDENTIAL_PIECES.split(m.group("v")):
            if MIXED_RX.search(piece) and _judged(piece):
                yield piece
                break


_HEX_LITERAL = lazyre.compile(
    r"(?i)(?:\bunhex\([ \t]{0,4}'|\bx'|\b0x|\bdecode\([ \t]{0,4}'|fromhex\([ \t]{0,4}['\"]"
    r"|unhexlify\([ \t]{0,4}b?['\"]|'\\\\x)(?P<h>(?:[2-7][0-9a-f]){8,256})(?![0-9a-f])"
)
HEX_LITERALS = ("unhex(", "x'", "0x", "decode(", "fromhex(", "unhexlify(", "\\x")
HEX_HINTS = (
    r"(?:unhex\([ \t]*'|x'|0x|decode\([ \t]*'|fromhex\([ \t]*['\"]|unhexlify\([ \t]*b?['\"]"
    r"|'\\\\x)(?:[2-7][0-9a-f]){8}",
)


def hex_text(text: str) -> Iterator[str]:
    """Hex literals of printable text that reads as a secret (the decoded text), or that spells
    a statement holding a password literal (the mysql client's `--binary-as-hex` of a general
    log's `argument`: `0x414C54455220…`, `ALTER USER … IDENTIFIED BY '…'`)."""
    for m in _HEX_LITERAL.finditer(text):
        try:
            decoded = binascii.unhexlify(m.group("h")).decode("ascii")
        except (binascii.Error, UnicodeDecodeError):
            continue
        if not decoded.isprintable():
            continue
        if " " not in decoded and looks_random(decoded):
            yield decoded
        elif " " in decoded:
            yield from itertools.islice(password_literals(decoded), 1)


# a placeholder closed, a joiner, and a literal: `'[REDACTED:…]', '…'` in CONCAT (a comma joins
# only there), `' + '`, `' || '`, `' . '`, `' & '` (not two literals side by side: a shell's two
# arguments)
_JOINED = lazyre.compile(
    r"\[REDACTED:[^\]\s]{1,64}\](?P<q>['\"])[ \t]{0,4}(?P<j>,|\+|\|\||\.|&)[ \t]{0,4}"
    r"(?P=q)(?P<v>[^'\"\n]{6,256})(?P=q)"
)
_CONCAT = lazyre.compile(r"(?i)concat(?:_ws)?\(")
CONCAT_LITERALS = ("[redacted:",)
CONCAT_HINTS = (r"\[REDACTED:[^\]\s]{1,64}\]['\"][ \t]*(?:,|\+|\|\||\.|&)[ \t]*['\"]",)


def concatenated_rest(text: str) -> Iterator[str]:
    """Literals joined to a redacted one: the rest of the value the redactor took part of."""
    for m in _JOINED.finditer(text):
        if m.group("j") == "," and _CONCAT.search(text, 0, m.start()) is None:
            continue  # (a list's next item is another value)
        value = m.group("v")
        if MIXED_RX.search(value) and not value.isalpha() and "[REDACTED" not in value:
            yield value


# an encryption function's call: its literal arguments are the plaintext one stores encrypted
# (a secret, or why encrypt it) and the key
_CIPHER = lazyre.compile(
    r"(?i)\b(?:aes|des|pgp_sym)_(?:en|de)crypt(?:_bytea)?[ \t]{0,4}\((?P<a>[^()\n]{1,1024})\)"
    r"|\b(?:en|de)cryptbypassphrase[ \t]{0,4}\((?P<b>[^()\n]{1,1024})\)"
)
_ARGUMENT = lazyre.compile(r"(?<![\w'])N?'(?P<v>(?:[^'\n\\]|''|\\.){1,256})'")
CIPHER_LITERALS = ("encrypt", "decrypt")
CIPHER_HINTS = (r"(?:en|de)crypt(?:_bytea|bypassphrase)?[ \t]*\([^)\n]*'",)


def cipher_arguments(text: str) -> Iterator[str]:
    """Literal arguments of an encryption function (`AES_ENCRYPT('…', '…')`,
    `pgp_sym_encrypt(…)`, SQL Server's `ENCRYPTBYPASSPHRASE`): the plaintext and the key."""
    if "rypt" not in text and "RYPT" not in text:
        return  # (a cheap test first: a line too long for the prefilter's patterns gets every check)
    for m in _CIPHER.finditer(text):
        for arg in _ARGUMENT.finditer(m.group("a") or m.group("b")):
            value = arg.group("v")
            if MIXED_RX.search(value) and _judged(value):
                yield value.replace("''", "'")
                return


# an extended INSERT's rows (`VALUES (…),(…)`, as mysqldump writes them): a cell the redactor
# replaced names its column a secret, in every row
_ROWS = lazyre.compile(r"(?i)\bvalues[ \t]{0,4}\(")
# (a blank or a tab on either side of the comma, as ROWS_HINTS lets it)
ROWS_LITERALS = ("),(", "), (", "),\t(", ") ,", ")\t,")
ROWS_HINTS = (r"\[REDACTED:[^\n]*\)[ \t]?,[ \t]?\(|\)[ \t]?,[ \t]?\([^\n]*\[REDACTED:",)


def _rows(text: str, at: int) -> list[list[str]]:
    """The rows of the tuple list that opens at `at` (after its `(`), each a list of cells as
    written (quotes included)."""
    rows: list[list[str]] = [[]]
    cell: list[str] = []
    quote = ""
    depth = 1
    i = at
    while i < len(text):
        c = text[i]
        if quote:
            cell.append(c)
            if c == "\\":
                cell.append(text[i + 1 : i + 2])
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
            cell.append(c)
        elif c == "(":
            depth += 1
            if depth == 1:
                rows.append([])
                cell = []
            else:
                cell.append(c)
        elif c == ")":
            depth -= 1
            if depth == 0:
                rows[-1].append("".join(cell).strip())
                cell = []
            else:
                cell.append(c)
        elif c == "," and depth == 1:
            rows[-1].append("".join(cell).strip())
            cell = []
        elif depth >= 1:
            cell.append(c)
        elif c not in " \t,":
            break  # the statement ends (`;`)
        i += 1
    return [row for row in rows if row]


def row_peers(text: str) -> Iterator[str]:
    """Values in the column of a multi-row INSERT where another row's cell was redacted
    (`(5,'slack','[REDACTED:…]'),(6,'webhook','…')`): the same column's secret, which the
    redactor knew by its shape in one row only."""
    if "[REDACTED:" not in text:
        return
    for m in _ROWS.finditer(text):
        rows = _rows(text, m.end())
        secret_columns = {
            n for row in rows for n, cell in enumerate(row) if cell.startswith("'[REDACTED:")
        }
        for row in rows:
            for n in secret_columns:
                cell = row[n] if n < len(row) else ""
                value = cell[1:-1] if len(cell) > 2 and cell[0] == cell[-1] == "'" else ""
                if (
                    value
                    and "[REDACTED" not in value
                    and MIXED_RX.search(value)
                    and looks_random(value)
                ):
                    yield value
                    return
