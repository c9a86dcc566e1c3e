"""The leak gate reads past terminal styling (ANSI escape sequences, raw or written out as text)
and past a record's object id after the noun that names it; a secret's value inside colour codes,
or a random value after a secret's name, is still flagged."""

from __future__ import annotations

import pytest

from wbdiag.redact import gatestyle
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

# every form gatestyle reads: raw ESC, JSON/Python/shell escapes in either case, a pager's ^[
ESCAPES = ["\x1b[", "\\x1b[", "\\x1B[", "\\u001b[", "\\u001B[", "\\033[", "\\e[", "^[["]

# made-up log lines: secret words between colour codes, no value after them
STYLED_WORDS = [
    "{e}36mDEBUG{e}0m credential cache refreshed in 412ms",
    "{e}33mWARN{e}0m secret for account {e}1mops-bot{e}0m rotates in 9 days",
    "{e}31mERROR{e}0m {e}1mapi_key{e}0m missing for project {e}4mbilling{e}0m",
    "{e}32mINFO{e}0m token refresh scheduled in 1280s{e}K",
]
# the same lines' near misses: a value after the secret's name, between or after colour codes
STYLED_VALUES = [
    "{e}32mINFO{e}0m token={e}1mQv7Rk2LmZp9XwT4sNb8HcJ6d{e}0m",
    "{e}33mWARN{e}0m password: {e}31mhT4#kq9!Lm2$Zx7{e}0m for wandb",
    "{e}36mDEBUG{e}0m {e}1mapi_key{e}0m={e}33mZk5Pw8Rt2Lq7Mv3Xn9Bc4Hd6Jf{e}0m",
]

OBJECT_IDS = [
    "2026-03-02T10:11:12Z auth: loaded user object 6a1f0c3e9b2d4e7f81a0c5d2 from cache",
    "session: resolved account 5d8e2f1a7c3b9e4d6f0a1b2c for login",
    'auth: lookup ObjectId("60b7c4e2a9f1d3b5c8e0f2a4") ok',
]
OBJECT_ID_MISSES = [
    "auth: token 6a1f0c3e9b2d4e7f81a0c5d2 accepted",  # after the secret's own name
    "api_key=5d8e2f1a7c3b9e4d6f0a1b2c",
    "auth: loaded user object Kq8ZxR2mVt7LpW3nYb6HcJ4s from cache",  # not hex: no object id
    "auth: loaded user object f81a0c5d26a1f0c3e9b2d4e7 from cache",  # no time of making in it
]


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, request.param)


def _flagged(line: str) -> list[str]:
    return [leak.kind for leak in Gate().lines("f", [line])]


@pytest.mark.parametrize("esc", ESCAPES)
@pytest.mark.parametrize("line", STYLED_WORDS)
def test_colour_codes_around_secret_words_are_not_values(line: str, esc: str) -> None:
    assert _flagged(line.format(e=esc)) == []


@pytest.mark.parametrize("esc", ESCAPES)
@pytest.mark.parametrize("line", STYLED_VALUES)
def test_a_value_inside_colour_codes_is_flagged(line: str, esc: str) -> None:
    assert _flagged(line.format(e=esc)) != []


@pytest.mark.parametrize("line", OBJECT_IDS)
def test_an_object_id_after_its_noun_is_public(line: str) -> None:
    assert _flagged(line) == []


@pytest.mark.parametrize("line", OBJECT_ID_MISSES)
def test_a_hex_value_after_a_secret_name_is_flagged(line: str) -> None:
    assert _flagged(line) != []


@pytest.mark.parametrize("esc", ESCAPES)
def test_plain_strips_each_form_of_escape(esc: str) -> None:
    block = ["no styling here", f"{esc}1mwandb{esc}0m ready{esc}K"]
    assert gatestyle.plain(block) == ["no styling here", "wandb ready"]


def test_plain_keeps_a_block_without_escapes() -> None:
    block = ["ESC is a word", "[32m without its escape", "x1b[ without a backslash"]
    assert gatestyle.plain(block) is block
