"""The scan and the miner list a record of Gitea's logger at [E], [C] or [F], the level letter after its caller
(error_records.py); its lower levels, and the same letters without a Go caller before them, stay
out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.unrecognised import TemplateMiner


@pytest.mark.parametrize(
    "line",
    [
        # before 1.9: the caller in brackets (go-gitea/gitea#6804)
        "2019/04/30 12:59:41 [.../gogits/cron/cron.go:92 Run()] [E] MirrorUpdate: invalid "
        "connection",
        "2019/04/30 13:01:36 [...user/notification.go:33 GetNotificationCount()] [E] "
        "GetNotificationCount: invalid connection",
        # since 1.9: file:line:function, and the critical and fatal letters
        "2021/09/12 13:52:38 ...ations/migrations.go:419:Migrate() [E] Migration[184]: failed",
        "2022/01/05 10:00:00 cmd/web.go:217:listen() [C] Failed to start server: listen tcp "
        ":3000: bind: address already in use",
        "2022/01/05 10:00:00 routers/init.go:82:GlobalInit() [F] ORM engine initialization "
        "failed: dial tcp 127.0.0.1:3306: connect: connection refused",
    ],
)
def test_gitea_records_at_error_level_are_listed(line: str) -> None:
    # the scan's candidates find the line first, as in a real log
    assert build_matcher([TemplateMiner().pattern]).match(line)
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "2021/09/12 13:52:38 ...ations/migrations.go:419:Migrate() [I] Migration[184]: Rename "
        "Task errors to message",
        "2021/09/12 13:52:38 ...ations/migrations.go:419:Migrate() [W] Migration[184]: slow",
        "2019/04/30 12:59:41 [.../gogits/cron/cron.go:92 Run()] [D] MirrorUpdate: invalid data",
        # the letter in prose, after a call that is not Gitea's caller
        "see foo() [E] in the table of levels",
    ],
)
def test_gitea_lower_levels_and_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
