"""Base64 whose decoded text holds a secret: a JSON object with a secret-named key or a random key
under a bare `k` (BASE64_JSON), a Google credentials file by its type, any text that holds a pair
the key=value scanner takes, a URL's password or a SAML assertion's secret attribute
(BASE64_TEXT, also encoded twice). Found by the base64 of the words and of the schemes' ends, so
other base64 is never decoded. (A vendor's token encoded whole: encodedtoken.py.)"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors import keyvalue, urls
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.layouts import saml_attribute_spans
from wbdiag.redact.names import is_secret_name

# base64 of a JSON object (`eyJ…` without the dots of a JWT; `{ "` and `{\n  "` pretty-printed,
# `[{"` a list: a HAR's base64 response body) that holds a secret-named key: a
# .dockerconfigjson, credentials passed through an environment variable or a Secret's data;
# or a random key under a bare `k` or `key` (Grafana's legacy API keys).
BASE64_JSON = regex_detector(
    "base64_json",
    ("eyj", "eyai", "ewog", "w3si"),
    r"(?<![A-Za-z0-9+/_.-])(?P<s>(?:eyJ|eyAi|ewog|W3si)[A-Za-z0-9+/_-]{16,16384}={0,2})"
    r"(?![A-Za-z0-9+/_.=-])",
    accept=lambda v: _json_with_secret(v),
)
_JSON_KEY = lazyre.compile(r'"([^"\\]{1,128})"\s{0,8}:')


def _json_with_secret(value: str) -> bool:
    raw = value.replace("-", "+").replace("_", "/")
    try:
        text = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    # its keys say what it is, even when the object is cut or nested
    if any(is_secret_name(k) for k in _JSON_KEY.findall(text)):
        return True
    # a credentials file by its type, even cut before its secret (a service account key file:
    # `{"type": "service_account", "private_key_id": …` in `GCP_SA_KEY_B64=`)
    if _KEY_FILE_TYPE.search(text):
        return True
    # a key by itself under a bare `k` or `key` (Grafana's legacy API keys: `{"k":"…","n":…}`)
    return any(looks_random(v, 20) for v in _KEY_MEMBER.findall(text))


_KEY_MEMBER = lazyre.compile(r'"(?:k|key)"\s{0,8}:\s{0,8}"([^"\\]{20,512})"')
# Google's credential files that carry a secret: a service account's key (its private key) and a
# user's (`gcloud auth application-default login`: a refresh token and the client's secret)
_KEY_FILE_TYPE = lazyre.compile(r'"type"\s{0,8}:\s{0,8}"(?:service_account|authorized_user)"')


def _fragments(word: bytes) -> list[str]:
    """The base64 characters that `word` alone decides, at each of the three byte alignments."""
    out = []
    for shift in range(3):
        enc = base64.b64encode(b"\0" * shift + word + b"\0" * 3).decode()
        lo, hi = 8 * shift, 8 * (shift + len(word))
        out.append("".join(c for i, c in enumerate(enc) if 6 * i >= lo and 6 * i + 6 <= hi))
    return out


# base64 of any text that holds a secret-named key (an INI credentials file in a Secret's data,
# YAML inside JSON inside base64, a dotenv file) or a URL with a password (a Secret's `MYSQL`
# DSN): it goes when the decoded text's lines hold a pair the key=value scanner takes or a URL's
# password. Found by the base64 of the words (`assword`: Password too; and upper case, for env
# files) and of the schemes' ends.
_B64_WORDS = tuple(
    f
    for w in (
        b"assword", b"ASSWORD", b"ecret", b"ECRET", b"passwd", b"token", b"TOKEN", b"_PASS=",
        # an env file's key (`WANDB_API_KEY=`, `AWS_ACCESS_KEY=`) and a URL's scheme before its
        # userinfo (`mysql://`, `postgresql://`, `redis://`, `mongodb://`, `amqp://`, `https://`)
        b"_KEY=", b"ql://", b"is://", b"ss://", b"db://", b"rv://", b"qp://", b"ps://",
    )
    for f in _fragments(w)
)  # fmt: skip
# (encoded twice, a Secret's `data` holding an already encoded file: the fragments of the
# words' fragments; one of six characters or fewer would be found in too many tokens)
# (sorted: one order in every process, so each compiles the same prefilter database, whose
# recorded self-check holds for it: wbdiag/hsstamp.py)
_B64_TWICE = tuple(
    sorted({f2 for f in _B64_WORDS if len(f) >= 8 for f2 in _fragments(f.encode()) if len(f2) >= 7})
)
_B64_WORDS += _B64_TWICE
_B64_TEXT = lazyre.compile(
    r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,16384}={0,2}(?![A-Za-z0-9+/_=-])"
)
_MAX_DECODED_LINES = 256


def _base64_text_spans(line: str) -> Iterator[Span]:
    for m in _B64_TEXT.finditer(line):
        token = m.group()
        if not any(f in token for f in _B64_WORDS):
            continue
        text = _decoded(token)
        if text is not None and _B64_TEXT.fullmatch(text.strip()):
            text = _decoded(text.strip())  # (encoded twice)
        if text is None:
            continue
        # (a JSON string keeps its lines as `\n`)
        lines = text.replace("\\n", "\n").splitlines()[:_MAX_DECODED_LINES]
        if any(keyvalue.scan(decoded)[0] or _userinfo(decoded) for decoded in lines) or any(
            next(saml_attribute_spans(decoded), None) for decoded in lines
        ):  # (a SAMLResponse's assertion: its attributes)
            yield m.start(), m.end(), "base64_text"


def _decoded(token: str) -> str | None:
    raw = token.replace("-", "+").replace("_", "/").rstrip("=")
    try:
        return base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def _userinfo(text: str) -> bool:
    """A URL with a password in its userinfo (`mysql://wandb:…@db/wandb`), or a password alone
    after `://:` (`redis://:…`, no user, its host cut off: an empty host's port is digits)."""
    if "://" not in text:
        return False
    if "@" in text and any(True for _ in urls.URL_PASSWORD.find(text)):
        return True
    bare = _BARE_PASSWORD.fullmatch(text.strip())
    return bare is not None and looks_random(bare.group("p"))


_BARE_PASSWORD = lazyre.compile(r"[a-z][a-z0-9+.-]{1,16}://:(?P<p>[^\s/@:]{8,512})")


# The pure-Python prefilter's literals: each fragment from its first letter that other hints
# start with too (a new first character would send `re` into the hint tree at many more
# positions of every block); a part of a fragment is found wherever the fragment is.
_COMMON_FIRST = "abcdeghijklmnopqrstuvxy"


def hint_literal(fragment: str) -> str:
    low = fragment.lower()
    cut = next((i for i, c in enumerate(low) if c in _COMMON_FIRST), 0)
    return low[cut:] if len(low) - cut >= 4 else low


BASE64_TEXT = Detector(
    "base64_text",
    tuple(sorted({hint_literal(f) for f in _B64_WORDS})),
    _base64_text_spans,
    tuple(re.escape(f) for f in _B64_WORDS),
)
