"""What names a secret without holding it, for the leak gate: a name that ends in a property of
the secret (`KEY_TYPE`, `TOKEN_FILE`, `password_changed_date`), an endpoint whose path ends in a
secret word (`IDENTITY_ENDPOINT=http://…/msi/token`), a regular expression that matches secret
words (Spark's `spark.redaction.regex`), a CLI's hint on how to show a field it conceals
(1Password's `[use 'op item get … --reveal' to reveal]`: an item's id, not its value), a
cookie's name (ASP.NET Core's `.AspNetCore.Antiforgery.<app hash>=`) and a JSON object's key
(FastAPI's OpenAPI `"securitySchemes":{"APIKeyHeader":{…}}`)."""

from __future__ import annotations

from wbdiag import lazyre

# a name that ends so names a reference or a property of the secret, not the secret
# (`password_file`, `LastPasswordChangeDateTime`, `token_expiry`, a table's `KEY_TYPE` column;
# an authentication's realm or domain, which an HTTP challenge sends in the clear: a Shelly
# device's `"auth_domain":"<its device id>"`)
PROPERTY_SUFFIX = lazyre.compile(
    r"(?i).*(?:name|ref|file|path|type|policy|id|url|uri|dir|method|date|time|expiry|expires"
    r"|domain|realm)\Z"
)
_NAME_REST = lazyre.compile(r"[A-Za-z0-9_.-]{0,24}")
# a regular expression that names secret words to match them (Spark's `spark.redaction.regex
# (?i)secret|password|token|access[.]key`, `(?i)url.*password=[^&]*`): an inline flag before the
# word or a negated class after it; the line's value is the pattern
_PATTERN_FLAGS = lazyre.compile(r"\(\?[aiLmsux]{1,6}\)")
_PATTERN_CLASS = lazyre.compile(r"\[\^[^\]\n]{1,16}\][*+?]?[ \t\r]*\Z")
_REVEAL_HINT = lazyre.compile(
    r"\[use [`'\"][^`'\"\n]{1,160}[`'\"] to (?:reveal|show|view|display)[^\]\n]{0,24}\]"
)


def announces_none(text: str, start: int, end: int) -> bool:
    """The secret word at `start:end`, last on its line, announces no value on the next: its name
    goes on to a property (`KEY_TYPE`), it is the last segment of a URL's path, or a pattern
    that matches it."""
    m = _NAME_REST.match(text, end)
    rest = m.group(0) if m is not None else ""
    if rest and PROPERTY_SUFFIX.match(rest) is not None:
        return True
    if _PATTERN_FLAGS.search(text, 0, start) or _PATTERN_CLASS.search(text, end):
        return True
    return start > 0 and text[start - 1] == "/" and "://" in text[:start]


def reveal_hint(text: str, start: int) -> bool:
    """The token at `start` stands in a CLI's hint on how to reveal a concealed field."""
    return "[use " in text and any(m.start() < start < m.end() for m in _REVEAL_HINT.finditer(text))


# a cookie's name, first in its pair on a cookie header (`Set-Cookie: .AspNetCore.Antiforgery.
# Md-FXQucLwY=; …`, `Cookie: a=1; .AspNetCore.Session=…`): the framework names it, a hash of the
# application's path in ASP.NET Core's antiforgery cookie; its value is what follows the `=`
_COOKIE_LINE = lazyre.compile(r"(?i)(?:^|[\s\"'])(?:set-)?cookie[\"']?:")
_PAIR_START = lazyre.compile(r"(?i)(?:(?:set-)?cookie[\"']?:|;)[ \t]{0,4}\Z")
# a key that opens an object (`"APIKeyHeader":{`): a name the document gives its entry
_OPENS_OBJECT = lazyre.compile(r"[\"'][ \t]{0,2}:[ \t]{0,2}\{")


def cookie_name(text: str, start: int, token: str) -> bool:
    """The token at `start` is a cookie's name with its `=`, first in its pair on a cookie
    header."""
    return (
        token.endswith("=")
        and not token.endswith("==")
        and _PAIR_START.search(text, max(0, start - 24), start) is not None
        and _COOKIE_LINE.search(text, 0, start) is not None
    )


def object_key(text: str, start: int, token: str) -> bool:
    """The token at `start` is a quoted key whose value is an object (`"APIKeyHeader":{`)."""
    return (
        start > 0
        and text[start - 1] in "\"'"
        and _OPENS_OBJECT.match(text, start + len(token)) is not None
    )


# a quoted cache key of colon-joined segments, up to the secret word's segment (Redis'
# `"wandb:password_reset:<uuid>"`, `"session:token:<id>"`)
_KEY_PATH = lazyre.compile(r"[\"'][\w.-]{1,64}(?::[\w.-]{1,64}){0,8}:\Z")


def cache_key_id(text: str, name_start: int, value_end: int) -> bool:
    """The value a secret word's segment of a quoted cache key names is the key's last
    segment, an id (the quote closes right after it), not a secret."""
    return (
        text[value_end : value_end + 1] in ('"', "'")
        and _KEY_PATH.search(text, max(0, name_start - 256), name_start) is not None
    )
