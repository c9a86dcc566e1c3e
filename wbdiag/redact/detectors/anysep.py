"""A secret name followed by any separator, whatever the syntax around it: `=>` and `->`
(Ruby, PHP, Perl, arrows in messages), `::` (LDIF), `:[` (Go maps of slices), a table cell
(`| smtp_password | … |`, psql and markdown; an HTML row's next cell, `<td>NAME</td><td>…`), a tab, columns of spaces (`printenv | column -t`,
`vault kv get`), a `,` between neighbours, PHP `print_r`'s `[name] => …` (`('smtp_password', '…')`), a wrapper call
(`Some("…")`, `Secret("…")`), words (`has value`, `is set to`, `with`). The value is quoted (to its closing quote) or bare (to the next
space or cell border).

A net under keyvalue.py: the value must read like a secret (generic.secretish), and after the
weak separators (spaces, a table border, a comma, an arrow) it must also hold a digit or a
symbol, so that `password   is required` or a CSV header stays."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.barevalue import NEXT_PAIR, elided, expansion
from wbdiag.redact.detectors.base import (
    Detector,
    Span,
    identifier_around,
    in_namespace_path,
    not_a_quoted_value,
)
from wbdiag.redact.detectors.blanks import blank_then_field
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.detectors.tabbed import row_spans
from wbdiag.redact.detectors.valuespan import USER_THEN_REFERENCE, opens_message
from wbdiag.redact.fixednotices import fixed_word
from wbdiag.redact.names import NAME_HINTS, in_alternation, is_secret_name, name_hints_in
from wbdiag.redact.toolrefs import tool_tokens
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import TEMPLATE_EXPR, is_key_listing, is_trivial_value

KIND = "keyvalue"
_SEP = lazyre.compile(
    r"(?P<kq>\\{0,7}[\"'`])?\]?(?P<sep>[ \t]{0,16}(?:=>|->|::|:\[|:=|\\=|[:=|,→⇒➜⟶│┃║])[ \t]{0,16}"
    # in words, as debug logs and task runners write it (SSSD's `option ldap_default_authtok has
    # value …`, replace-tokens' `replacing token 'DB_PASSWORD' with '…'`): weak, as spaces are
    r"|[ \t]{1,4}(?:has[ \t]value|is[ \t]set[ \t]to|set[ \t]to|with)[ \t]{1,4}"
    r"|\t[ \t]{0,16}|[ \t]{2,32}|[ \t]{0,4}</t[dh]>[ \t]{0,4}<td(?:[ \t][^<>]{0,64})?>[ \t]{0,4}"
    # (the cell's text in an inline element: `<td><code>…</code></td>`)
    r"(?:<(?:code|kbd|samp|tt|span|b|strong|em|pre)(?:[ \t][^<>]{0,64})?>)?)"
    r"(?P<open>[A-Z][A-Za-z]{1,16}\(|\[|<<)?(?P<vq>\\{0,7}[\"'`]|[«“‘„「])?"
)
# typographic quotes close with their partner: `→ «…»`, `“…”`, `„…“`, `「…」`
_CLOSING = {"«": "»", "“": "”", "‘": "’", "„": "“", "「": "」"}
_STRONG = frozenset({":", "=", ":=", "::", ":[", "=>", "\\="})  # `\=`: Java properties
_BARE = lazyre.compile(r"[^\s\"'`|│┃║\\\]<>]{1,512}")
_MIN_WEAK = 8
# a host name (its first label may end like a name: `bindpw.corp.example.com`)
_HOST_NAME = lazyre.compile(
    r"(?:[a-z0-9-]{1,63}\.){1,8}(?:com|org|net|io|dev|ai|cloud|internal|local|lan|corp|svc)"
)
# JSON's literals, ended by what ends a member
_JSON_LITERAL = lazyre.compile(r"(?:true|false|null|-?\d{1,20}(?:\.\d{1,20})?)(?=[,}\]])")
_BORDERS = frozenset("|│┃║")
_MAX_CELL = 1024
# the words after a cell's first one, one space apart, then the spaces before its border
_CELL_WORDS = lazyre.compile(r"(?P<w>(?: [^\s|│┃║]{1,128}){0,7})[ \t]*")
# (a name has no digit: `relogin=`; `sC5Y=zX…` is a generated value holding `=`)
_PAIR = lazyre.compile(r"[A-Za-z_][A-Za-z_.-]{0,64}=")
# the names after a secret one in a CSV header row (xCAT's `tabdump passwd`:
# `#key,username,password,cryptmethod,authdomain,…`): words and commas, no value
_HEADER_NAMES = lazyre.compile(r"[A-Za-z_]{2,64}(?:,[A-Za-z_]{2,64}){0,63},?")
# headers whose values keyvalue.py reads field by field
_OWN_SYNTAX = ("cookie", "authorization", "authentication")


_JQ_FORMAT = lazyre.compile(r"@(?:base64d?|base32d?|text|json|html|uri|csv|tsv|sh)['\"]?")
_BARE_QUOTE = lazyre.compile(r'(?<!\\)"')


def _mixed(value: str) -> bool:
    return any(c.isdigit() for c in value) or any(not c.isalnum() and c not in "-_." for c in value)


def _accept(key: str, value: str) -> bool:
    """generic.secretish, but a `*` inside a generated password is no mask, and a random token
    with dots is no dotted code name."""
    if _PAIR.match(value):
        return False  # the next pair: `api_key, relogin=True`
    if is_trivial_value(value):
        return False  # a mask, a reference, ciphertext (`ENC[AES256_GCM,data:…]`)
    if reads_random(value):
        return not is_reference_value(key, value)  # (`Credential=ID/…/aws4_request`)
    return "**" not in value and secretish(key, value.replace("*", "x"))


def _csv_close(line: str, vpos: int, close: int) -> int:
    """The quote that closes a CSV field whose text starts at `vpos`, from the first quote
    after it: a quote inside is doubled (RFC 4180, `"ab""cd"`), so a `""` goes on (an empty
    field's `""` has closed already)."""
    while close > vpos and line.startswith('""', close):
        close = line.find('"', close + 2)
    return close


def _cell_end(line: str, end: int, sep: str) -> int:
    """Where a table cell's value ends from the end of its first word: at its border, words
    one space apart inside (`| smtp_password | Falconjz velvetqb1 emberav |`), when the cell
    holds no more than that."""
    if sep not in _BORDERS:
        return end
    border = line.find(" " + sep, end, end + _MAX_CELL)
    if border < 0:
        return end
    words = _CELL_WORDS.fullmatch(line, end, border)
    if words is None or not words.group("w"):
        return end
    # a passphrase's words are long or hold a digit; a remark's are not (`not set`, `is
    # required for login`, `changeme in production`)
    parts = line[line.rfind(" ", 0, end) + 1 : words.end("w")].split()
    if any(len(p) < 4 for p in parts) or not (
        all(len(p) >= 6 for p in parts) or any(c.isdigit() for c in "".join(parts))
    ):
        return end
    return words.end("w")


def _spans(line: str) -> Iterator[Span]:
    if "\t" in line:
        yield from row_spans(line)  # a row of tab-separated cells (tabbed.py)
    covered = 0
    n = len(line)
    # names inside a template expression are code: `{{ .data.password | base64decode }}`
    templates = [m.span() for m in TEMPLATE_EXPR.finditer(line)] if "{{" in line else []
    if "@@" in line:  # (and in a deploy tool's token, `@@SECRET:name:password@@`: toolrefs.py)
        templates = sorted(templates + tool_tokens(line))
    for hit_start, hit_end in name_hints_in(line):
        if hit_start < covered:
            continue
        if templates:
            inside = next((e for s, e in templates if s < hit_start < e), None)
            if inside is not None:
                covered = inside
                continue
        ks, ke = identifier_around(line, hit_start, hit_end, covered)
        if line[ke - 1 : ke + 1] == "->":
            ke -= 1  # an arrow after the name (s3cmd's `secret_key->…`), not the name's `-`
        covered = ke
        key = line[ks:ke].strip(".-")
        if not key or (ks > 0 and line[ks - 1] in "/:") or not is_secret_name(key):
            continue  # a path segment or an ARN part (`arn:aws:secretsmanager:…`)
        if fixed_word(line, ks):
            continue  # MySQL's `(using password: YES)For more information …`: a notice word
        if line[ks - 1 : ks] in ("(", "|") and in_alternation(line, ks):
            continue  # one of a regular expression's alternatives (`(data|password|license)`)
        if expansion(line, ks, ke) is not None:
            continue  # a reference, `${REDIS_PASSWORD:-}` (a default: keyvalue.py's)
        if "." in key and _HOST_NAME.fullmatch(key):
            continue  # a host in a list (`NO_PROXY=…,py9pw.example.com,10.0.0.0/16`)
        if key.lower().endswith(_OWN_SYNTAX):
            continue
        m = _SEP.match(line, ke)
        if m is None or m.end() >= n or in_namespace_path(line, ks, ke):
            continue
        sep = m.group("sep").strip(" \t")
        if sep.startswith("</"):
            sep = ":"  # the next cell of an HTML row holds the named cell's value
        if sep == "|" and line[ks - 1 : ks] == "$":
            continue  # a shell variable piped to a command (`"$DB_PASS" | sha256sum`): no cell
        if sep == "|" and line[ks - 1 : ks] in ("|", "{") and key.lower() in ("bearer", "basic"):
            # HAProxy's captured headers (`{host|Bearer|agent}`: `capture request header
            # Authorization len 6` keeps the scheme): the next capture is no value of it
            continue
        vq = m.group("vq")
        vpos = m.end()
        if vq:
            quote = _CLOSING.get(vq, vq[-1])
            close = line.find(vq, vpos) if len(vq) > 1 else line.find(quote, vpos)
            if vq == '"' and sep == ",":
                close = _csv_close(line, vpos, close)
            end = n if close < 0 else close
            closing = end + len(vq) - 1
            if close < 0 and vq[-1] == '"' and len(vq) > 1:
                # the string the escaped value is inside ends first (a log record cut after
                # `password=\"…`): at its own, unescaped quote
                bare = _BARE_QUOTE.search(line, vpos)
                if bare is not None:
                    end = closing = bare.start()
            if not_a_quoted_value(line, (ks, ke), vpos - len(vq), quote, closing):
                continue
        else:
            bare = _BARE.match(line, vpos)
            if bare is None or blank_then_field(line, vpos):
                continue
            if "/$" in line and USER_THEN_REFERENCE.match(line, vpos):
                continue  # a user, then a reference for the password (valuespan.py)
            end = _cell_end(line, bare.end(), sep)
            glued = NEXT_PAIR.search(line, vpos, end)
            if glued:
                end = glued.start()  # `token=x&page=2`: the value ends before `&page=`
            if elided(line[vpos:end]):
                continue
            while end > vpos and line[end - 1] in ",;.)}":
                end -= 1
        value = line[vpos:end]
        covered = max(covered, end)  # names inside a value are not keys
        if not vq and m.group("kq") and _JSON_LITERAL.match(line, vpos):
            continue  # a JSON literal after a quoted key, then the structure (`"secret":true},{`)
        yaml_scalar = sep == ":" and line[vpos - 1] in " \t" and not line[:ks].strip(" \t-\"'")
        if not vq and yaml_scalar and line[end:].strip():
            continue  # the first word of a YAML plain scalar: keyvalue.py judges it whole
        if value.startswith("[REDACTED:") or value.endswith(":"):
            continue
        if sep == ":" and not vq and opens_message(line, vpos, False):
            continue  # an error's message after the name's colon (valuespan.py)
        if sep == "," and _HEADER_NAMES.fullmatch(value):
            continue  # the rest of a CSV header row
        if sep == "|" and _JQ_FORMAT.fullmatch(value):
            continue  # a jq filter's pipe into a format (`.data.password | @base64d`)
        if not _accept(key, value) or is_key_listing(line, key, value):
            continue
        if sep not in _STRONG and (len(value) < _MIN_WEAK or not _mixed(value)):
            continue
        yield vpos, end, KIND


ANY_SEPARATOR = Detector(
    KIND,
    NAME_HINTS,
    _spans,
    (
        "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + r")[A-Za-z0-9_.\-]*"
        r"[\"'`\\]*(?:[ \t]*(?:=>|->|::|:\[|:=|[:=|,]|→|⇒|➜|⟶|│|┃|║)[ \t]*|\t|[ \t]{2}"
        r"|[ \t]+(?:has[ \t]value|is[ \t]set[ \t]to|set[ \t]to|with)[ \t]+)"
        r"[ \t]*(?:[A-Z][A-Za-z]+\(|\[|<<)?(?:[\"'`\\]*[^\s\"'`|\\\]<>]{6}|\"[^\n]{4})",
        r"</t[dh]>[ \t]*<td",  # the next cell of an HTML row
        r"\][ \t]*=>[ \t]*[^\s]",  # PHP print_r's `[name] => …`
    ),
)
