"""A password in a SQL statement: MySQL's and MariaDB's `IDENTIFIED BY '…'` (`IDENTIFIED VIA
ed25519 USING PASSWORD('…')`, `IDENTIFIED WITH plugin AS '…'` when a hash or random), `SET
PASSWORD … = '…'` and the option form `PASSWORD 'literal'`; also inside another string (an audit
log's CSV field, SQL built in a string) and cut by a tool inside the password. A statement
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


def _sql_password_spans(line: str) -> Iterator[Span]:
    for m in _SQL_PASSWORD.finditer(line):
        for g in _SQL_GROUPS:
            start, end = m.span(g)
            if end <= start:
                continue
            value = m.group(g)
            # (`IDENTIFIED BY RANDOM PASSWORD`: MySQL makes one and prints it, nextrows.py)
            if is_trivial_value(value) or value.upper() == "RANDOM":
                continue
            if _AS_STRING.search(line, max(m.start(), start - 16), start) and not (
                value.startswith(_HASH_START) or looks_random(value)
            ):
                continue
            yield start, end, "sql_password"


SQL_PASSWORD = Detector(
    "sql_password",
    ("identified", "set password", "password '", "password\\040'"),
    _sql_password_spans,
)
