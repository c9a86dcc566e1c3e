"""The leak gate joins a container runtime's partial log records (Docker json-file, CRI) before
judging a secret cut at their boundary; records that are whole, or hold no secret, pass."""

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


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, request.param)


@pytest.mark.parametrize("lines", LEAKS)
def test_a_secret_cut_between_partial_records_is_flagged(lines: list[str]) -> None:
    assert [leak.line for leak in Gate().lines("f", lines)] == [2]


@pytest.mark.parametrize("lines", LOOK_ALIKES)
def test_whole_records_and_harmless_parts_pass(lines: list[str]) -> None:
    assert list(Gate().lines("f", lines)) == []
