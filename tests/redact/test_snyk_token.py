"""The Snyk CLI's API token under its config key `api` (detectors/toolconfigs.py): `snyk config
set api=…` loses the token; its other keys, a variable and a read stay."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

GIVEN = [
    ("$ snyk config set api=429e7b6b-e1e2-4296-a414-ea8b91fae3c2", "429e7b6b-e1e2-4296-a414",
     "snyk config set api="),
    ('snyk config set org=falcon api="16a41df2-c582-462e-908b-f23b93de0b18"', "16a41df2-c582",
     "org=falcon"),
    ("  - snyk config set api=5ac76c4d-f8d5-4201-b469-76a1ff9240c9 && snyk test", "5ac76c4d-f8d5",
     "&& snyk test"),
]  # fmt: skip

STAYS = [
    "snyk config set api=$SNYK_TOKEN",
    "snyk config set api=${{ secrets.SNYK_TOKEN }}",
    "snyk config set endpoint=https://api.snyk.io",
    "snyk config set org=my-org-7f3a9c21",
    "snyk config get api",
    "snyk config unset api",
]


@pytest.mark.parametrize(("line", "secret", "kept"), GIVEN)
def test_the_api_token_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


@pytest.mark.parametrize("line", STAYS)
def test_other_settings_stay(line: str) -> None:
    assert_kept([line])
