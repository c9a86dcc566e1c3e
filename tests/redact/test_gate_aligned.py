"""The leak gate on tables whose columns only spaces align (wbdiag/redact/gatealigned.py): a
secret column's cells flagged, in a log and inside a notebook's JSON strings; tables without
one, and a secret column of references or masks, left alone."""

from __future__ import annotations

import pytest

from tests.redact.gatecases import ENGINES, flagged, look_alikes_test
from wbdiag.redact.prefilter import ENV_ENGINE

LEAKS = [
    # a DataFrame's text in a notebook's output, right-aligned
    [
        '      "text/plain": [',
        '       "   name   region      api_token\\n",',
        '       "0  svc-a  eu-west  Zr8Kp2Lm9Qw4\\n",',
        '       "1  svc-b  us-east  Xv7Hn3Tq8ZwL"',
        "      ]",
    ],
    # `column -t` output, left-aligned, in a log
    [
        "login      secret            host",
        "deploy     Kq7!mZx9Rt#w      db01",
        "backup     Yw4Pv2Tn8Q$z      db02",
    ],
    ["   user  db_password", "0  etl   h3K!q9.zLmW2"],
]

LOOK_ALIKES = [
    # tables of no secret column, or of a column named for what is public about one
    ["   user   host   region", "0  etl    db01   Zr8Kp2Lm9Qw4"],
    ["   user   token_id       created", "0  etl    Zr8Kp2Lm9Qw4   2026-01-02"],
    ["   name   password_changed", "0  etl    2026-01-02T10:00"],
    # a secret column of masks, references and words
    ["   user  password", "0  etl   ********", "1  ci    ${DB_PASSWORD}", "2  ops   (hidden)"],
    ["   user  password", "0  etl   not-set-yet"],
    # prose that names a secret, then a line of words
    ["Please rotate the token soon", "the old one expires tomorrow at noon"],
]


@ENGINES
@pytest.mark.parametrize("lines", LEAKS)
def test_leaks_are_flagged(engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    header = next(
        i
        for i, line in enumerate(lines, 1)
        if "pass" in line or "secret" in line or "token" in line
    )
    assert flagged(lines)[:1] == [header + 1]


test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
