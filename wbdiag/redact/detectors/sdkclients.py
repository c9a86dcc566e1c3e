"""An SDK's client made with its key as a positional argument, where no name says "key": the
argument at the place the SDK's documentation gives it.
- error trackers: pyrollbar's `rollbar.init('TOKEN', …)`, raygun4py's `RaygunSender("KEY")`;
- MessageBird's Python client, `messagebird.Client('ACCESS_KEY')`;
- Algolia's clients, the application id first and the key second: `algoliasearch('APPID',
  'KEY')` (JavaScript), `SearchClient.create('APPID', 'KEY')` (Python, Ruby's
  `Algolia::Search::Client.create`); a front-end search client (`searchClient = algoliasearch(…)`,
  as InstantSearch and Autocomplete name it, or `algoliasearch/lite`'s `liteClient`) is given
  the search-only key, public as a publishable key is, and stays;
- Postmark's server client, `new postmark.ServerClient("TOKEN")`.
Keys whose prefix alone says "secret" go wherever they stand (vendorkeys.py, tokens.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_mask, is_trivial_value

KIND = "api_token"
_LITERAL = r"(?:'(?P<sq>[^'\n]{8,256})'|\"(?P<dq>[^\"\n]{8,256})\")"
_OTHER = r"(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"|[\w.]{1,64})[ \t]{0,4},[ \t]{0,4}"
_FIRST = lazyre.compile(
    r"(?:\brollbar\.init|\bRaygunSender|\bmessagebird\.Client|\bpostmark\.ServerClient)"
    r"\([ \t]{0,4}" + _LITERAL
)
_SECOND = lazyre.compile(
    r"\b(?:algoliasearch|Search(?:::)?Client\.create)\([ \t]{0,4}" + _OTHER + _LITERAL
)
# the name a front-end search client is assigned to, just before the call
_SEARCH_ONLY = lazyre.compile(r"\b(?:searchClient|search_client|liteClient)[ \t]{0,4}=[ \t]{0,4}\Z")
_HINTS = (
    "rollbar.init(",
    "raygunsender(",
    "messagebird.client(",
    "postmark.serverclient(",
    "algoliasearch(",
    "client.create(",
)


def _generated(value: str) -> bool:
    return (
        not is_trivial_value(value)
        and not is_mask(value)
        and value[:1] not in "/$"
        and (looks_random(value) or secretish("password", value))
    )


def _spans(line: str) -> Iterator[Span]:
    for m in _FIRST.finditer(line):
        yield from _judged(m)
    for m in _SECOND.finditer(line):
        if not _SEARCH_ONLY.search(line, max(0, m.start() - 32), m.start()):
            yield from _judged(m)


def _judged(m: re.Match[str]) -> Iterator[Span]:
    group = "sq" if m.group("sq") is not None else "dq"
    if _generated(m.group(group)):
        yield m.start(group), m.end(group), KIND


SDK_CLIENTS = Detector(
    KIND,
    _HINTS,
    _spans,
    (
        r"(?:rollbar\.init|raygunsender|messagebird\.client|postmark\.serverclient)\([ \t]*[\"']",
        r"(?:algoliasearch|search(?:::)?client\.create)\([^,\n]{1,256},[ \t]*[\"']",
    ),
)
