"""A CSV row whose quoted cells double their quotes (csvcells.py): a log search's export (Splunk's
`_raw`, Datadog's CSV). The secret in a logged line's quoted value goes; a doubled quote around a
digest, a mask word or an empty value is no secret."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact.csvcells import undoubled

pytestmark = pytest.mark.usefixtures("both_engines")

_HEADER = '"_time","host","sourcetype","_raw"'


@pytest.mark.parametrize(
    ("row", "secret"),
    [
        (
            '"2024-05-27 23:28:25.139","wandb-gorilla-0","kube:container:gorilla","redis: options '
            '&redis.Options{Network:""tcp"", Addr:""10.0.4.2:6379"", Username:"""", Password:""Tq8zW3mKx7Lp2"", DB:0}"',
            "Tq8zW3mKx7Lp2",
        ),
        (
            '"2024-05-27 23:28:25.139","wandb-weave-0","{""event"":""llm provider configured"",'
            '""api_key"":""sk-proj-Zk4Lm9Qx2Wp7Rt5Vb8Nc3Hd6Jf1""}"',
            "Zk4Lm9Qx2Wp7Rt5Vb8Nc3Hd6Jf1",
        ),
    ],
)
def test_a_secret_in_a_csv_cells_quoted_value_goes(row: str, secret: str) -> None:
    assert_gone([_HEADER, row], [secret])


@pytest.mark.parametrize(
    "row",
    [
        '"2025-04-24 18:41:47.474","wandb-parquet-0","kube:container:parquet","level=warn msg=""object fetch '
        'failed"" url=""https://files.example.com/run.parquet?X-Amz-Signature=REDACTED"" '
        'etag=""e014f8c70aaf7876ca29b1857cd44dce"" status=404"',
        '"2025-04-24 18:41:47.474","wandb-app-0","kube:container:app","msg=""login ok"" user=""alice"" password=""""',
        '"2025-04-24 18:41:47.474","","",""',
    ],
)
def test_doubled_quotes_around_no_secret_stay(row: str) -> None:
    assert_kept([_HEADER, row])


def test_a_row_is_read_with_one_quote_for_two_and_maps_back() -> None:
    row = '"a","x=""1"" y=""""",b,""'
    text, origin = undoubled(row)
    assert text == '"a","x="1" y=""",b,""'
    assert len(origin) == len(text) + 1 and origin[-1] == len(row)
    assert all(row[origin[k]] == text[k] for k in range(len(text)))
