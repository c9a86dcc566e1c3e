"""SNMP's shared secrets: v1/v2c communities and v3 users' authentication and privacy keys,
wherever a device, an agent or a poller keeps them:
- device configuration: `snmp-server community X [view V] [RO|RW] [acl]` (IOS, NX-OS, EOS), the
  community of `snmp-server host H [traps|informs] version 1|2c X`, Junos' `set snmp community
  X …` and the curly-brace `community X {` (Junos, VyOS), RouterOS' `/snmp community add
  name=X`, `snmp-server user U G v3 auth sha X priv aes 128 Y` (NX-OS' hex `localizedkey` too);
- agents: snmpd.conf's `rocommunity X [source]`, `rwcommunity`, `com2sec NAME SOURCE X`,
  `createUser U SHA "X" AES "Y"`; NCPA's `community_string = X` (its API's token);
- pollers: the net-snmp tools' `-c X`, `-A X`, `-X X` (`snmpwalk`, `snmpget`, …), snmp_exporter's
  `community: X` under `auths`, LibreNMS' and Observium's `$config['snmp']['community'] = array('X', …)`.
Only the value's place is read: the view, `RO`/`RW`, an ACL's number or name, an interface, a
v3 user's name after `version 3`, a mask (`*****`) and a reference (`${…}`) stay; the well-known
defaults `public` and `private` are no secret."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_trivial_value

KIND = "snmp"

_VALUE = r"(?:\"(?P<dq>[^\"\n]{1,256})\"|'(?P<sq>[^'\n]{1,256})'|(?P<s>[^\s\"'{};]{1,256}))"
_DEFAULTS = frozenset({"public", "private"})

# where a community stands: the token after the keyword
_COMMUNITY = lazyre.compile(
    r"(?:^|(?<=[\s>]))(?:"
    r"(?:snmp-server|snmp)[ \t]{1,8}community"
    r"|snmp-server[ \t]{1,8}host[ \t]{1,8}\S{1,128}(?:[ \t]{1,8}(?:traps|informs))?"
    r"[ \t]{1,8}version[ \t]{1,8}(?:1|2c)"
    r"|(?:ro|rw)community6?"
    r"|com2sec6?[ \t]{1,8}\S{1,64}[ \t]{1,8}\S{1,128}"
    r")[ \t]{1,8}"
    + _VALUE
    # RouterOS: `/snmp community add name=X …`, `set [ find default=yes ] name=X`
    + r"|/snmp[ \t]{1,8}community[ \t]{1,8}(?:add|set)[ \t][^\n]{0,256}?(?<=[ \t])name="
    + _VALUE.replace("P<", "P<r")
)
# curly-brace form: `community X {` alone on its line, and snmp_exporter's YAML `community: X`
_OWN_LINE = lazyre.compile(r"^[ \t]{0,32}community(?::[ \t]{1,8}|[ \t]{1,8})" + _VALUE)
# NCPA's `ncpa.cfg`: `community_string = X` under `[api]`, the token its API and GUI log in with
_NCPA = lazyre.compile(r"^[ \t]{0,32}community_string[ \t]{0,8}=[ \t]{0,8}" + _VALUE)
# v3 users: `auth <algorithm> X [priv [<algorithm> [bits]] Y]` and net-snmp's `createUser`
_V3 = lazyre.compile(
    r"\bauth[ \t]{1,8}(?:md5|sha[-\d]{0,4})[ \t]{1,8}"
    + _VALUE.replace("P<", "P<a")
    + r"(?:[ \t]{1,8}priv(?:[ \t]{1,8}(?:des|3des|aes(?:-?\d{3})?)(?:[ \t]{1,8}\d{3})?)?"
    r"[ \t]{1,8}" + _VALUE.replace("P<", "P<p") + r")?",
    re.IGNORECASE,
)
_CREATE_USER = lazyre.compile(
    r"\bcreateUser[ \t]{1,8}(?:-e[ \t]{1,8}\S{1,128}[ \t]{1,8})?\S{1,128}[ \t]{1,8}"
    r"(?:MD5|SHA[-\d]{0,4})[ \t]{1,8}"
    + _VALUE.replace("P<", "P<a")
    + r"(?:[ \t]{1,8}(?:DES|AES\d{0,3})[ \t]{1,8}"
    + _VALUE.replace("P<", "P<p")
    + r")?"
)
# the net-snmp tools' options that carry a secret
_TOOL = lazyre.compile(
    r"\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform|df|status|delta|netstat|test)\b"
)
_TOOL_OPTION = lazyre.compile(r"(?:^|(?<=\s))-(?P<o>[cAX])(?:[ \t]{1,8}|(?=[^\s-]))" + _VALUE)
# LibreNMS: `$config['snmp']['community'] = array('X', 'Y');` or `[] = 'X';`
_LIBRENMS = lazyre.compile(
    r"\[['\"]snmp['\"]\]\[['\"]community['\"]\](?:\[\])?[ \t]{0,8}=[ \t]{0,8}"
)
_PHP_STRING = lazyre.compile(
    r"[ \t]{0,8}(?:array\(|\[)?[ \t]{0,8}(?:'(?P<s>[^'\n]{1,256})'|\"(?P<d>[^\"\n]{1,256})\")[ \t]{0,8},?"
)


# the token after `community` is not the word `server` (a prefilter hint's spelling)
_NOT_SERVER = (
    r"(?:[^sS\s]|[sS](?:[^eE\s]|[eE](?:[^rR\s]|[rR](?:[^vV\s]|[vV](?:[^eE\s]|[eE](?:[^rR\s]"
    r"|[rR]\S))))))"
)


def _span(m: re.Match[str], prefix: str = "") -> tuple[int, int] | None:
    for g in ("dq", "sq", "s"):
        if m.group(prefix + g) is not None:
            return m.span(prefix + g)
    return _span(m, "r") if not prefix and "rs" in m.re.groupindex else None


def _secret(value: str) -> bool:
    if value.lower() in _DEFAULTS or is_trivial_value(value) or value.startswith(("$", "%")):
        return False
    return looks_random(value) or (len(value) >= 6 and not value.isalpha())


def _community_ok(value: str) -> bool:
    # a device's community may be any word: one of a view's or ACL's shape is no community
    return value.lower() not in ("ro", "rw", "view", "group", "add", "set") and _secret(value)


def _spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    if "community" in lowered or "snmp-server" in lowered:
        for m in _COMMUNITY.finditer(line):
            span = _span(m)
            if span and _community_ok(line[span[0] : span[1]]):
                yield span[0], span[1], KIND
        own = _OWN_LINE.match(line)
        if own is not None:
            span = _span(own)
            rest = line[own.end() :].strip()
            if span and (rest in ("", "{") or not rest.startswith(("=", ":"))):
                value = line[span[0] : span[1]]
                if _secret(value) or secretish("password", value):
                    yield span[0], span[1], KIND
        for m in _LIBRENMS.finditer(line):
            pos = m.end()
            while (s := _PHP_STRING.match(line, pos)) is not None:
                g = "s" if s.group("s") is not None else "d"
                if _secret(s.group(g)):
                    yield s.start(g), s.end(g), KIND
                pos = s.end()
        ncpa = _NCPA.match(line)
        if ncpa is not None and (span := _span(ncpa)) and _secret(line[span[0] : span[1]]):
            yield span[0], span[1], KIND
    if "auth" in lowered and ("snmp" in lowered or "localizedkey" in lowered):
        for m in _V3.finditer(line):
            for prefix in ("a", "p"):
                span = _span(m, prefix)
                if span and _secret(line[span[0] : span[1]]):
                    yield span[0], span[1], KIND
    if "createuser" in lowered:
        for m in _CREATE_USER.finditer(line):
            for prefix in ("a", "p"):
                span = _span(m, prefix)
                if span and _secret(line[span[0] : span[1]]):
                    yield span[0], span[1], KIND
    tool = _TOOL.search(line) if "snmp" in lowered else None
    if tool is not None:
        for m in _TOOL_OPTION.finditer(line, tool.end()):
            span = _span(m)
            if span and _secret(line[span[0] : span[1]]):
                yield span[0], span[1], KIND


SNMP = Detector(
    KIND,
    ("community", "snmp-server", "snmp", "createuser"),
    _spans,
    (
        # not MySQL's `MySQL Community Server - GPL.` of every start-up line (Hyperscan has no
        # lookahead: a token that is not the word `server`)
        r"community(?:[^ \t\n]|[ \t]+" + _NOT_SERVER + ")",
        r"snmp-server[ \t]+host[ \t][^\n]{0,200}version[ \t]+(?:1|2c)[ \t]+\S",
        r"snmp[^\n]{0,200}auth[ \t]+(?:md5|sha)",
        r"auth[ \t]+(?:md5|sha)[^\n]{0,300}localizedkey",
        r"createUser[ \t]",
        r"snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform|df|status|delta|netstat|test)\b[^\n]{0,300}[ \t]-[cAX]",
    ),
)
