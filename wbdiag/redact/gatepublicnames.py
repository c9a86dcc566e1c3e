"""Secret words inside the name of something public, for the leak gate's context check
(gatecontext.py's `context_ends` and `arms`): a public key (`minisign public key …`), XML-DSig's
`SignatureValue`, keys an API reports revoked, a key-value store's key name (`session:<id>`), a
cache's key named in prose, an authentication's realm or domain, gsutil's `-p` (a project), a
URL's userinfo a tool printed as a word in angle brackets (mongosh's `mongodb://<credentials>@…`)."""

from __future__ import annotations

import re

from wbdiag import lazyre

_PUBLIC_KEY_BEFORE = lazyre.compile(r"pub(?:lic)?[ _-]?\Z", re.IGNORECASE)
_XML_ELEMENT_BEFORE = lazyre.compile(r"</?(?:[A-Za-z][\w.-]{0,15}:)?\Z")
_REVOKED_BEFORE = lazyre.compile(r"(?:invalidated|revoked)[ _-]?\Z", re.IGNORECASE)
# a key-value store's key name: the namespace glued to an id in the shapes stores use (hex, a
# UUID, a number: `session:0f92fb839bffe697`); a mixed-case value glued so is still judged
# a cache's key named in prose (`Cache restored from key: Linux-pip-…`, `cache hit for key …`):
# a lookup key, often a digest of what it caches; a setting's name (`CACHE_KEY=`) is still judged
_CACHE_KEY_BEFORE = lazyre.compile(r"(?i)(?<![A-Za-z0-9_])cache(?: [a-z]{1,12}){0,3} \Z")
_SESSION_KEY = lazyre.compile(
    r"(?i:session):(?:[0-9a-f-]{1,64}|[0-9A-F-]{1,64})(?![0-9A-Za-z_+/=.~])"
)
# an authentication's realm or domain (`auth_domain`, `authRealm`): a name an HTTP challenge
# sends in the clear (a Shelly device's `"auth_domain":"<its device id>"`)
_AUTH_REALM = lazyre.compile(r"(?i)auth[_-]?(?:domain|realm)(?![a-z])")
# gsutil's `-p` is a project's id (`gsutil hmac list -p PROJECT`, `mb -p`), or a bare flag
# (`cp -p`: keep ACLs); gsutil takes no password on its command line
_GSUTIL_BEFORE = lazyre.compile(r"(?<![\w-])gsutil(?:[ \t]{1,4}[^\s|;&]{1,64}){0,8}[ \t\"']\Z")
# a URL's userinfo printed as the word for it in angle brackets (mongosh's banner,
# `Connecting to: mongodb://<credentials>@…`; a docs' `://<user>:<password>@`): hidden already
_USERINFO_WORD_BEFORE = lazyre.compile(r"(?://|>:)<\Z")
_USERINFO_WORD = lazyre.compile(r"[A-Za-z_-]{1,32}>@")


def names_no_secret(text: str, start: int, word: str) -> bool:
    """The secret word at `start` is part of a name of something public: a public key
    (`minisign public key …`, `PublicKey:`), XML-DSig's signature of a signed document
    (`<ds:SignatureValue>`), keys an API answers it revoked by their ids
    (`"invalidated_api_keys":[…]`), a key-value store's key name (`session:0f92…`), or a
    cache's key named in prose (`Cache restored from key: …`), an authentication's realm
    (`auth_domain`), or gsutil's `-p` (a project)."""
    if word.startswith("key") and _PUBLIC_KEY_BEFORE.search(text, max(0, start - 7), start):
        return True
    if (
        word == "signature"
        and text.startswith("SignatureValue", start)
        and _XML_ELEMENT_BEFORE.search(text, max(0, start - 18), start) is not None
    ):
        return True
    if word == "session" and _SESSION_KEY.match(text, start) is not None:
        return True
    if word.startswith("auth") and _AUTH_REALM.match(text, start) is not None:
        return True
    if word.startswith("key") and _CACHE_KEY_BEFORE.search(text, max(0, start - 48), start):
        return True
    if word.endswith("-p") and _GSUTIL_BEFORE.search(text, max(0, start - 600), start):
        return True
    if (
        start >= 3
        and text[start - 1] == "<"
        and _USERINFO_WORD.match(text, start) is not None
        and _USERINFO_WORD_BEFORE.search(text, start - 3, start) is not None
    ):
        return True
    return (
        start > 0
        and text[start - 1] in "_- dD"
        and _REVOKED_BEFORE.search(text, max(0, start - 12), start) is not None
    )
