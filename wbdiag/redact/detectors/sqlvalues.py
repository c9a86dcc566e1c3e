"""Literal values of SQL statements that a secret name governs, where the name is not right
before the value (keyvalue.py has `password = '…'`):
- the rows of an INSERT (`mysqldump`'s extended inserts, a migration, ProxySQL's admin tables):
  with a column list, the values at the columns that name a secret (`INSERT INTO mysql_users
  (username, password) VALUES ('a', '…'), ('b', '…')`) and, in a name/value table
  (`variable_name, variable_value`), the value of a row whose name names one; without a column
  list, in a table whose name names a secret (`api_keys`, `tokens`), the values that read as
  generated;
- a name/value table's UPDATE (`SET variable_value='…' WHERE variable_name='admin-admin_credentials'`);
- a secret split into literals and joined again (`SET @pw = CONCAT('ab…', 'cd…')`): every part;
- the arguments of SQL's encryption and password functions (`AES_ENCRYPT('plaintext', 'key')`,
  `PGP_SYM_DECRYPT(data, 'key')`, `PASSWORD('…')`, `crypt('…', gen_salt('bf'))`): what is
  encrypted and the key, not the ciphertext or a salt;
- in the rows of an INSERT without column names, a column that holds a vendor's token in one row
  (tokens.py) holds a secret in every row: its generated values go too;
- a row image of `mysqlbinlog -v` (`###   @3='…'`), which names no column: a value that reads
  generated (a key's length, letters of both cases and digits), not a hex digest or an id.
Rows and lists are read in one pass (linear); values that are flags, numbers or masks stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors import tokens
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.names import is_secret_name, words
from wbdiag.redact.nextsql import literal_end, literals
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 1 << 20
_MAX_ROWS = 65536
_INSERT = lazyre.compile(
    r"(?i)\binsert[ \t]{1,4}(?:ignore[ \t]{1,4})?into[ \t]{1,4}(?P<t>[^\s(]{1,256})[ \t]{0,4}"
    r"(?:\((?P<cols>[^()]{1,4096})\)[ \t]{0,4})?values[ \t]{0,4}(?=\()"
)
_UPDATE_PAIR = lazyre.compile(
    r"(?i)\bset[ \t]{1,4}(?:[\w`\"]{1,64}\.)?[`\"]?(?P<vc>\w{0,64}value)[`\"]?[ \t]{0,4}=[ \t]{0,4}"
    r"'(?P<v>(?:[^'\n]|''){1,4096})'[ \t]{1,4}where[ \t]{1,4}(?:[\w`\"]{1,64}\.)?[`\"]?"
    r"(?P<nc>\w{0,64}(?:name|key|variable))[`\"]?[ \t]{0,4}=[ \t]{0,4}'(?P<n>[^'\n]{1,256})'"
)
_CONCAT = lazyre.compile(
    r"(?i)(?P<n>[@\w.]{1,128})[`\"]?[ \t]{0,4}:?=[ \t]{0,4}concat(?:_ws)?[ \t]{0,4}(?=\()"
)
# encryption and password functions, and which of their arguments are secret (by index)
_CRYPT_CALL = lazyre.compile(
    r"(?i)\b(?P<f>(?:aes|des)_(?:en|de)crypt|encrypt|pgp_sym_(?:en|de)crypt(?:_bytea)?|crypt"
    r"|old_password|password)[ \t]{0,4}(?=\()"
)
_CRYPT_ARGS = {"encrypt": (0, 1), "decrypt": (1,), "crypt": (0,), "password": (0,)}
_MARKER = lazyre.compile(r"\?|%s|\$\d{1,4}|@p\d{1,4}|:[A-Za-z_]\w{0,63}")
_UUID = lazyre.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_GENERATED_MIN = 16  # a value of a secret-named table, no column named: a key's length at least
# the columns of a name/value table: the one that names the setting and the one that holds it
_NAME_WORDS = frozenset({"name", "key", "variable", "setting", "option", "parameter"})


def _column(name: str) -> str:
    return name.strip().strip('`"[]').rsplit(".", 1)[-1]


def _value(line: str, span: tuple[int, int]) -> str | None:
    """An item's text when it may be a secret: not a bind marker, a flag, a number or a mask."""
    text = line[span[0] : span[1]]
    if not text or _MARKER.fullmatch(text) or is_trivial_value(text):
        return None
    return text


def _quoted(line: str, span: tuple[int, int]) -> bool:
    return span[0] > 0 and line[span[0] - 1] in "'\""


def _rows(line: str, start: int) -> Iterator[list[tuple[int, int]]]:
    """The rows `(…), (…)` from `start` (an opening parenthesis), each as its items' spans."""
    pos = start
    for _ in range(_MAX_ROWS):
        items = literals(line, pos)
        if items is None:
            return
        yield items
        end = line.find(")", items[-1][1] if items else pos)
        if end < 0:
            return
        pos = end + 1
        while pos < len(line) and line[pos] in " \t":
            pos += 1
        if pos >= len(line) or line[pos] != ",":
            return
        pos += 1
        while pos < len(line) and line[pos] in " \t":
            pos += 1
        if pos >= len(line) or line[pos] != "(":
            return


def _pair_columns(cols: list[str]) -> tuple[int, int] | None:
    """Where a name/value table names its setting and holds its value."""
    name_at = value_at = -1
    for k, col in enumerate(cols):
        ws = words(col)
        if ws and ws[-1] == "value" and value_at < 0:
            value_at = k
        elif ws and ws[-1] in _NAME_WORDS and name_at < 0:
            name_at = k
    return (name_at, value_at) if name_at >= 0 and value_at >= 0 else None


def _insert_spans(line: str) -> Iterator[Span]:
    for m in _INSERT.finditer(line):
        cols = [_column(c) for c in m.group("cols").split(",")] if m.group("cols") else []
        secret = frozenset(k for k, c in enumerate(cols) if is_secret_name(c))
        pair = _pair_columns(cols)
        named_table = not cols and is_secret_name(_column(m.group("t")))
        if not cols and not named_table:
            yield from _token_columns(line, m.end())
            continue
        if not secret and pair is None and not named_table:
            continue
        for items in _rows(line, m.end()):
            for k, span in enumerate(items):
                value = _value(line, span)
                if value is None:
                    continue
                at_column = k in secret and len(items) == len(cols)
                if at_column or (named_table and _quoted(line, span) and _generated(value)):
                    yield span[0], span[1], KIND
            if pair is not None and len(items) == len(cols):
                name, held = items[pair[0]], items[pair[1]]
                if is_secret_name(line[name[0] : name[1]]) and _value(line, held) is not None:
                    yield held[0], held[1], KIND


def _token_columns(line: str, start: int) -> Iterator[Span]:
    """Rows without column names: the generated values of a column that holds a vendor's
    token in some row (a `webhook` row's token beside a `slack` row's `xoxb-…`)."""
    rows = list(_rows(line, start))
    columns = {
        k
        for items in rows
        for k, span in enumerate(items)
        if _quoted(line, span) and _vendor_token(line[span[0] : span[1]])
    }
    for items in rows if columns else ():
        for k, span in enumerate(items):
            value = _value(line, span) if k in columns and _quoted(line, span) else None
            if value is not None and _generated(value):
                yield span[0], span[1], KIND


_TOKEN_SHAPES = (tokens.SLACK_TOKEN, tokens.GITHUB_TOKEN, tokens.OTHER_TOKENS, tokens.WANDB_API_KEY)


def _vendor_token(value: str) -> bool:
    """A value that is a vendor's token whole, by its shape."""
    return any(s == 0 and e == len(value) for det in _TOKEN_SHAPES for s, e, _ in det.find(value))


def _crypt_spans(line: str) -> Iterator[Span]:
    read = 0  # (a call inside the arguments already read is not read again: linear)
    for m in _CRYPT_CALL.finditer(line):
        if m.start() < read:
            continue
        f = m.group("f").lower()
        kind = next(k for k in ("decrypt", "encrypt", "crypt", "password") if k in f)
        args: list[tuple[int, tuple[int, int]]] = []
        read = _quoted_args(line, m.end(), args)
        for k, span in args:
            if k in _CRYPT_ARGS[kind] and _value(line, span) is not None:
                yield span[0], span[1], KIND


_MAX_ARGS = 8
# a string literal's charset introducer or national prefix (`_utf8mb4'…'`, `N'…'`, `E'…'`)
_INTRODUCER = lazyre.compile(r"_?[A-Za-z][A-Za-z0-9]{0,15}")
_MAX_CALL = 4096  # the characters of a call's arguments read at most


def _quoted_args(line: str, open_pos: int, out: list[tuple[int, tuple[int, int]]]) -> int:
    """The string literals that are a call's arguments, with their index, into `out` (`crypt('…',
    gen_salt('bf'))`: only the first; the nested call's are not the call's own, nor is a quote
    after a word and a space, as prose in parentheses holds: `Redis password (default
    "REDIS_PASSWORD")`; a charset or national prefix glued to it is SQL's, `_utf8mb4'…'`,
    `N'…'`); returns where the reading stopped."""
    depth, index, i = 0, 0, open_pos + 1
    lead = -1  # where the argument's text starts, once read
    n = min(len(line), open_pos + _MAX_CALL)
    while i < n and index < _MAX_ARGS:
        c = line[i]
        if c in "'\"":
            j = literal_end(line, i, n)
            if j >= n:
                return j
            if depth == 0 and (lead < 0 or _INTRODUCER.fullmatch(line, lead, i)):
                out.append((index, (i + 1, j)))
            lead = i if lead < 0 else lead
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif c == "," and depth == 0:
            index += 1
            lead = -1
            i += 1
            continue
        if lead < 0 and c not in " \t":
            lead = i
        i += 1
    return i


def _generated(value: str) -> bool:
    return looks_random(value, _GENERATED_MIN) and _UUID.fullmatch(value) is None


def _update_spans(line: str) -> Iterator[Span]:
    for m in _UPDATE_PAIR.finditer(line):
        if is_secret_name(m.group("n")) and not is_trivial_value(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


def _concat_spans(line: str) -> Iterator[Span]:
    for m in _CONCAT.finditer(line):
        if not is_secret_name(m.group("n").lstrip("@")):
            continue
        for span in literals(line, m.end()) or ():
            if _quoted(line, span) and _value(line, span) is not None:
                yield span[0], span[1], KIND


def _spans(line: str) -> Iterator[Span]:
    if len(line) > _MAX_LINE:
        return
    lowered = line.lower()
    if "values" in lowered and "insert" in lowered:
        yield from _insert_spans(line)
    if "where" in lowered and "value" in lowered:
        yield from _update_spans(line)
    if "concat" in lowered:
        yield from _concat_spans(line)
    if "crypt" in lowered or "password" in lowered:
        yield from _crypt_spans(line)


SQL_VALUES = Detector(
    KIND,
    ("values", "where", "concat", "crypt", "password"),
    _spans,
    (
        r"insert[ \t]+(?:ignore[ \t]+)?into[ \t][^\n]*values[ \t]*\(",
        r"set[ \t][^\n]*value[`\"]?[ \t]*=[ \t]*'[^\n]*where",
        r"=[ \t]*concat(?:_ws)?[ \t]*\(",
        r"(?:crypt|crypt_bytea|password)[ \t]*\(",
    ),
)


# `###   @3='…'`: a column of a row image in `mysqlbinlog -v` / `--base64-output=decode-rows`
_BINLOG_COLUMN = lazyre.compile(r"^###[ \t]{1,8}@\d{1,4}='(?P<v>[A-Za-z0-9_~+/=.-]{20,4096})'")
_HEX = lazyre.compile(r"[0-9a-fA-F-]{20,4096}")
_RUN = lazyre.compile(r"[A-Za-z0-9]{1,4096}")


def _binlog_spans(line: str) -> Iterator[Span]:
    m = _BINLOG_COLUMN.match(line)
    if m is None:
        return
    v = m.group("v")
    # (a path or a name of words has short runs between its separators: `runs/abc123/Output.log`)
    run = max(_RUN.findall(v), key=len, default="")
    mixed = sum(c.isupper() for c in run) >= 3 and sum(c.islower() for c in run) >= 3
    if mixed and len(run) >= 20 and not _HEX.fullmatch(v) and looks_random(run, 20):
        yield m.start("v"), m.end("v"), KIND


BINLOG_ROW = Detector(KIND, ("###",), _binlog_spans, (r"^###[ \t]+@\d+='",))
