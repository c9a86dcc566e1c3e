"""The miner lists a line of zap's console encoder (and its kin) at a lower-case error level after
an ISO time in UTC, docker's time taken off or not; other levels and prose stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        '2026-03-04T05:06:07.890Z\terror\tgorilla/store.go:212\tcommit failed\t{"run": "r1"}',
        "2026-03-04T05:06:07Z\tfatal\tcmd/main.go:40\tcannot open the database",
        "2026-03-04T05:06:07.123Z\tdpanic\tapi/graphql.go:9\tnil resolver",
        # a level padded with a space before the tab, after docker's time
        "2026-03-04T05:06:07.890Z error \tresolver failed with code UNAUTHENTICATED for viewer",
        "2026-03-04T05:06:07.890123456Z 2026-03-04T05:06:07.890Z\terror\tqueue/worker.go:77\tlost",
        "2026-03-04T05:06:07.890123456Z 2026-03-04T05:06:07.890Z error \tauth failed with code EXPIRED",
    ],
)
def test_console_error_levels_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "2026-03-04T05:06:07.890Z\tinfo\tserver/http.go:51\tlistening; error budget is fine",
        "2026-03-04T05:06:07.890Z\twarn\tretry/backoff.go:20\twill retry after an error",
        "2026-03-04T05:06:07.890Z\tdebug\tcache/lru.go:8\terror count 0",
        "2026-03-04T05:06:07.890Z error handling is described in the guide",
        "as of 2026-03-04T05:06:07Z error rates were normal",
    ],
)
def test_other_levels_and_prose_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # pganalyze's collector: a one-letter level and the server's tag (pganalyze/collector#142),
        # and made-up variants behind Go's log time and with another tag
        "E [default] Rds/Logs: Could not find RDS instance: DBInstanceNotFound: DBInstance xxx "
        "not found.",
        "2020/10/20 17:52:06 E [server1] Could not connect to database: pq: password "
        'authentication failed for user "pganalyze"',
        "E [aurora-prod] Failed to upload snapshot",
    ],
)
def test_a_letter_level_before_a_tag_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same logger's other levels (its pull request #96) decide, whatever follows
        "2020/10/20 17:52:06 I [server1] Testing statistics collection...",
        "2020/10/20 17:52:06 W [server1]   Log collection will be disabled for this server",
        "I [default] Could not find RDS instance: using the configured host",
        "V [default] Failed to parse line 3: skipping",
        # a letter and brackets that are no level: a list item, a heading
        "E [1] see the appendix",
        "TYPE [default] count",
    ],
)
def test_a_letter_level_below_error_or_no_level_stays_out(line: str) -> None:
    assert not miner_lists(line)
