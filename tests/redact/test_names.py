"""The one home of secret names (wbdiag.redact.names)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name, is_secret_setting
from wbdiag.redact.prefilter import ENV_ENGINE
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value
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
        "X-Amz-Security-Token", "auth", "masterauth", "DB_PWD", "adminpw", "Passwort", "Kennwort",
        "storepass", "password_sha256_hex", "api/token", "primaryauth", "replica_auth",
        "license key", "licence key", "LICENCE_KEY",
        # in other scripts, with their marks (Devanagari's vowel signs, a Telugu ZWNJ) or not
        "पासवर्ड", "डेटाबेस_पासवर्ड", "পাসওয়ার্ড", "கடவுச்சொல்", "పాస్‌వర్డ్", "పాస్వర్డ్",
        "گذرواژه", "אסימון", "პაროლი", "συνθηματικό", "ΣΥΝΘΗΜΑΤΙΚΟ",
        # two words, apart or joined (the word of passing; secret word; access code)
        "كلمة المرور", "كلمة_المرور", "كلمة السر", "رمز عبور", "κωδικός πρόσβασης", "mật khẩu",
        # Greek's "code" as a login form's password, a key with its qualifier, Thai glued
        "κωδικός", "ΚΩΔΙΚΟΣ", "κωδικος_χρήστη", "गुप्त कुंजी", "κλειδί_πρόσβασης",
        "المفتاح_السري", "מפתח_פרטי", "รหัสผ่านฐานข้อมูล",
        # vendors' key headers
        "x-honeycomb-team", "X-RapidAPI-Key", "x-functions-key", "Ocp-Apim-Subscription-Key",
        "X-Insert-Key",
        # S3's SSE-C key the customer sends (header, CLI flags, SDK field)
        "x-amz-server-side-encryption-customer-key", "sse-c-key", "sse-customer-key",
        "SSECustomerKey",
        # a TOTP seed (a password manager's login, an account's 2FA setting)
        "totp", "totpSecret", "TOTP_SEED",
        # a session cookie (not an SSO section's name)
        "wandb_session", "_gitlab_session",
        # Azure managed identity's endpoint secret (the variable, the header it is sent as)
        "IDENTITY_HEADER", "X-IDENTITY-HEADER", "identityHeader",
        # the API keys a server accepts; a basic-auth users list (user:hash lines)
        "AUTHENTICATION_APIKEY_ALLOWED_KEYS", "allowed_api_keys", "basicAuth.users",
        "basic_auth_users",
        # JFrog's join key; an alarm panel's disarm code (Home Assistant)
        "joinKey", "JF_SHARED_SECURITY_JOINKEY", "alarm_code",
        # SIP digest hashes (Asterisk's, FreeSWITCH's), SCRAM's keys, a DES key, Camo's key,
        # mailcow's root password, a secure cookie's keys
        "md5_cred", "a1-hash", "stored_key", "server_key", "des_key", "ROUNDCUBEMAIL_DES_KEY",
        "camo_key", "DBROOT", "hashkey", "blockkey",
    ],
)  # fmt: skip
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "PWD", "OLDPWD", "pwd", "password_policy", "PasswordPolicies", "tokenIssuedDateTime",
        "DKIM-Signature", "ARC-Seal", "signup.password.placeholder", "apiKey.help", "oauth", "token_type", "tokenizer", "MYSQL_PASSWORD_FILE",
        "tokenFile", "secretName", "existingSecret", "secretKeyRef", "passwordSecretName",
        "OIDC_AUTH_METHOD", "max_tokens", "primary_key", "cache_key", "key", "bypass",
        "MYSQL_USER", "HOST", "OIDC_CLIENT_ID", "token_expiry", "validate_password.policy",
        "chpasswd", "password-stdin", "checksum/secret", "passwordRef", "secretArn",
        # the first of two words alone, a code that is no password, a key without qualifier
        "كلمة", "حركة المرور", "κωδικός_προϊόντος", "κλειδί", "कुंजी", "مفتاح",
        # headers whose key names a request, where a password policy is kept
        "X-Idempotency-Key", "X-Cache-Key", "x-honeycomb-dataset", "pwdPolicySubentry",
        "password_policy_dn",
        # the digest sent beside an SSE-C key, the algorithm, a customer's key in a table
        "x-amz-server-side-encryption-customer-key-MD5", "SSECustomerKeyMD5",
        "x-amz-server-side-encryption-customer-algorithm", "customer_key",
        # whether a TOTP is set, how long its codes last
        "totp_enabled", "totpRequired", "totp_period",
        # a sidecar that syncs Secrets, AWS config's SSO section, a model's tensors
        "secretSync", "password_sync", "sso_session", "model.embed_tokens.weight",
        "encoder.token_embedding.bias",
        # the managed identity's endpoint and which header names a proxy's user
        "IDENTITY_ENDPOINT", "identity_header_name", "identity", "header",
        # allowed keys of no secret, the users API keys belong to, a rate limit's counts, a
        # run's token budget
        "ALLOWED_KEYS", "allowed_keys", "AUTHENTICATION_APIKEY_USERS", "api_key_users",
        "x-ratelimit-remaining-tokens", "anthropic-ratelimit-tokens-remaining",
        "x-ratelimit-limit-tokens", "token_budget",
        # an alarm panel's settings about its code, not the code
        "code_arm_required", "alarm_code_format",
        # the SQL that looks a password up (Dovecot's), a key's file, SCRAM's iteration count
        "password_query", "user_query", "server_key_file", "a1_hash_file", "password_column",
        "password_column_2",
        # Redis' error code for a refused AUTH, as a replica logs its reply
        "WRONGPASS",
    ],
)  # fmt: skip
def test_not_secret_names(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize(
    "value", ["true", "OFF", "1234", "${MYSQL_PASSWORD}", "********", "<your-password>", "GPL",
              "files systemd", "[REDACTED:keyvalue:3]", "k8s-secret://wandb/mysql", "16 bytes",
              "3 mounted", "%(MYSQL_PASSWORD)s", "vault:secret/data/wandb#mysql",
              "arn:aws:secretsmanager:us-east-1:123456789012:secret:wandb-Ab3dEf",
              "projects/acme/secrets/mysql/versions/3", "your_api_token_here", "changeit",
              # the AWS CLI reads a binary parameter from a file (`--sse-customer-key fileb://…`)
              "fileb://sse.key",
              # a key's prefix with an ellipsis for the key (`.env.example`)
              "sk-...", "ghp_\u2026", "xoxb-...",
              # a docs' run of `x` after the prefix (`export HF_TOKEN=hf_xxxx…`)
              "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
              # the reader's own key after the vendor's prefix (LangSmith's `.env.example`)
              "lsv2_pt_your_api_key_here", "sk-your-key-here",
              # LiteLLM's read of an environment variable; a debugger's null pointer
              "os.environ/OPENAI_API_KEY", "0x0", "0x0000000000000000"],
)  # fmt: skip
def test_trivial_values(value: str) -> None:
    assert is_trivial_value(value)


# a key cut short still holds its characters; a prefix and a key with no ellipsis is the key
@pytest.mark.parametrize(
    "value",
    [
        "sk-Tb6qP9wLx3mZ...",
        "ghp_Kd8mW3xQz5vR\u2026",
        "sk-proj-Tb6qP9wLx3mZ",
        "hf_xxxxxxxxK3y9Qz7Wm",
        # a pointer with a string behind it, a key that holds a placeholder's words
        "0x55558ced1e60",
        "lsv2_pt_8f0a3b2c9d4e5f6a7b8c9d0e1f2a3b4c_here",
    ],
)
def test_cut_keys_are_not_trivial(value: str) -> None:
    assert not is_trivial_value(value)


@pytest.mark.parametrize(
    ("name", "value"),
    [("ssl_key", "server-key.pem"), ("license", "./license.txt"), ("keyfile", "../certs/tls.key"),
     ("tls.key", "/etc/ssl/private/tls.key"), ("LoadCredential", "api-token:/run/keys/api-token"),
     # an LDAP entry's name, a YAML tag resolved elsewhere
     ("pwdPolicySubentry", "cn=default,ou=policies,dc=example,dc=org"),
     ("bind_password_entry", "uid=svc,ou=people,dc=corp,dc=example"),
     ("password", "!vault wandb/db#password"), ("db_password", "!secret db_password"),
     # which header carries the identity, by its name (a proxy's setting)
     ("identity_header", "x-hoop-user"), ("CALLER_IDENTITY_HEADER", "X-Agent-Id"),
     # Tomcat's Resource: who signs on to it
     ("auth", "Container"), ("auth", "Application")],
)  # fmt: skip
def test_reference_values(name: str, value: str) -> None:
    assert is_reference_value(name, value)


def test_a_secret_that_looks_like_a_file_name_is_still_one() -> None:
    assert not is_reference_value("password", "Xk9fQ2mZ7t.pem")


def test_a_secret_under_a_header_name_is_no_header_name() -> None:
    # (a UUID's version group starts with a digit; a dashed word that does is no header's)
    assert not is_reference_value("IDENTITY_HEADER", "fb87949e-bba0-4b06-bc3f-d4ecdbe7c0e5")


# Azure managed identity's secret, as the environment holds it and curl sends it; the header a
# proxy names stays (both prefilter engines: `identity` is a name hint of its own)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("IDENTITY_HEADER=fb87949e-bba0-4b06-bc3f-d4ecdbe7c0e5", "fb87949e-bba0-4b06-bc3f-d4ecdbe7c0e5"),
        ('$ curl -s "$IDENTITY_ENDPOINT?resource=https://vault.azure.net" -H "X-IDENTITY-HEADER: 40f60c76-55bd-48ca-babe-ae024578c6c1"', "40f60c76-55bd-48ca-babe-ae024578c6c1"),
        ("    identityHeader: Zq8Lm2Pw7Kd4Rt9Vx3Ny", "Zq8Lm2Pw7Kd4Rt9Vx3Ny"),
        ("identity_header: X-Forwarded-Email", None),
        ('SKILLSCRIPT_MCP_CALLER_IDENTITY_HEADER: "X-Agent-Id"', None),
        ("IDENTITY_ENDPOINT=http://10.0.0.4:42356/msi/token", None),
        ('-H "X-IDENTITY-HEADER: $IDENTITY_HEADER"', None),
    ],
)  # fmt: skip
def test_identity_header_values(
    engine: str, line: str, secret: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    out = Redactor()(line)
    assert (secret not in out) if secret else out == line


# A Secret's key named for the password it holds (cert-manager's PKCS12 keystore:
# `passwordSecretRef: {name: …, key: password-key}`) and a user's own API key (Alertmanager's
# Pushover receiver, 3scale) hold secrets; a chart's setting that names such a key by what it
# holds is a reference (Grafana's `admin.userKey: admin-user`, `passwordKey: admin-password`).
@pytest.mark.parametrize("name", ["password-key", "password_key", "user_key", "userKey"])
def test_keys_named_for_what_they_hold(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    ("name", "value"),
    [("userKey", "admin-user"), ("passwordKey", "admin-password"), ("passwordKey", "password-key"),
     ("user_key", "pushover-user")],
)  # fmt: skip
def test_a_key_named_for_what_it_holds_is_a_reference(name: str, value: str) -> None:
    assert is_reference_value(name, value)


@pytest.mark.parametrize(
    ("name", "value"),
    [("user_key", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"), ("userKey", "admin"),
     ("password-key", "Kt7-wq2!Rv9mZp4Lx8Qs")],
)  # fmt: skip
def test_a_key_whose_value_names_nothing_of_it_is_no_reference(name: str, value: str) -> None:
    assert not is_reference_value(name, value)


@pytest.mark.parametrize("engine", ["hyperscan", "re"])
@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("  password-key: Kt7-wq2!Rv9mZp4Lx8Qs", "Kt7-wq2!Rv9mZp4Lx8Qs"),
        ('  password_key: "Hn4~pQ8vZr2Lw6Xk"', "Hn4~pQ8vZr2Lw6Xk"),
        ("  - user_key: uQiRzpo4DXghDmr9QzzfQu27cmVRsG", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"),
        ("    userKey: admin-user", None),
        ("    passwordKey: admin-password", None),
        ("      key: password-key", None),
        ("  user_key_file: /etc/alertmanager/pushover_user_key", None),
    ],
)  # fmt: skip
def test_keys_named_for_what_they_hold_in_lines(
    engine: str, line: str, secret: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    out = Redactor()(line)
    assert (secret not in out) if secret else out == line
