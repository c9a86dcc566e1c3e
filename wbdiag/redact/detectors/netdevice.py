"""Secrets in network devices' own configuration syntax, where a keyword and the value's place
after it, not a `name=value` pair, say what is secret:
- Cisco IOS / IOS-XE / NX-OS / ASA and Arista EOS: `password|secret|key|key-string` and the type
  number before the value (`enable password 7 …`, `enable secret 9 $9$…`, `username U privilege
  15 secret 8 $8$…`, `key 7 …` in a `tacacs server` block, `key 0 …`, `key-string 7 …`, NX-OS
  `password 3 …`, `tacacs-server key 7 "…"`): type 7 and 3 values are hex, 5, 8 and 9 crypt
  strings (hashes, replaced by policy), 0 and 6 anything generated; without a type the cleartext
  after `neighbor A password`, `username U password|secret`, `ppp chap password`, a server's
  `key` (`tacacs-server key`, `radius-server host H key`, ASA's ` key …` alone on its line under
  `aaa-server`), OSPF's `message-digest-key N md5 …`, NTP's `authentication-key N md5 …`, IKE's
  `crypto isakmp key … address`, `pre-shared-key [local|remote] …` (ASA's `ikev1 pre-shared-key`,
  also inside a logged command);
- Junos: a `"$9$…"` secret whole, in `set` and curly-brace form (`authentication-key`, `secret`,
  `pre-shared-key ascii-text`, `authentication md5 N key`);
- VyOS / EdgeOS `plaintext-password "…"`, keepalived's `auth_pass …`, tac_plus-ng's `key = "…"`
  in a host's block and tac_plus's `login = cleartext "…"`.
SNMP communities and user keys are snmp.py's. A mask (`*****`), Junos' `/* SECRET-DATA */`, a
help text's `key ?` and a key's number without a value (`ntp server H key 3`) stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_trivial_value

KIND = "netdevice"

# a value: double-quoted (NX-OS, Junos, VyOS) or one bare token
_VALUE = r"(?:\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s\"]{1,512}))"

# Cisco's type number before the value; the keyword stands alone (not `key-hash`, `trusted-key`)
_TYPED = lazyre.compile(
    r"(?:^|(?<=[\s:+\-]))(?:password|secret|key|key-string)[ \t]{1,8}(?P<t>[035-9])[ \t]{1,8}"
    + _VALUE
    + r"(?=[ \t;]|\Z)"
)
_HEX = lazyre.compile(r"[0-9A-Fa-f]{8,512}")
_CRYPT = lazyre.compile(r"\$[589]\$[^\s$]{1,64}\$[^\s$]{8,512}")

# keywords after which the cleartext value comes with no type (a type, when there, is _TYPED's)
_CLEAR = lazyre.compile(
    r"(?:^|(?<=[\s:+\-]))(?:"
    r"neighbor[ \t]{1,8}\S{1,128}[ \t]{1,8}password"
    r"|username[ \t]{1,8}\S{1,128}(?:[ \t]{1,8}privilege[ \t]{1,8}\d{1,2})?[ \t]{1,8}(?:password|secret)"
    r"|ppp[ \t]{1,8}(?:chap|pap)[ \t]{1,8}password"
    r"|(?:tacacs|radius)-server[ \t]{1,8}(?:host[ \t]{1,8}\S{1,128}[ \t]{1,8}"
    r"(?:(?:auth|acct)-port[ \t]{1,8}\d{1,5}[ \t]{1,8}){0,2})?key"
    r"|message-digest-key[ \t]{1,8}\d{1,3}[ \t]{1,8}md5"
    r"|authentication-key[ \t]{1,8}\d{1,5}[ \t]{1,8}md5"
    r"|isakmp[ \t]{1,8}key"
    r"|pre-shared-key(?:[ \t]{1,8}(?:local|remote|ascii-text|hexadecimal))?"
    r"|plaintext-password"
    r"|auth_pass"
    r")[ \t]{1,8}" + _VALUE
)
# a server's `key …` alone on an indented line of its block (IOS `tacacs server`, ASA `aaa-server`)
_BLOCK_KEY = lazyre.compile(r"^[ \t]{1,16}key[ \t]{1,8}" + _VALUE + r"[ \t]*\Z")
# Junos' reversible `$9$` secret, quoted whole wherever it stands
_JUNOS_9 = lazyre.compile(r"\"\$9\$(?P<s>[^\"\s]{4,512})\"")
# tac_plus-ng: a host's `key = "…"` quoted inside its block on its line (a `key = …` line of
# its own is as likely a TOML table's entry name, `cache key=a:b` a log's field); tac_plus:
# `login = cleartext "…"`
_TACPLUS = lazyre.compile(
    r"\{[^}\n]{0,256}?(?<=[\s;])key[ \t]{1,8}=[ \t]{1,8}\"(?P<q>[^\"\n]{1,512})\""
    r"|(?:^|(?<=[\s{;]))(?:login|enable|pap|chap|opap|arap)[ \t]{0,8}="
    r"[ \t]{0,8}(?:cleartext|des|crypt)[ \t]{1,8}" + _VALUE.replace("P<", "P<l")
)


def _value(m: re.Match[str]) -> tuple[int, int] | None:
    for group in ("dq", "s", "q", "ldq", "ls"):  # (one alternative's groups took part)
        if group in m.re.groupindex and m.group(group) is not None:
            return m.span(group)
    return None


def _generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


def _typed_ok(kind: str, value: str) -> bool:
    if kind in "37":
        return _HEX.fullmatch(value) is not None
    if kind in "589":
        return _CRYPT.fullmatch(value) is not None or _generated(value)
    return _generated(value)


def _spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    seen: set[int] = set()

    def take(span: tuple[int, int] | None) -> Iterator[Span]:
        if span is not None and span[1] > span[0] and span[0] not in seen:
            seen.add(span[0])
            yield span[0], span[1], KIND

    for m in _TYPED.finditer(line):
        span = _value(m)
        if span and _typed_ok(m.group("t"), line[span[0] : span[1]]):
            yield from take(span)
    for m in _CLEAR.finditer(line):
        span = _value(m)
        if span is None:
            continue
        value = line[span[0] : span[1]]
        if len(value) == 1 and value in "0356789":
            continue  # the type number: _TYPED takes the value after it
        # (keepalived's auth_pass is at most 8 characters: letters alone are a password there)
        short_ok = "auth_pass" in m.group(0) and value.isalnum() and len(value) >= 6
        if _generated(value) or (short_ok and not is_trivial_value(value)):
            yield from take(span)
    if lowered.lstrip().startswith("key"):
        block = _BLOCK_KEY.match(line)
        if block is not None:
            span = _value(block)
            if span and _generated(line[span[0] : span[1]]):
                yield from take(span)
    if "$9$" in line:
        for m in _JUNOS_9.finditer(line):
            yield from take(m.span("s"))
    if "=" in line:
        for m in _TACPLUS.finditer(line):
            span = _value(m)
            if span and _generated(line[span[0] : span[1]]):
                yield from take(span)


NET_DEVICE = Detector(
    KIND,
    (
        "password",
        "secret",
        "key",
        "auth_pass",
        "cleartext",
        "= des",
        "=des",
        "crypt",
    ),
    _spans,
    (
        r"(?:password|secret|key|key-string)[ \t]+[035-9][ \t]+\S",
        r"neighbor[ \t]+\S+[ \t]+password[ \t]+\S",
        r"username[ \t]+\S+[ \t]+(?:privilege[ \t]+\d+[ \t]+)?(?:password|secret)[ \t]+\S",
        r"ppp[ \t]+(?:chap|pap)[ \t]+password[ \t]+\S",
        r"(?:tacacs|radius)-server[ \t]+\S[^\n]{0,200}key[ \t]+\S",
        r"(?:message-digest|authentication)-key[ \t]+\d+[ \t]+md5[ \t]+\S",
        r"isakmp[ \t]+key[ \t]+\S",
        r"pre-shared-key[ \t]+\S",
        r"plaintext-password[ \t]+\S",
        r"auth_pass[ \t]+\S",
        r"^[ \t]+key[ \t]+\S",
        r"\"\$9\$[^\"\s]{4}",
        r"\{[^}\n]*[ \t;]key[ \t]+=[ \t]+\"",
        r"(?:login|enable|pap|chap|opap|arap)[ \t]*=[ \t]*(?:cleartext|des|crypt)[ \t]",
    ),
)
