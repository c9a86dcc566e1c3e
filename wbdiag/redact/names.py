"""The one home for "does this name hold a secret?" and "is this value worth hiding?".

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

import html
import re
from collections.abc import Iterator
from functools import lru_cache

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
    FOREIGN_WORDS,
    GLUED_KEYS,
    PREPOSITIONS,
    fold,
    folded,
)
from wbdiag.redact.sealed import ciphertext
from wbdiag.redact.shapednames import mixed

_WORD_SPLIT = re.compile(r"[\W_]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
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
    }
) | frozenset(("".join(map(fold, a)).lower(), "".join(map(fold, b)).lower()) for a, b in FOREIGN_PAIRS)  # fmt: skip

# One word is enough.
_SECRET_WORDS = frozenset(
    {
        "password", "passwd", "passwords", "pass", "pw", "pwd", "passphrase", "passcode",
        "secret", "secrets", "token", "tokens", "apikey", "apikeys", "license", "licence",
        "credential", "credentials", "creds", "requirepass", "masterauth", "bindpw", "dbpass",
        "privatekey", "accesskey", "secretkey", "sessionkey", "accountkey", "signingkey",
        "authorization", "cookie", "cookies", "sig", "signature", "dockerconfigjson",
        "dockercfg", "auth", "sas", "saslpassword", "htpasswd", "jwt", "bearer", "otp", "totp",
        "storepass", "keypass", "authtok", "authkey", "psk", "stringdata", "samlresponse",
        # an HMAC key, by itself or encoded (ACME External Account Binding: lego's `--hmac`,
        # Traefik's `eab.hmacEncoded`)
        "hmac", "hmacencoded",
        # MariaDB's `file_key_management_filekey`: the key that decrypts its key file
        "filekey",
    }
) | folded(FOREIGN_WORDS)  # fmt: skip
# the other languages' words as words() folds a name (foreign.py)
_FOREIGN_KEYS = folded(FOREIGN_KEYS)
_FOREIGN_QUALIFIERS = folded(FOREIGN_QUALIFIERS)
_CJK_WORDS = tuple(sorted(folded(CJK_WORDS)))
_CJK_QUALIFIERS = folded(CJK_QUALIFIERS)
_CJK_QUALIFIER_ENDS = tuple(sorted(_CJK_QUALIFIERS))
_CODE_WORDS = folded(CODE_WORDS)
_CODE_QUALIFIERS = folded(CODE_QUALIFIERS)
# Qualifiers that turn a following "key" into a secret (api key, tls.key, AccountKey).
_KEY_QUALIFIERS = frozenset(
    {
        "api", "access", "secret", "private", "session", "account", "storage", "encryption",
        "signing", "master", "client", "license", "ssh", "tls", "ssl", "shared", "sign", "hmac",
        "aes", "crypt", "cookie", "jwt", "webhook", "admin", "gorilla", "bucket", "azure",
        "service", "auth", "sas", "decryption", "wandb", "x", "certificate", "unseal", "recovery", "preshared",
        # Datadog's `DD-APPLICATION-KEY` and `DD_APP_KEY`, Backblaze's `applicationKey`
        "application", "app",
        # PagerDuty's integration key (Grafana's and Alertmanager's `integrationKey`)
        "integration",
        # a service's own key between services (`X-Internal-Key`, `internal_key`)
        "internal",
        # a MAC key (Caddy's ACME `mac_key`), an External Account Binding's key (`--eab-key`)
        "mac", "eab",
        # Azure API Management's `Ocp-Apim-Subscription-Key`, Azure Functions' `x-functions-key`
        "subscription", "functions", "function",
        # a symmetric key named for its cipher or its use (Airflow's `fernet_key`, a
        # `cipher_key`, `crypto_key`, `symmetric_key`, `encrypt_key`)
        "fernet", "symmetric", "cipher", "crypto", "encrypt",
    }
)  # fmt: skip
# The last word of a name that holds what a key is derived with (not SaltStack's `salt_master`)
_SALTS = frozenset({"salt", "pepper"})
# Glued forms found inside one word (dbpassword, mysqlpass, requirepass, bindpw).
_GLUED = (
    "password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "secretkey",
    "sessionkey", "accountkey", "credential", "requirepass",
)  # fmt: skip
# Services that keep secrets, glued to what they keep (`secretsmanager:GetSecretValue`)
_KEEPERS = ("manager", "store")
_PASS_NOT_SECRET = frozenset({"bypass", "compass", "surpass", "passthrough", "passive"})
# Tools named after what they change, not holding it: `chpasswd: updated 1 user`
_TOOL_NAMES = frozenset({"chpasswd", "gpasswd", "kpasswd", "smbpasswd"})
# Mail headers that sign a message with a key published in DNS: the signature is public.
_PUBLIC_SIGNERS = frozenset({"dkim", "arc"})
# XML-DSig's elements (SAML assertions, signed metadata): a signed document's signature, digest
# and certificate, checked with the signer's published key
_XMLDSIG_ELEMENTS = frozenset({"signaturevalue", "digestvalue", "x509certificate"})
# Words glued before "auth" that make it the password a server presents to another
# (Valkey's `primaryauth`, Redis' `masterauth`); `oauth`, `preauth` name no secret.
_AUTH_PEERS = frozenset({"primary", "master", "replica", "sentinel", "cluster", "upstream", "peer"})
# A last word that makes the name a reference to, or a description of, a secret.
_NOT_HOLDING = frozenset(
    {
        "file", "files", "path", "paths", "name", "names", "ref", "refs", "keyref", "selector",
        "policy", "type", "types", "length", "len", "expiry", "expires", "expiration", "ttl",
        "timeout", "enabled", "required", "min", "max", "count", "size", "format", "prefix",
        "suffix", "dir", "directory", "location", "mount", "namespace", "id", "ids", "url",
        "uri", "endpoint", "header", "field", "label", "labels", "mode", "method", "methods",
        "provider", "version", "source", "from", "env", "hash", "algorithm", "algo", "scheme",
        "reset", "changed", "age", "rotation", "errors", "attempts", "retries", "strength",
        "complexity", "history", "lifetime", "store", "storage", "manager", "kind", "class", "user",
        "username", "login", "host", "port", "used", "valid", "invalid", "expired", "missing",
        "set", "limit", "index", "position", "pos", "level", "status", "flag",
        "domain", "audience", "issuer", "scope", "scopes", "samesite", "secure", "httponly",
        "lookup", "template", "generator", "refresh", "create", "created", "updated", "check",
        "sha", "sha256", "digest", "fingerprint", "mechanism", "plugin", "when", "interval",
        "impl", "implementation",  # which checks it (Vitess' `--mysql_auth_server_impl static`)
        "alg", "algs",  # JOSE's algorithm field: `id_token_signed_response_alg: RS256`
        "period", "duration", "delay", "seconds", "ms", "key", "keys", "secretref", "stdin",
        "arn", "iterations", "rounds", "cost", "server", "servers", "hasher", "hashers",
        "at",  # a timestamp: password_changed_at, token_expires_at
        "handler", "handlers", "headers",  # code (`agent.auth.handler`), headers by name
        "error", "exception",  # a failure's class: `SQLInvalidAuthorizationSpecException: …`
        # the attribute that holds a secret, where secrets are kept (`pwdAttribute`, `…_backend`)
        "attribute", "attributes", "attr", "backend", "backends", "engine",
        # what a server offers (OIDC discovery: `token_endpoint_auth_methods_supported`)
        "supported",
        # settings about a password and the moment it changed (Entra's `PasswordPolicies`,
        # `PasswordProfile`, `LastPasswordChangeDateTime`), and the words a login form shows
        # around it (i18n `login.password.placeholder`, `…api_key.help`)
        "policies", "profile", "time", "date", "datetime", "timestamp", "require",
        "placeholder", "help", "hint", "tooltip", "description", "prompt", "title", "caption",
        # Vault's handle on a token or secret_id: looks it up or revokes it, never logs in
        "accessor",
        # an id of an issued token (Entra's sign-in log `uniqueTokenIdentifier`)
        "identifier", "identifiers",
        # what happened to a secret or a token (Kubernetes event reasons `SecretSynced`,
        # `TokenRequest`)
        "synced", "request", "requests", "requested",
        # a command that prints it (Airflow's `fernet_key_cmd`, a mail client's `password_command`)
        "cmd", "command",
        # the digest sent beside a key to check it arrived whole (S3's SSE-C
        # `x-amz-server-side-encryption-customer-key-MD5`)
        "md5",
        # which component checks the credentials (OpenTelemetry's `auth:` / `authenticator:
        # basicauth/server`), and where a value came from (Spring's actuator: `"origin" :
        # "System Environment Property …"`)
        "authenticator", "authenticators", "origin",
    }
)  # fmt: skip
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
_SHELL_DIRS = frozenset({"pwd", "oldpwd"})
# the words for a password, before `secret key`: a chart's name for the key of the existing Secret
# that holds it (`passwordSecretKey: mysql-password`; a `jwt_secret_key` is a key itself)
_PASSWORD_WORDS = frozenset({"password", "passwd", "pass", "pwd", "passphrase"})
# A word before the last that says the keys named were revoked: what such a list holds is their
# ids (Elasticsearch's `invalidated_api_keys`, `previously_invalidated_api_keys`)
_REVOKED = frozenset({"invalidated", "revoked", "deleted"})
# A token that marks a place in a listing (`nextPageToken`, `continuation_token`, AWS's
# `NextToken`): a cursor the server hands out with every page, not a credential.
_CURSOR_WORDS = frozenset(
    {"page", "next", "continuation", "pagination", "sync", "resume", "cursor"}
)
# A rate or a budget (`tokens_per_minute`, `secrets_per_namespace`): a number per unit.
_PER_UNITS = frozenset(
    {
        "second", "sec", "s", "minute", "min", "m", "hour", "h", "day", "d", "week", "month",
        "request", "requests", "call", "calls", "batch", "user", "namespace", "node", "pod",
    }
)  # fmt: skip
# A word glued to "key" that makes it one (`writekey`, `ingestkey`): the qualifiers of
# _KEY_QUALIFIERS and the verbs that name what a vendor's key may do.
_KEY_VERBS = frozenset({"write", "ingest", "ingestion", "publish", "push", "refresh", "insert"})
# A vendor's header `X-<Vendor>-Key` is its API key (`X-RapidAPI-Key`, `X-Insert-Key`), but for
# the headers whose key names or orders a request or an object
_REQUEST_KEYS = frozenset(
    {
        "idempotency", "cache", "sort", "partition", "routing", "request", "dedup",
        "deduplication", "correlation", "trace", "object", "primary", "foreign", "public",
        "row", "hash", "lookup", "group", "message", "event", "shard", "kid",
    }
)  # fmt: skip
# Values never secrets whatever their name: flags, placeholders, nsswitch sources, licence names.
_TRIVIAL_VALUES = frozenset(
    {
        "true", "false", "yes", "no", "on", "off", "null", "nil", "none", "<nil>", "enabled",
        "disabled", "required", "optional", "files", "compat", "sss", "systemd", "nis",
        "strict", "auto", "empty", "set", "unset", "redacted", "hidden", "masked", "secret",
        "password", "undefined", "n/a", "na", "bearer", "basic", "token", "default",
        "gpl", "gpl-2.0", "gplv2", "gpl-3.0", "mit", "apache-2.0", "bsd", "commercial", "lgpl",
        "sha256", "sha512", "md5", "plain", "scram-sha-256", "mysql_native_password",
        "caching_sha2_password", "oidc", "ldap", "saml", "jwt", "string", "int", "bool", "login",
        "todo", "tbd", "fixme",
        # where a tool reads it from instead (`openssl … -pass stdin`)
        "stdin",
    }
)  # fmt: skip
# PowerShell cmdlets that read or build a secret rather than holding one (`$pw = Read-Host …`)
_CMDLET = re.compile(r"(?:Get|Read|ConvertTo|ConvertFrom|Import|New|Invoke)-[A-Z][A-Za-z]{2,40}")
# a number with its unit, also as a rate (`547/s`, `20/min`: a limit's refill)
_NUMBER = re.compile(r"[-+]?\d{1,5}(?:\.\d+)?[a-zA-Z%]{0,3}(?:/[a-z]{1,6})?")
# a Windows shell's variable (`%MYSQL_PASSWORD%`) and a script's read of its environment by
# name (k6's `__ENV.API_TOKEN`, Node's `process.env.API_TOKEN`, Vite's `import.meta.env.X`)
ENV_REFERENCE = (
    r"%[A-Za-z_][A-Za-z0-9_]{0,80}%"
    r"|(?:__ENV|process\.env|import\.meta\.env)\.[A-Za-z_][A-Za-z0-9_]{0,80}"
)
_MASK = re.compile(
    r"[*xX.#_\u2022\u25cf-]{3,}|[\[_-]?(?i:redacted|filtered|masked|hidden|removed)[\]_-]?|hmac-sha(?:1|256|384|512):[0-9a-f]{32,128}|%\([A-Za-z_][\w.]{0,80}\)[sdr]|\*+[^*\s]{0,4}|[A-Za-z0-9]{1,12}[_-](?:\*{4,}|[\u2022\u25cf]{4,})[^*\s]{0,4}|<[^<>\s]{1,40}>|<[A-Za-z][A-Za-z ]{0,38}[A-Za-z]>|\*{1,8}(?i:redacted|filtered|masked|hidden|removed|sensitive)\*{1,8}|\*{3,8} \((?:before|after)\)|[^\s.]{0,4}\.\.\.\d{1,4}_chars(?:\.\.\.[^\s.]{0,4})?|\$\{[^}]{1,200}\}|\$\([^)]{1,200}\)|\$[A-Z_][A-Z0-9_]{0,80}|%[sv]|\{\{[^}]{0,200}\}\}"
    # references in more template languages: Compose's escaped `$${VAR}`, Azure Pipelines'
    # runtime `$[variables.x]`, PowerShell's `$env:VAR`, Puppet/Hiera's `%{lookup('x')}`, Ruby's
    # and Octopus' `#{VAR}`
    r"|\$\$\{[^}]{1,200}\}|\$\[[^\]]{1,200}\]|\$(?i:env):[A-Za-z_]\w{0,80}|[%#]\{[^}]{1,200}\}"
    # Grafana's provisioning macros (`$__file{/run/secrets/x}`, `$__env{PW}`, `$__vault{…}`) and
    # Vector's secret-backend references (`SECRET[backend.key]`): the value is read from there
    r"|\$__(?:file|env|vault)\{[^{}]{1,200}\}|SECRET\[[A-Za-z_][\w-]{0,64}\.[^\]\s]{1,200}\]"
    # tools' own masks: `npm config list`'s `(protected)`, Ansible's `no_log` placeholder
    r"|\((?i:protected|hidden|masked|redacted|sensitive)\)|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
    # kubectl's `DATA+OMITTED`, helm diff's `-------- # (40 bytes)`; Make's escaped `$$VAR`
    r"|DATA\+OMITTED|[-+]{8} # \(\d{1,12} bytes\)|\$\$[A-Za-z_][A-Za-z0-9_]{0,80}"
    # Argo CD's reference to a key of `argocd-secret` or of another Secret
    # (`$dex.github.clientSecret`, `$oidc-secret:clientSecret`)
    r"|\$[a-z][a-z0-9-]{0,62}(?:\.[A-Za-z][A-Za-z0-9-]{0,62}){1,8}"
    r"|\$[a-z][a-z0-9-]{2,62}:[A-Za-z][A-Za-z0-9_.-]{0,128}"
    r"|" + ENV_REFERENCE
)
_REFERENCE_VALUE = re.compile(
    r"(?i)(?:k8s-secret|vault|secretsmanager|ssm|awssm|gcpsm|azkv|fileb?|env|op)://"
    # a value SOPS encrypted (the ciphertext of a secret kept in git, not the secret)
    r"|ENC\[[A-Z0-9_]{2,24},data:"
    r"|(?:valueFrom|secretKeyRef)\b"
    # Vault paths, AWS Secrets Manager / SSM ARNs, GCP Secret Manager names, Key Vault URLs
    r"|vault:[\w/.-]|arn:aws[\w-]{0,16}:(?:secretsmanager|ssm|kms):"
    r"|projects/[\w-]{1,64}/secrets/|https://[\w-]{1,64}\.vault\.azure\.net/"
    # what kubectl describe, terraform plan and a banner (`(set via …_FILE)`) print for a value
    r"|<set to the key |\(sensitive value\)|\((?:set|read|loaded|taken) (?:via|from) "
)
# what a runbook or an example writes where the reader puts their own secret
_FILL_IN = re.compile(
    r"(?i:change[_-]?me|change[_-]?it|replace[_-]?me|fill[_-]?me[_-]?in"
    r"|your[_-]?(?:password|secret|token))(?:[_-][A-Za-z0-9]{1,16})?[!.]?|YOUR_[A-Z0-9_]{2,40}"
    # `your-secret-key-here`, `your_api_token_here`
    r"|(?i:your)[_-](?:[a-z0-9]{1,16}[_-]){1,4}(?i:here)"
    # AWS's documentation marks its sample values with EXAMPLE: in capitals alone it is a word
    # (`EXAMPLESIGNATURE`, `MY_EXAMPLE_KEY`), no generated value
    r"|(?:[A-Z]{1,24}_)?EXAMPLE(?:_?[A-Z]{1,24})?"
    # a usage line's name for the argument in capitals (`mc alias set ALIAS URL ACCESS_KEY
    # SECRET_KEY`, `… ACCESSKEY SECRETKEY`): the secret's name, where the reader puts theirs
    r"|(?:[A-Z]{2,16}_){0,2}(?:(?:SECRET|ACCESS|API|AUTH)_?)?(?:KEY|PASSWORD|PASSWD|TOKEN|SECRET)"
    # a vendor's key prefix with an ellipsis for the key (`.env.example`'s `sk-...`, `ghp_…`)
    r"|(?:[A-Za-z]{1,8}[_-]){1,2}(?:\.{3}|\u2026)"
)
PLACEHOLDER = re.compile(r"\[REDACTED:[a-z_]+:\d+\]")
# a template or a reference to a variable, filled in later (`$(REDIS_PASSWORD)`, `{{ .pw }}`)
_TEMPLATE = re.compile(
    r"\$\{[^}]{1,200}\}|\$\([^)]{1,200}\)|\{\{[^}]{0,200}\}\}|%\([A-Za-z_][\w.]{0,80}\)[sdr]"
    r"|\$\$\{[^}]{1,200}\}|\$\[[^\]]{1,200}\]|\$(?i:env):[A-Za-z_]\w{0,80}|[%#]\{[^}]{1,200}\}"
    r"|" + ENV_REFERENCE
)
# a template expression (Jinja, Helm, Go templates, GitHub Actions' `${{ … }}`): the names and
# strings inside it are code (`{{ lookup('hashi_vault', 'secret=path:key') }}`), not pairs
TEMPLATE_EXPR = re.compile(r"\{\{[^{}]{0,400}\}\}")


def is_template(value: str) -> bool:
    return _TEMPLATE.fullmatch(value) is not None


def words(name: str) -> list[str]:
    if not name.isascii():
        name = "".join(fold(c) for c in name)
    return [w.lower() for w in _WORD_SPLIT.split(name) if w]


def is_cursor_name(name: str) -> bool:
    """A pagination cursor (`nextPageToken`, `continuation_token`): random, and no secret."""
    ws = words(name)
    return len(ws) >= 2 and ws[-1] in ("token", "tokens") and ws[-2] in _CURSOR_WORDS


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
    if len(ws) == 1 and ws[0] in _SHELL_DIRS:
        return False
    if ws[0] in _TOOL_NAMES or ws[0] in _PUBLIC_SIGNERS or name.lower() in _XMLDSIG_ELEMENTS:
        return False
    if is_cursor_name(name):
        return False
    if "per" in ws[1:-1] and ws[-1] in _PER_UNITS:
        return False
    if any(w in _REVOKED for w in ws[:-1]):
        return False
    if ws[-2:] in (["pull", "secrets"], ["pull", "secret"]):
        return False  # the names of registry Secrets (`Image pull secrets:  regcred`)
    if ws[-2:] == ["secret", "key"] and ws[-3:-2] and ws[-3] in _PASSWORD_WORDS:
        return False  # the key inside a Secret that holds the password (`passwordSecretKey`)
    if ws[-2:] == ["secret", "id"]:
        return True  # Vault AppRole's secret_id is the credential (a role_id is not)
    if ws[-3:] == ["secure", "json", "data"]:
        return True  # Grafana encrypts every field of a data source's `secureJsonData`
    if "policy" in ws[1:-1] or "policies" in ws[1:-1]:
        return False  # where a password policy is kept (LDAP's `pwdPolicySubentry`)
    if _is_customer_key(ws):
        return True
    if ws[-1] in _NOT_HOLDING or ws[0] in _REFERENCE_FIRST:
        # "key" is the exception among last words: api_key, tls.key, BUCKET_ACCESS_KEY
        if not (
            ws[-1] in ("key", "keys") and len(ws) > 1 and ws[-2] in _KEY_QUALIFIERS | _KEY_VERBS
        ):
            return False
        if ws[0] in _REFERENCE_FIRST:
            return False
    if ws[-1] == "session" and len(ws) > 1 and ws[0] not in ("ssl", "tls"):
        # a session cookie (`wandb_session`, `_gitlab_session`): it logs in (openssl's
        # `SSL-Session:` heads a description)
        return True
    if ws[-1] in _SALTS and len(ws) > 1:
        return True  # `CONSOLE_PBKDF_SALT`, `HASH_SALT`: with the passphrase, the derived key
    for i, w in enumerate(ws):
        if w in _SECRET_WORDS:
            return True
        if w in ("key", "keys") and i > 0 and ws[i - 1] in _KEY_QUALIFIERS | _KEY_VERBS:
            return True
        if w == "key" and i == len(ws) - 1 and i >= 2 and ws[0] == "x":
            return ws[i - 1] not in _REQUEST_KEYS  # a vendor's API key header
        if w == "pw" or (w.endswith("pw") and len(w) <= 24):
            # the LDAP clients' glued names: bindpw, rootpw, ldappw, nslcd's rootpwmodpw (the
            # password of the DN that changes passwords); no English word ends in "pw"
            return True
        if any(g in w for g in _GLUED) and not (w.startswith("tokeniz") or w.endswith(_KEEPERS)):
            return True
        if w.endswith("pass") and w not in _PASS_NOT_SECRET:  # dbpass, mysql_pass
            return True
        if is_peer_auth(w):  # primaryauth
            return True
        if w.endswith("pwd") and len(w) > 3:  # dbpwd
            return True
        if w.endswith("key") and (
            w[:-3] in _KEY_VERBS or (len(w) > 5 and w[:-3] in _KEY_QUALIFIERS)
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
        return head in _KEY_QUALIFIERS or head.endswith(_CJK_QUALIFIER_ENDS)
    return i > 0 and (ws[i - 1] in _CJK_QUALIFIERS or ws[i - 1] in _KEY_QUALIFIERS)


def _qualified(ws: list[str], i: int) -> bool:
    """A key word in another language with its qualifier beside it (`klucz api`, `api
    schlussel`, `clave de acceso`)."""
    quals = _KEY_QUALIFIERS | _FOREIGN_QUALIFIERS
    after = ws[i + 1 : i + 3]
    if after[:1] and after[0] in PREPOSITIONS:
        after = after[1:]
    return (i > 0 and ws[i - 1] in quals) or (bool(after) and after[0] in quals)


def qualifies_key(word: str) -> bool:
    """A word that makes a following bare `key` a secret (`api`, `access`, `signing`): also as
    the name of the section or parent the key stands under (`[api]` / `key = …`)."""
    return word.lower() in _KEY_QUALIFIERS and len(word) > 2


SECTION_QUALIFIERS = tuple(sorted(q for q in _KEY_QUALIFIERS if len(q) > 2))


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
    return ws[-1] in _NOT_HOLDING and not is_secret_name(name)


def min_length(name: str) -> int:
    """Shortest value under `name` worth hiding: a licence is long, a password may be short."""
    ws = words(name)
    return 8 if ws and ws[-1] in ("license", "licence") else 3


def is_mask(value: str) -> bool:
    """What a program prints in place of a secret it hid (`****`, `[REDACTED]`, rclone's
    `<sensitive value>`, `***REDACTED***`, the last four characters `****abcd`, s3cmd's
    `AK...17_chars...Q`), or a template."""
    return _MASK.fullmatch(value) is not None


def is_trivial_value(value: str) -> bool:
    """Flags, small numbers, masks, templates and references are never secrets; as known
    secrets they would shred every `true` or port number in the bundle."""
    v = (html.unescape(value) if "&" in value else value).strip().strip("\"'")  # (`&quot;`)
    if len(v) < 3 or v.lower().removesuffix(",") in _TRIVIAL_VALUES:  # (`password: None,`)
        return True
    if _NUMBER.fullmatch(v) or PLACEHOLDER.fullmatch(v):
        return True
    if _MASK.fullmatch(v) or _REFERENCE_VALUE.match(v) or _CMDLET.fullmatch(v):
        return True
    if _FILL_IN.fullmatch(v) or _ALGORITHM.fullmatch(v) or _TF_REFERENCE.fullmatch(v):
        return True
    if not v.isascii() and _is_label(v):
        return True  # a UI's label in another script (`"login.password": "パスワード"`)
    if ciphertext(v):
        return True  # a SealedSecret's ciphertext: encrypted to the controller's public key
    parts = v.split()
    if len(parts) > 1 and _ALGORITHM.fullmatch(parts[0].rstrip(",;")):
        return True  # a signature described: `Signature : RSA/SHA256, Tue …, Key ID 7b7f…`
    if len(parts) == 2 and _NUMBER.fullmatch(parts[0]) and parts[1].isalpha():
        return True  # a count: `secrets: 3 mounted`, `password:  16 bytes` (kubectl describe)
    if len(parts) > 2 and _NUMBER.fullmatch(parts[0]) and all(_COUNTED.fullmatch(p) for p in parts):
        return True  # counts in a sentence: `Secrets: 3 found, 0 expiring`
    # (`Bearer <token>`, `Basic ****`: a scheme and a mask, as a browser's HAR export writes them)
    return len(parts) > 1 and all(p.lower() in _TRIVIAL_VALUES or is_mask(p) for p in parts)


def _is_label(value: str) -> bool:
    """The word for password (or secret, token) in another script, as a form labels its field,
    maybe with its colon: the name of the field, not what is typed into it."""
    text = value.rstrip(":\uff1a \u00a0")
    if not text or any(c.isascii() and c != " " for c in text) or any(c.isdigit() for c in text):
        return False
    return is_secret_name(text)


# the name of an algorithm (JOSE `RS256`, `HMAC-SHA256`, rpm's `RSA/SHA256`), not a key
_ALGORITHM = re.compile(
    r"(?i:(?:HS|RS|ES|PS)(?:256|384|512)K?|EdDSA|Ed25519|Ed448"
    r"|(?:RSA|DSA|ECDSA|EdDSA|RSASSA-PSS|HMAC)?[/-]?(?:SHA-?(?:1|224|256|384|512)|SHA3-\d{3}|MD5)"
    r"|RSA|DSA|ECDSA|RSA-OAEP(?:-256)?|A(?:128|192|256)(?:GCM|KW|CBC-HS\d{3}))"
)
_COUNTED = re.compile(r"(?:\d{1,9}|[a-z]{1,32})[,;.]?")
_PATH = re.compile(r"(?:~|\.{1,2})?/(?:[\w.@-]{1,64}/){0,16}[\w.@-]{1,64}")
# a key, certificate or credentials file named without a directory: `ssl_key = server-key.pem`
_KEY_FILE = re.compile(r"[\w.-]{1,128}\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|txt|pass)")
# the same below a relative directory (kustomize's `files: - tls.key=certs/tls.key`)
_RELATIVE_KEY_FILE = re.compile(r"(?:[\w.@-]{1,64}/){1,16}" + _KEY_FILE.pattern)
_USER_NAME = re.compile(r"[a-z]{2,30}(?:-[a-z]{2,30}){0,6}")  # (`wandb`, `wandb-svc`)
_OBJECT_NAME = re.compile(r"[a-z]{2,30}(?:-[a-z]{2,30}){1,6}(?:-[a-z0-9]{5,10})?")  # (a hash)
# a secret's path in Vault's KV engine, relative to its mount (`kv/wandb/prod`, `secret/data/db`)
_VAULT_PATH = re.compile(
    r"(?:kv|kv-?v2|secrets?)/[a-z][\w.-]{0,63}(?:/[\w.-]{1,64}){0,8}(?:#\w{1,64})?"
)
_OBJECT_NAMES = re.compile(r"[a-z][a-z0-9-]{0,62}(?:,[ \t]{0,2}[a-z][a-z0-9-]{0,62}){0,16}")
_NAMESPACED = re.compile(r"[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,62}")
# an OpenPGP key id (short, long) or fingerprint as git and gpg name a key, `!` forcing that
# subkey; upper-case hex as gpg prints it (a random hex secret is written in lower case)
_OPENPGP_ID = re.compile(r"(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})!?")
# the name of an entry of a credentials file, in snake case (Kedro's catalog names an entry of
# `credentials.yml`: `credentials: warehouse_creds`); a generated credential is not lower-case
# words joined by `_`
_ENTRY_NAME = re.compile(r"[a-z][a-z0-9]{0,31}(?:_[a-z][a-z0-9]{0,31}){1,6}")
_CREDENTIAL_ENTRY_NAMES = frozenset({"credentials", "credential", "creds"})
# openssl's passphrase sources other than `pass:` (the value itself): a variable, a file, a
# descriptor, standard input
_PASS_SOURCE = re.compile(
    r"env:[A-Za-z_][A-Za-z0-9_]{0,80}|fd:\d{1,4}|file:(?:~|\.{1,2})?/[^\s]{1,400}"
)
_SECRET_ID = re.compile(r"id=[A-Za-z0-9_.-]{1,64}")
_POINTER_WORDS = 4  # the words of a note before the reference it points at
_ID_THEN_PATH = re.compile(r"[\w.@-]{1,64}:/(?:[\w.@-]{1,64}/){0,16}[\w.@-]{1,64}")


# an environment variable's name (`OIDC_SECRET`): a secret is not written in upper-case words
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,6}")
# a Secret's key in lower case, one to three words (`license`, `db-password`, `api_key`)
_SECRET_KEY_NAME = re.compile(r"[a-z]{2,30}(?:[-_][a-z]{2,30}){0,2}")
# the digest of a payload under its algorithm's name: it proves one message and opens nothing
_PAYLOAD_DIGEST = re.compile(r"sha(?:1=[0-9a-f]{40}|256=[0-9a-f]{64}|512=[0-9a-f]{128})")
# a placeholder a document writes for a part of a signed request (`<ACCESS_KEY_ID>`, `${DATE}`,
# `{region}`, `$REGION`): the scope is public, and so is the shape of one
_SCOPE_PART = (
    r"<[^<>/%\s]{1,40}>|\$?\{[^{}/%\s]{1,40}\}|\$[A-Z_]{1,40}|[A-Z]{0,24}EXAMPLE[A-Z]{0,24}"
)
_SIGV4_SCOPE = re.compile(
    rf"(?:[A-Z0-9]{{16,128}}|{_SCOPE_PART})(?:/|%2F)(?:\d{{8}}|{_SCOPE_PART})(?:/|%2F)"
    rf"(?:[a-z0-9-]{{2,32}}|{_SCOPE_PART})(?:/|%2F)(?:[a-z0-9-]{{2,32}}|{_SCOPE_PART})(?:/|%2F)"
    r"aws4_request,?"
)
# the end of a scope alone (`%2Fs3%2Faws4_request`: what follows a placeholder for the rest)
SCOPE_TAIL = re.compile(r"(?:(?:/|%2F)[a-z0-9-]{1,32}){1,3}(?:/|%2F)(?:aws4|goog4)_request,?")
# Google's V4 signing scope: the signer (a service account's address or an HMAC key's access
# id), the date, the region, `storage` and `goog4_request`
_GOOG4_SCOPE = re.compile(
    r"[\w.+%@-]{1,256}(?:/|%2F)\d{8}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)"
    r"goog4_request,?"
)
# a YAML local tag and what it is given (`!vault wandb/db#pw`, Home Assistant's `!secret db_pw`,
# CloudFormation's `!Ref DbPassword`, Ansible's `!vault |` above its ciphertext): resolved
# elsewhere (`!!str …`, a standard tag, is followed by the value itself)
YAML_LOCAL_TAG = re.compile(r"![A-Za-z][\w.-]{0,40}[ \t]+\S")
# an LDAP distinguished name: two or more attribute=value parts of the usual attribute types
_LDAP_RDN = r"(?i:cn|ou|dc|o|uid|c|l|st|street|sn|mail)=[^,=+\\\n]{1,128}"
_LDAP_DN = re.compile(_LDAP_RDN + r"(?:,[ ]?" + _LDAP_RDN + r"){1,16}")
_HELM_RELEASE = re.compile(r"sh\.helm\.release\.v1\.[a-z0-9][a-z0-9.-]{0,52}\.v\d{1,6}")
# Terraform references (`var.db_password`, `random_password.db.result`, `module.x.y`)
_TF_REFERENCE = re.compile(
    r"(?:var|local|module|data|each)(?:\.[A-Za-z_][\w-]{0,64}){1,8}"
    r"|[a-z][a-z0-9_]{0,64}\.[a-z][\w-]{0,64}\.(?:result|value|secret_string|password|id)"
)


def is_reference_value(name: str, value: str) -> bool:
    """A value that points at a secret instead of being one: a file path (credentials files,
    key files), a Terraform reference, or the name of a Kubernetes object under a name ending in
    "secret"."""
    v = value.strip().removesuffix(",")  # (a clause's comma: oc's `from secret X, key Y`)
    if _TF_REFERENCE.fullmatch(v):
        return True
    if v.isidentifier() and (v == name or v.lower() in words(name)):
        return True  # a variable passed on under its own name (`api_key=key`, `token=token`)
    if "_" in v and v.isupper() and _ENV_NAME.fullmatch(v) and is_secret_name(v):
        return True  # the key a Secret holds it under (`secretKey: OIDC_SECRET`), by its env name
    if _SECRET_KEY_NAME.fullmatch(v) and words(name)[-1:] == ["key"] and is_secret_name(v):
        return True  # the same in lower case (External Secrets' `secretKey: license`)
    if "aws4_request" in v and _SIGV4_SCOPE.fullmatch(v) and words(name)[-1:] == ["credential"]:
        return True  # SigV4's key id and scope (`Credential=ID/20261103/us-east-1/s3/aws4_request`)
    if "goog4_request" in v and _GOOG4_SCOPE.fullmatch(v) and words(name)[-1:] == ["credential"]:
        return True  # the same in a GCS V4 signed URL (`X-Goog-Credential=sa@…/…/goog4_request`)
    if v.startswith("sha") and _PAYLOAD_DIGEST.fullmatch(v) and "signature" in words(name)[-2:]:
        return True  # a webhook's HMAC of its payload (`X-Hub-Signature-256: sha256=…`)
    if v.startswith("!") and YAML_LOCAL_TAG.match(v):
        return True  # a YAML tag resolved elsewhere (`!vault wandb/db#pw`, `!secret db_pw`)
    if "=" in v and _LDAP_DN.fullmatch(v):
        return True  # an LDAP entry's name (`pwdPolicySubentry: cn=default,ou=policies,…`)
    if _HELM_RELEASE.fullmatch(v):
        return True  # where Helm keeps a release (`secret="sh.helm.release.v1.wandb.v11"`)
    if _OPENPGP_ID.fullmatch(v) and _names_signing_key(words(name)):
        return True  # which key signs (git's `user.signingkey = 3AA5C34371567BD2`): a public id
    if v[:5].upper() == "FILE:" and _PATH.fullmatch(v[5:]):
        return True  # MariaDB's `file_key_management_filekey = FILE:/etc/mysql/…` reads a file
    if ":" in v[:5] and _PASS_SOURCE.fullmatch(v):
        return True  # where openssl reads the passphrase from (`-pass env:VAR`, `file:/path`)
    if v.startswith("id=") and _SECRET_ID.fullmatch(v) and words(name)[-1:] == ["secret"]:
        return True  # a build secret by its id (`docker buildx build --secret id=npm,src=…`)
    parts = v.split()
    if 1 < len(parts) <= _POINTER_WORDS + 1 and all(p.isalpha() for p in parts[:-1]):
        last = parts[-1].strip("()")
        if last != v and (_REFERENCE_VALUE.match(last) or is_reference_value(name, last)):
            return True  # a note that points at it (`siehe Vault kv/wandb/mysql`, `see /run/…`)
    if _ID_THEN_PATH.fullmatch(v):
        return True  # a credential's id and the file it is read from (systemd `LoadCredential=`)
    if (_PATH.fullmatch(v) or _VAULT_PATH.fullmatch(v)) and not any(map(_generated, v.split("/"))):
        return True
    if _KEY_FILE.fullmatch(v) and not mixed(v.rsplit(".", 1)[0]):
        return True
    if _RELATIVE_KEY_FILE.fullmatch(v) and not any(map(_generated, v.split("/"))):
        return True  # a key file below a directory (`certs/tg05ut.key`)
    ws = words(name)
    if "client" in ws[-3:-1]:
        return False  # an OAuth client secret is the secret itself (OIDC_CLIENT_SECRET)
    if (ws[-2:] == ["access", "key"] or ws[-1:] == ["accesskey"]) and _USER_NAME.fullmatch(v):
        return True  # MinIO's access key is the user's name (`mc admin user info`: `wandb-svc`)
    if ws[-1:] and ws[-1] in _CREDENTIAL_ENTRY_NAMES and _ENTRY_NAME.fullmatch(v):
        return True  # an entry of a credentials file by its name (Kedro's `credentials: db_creds`)
    if not ws or ws[-1] not in ("secret", "secrets"):
        return False
    if ws[-1] == "secrets" and _OBJECT_NAMES.fullmatch(v):
        return True  # a list of Secrets by name (`Image pull secrets:  regcred`)
    # (also as `namespace/name`: `couldn't find key X in Secret wandb/wandb-mysql`)
    return _OBJECT_NAME.fullmatch(v) is not None or _NAMESPACED.fullmatch(v) is not None


def _names_signing_key(ws: list[str]) -> bool:
    return ws[-1:] == ["signingkey"] or ws[-2:] == ["signing", "key"]


def _generated(segment: str) -> bool:
    """A path's segment a generator wrote (a token as a file's name), not words and a short
    suffix (`license-xg5ok.txt`): a long run of letters and digits."""
    return len(segment) >= 16 and any(len(p) >= 12 and mixed(p) for p in _PARTS.split(segment))


_PARTS = re.compile(r"[-_.@]")


def is_secret_setting(name: str) -> bool:
    """A setting or environment variable whose whole value is secret."""
    return is_secret_name(name) or (
        name.upper().endswith("_KEY")
        and not name.upper().endswith(
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
    # the one secret pair of words without another hint (`x-honeycomb-team`)
    "honeycomb",
)  # fmt: skip
_HINT_WORDS = Words(NAME_HINTS)


def name_hints_in(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each NAME_HINTS word in `line`, in any case, left to right."""
    return _HINT_WORDS.spans(line)
