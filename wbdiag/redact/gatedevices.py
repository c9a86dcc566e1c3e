"""Secrets network devices and their tools keep where their own syntax puts them (the leak gate,
gate.py), with no `=` or `:` after a secret word for the context check to read:

- Cisco's type 7 (`password 7 0822455D0A16`, `key 7 …`, `key-string 7 …`, NTP's
  `authentication-key 3 md5 <hex> 7`) and Junos' `"$9$…"`: reversible encodings, the password
  itself to anyone (their one-way hashes, `secret 5 $1$…`, `secret 9 $9$salt$…`, are token shapes:
  gateshapes.py);
- a value a device's syntax names a secret without a separator: an SNMP community
  (`snmp-server community X RO`, Net-SNMP's `rocommunity X`, `snmpwalk -c X`), OSPF's
  `message-digest-key 1 md5 X`, keepalived's `auth_pass X`, an IPsec secrets file's `: PSK …`,
  an SNMPv3 user's keys (`snmp-server user … auth sha X priv aes-128 Y`, `createUser u SHA X AES
  Y`), a TSIG key on a command line (`nsupdate -y [alg:]name:key`, `pdnsutil import-tsig-key name
  alg key`), a proxy's `--proxy-user user:password`, NetScaler's `add system user u <hash>
  -encrypted`: judged as a value its place names a secret (`plausible_secret`), a key in hex or
  base64 by its length;
- a value a product's own syntax names a key in: a NetBird setup key (a UUID, `--setup-key …`,
  `NB_SETUP_KEY=…`), pfSense's OpenVPN static key (`<tls>…</tls>`, base64), a strongSwan VICI
  client's shared secret (`load_shared({… 'data': b'…'})`), NUT's `MONITOR ups@host 1 user
  <password> secondary`, a UniFi Protect camera stream's alias (`rtsps://host:7441/<alias>`, the
  path that grants the stream);
- a NATS NKey seed (`SU…`, 58 base-32 characters) or an Erlang cookie (RabbitMQ's, 20 capital
  letters) on a line that names one (`nkeys_seed_str=…`, `-setcookie …`) or the line after it (a
  `.nk` file's or `.erlang.cookie`'s `cat`, a manifest's `- name: NATS_USER_SEED` then `value:`);
- the keys wireless networks and IoT devices share (gatewireless.py: Wi-Fi pre-shared keys,
  Mosquitto's TLS-PSK, Zigbee network keys, LoRaWAN keys, an HTTP digest's HA1).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact import gatewireless
from wbdiag.redact.gatetoken import made_up, plausible_secret, reference

_TYPE7 = r"[0-9]{2}[0-9A-Fa-f]{6,254}"
_REVERSIBLE = lazyre.compile(
    r"(?i)\b(?:password|key|key-string|secret)[ \t]+7[ \t]+\"?(?P<s>" + _TYPE7 + ")"
    + r"|\bauthentication-key[ \t]+\d{1,10}[ \t]+md5[ \t]+(?P<n>" + _TYPE7 + r")[ \t]+7\b"
    + r"|\"\$9\$(?P<j>[^\"\s]{8,512})\""
)  # fmt: skip
_NAMED = lazyre.compile(
    r"(?i)(?:\b(?:snmp-server[ \t]+community|snmp[ \t]+community|r[ow]community6?|community)"
    r"(?:[ \t]+add[ \t]+name=|[ \t]+)"
    r"|\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap)\b[^\n]{0,200}?[ \t]-c[ \t]?"
    r"|\bmessage-digest-key[ \t]+\d{1,3}[ \t]+md5[ \t]+(?:0[ \t]+)?"
    r"|\bauth_pass[ \t]+"
    r"|:[ \t]*PSK[ \t]+"
    r"|--proxy-user[ \t]+['\"]?[^\s:'\"]{1,64}:"
    r"|\bcurl\b[^\n]{0,200}?[ \t]-u[ \t]+\"[^\"\s]{1,128}\":"
    r")['\"]?(?P<v>[^\s'\"{};]{6,512})"
)
_SNMP_USER = lazyre.compile(
    r"(?i)\b(?:snmp-server[ \t]+user[ \t][^\n]{0,200}?\bauth[ \t]+(?:md5|sha\w{0,4})"
    r"|createUser[ \t]+\S{1,64}[ \t]+(?:MD5|SHA\w{0,4}))[ \t]+\"?(?P<v>[^\s\"]{6,256})\"?"
    r"(?:[ \t]+(?:priv[ \t]+)?(?:aes\S{0,8}|des\S{0,4}|3des)[ \t]+\"?(?P<w>[^\s\"]{6,256})\"?)?"
)
_KEY_ARGUMENT = lazyre.compile(
    r"(?i)\bnsupdate\b[^\n]{0,200}?[ \t]-y[ \t]+['\"]?(?:hmac-[a-z0-9]{1,16}:)?[\w.-]{1,128}:"
    r"|\bpdnsutil[ \t]+import-tsig-key[ \t]+\S{1,128}[ \t]+\S{1,32}[ \t]+['\"]?"
    r"|\badd[ \t]+system[ \t]+user[ \t]+\S{1,128}[ \t]+(?=[0-9a-f]{64,}[ \t]+-encrypted)"
)
_KEY_VALUE = lazyre.compile(r"(?:0x)?[0-9A-Fa-f]{32,512}|[A-Za-z0-9+/]{22,512}={0,2}")
_PRODUCT = lazyre.compile(
    r"(?i)(?:--setup-key[ \t=]|\bNB_SETUP_KEY[ \t]*[=:][ \t]*)['\"]?(?P<u>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}"
    r"-[0-9a-f]{12})\b"
    r"|<(?:tls|shared_key)>(?P<t>[A-Za-z0-9+/]{40,4096}={0,2})</"
    r"|load_shared\([^\n]{0,200}?['\"]data['\"]:[ \t]*b(?P<q>['\"])(?P<b>[^'\"\\]{6,256})(?P=q)"
    r"|\bMONITOR[ \t]+[^\s@]{1,64}@\S{1,253}[ \t]+\d{1,3}[ \t]+\S{1,64}[ \t]+['\"]?(?P<m>[^\s'\"]{6,256})"
    r"['\"]?[ \t]+(?:primary|secondary|master|slave)\b"
    r"|\brtsps?://[^\s/@]{1,253}:74(?:41|47)/(?P<r>[A-Za-z0-9]{16})(?![A-Za-z0-9])"
)
_HEX_KEY = lazyre.compile(r"0x[0-9A-Fa-f]{16,512}")
# (keepalived's VRRP password is at most eight characters: judged by its classes alone)
_SHORT = lazyre.compile(r"(?=[^\s]*[A-Z])(?=[^\s]*[a-z])[!-~]{6,8}")
_NAMES_SEED = lazyre.compile(r"(?i)seed|\.nk\b|nkey")
_NAMES_COOKIE = lazyre.compile(r"(?i)erlang[._-]?cookie|setcookie")
_SEED = lazyre.compile(r"(?<![A-Z2-7])S[UAONCX][A-Z2-7]{56}(?![A-Z2-7])")
_COOKIE = lazyre.compile(r"(?<![\w-])[A-Z]{20}(?!\w)")

LITERALS = (
    *("password", "key", "secret", "$9$", "community", "snmp", "message-digest-key"),
    *("auth_pass", "psk", "--proxy-user", "curl", "createuser", "nsupdate", "pdnsutil"),
    "system",
    *("setup-key", "setup_key", "<tls>", "<shared_key>", "load_shared", "monitor", "rtsp"),
    *gatewireless.LITERALS,
)
HINTS = (
    r"(?:password|key|key-string|secret)[ \t]+7[ \t]+\"?[0-9]{2}[0-9a-f]{6}",
    r"authentication-key[ \t]+[0-9]+[ \t]+md5[ \t]+[0-9a-f]{8}",
    r"\"\$9\$[^\"\s]{8}",
    # a token of six that is not the word `server` (MySQL's `Community Server` start-up line)
    r"community[ \t]+(?:add[ \t]+name=)?(?:[^sS\s]|[sS](?:[^eE\s]|[eE](?:[^rR\s]|[rR](?:[^vV\s]"
    r"|[vV](?:[^eE\s]|[eE](?:[^rR\s]|[rR]\S))))))[^\s]{0,5}",
    r"snmp[a-z]*[ \t][^\n]*-c[ \t]?[^\s]{6}",
    r"message-digest-key[ \t]+[0-9]+[ \t]+md5[ \t]+[^\s]{6}",
    r"auth_pass[ \t]+[^\s]{6}",
    r":[ \t]*psk[ \t]+[^\s]{6}",
    r"--proxy-user[ \t]",
    r"curl[ \t][^\n]*-u[ \t]+\"[^\"\s]+\":",
    r"snmp-server[ \t]+user[ \t][^\n]*auth[ \t]",
    r"createuser[ \t]+[^\s]+[ \t]+(?:md5|sha)",
    r"nsupdate[ \t][^\n]*-y[ \t]",
    r"pdnsutil[ \t]+import-tsig-key",
    r"add[ \t]+system[ \t]+user[ \t][^\n]*-encrypted",
    r"(?:--setup-key[ \t=]|nb_setup_key[ \t]*[=:])[ \t]*['\"]?[0-9a-f]{8}-",
    r"<(?:tls|shared_key)>[a-z0-9+/]{40}",
    r"load_shared\([^\n]*data['\"]:[ \t]*b['\"]",
    r"monitor[ \t]+[^\s@]+@[^\n]*[ \t](?:primary|secondary|master|slave)",
    r"rtsps?://[^\s/@]*:74(?:41|47)/[0-9a-z]{16}",
    *gatewireless.HINTS,
)
BLOCK_LITERALS = ("seed", ".nk", "nkey", "cookie", *gatewireless.BLOCK_LITERALS)
BLOCK_HINTS = (r"seed|\.nk|nkey|erlang[._-]?cookie|setcookie", *gatewireless.BLOCK_HINTS)


def _key(value: str) -> bool:
    """A key written in hex or base64 (a TSIG or SNMPv3 key, a PSK), long enough to be one."""
    return (
        _KEY_VALUE.fullmatch(value) is not None
        and not made_up(value)
        and len(set(value.lower())) >= 8
    )


def _judged(value: str) -> bool:
    value = value.strip("\"'")
    if "[REDACTED" in value or reference(value) or made_up(value):
        return False
    return (_HEX_KEY.fullmatch(value) is not None and _key(value)) or plausible_secret(value)


def line_secrets(text: str) -> Iterator[str]:
    """A reversible encoding's text, or a value a device's syntax names a secret."""
    for m in _REVERSIBLE.finditer(text):
        value = m.group("s") or m.group("n") or m.group("j")
        if not made_up(value) and len(set(value)) >= 6:
            yield value
            return
    for m in _NAMED.finditer(text):
        value = m.group("v")
        short = m.group(0).lower().startswith("auth_pass") and _SHORT.fullmatch(value)
        if _judged(value) or (short and not made_up(value)):
            yield value
            return
    for m in _PRODUCT.finditer(text):
        value = m.group("u") or m.group("t") or m.group("b") or m.group("m") or m.group("r")
        if m.group("u") and len(set(value)) >= 8 and not made_up(value):
            yield value
            return
        if (m.group("t") and _key(value)) or (
            not m.group("u") and not m.group("t") and _judged(value)
        ):
            yield value
            return
    for m in _SNMP_USER.finditer(text):
        for value in (m.group("v"), m.group("w")):
            if value and (_judged(value) or _key(value.removeprefix("0x"))):
                yield value
                return
    for m in _KEY_ARGUMENT.finditer(text):
        value = (text[m.end() :].split(None, 1) or [""])[0].strip("'\"")
        if _key(value):
            yield value
            return
    yield from gatewireless.line_secrets(text)


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a NATS seed or an Erlang cookie on the line at `i` that names one, or
    on the line after it (and what gatewireless.py reads over lines)."""
    yield from gatewireless.block_secrets(block, i)
    text = block[i]
    rx = _SEED if _NAMES_SEED.search(text) else _COOKIE if _NAMES_COOKIE.search(text) else None
    if rx is None:
        return
    for j in range(i, min(len(block), i + 2)):
        m = rx.search(block[j])
        if m is not None and not made_up(m.group(0)):
            yield j, m.group(0)
            return
