"""SDK clients made with their key as a positional argument (detectors/sdkclients.py), and the
look-alikes: Algolia's front-end search client (a search-only key), keys read from the
environment, docs' stand-ins. Calls follow the SDKs' own docs (MessageBird's Python client,
Algolia's API clients and InstantSearch, Postmark's Node client, pyrollbar, raygun4py)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "mb = messagebird.Client('Lm7Wp4Zr9Nb3Hc6Yd1Fs5Jg0A')",
        "Lm7Wp4Zr9Nb3Hc6Yd1Fs5Jg0A",
        "messagebird.Client(",
    ),
    (
        'const admin = algoliasearch("QX7ZK2M9PA", "4f0d2b8e6c1a9e7d3b5f0a2c8e6d4b1f");',
        "4f0d2b8e6c1a9e7d3b5f0a2c8e6d4b1f",
        '"QX7ZK2M9PA"',
    ),
    (
        "client = SearchClient.create(app_id, '4f0d2b8e6c1a9e7d3b5f0a2c8e6d4b1f')",
        "4f0d2b8e6c1a9e7d3b5f0a2c8e6d4b1f",
        "SearchClient.create(app_id, ",
    ),
    (
        'const pm = new postmark.ServerClient("6b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");',
        "6b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "postmark.ServerClient(",
    ),
    (
        "rollbar.init('9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b', 'staging')",
        "9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b",
        "'staging'",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_key_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    'const searchClient = algoliasearch("QX7ZK2M9PA", "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b");',
    "search_client = SearchClient.create('QX7ZK2M9PA', '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b')",
    "const client = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY);",
    "mb = messagebird.Client(os.environ['MESSAGEBIRD_ACCESS_KEY'])",
    "mb = messagebird.Client('YOUR_ACCESS_KEY')",
    "rollbar.init(os.environ['ROLLBAR_TOKEN'], 'production')",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])
