"""The value after a secret name in a flow collection (YAML's flow style, JSON): a flow list
of strings (`"privateKey": [ "…" ]`, `tokens: ['a', 'b']`), each string that reads like a
secret, or its short strings when they read, joined, as one (pieces.py); or a flow object that
wraps the value (ARM parameters: `"sslCertificatePassword": { "value": "…" }`, a Zigbee
coordinator's backup: `"network_key": {"key": "…", …}`), or a key's bytes as numbers
(Zigbee2MQTT's `network_key: [1, 3, …]`). keyvalue.py finds
the name and asks here when `[` or `{` opens the value."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.detectors.valuespan import value_span
from wbdiag.redact.names import min_length
from wbdiag.redact.pieces import listed
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"  # (the key=value detector's spans)
_FLOW_STRING = lazyre.compile(r"[\"'](?P<v>[^\"'\\]{1,4096})[\"']")
_ENUM_WORD = lazyre.compile(r"[a-z]{1,32}(?:[_.:-][a-z]{1,32}){0,8}")
_FLOW_LIST = lazyre.compile(r"\[[ \t]*[\"']")
# an object that wraps the value (ARM parameters: `"sslCertificatePassword": { "value": "…" }`,
# zigpy's and Zigbee2MQTT's backups: `"network_key": {"key": "…", "sequence_number": 0}`; TOML's
# inline table, Azure IoT Edge's `symmetric_key = { value = "…" }`)
_FLOW_VALUE = lazyre.compile(r"\{[ \t]*[\"']?(?:value|key)[\"']?[ \t]*[:=][ \t]*")
# a key's bytes, 8 to 64 of them, decimal or hex (`network_key: [84, 31, …]`, `[0x01, …]`)
_BYTE = r"(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})"
_BYTE_LIST = lazyre.compile(
    r"\[[ \t]*(?P<v>(?:" + _BYTE + r"[ \t]*,[ \t]*){7,63}" + _BYTE + r")[ \t]*\]"
)


def flow_values(line: str, vpos: int, key: str, ks: int, ke: int) -> list[Span] | None:
    """A flow list of strings after a secret name (`"privateKey": [ "…" ]`, `tokens: ['a', 'b']`):
    each string; or a flow object around the value (`{ "value": "…" }`): its value."""
    wrapped = _FLOW_VALUE.match(line, vpos)
    if wrapped is not None:
        span = value_span(line, wrapped.end(), key, ":", ks, ke)
        if span is None:
            return []
        start, end = span
        value = line[start:end]
        if is_trivial_value(value) or is_reference_value(key, value) or len(value) < 3:
            return []
        return [(start, end, KIND), (vpos, end, "")]
    if (octets := _BYTE_LIST.match(line, vpos)) is not None:
        return [(octets.start("v"), octets.end("v"), KIND), (vpos, octets.end(), "")]
    if _FLOW_LIST.match(line, vpos) is None:
        return None
    close = line.find("]", vpos, vpos + 16384)
    if close < 0:
        return None
    spans: list[Span] = []
    strings = [
        (m.start("v"), m.end("v"), m.group("v")) for m in _FLOW_STRING.finditer(line, vpos, close)
    ]
    for start, end, value in strings:
        if len(value) >= min_length(key) and not (
            is_trivial_value(value)
            or is_reference_value(key, value)
            or _ENUM_WORD.fullmatch(value)  # `["client_secret_basic", "private_key_jwt"]`
            # a list holds names as often as secrets: its strings must read like one
            or not (looks_random(value) or len(value) >= 12)
        ):
            spans.append((start, end, KIND))
    # (or its short strings are the pieces of one: `"password": ["Xk3q", "mQ9z", "Lp2w"]`)
    # (a string that names a reference, a package under its own name, is no piece of one)
    pieces = [s for s in strings if not is_reference_value(key, s[2])]
    return [*spans, *listed(pieces), (vpos, close, "")]
