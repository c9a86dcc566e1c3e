"""Every timestamp format a bundle's logs carry, normalised to RFC 3339 UTC (second precision)."""

from __future__ import annotations

import pytest

from wbdiag.timestamps import line_time

T = "2026-11-28T10:00:00Z"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # RFC 3339: Z, offsets with and without a colon, fractions of any length
        ("2026-11-28T10:00:00Z level=info msg=x", T),
        ("2026-11-28T10:00:00.123456789Z panic: boom", T),
        ("2026-11-28T19:00:00+09:00 something", T),
        ("2026-11-28T05:30:00-0430 something", T),
        ("2026-11-28T10:00:00.5+00:00 x", T),
        ("2026-11-28 10:00:00 UTC x", T),
        # docker --timestamps prefix wins over a later timestamp in the message
        ("2026-11-28T10:00:00.000000001Z 2019/01/01 00:00:00 main.go:1: old", T),
        # JSON lines: "time" / "ts" as text, anywhere in the first few hundred characters
        ('{"level":"error","msg":"x","time":"2026-11-28T10:00:00.123Z"}', T),
        ('{"level":"error","ts":"2026-11-28T11:00:00+01:00","msg":"x"}', T),
        # Python logging (local time, no zone: read as UTC)
        ("2026-11-28 10:00:00,123 ERROR   SenderThread:1 [x.py:f():1] boom", T),
        # Go log package, go-sql-driver's [mysql] prefix, nginx error log
        ("2026/11/28 10:00:00 main.go:36: panic", T),
        ("2026/11/28 10:00:00.123456 main.go:36: x", T),
        ("[mysql] 2026/11/28 10:00:00 packets.go:36: unexpected EOF", T),
        ("2026/11/28 10:00:00 [error] 31#31: *7 client intended to send too large body", T),
        # nginx / Apache access log
        ('10.0.0.1 - - [28/Nov/2026:10:00:00 +0000] "PUT /x HTTP/1.1" 413 176', T),
        ('10.0.0.1 - - [28/Nov/2026:11:00:00 +0100] "GET / HTTP/1.1" 200 1', T),
        # MySQL 8 error log, MySQL 5.6/5.7 and mysqld_safe's old YYMMDD form
        ("2026-11-28T10:00:00.123456Z 0 [ERROR] [MY-010119] [Server] Aborting", T),
        ("2026-11-28 10:00:00 140234 [ERROR] Can't start server", T),
        ("261128 10:00:00 mysqld_safe Starting mysqld daemon", T),
        ("261128  9:00:00 [ERROR] mysqld: Can't create/write to file", "2026-11-28T09:00:00Z"),
        # epoch seconds (zap's default "ts") and milliseconds
        ('{"level":"error","ts":1795860000.123,"msg":"x"}', T),
        ('{"level":"error","ts":1795860000,"msg":"x"}', T),
        ('{"level":"error","timestamp":1795860000123,"msg":"x"}', T),
    ],
)
def test_formats(line: str, expected: str) -> None:
    assert line_time(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "no time here at all",
        "Error 1045 (28000): Access denied for user 'wandb'@'10.0.0.1'",
        "2026-13-45T99:00:00Z impossible date",
        '{"level":"error","count":1795860000123456,"msg":"x"}',  # not a time field
        "version 123456 12:00:00",  # six digits that are no YYMMDD date
        "",
    ],
)
def test_no_time(line: str) -> None:
    assert line_time(line) is None


def test_earliest_timestamp_in_the_line_wins() -> None:
    line = "2026/11/28 10:00:00 retrying after 2019-01-01T00:00:00Z"
    assert line_time(line) == T


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the start-of-line fast path: an invalid date there leaves the later formats to decide
        ("2026-13-45T10:00:00Z 2026/11/28 10:00:00 main.go:1: x", T),
        ("2026-02-30T10:00:00Z [28/Nov/2026:10:00:00 +0000]", T),
        # ... but a format's first match is its only one: a later RFC 3339 time is not used
        ("2026-13-45T10:00:00Z then 2026-11-28T10:00:00Z", None),
        # an offset at the start, and one past the calendar there (no later time is used)
        ("2026-11-28T11:00:00.5+01:00 2019/01/01 00:00:00 x", T),
        ("0001-01-01T00:30:00+01:00 2026/11/28 10:00:00 x", None),
        ("2026-11-28T10:00:00+99:99 2026/11/28 09:00:00 x", "2026-11-28T09:00:00Z"),
        # the same second again (remembered), and the same date and time with another zone
        ("2026-11-28T10:00:00.999Z x", T),
        ("2026-11-28T10:00:00-01:00 x", "2026-11-28T11:00:00Z"),
        # the earliest of the guarded formats wins, whichever the order of the formats
        ("x 261128 10:00:00 y 2026/11/28 09:00:00", T),
        ("x 2026/11/28 10:00:00 y [28/Nov/2026:09:00:00 +0000]", T),
        ('{"ts":1795860000,"time":"2026-11-28T09:00:00Z"}', T),
    ],
)
def test_the_earliest_valid_time_wins(line: str, expected: str | None) -> None:
    assert line_time(line) == expected
    assert line_time(line) == expected  # remembered times give the same answer
