"""A vendor's token base64-encoded whole, as a value a manifest carries encoded (a ConfigMap's
`binaryData: openai.key: c2stS…`, a Secret's `data` under any key name): it goes when the
decoded text is one token the vendors' token detectors take whole. Found by the base64 of the
vendors' prefixes at a value's start (`c2st` is `sk-`), so other base64 is never decoded.

Elasticsearch's API key as its create API answers it: `encoded`, the base64 of `id:api_key`
that an `Authorization: ApiKey …` header carries, beside the `api_key` it holds; it goes when
it decodes to an id, a colon and a generated key (an `encoded` flag or a word stays)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.tokens import GITHUB_TOKEN, OTHER_TOKENS, SLACK_TOKEN

KIND = "base64_token"
# the prefixes of tokens.GITHUB_TOKEN, OTHER_TOKENS and SLACK_TOKEN
_PREFIXES = (
    b"ghp_", b"gho_", b"ghu_", b"ghs_", b"ghr_", b"github_pat_", b"glpat-", b"gldt-", b"glrt-",
    b"npm_", b"hf_", b"sk-", b"dckr_pat_", b"hvs.", b"sntrys_", b"ya29.", b"xoxb-", b"xoxp-",
    b"xoxa-", b"xoxo-", b"xoxr-", b"xoxs-", b"xoxe-", b"xapp-",
)  # fmt: skip


def _head(prefix: bytes) -> str:
    """The base64 characters a prefix alone decides at the start of a value."""
    return base64.b64encode(prefix).decode()[: len(prefix) * 8 // 6]


# (longest first; then in one order in every process: wbdiag/hsstamp.py)
_HEADS = tuple(sorted({_head(p) for p in _PREFIXES}, key=lambda h: (-len(h), h)))
_ENCODED = lazyre.compile(
    r"(?<![A-Za-z0-9+/_-])(?:" + "|".join(re.escape(h) for h in _HEADS) + r")"
    r"[A-Za-z0-9+/]{16,1024}={0,2}(?![A-Za-z0-9+/=_-])"
)
_FINDERS = (GITHUB_TOKEN, OTHER_TOKENS, SLACK_TOKEN)


def _token(value: str) -> bool:
    try:
        text = base64.b64decode(value, validate=True).decode("ascii").strip()
    except (binascii.Error, ValueError):
        return False
    return any((0, len(text)) == span[:2] for f in _FINDERS for span in f.find(text))


def _spans(line: str) -> Iterator[Span]:
    for m in _ENCODED.finditer(line):
        if _token(m.group()):
            yield m.start(), m.end(), KIND


ENCODED_TOKEN = Detector(
    KIND,
    tuple(sorted({h.lower() for h in _HEADS})),
    _spans,
    tuple(re.escape(h) for h in _HEADS),
)


_ES_ENCODED = lazyre.compile(
    r"(?<![\w-])[\"']?encoded[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?(?P<s>[A-Za-z0-9+/]{24,256}={0,2})"
    r"(?![A-Za-z0-9+/=])"
)
_ID_AND_KEY = lazyre.compile(r"[A-Za-z0-9_-]{8,64}:(?P<k>[A-Za-z0-9_-]{16,128})")


def _generated_key(key: str) -> bool:
    """Letters and digits mixed, or (an API key of 22 URL-safe characters may hold no digit)
    both cases over 20 characters or more."""
    mixed_case = any(c.isupper() for c in key) and any(c.islower() for c in key)
    return looks_random(key) or (mixed_case and len(key) >= _MIN_KEY)


_MIN_KEY = 20


def _es_spans(line: str) -> Iterator[Span]:
    for m in _ES_ENCODED.finditer(line):
        try:
            text = base64.b64decode(m.group("s"), validate=True).decode("ascii")
        except (binascii.Error, ValueError):
            continue
        pair = _ID_AND_KEY.fullmatch(text)
        if pair is not None and _generated_key(pair.group("k")):
            yield m.start("s"), m.end("s"), "api_token"


ES_ENCODED_KEY = Detector(
    "api_token",
    ("encoded",),
    _es_spans,
    (r"encoded[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']?[a-z0-9+/]{24}",),
)
