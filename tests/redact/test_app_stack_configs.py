"""Secrets that application stacks' configs keep under names or in forms of their own: symmetric
keys named for their cipher (`fernet_key`), environment variables set by index (`env[…] = …`),
JSON keys spelled in `\\u` escapes, Oracle JDBC URLs, Maven's master password, Bundler's
per-host credentials, a key element's value below it (ASP.NET Data Protection key rings); and
what stands in their place that is no secret (a command that prints the key, a credentials
entry's name, a placeholder in prose)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # symmetric keys named for their cipher or use, lower-case in a config file
    (
        "fernet_key = Zq8mW3vLx7Kp2Rt9Nb4Hc6Jd1Fs5Gy0Qe3Vw8Tu2Ai=",
        "Zq8mW3vLx7Kp2Rt9Nb4",
        "fernet_key",
    ),
    (
        "  cipher_key: 7f3a9c2e5b8d1f4a6c0e9b2d5f8a1c3e",
        "7f3a9c2e5b8d1f4a6c0e9b2d5f8a1c3e",
        "cipher_key",
    ),
    ('"symmetricKey": "Hq2vLp9mXw4Kz7Rt3Nb8"', "Hq2vLp9mXw4Kz7Rt3Nb8", '"symmetricKey"'),
    # an environment variable's name in brackets, unquoted (PHP-FPM pools), and the quoted forms
    ("env[REDIS_PASSWORD] = Tk4#mQ9vLz2Wx", "Tk4#mQ9vLz2Wx", "env[REDIS_PASSWORD]"),
    ("env[APP_SECRET]=Nw7pKx3Lq9Vz", "Nw7pKx3Lq9Vz", "env[APP_SECRET]"),
    ("$_ENV['MAIL_PASSWORD'] = 'Rv5nQ8kLw2Zx';", "Rv5nQ8kLw2Zx", "$_ENV['MAIL_PASSWORD']"),
    ('ENV["STRIPE_TOKEN"] = "Jm3xW9pLq6Kv"', "Jm3xW9pLq6Kv", 'ENV["STRIPE_TOKEN"]'),
    ('os.environ["HF_TOKEN"] = "Bq4zN8vKx2Lw"', "Bq4zN8vKx2Lw", 'os.environ["HF_TOKEN"]'),
    # a JSON key spelled in `\u` escapes, wholly or in part
    (
        r'{"\u0073\u0065\u0063\u0072\u0065\u0074": "Lx8qW2mVz5Kp", "id": 3}',
        "Lx8qW2mVz5Kp",
        '"id": 3',
    ),
    (r'{"api\u005fkey": "Hv3nK9xLq7Wz"}', "Hv3nK9xLq7Wz", r"api\u005fkey"),
    # Oracle JDBC URLs: a service after `//`, a SID after `:`, a quoted password
    (
        "spring.datasource.url=jdbc:oracle:thin:etl/Kq7vW2mZx9Lp@//db.example.org:1521/SVC",
        "Kq7vW2mZx9Lp",
        "jdbc:oracle:thin:etl/",
    ),
    ("url: jdbc:oracle:thin:app/Pz4nQ8vKw3@oradb:1521:PROD", "Pz4nQ8vKw3", "@oradb:1521:PROD"),
    ('jdbc:oracle:oci:"ops"/"Wx2 @Lq9"@(DESCRIPTION=(HOST=db))', "Wx2 @Lq9", '"ops"/'),
    # Maven's master password in settings-security.xml
    (
        "<master>{Nq3vK8xLw2Zp7Rt4Mb9Hc6Jd1Fs5Gy0Qe3Vw8Tu2Ai=}</master>",
        "Nq3vK8xLw2Zp7Rt4Mb9",
        "<master>",
    ),
    # Bundler's credentials for a gem source: its setting, the environment, `bundle config`
    ('BUNDLE_ENTERPRISE__EXAMPLE__IO: "ci-bot:3f9a2c7e"', "3f9a2c7e", "BUNDLE_ENTERPRISE"),
    (
        "BUNDLE_RUBYGEMS__PKG__GITHUB__COM=octocat:ghp_Kx7vQ2mLp9Wz3Rt8Nb4Hc6",
        "ghp_Kx7vQ2mLp9Wz3Rt8Nb4Hc6",
        "BUNDLE_RUBYGEMS__PKG__GITHUB__COM=",
    ),
    (
        "bundle config set --local gems.example.io deploy:Vq8mK3xLw7Zp",
        "Vq8mK3xLw7Zp",
        "gems.example.io",
    ),
    (
        'Set for your local app (/srv/app/.bundle/config): "deploy:Wz5nQ2vKx8Lp"',
        "Wz5nQ2vKx8Lp",
        "Set for your local app",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    # a command that prints the key, and the key's name in a secrets backend
    "fernet_key_cmd = cat /run/secrets/fernet_key",
    "password_command = pass show mail/work",
    "fernet_key_secret = airflow/fernet",
    # a key named for what it orders or looks up, in brackets: code, not a setting
    "env[DB_HOST] = 10.20.0.5",
    "vocab[token] = len(vocab)",
    # a Kedro catalog entry names its credentials by their entry in credentials.yml
    "  credentials: warehouse_creds",
    "  credentials: s3_credentials",
    # a placeholder in a sentence: no element, no value
    "# Replace <token> with the value from Settings > API keys",
    "# Set <PASSWORD> to the one your admin gave you",
    # an escaped JSON key that names no secret
    r'{"\u0075\u0073\u0065\u0072": "Lx8qW2mVz5Kp"}',
    # Oracle JDBC URLs without a password, or with a reference
    "jdbc:oracle:thin:@//db.example.org:1521/SVC",
    "jdbc:oracle:thin:app/${ORACLE_PASSWORD}@oradb:1521:PROD",
    # Maven's elements that hold no secret; a master flag
    "<relocation>/Volumes/key/settings-security.xml</relocation>",
    "<master>true</master>",
    "  <master>node-2</master>",
    # Bundler's own settings, with `__` or not, and their listing
    'BUNDLE_PATH: "vendor/bundle"',
    'BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"',
    'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://mirror.example.io"',
    'Set for your local app (/srv/app/.bundle/config): "vendor/bundle"',
    "bundle config set --local path vendor/bundle",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


def test_a_key_elements_value_below_it() -> None:
    # an ASP.NET Core Data Protection key ring: a comment between the element and its value
    lines = [
        '<key id="0f3c2a1e-5b7d-4c9e-8a6f-2d1b3c4e5f60" version="1">',
        "  <descriptor>",
        '    <encryption algorithm="AES_256_GCM" />',
        '    <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dp">',
        "      <!-- Warning: the key below is in an unencrypted form. -->",
        "      <value>Rk8vQ2mLx7Zp3Wn9Tb4Hc6Jd1Fs5Gy0Qe3Vw8Tu2AiKz7Lp4Xq9Nm2Wv5Bc8Dh1Eg6</value>",
        "    </masterKey>",
        "  </descriptor>",
        "</key>",
    ]
    out = list(Redactor().lines(lines))
    assert "Rk8vQ2mLx7Zp3Wn9Tb4Hc6Jd1" not in "\n".join(out)
    assert out[:5] == lines[:5] and out[6:] == lines[6:]
    # the element's text alone on the line below it
    assert_gone(["<password>", "  Hx3mQ9vLz2Wk", "</password>"], ["Hx3mQ9vLz2Wk"])


def test_a_non_secret_elements_children_stay() -> None:
    assert_kept(["<tokenizer>", "  bert-base-uncased", "</tokenizer>"])
    assert_kept(["<secretName>", "  <value>wandb-mysql-creds</value>", "</secretName>"])
    # another element before the value ends the look
    assert_kept(["<masterKey>", "  <descriptor>", "    <value>primary-region</value>"])
