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
