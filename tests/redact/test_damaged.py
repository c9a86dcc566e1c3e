"""Text damaged by OCR or a copy (detectors/damaged.py): look-alike letters, full-width signs,
zero-width characters and digits for letters in a secret's name or inside its value; the
detectors read the mended line, the line keeps what is not a secret byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, what must stay)
DAMAGED = [
    # Cyrillic о, р, а and е in a Latin name, a full-width colon or equals sign
    ("раsswоrd：Tq9vL2pXw+Rm4k", "Tq9vL2pXw+Rm4k", "："),
    ("db_pаsswоrd＝Tq9vL2pXw+Rm4k", "Tq9vL2pXw+Rm4k", "db_"),
    ("MYSQL_PАSSWORD=Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "MYSQL_"),
    ("api_tokеn: Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "api_"),
    # digits and signs for letters in the name
    ("Admin Passw0rd  Gq2.vYR8dMPaSM", "Gq2.vYR8dMPaSM", "Admin"),
    ("t0ken=Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "t0ken="),
    ("5ecret: Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "5ecret"),
    ("P@ssword = Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "P@ssword"),
    # a zero-width space or joiner, or a soft hyphen, inside the name or the value
    ("pass\u200bword=Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", ""),
    ("token=Xk9vQ2mL\u200bp7ZrQw8", "Xk9vQ2mL", "token="),
    ("token=Xk9vQ2mL\u200bp7ZrQw8", "p7ZrQw8", "token="),
    ("the password is Xk9vQ2\u00admLp7Zr", "mLp7Zr", "the password is"),
    ("secret_key=Xk9vQ2mL\u2060p7ZrQw8 ok", "p7ZrQw8", " ok"),
]

# the same damage in text that holds no secret
KEPT = [
    "Если пароль неверный, обратитесь в поддержку",
    "usеr：admin",
    "接続先：db.example.com",
    "Don't use passw0rd as your password",
    "t0ken bucket refill: 50/s",
    "w0rd count: 1200",
    "see the ma\u200bnual for the password policy",
    "token\u200b: ${API_TOKEN}",
    "pass\u200bword: ********",
    "Παράμετρος κωδικός: άκυρος",
    "paſsword reset",
]


@pytest.mark.parametrize(("line", "secret", "kept"), DAMAGED)
def test_a_damaged_line_loses_its_secret(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


@pytest.mark.parametrize("line", KEPT)
def test_damage_without_a_secret_stays(line: str) -> None:
    assert_kept([line])


# (lines of one file, the secrets that must go): OCR's spaces inside a token under its label, a
# token pdftotext hyphenated at the end of a line
SPLIT = [
    (["API Token", "Qm7vX2pL9sKd R4wTzH8yNc2B Lp0VfJ6gDk1S", "Copy"],
     ["Qm7vX2pL9sKd", "R4wTzH8yNc2B", "Lp0VfJ6gDk1S"]),
    (["Secret Access Key", "hQwErTyUiOpA sDfGhJ7kL2zX"], ["hQwErTyUiOpA", "sDfGhJ7kL2zX"]),
    (["Your API token is Rk2mXv9LqT4w-", "Zp8NcY3bHs6d valid for 30 days."], ["Zp8NcY3bHs6d"]),
    (["The access token is Rk2mXv9LqT4wBn7-", "Hs6dZp8NcY3b"], ["Hs6dZp8NcY3b"]),
]  # fmt: skip
SPLIT_KEPT = [
    ["API Token", "Copy to clipboard"],
    ["Access Key", "AKIA 2024 Created"],
    ["Token", "1a2b 3c4d 5e6f"],
    ["Your API token is Rk2mXv9LqT4w-", "and it is valid for 30 days."],
]


@pytest.mark.parametrize(("lines", "secrets"), SPLIT)
def test_a_split_token_goes_whole(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize("lines", SPLIT_KEPT)
def test_words_after_a_label_or_a_hyphen_stay(lines: list[str]) -> None:
    text = list(Redactor().lines(lines))
    assert text[1:] == lines[1:]
