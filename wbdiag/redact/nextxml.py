"""The value of a secret-named XML element that holds it on the lines below its start tag: a
`<value>` child (an ASP.NET Core Data Protection key ring's `<masterKey …>` / `<!-- … -->` /
`<value>…</value>`; unattend.xml's `<Password>` / `<Value>…</Value>`, also with CRLF line
ends) or its text alone on a line (`<password>` / `  …` / `</password>`).
Comments and blank lines between them are passed over. A few other children before it are too
when a `<key>` child follows that holds a generated key (OPNsense's IPsec `<preSharedKey uuid=…>`
/ `<ident>…</ident>` / `<keyType>PSK</keyType>` / `<Key>…</Key>`; a key that reads as a name is a
pair's name, `<key>db_password</key>`); anything else ends the look."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.detectors.xmlvalues import VALUE_ELEMENTS
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a start tag alone at the end of its line, in a namespace or none, with attributes or none
_OPEN = lazyre.compile(
    r"[ \t]*<(?:[A-Za-z_][\w.-]{0,63}:)?(?P<t>[A-Za-z_][\w.-]{0,63})(?:[ \t][^<>]{0,1024})?(?<!/)>"
    r"[ \t\r]*"
)
_COMMENT = lazyre.compile(r"[ \t]*<!--.{0,1024}?-->[ \t\r]*")
_CHILD_VALUE = lazyre.compile(
    r"[ \t]*<(?P<t>(?i:"
    + VALUE_ELEMENTS
    + r"))(?:[ \t][^<>]{0,256})?>(?P<v>[^<>]{1,8192})</(?P=t)>"
    r"[ \t\r]*"
)
_TEXT = lazyre.compile(r"[ \t]*(?P<v>[^<>\s]{1,8192})[ \t\r]*")
_KEY_CHILD = lazyre.compile(r"[ \t]*<(?P<t>[Kk]ey)>(?P<v>[^<>\s]{1,8192})</(?P=t)>[ \t\r]*")
# another child on its line, whole: `<ident>…</ident>`, `<remote_ident/>`
_SIBLING = lazyre.compile(
    r"[ \t]*<(?P<t>[A-Za-z_][\w.-]{0,63})(?:[ \t][^<>]{0,256})?(?:/>|>[^<>]{0,1024}</(?P=t)>)[ \t\r]*"
)
_MAX_SIBLINGS = 8
_MAX_LINE = 2048
_MAX_SKIPPED = 3


@dataclass
class KeyElement:
    skipped: int = 0
    siblings: int = 0

    @staticmethod
    def arm(line: str) -> KeyElement | None:
        if len(line) > _MAX_LINE:
            return None
        m = _OPEN.fullmatch(line, body_start(line))
        if m is None or not is_secret_name(m.group("t")):
            return None
        return KeyElement()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        start = body_start(line)
        if not line[start:].strip() or _COMMENT.fullmatch(line, start):
            self.skipped += 1
            return self.skipped <= _MAX_SKIPPED, []
        m = _CHILD_VALUE.fullmatch(line, start) or _TEXT.fullmatch(line, start)
        if m is None and (key := _KEY_CHILD.fullmatch(line, start)) is not None:
            if not looks_random(key.group("v")):
                return False, []
            return False, [(key.start("v"), key.end("v"), KIND)]
        if m is None and self.siblings < _MAX_SIBLINGS and _SIBLING.fullmatch(line, start):
            self.siblings += 1
            return True, []
        if m is None:
            return False, []
        value = m.group("v").strip()
        if is_trivial_value(value) or is_reference_value("value", value):
            return False, []
        begin = line.index(value, m.start("v"))
        return False, [(begin, begin + len(value), KIND)]
