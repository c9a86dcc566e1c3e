"""The leak gate joins a container runtime's partial log records (Docker json-file, CRI) before
judging a secret cut at their boundary, and reads the rest of a value a shipper's or log
service's record ended with at the start of the next record's text; records that are whole, or
hold no secret, pass."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

T = '"stream":"stderr","time":"2026-01-05T08:00:0{}.1Z"'
LEAKS = [
    [  # the name and a redacted first half, then the rest
        '{"log":"DEBUG sync api_key=[REDACTED:keyvalue:3]",' + T.format(1) + "}",
        '{"log":"Hq7ZxW2mRt9LpV4n scope=read\\n",' + T.format(2) + "}",
    ],
    [  # halves too short to judge alone
        '{"log":"worker secret=Zq8Kp", ' + T.format(1) + "}",
        '{"log":"W3mRx7LtV2nB\\n", ' + T.format(2) + "}",
    ],
    [
        "2026-01-05T08:00:01.123Z stdout P login token=[REDACTED:keyvalue:1]",
        "2026-01-05T08:00:01.124Z stdout F Rt9LpV4nHq7ZxW2m expires_in=600",
    ],
]
LOOK_ALIKES = [
    [
        '{"log":"INFO refreshing token for user wandb\\n",' + T.format(1) + "}",
        '{"log":"Hq7ZxW2mRt9LpV4n accepted\\n",' + T.format(2) + "}",  # whole records
    ],
    [
        '{"log":"INFO token refresh scheduled in ",' + T.format(1) + "}",
        '{"log":"2112s\\n",' + T.format(2) + "}",
    ],
    [
        "2026-01-05T08:00:01.123Z stdout P password policy loaded from ",
        "2026-01-05T08:00:01.124Z stdout F /etc/wandb/policy.yaml",
    ],
]


# A shipper's or log service's records: the record's text ends with a placeholder before its
# closing marks and the value goes on at the start of the next record's text
C = '{{"id": "3697{0}", "timestamp": 172429433430{0}, "message": "{1}"}},'
SHIPPED_LEAKS = [
    [C.format(1, "LICENSE=[REDACTED:keyvalue:1]"), C.format(2, "Wq3vYby6TJ46zfijCHamd4qY")],
    [
        'kube.app-0: [[1763130977.6, {}], {"stream"=>"stdout", "logtag"=>"P", "log"=>"login'
        ' api_key=[REDACTED:keyvalue:1]"}]',
        'kube.app-0: [[1763130977.8, {}], {"stream"=>"stdout", "logtag"=>"F", "log"=>"Zq8Kp2Lm9'
        'Qw4XvT7r"}]',
    ],
    [
        '    ["1740511143853000000", "git remote: https://x-access-token:[REDACTED:keyvalue:1]"],',
        '    ["1740511143853000036", "TDrXLl3k2bsQmW@github.com/example-org/ml-train.git"]',
    ],
    [  # JSON inside a Loki value's line: the rest's closing quote escaped
        '    ["1722025612346000000", "{\\"msg\\":\\"configured\\",\\"api_key\\":\\"'
        "[REDACTED:keyvalue:1]",
        '    ["1722025612346000617", "YBWhVp0e5YmLTkypb88dLYPBjA\\",\\"level\\":\\"info\\"}"]',
    ],
    [
        '<134>1 2023-01-31T01:27:25.1Z node-1 app 16572 - [frag@32473 seq="1" of="2"] redis:'
        ' Password:"[REDACTED:keyvalue:1]',
        '<134>1 2023-01-31T01:27:25.1Z node-1 app 16572 - [frag@32473 seq="2" of="2"]'
        ' Kp8Vn2mQ7xLr", DB:0}',
    ],
]
SHIPPED_LOOK_ALIKES = [
    # the next record is a message of its own: prose, an id named as one, a number
    [C.format(1, "LICENSE=[REDACTED:keyvalue:1]"), C.format(2, "license check passed")],
    [C.format(1, "token=[REDACTED:keyvalue:1]"), C.format(2, "requestId=Wq3vYby6TJ46zfijCH")],
    [C.format(1, "token=[REDACTED:keyvalue:1]"), C.format(2, "1724294334305")],
    # a placeholder inside the record's text, not at its end
    [C.format(1, "token=[REDACTED:keyvalue:1] ok"), C.format(2, "Wq3vYby6TJ46zfijCHamd4qY")],
    # a record's text that starts elsewhere than a message member
    [C.format(1, "token=[REDACTED:keyvalue:1]"), '{"trace": "Wq3vYby6TJ46zfijCHamd4qY"}'],
]


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, request.param)


@pytest.mark.parametrize("lines", LEAKS + SHIPPED_LEAKS)
def test_a_secret_cut_between_records_is_flagged(lines: list[str]) -> None:
    assert [leak.line for leak in Gate().lines("f", lines)] == [2]


@pytest.mark.parametrize("lines", LOOK_ALIKES + SHIPPED_LOOK_ALIKES)
def test_whole_records_and_harmless_parts_pass(lines: list[str]) -> None:
    assert list(Gate().lines("f", lines)) == []
