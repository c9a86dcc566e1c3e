"""The one home for "does this name hold a secret?" ("is this value worth hiding?": values.py).

Every layer asks here: the settings, the structure-aware scanner of log lines, the Docker and
Kubernetes collectors (environment, ConfigMaps, custom resources). A name is split into words
(`smtpPassword` -> smtp password, `x-api-key` -> x api key, `DB_PASS` -> db pass) and judged
on its words:
- secret when a word is one (password, secret, token, ...) or glues one in (`dbpass`,
  `requirepass`, `bindPW`), or two words make one (`api key`, `access key`, `client secret`);
- not secret when its last word says it points at a secret rather than holding it
  (`MYSQL_PASSWORD_FILE`, `passwordSecret` with a mapping, `secretName`, `tokenFile`,
  `existingSecret`) or describes it (`password_policy`, `token_type`, `tokenizer`);
- `PWD`/`OLDPWD` alone are shells' working directories; `LICENSE` needs a long value (MySQL's
  `license = GPL` is a server variable).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from wbdiag import lazyre
from wbdiag.redact.caseless import Words
from wbdiag.redact.foreign import (
    CJK_KEYS,
    CJK_QUALIFIERS,
    CJK_WORDS,
    CODE_QUALIFIERS,
    CODE_WORDS,
    FOREIGN_HEADS,
    FOREIGN_KEYS,
    FOREIGN_PAIRS,
    FOREIGN_QUALIFIERS,
    GLUED_KEYS,
    PREPOSITIONS,
    fold,
    folded,
)
from wbdiag.redact.namewords import KEY_QUALIFIERS, NOT_HOLDING, SECRET_WORDS

_WORD_SPLIT = lazyre.compile(r"[\W_]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Two words that make one (`x-honeycomb-team`; in other languages: foreign.py).
_SECRET_PAIRS = frozenset(
    {
        # the shared secret a CDN sends its origin to prove the request came through it
        ("origin", "verify"),
        # Honeycomb's API key as an exporter sends it (`x-honeycomb-team`; `-dataset` is a name)
        ("honeycomb", "team"),
        # a Kubernetes Secret's plain-text values, one per key (`stringData:` / `  root: …`)
        ("string", "data"),
        # a SAML assertion as the browser posts it (`SAMLResponse=`): it logs its bearer in
        # until it expires (the `SAMLRequest` asks for one and opens nothing)
        ("saml", "response"),
        # OAuth PKCE's `code_verifier` (RFC 7636): with the authorization code, it buys tokens
        # (the `code_challenge` is its public hash)
        ("code", "verifier"), ("pkce", "verifier"),
        # Z-Stack's trust centre link key seed (a Zigbee coordinator's backup): the link keys of
        # every device joined are derived from it
        ("tclk", "seed"),
        # Asterisk PJSIP's `md5_cred`: the digest's HA1, MD5(user:realm:password), answers any
        # challenge in the password's place (as `ha1` does)
        ("md5", "cred"),
    }
) | frozenset(("".join(map(fold, a)).lower(), "".join(map(fold, b)).lower()) for a, b in FOREIGN_PAIRS)  # fmt: skip

# Two last words that make one (`recovery_codes_remaining` counts them)
_LAST_PAIRS = frozenset(
    {
        # OAuth's device flow (RFC 8628): the client polls the token endpoint with the
        # `device_code` until the user approves (the `user_code` is typed in, and shown)
        ("device", "code"),
        # MFA recovery codes (Auth0's `recovery_codes`): each one logs in instead of the second
        # factor
        ("recovery", "code"), ("recovery", "codes"),
        # an alarm panel's code (Home Assistant's `alarm_code`, a manual alarm's `code`): it
        # disarms the house
        ("alarm", "code"),
    }
)  # fmt: skip

# the other languages' words as words() folds a name (foreign.py)
_FOREIGN_KEYS = folded(FOREIGN_KEYS)
_FOREIGN_QUALIFIERS = folded(FOREIGN_QUALIFIERS)
_CJK_WORDS = tuple(sorted(folded(CJK_WORDS)))
_CJK_QUALIFIERS = folded(CJK_QUALIFIERS)
_CJK_QUALIFIER_ENDS = tuple(sorted(_CJK_QUALIFIERS))
_CODE_WORDS = folded(CODE_WORDS)
_CODE_QUALIFIERS = folded(CODE_QUALIFIERS)
# The last word of a name that holds what a key is derived with (not SaltStack's `salt_master`)
_SALTS = frozenset({"salt", "pepper"})
# Glued forms found inside one word (dbpassword, mysqlpass, requirepass, bindpw).
_GLUED = (
    "password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "secretkey",
    "sessionkey", "accountkey", "credential", "requirepass",
)  # fmt: skip
# a flag glued to the word it is about (Azure Pipelines' `issecret=true`)
_GLUED_FLAG = lazyre.compile(r"(?:is|has|use|no)(?:password|secret|token|credential)s?")
# Services that keep secrets, glued to what they keep (`secretsmanager:GetSecretValue`)
_KEEPERS = ("manager", "store", "cache")  # (MSAL's `msal.token_cache` logger)
_PASS_NOT_SECRET = frozenset({"bypass", "compass", "surpass", "passthrough", "passive"})
# Tools named after what they change or make, not holding it: `chpasswd: updated 1 user`,
# `mungekey: Info: Created "/etc/munge/munge.key" …`
_TOOL_NAMES = frozenset({"chpasswd", "gpasswd", "kpasswd", "smbpasswd", "mungekey"})
# Mail headers that sign a message with a key published in DNS: the signature is public.
_PUBLIC_SIGNERS = frozenset({"dkim", "arc"})
# XML-DSig's elements (SAML assertions, signed metadata): a signed document's signature, digest
# and certificate, checked with the signer's published key
_XMLDSIG_ELEMENTS = frozenset({"signaturevalue", "digestvalue", "x509certificate"})
# Words glued before "auth" that make it the password a server presents to another
# (Valkey's `primaryauth`, Redis' `masterauth`); `oauth`, `preauth` name no secret.
_AUTH_PEERS = frozenset({"primary", "master", "replica", "sentinel", "cluster", "upstream", "peer"})
_REFERENCE_FIRST = frozenset(
    {
        "existing",
        "use",
        "num",
        "no",
        "is",
        "has",
        "allow",
        "require",
        "max",
        "min",
        "total",
        "checksum",
    }
)
# The prefixes C libraries name their functions with (Kerberos', GSS-API's, PAM's): a log line
# opens with the function's name, `krb5_use_machine_creds: uid 0 …`
_C_LIBRARIES = frozenset({"krb5", "gss", "pam"})
_SHELL_DIRS = frozenset({"pwd", "oldpwd"})
# A word before a last `keys` that makes them the keys a server accepts, when an earlier word says
# what keys (Weaviate's `AUTHENTICATION_APIKEY_ALLOWED_KEYS`: its API keys, comma-separated)
_ACCEPTED = frozenset({"allowed", "accepted"})
_KEYS = frozenset({"key", "keys", "apikey", "apikeys"})
# A rate limit's header or setting counts what is left or allowed (`x-ratelimit-remaining-tokens`,
# `anthropic-ratelimit-tokens-remaining`): a number, never a token
_RATE_LIMITS = frozenset({"ratelimit", "ratelimits"})
# the words for a password, before `secret key`: a chart's name for the key of the existing Secret
# that holds it (`passwordSecretKey: mysql-password`; a `jwt_secret_key` is a key itself)
_PASSWORD_WORDS = frozenset({"password", "passwd", "pass", "pwd", "passphrase"})
# the words a name may number among several of one kind (`STA_PASS1`, `secret2`)
_NUMBERED = _PASSWORD_WORDS | {"secret", "token", "psk"}
# A word before the last that says the keys named were revoked: what such a list holds is their
# ids (Elasticsearch's `invalidated_api_keys`, `previously_invalidated_api_keys`)
_REVOKED = frozenset({"invalidated", "revoked", "deleted"})
# A token that marks a place in a listing (`nextPageToken`, `continuation_token`, AWS's
# `NextToken`): a cursor the server hands out with every page, not a credential.
_CURSOR_WORDS = frozenset(
    {"page", "next", "continuation", "pagination", "sync", "resume", "cursor"}
)
# ... or the next one in a stream read in order (CloudWatch Logs' `nextSequenceToken`,
# `nextForwardToken`, `nextBackwardToken`)
_CURSOR_STEPS = frozenset({"sequence", "forward", "backward"})
# A rate or a budget (`tokens_per_minute`, `secrets_per_namespace`): a number per unit.
_PER_UNITS = frozenset(
    {
        "second", "sec", "s", "minute", "min", "m", "hour", "h", "day", "d", "week", "month",
        "request", "requests", "call", "calls", "batch", "user", "namespace", "node", "pod",
    }
)  # fmt: skip
# A word glued to "key" that makes it one (`writekey`, `ingestkey`): the qualifiers of
# KEY_QUALIFIERS and the verbs that name what a vendor's key may do.
_KEY_VERBS = frozenset({"write", "ingest", "ingestion", "publish", "push", "refresh", "insert"})
# A vendor's header `X-<Vendor>-Key` is its API key (`X-RapidAPI-Key`, `X-Insert-Key`), but for
# the headers whose key names or orders a request or an object
_REQUEST_KEYS = frozenset(
    {
        "idempotency", "cache", "sort", "partition", "routing", "request", "dedup",
        "deduplication", "correlation", "trace", "object", "primary", "foreign", "public",
        "row", "hash", "lookup", "group", "message", "event", "shard", "kid",
        "meta",  # an object's own metadata named `key` (S3's `x-amz-meta-key`)
    }
)  # fmt: skip


def words(name: str) -> list[str]:
    if not name.isascii():
        name = "".join(fold(c) for c in name)
    return [w.lower() for w in _WORD_SPLIT.split(name) if w]


def is_cursor_name(name: str) -> bool:
    """A pagination cursor (`nextPageToken`, `continuation_token`): random, and no secret."""
    ws = words(name)
    if len(ws) < 2 or ws[-1] not in ("token", "tokens"):
        return False
    return ws[-2] in _CURSOR_WORDS or (ws[-2] in _CURSOR_STEPS and ws[0] in ("next", "previous"))


_OAUTH2_PROXY_COOKIE = lazyre.compile(r"_oauth2_proxy(?:_\d{1,2})?")


@lru_cache(maxsize=8192)
def is_secret_name(name: str) -> bool:
    """Does a value under this name (env var, setting, JSON/YAML key, flag, header) hold a
    secret?"""
    ws = words(name)
    if not ws:
        return False
    if "." in name and ws[-1] in ("key", "name"):
        # the key or name of a Kubernetes Secret (`global.licenseSecret.key`,
        # `passwordSecret.name`), not the secret itself (`tls.key`, `client.secret.key` are)
        owner = words(name.rsplit(".", 2)[-2])
        if len(owner) >= 2 and owner[-1] in ("secret", "secrets"):
            return False
        if ws[-1] == "key" and is_secret_name(name.rsplit(".", 2)[-2]):
            return True  # a key's own bytes under its name (The Things Stack's `app-key.key`)
    if len(ws) == 1 and ws[0] in _SHELL_DIRS:
        return False
    if name.lower() == "wrongpass":
        return False  # Redis' error code for a refused AUTH (`-WRONGPASS invalid username-…`)
    if ws[0] in _TOOL_NAMES or ws[0] in _PUBLIC_SIGNERS or name.lower() in _XMLDSIG_ELEMENTS:
        return False
    if is_cursor_name(name):
        return False
    if "per" in ws[1:-1] and ws[-1] in _PER_UNITS:
        return False
    if any(w in _REVOKED for w in ws[:-1]) or any(w in _RATE_LIMITS for w in ws):
        return False
    if ws[-1] == "users" and any(w in _KEYS for w in ws[:-1]):
        return False  # the users keys belong to (Weaviate's `AUTHENTICATION_APIKEY_USERS`)
    if ws[-2:-1] == ["idempotency"]:
        return False  # a request's own id, sent again with a retry (Twilio's `I-Twilio-Idempotency-Token`)
    if ws[-2:] == ["lock", "token"]:
        return (
            False  # a received message's lock (Service Bus' `lock_token`), given back to settle it
        )
    if ws[-2:] in (["pull", "secrets"], ["pull", "secret"]):
        return False  # the names of registry Secrets (`Image pull secrets:  regcred`)
    if ws[-2:] == ["secret", "key"] and ws[-3:-2] and ws[-3] in _PASSWORD_WORDS:
        return False  # the key inside a Secret that holds the password (`passwordSecretKey`)
    if tuple(ws[-2:]) in _LAST_PAIRS:
        return True
    if ws == ["a1", "hash"]:
        return True  # FreeSWITCH's `a1-hash`: HTTP Digest's HA1 in the password's place
    if len(ws) > 2 and ws[-1].isdigit() and ws[-2] in NOT_HOLDING and ws[-2] != "key":
        return False  # one of several columns or files, numbered (`password_column_2`)
    if ws in (["stored", "key"], ["server", "key"]):
        # SCRAM's keys (RFC 5802, Prosody's accounts): the stored key checks a client's proof
        # and opens a dictionary attack offline, as a password hash does; the server key signs
        # the server's side of the exchange (a file's path there stays: valuerefs.py)
        return True
    if ws[-3:] == ["initial", "cluster", "token"]:
        return False  # etcd's bootstrap id, kept apart from other clusters' (no credential)
    if len(ws) > 2 and ws[-2] == "from" and ws[-1] in ("secret", "secrets"):
        return False  # the name of the Secret it is read from (Neo4j's `passwordFromSecret`)
    if ws[-3:] == ["replica", "set", "key"]:
        return True  # MongoDB's keyfile contents (Bitnami's `replicaSetKey`): members auth with it
    if ws[-2:] == ["secret", "id"]:
        return True  # Vault AppRole's secret_id is the credential (a role_id is not)
    if ws[-2:] == ["identity", "header"]:
        # Azure's managed identity endpoint (App Service, Container Apps, Service Fabric) takes
        # this secret from the `IDENTITY_HEADER` variable, sent as `X-IDENTITY-HEADER`
        return True
    if ws[-3:] == ["secure", "json", "data"]:
        return True  # Grafana encrypts every field of a data source's `secureJsonData`
    if ws[-3:] == ["sensitive", "props", "key"]:
        return True  # NiFi's `nifi.sensitive.props.key`: encrypts the flow's sensitive values
    if "policy" in ws[1:-1] or "policies" in ws[1:-1]:
        return False  # where a password policy is kept (LDAP's `pwdPolicySubentry`)
    if _is_customer_key(ws):
        return True
    if ws[-1].endswith("metadata"):
        return False  # what describes a key (`list-access-keys --output text`'s ACCESSKEYMETADATA)
    if len(ws) > 1 and ws[-1].endswith(_KEEPERS) and ws[-1] not in SECRET_WORDS:
        return False  # where credentials are kept (Git Credential Manager's `credentialstore`)
    if len(ws) > 2 and ws[0] in _C_LIBRARIES and ws[1] in _REFERENCE_FIRST:
        return False  # a library's function named for what it does (`krb5_use_machine_creds`)
    if ws[-1] in NOT_HOLDING or ws[0] in _REFERENCE_FIRST:
        # "key" is the exception among last words: api_key, tls.key, BUCKET_ACCESS_KEY, and a
        # Secret's key named for the password it holds (cert-manager's PKCS12 `password-key`;
        # a `passwordKey: mysql-password` names a key: valuerefs.is_reference_value)
        if (
            not (
                ws[-1] in ("key", "keys")
                and len(ws) > 1
                and ws[-2] in KEY_QUALIFIERS | _KEY_VERBS | _PASSWORD_WORDS
            )
            and not _accepted_keys(ws)
            and not _vendor_key_header(name, ws)
        ):
            return False
        if ws[0] in _REFERENCE_FIRST:
            return False
    if _OAUTH2_PROXY_COOKIE.fullmatch(name):
        return True  # oauth2-proxy's session cookie (`_oauth2_proxy=…`, split: `_oauth2_proxy_1`)
    if ws[:2] == ["op", "session"]:
        # 1Password CLI's session token, one variable per account (`OP_SESSION_<shorthand>`,
        # what `eval $(op signin)` exports): the account's name after the word, no description
        return True
    if ws[-1] == "session" and len(ws) > 1 and ws[0] not in ("ssl", "tls", "sso"):
        # a session cookie (`wandb_session`, `_gitlab_session`): it logs in (openssl's
        # `SSL-Session:` heads a description; AWS config's `sso_session` names its
        # `[sso-session …]` section)
        return True
    if ws[-1] in _SALTS and len(ws) > 1:
        return True  # `CONSOLE_PBKDF_SALT`, `HASH_SALT`: with the passphrase, the derived key
    for i, w in enumerate(ws):
        if w in SECRET_WORDS:
            return True
        if w in ("key", "keys") and i > 0 and ws[i - 1] in KEY_QUALIFIERS | _KEY_VERBS:
            return True
        if w == "key" and i == len(ws) - 1 and i >= 2 and ws[0] == "x":
            return ws[i - 1] not in _REQUEST_KEYS  # a vendor's API key header
        if w == "pw" or (w.endswith("pw") and len(w) <= 24):
            # the LDAP clients' glued names: bindpw, rootpw, ldappw, nslcd's rootpwmodpw (the
            # password of the DN that changes passwords); no English word ends in "pw"
            return True
        if any(g in w for g in _GLUED) and not (
            w.startswith("tokeniz") or w.endswith(_KEEPERS) or _GLUED_FLAG.fullmatch(w)
        ):
            return True
        if w.endswith("pass") and w not in _PASS_NOT_SECRET:  # dbpass, mysql_pass
            return True
        if w[-1:].isdigit() and w.rstrip("0123456789") in _NUMBERED:
            # one of several, numbered (Tasmota's `STA_PASS1`, `STA_PASS2`); not a protocol's
            # version (`OAuth2`)
            return True
        if is_peer_auth(w):  # primaryauth
            return True
        if w.endswith("pwd") and len(w) > 3:  # dbpwd
            return True
        if w.endswith("key") and (
            w[:-3] in _KEY_VERBS or (len(w) > 5 and w[:-3] in KEY_QUALIFIERS)
        ):
            return True  # writekey (libhoney), ingestkey, masterkey
        if i > 0 and (ws[i - 1], w) in _SECRET_PAIRS:
            return True
        if w in _FOREIGN_KEYS and _qualified(ws, i):
            return True
        if w in _CODE_WORDS and (i == len(ws) - 1 or ws[i + 1] in _CODE_QUALIFIERS):
            return True
        if (len(w) > 8 and w.endswith(FOREIGN_HEADS)) or w.endswith(GLUED_KEYS):
            return True
        if not w.isascii() and any(c in w for c in _CJK_WORDS):
            return True
        if w.endswith(CJK_KEYS) and _cjk_key(ws, i):
            return True
    return False


def _vendor_key_header(name: str, ws: list[str]) -> bool:
    """A vendor's API key header, `X-<Vendor>-Key` (`X-ClickHouse-Key`), not one that names a
    request or an object (`X-Cache-Key`)."""
    return (
        name[:2] in ("x-", "X-")
        and len(ws) >= 3
        and ws[-1] == "key"
        and ws[-2] not in _REQUEST_KEYS
    )


def _accepted_keys(ws: list[str]) -> bool:
    """`…_APIKEY_ALLOWED_KEYS`: the keys a server accepts, named by an earlier word."""
    return (
        ws[-1] == "keys"
        and len(ws) > 2
        and ws[-2] in _ACCEPTED
        and any(w in SECRET_WORDS or w in KEY_QUALIFIERS for w in ws[:-2])
    )


# Server-side encryption with a key the customer sends (S3's SSE-C: `--sse-c-key`,
# `--sse-customer-key`, `x-amz-server-side-encryption-customer-key`): the key encrypts the object
_CUSTOMER_KEY_OWNERS = frozenset({"sse", "encryption"})


def _is_customer_key(ws: list[str]) -> bool:
    return (
        len(ws) >= 3
        and ws[-1] == "key"
        and ws[-2] in ("customer", "c")
        and any(w in _CUSTOMER_KEY_OWNERS for w in ws[:-2])
    )


def _cjk_key(ws: list[str], i: int) -> bool:
    """キー, 키, 鍵 or 键 after its qualifier, glued (アクセスキー, apiキー, the qualifier ending
    a longer word: s3アクセスキー, データ暗号鍵) or the word before it."""
    w = ws[i]
    head = w[: -len(next(k for k in CJK_KEYS if w.endswith(k)))]
    if head:
        return head in KEY_QUALIFIERS or head.endswith(_CJK_QUALIFIER_ENDS)
    return i > 0 and (ws[i - 1] in _CJK_QUALIFIERS or ws[i - 1] in KEY_QUALIFIERS)


def _qualified(ws: list[str], i: int) -> bool:
    """A key word in another language with its qualifier beside it (`klucz api`, `api
    schlussel`, `clave de acceso`)."""
    quals = KEY_QUALIFIERS | _FOREIGN_QUALIFIERS
    after = ws[i + 1 : i + 3]
    if after[:1] and after[0] in PREPOSITIONS:
        after = after[1:]
    return (i > 0 and ws[i - 1] in quals) or (bool(after) and after[0] in quals)


def qualifies_key(word: str) -> bool:
    """A word that makes a following bare `key` a secret (`api`, `access`, `signing`): also as
    the name of the section or parent the key stands under (`[api]` / `key = …`)."""
    return word.lower() in KEY_QUALIFIERS and len(word) > 2


SECTION_QUALIFIERS = tuple(sorted(q for q in KEY_QUALIFIERS if len(q) > 2))


def is_peer_auth(word: str) -> bool:
    """The password a server gives another server (`masterauth`, Valkey's `primaryauth`)."""
    w = word.lower()
    return w.endswith("auth") and w[:-4] in _AUTH_PEERS


# Keys whose values point at a secret held elsewhere: below a secret-named parent they end it
# (`password:` / `  secretKeyRef:` / `    name: wandb-mysql`).
_REFERENCE_KEYS = frozenset({"secretkeyref", "valuefrom", "existingsecret", "secretref"})


def is_reference_name(name: str) -> bool:
    """A name whose value refers to or describes a secret rather than holding one
    (`secretKeyRef`, `existingSecret`, `name`, `key`, `tokenFile`, `passwordPolicy`)."""
    ws = words(name)
    if not ws or name.lower() in _REFERENCE_KEYS:
        return True
    if ws[0] in _REFERENCE_FIRST:
        return True
    return ws[-1] in NOT_HOLDING and not is_secret_name(name)


def min_length(name: str) -> int:
    """Shortest value under `name` worth hiding: a licence is long, a password may be short."""
    ws = words(name)
    return 8 if ws and ws[-1] in ("license", "licence") else 3


def is_secret_setting(name: str) -> bool:
    """A setting or environment variable whose whole value is secret."""
    upper = name.upper()
    return is_secret_name(name) or (
        upper.endswith("_KEY")
        and not ("_" + upper).endswith(  # (`CACHE_KEY` alone too)
            (
                "_KMS_KEY",
                "_PARTITION_KEY",
                "_CACHE_KEY",
                "_PRIMARY_KEY",
                "_SORT_KEY",
                "_ROUTING_KEY",
            )
        )
    )


# Lower-case literals at least one of which appears in any secret name (the prefilter's hints
# for the key=value scanner); names that end in `salt` or `pepper` have a detector of their own
# (detectors/layouts.py), which keeps every pattern built from these hints as short.
NAME_HINTS = (
    "pass", "pw", "secret", "token", "key", "licen", "credential", "creds", "auth", "cookie",
    "sig", "sas", "dockercfg", "dockerconfig", "jwt", "bearer", "otp", "kennwort", "senha",
    "contrasena", "session", "samlresponse", "hmac",
    # the secret pairs of words without another hint (`x-honeycomb-team`, `IDENTITY_HEADER`,
    # `code_verifier`)
    "honeycomb", "identity", "verifier",
    # (`device_code`, `recovery_codes`)
    "device", "recovery",
    "alarm",  # (`alarm_code`)
    # a Wi-Fi or TLS pre-shared key (wpa_supplicant's and NetworkManager's `psk=`, nvram's
    # `wl0_wpa_psk`, Mosquitto's `bridge_psk`)
    "psk",
    "tclk",  # (`tclk_seed`)
    "ha1",  # (HTTP Digest's HA1)
    "md5_cred", "a1-hash", "dbroot",  # (Asterisk's `md5_cred`, FreeSWITCH's `a1-hash`, mailcow's)
)  # fmt: skip
_HINT_WORDS = Words(NAME_HINTS)


def name_hints_in(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each NAME_HINTS word in `line`, in any case, left to right."""
    return _HINT_WORDS.spans(line)


# a regular expression's group of alternatives (`^(data|stringData|password|license)$`, SOPS'
# `encrypted_regex`): the names in it are what it matches, no name and its value
_ALTERNATION = lazyre.compile(r"\((?:\?:)?[^()\s|]{0,64}(?:\|[^()\s|]{0,64}){1,32}\)")


def in_alternation(line: str, pos: int) -> bool:
    """Does `pos` fall inside a group of alternatives of a regular expression?"""
    if "(" not in line or "|" not in line:
        return False
    return any(m.start() < pos < m.end() for m in _ALTERNATION.finditer(line))
