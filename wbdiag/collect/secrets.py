"""Secrets known before anything is read: every secret setting's value, and the credentials inside
URL settings, become exact strings the redactor replaces wherever they appear (logs included)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_setting


def register_setting_secrets(redactor: Redactor, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        if not value:
            continue
        if is_secret_setting(name):
            redactor.add_secret(value, "setting")
        if "://" in value and "@" in value:
            try:
                parts = urlsplit(value)
            except ValueError:
                continue
            if parts.password:
                redactor.add_secret(unquote(parts.password), "password")
                redactor.add_secret(parts.password, "password")
            if parts.username and parts.password and parts.scheme in ("s3", "gs", "az"):
                # an object store's access key: an identity, but with the secret it is a login
                redactor.add_secret(unquote(parts.username), "access_key")
