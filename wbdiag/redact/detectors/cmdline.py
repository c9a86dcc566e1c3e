"""Command lines and statements that carry a password in an argument: `mysql -pSECRET` (and the
MariaDB tools), `curl -u user:SECRET`, `sshpass -p
SECRET`, MinIO's `mc alias set NAME URL ACCESS_KEY SECRET_KEY`, `htpasswd -b FILE USER SECRET`
(positional: no name says "secret"), `set NAME VALUE` forms (`aws configure set`, csh `setenv`,
Windows' `setx`, `CONFIG SET requirepass`), Windows-style `/u:NAME /p:…` (FreeRDP, `cmdkey`);
MySQL's `IDENTIFIED BY '…'` / `SET PASSWORD … = '…'`: sqlpassword.py; a password in a call or
a protocol's command (`AUTH PLAIN …`, `DBI->connect`): callcreds.py.
Long options with a secret name (`--password VALUE`, `--from-literal=password=…`) are the
key=value scanner's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.generic import pair_value, secretish
from wbdiag.redact.names import NAME_HINTS, is_secret_setting
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_mask, is_trivial_value

# a quoted or bare argument; whichever group matched is the secret (single quotes may hold a
# doubled quote: SQL's escape, and the shell's joined strings, `'ab''cd'`; not first: after a
# quote, `''` closes a string the statement is built in)
VALUE = (
    r"(?:'(?P<sq>[^'\n](?:[^'\n]|''){0,511})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
)

# (also archivers that take the password glued to `-p`: `7z a -mhe=on -pPASSWORD x.7z dir`)
MYSQL_P = regex_detector(
    "cmdline",
    ("mysql", "mariadb", "7z ", "7za ", "7zz ", "rar "),
    r"(?<![\w/-])-p" + VALUE,
    # (`-p"$$MYSQL_ROOT_PASSWORD"`, `-p****`: a reference or a mask; a number is a password;
    # `-px xxxxxxxx` in `ps`: the client overwrote its password in argv with `x`)
    accept=lambda v: not is_mask(v) and v.strip("x") != "",
    patterns=(r"(?:mysql|mariadb).*-p[^\s]", r"\b(?:7z[arz]?|rar)[ \t].*[ \t]-p[^\s'\"-]"),
)
# (also `-u` ending a cluster of short flags, `curl -su user:SECRET`, `-fsSLu`: a space after it,
# so a word after one dash, `-output:x`, is not read as one; curl names the lines that hold one)
CURL_U = regex_detector(
    "cmdline",
    ("-u", "--user", "--proxy-user", "curl"),
    # (auditd's EXECVE record holds each argument apart: `a1="-u" a2="user:SECRET"`)
    r"(?<![\w-])(?:(?:-u|--user|--proxy-user)(?:[ \t]{0,8}|=|\"[ \t]{1,8}a[0-9]{1,4}=)"
    r"|-[A-Za-z]{1,8}u[ \t]{1,8})"
    # (each half quoted apart: OPNsense's `-u "KEY":"SECRET"`, or the password alone: `-u
    # admin:'…'`; not a usage's `<user:password>`)
    r"(['\"])?[^\s:'\"<]{1,128}(?:\":\"|':'|:['\"]?)"
    # (a quoted argument holds the password up to its closing quote, spaces and all: `-u
    # 'admin:pw with space'`; a quote inside a single-quoted password, as `set -x` prints it:
    # `'user:pa'\''ss'`)
    r"(?P<s>(?(1)[^'\"\n]{1,512}(?=['\"])|[^\s'\"]{1,512})|[^\s'\"]{1,512})"
    r"(?:'\\''(?P<s2>[^\s'\"]{1,512}))?",
    # (a document's placeholder or a variable stays: `-u api:<your-api-key>`, `"api:${KEY}"`)
    accept=lambda v: not is_mask(v),
    patterns=("-u", "--user", "--proxy-user", r"curl[^\n]*[ \t]-[a-z]{1,8}u[ \t]+[^\s:]+:"),
)
# curl's client certificate and its passphrase in one argument: `--cert FILE:PASSWORD` (also
# `--proxy-cert`, and `-E` before a certificate file; not a PKCS#11 URI, not a Windows drive)
_CERT_FILE = r"['\"]?(?!pkcs11:)(?:[A-Za-z]:[\\/])?[^\s:'\"]{1,512}"
CURL_CERT = regex_detector(
    "cmdline",
    # (no `-` or `.` before them: those branches cost the `re` prefilter's hint tree most)
    ("cert", "pem:", "p12:", "pfx:", "crt:", "der:"),
    r"(?<![\w-])(?:--(?:proxy-)?cert(?:[ \t]{1,8}|=)"
    + _CERT_FILE
    + r"|-E[ \t]{1,8}"
    + _CERT_FILE
    + r"\.(?:pem|p12|pfx|crt|der))"
    r":(?P<s>[^\s'\"\\/][^\s'\"]{0,511})",
    patterns=(
        r"--(?:proxy-)?cert[ \t=]+[^\s:]+:[^\s]",
        r"-e[ \t]+[^\s:]+\.(?:pem|p12|pfx|crt|der):",
    ),
)
SSHPASS = regex_detector("cmdline", ("sshpass",), r"\bsshpass[ \t]{1,8}-p[ \t]{0,8}" + VALUE)
# ZooKeeper's shell authenticating a session (`addauth digest user:password`, zkCli and Kafka's
# zookeeper-shell): the password in the clear (an ACL's `digest,'user:<hash>` is its hash)
ZK_ADDAUTH = regex_detector(
    "cmdline",
    ("addauth",),
    r"\baddauth[ \t]{1,8}digest[ \t]{1,8}[^\s:'\"]{1,128}:" + VALUE,
    accept=lambda v: not is_trivial_value(v),
)
# `mc alias set ALIAS URL ACCESSKEY SECRETKEY` and its older spelling `mc config host add`
MC_ALIAS = regex_detector(
    "cmdline",
    ("alias set", "alias add", "host add"),
    r"\b(?:alias[ \t]{1,8}(?:set|add)|config[ \t]{1,8}host[ \t]{1,8}add)[ \t]{1,8}[^\s]{1,256}"
    r"[ \t]{1,8}[^\s]{1,2048}[ \t]{1,8}[^\s]{1,512}[ \t]{1,8}" + VALUE,
    accept=lambda v: not is_trivial_value(v),  # (a usage line: `… ACCESS_KEY SECRET_KEY`)
)
# LDAP tools' bind password (`ldapsearch … -w PASSWORD`) and `openssl enc … -k PASSWORD`
LDAP_OPENSSL = regex_detector(
    "cmdline",
    ("ldap", "openssl"),
    r"(?:\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop)\b[^\n]{0,300}?"
    r"[ \t]-w|\bopenssl[ \t]{1,8}(?:enc|aes-[^\s]{1,32}|des[^\s]{0,32})\b[^\n]{0,300}?[ \t]-k)"
    r"[ \t]{1,8}" + VALUE,
)
# Kerberos' admin tools: kadmin's own password (`kadmin -p admin/admin -w PASSWORD`), and a
# principal's new one (`addprinc -pw PASSWORD`, `cpw -pw …`, also inside `kadmin.local -q "…"`)
KADMIN = regex_detector(
    "cmdline",
    ("kadmin", "addprinc", "add_principal", "change_password"),
    r"(?:\bkadmin(?:\.local)?\b[^\n]{0,300}?[ \t]-w"
    r"|\b(?:addprinc|add_principal|ank|cpw|change_password)\b[^\n]{0,300}?[ \t]-pw)"
    r"[ \t]{1,8}" + VALUE,
)
# the macOS keychain's `security add-generic-password … -w PASSWORD` (`add-internet-password`
# too; a `-w` ending the line prompts for it)
KEYCHAIN_W = regex_detector(
    "cmdline",
    ("add-generic-password", "add-internet-password"),
    r"\badd-(?:generic|internet)-password\b[^\n]{0,300}?[ \t]-w[ \t]{1,8}(?!-)" + VALUE,
)
# ssh-keygen's key passphrases: the new one (`-N PASSPHRASE`) and the old one (`-P`) when
# changing it with `-p`; an empty one (`-N ''`) is no secret
_SSH_KEYGEN_FLAG = lazyre.compile(r"[ \t]-[NP][ \t]{1,8}" + VALUE)


def _flag_values_after(
    tool: str, flag: re.Pattern[str], line: str, *, skip_trivial: bool
) -> Iterator[Span]:
    """The values of `flag` after the tool's name on the line (quoted or bare); with
    `skip_trivial`, not an empty passphrase or a `$VAR`."""
    at = line.find(tool)
    if at < 0:
        return
    for m in flag.finditer(line, at):
        for g in ("sq", "dq", "s"):
            v = m.group(g)
            if v and not (skip_trivial and is_trivial_value(v)):
                yield m.start(g), m.end(g), "cmdline"


def _ssh_keygen_spans(line: str) -> Iterator[Span]:
    return _flag_values_after("ssh-keygen", _SSH_KEYGEN_FLAG, line, skip_trivial=True)


SSH_KEYGEN = Detector("cmdline", ("ssh-keygen",), _ssh_keygen_spans)
# `set -x` prints a test with its variables expanded: `+ '[' -n "$REDIS_PASSWORD" ']'` shows the
# password (`-n`/`-z`, and either side of `=`/`==`/`!=`; `test`, `[[` too); only a value that
# reads like a key (not a path, a flag, a word)
_TRACED_TEST = lazyre.compile(
    r"(?:^|[ \t])\+{1,8}[ \t]{1,4}(?:'\['|\[\[?|test)[ \t]{1,4}"
    r"(?:-[nz][ \t]{1,4}"
    + VALUE
    + r"|"
    + VALUE.replace("?P<", "?P<l")
    + r"[ \t]{1,4}!?==?[ \t]{1,4}"
    + r"(?:''|\"\"|"
    + VALUE.replace("?P<", "?P<r")
    + r"))"
)
_TRACED_GROUPS = ("sq", "dq", "s", "lsq", "ldq", "ls", "rsq", "rdq", "rs")


def _traced_test_spans(line: str) -> Iterator[Span]:
    for m in _TRACED_TEST.finditer(line):
        for g in _TRACED_GROUPS:
            v = m.group(g)
            if v and v[0] not in "/.~$-" and looks_random(v) and not is_trivial_value(v):
                yield m.start(g), m.end(g), "cmdline"


TRACED_TEST = Detector(
    "cmdline",
    ("+ '['", "+ [", "+ test"),
    _traced_test_spans,
    (r"\+ '\['", r"\+ \[", r"\+ test"),
)
# ldappasswd's old and new passwords (`-a OLD`, `-s NEW`) besides the bind password (`-w`):
# each flag after the tool's name (in ldapsearch `-s` is the scope, so only here)
_LDAPPASSWD_FLAG = lazyre.compile(r"[ \t]-[wsa][ \t]{1,8}" + VALUE)


def _ldappasswd_spans(line: str) -> Iterator[Span]:
    return _flag_values_after("ldappasswd", _LDAPPASSWD_FLAG, line, skip_trivial=False)


LDAPPASSWD = Detector("cmdline", ("ldappasswd",), _ldappasswd_spans)
# `-u USER -p PASSWORD` (rabbitmqadmin and the like): after a user a `-p` is its password when
# the value reads like one; a port (`docker run -u 1000 -p 8080:8080`) is not, nor the database
# after the MySQL tools' `-p` (which prompts: `mysql -u wandb -p wandb_local`)
# (`-U USER -P PASSWORD` too: ipmitool, sqlcmd; Windows' `/U USER /P PASSWORD`: schtasks)
_USER_THEN_P = lazyre.compile(
    r"(?<![\w-])(?:-[uU][ \t]{1,8}[^\s-][^\s]{0,127}[ \t]{1,8}-[pP]"
    r"|(?<![^\s])/[uU][ \t]{1,8}[^\s/][^\s]{0,127}[ \t]{1,8}/[pP])[ \t]{1,8}" + VALUE
)
_PROMPTING_P = lazyre.compile(r"\b(?:mysql|mariadb)")


def _user_then_p_spans(line: str) -> Iterator[Span]:
    if _PROMPTING_P.search(line):
        return
    for m in _USER_THEN_P.finditer(line):
        for g in ("sq", "dq", "s"):
            v = m.group(g)
            # (a generated password with dots, `o.abhrxZQJsfLapvvI`, as pair_value reads one)
            if v and _PORTS.fullmatch(v) is None and (looks_random(v) or pair_value("password", v)):
                yield m.start(g), m.end(g), "cmdline"


USER_THEN_P = Detector(
    "cmdline",
    (" -u ", " /u "),
    _user_then_p_spans,
    (r"[-/]u[ \t]+[^\s/-][^\s]*[ \t]+[-/]p[ \t]+[^\s]",),
)
_PORTS = lazyre.compile(r"[0-9.:\[\]-]{1,64}(?:/(?:tcp|udp|sctp))?")
# `gh secret set NAME --body VALUE` and the like: a CLI that stores a secret takes its value in a
# flag with no secret name (`--body`, `-b`, `--value`, `--data`; the Databricks CLI's `secrets
# put-secret SCOPE KEY --string-value`)
SECRET_SET_BODY = regex_detector(
    "cmdline",
    ("secret set", "secrets set", "secret create", "secrets create", "secrets put"),
    r"\bsecrets?[ \t]{1,4}(?:set|create|put|add)\b[^\n]{0,300}?[ \t]"
    r"(?:--body|-b|--value|--data|--string-value|--bytes-value)"
    r"(?:[ \t]{1,8}|=)" + VALUE,
)
# Percona Toolkit DSNs: comma-separated one-letter keys (`h=db,u=root,p=SECRET,P=3306`)
_DSN_TOKEN = lazyre.compile(r"[^\s\"']{1,4096}")
_LETTER_PAIR = lazyre.compile(r"[A-Za-z]=")


def _letter_dsn_spans(line: str) -> Iterator[Span]:
    pos = line.find(",p=")
    while pos >= 0:
        start, floor = pos, max(0, pos - 4096)
        while start > floor and not line[start - 1].isspace() and line[start - 1] not in "\"'":
            start -= 1
        token = _DSN_TOKEN.match(line, pos)  # (from the match on: each part is read once)
        end = token.end() if token else pos + 3
        parts = line[start:end].split(",")
        if all(_LETTER_PAIR.match(p) for p in parts) and any(p.startswith("u=") for p in parts):
            offset = start
            for part in parts:
                if part.startswith("p=") and len(part) > 2:
                    yield offset + 2, offset + len(part), "cmdline"
                offset += len(part) + 1
        pos = line.find(",p=", max(end, pos + 3))


LETTER_DSN = Detector("cmdline", (",p=",), _letter_dsn_spans)
# `mc admin user add ALIAS USER SECRET` (MinIO: the new user's secret key)
MC_USER_ADD = regex_detector(
    "cmdline",
    ("user add",),
    r"\badmin[ \t]{1,8}user[ \t]{1,8}add[ \t]{1,8}\S{1,256}[ \t]{1,8}\S{1,256}[ \t]{1,8}" + VALUE,
)

# `htpasswd -b[c…] FILE USER PASSWORD` (batch mode takes the password as the last argument)
HTPASSWD = regex_detector(
    "cmdline",
    ("htpasswd",),
    r"\bhtpasswd(?:[ \t]{1,8}-[A-Za-z]{1,8}){0,6}?[ \t]{1,8}-[A-Za-z]{0,7}b[A-Za-z]{0,7}"
    r"(?:[ \t]{1,8}-[A-Za-z]{1,8}){0,6}[ \t]{1,8}[^\s-][^\s]{0,1024}[ \t]{1,8}[^\s]{1,256}"
    r"[ \t]{1,8}" + VALUE,
    accept=lambda v: not is_trivial_value(v),  # (the docs' `htpasswd -bnBC 10 "" password`)
)
# (also what nginx hands an application: Passenger's `passenger_env_var NAME VALUE;`, the
# `fastcgi_param`/`uwsgi_param` of PHP-FPM and uWSGI; the directive's `;` is not the value's;
# and Windows' `setx [/M] NAME VALUE`, kept for every later session)
_SET = lazyre.compile(
    r"(?i)\b(?P<d>setenv|set|passenger_env_var|fastcgi_param|uwsgi_param"
    r"|setx(?:\.exe)?(?:[ \t]{1,8}/m)?)[ \t]{1,8}(?P<name>[A-Za-z_][\w.-]{0,127})[ \t]{1,8}"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
)


_SQL_WORDS = frozenset({"FOR", "TO", "AS", "BY"})


def _set_spans(line: str) -> Iterator[Span]:
    for m in _SET.finditer(line):
        if not is_secret_setting(m.group("name")):
            continue
        group = next(g for g in ("sq", "dq", "s") if m.group(g) is not None)
        value = m.group(group)
        if group == "s" and value.endswith(";") and m.group("d").lower().endswith(("r", "m")):
            value = value[:-1]  # (`_var`, `_param`: nginx's directives)
        if value.upper() in _SQL_WORDS:
            continue  # MySQL's `SET PASSWORD FOR 'user'@'host' = …` (SQL_PASSWORD has it)
        if not is_trivial_value(value) and not is_reference_value(m.group("name"), value):
            yield m.start(group), m.start(group) + len(value), "cmdline"


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# `set NAME VALUE` with a secret name: the name holds one of the scanner's hints
SET_VALUE = Detector(
    "cmdline",
    NAME_HINTS,
    _set_spans,
    (
        r"\b(?:set(?:env|x(?:\.exe)?(?:[ \t]+/m)?)?|passenger_env_var|fastcgi_param"
        r"|uwsgi_param)[ \t]+[A-Za-z0-9_.-]*" + _H + r"[A-Za-z0-9_.-]*[ \t]+[^\s]",
    ),
)

# `-p`/`-P PASSWORD` of tools where it is the password (not `docker run -p 8080:8080`), also
# glued by `=` (`docker login -u="robot" -p="…" quay.io`, as Quay prints a robot's login)
SHORT_P = regex_detector(
    "cmdline",
    (" -p ", " -p="),
    r"(?:\b(?:docker|podman|nerdctl|helm|oras|skopeo|crane)(?:[ \t]{1,8}registry)?[ \t]{1,8}login\b"
    r"|\baz[ \t]{1,8}login\b|\b(?:sqlcmd|bcp|zip|mongosh|mongo|mongodump|mongorestore|mongoexport"
    r"|mongoimport)\b)[^\n]{0,300}?[ \t]-[pP](?:[ \t]{1,8}|=)" + VALUE,
)


# Positional secrets of common tools: no name says "password", the tool's syntax does.
# a pipeline timestamp before the line (Docker and Kubernetes logs; credfiles.py's too)
TS = r"(?:\d{4}-\d\d-\d\dT[0-9:.]{8,20}(?:Z|[+-]\d\d:?\d\d)?[ \t])?"
ARG = r"(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"|[^\s'\"]{1,256})"


def generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


# `rabbitmqctl add_user USER PASSWORD`, `rabbitmqctl change_password USER PASSWORD`,
# `rabbitmqctl authenticate_user USER PASSWORD` (which checks the password it is given)
RABBITMQCTL = regex_detector(
    "cmdline",
    ("rabbitmqctl",),
    r"\brabbitmqctl\b[^\n]{0,300}?[ \t](?:add_user|change_password|authenticate_user)[ \t]{1,8}"
    + ARG
    + r"[ \t]{1,8}"
    + VALUE,
)
# Erlang's distribution cookie on a node's command line (`erl -setcookie C`, RabbitMQ's
# `beam.smp … -setcookie C` in `ps` output): the shared secret that lets a node join, or run
# code on, the cluster
ERLANG_COOKIE = regex_detector(
    "cmdline",
    ("-setcookie",),
    r"(?<![\w-])-setcookie[ \t]{1,8}" + VALUE,
    accept=lambda v: not is_trivial_value(v) and not v.startswith("$"),
)
# Windows `net use [X:] \\server\share PASSWORD /user:NAME` (the password may also follow /user)
NET_USE = regex_detector(
    "cmdline",
    ("net use",),
    r"(?i)\bnet[ \t]{1,4}use[ \t]{1,8}(?:[a-z*]:[ \t]{1,8})?\\\\[^\s]{1,256}"
    r"(?:[ \t]{1,8}/u(?:ser)?:[^\s]{1,256})?[ \t]{1,8}(?![/*])" + VALUE,
)
# the password option Windows-style tools take beside the user's (FreeRDP's `/u:NAME … /p:PW`,
# `cmdkey /generic:T /user:NAME /pass:PW`); `/p:*` or an empty one prompts
SLASH_PASS = regex_detector(
    "cmdline",
    ("/p:", "/pass:"),
    r"(?i)(?<![^\s])/u(?:ser)?:[^\s]{1,256}[ \t](?:[^\n]{0,256}?[ \t])?/p(?:ass)?:(?![*\s])"
    + VALUE,
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"(?:^|[ \t])/u(?:ser)?:[^\s]+[ \t][^\n]*/p(?:ass)?:[^\s*]",),
)


# Samba's `user%password` (`smbclient -U 'DOM\\user%secret'`, rpcclient, smbcacls, `net -U`)
USER_PERCENT = regex_detector(
    "cmdline",
    ("-u", "--user"),
    r"(?<![\w-])(?:-U|--user(?:name)?)(?:[ \t]{1,8}|=)['\"]?[^\s%'\"]{1,128}%"
    r"(?P<s>[^\s'\"]{1,512})",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"(?:-u|--user(?:name)?)(?:[ \t]+|=)['\"]?[^\s%'\"]+%[^\s'\"]",),
)
# Windows' run-as password (`schtasks /Create … /RU USER /RP PASSWORD`; `/RP *` prompts)
RUN_AS_PASSWORD = regex_detector(
    "cmdline",
    (" /rp ",),
    r"(?i)(?<![^\s])/RP[ \t]{1,8}(?!\*(?:\s|$))" + VALUE,
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"[ \t]/rp[ \t]+[^\s*]",),
)
# a package manager's stored credentials: `poetry config http-basic.REPO USER PASSWORD`,
# `poetry config pypi-token.REPO TOKEN`
REPO_CREDENTIALS = regex_detector(
    "cmdline",
    ("http-basic.", "pypi-token."),
    r"(?:\bhttp-basic\.[^\s]{1,128}[ \t]{1,8}"
    + ARG
    + r"|\bpypi-token\.[^\s]{1,128})[ \t]{1,8}"
    + VALUE,
    accept=lambda v: not is_trivial_value(v) and not v.startswith("-"),
)
# a secret word, then `user:password` as its argument (HAProxy's `stats auth admin:PW`,
# `basic_auth ops:PW`, `--auth ops:PW`): not a port or a time
_AUTH_PAIR = lazyre.compile(
    r"(?i)(?<![\w.-])(?:(?:-{0,2}(?:basic[_-]?)?auth|userpass|credentials?)[ \t]{1,8}|login=)['\"]?"
    # (not a URL after the word: `[credential "https://git.example.com"]`, a scheme's colon)
    r"[A-Za-z0-9_.@\\-]{1,64}:(?!//)(?P<s>[^\s:'\"]{1,512})"
)


def _auth_pair_spans(line: str) -> Iterator[Span]:
    for m in _AUTH_PAIR.finditer(line):
        if generated(m.group("s")) and _PORTS.fullmatch(m.group("s")) is None:
            yield m.start("s"), m.end("s"), "cmdline"


AUTH_PAIR = Detector(
    "cmdline",
    ("auth ", "auth\t", "userpass", "credential", "login="),
    _auth_pair_spans,
    (r"(?:(?:auth|userpass|credentials?)[ \t]+|login=)['\"]?[a-z0-9_.@\\-]+:[^\s:'\"]",),
)
