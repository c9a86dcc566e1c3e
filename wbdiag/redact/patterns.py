"""What secrets look like. Each detector names a kind and the group that holds the secret;
the rest of the match (the key name, the URL's host) stays readable.

Placeholders look like [REDACTED:kind:n]; every detector skips text that already is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\[REDACTED:[a-z_]+:\d+\]")

_SECRET_NAME = (
    r"(?:[A-Za-z0-9_.-]*(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|LICENSE|API_KEY|APIKEY|ACCESS_KEY|"
    r"PRIVATE_KEY|SESSION_KEY|BIND_PW|STORAGE_KEY|SECRET_KEY|CREDENTIALS?)[A-Za-z0-9_.-]*)"
)


@dataclass(frozen=True)
class Detector:
    kind: str
    regex: re.Pattern[str]
    group: str = "secret"
    # Lower-case substrings a match cannot do without. Checked first: most log lines hold none,
    # and skipping the regex there is what keeps redaction at log speed (the `setting` pattern
    # alone backtracks at every word boundary).
    hints: tuple[str, ...] = ()
    key_group: str | None = None  # a group that must name a secret (see key_is_secret)

    def may_match(self, lowered: str) -> bool:
        return not self.hints or any(h in lowered for h in self.hints)


DETECTORS: tuple[Detector, ...] = (
    # PEM private keys (whole block when it sits in one string; line mode handles the rest)
    Detector(
        "private_key",
        re.compile(
            r"(?P<secret>-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z))",
            re.DOTALL,
        ),
        hints=("private key",),
    ),
    # user:password@ in any URL or DSN (percent-encoded too); the user name stays
    Detector(
        "url_password",
        re.compile(
            # the secret may hold "/" (AWS secret keys do); over-redacting a rare host:port/path@x
            # is the safe mistake
            r"[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@\"'<>]*:(?P<secret>[^\s@\"'<>]+)@"
        ),
        hints=("://",),
    ),
    # KEY=VALUE, KEY: VALUE, "KEY": "VALUE" for secret-looking names (env, YAML, JSON, logs)
    # Any key=value pair is found cheaply; only keys with a secret word in them count (checked
    # in Python by `key_is_secret`: one regex alternation over every identifier backtracked
    # badly on long JSON log lines).
    Detector(
        "setting",
        re.compile(
            r"(?<![A-Za-z0-9_.-])(?P<key>[A-Za-z0-9_.-]+)\"?\s*[:=]\s*\"?"
            r"(?!(?:true|false|null|none|yes|no|0|1)\b)(?P<secret>[^\s\"',;&}]{4,})",
            re.IGNORECASE,
        ),
        hints=(
            "passw",
            "pwd",
            "secret",
            "token",
            "licen",
            "api_key",
            "apikey",
            "access_key",
            "private_key",
            "session_key",
            "bind_pw",
            "storage_key",
            "credential",
        ),
        key_group="key",
    ),
    # Authorization headers and bearer tokens
    Detector(
        "bearer_token",
        re.compile(r"(?i)\b(?:bearer|token)\s+(?P<secret>[A-Za-z0-9._~+/=-]{16,})"),
        hints=("bearer", "token"),
    ),
    Detector(
        "basic_auth",
        re.compile(r"(?i)\bbasic\s+(?P<secret>[A-Za-z0-9+/=]{12,})"),
        hints=("basic",),
    ),
    # JWTs (W&B licenses, OIDC tokens, Kubernetes service-account tokens)
    Detector(
        "jwt",
        re.compile(r"(?P<secret>\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"),
        hints=("eyj",),
    ),
    # AWS access key ids
    Detector(
        "aws_access_key",
        re.compile(r"(?P<secret>\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b)"),
        hints=("akia", "asia"),
    ),
    # W&B API keys: local-<40 hex> or 40 hex after an api key marker
    Detector(
        "wandb_api_key",
        re.compile(r"(?P<secret>\blocal-[0-9a-f]{40}\b)"),
        hints=("local-",),
    ),
    # MySQL password hashes in grants and user tables
    Detector(
        "password_hash",
        re.compile(
            r"(?i)(?:PASSWORD|\bAS)\s*\(?\s*'(?P<secret>\*[0-9A-F]{40}|\$[A-Z0-9]\$[^']{8,})'"
        ),
        hints=("*", "$"),
    ),
    Detector("password_hash", re.compile(r"(?P<secret>\*[0-9A-F]{40}\b)"), hints=("*",)),
)

SECRET_KEY = re.compile(r"(?i)" + _SECRET_NAME + r"\Z")


# Keys that *name* a secret rather than hold one (Kubernetes `secretName`, `existingSecret`,
# `secretKeyRef`): their values are object names support needs to read.
_REFERENCE_KEY = re.compile(r"(?i)(?:.*(?:name|names|ref|keyref)|existing.*)\Z")


_SECRET_WORD = re.compile(r"(?i)" + _SECRET_NAME + r"\Z")


def key_is_secret(det: Detector, m: re.Match[str]) -> bool:
    """For detectors with a key group: does the key name a secret?"""
    if det.key_group is None:
        return True
    return _SECRET_WORD.match(m.group(det.key_group)) is not None


def is_reference_key(key: str) -> bool:
    return _REFERENCE_KEY.match(key) is not None


def is_secret_key(key: str) -> bool:
    """A JSON key or env var name whose string value is secret as a whole."""
    return SECRET_KEY.match(key) is not None and not is_reference_key(key)


# Kinds that are not secret on their own when they stand in the clear in a finished bundle,
# but still get redacted when seen during collection.
CHECK_KINDS = frozenset(d.kind for d in DETECTORS)
