"""Keys that wireless networks and IoT devices share, where their own tools write them (the leak
gate, gate.py, through gatedevices.py's group), under names the context check reads as no
secret word (`psk`, `network_key`, `app-key`, `ha1`):

- a Wi-Fi network's pre-shared key: `psk=…` (wpa_supplicant, NetworkManager's keyfile, a
  router's nvram `wl0_wpa_psk=…`, wpa_passphrase's `#psk="…"` comment), `wpa_cli set_network 1
  psk '"…"'`, `wpa_passphrase "ssid" '…'`, Raspberry Pi's imager `set_wlan 'ssid' '…'`, and the
  value alone on the line after `nmcli -s -g 802-11-wireless-security.psk connection show`;
- Mosquitto's TLS-PSK: a bridge's `bridge_psk <hex>`, and a `psk_file`'s `identity:<hex>` lines
  below what names the file;
- a Zigbee network key (zigbee2mqtt's `network_key: [16 bytes]`, not its documented default);
- LoRaWAN root and session keys in hex (`--root-keys.app-key.key <hex>`, `AppKey = "…"`);
- an HTTP digest's HA1 (Shelly's `"ha1":"<64 hex>"`), the password's equivalent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatetoken import made_up, plausible_secret, reference

_ARG = r"(?:'[^'\n]{0,64}'|\"[^\"\n]{0,64}\"|[^\s'\"]{1,64})"
# a value the line names a pre-shared key (group `v`: quoted or not, up to the quote or space)
_PSK = lazyre.compile(
    r"(?i)(?:(?:^|[\s#;{,.\"'])(?:[a-z0-9]{1,16}_){0,2}psk[\"']?[ \t]{0,4}[=:][ \t]{0,4}"
    r"|\bset_network[ \t]+\d{1,4}[ \t]+psk[ \t]+'?"
    r"|\bwpa_passphrase[ \t]+" + _ARG + r"[ \t]+"
    r"|\bset_wlan[ \t]+" + _ARG + r"[ \t]+"
    r"|^[ \t]*bridge_psk[ \t]+"
    r")['\"]?(?P<v>[^\s'\"]{8,64})"
)
_HEX_KEY = lazyre.compile(r"[0-9A-Fa-f]{32,128}")
# a template's substitution in the key's place (`psk=@PSK_HOME@`, filled in when it is built)
_SUBSTITUTION = lazyre.compile(r"@[A-Za-z_][A-Za-z0-9_]{0,62}@")
# zigbee2mqtt's network key: 16 numbers in brackets (its documented default is public)
_NETWORK_KEY = lazyre.compile(
    r"(?i)network_?key[\"']?[ \t]{0,4}[:=][ \t]{0,4}\[(?P<v>[ \t]{0,4}\d{1,3}(?:[ \t]{0,4},[ \t]{0,4}"
    r"\d{1,3}){15})[ \t]{0,4}\]"
)
_DEFAULT_NETWORK_KEY = (1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13)
# LoRaWAN's keys (AppKey, NwkKey, AppSKey, NwkSKey, …) and an HTTP digest's HA1, in hex
_HEX_NAMED = lazyre.compile(
    r"(?i)(?:\b(?:app|nwk|fnwk|snwk|s?nwk-?s-?int|app-?s|nwk-?s)[-_]?key(?:\.key)?"
    r"|\"ha1\")[\"']?(?:[ \t]{1,4}|[ \t]{0,4}[:=][ \t]{0,4})[\"']?(?P<v>[0-9A-Fa-f]{32,64})(?![0-9A-Za-z])"
)
# what names a Mosquitto psk_file (its `cat`, its path in a comment or a heading)
_PSK_FILE = lazyre.compile(r"(?i)psk_?file")
_PSK_LINE = lazyre.compile(r"[ \t]*[A-Za-z0-9_.@-]{1,64}:(?P<v>[0-9A-Fa-f]{16,128})[ \t\r]*")
# the command that prints a connection's pre-shared key alone
_SHOWS_PSK = lazyre.compile(r"\bnmcli\b[^\n]{0,80}[ \t](?:-s|--show-secrets)\b[^\n]{0,80}\.psk\b")

LITERALS = ("psk", "set_wlan", "wpa_passphrase", "network_key", "networkkey", "key", '"ha1"')
HINTS = (
    r"psk[\"']?[ \t]*[=:]",
    r"set_network[ \t]+[0-9]+[ \t]+psk[ \t]",
    r"wpa_passphrase[ \t]",
    r"set_wlan[ \t]",
    r"bridge_psk[ \t]",
    r"network_?key[\"']?[ \t]*[:=][ \t]*\[",
    r"(?:app|nwk)[^\s]{0,8}key[^\n]{0,12}[0-9a-f]{32}",
    r"\"ha1\"",
)
BLOCK_LITERALS = ("psk",)
BLOCK_HINTS = (r"psk_?file|nmcli[^\n]*\.psk",)


def _judged(value: str) -> bool:
    """A value that reads as a key or passphrase, not a reference, a mask or a made-up one."""
    if "[REDACTED" in value or reference(value) or made_up(value):
        return False
    if _SUBSTITUTION.fullmatch(value) is not None:
        return False
    hexed = _HEX_KEY.fullmatch(value) is not None and len(set(value.lower())) >= 8
    return hexed or plausible_secret(value)


def line_secrets(text: str) -> Iterator[str]:
    """A pre-shared key, a network key, a LoRaWAN key or an HA1 the line's syntax names."""
    for m in _PSK.finditer(text):
        if _judged(m.group("v")):
            yield m.group("v")
            return
    net = _NETWORK_KEY.search(text)
    if net is not None:
        key = tuple(int(n) for n in re.findall(r"\d+", net.group("v")))
        if key != _DEFAULT_NETWORK_KEY and len(set(key)) >= 8 and max(key) <= 255:
            yield net.group("v")
            return
    for named in _HEX_NAMED.finditer(text):
        value = named.group("v")
        if len(set(value.lower())) >= 8 and not made_up(value):
            yield value
            return


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a psk_file's keys below the line at `i` that names the file, or of a
    pre-shared key `nmcli` prints alone on the line after its command."""
    text = block[i]
    if _SHOWS_PSK.search(text) is not None and i + 1 < len(block):
        value = block[i + 1].strip()
        if " " not in value and _judged(value):
            yield i + 1, value
        return
    if _PSK_FILE.search(text) is None:
        return
    for j in range(i + 1, min(len(block), i + 16)):
        m = _PSK_LINE.fullmatch(block[j])
        if m is None:
            return
        if _judged(m.group("v")):
            yield j, m.group("v")
