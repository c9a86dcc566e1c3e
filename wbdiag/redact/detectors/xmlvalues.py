"""Where an XML element that a secret name governs keeps its value, besides its text
(keyvalue.py reads `<password>…</password>` and `password="…"` attributes):
- an element named after the secret that holds it in a `value` attribute (an IDE's data source,
  `<password value="…"/>`; `<Password Value="…">`);
- a name element and the value element after it on the same line (Hadoop's and Hive's
  `<name>fs.s3a.secret.key</name><value>…</value>`, a servlet's `<param-name>` /
  `<param-value>`, a property list's `<key>` / `<string>`, KeePass' `<Key>` / `<Value …>`); over
  two lines: nextpending.py;
- an element that names the secret in its `name` or `key` attribute and holds it as its text or
  in a `<value>` child (Spring's and Hibernate's `<property name="…password">…</property>`,
  `<entry key="…">…</entry>`).
Also whether a secret name opens an element (`<password>`, `<wsse:Password Type="…">`) and
whether an end tag follows, for keyvalue.py to read the element's text."""

from __future__ import annotations

import re

from wbdiag import lazyre

# the end of an element's start tag after its name: `>`, or attributes and `>`
TAG_END = lazyre.compile(r"(?:[ \t][^<>\n]{0,256})?/?>")
# an element's start before its name, in a namespace or none (`<password>`, `<wsse:Password`)
_ELEMENT_START = lazyre.compile(r"<(?:[A-Za-z_][\w.-]{0,63}:)?\Z")
_END_TAG = lazyre.compile(r"</(?:[A-Za-z_][\w.-]{0,63}:)?[A-Za-z_][\w.-]{0,127}>")
# an XML character data section: markup characters inside are the value's own
CDATA = lazyre.compile(r"<!\[CDATA\[(?P<v>.{0,4096}?)\]\]>", re.DOTALL)
# (the attribute's value; either quote)
_VALUE_ATTR = lazyre.compile(
    r"[ \t](?i:value|val)[ \t]{0,4}=[ \t]{0,4}(?:\"(?P<dv>[^\"<>\n]{1,4096})\"|'(?P<sv>[^'<>\n]{1,4096})')"
)
# the elements that name a setting, and those that hold its value after them
NAME_ELEMENTS = r"(?:key|name|param-name|property-name|[\w-]{1,32}-name)"
VALUE_ELEMENTS = r"(?:value|string|data|param-value|property-value|[\w-]{1,32}-value)"
# (in either case, the value element with attributes: KeePass' XML export's `<Key>Password</Key>
# <Value ProtectInMemory="True">…</Value>`)
_NAME_OPEN = lazyre.compile(r"(?i)<" + NAME_ELEMENTS + r">\Z")
_THEN_VALUE = lazyre.compile(
    r"(?i)</"
    + NAME_ELEMENTS
    + r">[ \t]{0,8}<(?P<t>"
    + VALUE_ELEMENTS
    + r")(?:[ \t][^<>]{0,256})?>(?P<v>[^<>]{1,4096})</(?P=t)>"
)
# `name="…"` / `key="…"` just before the name inside a start tag
_NAME_ATTR = lazyre.compile(r"[ \t](?:name|key)[ \t]{0,4}=[ \t]{0,4}[\"']\Z")
# after the attribute's closing quote: the rest of the start tag, then the text or a `<value>`
_ATTR_THEN_TEXT = lazyre.compile(
    r"[\"'][^<>]{0,256}?(?<!/)>[ \t]{0,8}(?:<value>)?(?P<v>[^<>\s][^<>]{0,4095})</"
)


def attribute_value(line: str, tag_start: int, tag_end: int) -> tuple[int, int] | None:
    """The span of a `value` attribute in the start tag line[tag_start:tag_end]."""
    m = _VALUE_ATTR.search(line, tag_start, tag_end)
    if m is None:
        return None
    g = "dv" if m.group("dv") is not None else "sv"
    return m.span(g)


def named_element_value(line: str, ks: int, ke: int) -> tuple[int, int] | None:
    """The value an XML layout gives the name at line[ks:ke], when it names one by an element
    or an attribute (see the module's description); None otherwise."""
    if line[ks - 1 : ks] == ">" and _NAME_OPEN.search(line, max(0, ks - 40), ks):
        m = _THEN_VALUE.match(line, ke)
        return m.span("v") if m is not None else None
    if line[ks - 1 : ks] in ('"', "'") and _NAME_ATTR.search(line, max(0, ks - 16), ks):
        m = _ATTR_THEN_TEXT.match(line, ke)
        return m.span("v") if m is not None else None
    return None


def closed(line: str, pos: int) -> bool:
    """Whether an end tag (`</password>`) follows `pos` on the line."""
    end = line.find("</", pos)
    return end >= 0 and _END_TAG.match(line, end) is not None


def element_open(line: str, ks: int) -> bool:
    """Whether the name at `ks` is an XML element's, after `<` or `<prefix:` (SOAP's
    `<wsse:Password Type="…">`). A name opens with a letter or `_`: `<.password>` is a Go
    template's field (`executing "X" at <.password>: map has no entry …`), not an element."""
    return (
        ks > 0
        and (line[ks].isalpha() or line[ks] == "_")
        and line[ks - 1] in "<:"
        and _ELEMENT_START.search(line, max(0, ks - 65), ks) is not None
    )
