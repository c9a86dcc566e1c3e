"""The miner's verdict on lines whose level word is not the failure's: a library's trace of a step
in progress logged at a level it calls CRITICAL or ERROR (Python logging's `LEVEL:logger:message`
form) is not listed, while the same form saying something failed stays listed."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # ldap3's detail levels named after its logger, logged at CRITICAL or ERROR
        "CRITICAL:ldap3:BASIC:try to open candidate address [<AddressFamily.AF_INET6: 10>, "
        "<SocketKind.SOCK_STREAM: 1>, 6, '', ('fd00::12', 389, 0, 0)]",
        "2026-01-02T03:04:05.000000000Z CRITICAL:ldap3:NETWORK:opening connection to "
        "ldaps://ldap.example.org:636",
        "ERROR:sync.worker:PROTOCOL:trying to bind as cn=svc,dc=example,dc=org",
        "CRITICAL:app.client:attempting to connect to 10.0.0.7:5432",
    ],
)
def test_a_trace_of_a_step_in_progress_is_not_listed(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the same trace saying the step failed, and other CRITICAL / ERROR messages
        "CRITICAL:ldap3:BASIC:try to open candidate address [x] failed: [Errno 111] Connection "
        "refused",
        "CRITICAL:app:opening the store timed out after 30s",
        "CRITICAL:root:Database unreachable, shutting down",
        "ERROR:ldap3:BASIC:socket error while opening connection",
        "ERROR:app.sync:trying to resume upload: could not read checkpoint",
    ],
)
def test_a_failure_in_the_same_form_stays_listed(line: str) -> None:
    assert miner_lists(line), line
