"""Secrets that database servers' admin tools take or keep in places of their own, no secret name
before them:
- command lines: Cassandra's `nodetool -u USER -pw PASSWORD`, Oracle's `orapki … -pwd PASSWORD`
  and `mkstore … -pwd`, DB2's `connect to DB user USER using PASSWORD` (and `attach to`),
  pgAdmin's `setup.py add-user EMAIL PASSWORD`, `rabbitmqctl encode '<<"VALUE">>' PASSPHRASE`
  (and `decode`), CouchDB's `curl -X PUT …/_config/admins/NAME -d '"PASSWORD"'`;
- the shell: mongosh's `db.auth("user", "PASSWORD")` and `db.changeUserPassword("user",
  "PASSWORD", …)`, `export ETCDCTL_USER=user:PASSWORD`;
- files: RabbitMQ's encrypted value (`{encrypted,<<"…">>}`, opened with the passphrase),
  ClickHouse's ZooKeeper `<identity>user:PASSWORD</identity>`, HeidiSQL's portable settings
  (`Servers\\NAME\\Password<|||>1<|||>VALUE`, any secret-named setting);
- Oracle's container images printing the password they made for the accounts they list
  (`ORACLE PASSWORD FOR SYS, SYSTEM AND PDBADMIN: …`);
- Consul's agent config: its ACL tokens (`tokens { initial_management = "<uuid>" agent = … }`,
  each a SecretID) and its gossip key (`encrypt = "…"`, `-encrypt=…`: 32 random bytes in base64).
- MySQL Shell's and MySQL Router's connection without a scheme, `user:password@host:port`
  (`mysqlsh --uri=…`, `mysqlsh … ` positionally, `shell.connect('…')`, `\\connect …`,
  `mysqlrouter --bootstrap …`): the part between the user's `:` and the `@` before a host and
  its port (the leak gate's gatedsn.py reads the same).
A usage's metavar, a variable and a mask stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "cmdline"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
_SP = r"[ \t]{1,8}"
_ARG = r"(?:'[^'\n]{1,128}'|\"[^\"\n]{1,128}\"|[^\s'\"]{1,256})"
_PLACED = lazyre.compile(
    r"(?:\bnodetool\b[^\n]{0,512}?[ \t](?:-pw|--password)(?:[ \t]{1,8}|=)"
    r"|\b(?:orapki|mkstore)\b[^\n]{0,512}?[ \t]-pwd" + _SP
    + r"|(?i:\b(?:connect|attach)" + _SP + r"to" + _SP + _ARG + _SP + r"user" + _SP + _ARG + _SP
    + r"using)" + _SP
    + r"|\bsetup\.py" + _SP + r"add-user\b[^\n]{0,256}?[ \t][\w.+-]{1,64}@[\w.-]{1,253}" + _SP
    + r"(?!-)"
    + r"|\brabbitmqctl" + _SP + r"(?:encode|decode)\b(?:[ \t]{1,4}--?[\w-]{1,32}"
    r"(?:[ \t]{1,4}(?!['\"-])[^\s'\"]{1,64})?){0,6}" + _SP
    + r"'(?:<<\"(?P<t>[^\"\n]{1,512})\">>|\{encrypted,[ \t]{0,2}<<\"(?P<e>[^\"\n]{1,2048})\">>\})'"
    + _SP
    + r")" + _VALUE + r"(?=[ \t;|&)]|\Z)"
)  # fmt: skip
# mongosh (and the legacy shell): `db.auth("user", "pw")`, `db.changeUserPassword("user", "pw")`
_SHELL_CALL = lazyre.compile(
    r"\bdb\.(?:auth|changeUserPassword)\([ \t]{0,4}(?P<q>[\"'])[^\"'\n]{1,128}(?P=q)[ \t]{0,4},"
    r"[ \t]{0,4}(?P<r>[\"'])(?P<v>[^\"'\n]{1,512})(?P=r)"
)
_ETCDCTL_USER = lazyre.compile(
    r"\bETCDCTL_USER[ \t]{0,4}[=:][ \t]{0,4}[\"']?[^\s:\"']{1,64}:(?P<v>[^\s\"']{1,512})"
)
# CouchDB's config API: an admin's password as the JSON string body of the PUT
_COUCH_ADMIN = lazyre.compile(
    r"/_config/admins/[^\s'\"/]{1,128}[^\n]{0,256}?[ \t](?:-d|--data(?:-raw|-binary)?)[ \t=]{1,4}"
    r"'\"(?P<v>[^\"\n]{1,512})\"'"
)
# `{encrypted,<<"…">>}` as rabbitmqctl prints it and advanced.config keeps it
_ENCRYPTED = lazyre.compile(r"\{encrypted,[ \t]{0,4}<<\"(?P<v>[A-Za-z0-9+/]{16,4096}={0,2})\">>\}")
_IDENTITY = lazyre.compile(r"<identity>[^:<>\s]{1,128}:(?P<v>[^<>\s]{1,512})</identity>")
# HeidiSQL's `portable_settings.txt` (and its registry export): `PATH\\NAME<|||>TYPE<|||>VALUE`
_HEIDI = lazyre.compile(
    r"(?:^|\\)(?P<k>[A-Za-z][A-Za-z0-9]{0,63})<\|\|\|>\d{1,2}<\|\|\|>(?P<v>[^\r\n]{1,4096})"
)

# (one account, `PASSWORD FOR SYS: …`, is a secret name's pair: keyvalue.py's)
_ACCOUNTS_BANNER = lazyre.compile(
    r"\bPASSWORD FOR (?:[A-Z][A-Z0-9_$#]{0,29}(?:,[ \t]{1,4}|[ \t]{1,4}AND[ \t]{1,4})){1,8}"
    r"[A-Z][A-Z0-9_$#]{0,29}:[ \t]{1,4}(?P<v>[^\s]{1,256})"
)


# (after a space, `=`, a quote or a bracket: not inside a URL, a path or an e-mail address; a
# scheme's URL is urls.py's)
_USERINFO = lazyre.compile(
    r"(?:^|(?<=[\s='\"(]))[A-Za-z_][\w.-]{0,63}:(?P<v>[^\s@/:'\"]{1,128})"
    r"@[A-Za-z0-9][\w.-]{0,253}:[0-9]{2,5}(?![\w.])"
)


def _kept(value: str) -> bool:
    return not (
        value[0] in "<[$%" or is_trivial_value(value) or is_template(value) or is_mask(value)
    )


def _spans(line: str) -> Iterator[Span]:
    found: list[tuple[int, int]] = []
    lowered = line.lower()
    if any(w in lowered for w in ("nodetool", "-pwd", "using", "add-user", "rabbitmqctl")):
        for m in _PLACED.finditer(line):
            for group in ("t", "e", "sq", "dq", "s"):
                if m.start(group) < m.end(group):
                    found.append(m.span(group))
    if "db." in line:
        found.extend(m.span("v") for m in _SHELL_CALL.finditer(line))
    if "ETCDCTL_USER" in line:
        found.extend(m.span("v") for m in _ETCDCTL_USER.finditer(line))
    if "_config/admins/" in line:
        found.extend(m.span("v") for m in _COUCH_ADMIN.finditer(line))
    if "{encrypted," in line:
        found.extend(m.span("v") for m in _ENCRYPTED.finditer(line))
    if "<identity>" in line:
        found.extend(m.span("v") for m in _IDENTITY.finditer(line))
    if "PASSWORD FOR " in line:
        found.extend(m.span("v") for m in _ACCOUNTS_BANNER.finditer(line))
    if "<|||>" in line:
        found.extend(m.span("v") for m in _HEIDI.finditer(line) if is_secret_name(m.group("k")))
    for start, end in found:
        if _kept(line[start:end]):
            yield start, end, KIND


DB_TOOLS = Detector(
    KIND,
    (
        "nodetool", "orapki", "mkstore", " using ", "add-user", "rabbitmqctl", "db.auth(",
        "db.changeuserpassword(", "etcdctl_user", "_config/admins/", "{encrypted,", "<identity>",
        "<|||>", "password for ",
    ),
    _spans,
    (
        r"\bnodetool\b[^\n]*[ \t](?:-pw|--password)[ \t=]",
        r"\b(?:orapki|mkstore)\b[^\n]*[ \t]-pwd[ \t]",
        r"\b(?:connect|attach)[ \t]+to[ \t]+\S+[ \t]+user[ \t]+\S+[ \t]+using[ \t]",
        r"\bsetup\.py[ \t]+add-user\b",
        r"\brabbitmqctl[ \t]+(?:encode|decode)\b",
        r"\bdb\.(?:auth|changeuserpassword)\(",
        r"\betcdctl_user[ \t]*[=:]",
        r"/_config/admins/",
        r"\{encrypted,",
        r"<identity>[^:<>\s]+:",
        r"<\|\|\|>\d+<\|\|\|>",
        r"password for [a-z][a-z0-9_$#]*(?:,[ \t]+|[ \t]+and[ \t]+)",
    ),
)  # fmt: skip


# MySQL Shell's and Router's own places for such a connection: any password there; elsewhere
# only one that reads as no word (`user:alice@host:8080` in a log is two names)
_MYSQL_SHELL = lazyre.compile(r"mysqlsh|mysqlrouter|--bootstrap|--uri|-B[ \t]|\.connect\(|\\c")


def _userinfo_spans(line: str) -> Iterator[Span]:
    placed: bool | None = None
    for m in _USERINFO.finditer(line):
        value = m.group("v")
        if not _kept(value):
            continue
        if placed is None:
            placed = _MYSQL_SHELL.search(line) is not None
        if placed or secretish("password", value):
            yield m.start("v"), m.end("v"), KIND


SHELL_URI = Detector(KIND, ("@",), _userinfo_spans, (r"[\w.-]:[^\s@/:'\"]+@[\w.-]+:[0-9]{2}",))


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_CONSUL_TOKEN = lazyre.compile(
    r"(?:^|(?<=[\s{,]))\"?(?:initial_management|agent|agent_recovery|agent_master|replication)\"?"
    r"[ \t]{0,8}[=:][ \t]{0,8}\"(?P<v>" + _UUID + r")\""
)
_GOSSIP_KEY = lazyre.compile(
    r"(?:(?:^|(?<=[\s{,]))\"?encrypt\"?[ \t]{0,8}[=:][ \t]{0,8}\"|(?<![\w-])-encrypt[= ]['\"]?)"
    r"(?P<v>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![\w+/=])"
)


def _consul_spans(line: str) -> Iterator[Span]:
    if "-" in line:
        for m in _CONSUL_TOKEN.finditer(line):
            yield m.start("v"), m.end("v"), KIND
    if "ncrypt" in line:
        for m in _GOSSIP_KEY.finditer(line):
            yield m.start("v"), m.end("v"), KIND


CONSUL_KEYS = Detector(
    KIND,
    (
        "initial_management", "agent_recovery", "agent_master", 'agent = "', 'agent="',
        '"agent": "', 'replication = "', '"replication": "', "encrypt",
    ),
    _consul_spans,
    (
        r"(?:initial_management|agent|agent_recovery|agent_master|replication)\"?[ \t]*[=:][ \t]*\"[0-9a-f]{8}-",
        r"encrypt\"?[ \t]*[=:][ \t]*\"[a-z0-9+/]{22}|-encrypt[= ]['\"]?[a-z0-9+/]{22}",
    ),
)  # fmt: skip
