"""OpenWrt's UCI configuration, where an option named `key` holds a key: a Wi-Fi interface's
passphrase or PSK (`option key '…'` in /etc/config/wireless, WEP's `key1` … `key4`), as the file
spells it, as `uci show` prints it (`wireless.default_radio0.key='…'`) and as `uci set` takes it
(`uci set wireless.@wifi-iface[0].key='…'`); other secret-named options (`option password '…'`)
are judged by their name (names.is_secret_name). A key's file (uhttpd's and OpenVPN's `option key
'/etc/….key'`), WEP's key index (`option key '1'`) and a placeholder stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "uci"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
# `option NAME VALUE` in a config file
_OPTION = lazyre.compile(r"^[ \t]*option[ \t]{1,8}(?P<n>[A-Za-z0-9_]{1,64})[ \t]{1,8}" + _VALUE)
# `config.section.NAME=VALUE` (`uci show`, `uci set`; an anonymous section as `@type[N]`)
_DOTTED = lazyre.compile(
    r"(?<![\w.-])(?P<c>[a-z][a-z0-9_]{1,31})\.(?:@[\w-]{1,64}\[-?\d{1,3}\]|[\w-]{1,64})"
    r"\.(?P<n>[A-Za-z0-9_]{1,64})=" + _VALUE
)
_KEYS = frozenset({"key", "key1", "key2", "key3", "key4"})


def _spans(line: str) -> Iterator[Span]:
    for m in _OPTION.finditer(line):
        yield from _judged(m, m.group("n") in _KEYS)
    if "." in line and "=" in line:
        for m in _DOTTED.finditer(line):
            # (other secret names there are the key=value detector's)
            if m.group("c") == "wireless" and m.group("n") in _KEYS:
                yield from _judged(m, True)


def _judged(m: re.Match[str], keyed: bool) -> Iterator[Span]:
    name = m.group("n")
    group = "sq" if m.group("sq") is not None else "dq" if m.group("dq") is not None else "s"
    value = m.group(group)
    if (
        (keyed or is_secret_name(name))
        and not is_trivial_value(value)
        and not is_reference_value("key" if keyed else name, value)
    ):
        yield m.start(group), m.end(group), KIND


UCI_OPTIONS = Detector(
    KIND,
    ("option", "wireless."),
    _spans,
    (
        r"^[ \t]*option[ \t]+\w+[ \t]+\S",
        r"\bwireless\.[^\s.=]+\.key[1-4]?=",
    ),
)
