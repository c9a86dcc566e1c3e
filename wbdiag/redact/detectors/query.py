"""Query parameters and form fields whose name says secret, wherever the query stands: a full
URL, an access log's request path without scheme or host (`"PUT /bucket/key?X-Amz-Signature=…`),
a form body (`grant_type=…&client_secret=…`), and a query percent-encoded once or twice inside
another parameter (`?next=https%3A%2F%2F…%3Fapi_key%3D…%26fmt%3Dcsv`, `%253D`). Names are judged by names.py (signature, sig,
token, access_token, apiKey, client_secret, X-Amz-Security-Token, X-Goog-Signature, auth, …).

Also `user:password@host` outside a URL (a proxy setting, a log message): the password goes
when the host after the `@` is a dotted name or an IP address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.shapednames import is_shaped_secret
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "query_secret"
_PARAM = lazyre.compile(
    r"[?&;](?P<k>[A-Za-z][A-Za-z0-9_.\-]{0,64})=(?P<v>[^&\s\"'<>#`|\\]{1,4096})"
)
_MIN = 6
# `%3F`/`%26` (`?`/`&`) then NAME `%3D` (`=`), percent-encoded once or twice; the value ends at the
# next encoded `&`
_ENCODED_NAME = lazyre.compile(
    r"%(?:25)?(?:3[Ff]|26)(?P<k>[A-Za-z][A-Za-z0-9_.\-]{0,64})%(?:25)?3[Dd]"
)
_ENCODED_VALUE = lazyre.compile(r"(?:(?!%(?:25)?(?:26|3[Ff]))[^&\s\"'<>#`|\\]){1,4096}")
_ENCODED_AMP = lazyre.compile(r"%(?:25)?26")

_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"


def _query_spans(line: str) -> Iterator[Span]:
    for m in _PARAM.finditer(line):
        key, value = m.group("k"), m.group("v").rstrip(".,;)]}")
        if not is_secret_name(key) and not is_shaped_secret(key, value):
            continue
        if len(value) < _MIN or is_trivial_value(value) or is_reference_value(key, value):
            continue
        if value != m.group("v") and is_trivial_value(m.group("v")):
            continue  # a template its closing brace ends (`Password=${DbPassword}`)
        yield m.start("v"), m.start("v") + len(value), KIND
    if "%" not in line:
        return
    # (every encoded name is read, those inside another parameter's value too: a redirect's
    # `?u=…%3Fcontinue%3D…%253Ftoken%253D…`; a value ends at the next encoded `&` or `?`, so no
    # character is read twice)
    for enc in _ENCODED_NAME.finditer(line):
        value_at = _ENCODED_VALUE.match(line, enc.end()) if is_secret_name(enc.group("k")) else None
        value = value_at.group() if value_at else ""
        if len(value) < _MIN or is_trivial_value(value):
            continue
        yield enc.end(), enc.end() + len(value), KIND


# An OAuth / OIDC authorization code on its way back to the client (`/oidc/callback?code=…
# &state=…`): a short-lived credential that buys tokens; the same for the code of an invitation,
# a sign-up or a password reset link (`/invite?code=…`). `code` alone names anything
# (`?code=404`, a promo code), so the query or the path must say which, and the value must read
# generated. Also percent-encoded once or twice inside another parameter (a login's
# `?next=%2Fcallback%3Fcode%3D…`, a mail gateway's `?url=https%3A%2F%2F…%3Fcode%3D…`).
# A form body posts it too, its first field without a `?` (`response_mode=form_post`; http.client's
# debug `send: b'code=…&state=…'`): the `code=` that starts a word or a quoted string.
_AUTH_CODE = lazyre.compile(
    r"(?:[?&]code=|(?<![^\s'\"])code=|%(?:25)?(?:3[Ff]|26)code%(?:25)?3[Dd])"
    r"(?P<v>[A-Za-z0-9._~%/+-]{16,2048})"
)
_OAUTH_QUERY = lazyre.compile(
    r"(?i)[?&](?:session_)?state=|callback|oauth|oidc|openid|/sso\b|/authorize"
    r"|invit|/join\b|signup|sign-up|/register|/activate|/verify|reset-password|/reset\b"
)


_SPACE = lazyre.compile(r"\s")


def _auth_code_spans(line: str) -> Iterator[Span]:
    token_end = -1
    oauth = False
    for m in _AUTH_CODE.finditer(line):
        value = m.group("v")
        if m.group().startswith("%"):
            amp = _ENCODED_AMP.search(value)
            value = value[: amp.start()] if amp else value
        elif value.endswith("__") and line.startswith(";", m.end("v")):
            value = value[:-2]  # (Proofpoint's URL Defense ends the link it wraps with `__;`)
        if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
            continue
        if m.start() >= token_end:  # judge each space-delimited token once (linear)
            start = max(line.rfind(" ", 0, m.start()), line.rfind("\t", 0, m.start())) + 1
            space = _SPACE.search(line, m.end())
            token_end = space.start() if space else len(line)
            oauth = _OAUTH_QUERY.search(line, start, token_end) is not None
        if oauth and len(value) >= 16:
            yield m.start("v"), m.start("v") + len(value), KIND


# The same code as a form's field on a line of its own (Bruno's `body:form-urlencoded { … }`:
# `  code: …`): `code` alone names anything, so the value must have an authorization code's
# shape (shapednames.py: long, mixed case and digits).
_FORM_CODE = lazyre.compile(
    r"[ \t]{0,16}code[ \t]{0,4}:[ \t]{0,4}(?P<v>[A-Za-z0-9._~-]{20,512})[ \t]*"
)


def _form_code_spans(line: str) -> Iterator[Span]:
    m = _FORM_CODE.fullmatch(line)
    if m is not None and is_shaped_secret("code", m.group("v")):
        yield m.start("v"), m.end("v"), KIND


# The same callback's query as a framework logs it parsed: Rails' `Parameters: {"code"=>"…",
# "state"=>"…"}`, a JSON or Python dict of them. `code` beside `state` in one mapping is an
# authorization response; the value must have a code's shape (a provider's `4/` prefix aside).
_CODE_PAIR = lazyre.compile(
    r"[\"']code[\"'][ \t]{0,4}(?:=>|:)[ \t]{0,4}[\"'](?P<v>[A-Za-z0-9._~%/+-]{16,2048})[\"']"
)
_STATE_KEY = lazyre.compile(r"[\"']state[\"'][ \t]{0,4}(?:=>|:)")


def _code_pair_spans(line: str) -> Iterator[Span]:
    if _STATE_KEY.search(line) is None:
        return
    for m in _CODE_PAIR.finditer(line):
        if is_shaped_secret("code", m.group("v").rsplit("/", 1)[-1]):
            yield m.start("v"), m.end("v"), KIND


# A query string kept in a field of its own, without its `?`: ASGI's scope in uvicorn's trace
# (`'query_string': b'code=…&state=…'`), CGI's `QUERY_STRING=…`, a JSON log's `"querystring"`.
# Its first parameter is read as if a `?` stood before it.
_QUERY_FIELD = lazyre.compile(
    r"(?i)query_?string[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?:b?(?P<q>[\"']))?(?=[A-Za-z][\w.-]{0,64}=)"
)


def _query_field_spans(line: str) -> Iterator[Span]:
    for m in _QUERY_FIELD.finditer(line):
        at = m.end() - 1  # (the quote or the separator before the first parameter)
        view = line[:at] + "?" + line[at + 1 :]
        yield from _query_spans(view)
        yield from _auth_code_spans(view)


_USERINFO = lazyre.compile(
    r"(?<![A-Za-z0-9_./:@%+-])(?P<u>[A-Za-z0-9_.+-]{1,64}):(?P<p>[^\s@:/\"'<>]{3,128})@"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])"
)
_NOT_USERS = frozenset(
    {
        "mailto", "sip", "sips", "xmpp", "tel", "git", "ssh",
        # a field's label before a mail address (Go's `Session{email:a.ng@example.com …}`)
        "email", "mail", "e-mail", "upn", "user", "username", "login", "from", "to", "cc",
        "sender", "recipient", "owner", "author", "contact",
        # an IAM policy's member by its kind (Google Cloud's `serviceAccount:sa@….iam…`)
        "serviceaccount", "group",
    }
)  # fmt: skip
_WORD = lazyre.compile(r"[A-Za-z]+")
_KIND_NUMBER = lazyre.compile(r"\d{1,2}")


def _userinfo_spans(line: str) -> Iterator[Span]:
    for m in _USERINFO.finditer(line):
        password = m.group("p")
        if m.group("u").lower() in _NOT_USERS or _WORD.fullmatch(password):
            continue  # `mailto:bob@example.com`; a word is a user name, not a password
        if _KIND_NUMBER.fullmatch(m.group("u")):
            continue  # a typed id: Teams' and Skype's chat ids (`19:…@thread.v2`, `8:orgid:…`)
        if is_trivial_value(password) or is_trivial_value(line[m.start("p") : m.end()]):
            continue  # (with its "host", a StatsD sample: `latency:338|ms|@0.2`)
        yield m.start("p"), m.end("p"), "url_password"


QUERY_SECRET = Detector(
    KIND,
    (*NAME_HINTS, "delegation="),
    _query_spans,
    (
        r"[?&;][A-Za-z0-9_.\-]*" + _H + r"[A-Za-z0-9_.\-]*=[^&\s\"'<>#]{6}",
        r"[?&;]delegation=[A-Za-z0-9_-]{40}",
        r"(?:key|token|secret|pass|password|auth|sig|signature)%(?:25)?3d",
    ),
)
OAUTH_CODE = Detector(
    KIND,
    ("code=", "code%"),
    _auth_code_spans,
    (
        r"(?:[?&]|^|[\s'\"])code=[A-Za-z0-9._~%/+-]{16}",
        r"%(?:25)?(?:3f|26)code%(?:25)?3d[A-Za-z0-9._~%/+-]{16}",
    ),
)
FORM_CODE = Detector(
    KIND, ("code",), _form_code_spans, (r"^[ \t]*code[ \t]*:[ \t]*[A-Za-z0-9._~-]{20}",)
)
CODE_PAIR = Detector(
    KIND,
    ('"code"', "'code'"),
    _code_pair_spans,
    (r"[\"']code[\"'][ \t]*(?:=>|:)[ \t]*[\"'][A-Za-z0-9._~%/+-]{16}",),
)
QUERY_FIELD = Detector(
    KIND,
    ("query_string", "querystring"),
    _query_field_spans,
    (r"query_?string[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?:b?[\"'])?[a-z][\w.-]{0,64}=",),
)
BARE_USERINFO = Detector(
    "url_password",
    ("@",),
    _userinfo_spans,  # the literal `@` is the cheapest Hyperscan hint: a longer pattern costs more
)
