"""Secrets that tools take by position, with no name before them (cmdline.py holds the older
ones): Windows `net user NAME PASSWORD /add`, Oracle's connect identifier `user/password@db`
(`sqlplus`, `expdp`, `sqlldr`, an Oracle JDBC URL `jdbc:oracle:thin:user/password@…`), a value `echo`ed into a command that stores it as a secret
(`echo -n '…' | kubeseal --raw`, `echo -n '…' > f && ceph … set-…-secret-key -i f`, or a
here-string, `sudo -S … <<< '…'`; as
bash's xtrace prints such a pipeline, each command on its own line, a generated key `echo`ed
alone: `+ echo …`), and the
third argument after a database URL and a user in a constructor or tuple (`DbConfig(jdbc:…,
user, password, 10)`, as a case class or record prints itself), the password argument of SQL
table functions (`mysql('host', 'db', 'table', 'user', 'PASSWORD')`), what a CI runner is
told to mask (`::add-mask::VALUE`, `##vso[task.setsecret]VALUE`), and the (user, password)
tuple among a logging handler's arguments (`args=((host, 587), from, [to], subject, ('user',
'PASSWORD'))` of an SMTPHandler or HTTPHandler in a `logging.ini`, `credentials=('u', '…')`),
express-basic-auth's static users (`users: { 'admin': '…' }`), and the argument of `rclone
reveal` and `rclone obscure`."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "cmdline"
_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"


# a long or short option (`--help`, `-h`): never a value of the program's own
_OPTION = lazyre.compile(r"--?[a-z][a-z-]{0,30}")


def _generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


# `net user NAME PASSWORD [/add] [/domain]` (`net user NAME *` prompts; `/add` alone sets none)
NET_USER = regex_detector(
    KIND,
    ("net user",),
    r"(?i)\bnet[ \t]{1,4}user[ \t]{1,8}(?:\"[^\"\n]{1,64}\"|[^\s/\"]{1,64})[ \t]{1,8}(?![/*])"
    + _VALUE,
    accept=lambda v: not is_trivial_value(v),
)
# `sqlplus -s user/password@//host:1521/svc`, `expdp system/password@pdb …` (`/nolog` is none);
# RMAN's `target`, `catalog` and `auxiliary` connections before a service (`rman target
# sys/…@cdb catalog rco/…@rcat`), SQL*Plus' `CONNECT user/…@svc` and a Data Pump parameter
# file's `userid=user/…@svc`
ORACLE_CONNECT = regex_detector(
    KIND,
    ("sqlplus", "sqlldr", "expdp", "impdp", "dgmgrl", "target ", "catalog ", "auxiliary ",
     "conn", "userid"),
    r"(?i)(?:\b(?:sqlplus|sqlldr|expdp|impdp|dgmgrl)(?:[ \t]{1,4}-[a-z]{1,8}){0,4}[ \t]{1,4}"
    r"(?:userid=)?"
    r"|\b(?:target|catalog|auxiliary)[ \t]{1,4}(?=[\w$#.]{1,64}/[^\s@/\"']{1,256}@)"
    r"|^[ \t]{0,8}(?:SQL>[ \t]{0,4})?conn(?:ect)?[ \t]{1,4}"
    r"|^[ \t]{0,8}userid[ \t]{0,4}=[ \t]{0,4})"
    r"[\"']?[\w$#.]{1,64}/(?P<s>[^\s@/\"']{1,256})(?=[@\"' \t]|\Z)",
    accept=_generated,
    patterns=(
        r"(?:sqlplus|sqlldr|expdp|impdp|dgmgrl)[^\n]*/",
        r"\b(?:target|catalog|auxiliary)[ \t]+[\w$#.]+/[^\s@/]+@",
        r"^[ \t]*(?:sql>[ \t]*)?conn(?:ect)?[ \t]+[\w$#.]+/",
        r"^[ \t]*userid[ \t]*=[ \t]*[\w$#.]+/",
    ),
)  # fmt: skip
# the same identifier in an Oracle JDBC URL: `jdbc:oracle:thin:user/password@//host:1521/svc`,
# `…@host:1521:SID`, `…@(DESCRIPTION=…)`; a quoted user or password (`"user"/"pa@ss"@`) too
ORACLE_JDBC = regex_detector(
    KIND,
    ("jdbc:oracle:",),
    r"(?i:jdbc:oracle:(?:thin|oci8?|kprb)):(?:\"[^\"\n]{1,64}\"|[\w$#.-]{1,64})/"
    r"(?:\"(?P<dq>[^\"\n]{1,256})\"|(?P<s>[^\s@/\"']{1,256}))@",
    accept=lambda v: not is_trivial_value(v) and not is_template(v),
    patterns=(r"jdbc:oracle:[a-z0-9]+:[^\s@/]+/[^\s@]*@",),
)
# `echo -n 'VALUE' | kubeseal --raw …`, `printf '%s' VALUE > /tmp/sk && … secret-key -i …`
_ECHO = lazyre.compile(
    r"(?<![\w-])(?:echo|printf)(?:[ \t]{1,4}-[neE]{1,3})?(?:[ \t]{1,4}[\"']%s(?:\\n)?[\"'])?"
    r"[ \t]{1,4}" + _VALUE + r"[ \t]{0,4}(?:\||>)"
)
# what takes the echoed value as a secret: a sealed-secrets or secret-store command, a flag
# reading a password from stdin, a subcommand that names a secret
_STORES = lazyre.compile(
    r"(?i)kubeseal|secret|passw|token|api-?key|credential|-stdin|chpasswd|htpasswd"
    # sudo reading the password from stdin (Ansible's become: `echo PW | sudo -S -p "…"`)
    r"|\bsudo[ \t](?-i:[^|;\n]{0,40}?-[A-Za-z]{0,3}S\b)"
    # Kerberos' kinit reads the principal's password from stdin (`echo PW | kinit svc@REALM`)
    r"|\bkinit\b"
)


def _echo_spans(line: str) -> Iterator[Span]:
    if "echo" not in line and "printf" not in line:
        return
    last = -1  # where the last store word starts (one pass: linear)
    for store in _STORES.finditer(line):
        last = store.start()
    if last < 0:
        return
    for m in _ECHO.finditer(line):
        group = next(g for g in ("sq", "dq", "s") if m.group(g) is not None)
        value = m.group(group)
        if m.end() > last:
            continue
        if "=" in value and "\\n" in value:
            # lines of `key=value` (git's credential protocol, `printf 'protocol=https\nhost=…\n'
            # | git credential fill`): only a secret-named key's value is one
            yield from _protocol_spans(value, m.start(group))
        elif _generated(value):
            yield m.start(group), m.end(group), KIND


def _protocol_spans(text: str, offset: int) -> Iterator[Span]:
    pos = 0
    for piece in text.split("\\n"):
        name, eq, value = piece.partition("=")
        if eq and is_secret_name(name) and value and not is_trivial_value(value):
            start = offset + pos + len(name) + 1
            yield start, start + len(value), KIND
        pos += len(piece) + 2


ECHO_INTO = Detector(
    KIND,
    ("echo", "printf"),
    _echo_spans,
    (r"(?:echo|printf)[ \t][^|>\n]*[|>]",),
)
# ... or given as a here-string (`sudo -S systemctl restart x <<< 'PW'`, `docker login -u u
# --password-stdin <<< "…"`): the store word before the `<<<`
# (an unquoted word ends at the shell's metacharacters: a run of `<` is no value, and each
# `<<<` of such a run tried 512 characters back, 1.3 CPU s on a 64 KiB line of `<`)
_HERESTRING = lazyre.compile(
    r"<<<[ \t]{0,4}(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"<>|&;()]{1,512}))"
    r"(?=[ \t;|&)<>]|\Z)"
)


def _herestring_spans(line: str) -> Iterator[Span]:
    for m in _HERESTRING.finditer(line):
        if _STORES.search(line, 0, m.start()) is None:
            continue
        group = next(g for g in ("sq", "dq", "s") if m.group(g) is not None)
        if _generated(m.group(group)):
            yield m.start(group), m.end(group), KIND


HERESTRING_INTO = Detector(KIND, ("<<<",), _herestring_spans, (r"<<<",))
# bash's xtrace of `echo "$SECRET" | docker login … --password-stdin`: each command of the
# pipeline on its own line, the `echo` first (`+ echo …`, deeper `++`); a key's length, letters
# of both cases and digits (a commit hash or a word is no such argument)
_XTRACE_ECHO = lazyre.compile(
    r"\+{1,8}[ \t](?:echo|printf)(?:[ \t]{1,4}-[neE]{1,3})?(?:[ \t]{1,4}[\"']%s(?:\\n)?[\"'])?"
    r"[ \t]{1,4}" + _VALUE + r"[ \t]*\r?"
)
_GENERATED_KEY = 16
# a name made of words and numbers (`Build-42-Release`, `v2_final.3`): a tag, not a key
_NAMED_PARTS = lazyre.compile(r"(?:[A-Za-z]+|[0-9]+)(?:[-_.](?:[A-Za-z]+|[0-9]+))*")


def _xtrace_spans(line: str) -> Iterator[Span]:
    m = _XTRACE_ECHO.fullmatch(line)
    if m is None:
        return
    group = next(g for g in ("sq", "dq", "s") if m.group(g) is not None)
    value = m.group(group)
    if (
        len(value) >= _GENERATED_KEY
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and looks_random(value)
        and "$" not in value
        and not is_trivial_value(value)
        and _NAMED_PARTS.fullmatch(value) is None
    ):
        yield m.start(group), m.end(group), KIND


XTRACE_ECHO = Detector(
    KIND,
    ("+ echo", "+ printf"),
    _xtrace_spans,
    (r"^\+{1,8}[ \t](?:echo|printf)[ \t][^\n]{16}",),
)
# `DbConfig(jdbc:mysql://db:3306/wandb,wandb,PASSWORD,10)`: a URL, a user, then the password;
# the same after a PDO data source name, as a stack trace prints the call's arguments
# (`PDO->__construct('mysql:host=db;dbname=wandb', 'wandb', 'PASSWORD')`)
_PDO_DRIVERS = ("mysql", "pgsql", "sqlsrv", "oci", "odbc", "dblib", "firebird", "ibm", "informix")
_PDO_DSN = r"(?:" + "|".join(_PDO_DRIVERS) + r"):[A-Za-z ]{2,24}="
DSN_TUPLE = regex_detector(
    KIND,
    ("://", *(d + ":" for d in _PDO_DRIVERS)),
    r"\([ \t]{0,4}(?:[\"']?(?:jdbc:)?[a-z][a-z0-9+.-]{1,20}://[^,\s()\"']{1,512}[\"']?"
    r"|'" + _PDO_DSN + r"[^'\n]{1,512}'|\"" + _PDO_DSN + r"[^\"\n]{1,512}\"),[ \t]{0,4}"
    r"[\"']?[\w.@-]{1,64}[\"']?,[ \t]{0,4}"
    + _VALUE.replace("{1,512}", "{1,256}")
    + r"[ \t]{0,4}[,)]",
    accept=_generated,
    patterns=(
        r"\([ \t]*[\"']?[a-z:+.-]+://[^,\s()]*[\"']?,[^,]*,",
        r"\([ \t]*[\"']" + _PDO_DSN + r"[^\n]*,[^,]*,",
    ),
)
# A driver's connect arguments as a frame's locals print them (PyMySQL's `args = ('db.example.com',
# 'admin', '…', 3306)`): a host, a user, the password, then the port
_HOST = r"(?:[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{1,190}|localhost|\[[0-9A-Fa-f:]{2,45}\])"
CONNECT_TUPLE = regex_detector(
    KIND,
    ("', '", '", "', "','", '","'),
    r"\([ \t]{0,4}[\"']" + _HOST + r"[\"'],[ \t]{0,4}[\"'][\w.@-]{1,64}[\"'],[ \t]{0,4}"
    r"(?:'(?P<sq>[^'\s]{1,256})'|\"(?P<dq>[^\"\s]{1,256})\"),[ \t]{0,4}\d{2,5}[ \t]{0,4}[,)]",
    accept=_generated,
    # (the hint is the tuple's opening only: the whole shape, `("host", "…", …, 3306)`, cost a
    # fifth of the redactor's Hyperscan scan of a pod's JSON log; lines that open a quoted tuple
    # are rare, and the detector's own pattern decides)
    patterns=(r"\([ \t]*[\"'][a-z0-9.:\[\]-]",),
)
# mysqli's connection in a stack trace (`mysqli->__construct('db', 'wandb', 'PASSWORD', …)`,
# `mysqli_connect(…)`, `mysqli->real_connect(…)`): the host, the user, then the password
MYSQLI_CONNECT = regex_detector(
    KIND,
    ("mysqli",),
    r"(?i)\bmysqli(?:->__construct|->real_connect|->connect|_connect|_real_connect)?[ \t]{0,4}"
    r"\([ \t]{0,4}(?:Object\(mysqli\),[ \t]{0,4})?(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\")"
    r",[ \t]{0,4}(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"),[ \t]{0,4}"
    r"(?:'(?P<sq>[^'\n]{1,256})'|\"(?P<dq>[^\"\n]{1,256})\")",
    accept=_generated,
    patterns=(r"mysqli[^\n]*\([^\n]*,[^\n]*,",),
)


# Object-store admin CLIs that take a key id and its secret by position: Garage's `key import
# [--yes] [-n NAME] GK… SECRET`, Backblaze's `b2 authorize-account ID KEY` (`b2 account
# authorize`), Qiniu's `qshell account AK SK NAME` (MinIO's `mc alias set` and `mc admin user
# add`: cmdline.py)
_FLAGS = r"(?:[ \t]{1,8}(?:--?[A-Za-z][\w-]{0,31}(?:=[^\s]{1,128})?|-n[ \t]{1,8}[^\s-][^\s]{0,127}|--name[ \t]{1,8}[^\s-][^\s]{0,127}))"
OBJECT_STORE_KEYS = regex_detector(
    KIND,
    ("key import", "authorize-account", "account authorize", "qshell"),
    r"(?:\bkey[ \t]{1,8}import" + _FLAGS + r"{0,6}[ \t]{1,8}GK[0-9a-fA-F]{8,64}"
    r"|\bb2[ \t]{1,8}(?:authorize-account|account[ \t]{1,8}authorize)" + _FLAGS + r"{0,6}"
    r"[ \t]{1,8}[0-9a-fA-F]{12,64}"
    r"|\bqshell[ \t]{1,8}account" + _FLAGS + r"{0,6}[ \t]{1,8}[\w-]{16,64})"
    r"[ \t]{1,8}" + _VALUE,
    accept=_generated,
    patterns=(
        r"key[ \t]+import[ \t][^\n]*gk[0-9a-f]",
        r"b2[ \t]+(?:authorize-account|account[ \t]+authorize)[ \t]",
        r"qshell[ \t]+account[ \t]",
    ),
)


# SQL table functions and engines that take credentials by position (ClickHouse's
# `mysql('host:3306', 'db', 'table', 'user', 'PASSWORD')`, `postgresql(…)`, `mongodb(…)`,
# `remoteSecure('host:9440', 'db', 'table', 'user', 'PASSWORD')`, the
# same as `ENGINE = MySQL(…)`): the fifth argument
_ARG = r"(?:'[^'\n]{0,256}'|[\w.]{1,64})[ \t]{0,4},[ \t]{0,4}"
TABLE_FUNCTION = regex_detector(
    KIND,
    ("mysql(", "postgresql(", "mongodb(", "remote(", "remotesecure("),  # (and Materialized…)
    r"(?i)(?<![\w.])(?:mysql|postgresql|mongodb|materializedmysql|materializedpostgresql"
    r"|remote|remotesecure)"
    r"\([ \t]{0,4}" + _ARG * 4 + r"'(?P<s>[^'\n]{1,256})'",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"(?:mysql|postgresql|mongodb|remote|remotesecure)\(",),
)
# A client's method that takes a user and a password by position: paho-mqtt's
# `client.username_pw_set("user", "…")`, a Python `login("user", "…")` (smtplib, imaplib,
# ftplib), an HTTP client's basic or digest auth (requests' `HTTPBasicAuth("user", "…")`,
# aiohttp's `BasicAuth`, the Trino client's `BasicAuthentication` in a connection's repr): the
# second literal, when it reads as generated
USER_PW_CALL = regex_detector(
    KIND,
    ("username_pw_set(", "login(", "basicauth(", "digestauth(", "basicauthentication("),
    r"(?:(?<![\w])(?:username_pw_set|(?:HTTP)?(?:Basic|Digest)Auth|BasicAuthentication)|\.login)"
    r"\([ \t]{0,4}(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\")"
    r"[ \t]{0,4},[ \t]{0,4}(?:(?:password|passwd)[ \t]{0,4}=[ \t]{0,4})?"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")",
    accept=_generated,
    patterns=(
        r"(?:username_pw_set|\.login|basicauth|digestauth|basicauthentication)\([ \t]*['\"][^'\"\n]+['\"][ \t]*,",
    ),
)
# a JSON-RPC login, its credentials by position (LuCI's `/cgi-bin/luci/rpc/auth`: `"method":
# "login", "params": ["root", "…"]`; Deluge's `auth.login` takes the password alone): the last
# string of the params
JSONRPC_LOGIN = regex_detector(
    KIND,
    ('login"',),
    r"\"method\"[ \t]{0,4}:[ \t]{0,4}\"(?:[a-z]{1,16}\.)?login\"[ \t]{0,4},[ \t]{0,4}"
    r"\"params\"[ \t]{0,4}:[ \t]{0,4}\[[ \t]{0,4}(?:\"[^\"\n]{1,128}\"[ \t]{0,4},[ \t]{0,4})?"
    r"\"(?P<s>[^\"\n]{1,256})\"[ \t]{0,4}\]",
    accept=_generated,
    patterns=(r"\"method\"[ \t]*:[ \t]*\"(?:[a-z]+\.)?login\"[ \t]*,[ \t]*\"params\"",),
)
# express-basic-auth's static users, a map of each user's name to the password
# (`basicAuth({ users: { 'admin': '…', 'ops': '…' } })`, the options over lines too): each
# quoted password that reads as generated, up to the map's end
_USERS_MAP = lazyre.compile(r"(?<![\w.-])users[ \t]{0,4}:[ \t]{0,4}\{")
_USER_PASSWORD = lazyre.compile(
    r"[ \t]{0,8}(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"|[\w$-]{1,64})[ \t]{0,4}:[ \t]{0,4}"
    r"(?:'(?P<sq>[^'\n]{1,256})'|\"(?P<dq>[^\"\n]{1,256})\")[ \t]{0,4},?"
)


def _users_map_spans(line: str) -> Iterator[Span]:
    for opened in _USERS_MAP.finditer(line):
        at = opened.end()
        while (m := _USER_PASSWORD.match(line, at)) is not None:
            group = "sq" if m.group("sq") is not None else "dq"
            if _generated(m.group(group)):
                yield m.start(group), m.end(group), KIND
            at = m.end()


BASIC_AUTH_USERS = Detector(
    KIND, ("users",), _users_map_spans, (r"users[ \t]*:[ \t]*\{[ \t]*[^\s}][^:\n]*:[ \t]*['\"]",)
)
# redis-commander's host list (`REDIS_HOSTS=label:host:port:db:password,…`, the label optional):
# the field after the database index
REDIS_HOSTS = regex_detector(
    KIND,
    ("redis_hosts",),
    r"(?:(?<=[=,\s\"'])|^)(?:[\w.-]{1,64}:)?[\w.-]{1,253}:\d{1,5}:\d{1,2}:(?P<s>[^\s,:'\"]{1,512})",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"redis_hosts[\"']?[ \t]*[:=]",),
)
# What a CI runner is told to mask in its log is a secret by definition: GitHub Actions'
# `::add-mask::VALUE`, Azure Pipelines' `##vso[task.setsecret]VALUE` and a variable set with
# `issecret=true`; so is one set without it under a secret's name (`##vso[task.setvariable
# variable=MYSQL_PASSWORD]…`: the agent masks nothing, the log holds the value)
_CI_MASK = lazyre.compile(
    r"::add-mask::(?P<v>[^\s'\"]{4,4096})"
    r"|##vso\[task\.(?P<c>setsecret|setvariable)(?P<a>[^\]\n]{0,256})\](?P<w>[^\s'\"]{4,4096})"
)


_VARIABLE = lazyre.compile(r"(?i)\bvariable=(?P<n>[^;\]\n]{1,128})")


def _secret_variable(attributes: str) -> bool:
    m = _VARIABLE.search(attributes)
    return m is not None and is_secret_name(m.group("n").strip())


def _ci_mask_spans(line: str) -> Iterator[Span]:
    for m in _CI_MASK.finditer(line):
        group = "v" if m.group("v") is not None else "w"
        if (
            group == "w"
            and m.group("c") == "setvariable"
            and "issecret=true" not in m.group("a").lower()
            and not _secret_variable(m.group("a"))
        ):
            continue
        value = m.group(group)
        if not is_trivial_value(value) and not is_mask(value) and not value.startswith("$"):
            yield m.start(group), m.end(group), KIND


CI_MASK = Detector(
    KIND,
    ("::add-mask::", "##vso[task.set"),
    _ci_mask_spans,
    (r"::add-mask::", r"##vso\[task\.set"),
)


# a handler's arguments (fileConfig's `args=(…)`) or its `credentials=` keyword (also as a
# dictConfig's `'credentials': (…)`), or an HTTP client's basic auth pair (requests' and
# Elasticsearch's `auth=(…)`, `http_auth=(…)`, a repr's `_auth=(…)`), then the pair
_HANDLER_ARGS = lazyre.compile(
    r"(?:^[ \t]*args|\bcredentials|(?<![A-Za-z0-9])auth)['\"]?[ \t]{0,4}[=:][ \t]{0,4}\("
)
_PAIR_TUPLE = lazyre.compile(
    r"\([ \t]{0,4}(?:'[^'\n]{1,128}'|\"[^\"\n]{1,128}\")[ \t]{0,4},[ \t]{0,4}"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")[ \t]{0,4}\)"
)
_ADDRESS = lazyre.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def _handler_spans(line: str) -> Iterator[Span]:
    start = _HANDLER_ARGS.search(line)
    if start is None:
        return
    for m in _PAIR_TUPLE.finditer(line, start.end() - 1):
        g = "sq" if m.group("sq") is not None else "dq"
        value = m.group(g)
        # (two addresses are recipients, two paths a key and a certificate file)
        if not _ADDRESS.fullmatch(value) and secretish("password", value):
            yield m.start(g), m.end(g), KIND


HANDLER_CREDENTIALS = Detector(
    KIND,
    ("args=", "args =", "credentials", "auth=(", "auth = (", "auth':", 'auth":'),
    _handler_spans,
    (
        r"(?:args[ \t]*=[ \t]*\(.*|(?:credentials|auth)['\"]?[ \t]*[=:][ \t]*)"
        r"\([ \t]*['\"][^'\"\n]*['\"][ \t]*,[ \t]*['\"]",
    ),
)


# rclone's obscured form of a password is reversible (`rclone reveal` prints the password): the
# argument of `rclone reveal OBSCURED` and of `rclone obscure PASSWORD` are both the secret; an
# option in its place asks for something else (`rclone obscure --help`)
RCLONE_OBSCURED = regex_detector(
    KIND,
    ("rclone",),
    r"\brclone[ \t]{1,4}(?:reveal|obscure)[ \t]{1,4}" + _VALUE,
    accept=lambda v: not is_trivial_value(v) and v != "-" and _OPTION.fullmatch(v) is None,
    patterns=(r"rclone[ \t]+(?:reveal|obscure)[ \t]",),
)


def _spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    for det in _GROUPED:
        if det.may_match(lowered):
            yield from det.find(line)


# The eight as one detector: one hint pattern for the prefilter, not eight (the tuple's hint,
# `://`, is too common to share).
_GROUPED = (
    NET_USER,
    ORACLE_CONNECT,
    ORACLE_JDBC,
    ECHO_INTO,
    HERESTRING_INTO,
    XTRACE_ECHO,
    HANDLER_CREDENTIALS,
    RCLONE_OBSCURED,
)
POSITIONAL = Detector(
    KIND,
    tuple(h for det in _GROUPED for h in det.hints),
    _spans,
    ("|".join(p for det in _GROUPED for p in det.prefilter_patterns()),),
)
