"""Credential files of Java application servers read by their own layout (the leak gate,
gate.py), where no secret word stands next to the value:

- a JMX agent's password file (Tomcat's `conf/jmxremote.password`, the JDK's
  `jmxremote.password.template`): a role, spaces, its password (`monitorRole  …`,
  `controlRole  …`); the access file's `monitorRole readonly` holds a word;
- a WildFly or JBoss EAP Elytron credential reference given in the clear
  (`<credential-reference clear-text="…"/>`, the CLI's `credential-reference={clear-text=…}`);
- a Jetty realm file's line, `user: MD5:…,role` (`realm.properties`): a password stored under
  a scheme that an offline guess or a decoder opens (`MD5:` unsalted, `CRYPT:`, `OBF:` Jetty's
  reversible obfuscation);
- the ZooKeeper digest identity a ClickHouse server logs in to ZooKeeper or Keeper with
  (`<zookeeper>`'s `<identity>user:password</identity>`).

A value is judged as one its place names a secret (`plausible_secret`), a hash by its form."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatetoken import plausible_secret, reference

_JMX = lazyre.compile(
    r"[ \t]{0,16}[A-Za-z][A-Za-z0-9_]{0,30}Role[ \t]{1,16}(?P<v>[!-~]{6,128})[ \t]*\r?"
)
_CLEAR_TEXT = lazyre.compile(
    r"(?i)\bclear-text[ \t]{0,4}=[ \t]{0,4}(?:\"(?P<q>[^\"\n]{6,256})\"|(?P<v>[^\s,}\"]{6,256}))"
)
_JETTY = lazyre.compile(
    r"[ \t]{0,16}[\w.@-]{1,64}[ \t]{0,4}[:=][ \t]{0,4}(?P<s>MD5|CRYPT|OBF):(?P<v>[^\s,]{8,256})"
    r"(?:,[ \t]{0,4}[\w-]{1,64}){0,16}[ \t]*\r?"
)
_MD5 = lazyre.compile(r"[0-9a-fA-F]{32}")
_IDENTITY = lazyre.compile(
    r"<identity>[ \t]{0,4}[^\s<>:]{1,64}:(?P<v>[^\s<>]{6,256})[ \t]{0,4}</identity>"
)

LITERALS = ("role", "clear-text", "md5:", "crypt:", "obf:", "<identity>")
HINTS = (
    r"Role[ \t]+[!-~]{6}",
    r"clear-text[ \t]*=",
    r"[:=][ \t]*(?:MD5|CRYPT|OBF):[^\s,]{8}",
    r"<identity>[ \t]*[^\s<>:]+:[^\s<>]{6}",
)


def line_secrets(text: str) -> Iterator[str]:
    """The password a line of a JMX password file, an Elytron credential reference or a Jetty
    realm file holds, or a ZooKeeper identity's."""
    if "<identity>" in text:
        for found in _IDENTITY.finditer(text):
            if _judged(found.group("v")):
                yield found.group("v")
                return
    if "Role" in text:
        m = _JMX.fullmatch(text)
        if m is not None and _judged(m.group("v")):
            yield m.group("v")
            return
    if "clear-text" in text or "CLEAR-TEXT" in text:
        for m in _CLEAR_TEXT.finditer(text):
            value = m.group("q") or m.group("v")
            if _judged(value):
                yield value
                return
    if ":" in text:
        m = _JETTY.fullmatch(text)
        if m is not None and (
            (m.group("s") == "MD5" and _MD5.fullmatch(m.group("v")) is not None)
            or (m.group("s") != "MD5" and len(m.group("v")) >= 8)
        ):
            yield m.group("v")


def _judged(value: str) -> bool:
    return "[REDACTED" not in value and not reference(value) and plausible_secret(value)
