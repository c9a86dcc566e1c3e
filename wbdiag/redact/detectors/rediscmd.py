"""Redis commands that carry a password, wherever they are typed or logged (a redis-cli prompt,
a script's trace, shell history, a container's args, `MONITOR` output, a capture of the wire):
`redis-cli -a SECRET` (and valkey-cli, redis-benchmark), `AUTH [user] SECRET`, `HELLO 3 AUTH user
SECRET`, `MIGRATE … AUTH SECRET` / `AUTH2 user SECRET`, `ACL SETUSER name on >SECRET`, MONITOR's
`"CONFIG" "SET" "requirepass" "SECRET"`, a capture's RESP `AUTH` (also as hex). Rules in an
`ACL LIST` reply and hashes of ACL passwords: hashes.py; a reply that lists a command's arguments
one a line, `redis-cli --raw CONFIG GET`: nextredis.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.cmdline import VALUE
from wbdiag.redact.values import is_mask, is_trivial_value

# Redis 6 ACLs: `ACL SETUSER name on >password ~* +@all` (`>` adds a password; a script quotes
# the rule, `'>password'`, each of several on a line; `<password` removes one and names it;
# `#<sha256>` / `!<sha256>` a hash of one, unsalted: replaced by policy, as hashes.py does)
_ACL_SETUSER = lazyre.compile(r"(?i)\bACL[ \t]{1,8}SETUSER[ \t]")
_ACL_PASSWORD_RULE = lazyre.compile(
    r"(?<=[ \t])['\"]?(?:[<>](?P<s>[^\s<>'\"][^\s'\"]{0,511})|[#!](?P<h>[0-9a-fA-F]{64})(?![0-9a-fA-F]))"
)


def _acl_setuser_spans(line: str) -> Iterator[Span]:
    head = _ACL_SETUSER.search(line)
    if head is None:
        return
    for m in _ACL_PASSWORD_RULE.finditer(line, head.end() - 1):
        group = "s" if m.group("s") else "h"
        yield m.start(group), m.end(group), "cmdline"


ACL_SETUSER = Detector(
    "cmdline",
    ("setuser",),
    _acl_setuser_spans,
    (r"\bacl[ \t]{1,8}setuser[ \t].*[ \t]['\"]?(?:[<>][^\s<>'\"]|[#!][0-9a-f]{64})",),
)
# an SMTP or IMAP client's `AUTH LOGIN` names the SASL mechanism it starts (swaks' `~> AUTH
# LOGIN`): the credentials come on the lines after, base64 (nextoutput.py)
SASL_MECHANISMS = frozenset(
    {
        "LOGIN", "PLAIN", "CRAM-MD5", "DIGEST-MD5", "XOAUTH2", "OAUTHBEARER", "GSSAPI", "NTLM",
        "EXTERNAL", "ANONYMOUS", "SCRAM-SHA-1", "SCRAM-SHA-256", "SCRAM-SHA-1-PLUS",
        "SCRAM-SHA-256-PLUS",
    }
)  # fmt: skip
REDIS_A = regex_detector(
    "cmdline",
    ("redis-cli", "valkey-cli", "redis-benchmark", "> auth ", "auth(["),
    # Redis 6 ACLs: `AUTH user password` (the last argument is the password)
    # (`-aPASSWORD` glued, as `mysql -pPASSWORD`, when what follows reads like one; `"-a", "…"`
    # as neighbours in a list, a container's args; ioredis' debug `auth([ 'user', '…' ])`)
    r"(?:(?<![\w-])-a(?:[ \t]{1,8}|[\"'][ \t]{0,4},[ \t]{0,4})"
    r"|\bauth\(\[[ \t]{0,4}(?:'[^'\n]{1,64}'[ \t]{0,4},[ \t]{0,4})?|(?<![\w-])-a(?=[^\s'\"-][^\s'\"]{5})|(?<![\w-])--pass[ \t=]{1,8}"
    # (not a long option's name: a help text's `--auth TEXT  The credentials …`)
    r"|(?<![\w-])(?:AUTH|auth)[ \t]{1,8}(?:[^\s'\"]{1,64}[ \t]{1,8}(?=[^\s]))?)" + VALUE,
    patterns=(r"redis-cli", r"valkey-cli", r"redis-benchmark", r">[ \t]*auth[ \t]", r"auth\(\["),
    # a quote that closes a JSON key (`{"> auth ": null, …}`) opens no value (hypothesis)
    # (nor is a placeholder a password: `AUTH default <password>` in a runbook)
    accept=lambda v: not v.startswith((":", ",")) and not is_mask(v) and v not in SASL_MECHANISMS,
)
# Redis AUTH in a capture that prints CR LF as `..` (ngrep, tcpdump -A) or `\r\n` (strace,
# a quoted string): a RESP array (`*3..$4..AUTH..$7..default..$22..<password>..`, each argument
# exactly its announced length) or an inline command (`"AUTH <password>\r\n"`)
_RESP_AUTH = lazyre.compile(r"\$4(?P<eol>\.\.|\\r\\n)AUTH(?P=eol)", re.IGNORECASE)
_RESP_LEN = lazyre.compile(r"\$(?P<n>\d{1,4})")
_PRINTED_ARG = lazyre.compile(r"[^\s\"'\\]{1,512}")
_INLINE_AUTH = lazyre.compile(
    r"(?i)[\"']AUTH[ \t]{1,4}(?:[^\s\"'\\]{1,64}[ \t]{1,4})?(?P<s>[^\s\"'\\]{1,512})\\r\\n"
)


def _wire_auth_spans(line: str) -> Iterator[Span]:
    for m in _INLINE_AUTH.finditer(line):
        yield m.start("s"), m.end("s"), "cmdline"
    for m in _RESP_AUTH.finditer(line):
        eol, pos = m.group("eol"), m.end()
        args: list[tuple[int, int]] = []
        while len(args) < 2:
            n = _RESP_LEN.match(line, pos)
            if n is None or not line.startswith(eol, n.end()):
                break
            start = n.end() + len(eol)
            end = start + int(n.group("n"))
            if end > len(line):
                # a capture that cut the command short (strace's 32-character strings) or a
                # length the line cannot hold: the argument as far as it was printed
                rest = _PRINTED_ARG.match(line, start)
                if rest is not None:
                    cut = line.find(eol, start, rest.end())
                    args.append((start, rest.end() if cut < 0 else cut))
                break
            args.append((start, end))
            pos = end + len(eol) if line.startswith(eol, end) else len(line) + 1
        # `AUTH password` or `AUTH user password`: the last argument is the password
        if args:
            yield args[-1][0], args[-1][1], "cmdline"


WIRE_AUTH = Detector(
    "cmdline",
    ("auth",),
    _wire_auth_spans,
    (r"\$4(?:\.\.|\\r\\n)auth", r"[\"']auth[ \t][^\n]*\\r\\n"),
)
# the same RESP array as a capture's hex (tshark's `-e tcp.payload`, `-e data`: one hex run per
# packet): decoded, the password's bytes go as the hex digits that carry them
_HEX_RUN = lazyre.compile(r"[0-9A-Fa-f]{24,}")
_HEX_AUTH = ("24340d0a415554480d0a", "24340d0a617574680d0a")  # `$4\r\nAUTH\r\n`
_RESP_ARG = re.compile(rb"\$(?P<n>\d{1,4})\r\n")


def _hex_auth_spans(line: str) -> Iterator[Span]:
    for run in _HEX_RUN.finditer(line):
        hex_text = run.group().lower()
        at = next((i for h in _HEX_AUTH if (i := hex_text.find(h)) >= 0 and i % 2 == 0), -1)
        if at < 0:
            continue
        data = bytes.fromhex(hex_text[: len(hex_text) // 2 * 2])
        pos = at // 2 + 10  # past `$4\r\nAUTH\r\n`
        args: list[tuple[int, int]] = []
        while len(args) < 2 and (n := _RESP_ARG.match(data, pos)) is not None:
            end = min(n.end() + int(n.group("n")), len(data))
            args.append((n.end(), end))
            pos = end + 2
        # `AUTH password` or `AUTH user password`: the last argument is the password
        if args and args[-1][1] > args[-1][0]:
            yield run.start() + 2 * args[-1][0], run.start() + 2 * args[-1][1], "cmdline"


HEX_WIRE_AUTH = Detector("cmdline", _HEX_AUTH, _hex_auth_spans)
# redis-cli MONITOR: `"AUTH" "pw"`, `"AUTH" "user" "pw"` (both go; not Redis' own `"(redacted)"`;
# also `HELLO`'s and `MIGRATE`'s option, `"AUTH2" "user" "pw"`)
REDIS_MONITOR_AUTH = regex_detector(
    "cmdline",
    ('"auth"', '"auth2"'),
    r'(?i)"AUTH2?"[ \t]{1,4}"(?P<a>[^"]{1,512})"(?:[ \t]{1,4}"(?P<b>[^"]{1,512})")?',
    accept=lambda v: not is_mask(v),
)
# MONITOR's `"CONFIG" "SET" "requirepass" "pw"` (a replica's `masterauth` too; Redis 7 takes
# several name-value pairs in one call, each quoted; `\"` escapes a quote inside a value)
_CONFIG_SET = lazyre.compile(r'(?i)"CONFIG"[ \t]{1,4}"SET"')
_CONFIG_PAIR = lazyre.compile(
    r'[ \t]{1,4}"(?P<n>(?:[^"\\\n]|\\.){0,512})"[ \t]{1,4}"(?P<v>(?:[^"\\\n]|\\.){0,512})"'
)
_CONFIG_SECRETS = frozenset({"requirepass", "masterauth", "primaryauth"})


def _config_set_spans(line: str) -> Iterator[Span]:
    for head in _CONFIG_SET.finditer(line):
        pos = head.end()
        for _ in range(16):
            pair = _CONFIG_PAIR.match(line, pos)
            if pair is None:
                break
            pos = pair.end()
            value = pair.group("v")
            if pair.group("n").lower() in _CONFIG_SECRETS and value and not is_mask(value):
                yield pair.start("v"), pair.end("v"), "cmdline"


REDIS_MONITOR_CONFIG_SET = Detector(
    "cmdline",
    ('"requirepass"', '"masterauth"', '"primaryauth"'),
    _config_set_spans,
    (r'"config"[ \t]+"set"[ \t][^\n]*"(?:requirepass|masterauth|primaryauth)"[ \t]+"[^"]',),
)
# Redis commands whose AUTH option carries a password wherever they are typed (a prompt, a
# script, a command log): `HELLO 3 AUTH user password`, `MIGRATE host port key db timeout [COPY]
# [REPLACE] AUTH password [KEYS …]` and its `AUTH2 user password` (`HELLO 3` alone has none)
REDIS_AUTH_OPTION = regex_detector(
    "cmdline",
    ("hello", "migrate"),
    r"(?i)(?:\bHELLO[ \t]{1,4}[23][ \t]{1,8}AUTH[ \t]{1,8}[^\s'\"]{1,128}[ \t]{1,8}"
    # (MIGRATE's fixed arguments first: host, port, key or "", db, timeout; prose stays)
    r"|\bMIGRATE[ \t]{1,4}[^\s]{1,256}[ \t]{1,4}\d{1,5}[ \t]{1,4}[^\s]{1,512}[ \t]{1,4}\d{1,5}"
    r"[ \t]{1,4}\d{1,10}(?:[ \t]{1,4}(?:COPY|REPLACE)){0,2}[ \t]{1,4}"
    r"(?:AUTH|AUTH2[ \t]{1,8}[^\s'\"]{1,128})[ \t]{1,8})" + VALUE,
    patterns=(
        r"\bhello[ \t]+[23][ \t]+auth[ \t]+[^\s]+[ \t]+[^\s]",
        r"\bmigrate[ \t]+[^\s]+[ \t]+\d+[ \t]+[^\s]+[ \t]+\d+[ \t]+\d+[ \t][^\n]*auth2?[ \t]+[^\s]",
    ),
    accept=lambda v: not is_mask(v),
)
# a line that is Redis 6's two-argument `AUTH user password` and nothing else (redis-cli's
# history, a runbook's code block: no prompt before it; the one-argument form is keyvalue.py's
# `auth VALUE`): the last word goes. In lower case only when it reads as generated and is one
# bare word (prose says `auth method …`, a log `auth ok trace_id=…` or `auth failed <Token>…`:
# an assignment or markup has its own readers; not PAM's `auth required pam_x.so`), a Python
# bytes literal never (`auth packet b'\x00…'`)
_BARE_AUTH = lazyre.compile(
    r"[ \t]{0,16}(?P<v>AUTH|auth)[ \t]{1,8}(?P<u>[\w.@:-]{1,64})[ \t]{1,8}(?P<s>[^\s]{1,512})[ \t]*\Z"
)
_ASSIGN_OR_MARKUP = lazyre.compile(r"[=<>]")
_PAM_CONTROLS = frozenset(
    {"required", "requisite", "sufficient", "optional", "include", "substack"}
)


def _bare_auth_spans(line: str) -> Iterator[Span]:
    m = _BARE_AUTH.match(line)
    if m is None:
        return
    user, secret = m.group("u"), m.group("s")
    if (
        user.lower() in _PAM_CONTROLS
        or user.upper() in SASL_MECHANISMS
        or secret.endswith(".so")
        or secret.startswith(("b'", 'b"'))
        or (
            m.group("v") == "auth"
            and (not looks_random(secret) or _ASSIGN_OR_MARKUP.search(secret))
        )
        or is_mask(secret)
        or is_trivial_value(secret)
    ):
        return
    yield m.start("s"), m.end("s"), "cmdline"


BARE_AUTH = Detector(
    "cmdline",
    ("auth ", "auth\t"),
    _bare_auth_spans,
    (r"^[ \t]*auth[ \t]+[^\s]+[ \t]+[^\s]+[ \t]*$",),
)
