"""The leak gate on secrets application stacks place without a `name=value` pair
(wbdiag/redact/gatestacks.py; and a webhook's URL on a host named for it, one of gate.py's
shapes): made-up variants of each class flagged, and look-alikes in the
same layouts (a template, a word, an id, a setting that is no credential) left alone."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

RANDOM = "Tq8ZwL3mKr9Vx2Pn"  # reads as generated
HEX40 = "3c9e1f27b8d04a6e5f12c7a9d3b08e4f61a2c5d7"


@pytest.mark.parametrize(
    "lines",
    [
        # an Oracle connect string's password
        [f"spring.datasource.url=jdbc:oracle:thin:scott/{RANDOM}@//db.example.net:1521/XEPDB1"],
        [f'  url: "jdbc:oracle:thin:etl_user/{RANDOM}@db-2.example.net:1521:ORCL"'],
        [f"conn = jdbc:oracle:oci:reporting/{RANDOM}!x@TNSALIAS"],
        # Bundler's credentials for a gem source, as config and as the environment
        ['BUNDLE_ENTERPRISE__GEMHOST__IO: "deploy:4f9a2c71e8"'],
        ["export BUNDLE_RUBYGEMS__PKG__EXAMPLE__ORG=ci-bot:k7Qz2Rw9Lm"],
        [f"BUNDLE_GEMS__EXAMPLE__COM={RANDOM}"],
        # Maven's master password
        [f"  <master>{{{RANDOM}+/{RANDOM}Qx=}}</master>"],
        # a notebook runner's secret parameter
        [f"papermill in.ipynb out.ipynb -p api_token '{RANDOM}' -p lr 0.1"],
        ['papermill run.ipynb o.ipynb -r smtp_password "Xk2!vb9#Lq7w" --log-output'],
        [f"papermill a.ipynb b.ipynb --parameters secret_key {RANDOM}"],
        # an object under a secret's name on one line
        ['{"data": {"createToken": {"token": {"id": "VG9rZW46MTI=", "value": "' + HEX40 + '"}}}}'],
        ['resp={"apiKey": {"name": "' + HEX40 + '", "createdAt": "2026-01-02"}}'],
        # a webhook's token on a host named for it, in a job's JSON arguments
        [
            '{"class":"NotifyJob","args":["https://hooks.chat.example/services/T1/B2/'
            + RANDOM
            + '"]}'
        ],
        [f"url=https://webhook.example.org:8443/api/{RANDOM}Zx"],
    ],
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_placed_secrets_flagged(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert [leak.line for leak in Gate().lines("x.log", lines)][:1] == [len(lines)]


@pytest.mark.parametrize(
    "lines",
    [
        # connect strings with a template, a mask or no password
        ["db.url=jdbc:oracle:thin:scott/${DB_PASSWORD}@//db.example.net:1521/XEPDB1"],
        ["db.url=jdbc:oracle:thin:scott/****@//db.example.net:1521/XEPDB1"],
        ["db.url=jdbc:oracle:thin:@//db.example.net:1521/XEPDB1"],
        ["db.url=jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=db)(PORT=1521)))"],
        # Bundler's settings that are no credential
        ['BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"'],
        ['BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://gems.example.net"'],
        ['BUNDLE_LOCAL__RACK: "/home/dev/src/rack"'],
        ['BUNDLE_GEMS__EXAMPLE__COM: "${GEMS_CREDENTIALS}"'],
        ['BUNDLE_PATH: "vendor/bundle"'],
        # Maven: a relocation, a placeholder
        ["<relocation>/etc/maven/settings-security.xml</relocation>"],
        ["<master>{XXXXXXXXXXXXXXXXXXXXXXXXXXXX}</master>"],
        # a runner's parameters that are no secret, a secret parameter's reference
        [f"papermill in.ipynb out.ipynb -p run_id {RANDOM} -p epochs 5"],
        ["papermill in.ipynb out.ipynb -p db_password '${DB_PASSWORD}'"],
        ["papermill in.ipynb out.ipynb -p token_file /run/secrets/token"],
        # an API key's metadata on one line: ids, names, dates
        ['{"apiKey": {"id": "QXBpS2V5OjEyMzQ=", "name": "laptop", "createdAt": "2026-01-02"}}'],
        ['{"token": {"sha256": "' + HEX40 + '", "expires": "2026-01-02"}}'],
        ['{"user": {"id": "' + HEX40 + '", "name": "ci-bot"}}'],
        # a webhook host's paths of words, ids and placeholders
        ["POST https://hooks.example.com/services/deploy-notifications/staging"],
        ["url: https://hooks.example.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
        ["see https://webhooks.example.net/docs/getting-started/configuration"],
    ],
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_look_alikes_pass(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert list(Gate().lines("x.log", lines)) == []
