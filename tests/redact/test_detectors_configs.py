"""Secrets in the configs and commands a user or an admin attaches: web servers' and proxies'
directive arguments (directives.py), `.netrc` entries, the macOS keychain, chat webhooks, SAML
posts; and what those files hold in their place that is no secret (tools' masks, key ids, a
listing's fields)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # nginx: the literal text of a secure link's expression, wherever it stands in it
    ('  secure_link_md5 "$secure_link_expires$uri Tz8qW3vLm5Kx";', "Tz8qW3vLm5Kx", "$uri "),
    ("secure_link_md5 '$uri:$secure_link_expires:pR4n-Vd9#kQ2';", "pR4n-Vd9#kQ2", "$uri:"),
    ("secure_link_md5 h7Jk2Lm9Qp4z$uri$arg_e;", "h7Jk2Lm9Qp4z", "$uri$arg_e"),
    # HAProxy health checks that log in: Redis AUTH (with a Redis 6 user), POP3 PASS
    (r"    tcp-check send AUTH\ Wq5vN8kLz2Rt\r\n", "Wq5vN8kLz2Rt", r"AUTH\ "),
    (r"  tcp-check send AUTH\ monitor\ Hb3xQ9mTz6Wp\r\n", "Hb3xQ9mTz6Wp", r"AUTH\ monitor\ "),
    ('  tcp-check send "AUTH Lk4pR8vNq2Zs\\r\\n"', "Lk4pR8vNq2Zs", '"AUTH '),
    (r"  tcp-check send PASS\ Jm7wT2kXq9Bv\r\n", "Jm7wT2kXq9Bv", "PASS"),
    # Caddy: a DNS provider's literal token for ACME, two for providers that take a key pair
    (
        "    acme_dns digitalocean Xq2mN7vLp4Rz9Kw3Tb6Hs8Jd",
        "Xq2mN7vLp4Rz9Kw3Tb6Hs8Jd",
        "digitalocean",
    ),
    ("  tls { dns cloudflare Mv3kQ8zLx5Wn2Rp7Tb4Hc9Jd }", "Mv3kQ8zLx5Wn2Rp7Tb4Hc9Jd", "tls {"),
    (
        "    dns porkbun pk1_Zx7Vq2Lm9Wn4Kt8 sk1_Hb3Rp6Jd5Tc2Ms9",
        "sk1_Hb3Rp6Jd5Tc2Ms9",
        "porkbun",
    ),
    # Caddy's forward_proxy: the password in plain text after the user
    ("        basic_auth ml-ops Vn6#qLz3Wk8p", "Vn6#qLz3Wk8p", "basic_auth ml-ops"),
    # .netrc: a password in double quotes may hold spaces (one line, or its own line)
    ('machine ci.example.org login "bot" password "Tq2 vX8m Lz5k"', "Tq2 vX8m Lz5k", 'login "bot"'),
    ('  password "Rk7.pW Hz3 Nq9"', "Rk7.pW Hz3 Nq9", "password"),
    # the macOS keychain's `-w PASSWORD`, quoted or not, with options after it
    (
        "% security add-generic-password -a ops -s svc.example -w Kp8vQ3mZx7Ln -U",
        "Kp8vQ3mZx7Ln",
        "-s svc.example",
    ),
    ("security add-internet-password -s git.example -w 'Hx4 #wQ9z' -T ''", "Hx4 #wQ9z", "-T ''"),
    # chat webhooks whose path carries the token after a shorter id (Rocket.Chat)
    (
        "url: https://rc.example.net/hooks/Tn4kW8qXz2Lp6Rv9H/Bq7mZ3xKp9Wl2Vt5Rn8Jd4Hc6Fs1Gy0",
        "Bq7mZ3xKp9Wl2Vt5Rn8Jd4Hc6Fs1Gy0",
        "/hooks/Tn4kW8qXz2Lp6Rv9H/",
    ),
    # a SAML response posted by the browser (a form body, a HAR's params): a bearer assertion
    (
        "body: SAMLResponse=PHNhbWxwOlJlc3BvbnNlIElEPSJfYTEiPjwvc2FtbHA%2B&RelayState=%2Fhome",
        "PHNhbWxwOlJlc3BvbnNlIElEPSJfYTEiPjwvc2FtbHA%2B",
        "RelayState=%2Fhome",
    ),
    (
        '{"name": "SAMLResponse", "value": "PD94bWwgdmVyc2lvbj0iMS4wIj8+PHNhbWw+eHl6PC9zYW1sPg=="}',
        "PD94bWwgdmVyc2lvbj0iMS4wIj8+PHNhbWw+eHl6PC9zYW1sPg==",
        '"name": "SAMLResponse"',
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    # directives without a literal secret: variables, placeholders, hashes, matchers
    '  secure_link_md5 "$secure_link_expires$uri$remote_addr";',
    "  secure_link $arg_md5,$arg_expires;",
    r"    tcp-check send PING\r\n",
    r"    tcp-check send AUTH\ ${REDIS_PASSWORD}\r\n",
    "    tcp-check expect string +OK",
    "    acme_dns cloudflare {env.CLOUDFLARE_API_TOKEN}",
    "        dns cloudflare {$CF_TOKEN}",
    "    dns route53 {",
    "  dns 10.0.0.2 10.0.0.3",
    "    basic_auth /admin/* bcrypt Restricted {",
    "    basic_auth @internal {",
    # masks tools print in place of a secret
    "//registry.npmjs.org/:_authToken = (protected)",
    '  "login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",',
    "api_key: (hidden)",
    # which key signs: an OpenPGP key id or fingerprint, as git and gpg print it
    "\tsigningkey = 3AA5C34371567BD2",
    "git config --global user.signingkey 0x4E2A9F1C7B3D5E80!",
    "gpg.signingKey: 0D69E11F12BDBA077B3726AB4E1F799AA4FF2279",
    # (git keeps what was typed: `git config --list` may list it in lower case)
    "user.signingkey=0d69e11f12bdba077b3726ab4e1f799aa4ff2279",
    # .netrc without a literal password; a quoted word that is no netrc entry
    'machine ci.example.org login bot password "$NETRC_PASSWORD"',
    'error: invalid password "for user ops"',
    # the keychain prompting for the password (`-w` last)
    "security add-generic-password -a ops -s svc.example -w",
    # a SAML request asks for a login and opens nothing
    "SAMLRequest=fZJdT4MwFIb%2FCul9KaDTSQYLutjGrpX5NIiW8HGb4e",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


def test_upper_case_hex_is_a_secret_under_other_names() -> None:
    # a key id is public only as the signing key's id: under an API key's name it is the key
    assert_redacted("api_key = 3AA5C34371567BD2", "3AA5C34371567BD2", "api_key")
    # lower-case hex is a key's id under git's own name only (a service's `signing_key` is HMAC's)
    assert_redacted(
        "signing_key = 0d69e11f12bdba077b3726ab4e1f799aa4ff2279", "0d69e11f12bdba077b", "signing"
    )


def test_a_listing_under_a_heading_keeps_its_fields() -> None:
    # `cmdkey /list`: a heading of words that ends in a secret word, then named fields
    lines = [
        "Currently stored credentials:",
        "",
        "    Target: Domain:target=fileserver.corp.example",
        "    Type: Domain Password",
        "    User: CORP\\ops",
    ]
    assert_kept(lines)


def test_a_heading_still_takes_a_secret_named_field() -> None:
    lines = ["Saved credentials:", "    User: ops", "    Password: Qm7vK2xLp9Wz"]
    assert_gone(lines, ["Qm7vK2xLp9Wz"])


def test_a_yaml_key_without_a_heading_takes_its_children() -> None:
    # (one word before the colon: a mapping of secrets below it, whatever their names)
    assert_gone(["credentials:", "  registry: Hq4mW8vZx2Lp"], ["Hq4mW8vZx2Lp"])
