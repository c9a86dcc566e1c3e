"""Z-Wave's network security keys, 16 bytes as 32 hex digits under their security class's name:
Z-Wave JS UI's `settings.json` (`"S2_AccessControl": "…"`, `"S0_Legacy": "…"`, in
`securityKeys` and `securityKeysLongRange`), zwave-js' environment (`KEY_S2_Authenticated=…`,
`KEY_LR_S2_AccessControl=…`) and Home Assistant's Z-Wave JS add-on (`s2_access_control_key:
…`). Whoever holds them decrypts and commands the network's secure devices. The class names alone
(a device's `security: S2_Authenticated`) and a key's placeholder stay."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector

KIND = "zwave"

ZWAVE_KEYS = regex_detector(
    KIND,
    ("s0_", "s2_"),
    r"(?i:\b(?:key_)?(?:lr_)?s[02]_[a-z_]{5,32})[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?"
    r"(?:0x)?(?P<k>[0-9A-Fa-f]{32})(?![0-9A-Za-z])",
    patterns=(r"s[02]_[a-z_]{5,32}[\"']?[ \t]*[:=][ \t]*[\"']?(?:0x)?[0-9a-f]{32}",),
)
