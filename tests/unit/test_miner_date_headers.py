"""The miner reads a line behind date(1)'s default format in brackets, which shell scripts stamp
their lines with (acme.sh's `[Wed Sep 26 06:02:48 UTC 2018] …`): the message after it decides, as
after syslog's prefix, so a failure there is listed (acme.sh's own wordings for a failed order
among them) and the script's progress stays out."""

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
        # acme.sh's other failures of an order, with no failure word of their own: the CA's
        # verdict on a challenge (acmesh-official/acme.sh#5176, #5178 behind a 12-hour stamp), the
        # order (#2733) and its DNS API hook (#4043, #3577)
        "[Mon Jun 17 19:21:45 CST 2024] yyzb123.com:Verify error:No TXT record found at "
        "_acme-challenge.yyzb123.com",
        "[Tue Jun 18 12:52:30 PM CST 2024] Invalid status, *.yyzb12312.com:Verify error detail:No "
        "TXT record found at _acme-challenge.yyzb12312.com",
        "[Thu Feb 13 20:06:40 CST 2020] Create new order error. Le_OrderFinalize not found. {}",
        "[Wed Apr 20 14:12:20 CST 2022] Error add txt for domain:_acme-challenge.xiaopggtop.com",
        "[Sun Jun 27 10:00:00 CST 2021] Add txt record error.",
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
        # acme.sh's wait on the CA, its challenge in progress and its DNS hook's success
        "[Mon Jun 17 19:21:45 CST 2024] Pending, The CA is processing your order, please just wait. "
        "(1/30)",
        "[Tue Jun 18 12:52:16 PM CST 2024] Verifying: yyzb12312.com",
        "[Tue Jun 18 12:52:27 PM CST 2024] The txt record is added: Success.",
    ],
)
def test_progress_behind_a_date_header_stays_out(line: str) -> None:
    assert not miner_lists(line)
