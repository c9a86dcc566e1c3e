"""A Wi-Fi passphrase or PSK that a tool takes by position after the network's name: `wpa_passphrase
SSID PASSPHRASE`, `wpa_cli [-i IF] set_network N psk '"…"'` (or its 64-hex PSK, `password`,
`sae_password`, `wep_key0`), Raspberry Pi OS's `raspi-config nonint do_wifi_ssid_passphrase SSID
PASSPHRASE` and its imager's first-boot script (`imager_custom set_wlan [-h] [-p] SSID PSK
[COUNTRY]`), NetworkManager's `nmcli device wifi connect SSID password …` and `nmcli connection
modify X wifi-sec.psk …`. The configuration files' `psk=` lines are the key=value detector's
(names.py). A shell variable in its place (`"$WIFI_PASS"`) and a placeholder stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_template, is_trivial_value

KIND = "wifi"

_VALUE = r"(?:'\"?(?P<sq>[^'\"\n]{1,512})\"?'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
_ARG = r"(?:'[^'\n]{0,64}'|\"[^\"\n]{0,64}\"|[^\s'\"]{1,64})"
_RX = lazyre.compile(
    r"(?:\bwpa_passphrase[ \t]{1,8}" + _ARG
    + r"|\bset_network[ \t]{1,8}\d{1,4}[ \t]{1,8}(?:psk|password|sae_password|wep_key[0-3])"
    + r"|\bdo_wifi_ssid_passphrase[ \t]{1,8}" + _ARG
    + r"|\bset_wlan(?:[ \t]{1,8}-[hp]){0,2}[ \t]{1,8}" + _ARG
    # (not the property a `-g`/`-f` prints: `nmcli -s -g 802-11-wireless-security.psk con show`)
    + r"|\bnmcli\b[^\n]{0,256}?[ \t](?<!-[gf][ \t])(?:password|wifi-sec\.psk|802-11-wireless-security\.psk)"
    + r")[ \t]{1,8}" + _VALUE
)  # fmt: skip


def _spans(line: str) -> Iterator[Span]:
    for m in _RX.finditer(line):
        for group in ("sq", "dq", "s"):
            start, end = m.span(group)
            value = line[start:end]
            if (
                end > start
                and value[0] not in "<["  # a usage's metavar (`wpa_passphrase <ssid> [passphrase]`)
                and not is_trivial_value(value)
                and not is_template(value)
            ):
                yield start, end, KIND


WIFI_ARGS = Detector(
    KIND,
    ("wpa_passphrase", "set_network", "do_wifi_ssid_passphrase", "set_wlan", "nmcli"),
    _spans,
    (
        r"wpa_passphrase[ \t]+\S+[ \t]+\S",
        r"set_network[ \t]+\d+[ \t]+(?:psk|password|sae_password|wep_key[0-3])[ \t]",
        r"do_wifi_ssid_passphrase[ \t]+\S+[ \t]+\S",
        r"set_wlan[ \t]",
        r"nmcli[^\n]*[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)[ \t]+\S",
    ),
)
