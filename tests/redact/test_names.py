"""The one home of secret names (wbdiag.redact.names)."""

from __future__ import annotations

import pytest

from wbdiag.redact.names import is_secret_name, is_secret_setting, is_trivial_value
from wbdiag.settings import SECRET_SETTINGS


@pytest.mark.parametrize("name", sorted(SECRET_SETTINGS))
def test_every_secret_setting_of_the_reference_is_secret(name: str) -> None:
    assert is_secret_setting(name)


@pytest.mark.parametrize(
    "name",
    [
        "DB_PASS", "mysql_pass", "requirepass", "dbpass", "bindPW", "x-api-key", "smtpPassword",
        "client-secret", "MYSQL_ROOT_PASSWORD", "AccountKey", "SharedAccessKey", "tls.key",
        "Authorization", "Set-Cookie", "passwd", "GORILLA_SESSION_KEY", "sig", "ldapBindPassword",
        "X-Amz-Security-Token", "auth", "masterauth", "DB_PWD", "adminpw",
    ],
)  # fmt: skip
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "PWD", "OLDPWD", "pwd", "password_policy", "token_type", "tokenizer", "MYSQL_PASSWORD_FILE",
        "tokenFile", "secretName", "existingSecret", "secretKeyRef", "passwordSecretName",
        "OIDC_AUTH_METHOD", "max_tokens", "primary_key", "cache_key", "key", "bypass",
        "MYSQL_USER", "HOST", "OIDC_CLIENT_ID", "token_expiry", "validate_password.policy",
    ],
)  # fmt: skip
def test_not_secret_names(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize(
    "value", ["true", "OFF", "1234", "${MYSQL_PASSWORD}", "********", "<your-password>", "GPL",
              "files systemd", "[REDACTED:keyvalue:3]", "k8s-secret://wandb/mysql"],
)  # fmt: skip
def test_trivial_values(value: str) -> None:
    assert is_trivial_value(value)
