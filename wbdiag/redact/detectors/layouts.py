"""Secret pairs in layouts the key=value scanner (keyvalue.py) does not read as pairs:
- a Lisp keyword key and its string (EDN, Clojure: `{:db/password "…"}`, `:wandb/api-key "…"`);
- a label of two words whose last is `key` (`Secret key: …`, `Master Key = …`, as tools print
  them), when the two words name a secret;
- a change shown as the old and the new value (`~ password: "old" => "new"` in a Pulumi preview,
  `~ password = "old" -> "new"` in a Terraform plan): the new value as well;
- a property list's pair on one line (`<key>API_TOKEN</key><string>…</string>`, Java's XML
  properties `<entry key="db.password">…</entry>`; a plist value on the next line: nextpending.py);
- a SAML attribute whose name names a secret and its `AttributeValue` (an assertion decoded,
  or inside base64: encodedtext.py);
- a salt or a pepper (`CONSOLE_PBKDF_SALT=…`, `hash_salt: …`), which names.py counts as secret:
  its own hints, so that every other pattern that looks for a secret name stays as short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import NAME_HINTS, SECTION_QUALIFIERS, is_secret_name, min_length
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
_ID = r"[A-Za-z0-9_.\-]*"
_STRING = r"(?:[^\"\\\n]|\\.){1,4096}"


def _holds(key: str, value: str) -> bool:
    return (
        len(value) >= min_length(key)
        and not is_trivial_value(value)
        and not is_reference_value(key, value)
    )


# `:password "…"`, `:wandb/api-key "…"`: a keyword (its namespace before `/`), then a string
_KEYWORD = lazyre.compile(
    r"(?:^|(?<=[\s{(\[,])):(?:[A-Za-z][\w.-]{0,63}/)?(?P<k>[A-Za-z][\w.-]{0,63})[ \t]{1,8}"
    r"\"(?P<v>" + _STRING + r")\""
)


def _keyword_spans(line: str) -> Iterator[Span]:
    for m in _KEYWORD.finditer(line):
        if is_secret_name(m.group("k")) and _holds(m.group("k"), m.group("v")):
            yield m.start("v"), m.end("v"), KIND


KEYWORD_KEY = Detector(
    KIND, NAME_HINTS, _keyword_spans, (r":(?:[a-z][\w.-]*/)?" + _ID + _H + _ID + r"[ \t]+\"",)
)

# `Secret key: …`: a word, one space, `key`, a separator, the value
_LABEL = lazyre.compile(
    r"(?<![\w.-])(?P<w>[A-Za-z]{2,24})[ \t](?P<k>[Kk]ey|KEY)"
    # (a note in words before the colon: `API key (shown once): …`)
    r"(?:[ \t]\([A-Za-z][A-Za-z0-9 ,./-]{0,39}\)(?=:))?[ \t]{0,4}[:=][ \t]{1,4}"
    r"(?P<v>[^\s\"'<>`]{6,512})(?=\s|\Z)"
)


def _label_spans(line: str) -> Iterator[Span]:
    for m in _LABEL.finditer(line):
        name = m.group("w") + "_" + m.group("k")
        if is_secret_name(name) and _holds(name, m.group("v")) and secretish(name, m.group("v")):
            yield m.start("v"), m.end("v"), KIND


LABEL_KEY = Detector(
    KIND,
    ("key",),
    _label_spans,
    (
        r"(?:" + "|".join(SECTION_QUALIFIERS) + r")[ \t]key(?:[ \t]\([a-z][a-z ,]*\))?[ \t]*[:=]"
        r"[ \t]+\S",
    ),
)

# `"old" => "new"`, `"old" -> "new"`: the arrow between two quoted values
_ARROW = lazyre.compile(r"(?P<q>[\"'])[ \t]{1,4}(?:=>|->|→)[ \t]{1,4}(?P=q)")
_KEY_BEFORE = lazyre.compile(r"(?P<k>[A-Za-z_][\w.-]{0,127})[\"']?[ \t]{0,4}[:=][ \t]{0,4}\Z")
_MAX_VALUE = 4096


def _change_spans(line: str) -> Iterator[Span]:
    covered = 0
    for m in _ARROW.finditer(line):
        if m.start() < covered:
            continue
        quote = m.group("q")
        opened = line.rfind(quote, max(covered, m.start() - _MAX_VALUE), m.start())
        close = line.find(quote, m.end(), m.end() + _MAX_VALUE)
        if opened < 0 or close < 0:
            continue
        covered = close
        head = _KEY_BEFORE.search(line, max(0, opened - 160), opened)
        value = line[m.end() : close]
        if head is not None and is_secret_name(head.group("k")) and _holds(head.group("k"), value):
            yield m.end(), close, KIND


CHANGE = Detector(
    KIND,
    NAME_HINTS,  # (a secret name comes before the old value)
    _change_spans,
    (_H + _ID + r"[\"']?[ \t]*[:=][ \t]*[\"'][^\"'\n]*[\"'][ \t]+(?:=>|->|→)",),
)

# `<key>NAME</key><string>VALUE</string>`, `<entry key="NAME">VALUE</entry>`
_PLIST = lazyre.compile(
    r"<key>(?P<k>[^<>\n]{1,128})</key>[ \t]{0,16}<(?P<t>string|data)>(?P<v>[^<>\n]{1,4096})"
    r"</(?P=t)>"
    r"|<entry[ \t]{1,8}key=\"(?P<ek>[^\"<>\n]{1,128})\"[ \t]{0,8}>(?P<ev>[^<>\n]{1,4096})</entry>"
)


def _plist_spans(line: str) -> Iterator[Span]:
    for m in _PLIST.finditer(line):
        key, group = (m.group("k"), "v") if m.group("k") is not None else (m.group("ek"), "ev")
        value = m.group(group).strip()
        if is_secret_name(key.strip()) and _holds(key, value):
            start = m.start(group) + m.group(group).index(value)
            yield start, start + len(value), KIND


PROPERTY_LIST = Detector(
    KIND,
    ("key",),  # (`<key>`, `<entry key=`)
    _plist_spans,
    (r"</key>[ \t]*<(?:string|data)>", r"<entry[ \t]+key="),
)

# a SAML attribute and its value (`<saml:Attribute Name="scim_token"><saml:AttributeValue>…`)
_SAML_ATTRIBUTE = lazyre.compile(
    r"<(?:[A-Za-z][\w.-]{0,15}:)?Attribute[ \t](?P<a>[^<>]{0,512})>[ \t]{0,16}"
    r"<(?:[A-Za-z][\w.-]{0,15}:)?AttributeValue(?:[ \t][^<>]{0,256})?>(?P<v>[^<>\n]{1,4096})<"
)
_NAME_ATTRIBUTE = lazyre.compile(r"(?:^|[ \t])(?:Friendly)?Name=\"(?P<k>[^\"]{1,128})\"")


def saml_attribute_spans(line: str) -> Iterator[Span]:
    for m in _SAML_ATTRIBUTE.finditer(line):
        value = m.group("v").strip()
        names = [n.group("k") for n in _NAME_ATTRIBUTE.finditer(m.group("a"))]
        if value and any(is_secret_name(k) for k in names) and _holds(names[0], value):
            start = m.start("v") + m.group("v").index(value)
            yield start, start + len(value), KIND


_SAML_PATTERN = r"attribute[ \t][^\n]*>[ \t]*<(?:[a-z][\w.-]*:)?attributevalue"
SAML_ATTRIBUTE = Detector(KIND, ("attributevalue",), saml_attribute_spans, (_SAML_PATTERN,))

# `CONSOLE_PBKDF_SALT=…`, `"hash_salt": "…"`, `devise_pepper: …`, camel-cased (Mattermost's
# `"PublicLinkSalt": "…"`, which signs public file links)
# (also as PHP's array index, Drupal's `$settings['hash_salt'] = '…';`)
_SALT = lazyre.compile(
    r"(?i)(?<![\w.-])(?P<k>[a-z][\w.-]{0,63}(?:[_.-](?:salt|pepper)|(?<=[a-z0-9])(?-i:Salt|Pepper)))"
    r"[\"']?\]?[ \t]{0,4}[:=][ \t]{0,4}"
    r"(?P<q>[\"']?)(?P<v>[^\s\"',;]{6,512})"
)


def _salt_spans(line: str) -> Iterator[Span]:
    for m in _SALT.finditer(line):
        key, value = m.group("k"), m.group("v")
        if (
            is_secret_name(key)
            and _holds(key, value)
            and (looks_random(value) or secretish(key, value))
        ):
            yield m.start("v"), m.end("v"), KIND


SALT = Detector(KIND, ("salt", "pepper"), _salt_spans, (r"(?:salt|pepper)[\"']?\]?[ \t]*[:=]",))


def _layout_spans(line: str) -> Iterator[Span]:
    # each layout by the characters it needs (one detector for the prefilter, not five)
    lowered = line.lower()
    if ":" in line and '"' in line:
        yield from _keyword_spans(line)
    if "key" in lowered:
        yield from _label_spans(line)
        if "<key>" in line or "<entry" in line:
            yield from _plist_spans(line)
    if "=>" in line or "->" in line or "→" in line:
        yield from _change_spans(line)
    if "salt" in lowered or "pepper" in lowered:
        yield from _salt_spans(line)
    if "attributevalue" in lowered:
        yield from saml_attribute_spans(line)


_PARTS = (KEYWORD_KEY, LABEL_KEY, CHANGE, PROPERTY_LIST, SALT, SAML_ATTRIBUTE)
# With Hyperscan, the lines the key=value scanner's and the generic layer's patterns pick run
# these too (detectors.FOLLOWERS: every layout but a salt's holds a name they look for), so the
# salt's pattern is the one of its own.
LAYOUTS = Detector(
    KIND,
    tuple(sorted({h for det in _PARTS for h in det.hints})),
    _layout_spans,
    (*SALT.prefilter_patterns(), _SAML_PATTERN),
)
