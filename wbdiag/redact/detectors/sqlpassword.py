"""A password in a SQL statement: MySQL's and MariaDB's `IDENTIFIED BY '…'` (`IDENTIFIED VIA
ed25519 USING PASSWORD('…')`, `IDENTIFIED WITH plugin AS '…'` when a hash or random), `SET
PASSWORD … = '…'` and the option form `PASSWORD 'literal'`; MySQL 8's `IDENTIFIED BY '…' REPLACE
'…'` (the current password, which the new one replaces); Amazon RDS's `CALL
mysql.rds_set_external_master('host', 3306, 'user', 'password', …)` (its 4th argument); a
routine called to check or set a password or credentials (`CALL check_credentials('user',
'password')`, `SELECT verify_password('…')`: the literal after the user); also
inside another string (an audit log's CSV field, SQL built in a string) and cut by a tool inside
the password. A statement
split over lines: nextsql.py."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.cmdline import VALUE
from wbdiag.redact.values import is_trivial_value

# MySQL statements (general and slow logs, SHOW PROCESSLIST, scripts)
# (a space may be written `\040`: libedit's ~/.mysql_history); `PASSWORD 'literal'` is the
# option form (`CREATE SERVER … OPTIONS (USER 'u', PASSWORD 'p')`, PostgreSQL's `WITH PASSWORD`)
_SP = r"(?:[ \t]|\\040)"
_SQL_PASSWORD = lazyre.compile(
    # (`(?<![A-Za-z_])`, not `\b`: `\040IDENTIFIED` has no word boundary)
    # (MariaDB: `IDENTIFIED VIA ed25519 [OR unix_socket] USING PASSWORD('…')`)
    # (not alembic's `Can't locate revision identified by '<revision id>'`)
    r"(?i)(?:(?<![A-Za-z_])(?<!revision )IDENTIFIED(?:"
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
# the option form's literal across a JSON string's end and the next member (`{"PASSWORD '":
# {"password": null, "'": 1}}`): the words were a key's text, no statement
_JSON_MEMBER = lazyre.compile(r"\"[ \t]{0,8}[:,]")
# `IDENTIFIED WITH plugin AS '…'`: the plugin's authentication string, a hash for the password
# plugins (`*2470C0…`, `$A$005$…`), or its fixed argument for others (`AWSAuthenticationPlugin
# AS 'RDS'`, an LDAP DN, a PAM service): only a hash or a random string is secret
_AS_STRING = lazyre.compile(r"(?i)[ \t]AS[ \t]{1,8}'?\Z")
_HASH_START = ("*", "$")
# MySQL 8's `ALTER USER … IDENTIFIED BY 'new' REPLACE 'current'` / `SET PASSWORD = 'new' REPLACE
# 'current'`: read right after the new password, in the same quoting (a general log's line, an
# audit log's JSON `sqltext`, a CSV field's `\\'…\\'`)
_REPLACE = lazyre.compile(
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
_RDS_SOURCE = lazyre.compile(
    r"(?i)(?<![A-Za-z_])rds_set_external_(?:master|source)\w{0,40}[ \t]{0,4}\([ \t]{0,4}"
    r"'[^'\n]{1,255}'[ \t]{0,4},[ \t]{0,4}\d{1,5}[ \t]{0,4},[ \t]{0,4}'[^'\n]{0,128}'"
    r"[ \t]{0,4},[ \t]{0,4}'(?P<pw>[^'\n]{1,512})'"
)

# `CALL`/`SELECT` of a routine whose name says it checks or sets a password or credentials,
# with its arguments (a MySQL error quotes the call: `CALL check_credentials('admin','…')
# generated error 1267`)
_CRED_CALL = lazyre.compile(
    r"(?i)(?<![\w.])(?:CALL|SELECT)[ \t]{1,8}(?P<r>[\w.`]{1,128})[ \t]{0,4}"
    r"\((?P<a>[^()\n]{1,1024})\)"
)
_CRED_WORD = lazyre.compile(r"(?i)cred|passw|pwd|passphrase")
_CRED_VERB = lazyre.compile(r"(?i)check|verif|valid|auth|set|chang|updat|match|compar")
# one argument: a quoted literal (its text) or anything else (a placeholder, a number, a call)
_ARG = lazyre.compile(
    r"[ \t]{0,8}(?:'(?P<sq>[^'\n]{0,512})'|\"(?P<dq>[^\"\n]{0,512})\"|[^,'\"\n]{0,256})"
    r"[ \t]{0,8}(?:,|\Z)"
)


def _credential_call_spans(line: str) -> Iterator[Span]:
    for m in _CRED_CALL.finditer(line):
        name = m.group("r").replace("`", "").rsplit(".", 1)[-1]
        if _CRED_WORD.search(name) is None or _CRED_VERB.search(name) is None:
            continue
        literals: list[tuple[int, int, str] | None] = []
        pos, end = m.start("a"), m.end("a")
        while pos < end:
            a = _ARG.match(line, pos, end)
            if a is None or a.end() == pos:
                break
            g = "sq" if a.start("sq") >= 0 else "dq" if a.start("dq") >= 0 else ""
            literals.append((a.start(g), a.end(g), a.group(g)) if g else None)
            pos = a.end()
        for i, lit in enumerate(literals):
            if lit is None or is_trivial_value(lit[2]):
                continue
            # the argument after the user; the only one, or a later one, when it reads as a key
            # (`set_password('…')`; not `reset_password('admin')`)
            if i == 1 or looks_random(lit[2]):
                yield lit[0], lit[1], "sql_password"


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
            if g == "lit" and '"' in value and _JSON_MEMBER.search(value):
                continue
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


SQL_CREDENTIAL_CALL = Detector(
    "sql_password",
    ("cred", "passw", "pwd", "passphrase"),
    _credential_call_spans,
    (r"(?:call|select)[ \t]{1,8}[\w.`]{0,128}(?:cred|passw|pwd|passphrase)",),
)
