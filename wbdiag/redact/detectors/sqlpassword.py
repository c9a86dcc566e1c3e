"""A password in a SQL statement: MySQL's and MariaDB's `IDENTIFIED BY '…'` (`IDENTIFIED VIA
ed25519 USING PASSWORD('…')`, `IDENTIFIED WITH plugin AS '…'` when a hash or random), `SET
PASSWORD … = '…'` and the option form `PASSWORD 'literal'`; MySQL 8's `IDENTIFIED BY '…' REPLACE
'…'` (the current password, which the new one replaces); Amazon RDS's `CALL
mysql.rds_set_external_master('host', 3306, 'user', 'password', …)` (its 4th argument); also
inside another string (an audit log's CSV field, SQL built in a string) and cut by a tool inside
the password. A statement
split over lines: nextsql.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.cmdline import VALUE
from wbdiag.redact.values import is_trivial_value

# MySQL statements (general and slow logs, SHOW PROCESSLIST, scripts)
# (a space may be written `\040`: libedit's ~/.mysql_history); `PASSWORD 'literal'` is the
# option form (`CREATE SERVER … OPTIONS (USER 'u', PASSWORD 'p')`, PostgreSQL's `WITH PASSWORD`)
_SP = r"(?:[ \t]|\\040)"
_SQL_PASSWORD = re.compile(
    # (`(?<![A-Za-z_])`, not `\b`: `\040IDENTIFIED` has no word boundary)
    # (MariaDB: `IDENTIFIED VIA ed25519 [OR unix_socket] USING PASSWORD('…')`)
    r"(?i)(?:(?<![A-Za-z_])IDENTIFIED(?:"
    + _SP
    + r"{1,8}(?:WITH|VIA)"
    + _SP
    + r"{1,8}[\w'\"]{1,64}(?:"
    + _SP
    + r"{1,8}OR"
    + _SP
    + r"{1,8}[\w'\"]{1,64}){0,4})?"
    + _SP
    + r"{1,8}(?:BY|AS|USING)(?:"
    + _SP
    + r"{1,8}PASSWORD(?:[ \t]{0,4}\()?)?|(?<![A-Za-z_])SET"
    + _SP
    + r"{1,8}PASSWORD\b[^=\n]{0,300}="
    + _SP
    + r"{0,8}(?:PASSWORD[ \t]{0,4}\()?)"
    + _SP
    + r"{0,8}(?:"
    # a statement quoted inside another string: an audit log's CSV field (`\\'…\\'`), SQL
    # built in a string (`''…''`); before the plain value, which would take the `\\` alone
    + r"\\'(?P<esq>[^'\\\n]{1,512})\\'|\\\"(?P<edq>[^\"\\\n]{1,512})\\\""
    + r"|''(?P<dsq>[^'\n]{1,512})''|"
    + VALUE
    # a statement a tool cut inside the password (`sys.session`'s `… IDENTIFIED BY 'Xy3…...`)
    + r"|'(?P<cut>[^'\n]{1,512}?)(?:\.\.\.|…))"
    + r"|(?<![A-Za-z_])PASSWORD"
    + _SP
    + r"{1,8}'(?P<lit>[^'\n]{1,512})'"
)
_SQL_GROUPS = tuple(_SQL_PASSWORD.groupindex)
# `IDENTIFIED WITH plugin AS '…'`: the plugin's authentication string, a hash for the password
# plugins (`*2470C0…`, `$A$005$…`), or its fixed argument for others (`AWSAuthenticationPlugin
# AS 'RDS'`, an LDAP DN, a PAM service): only a hash or a random string is secret
_AS_STRING = re.compile(r"(?i)[ \t]AS[ \t]{1,8}'?\Z")
_HASH_START = ("*", "$")
# MySQL 8's `ALTER USER … IDENTIFIED BY 'new' REPLACE 'current'` / `SET PASSWORD = 'new' REPLACE
# 'current'`: read right after the new password, in the same quoting (a general log's line, an
# audit log's JSON `sqltext`, a CSV field's `\\'…\\'`)
_REPLACE = re.compile(
    r"(?i)"
    + _SP
    + r"{1,8}REPLACE"
    + _SP
    + r"{1,8}(?:\\'(?P<esq>[^'\\\n]{1,512})\\'|''(?P<dsq>[^'\n]{1,512})''"
    + r"|'(?P<sq>[^'\n](?:[^'\n]|''){0,511})'|\"(?P<dq>[^\"\n]{1,512})\")"
)
_REPLACE_GROUPS = tuple(_REPLACE.groupindex)
# Amazon RDS's replication procedures take the source's password as their 4th argument:
# `rds_set_external_master`, `rds_set_external_source`, and their `_with_auto_position`,
# `_with_delay`, `_for_channel` forms
_RDS_SOURCE = re.compile(
    r"(?i)(?<![A-Za-z_])rds_set_external_(?:master|source)\w{0,40}[ \t]{0,4}\([ \t]{0,4}"
    r"'[^'\n]{1,255}'[ \t]{0,4},[ \t]{0,4}\d{1,5}[ \t]{0,4},[ \t]{0,4}'[^'\n]{0,128}'"
    r"[ \t]{0,4},[ \t]{0,4}'(?P<pw>[^'\n]{1,512})'"
)


def _sql_password_spans(line: str) -> Iterator[Span]:
    for m in _RDS_SOURCE.finditer(line):
        if not is_trivial_value(m.group("pw")):
            yield m.start("pw"), m.end("pw"), "sql_password"
    for m in _SQL_PASSWORD.finditer(line):
        for g in _SQL_GROUPS:
            start, end = m.span(g)
            if end <= start:
                continue
            value = m.group(g)
            if g == "s" and "</" in value:
                # an XML element's text ends at its end tag (Percona's XML audit `<SQLTEXT>`,
                # where `=&lt;secret&gt;` is the log's mask)
                end = start + value.index("</")
                value = value[: end - start]
                if end <= start:
                    continue
            # (`IDENTIFIED BY RANDOM PASSWORD`: MySQL makes one and prints it, nextrows.py)
            if is_trivial_value(value) or value.upper() == "RANDOM":
                continue
            if _AS_STRING.search(line, max(m.start(), start - 16), start) and not (
                value.startswith(_HASH_START) or looks_random(value)
            ):
                continue
            yield start, end, "sql_password"
        rep = _REPLACE.match(line, m.end())
        if rep is None:
            continue
        for g in _REPLACE_GROUPS:
            start, end = rep.span(g)
            if end > start and not is_trivial_value(rep.group(g)):
                yield start, end, "sql_password"


SQL_PASSWORD = Detector(
    "sql_password",
    ("identified", "set password", "password '", "password\\040'", "rds_set_external_"),
    _sql_password_spans,
)
