"""Token formats with a fixed shape: the prefix or layout alone says "secret". Facts about the
formats (prefixes, lengths, alphabets) follow the vendors' documentation as collected by
gitleaks and trufflehog; the code is ours."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from itertools import pairwise

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.names import words
from wbdiag.redact.values import is_mask, is_trivial_value

# The labels of armoured blocks that hold key material: PEM private keys, OpenVPN's static key
# (`tls-auth`, `tls-crypt`), a NATS NKEY seed in a `.creds` file. (The redactor takes a block
# over lines whole, from its BEGIN line to its END line.)
# (an Element (Matrix) room key export, `MEGOLM SESSION DATA`: every room key of the account,
# encrypted under a passphrase an attacker may guess offline)
KEY_LABEL = (
    r"(?:[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?|[A-Za-z ]{0,16}Static key V\d|[A-Z ]{0,16}NKEY SEED"
    r"| MEGOLM SESSION DATA)"
)
KEY_BLOCK_HINTS = ("private key", "static key v", "nkey seed", "megolm session data")

# AWS access key ids: a four-letter type prefix and 16 base-32 characters. (The unique ids of
# users, roles, groups, policies and instance profiles, `AIDA…`, `AROA…`, `AGPA…`, `ANPA…`,
# `ANVA…`, `AIPA…`, share the shape but name a principal as its ARN does, and stay.)
_AWS_KEY_ID = regex_detector(
    "aws_access_key",
    ("akia", "asia", "abia", "acca"),
    r"(?<![A-Z0-9])(?P<s>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Z0-9])",
)
# a key's metadata record (`aws iam list-access-keys`, `get-access-key-last-used`: the id beside
# its status and dates, no secret on the line) lists a key by its id, also as a table's or text's
# row (the id, its creation time, its status); `create-access-key` prints the secret beside it
_KEY_METADATA = lazyre.compile(r"(?i)\"(?:CreateDate|LastUsedDate)\"[ \t]{0,4}:")
_KEY_ROW_AFTER = lazyre.compile(
    r"[ \t|]{1,16}\d{4}-\d\d-\d\dT[\d:.]{8,15}(?:Z|[+-]\d\d:?\d\d)?[ \t|]{1,16}(?:In)?[Aa]ctive\b"
    # (the status first, then the creation time: the same listing as CSV or `--output text`)
    r"|[ \t,|]{1,16}(?:In)?[Aa]ctive[ \t,|]{1,16}\d{4}-\d\d-\d\dT[\d:.]{8,15}(?:Z|[+-]\d\d:?\d\d)?\b"
)


# a SigV4 credential scope after the key id (`Credential=AKIA…/20240304/us-east-1/s3/aws4_request`,
# percent-encoded in a presigned URL's `X-Amz-Credential`): every signed request carries the id
# in the clear; the signature beside it is what proves the secret, and goes (query.py, headers)
_SIGV4_SCOPE_AFTER = lazyre.compile(
    r"(?:/|%2F)\d{8}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)aws4_request"
)

# a query's key id before its secret, which the server printed masked (CockroachDB's `SHOW JOBS`
# and `SHOW BACKUP`: `?AWS_ACCESS_KEY_ID=AKIA…&AWS_SECRET_ACCESS_KEY=redacted`): no pair to use
_SECRET_REDACTED_AFTER = lazyre.compile(
    r"&AWS_SECRET_ACCESS_KEY=(?:redacted|REDACTED|\*{3,32}|<redacted>)(?=[&'\"\s]|\Z)"
)


# the secret access key after its id on the same line (a credentials CSV's row, a note, `id:secret`)
_PAIRED_SECRET = lazyre.compile(
    r"[\"']?[ \t]{0,4}[,:;|\t ][ \t]{0,4}[\"']?(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
)
# an access key id that ends its line (a quote or a comma after it at most): the secret may
# stand on the next (nextpair.py)
AWS_KEY_ID_AT_END = lazyre.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}[\"',]?[ \t]*\Z")
_LOWER = lazyre.compile(r"[a-z]")
_UPPER = lazyre.compile(r"[A-Z]")


def aws_secret_key(token: str) -> bool:
    """An AWS secret access key's shape: 40 characters of base64, both cases, random (not a
    hex digest, not a word)."""
    return (
        len(token) == 40
        and _LOWER.search(token) is not None
        and _UPPER.search(token) is not None
        and looks_random(token, 40)
    )


def _aws_key_spans(line: str) -> Iterator[Span]:
    if _KEY_METADATA.search(line) and "secret" not in line.lower():
        return
    for start, end, kind in _AWS_KEY_ID.find(line):
        if "aws4_request" in line and _SIGV4_SCOPE_AFTER.match(line, end):
            continue
        if "&AWS_SECRET" in line and _SECRET_REDACTED_AFTER.match(line, end):
            continue
        if "ctive" in line and _KEY_ROW_AFTER.match(line, end):
            continue
        yield start, end, kind
        pair = _PAIRED_SECRET.match(line, end)
        if pair is not None and aws_secret_key(pair.group("s")):
            yield pair.start("s"), pair.end("s"), "aws_secret_key"


AWS_ACCESS_KEY = Detector("aws_access_key", _AWS_KEY_ID.hints, _aws_key_spans)
# GitHub: classic tokens gh[pousr]_ + 36 or more, fine-grained github_pat_.
GITHUB_TOKEN = regex_detector(
    "github_token",
    ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    r"(?<![A-Za-z0-9_])(?P<s>(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255}))",
    accept=lambda v: not is_mask(v),
)
# GitLab personal/deploy/runner tokens, npm, Hugging Face, OpenAI/Anthropic, SendGrid (SMTP
# relays), Docker Hub, HashiCorp Vault, Sentry, Google OAuth access and refresh tokens (an
# impersonated service account's with its dotted kind first, `ya29.c.c0…`), Prefect
# Cloud's user and service account API keys (`pnu_`, `pnb_`), Grafana's service account tokens
# (`glsa_`), Grafana Cloud's access policy tokens (`glc_`, base64) and Databricks' personal
# access tokens (`dapi` and 32 hex, a `-2` after some).
OTHER_TOKENS = regex_detector(
    "api_token",
    (
        "glpat-",
        "gldt-",
        "glrt-",
        "npm_",
        "hf_",
        "sk-",
        "sg.",
        "dckr_pat_",
        "hvs.",
        "sntrys_",
        "ya29.",
        "1//0",
        "pnu_",
        "pnb_",
        "glsa_",
        "glc_",
        "dapi",
    ),
    r"(?<![A-Za-z0-9_-])(?P<s>(?:glpat-[A-Za-z0-9_-]{20,64}|gldt-[A-Za-z0-9_-]{20,64}"
    r"|glrt-[A-Za-z0-9_-]{20,64}|dckr_pat_[A-Za-z0-9_-]{24,64}|hvs\.[A-Za-z0-9_-]{24,256}"
    r"|sntrys_[A-Za-z0-9+/=_-]{40,512}|ya29\.(?:[A-Za-z0-9_-]{1,4}\.){0,2}[A-Za-z0-9_-]{20,2048}|1//0[A-Za-z0-9_-]{40,512}"
    r"|npm_[A-Za-z0-9]{36}|pn[ub]_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,40}|sk-(?:proj-|ant-api03-|ant-)?[A-Za-z0-9_-]{20,200}"
    r"|SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}"
    r"|glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}|glc_[A-Za-z0-9+/]{32,1024}={0,2}"
    r"|dapi[0-9a-f]{32}(?:-[0-9])?(?![A-Za-z0-9])))",
    accept=lambda v: not is_mask(v),  # (a docs' stand-in: `hf_xxxx…`)
)
# Slack: xox?- tokens, app tokens, and incoming-webhook URLs (the path is the secret).
SLACK_TOKEN = regex_detector(
    "slack_token",
    ("xox", "xapp-"),
    r"(?<![A-Za-z0-9])(?P<s>(?:xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\d-[A-Za-z0-9-]{10,250}))",
)
SLACK_WEBHOOK = regex_detector(
    "slack_webhook",
    ("hooks.slack.com",),
    r"(?i)hooks\.slack\.com/(?:services|workflows|triggers)/(?P<s>[A-Za-z0-9_/+-]{8,300})",
    accept=lambda v: not _placeholder_path(v),
)


def _placeholder_path(path: str) -> bool:
    """A webhook URL as a template writes it (`T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`):
    its last segment, the token, is a mask or a fill-in (`XXXX`, `YOUR_WEBHOOK_TOKEN`)."""
    token = path.rstrip("/").rsplit("/", 1)[-1]
    return len(token) >= _PLACEHOLDER_MIN and is_trivial_value(token)


_PLACEHOLDER_MIN = 8  # (a short last segment is a path word, not where the token goes)


# Chat webhooks whose URL is the credential: Microsoft Teams / Office 365 connectors
# (`…webhook.office.com/webhookb2/<guid>@<guid>/IncomingWebhook/<hex>/<guid>[/<token>]`, also the
# older `outlook.office.com/webhook/…` and Power Automate's `…/workflows/<id>/triggers/…?sig=`,
# which AZURE_KEY takes) and Discord (`discord.com/api/webhooks/<id>/<token>`, also
# discordapp.com and the canary/ptb hosts). The host and the first path words stay.
CHAT_WEBHOOK = regex_detector(
    "webhook_url",
    ("office.com/webhook", "discord"),
    r"(?i)(?:\.office\.com/webhook(?:b2)?/|discord(?:app)?\.com/api/webhooks/)"
    r"(?P<s>[A-Za-z0-9@/_.~%-]{16,600})",
    accept=lambda v: not _placeholder_path(v),
)
# Azure storage: AccountKey=, SharedAccessKey=, SAS signatures (sig=).
AZURE_KEY = regex_detector(
    "azure_key",
    ("accountkey", "sharedaccesskey", "sig=", "sharedaccesssignature"),
    r"(?i)(?:AccountKey|SharedAccessKey|SharedAccessSignature|[?&;]sig)\s{0,3}=\s{0,3}"
    r"(?P<s>[A-Za-z0-9%+/=_.:&-]{8,600}?)(?=$|[\s;\"',<>]|&(?!sig))",
    # (azcopy logs a SAS with `sig=-REDACTED-`: its own mask)
    accept=lambda v: not is_mask(v),
)
# Keys of tools with a fixed shape: age identities (`AGE-SECRET-KEY-1` and 58 bech32
# characters), Tailscale auth, OAuth client and API keys (`tskey-auth-<id>-<secret>`), and a
# Modal token's id (`ak-…`, `token_id` beside `token_secret = "as-…"`): the id half of a pair, as
# an AWS access key id is, and redacted alike.
TOOL_KEY = regex_detector(
    "tool_key",
    ("age-secret-key-1", "tskey-", "ak-"),
    r"(?<![A-Za-z0-9-])(?P<s>AGE-SECRET-KEY-1[0-9A-Z]{58}"
    r"|tskey-(?:auth|client|api|scim|webhook)-[A-Za-z0-9]{4,40}-[A-Za-z0-9]{16,80}"
    r"|ak-(?=[a-z]{0,63}[A-Z0-9])(?=[A-Z0-9]{0,63}[a-z])[A-Za-z0-9]{20,64})(?![A-Za-z0-9])",
)
# A PEM private key in base64 (a Kubernetes Secret's `tls.key`, Envoy's `inline_bytes`):
# `LS0tLS1CRUdJTi` is base64 of "-----BEGIN "; it goes when it decodes to a key block.
BASE64_PEM_KEY = regex_detector(
    "private_key",
    ("ls0tls1crudjti",),
    r"(?<![A-Za-z0-9+/])(?P<s>LS0tLS1CRUdJTi[A-Za-z0-9+/]{16,16384}={0,2})(?![A-Za-z0-9+/=])",
    accept=lambda v: _decodes_to_key_block(v),
)
_KEY_BLOCK = lazyre.compile(r"-----BEGIN" + KEY_LABEL + "-----")


def _decodes_to_key_block(value: str) -> bool:
    head = value[:120]
    head = head[: len(head) - len(head) % 4]
    try:
        raw = base64.b64decode(head, validate=True).decode("ascii", "replace")
    except (binascii.Error, ValueError):
        return False
    return _KEY_BLOCK.match(raw) is not None


# Google API keys.
GCP_API_KEY = regex_detector(
    "gcp_api_key", ("aiza",), r"(?<![A-Za-z0-9_-])(?P<s>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])"
)
# JWTs (W&B licenses, OIDC ID tokens, Kubernetes service-account tokens); not the body of
# Mapbox's public token (`pk.eyJ…`, vendorpublic.py; its secret `sk.eyJ…` is one).
JWT = regex_detector(
    "jwt",
    ("eyj",),
    r"(?<![A-Za-z0-9_-])(?<!\bpk\.)(?P<s>eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{4,16384}\.?[A-Za-z0-9_-]{0,8192})",
)
# Key blocks in one line (JSON-escaped \n in a service-account key, or the header alone); not
# the markers around an elided body, as help texts and docs write them (`-----BEGIN PRIVATE
# KEY----- ... -----END PRIVATE KEY-----`)
PRIVATE_KEY = regex_detector(
    "private_key",
    KEY_BLOCK_HINTS,
    r"(?P<s>-----BEGIN" + KEY_LABEL + r"-----(?![ \t]{0,4}(?:\.\.\.|…)[ \t]{0,4}-----END)"
    r"(?:[A-Za-z0-9+/=\\ \t:,-]{0,16384}?-----END" + KEY_LABEL + r"-----"
    r"|[A-Za-z0-9+/=\\ \t:,-]{0,16384}))",
)
# W&B API keys: local-<40 hex> (self-hosted), the 86-character keys the SDK takes since 0.22.3
# (`wandb_v1_` and 77 word characters; the SDK checks 40 or more), and `wandb login <key>`; a key
# pasted with more after it is the same secret, and the SDK's error echoes it (`Received invalid
# key: local-…`).
WANDB_API_KEY = regex_detector(
    "wandb_api_key",
    ("local-", "login", "wandb_v1_"),
    r"(?i)(?<![A-Za-z0-9-])(?P<s>local-[0-9a-f]{40,64})(?![0-9a-f])"
    r"|(?<![A-Za-z0-9])wandb_v1_(?P<v>[A-Za-z0-9_]{40,})"
    r"|\blogin\b[^\n]{0,200}?(?<![A-Za-z0-9])(?P<t>[0-9a-f]{40}|[0-9a-f]{86})(?![A-Za-z0-9])",
)
# A W&B API key's shape (40 or 86 hex) assigned to a bare `key` (a traceback's local in
# wandb_login: `key = '…'`; the slow log's `WHERE raw_key = '…'`): the name alone would take
# every cache key, the shape alone every SHA-1 digest (`commit = '…'` stays, and a JSON member
# `"key": "…"`, an object's or a cache's key).
# A command line's `--key <key>` is the same (a service's argv in `ps` or `systemctl status`),
# and a bare `key:` that opens a line, a quoted string or an element, as a chat message or a
# ticket's note gives it (``key: `…` ``, `key: <code>…</code>`), also said to be the one in use
# (`key in use: …`, `key used: …`: which key, not what it keys); after a word (`cache key: …`,
# `object key: …`) it stays a key of something.
_IN_USE = r"(?:[ \t]{1,4}(?:(?:currently[ \t])?in[ \t]use|used|now|active))?"
_BARE_KEY = lazyre.compile(
    r"(?:(?<![\w.-])(?P<n>[A-Za-z_]{0,24}[Kk](?:ey|EY))`?[ \t]{0,4}==?"
    r"|(?<![\w-])--?(?:key|KEY)(?:=|[ \t])"
    r"|(?:^[ \t]*|(?<=[\"'>(]))(?:key|KEY)" + _IN_USE + r"[ \t]{0,4}:[ \t]{0,4}(?:`|<code>)?)"
    r"[ \t]{0,4}[\"']?(?P<s>[0-9a-f]{40}|[0-9a-f]{86})(?![0-9A-Za-z])"
)


# the words that leave a bare `key` a key (`key`, `raw_key`, `plainKey`), not a key of something
# else (`cache_key`, `sort_key`): too bare for names.py to call secret, a key's shape makes it one
_BARE_KEY_WORDS = frozenset({"key", "raw", "plain", "plaintext", "clear", "new", "old", "user"})


def _bare_key(line: str) -> Iterator[Span]:
    for m in _BARE_KEY.finditer(line):
        ws = words(m.group("n") or "key")  # (a flag: `--key`)
        if ws[-1:] == ["key"] and all(w in _BARE_KEY_WORDS for w in ws):
            yield m.start("s"), m.end("s"), "wandb_api_key"


BARE_KEY = Detector(
    "wandb_api_key",
    ("key",),
    _bare_key,
    (
        r"key`?[ \t]{0,4}=[ \t]{0,4}[\"']?[0-9a-f]{40}",
        r"-key[ \t][ \t]{0,4}[\"']?[0-9a-f]{40}",
        r"(?:^[ \t]*|[\"'>(])key" + _IN_USE + r"[ \t]{0,4}:[ \t]{0,4}(?:`|<code>)?[ \t]{0,4}[\"']?"
        r"[0-9a-f]{40}",
    ),
)
# MySQL password hashes (mysql_native_password) in grants and user tables.
PASSWORD_HASH = regex_detector(
    "password_hash",
    ("*",),
    r"(?<![A-Za-z0-9])(?P<s>\*[0-9A-Fa-f]{40})(?![0-9A-Fa-f])",
)
_LEAD_PAIR = lazyre.compile(r"[a-z][a-z_]{2,30}=")
# Authorization schemes wherever they appear (also inside JSON strings).
BEARER = regex_detector(
    "bearer_token",
    ("bearer", "token "),
    r"(?i)\b(?:bearer|token)\s{1,4}(?P<s>[A-Za-z0-9._~+/=-]{12,8192})",
    # (`token header=eyJ…`: a field of the token is named, not the token; `print-access-token
    # --impersonate-service-account=…`: an option after the command's name)
    accept=lambda v: (
        not v.startswith("--")
        and (any(c.isdigit() for c in v) or (len(v) >= 20 and not v.isalpha()) or _case_random(v))
        and _LEAD_PAIR.match(v) is None
    ),
)


def _case_random(value: str) -> bool:
    """Letters only, but their case switching as in a generated token (`wiPkbeozWaRrvINChC`),
    not as in a word or a CamelCase name (`BearerAuthentication`)."""
    if len(value) < 16 or not value.isalpha():
        return False
    switches = sum(1 for a, b in pairwise(value) if a.isupper() != b.isupper())
    return switches >= 6 and switches >= len(value) // 3


BASIC_AUTH = regex_detector(
    "basic_auth",
    ("basic ",),
    r"(?i)\bbasic\s{1,4}(?P<s>[A-Za-z0-9+/]{8,4096}={0,2})",
    accept=lambda v: _decodes_to_login(v),
)


def _decodes_to_login(value: str) -> bool:
    """Basic credentials are base64 of "user:password"."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return b":" in raw


# Microsoft Entra ID (Azure AD) client secrets: three characters, a digit, `Q~`, 31-34 more.
ENTRA_SECRET = regex_detector(
    "azure_client_secret",
    ("q~",),
    r"(?<![A-Za-z0-9_~.-])(?P<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
)
# A token as a path segment of a URL (and a UniFi Protect stream's alias, its RTSP URL's path):
# Mattermost's and Rocket.Chat's incoming webhooks
# (`/hooks/<id>`, `/hooks/<id>/<token>`: a shorter id before the token stays), conda channels behind a token (`https://conda.example.com/t/<token>/…`),
# alert integrations' REST endpoints whose path carries the key (VictorOps'
# `/integrations/generic/20131114/alert/<key>/<routing key>`, PagerDuty's `/integration/<key>/`)
# (also Slack's incoming-webhook path on another host, a relay or a Slack-compatible endpoint:
# `/services/T…/B…/<token>`, the team's and the bot's ids before it, or the team's alone), and a
# token after `/webhooks/` (OpenShift's BuildConfig triggers,
# `…/buildconfigs/<name>/webhooks/<secret>/github`; generic receivers' `/webhook/<token>`)
_PATH_TOKEN = lazyre.compile(
    r"/(?:hooks(?:/[A-Za-z0-9]{8,19})?|webhooks?|t|integration|integrations/generic/\d{8}/alert"
    r"|services/T[A-Z0-9]{0,15}(?:/B[A-Z0-9]{0,15})?)"
    r"/(?P<t>[A-Za-z0-9_-]{20,128})"
    r"(?![A-Za-z0-9_-])"
)


# a path's slug, lower-case words and a version (`documentation_index_page_v2`): no token
_SLUG = lazyre.compile(r"[a-z]{2,32}(?:[_-](?:[a-z]{2,32}|v\d{1,3}))+")


# an OCI pre-authenticated request (`/p/<token>/n/<namespace>/b/<bucket>/o/…`): the token is
# the credential, with or without a scheme and host before it (`"access-uri": "/p/…"`)
_PAR_TOKEN = lazyre.compile(r"/p/(?P<t>[A-Za-z0-9_-]{20,128})/n/[\w.-]{1,64}/b/")


# a UniFi Protect camera's stream alias, the whole path of its RTSP(S) URL (`rtsps://HOST:7441/
# <alias>?enableSrtp`, `rtsp://HOST:7447/<alias>`): whoever has it watches the stream
_PROTECT_ALIAS = lazyre.compile(
    r"rtsps?://[^\s/@]{1,255}:74(?:41|47)/(?P<t>[A-Za-z0-9]{16})(?=[?\s\"']|\Z)"
)


def _path_token_spans(line: str) -> Iterator[Span]:
    if "rtsp" in line:
        for m in _PROTECT_ALIAS.finditer(line):
            t = m.group("t")
            if t.lower() != t != t.upper():
                yield m.start("t"), m.end("t"), "webhook_url"
    for m in _PATH_TOKEN.finditer(line):
        floor = max(0, m.start() - 2048)
        gap = max(line.rfind(" ", floor, m.start()), line.rfind("\t", floor, m.start()))
        token = m.group("t")
        in_url = line.find("://", max(gap, floor), m.start()) >= 0
        if in_url and looks_random(token, 20) and not _SLUG.fullmatch(token):
            yield m.start("t"), m.end("t"), "webhook_url"
    if "/p/" in line:
        for m in _PAR_TOKEN.finditer(line):
            if looks_random(m.group("t"), 20):
                yield m.start("t"), m.end("t"), "webhook_url"


URL_PATH_TOKEN = Detector(
    "webhook_url",
    ("://", "/p/"),  # (the path follows a scheme; `/hooks/` would be a new first character)
    _path_token_spans,
    (
        r"://[^\s]*/(?:hooks|webhooks?|t|integration|alert)/[a-z0-9_-]{20}",
        r"://[^\s]*/hooks/[a-z0-9]{8,19}/[a-z0-9_-]{20}",
        r"://[^\s]*/services/t[a-z0-9]{0,15}/(?:b[a-z0-9]{0,15}/)?[a-z0-9_-]{20}",
        r"/p/[a-z0-9_-]{20,}/n/",
        r"rtsps?://[^\s/@]*:74(?:41|47)/[a-z0-9]{16}",
    ),
)
