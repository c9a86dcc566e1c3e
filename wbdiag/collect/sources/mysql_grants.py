"""MySQL grants as `SHOW GRANTS` prints them (MySQL 8 and MariaDB): password hashes stripped before
anything is written, and what the W&B user effectively holds on the W&B database derived from them
(mysql/grants.json; the rule `mysql.grants` reads `all_privileges_on_database`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# The privileges that exist at database level (MySQL 8.0's list; MariaDB has the same plus DELETE
# HISTORY). A user that holds all of them on the W&B database holds ALL there, whether SHOW GRANTS
# says "ALL PRIVILEGES" (MariaDB, MySQL for db.*) or lists them one by one (MySQL 8 for *.*).
DATABASE_PRIVILEGES = frozenset(
    {
        "ALTER",
        "ALTER ROUTINE",
        "CREATE",
        "CREATE ROUTINE",
        "CREATE TEMPORARY TABLES",
        "CREATE VIEW",
        "DELETE",
        "DROP",
        "EVENT",
        "EXECUTE",
        "INDEX",
        "INSERT",
        "LOCK TABLES",
        "REFERENCES",
        "SELECT",
        "SHOW VIEW",
        "TRIGGER",
        "UPDATE",
    }
)


_QUOTED = r"`(?:[^`]|``)*`|'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\""
_NAME = r"`(?:[^`]|``)*`|\*|[A-Za-z0-9_$]+"
_GRANT = re.compile(
    r"^\s*(?P<verb>GRANT|REVOKE)\s+(?P<privs>.+?)\s+ON\s+"
    r"(?:(?P<type>TABLE|FUNCTION|PROCEDURE|PACKAGE\s+BODY|PACKAGE)\s+)?"
    rf"(?P<db>{_NAME})(?:\.(?P<table>{_NAME}))?\s+(?:TO|FROM)\s+(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ROLE_GRANT = re.compile(
    rf"^\s*GRANT\s+(?:{_QUOTED}|[\w$@%.]+)(?:\s*@\s*(?:{_QUOTED}))?"
    r"(?:\s*,.+)?\s+TO\s+",
    re.IGNORECASE | re.DOTALL,
)
# A password hash inside a grant: MariaDB `IDENTIFIED BY PASSWORD '*hex'` and `IDENTIFIED VIA
# plugin USING 'hash'`, MySQL 5.6 `IDENTIFIED BY PASSWORD '*hex'`, `AS 'hash'` (CREATE USER form).
_HASH = re.compile(r"(?i)\b(?:PASSWORD|USING|AS)\s+'(?P<hash>(?:[^'\\]|\\.|'')*)'")
_NOT_HASHES = frozenset({"", "invalid"})


def strip_hashes(grant: str, register: Any = None) -> str:
    """The grant with every password hash replaced; `register(hash)` learns each one (so the
    redactor removes it wherever else it appears) and returns what to put in its place."""

    def replace(m: re.Match[str]) -> str:
        value = m.group("hash")
        if value.lower() in _NOT_HASHES:
            return m.group(0)
        token = register(value) if register is not None else "<password hash>"
        start, end = m.span("hash")
        return m.group(0)[: start - m.start()] + token + m.group(0)[end - m.start() :]

    return _HASH.sub(replace, grant)


def _unquote(name: str) -> str:
    if name.startswith("`") and name.endswith("`") and len(name) >= 2:
        return name[1:-1].replace("``", "`")
    return name


def _split_top(text: str) -> list[str]:
    """Split a privilege list on commas outside parentheses (column lists) and quotes."""
    parts, depth, buf, quote = [], 0, [], ""
    for ch in text:
        if quote:
            buf.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "`'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return [p for p in (" ".join(p.split()) for p in parts) if p]


def _privileges(text: str) -> set[str]:
    out = set()
    for priv in _split_top(text):
        name = re.sub(r"\s*\(.*\)\s*$", "", priv, flags=re.DOTALL).upper()
        out.add("ALL" if name in ("ALL", "ALL PRIVILEGES") else name)
    return out


def db_pattern_matches(
    pattern: str, database: str, wildcards: bool = True, ignore_case: bool = False
) -> bool:
    """A database name in a grant is a LIKE pattern: `_` and `%` are wildcards unless escaped
    (`wandb\\_local`); with partial_revokes=ON MySQL 8 reads them literally."""
    rx, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            rx.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if wildcards and ch == "_":
            rx.append(".")
        elif wildcards and ch == "%":
            rx.append(".*")
        else:
            rx.append(re.escape(ch))
        i += 1
    flags = re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL
    return re.fullmatch("".join(rx), database, flags) is not None


@dataclass(frozen=True)
class ParsedGrant:
    verb: str  # GRANT or REVOKE
    privileges: frozenset[str]
    scope: str  # global | database | object (table, column, routine: not W&B's concern)
    database: str | None  # the pattern, unquoted, for scope database
    grant_option: bool


def parse_grant(statement: str) -> ParsedGrant | None:
    """One line of SHOW GRANTS; None for role grants, PROXY and anything unrecognised."""
    m = _GRANT.match(statement)
    if not m:
        return None
    privs = _privileges(m.group("privs"))
    if privs == {"PROXY"}:
        return None
    db, table = m.group("db"), m.group("table")
    if m.group("type") is not None or table is None:
        scope, database = "object", None  # a routine, or `tbl` in the current database
    elif db == "*" and table == "*":
        scope, database = "global", None
    elif table == "*":
        scope, database = "database", _unquote(db)
    else:
        scope, database = "object", _unquote(db)
    rest = re.sub(_QUOTED, "''", m.group("rest"))  # user names and hashes cannot fake a clause
    option = bool(re.search(r"\bWITH\b.*\bGRANT\s+OPTION\b", rest, re.IGNORECASE | re.DOTALL))
    if "GRANT OPTION" in privs:
        option, privs = True, privs - {"GRANT OPTION"}
    return ParsedGrant(m.group("verb").upper(), frozenset(privs), scope, database, option)


def is_role_grant(statement: str) -> bool:
    return _GRANT.match(statement) is None and _ROLE_GRANT.match(statement) is not None


def derive_grants(
    grants: Sequence[str], database: str, wildcards: bool = True, ignore_case: bool = False
) -> dict[str, Any]:
    """What the grants mean for the W&B database: ALL there (directly or through *.*), the grant
    option, the privileges held and those missing from ALL."""
    held: set[str] = set()
    revoked: set[str] = set()
    option = False
    for statement in grants:
        g = parse_grant(statement)
        if g is None or g.scope == "object":
            continue
        if g.scope == "database" and not db_pattern_matches(
            g.database or "", database, wildcards, ignore_case
        ):
            continue
        if g.verb == "REVOKE":  # partial revokes (MySQL 8, partial_revokes=ON)
            revoked |= DATABASE_PRIVILEGES if "ALL" in g.privileges else set(g.privileges)
            continue
        held |= g.privileges
        option = option or g.grant_option
    effective = (DATABASE_PRIVILEGES if "ALL" in held else held & DATABASE_PRIVILEGES) - revoked
    missing = sorted(DATABASE_PRIVILEGES - effective)
    return {
        "all_privileges_on_database": not missing,
        "grant_option": option,
        "privileges_on_database": sorted(effective),
        "missing_privileges": missing,
    }
