"""The miner reads a line behind date(1)'s default format in brackets, which shell scripts stamp
their lines with (acme.sh's `[Wed Sep 26 06:02:48 UTC 2018] …`): the message after it decides, as
after syslog's prefix, so a failure there is listed and the script's progress stays out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # acme.sh's failed order under Let's Encrypt's rate limit (acmesh-official/acme.sh#1855)
        '[Wed Sep 26 06:02:48 UTC 2018] Sign failed: "detail":"Error creating new cert :: too '
        "many certificates already issued for: azure.com: see https://letsencrypt.org/docs/rate-"
        'limits/"',
        # a day of the month padded with a space, a numeric zone, and a failure after the header
        "[Thu Jan  4 10:00:01 CET 2024] Verify failed: Invalid response from "
        "http://wandb.example.com/.well-known/acme-challenge/x: 404",
        "[Mon Mar 11 08:15:42 +0100 2024] Unable to read /etc/app.conf: Permission denied",
    ],
)
def test_failures_behind_a_date_header_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the script's progress and success behind the same header
        "[Thu Jan  4 10:00:01 CET 2024] Getting domain auth token for each domain",
        "[Thu Jan  4 10:00:01 CET 2024] Cert success.",
        "[Wed Sep 26 06:02:48 UTC 2018] Your cert is in  /root/.acme.sh/example.com/example.com.cer",
    ],
)
def test_progress_behind_a_date_header_stays_out(line: str) -> None:
    assert not miner_lists(line)
