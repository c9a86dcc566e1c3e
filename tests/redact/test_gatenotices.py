"""The leak gate's fixed server notices (wbdiag/redact/gatenotices.py): the gate passes a line
that is one of them, whole, without its checks, still looks for known secrets in it, and judges
in full any line a value was placed in."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.gatenotices import fixed_notice

WORDS = (
    "[Warning] [MY-013360] [Server] Plugin {p} reported: ''{p}' is deprecated and will be "
    "removed in a future release. Please use caching_sha2_password instead'"
)
NATIVE = WORDS.format(p="mysql_native_password")
# MySQL 8.0.3x's error log (UTC and an offset), and as `docker logs --timestamps` serves it
NOTICES = [
    "2024-03-02T08:41:19.532211Z 2291 " + NATIVE,
    "2025-06-30T23:59:01.000004-04:00 8 " + NATIVE,
    "2026-02-11T14:03:55.918273645Z 2024-03-02T08:41:19.532211Z 2291 " + NATIVE,
    "2023-09-18T06:12:44.707001Z 451 " + WORDS.format(p="sha256_password"),
]
TOKEN = "Zr8-kQ2w_Lm5vT9x"
LINE = NOTICES[0]
PLACED = [
    LINE + " password=" + TOKEN,
    LINE.replace(" 2291 ", f" 2291 {TOKEN} "),
    LINE.replace("''mysql_native_password'", f"''mysql_native_password:{TOKEN}'"),
    LINE.replace("caching_sha2_password", TOKEN),
    LINE.replace("Please use", f"secret={TOKEN} Please use"),
    LINE.replace("Z 2291", f"Z{TOKEN} 2291"),
    LINE.replace("sha256_password", "mysql_native_password").replace(
        "Plugin mysql_native_password", "Plugin sha256_password"
    ),
    TOKEN + " " + LINE,
]


@pytest.mark.parametrize("line", NOTICES, ids=range(len(NOTICES)))
def test_a_notice_passes_the_gate(line: str) -> None:
    assert fixed_notice(line)
    assert list(Gate().lines("mysql.log", ["password:", line])) == []


@pytest.mark.parametrize("line", PLACED, ids=range(len(PLACED)))
def test_a_value_placed_in_a_notice_is_judged_in_full(line: str) -> None:
    assert not fixed_notice(line)


def test_a_placed_token_after_a_notice_is_flagged() -> None:
    kinds = [leak.kind for leak in Gate().lines("mysql.log", [PLACED[0]])]
    assert kinds  # the same line with a value after it: the gate's checks run and flag it


def test_known_secrets_are_still_looked_for_in_a_notice() -> None:
    kinds = [leak.kind for leak in Gate(["caching_sha2_password"]).lines("mysql.log", [LINE])]
    assert kinds == ["known_secret"]
