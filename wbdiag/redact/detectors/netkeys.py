"""Keys of VPNs, overlays, firewalls' APIs, DNS updates and the tools that drive network devices,
each by its own syntax or its vendor's shape:
- strongSwan's `ipsec.secrets` (`ids : PSK|XAUTH|EAP|NTLM "…"`, `: RSA|ECDSA|P12 FILE "passphrase"`)
  and a vici client's `load_shared({'type': …, 'data': b'…'})`;
- WireGuard keys in netplan (`key:` / `private: …`, `keys:` / `shared: …`; `public:` stays);
- PAN-OS API keys (`LUFRPT…`, as `keygen` returns them and `X-PAN-KEY` sends them) and its
  encrypted pre-shared keys (`-AQ==…`), Cloudflare's Origin CA key (`v1.0-<24 hex>-<hex>`),
  pfSense's OpenVPN static key (`<tls>…</tls>`, `<shared_key>…</shared_key>`), OPNsense's
  `apikey.txt` `key=…`, NetScaler's `add system user NAME HASH -encrypted`;
- BIND's `nsupdate -y [alg:]name:SECRET` (`dig -y` too) and PowerDNS' `pdnsutil import-tsig-key
  NAME ALG SECRET`;
- FreeRADIUS' `radtest USER PASSWORD SERVER PORT SECRET`, RANCID's `.cloginrc` `add password
  GLOB {…} {…}`, Oxidized's `router.db` (`host:model:user:password[:enable]`) and the `enable:`
  of its `vars:`.
A public key (WireGuard's `public:`, DNSKEY and DS records, a TSIG record's MAC in `dig`'s
output), a key's file (`private-key-file`, `-k FILE`) and a reference stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_trivial_value

KIND = "netkey"

_VALUE = r"(?:\"(?P<dq>[^\"\n]{1,512})\"|'(?P<sq>[^'\n]{1,512})'|(?P<s>[^\s\"']{1,512}))"

_IPSEC_SECRETS = lazyre.compile(
    r"(?:^|[ \t]):[ \t]{1,8}(?:(?:PSK|XAUTH|EAP|NTLM)|(?:RSA|ECDSA|BLISS|PKCS8|P12|PKCS12)"
    r"[ \t]{1,8}[^\s\"']{1,256})[ \t]{1,8}" + _VALUE
)
_VICI_SHARED = lazyre.compile(
    r"['\"]data['\"][ \t]{0,8}:[ \t]{0,8}b?(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")"
)
_WG_KEY = r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]="
_WG_NETPLAN = lazyre.compile(
    r"^[ \t]{1,32}(?:private|shared):[ \t]{1,8}[\"']?(?P<s>" + _WG_KEY + r")"
)
_SHAPES = lazyre.compile(
    # PAN-OS' API key (base64 that starts with `-AQ==`), its encrypted secrets (`-AQ==…`), and
    # Cloudflare's Origin CA key
    r"(?<![A-Za-z0-9+/])(?P<s>LUFRPT[A-Za-z0-9+/]{30,512}={0,2}"
    r"|-AQ==[A-Za-z0-9+/=]{16,512}"
    r"|v1\.0-[0-9a-f]{24}-[0-9a-f]{100,512})"
)
_PFSENSE = lazyre.compile(r"<(?P<t>tls|shared_key)>(?P<s>[A-Za-z0-9+/=\n]{64,8192})</(?P=t)>")
_APIKEY_FILE = lazyre.compile(r"^key=(?P<s>[A-Za-z0-9+/]{60,512}={0,2})[ \t]*\Z")
_NETSCALER = lazyre.compile(
    r"\badd[ \t]{1,8}system[ \t]{1,8}user[ \t]{1,8}\S{1,128}[ \t]{1,8}(?P<s>\S{8,512})[ \t]{1,8}-encrypted\b"
)
_TSIG_Y = lazyre.compile(
    r"\b(?:nsupdate|dig|drill)\b[^\n]{0,256}?[ \t]-y[ \t]{1,8}['\"]?(?:hmac-[a-z0-9-]{1,16}:)?"
    r"[^\s:'\"]{1,128}:(?P<s>[A-Za-z0-9+/]{8,512}={0,2})"
)
_PDNS_TSIG = lazyre.compile(
    r"\bpdnsutil[ \t]{1,8}import-tsig-key[ \t]{1,8}\S{1,128}[ \t]{1,8}\S{1,32}[ \t]{1,8}" + _VALUE
)
_OPT = r"(?:[ \t]{1,8}-[a-zA-Z0-9](?:[ \t]{1,8}(?:pap|chap|mschap|eap-md5|udp|tcp))?){0,4}"
_RADTEST = lazyre.compile(
    r"\bradtest"
    + _OPT
    + r"[ \t]{1,8}[^\s\"']{1,128}[ \t]{1,8}"
    + _VALUE.replace("P<", "P<p")
    + r"[ \t]{1,8}[^\s\"']{1,256}[ \t]{1,8}\d{1,5}[ \t]{1,8}"
    + _VALUE
)
_CLOGINRC = lazyre.compile(
    r"^[ \t]*add[ \t]{1,8}(?:password|spassword|enablepassword)[ \t]{1,32}\S{1,256}"
    r"[ \t]{1,32}(?:\{(?P<a>[^}\n]{1,256})\}|(?P<b>[^\s{}]{1,256}))"
    r"(?:[ \t]{1,32}(?:\{(?P<c>[^}\n]{1,256})\}|(?P<d>[^\s{}]{1,256})))?"
)
# Oxidized's router.db models (the ones whose devices log in with a password)
ROUTER_DB_MODELS = (
    "ios", "iosxe", "iosxr", "nxos", "asa", "eos", "junos", "routeros", "vyos", "edgeos",
    "fortios", "panos", "procurve", "aoscx", "comware", "powerconnect", "dnos", "ironware",
    "screenos", "opnsense", "pfsense", "airos", "ciscosmb", "aosw", "netscaler", "tmos",
)  # fmt: skip
_ROUTER_DB = lazyre.compile(
    r"^[A-Za-z0-9][A-Za-z0-9.\-_]{0,253}:(?:" + "|".join(ROUTER_DB_MODELS) + r"):[^\s:]{1,128}"
    r":(?P<p>[^\s:]{1,256})(?::(?P<e>[^\s:]{0,256}))?[ \t]*\Z"
)
_OXIDIZED_ENABLE = lazyre.compile(r"^[ \t]{1,32}enable:[ \t]{1,8}" + _VALUE + r"[ \t]*\Z")


def _span(m: re.Match[str], prefix: str = "") -> tuple[int, int] | None:
    for g in ("dq", "sq", "s"):
        name = prefix + g
        if name in m.re.groupindex and m.group(name) is not None:
            return m.span(name)
    return None


def _generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


def _spans(line: str) -> Iterator[Span]:
    checks: list[tuple[re.Pattern[str], bool]] = []
    if ":" in line:
        checks += [(_IPSEC_SECRETS, True), (_WG_NETPLAN, False), (_ROUTER_DB, True)]
    if "load_shared" in line or "load-shared" in line:
        checks.append((_VICI_SHARED, True))  # (a vici request's shared secret, not any `data`)
    if "-y" in line:
        checks.append((_TSIG_Y, False))
    if "import-tsig-key" in line:
        checks.append((_PDNS_TSIG, True))
    if "-encrypted" in line:
        checks.append((_NETSCALER, False))
    if line.startswith("key="):
        checks.append((_APIKEY_FILE, False))
    if "enable:" in line:
        checks.append((_OXIDIZED_ENABLE, True))
    for rx, judge in checks:
        for m in rx.finditer(line):
            # (router.db's password and enable fields; the others' one quoted or bare value)
            fields = [m.span(g) for g in ("p", "e") if g in rx.groupindex and m.group(g)]
            for span in [*fields, _span(m)]:
                if span is None or span[1] <= span[0]:
                    continue
                if not judge or _generated(line[span[0] : span[1]]):
                    yield span[0], span[1], KIND
    yield from _shapes(line)
    if "radtest" in line:
        for m in _RADTEST.finditer(line):
            for span in (_span(m, "p"), _span(m)):
                if span is not None and not is_trivial_value(line[span[0] : span[1]]):
                    yield span[0], span[1], KIND
    if "add" in line and "password" in line:
        rc = _CLOGINRC.match(line)
        if rc is not None:
            for g in "abcd":
                if rc.group(g) is not None and not is_trivial_value(rc.group(g)):
                    yield rc.start(g), rc.end(g), KIND


def _shapes(line: str) -> Iterator[Span]:
    if "LUFRPT" in line or "-AQ==" in line or "v1.0-" in line:
        for m in _SHAPES.finditer(line):
            yield m.start("s"), m.end("s"), KIND
    if "<tls>" in line or "<shared_key>" in line:
        for m in _PFSENSE.finditer(line):
            yield m.start("s"), m.end("s"), KIND


NET_KEYS = Detector(
    KIND,
    (
        *(
            f": {w}"
            for w in ("psk", "xauth", "eap", "ntlm", "rsa", "ecdsa", "bliss", "pkcs", "p12")
        ),
        "private:",
        "shared:",
        "load_shared",
        "load-shared",
        "-y",
        "import-tsig-key",
        "-encrypted",
        "key=",
        "enable:",
        "lufrpt",
        "-aq==",
        "v1.0-",
        "<tls>",
        "<shared_key>",
        "radtest",
        "add password",
        "add spassword",
        "add enablepassword",
        *(f":{m}:" for m in ROUTER_DB_MODELS),
    ),
    _spans,
    (
        r":[ \t]+(?:PSK|XAUTH|EAP|NTLM|RSA|ECDSA|BLISS|PKCS8|P12|PKCS12)[ \t]",
        r"load[_-]shared[^\n]*['\"]data['\"][ \t]*:[ \t]*b?['\"]",
        r"^[ \t]+(?:private|shared):[ \t]+[\"']?[A-Za-z0-9+/]{42}",
        r"^[A-Za-z0-9][A-Za-z0-9.\-_]{0,253}:[a-z0-9]{2,12}:[^\s:]+:[^\s:]",
        r"(?:nsupdate|dig|drill)[^\n]{0,256}[ \t]-y[ \t]",
        r"pdnsutil[ \t]+import-tsig-key",
        r"add[ \t]+system[ \t]+user[^\n]+-encrypted",
        r"^key=[A-Za-z0-9+/]{60}",
        r"^[ \t]+enable:[ \t]+\S",
        r"LUFRPT[A-Za-z0-9+/]{30}",
        r"-AQ==[A-Za-z0-9+/=]{16}",
        r"v1\.0-[0-9a-f]{24}-[0-9a-f]{100}",
        r"<(?:tls|shared_key)>",
        r"radtest[ \t]",
        r"^[ \t]*add[ \t]+(?:password|spassword|enablepassword)[ \t]",
    ),
)
