"""The leak gate leaves alone what stands where a secret would but is none: an environment or
template reference as a secret's value (Grafana provisioning's `$__env{…}`, `$__file{…}`, Fluent
Bit's `${…}`, `${env:…}`), a tool's usage text (htpasswd's `--help`), a DNS-01 challenge's TXT
value (published in DNS) and an alert's `dedup_key` (a routing id); a real value under the same
names is still flagged."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

ACME = (
    'I0729 20:09:11.762000       1 dns.go:88] "presenting DNS01 challenge for domain"'
    ' logger="cert-manager.challenges.Present" dnsName="wandb.example.com" type="DNS-01"'
    ' fqdn="_acme-challenge.wandb.example.com." key="{key}"'
)
TXT = "GnoElmY7aMStE1Fai73Pw1Kdg0WoURzS2l0IXpYXVBG"  # 43 characters of base64url

LOOK_ALIKES = [
    # references: the variable's name does not announce the next line's value
    [
        "[OUTPUT]",
        "    HTTP_Passwd     ${FLUENT_ELASTICSEARCH_PASSWORD}",
        "    Logstash_Prefix wandb-84t7s",
    ],
    ["password: $__file{/etc/secrets/mysql_password}", "uid: PYFVxdJbGk2"],
    ['  "password": "${env:DB_PASSWORD}",', '  "region": "eu-w3x7Kp9Q"'],
    ['    "API_TOKEN": "${localEnv:API_TOKEN}",'],
    ["API_TOKEN=${API_TOKEN:-changeme}"],
    # a secure object's members end where the indentation returns to its opener's
    [
        "  - name: wandb-mysql",
        "    secureJsonData:",
        "      password: ${MYSQL_PASSWORD}",
        "    uid: PYFVxdJbG",
    ],
    ["    secureJsonData:", "      password: $__env{MYSQL_PASSWORD}", "    uid: PYFVxdJbG"],
    # a usage's bracketed clusters of one-letter options
    [
        "$ htpasswd --help",
        "Usage:",
        "\thtpasswd [-cimB25dpsDv] [-C cost] [-r rounds] passwordfile username",
        "\thtpasswd -b[cmB25dpsDv] [-C cost] [-r rounds] passwordfile username password",
    ],
    # public and routing ids
    [ACME.format(key=TXT)],
    [
        '{"status":"success","message":"Event processed","dedup_key":"7fa950f82330c824fc798d4a83c21646"}'
    ],
]
LEAKS = [
    # a default inlined in the reference: a shell's, devcontainer.json's `${localEnv:NAME:…}`
    ["API_TOKEN=${API_TOKEN:-Xk9vQ2mLr7TzW4pN}"],
    ['    "API_TOKEN": "${localEnv:API_TOKEN:Xk9vQ2mLr7TzW4pN}",'],
    ["[OUTPUT]", "    HTTP_Passwd     Xk9vQ2mLr7TzW4pN", "    Logstash_Prefix wandb-84t7s"],
    ["    HTTP_Passwd", "    Xk9vQ2mLr7TzW4pN"],
    [
        "    secureJsonData:",
        "      password: ${MYSQL_PASSWORD}",
        "      httpHeaderValue2: Zr8KpQ2mVx7LtW4nBc9HdJ3s",
    ],
    ["$ htpasswd -b -c /etc/nginx/.htpasswd admin Xk9vQ2mLr7TzW4pN"],
    ["password: [-Xk9vQ2mLr7TzW4pN]"],
    [ACME.format(key=TXT) + ' secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"'],
    [ACME.format(key="Xk9vQ2mLr7TzW4pN")],  # not a digest's length
    ['level=info msg="signing" key="' + TXT + '"'],  # not about a challenge
    ['{"routing_key":"7fa950f82330c824fc798d4a83c21646","event_action":"trigger"}'],
]
# the values LEAKS hold, on the lines the gate should flag
VALUES = ("Xk9vQ2mLr7TzW4pN", "Zr8KpQ2mVx7LtW4nBc9HdJ3s", TXT, "7fa950f82330c824fc798d4a83c21646")


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, request.param)


@pytest.mark.parametrize("lines", LOOK_ALIKES)
def test_references_usage_and_public_ids_pass(lines: list[str]) -> None:
    assert list(Gate().lines("f", lines)) == []


@pytest.mark.parametrize("lines", LEAKS)
def test_a_real_value_under_the_same_names_is_flagged(lines: list[str]) -> None:
    held = [n for n, text in enumerate(lines, 1) if any(v in text for v in VALUES)]
    assert [leak.line for leak in Gate().lines("f", lines)] == held
