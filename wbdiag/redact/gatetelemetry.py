"""OpenTelemetry's JSON (OTLP: a collector's file exporter, a trace export) as the leak gate
(gate.py) reads it: an attribute's name and its value are two members of one object
(`{"key":"redis.password","value":{"stringValue":"…"}}`), and a command's arguments are the
items of an array (`{"stringValue":"--token"},{"stringValue":"…"}`), so no secret word stands
next to the value as the context check reads it. A value whose attribute's key is a secret's own
name (also a header's, `http.request.header.x-api-key`, an array's single item), and an argument
after a flag that names a secret, is judged as a value its place names a secret
(`plausible_secret`)."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import names_secret
from wbdiag.redact.gatetoken import looks_random, made_up, plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name

_ATTRIBUTE = lazyre.compile(
    r"\"key\":[ \t]?\"(?P<k>[^\"\\]{1,256})\",[ \t]?\"value\":[ \t]?\{[ \t]?"
    r"(?:\"arrayValue\":[ \t]?\{[ \t]?\"values\":[ \t]?\[[ \t]?\{[ \t]?)?"
    r"\"(?:string|bytes)Value\":[ \t]?\"(?P<v>[^\"\\]{1,1024})\""
)
_ARGUMENT = lazyre.compile(
    r"\{[ \t]?\"stringValue\":[ \t]?\"(?P<f>--?[A-Za-z][\w-]{0,63})\"[ \t]?\},[ \t]?"
    r"\{[ \t]?\"stringValue\":[ \t]?\"(?P<v>[^\"\\]{1,1024})\""
)

LITERALS = ("stringvalue", "bytesvalue")
HINTS = (r"\"(?:string|bytes)value\":",)


def _judged(value: str) -> bool:
    if "[REDACTED" in value or reference(value) or made_up(value):
        return False
    return plausible_secret(value) or looks_random(value)


def _secret_key(key: str) -> bool:
    last = key.rsplit(".", 1)[-1]
    return own_secret_name(last) or own_secret_name(key.replace(".", "_"))


def attribute_secrets(text: str) -> Iterator[str]:
    """An OTLP attribute's value under a secret's name, or an argument after a flag naming one."""
    if "Value" not in text:
        return
    for m in _ATTRIBUTE.finditer(text):
        if _secret_key(m.group("k")) and _judged(m.group("v")):
            yield m.group("v")
            return
    for m in _ARGUMENT.finditer(text):
        if names_secret(m.group("f")) and _judged(m.group("v")):
            yield m.group("v")
            return
