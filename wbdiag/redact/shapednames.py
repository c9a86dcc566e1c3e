"""Names that hold a secret only when their value has one vendor's shape (PagerDuty's
`routing_key`, OAuth's `code`): the name alone says too little (names.py judges names alone)."""

from __future__ import annotations

from wbdiag import lazyre


def mixed(text: str) -> bool:
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


# Names that hold a secret only in one vendor's shape: PagerDuty's Events API `routing_key` is
# its integration key (32 hex), AMQP's `routing_key` a dotted topic; OAuth's `code` (a HAR's
# query array, `{"name": "code", "value": …}`) is a long random token, an error's or a country's
# code a short word or number. A `session` (an MDC's key in a log4j2 `contextMap`, a structured
# log's field) is the session's bearer token when it reads like one, mixed case and digits; a
# session's number, name or UUID is not. A service-account key's `private_key_id` (Google's, 40
# hex) names the private key beside it: replaced as an access key id is, a database's `key_id` is
# not. Azure's `primaryKey` / `secondaryKey` (`az servicebus … keys list`, `az eventhubs …`,
# Terraform state's `primary_key`) are a shared access key, base64 of 32 or 64 random bytes; a
# table's primary key is a column's name or a number. Airbrake's `project_key` is 32 hex (a Jira
# project's key is a short word in capitals); Scout APM's `SCOUT_KEY`, its organisation key, 20
# characters mixed. WebHDFS's and HttpFS' `delegation` query parameter is a Hadoop delegation
# token (URL-safe base64 of its identifier, password and service), another word's a setting.
# `tok`, token's short form (a session object's `"tok"` beside its `sub` and `exp`, as CBOR's
# diagnostic notation prints it), is a token in a session token's shape; a debugger's `tok=0x…`
# (a pointer) or a lexer's `tok=IDENT` is not.
_SESSION = lazyre.compile(r"[A-Za-z0-9._~+/-]{24,512}={0,2}")
_AZURE_KEY = lazyre.compile(r"[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==")
_SHAPED = {
    "routingkey": lazyre.compile(r"[0-9a-f]{32}"),
    "privatekeyid": lazyre.compile(r"[0-9a-f]{40}"),
    "code": lazyre.compile(r"[A-Za-z0-9._~-]{20,512}"),
    "session": _SESSION,
    "tok": _SESSION,
    "primarykey": _AZURE_KEY,
    "secondarykey": _AZURE_KEY,
    "projectkey": lazyre.compile(r"[0-9a-f]{32}"),
    "scoutkey": lazyre.compile(r"[A-Za-z0-9]{20}"),
    "delegation": lazyre.compile(r"[A-Za-z0-9_-]{40,2048}"),
}
_SHAPED_MIXED = {
    "code",
    "session",
    "tok",
    "primarykey",
    "secondarykey",
    "scoutkey",
    "delegation",
}  # ... and holding upper and lower case and digits


def is_shaped_secret(name: str, value: str) -> bool:
    """A value that is a secret by its name and shape together (`routing_key: <32 hex>`)."""
    folded = name.lower().replace("_", "").replace("-", "")
    shape = _SHAPED.get(folded)
    if shape is None or shape.fullmatch(value) is None:
        return False
    return folded not in _SHAPED_MIXED or (mixed(value) and value.lower() != value != value.upper())


def is_shaped_name(name: str) -> bool:
    return name.lower().replace("_", "").replace("-", "") in _SHAPED
