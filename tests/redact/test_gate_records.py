"""The leak gate joins a container runtime's partial log records (Docker json-file, CRI) before
judging a secret cut at their boundary, and reads the rest of a value a shipper's or log
service's record ended with at the start of the next record's text (or as its whole text, short
as it is), a URL's password cut before its host by a record's end or a shipper's cut marker;
records that are whole, or hold no secret, pass."""

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


# The rest of a value a record's placeholder took the first part of, alone as the next record's
# text, short as it is; a record of its own is a number, a duration, a version, a word, a UUID
R = '{{"id": "2286{0}", "timestamp": 174050036765{0}, "message": "{1}"}}'
F = 'kube.app-0: [[1763130977.{0}, {{}}], {{"stream"=>"stdout", "logtag"=>"{1}", "log"=>"{2}"}}]'
SHORT_REST_LEAKS = [
    [R.format(1, "client_secret=[REDACTED:keyvalue:1]"), R.format(2, "6M41zrzwT")],
    [F.format(1, "P", "login api_key=[REDACTED:keyvalue:1]"), F.format(2, "F", "d61540593")],
]
SHORT_REST_LOOK_ALIKES = [
    [R.format(1, "token=[REDACTED:keyvalue:1]"), R.format(2, "250ms")],
    [R.format(1, "token=[REDACTED:keyvalue:1]"), R.format(2, "v1.42.7")],
    [R.format(1, "token=[REDACTED:keyvalue:1]"), R.format(2, "completed")],
    [
        R.format(1, "token=[REDACTED:keyvalue:1]"),
        R.format(2, "362def19-dccd-4b91-87bf-5d218a149982"),
    ],
    # a short token after a record that did not end with a placeholder
    [R.format(1, "token refreshed"), R.format(2, "6M41zrzwT")],
]

# A URL's or DSN's userinfo cut before its host: the first part of the password ends a record, the
# rest and `@host` open the next
E = r"{\"level\":\"error\",\"msg\":\"failed to open database\",\"dsn\":\"wandb:"
G = '<134>1 2025-04-06T07:41:02.9Z node-a app 2802 - [frag@32473 seq="{0}" of="2"] {1}'
USERINFO_LEAKS = [
    [
        R.format(1, E + "3lxaSWs1"),
        R.format(2, r"Uf9mcrTvP@tcp(mysql.wandb.svc:3306)/wandb_local?parseTime=true\"}"),
    ],
    [
        G.format(1, "BUCKET=s3://[REDACTED:aws_access_key:1]:5IUDpC"),
        G.format(2, "Ilgz1@b.s3.aws/f"),
    ],
    [
        G.format(1, '{"msg":"connecting","url":"postgres://wandb:Chr~DqJG'),
        G.format(2, '5mXKuWewR@db.internal:5432/wandb"}'),
    ],
]
USERINFO_LOOK_ALIKES = [
    # a host and port, then a mail address: no userinfo cut
    [R.format(1, "dial tcp mysql.svc:3306"), R.format(2, "alerts@example.com notified")],
    # a starred password, a variable's reference, a word
    [G.format(1, '{"dsn":"wandb:****'), G.format(2, '****@tcp(mysql:3306)/wandb"}')],
    [G.format(1, '{"dsn":"wandb:${DB_PA'), G.format(2, 'SS}@tcp(mysql:3306)/wandb"}')],
    [G.format(1, '{"dsn":"wandb:pass'), G.format(2, 'word@tcp(mysql:3306)/wandb"}')],
]

# A userinfo's password a shipper's cut marker ends, its host cut away
MARKED_LEAKS = [
    [
        '2025-02-11T07:10:30Z {container="app"} {"level":"error","msg":"failed to open database",'
        '"dsn":"wandb:6Rp3iQb5U <truncated>'
    ],
    ['{"short_message":"BUCKET=s3://[REDACTED:aws_access_key:1]:BbHbLmjK <truncated>","level":3}'],
    ['msg="dialing" url=https://svc:Tq7Rm2Lx9Zp4…[truncated]'],
]
MARKED_LOOK_ALIKES = [
    ['{"short_message":"image pulled: nginx:1.25.3-alpine3.18 <truncated>","level":6}'],
    ['2025-02-11T07:10:30Z {container="app"} ts=2025-02-11T07:10:30.123456Z <truncated>'],
    ['{"short_message":"connecting to postgres://wandb:password <truncated>","level":6}'],
    [
        '{"short_message":"BUCKET=s3://[REDACTED:aws_access_key:1]:[REDACTED:aws_secret:1] <truncated>"}'
    ],
    ['{"short_message":"addr=localhost:8080/healthz <truncated>"}'],
]


@pytest.mark.parametrize("lines", SHORT_REST_LEAKS + USERINFO_LEAKS)
def test_a_userinfo_or_a_short_rest_cut_between_records_is_flagged(lines: list[str]) -> None:
    assert [leak.line for leak in Gate().lines("f", lines)] == [2]


@pytest.mark.parametrize("lines", MARKED_LEAKS)
def test_a_password_a_cut_marker_ends_is_flagged(lines: list[str]) -> None:
    assert [leak.line for leak in Gate().lines("f", lines)] == [1]


@pytest.mark.parametrize(
    "lines", SHORT_REST_LOOK_ALIKES + USERINFO_LOOK_ALIKES + MARKED_LOOK_ALIKES
)
def test_records_of_their_own_and_values_no_password_pass(lines: list[str]) -> None:
    assert list(Gate().lines("f", lines)) == []
