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


@pytest.mark.parametrize(
    "line",
    [
        # an event logger's error event at WARN, its values quoted
        'WARN  [org.keycloak.events] (executor-thread-3) type="CODE_TO_TOKEN_ERROR", '
        'realmId="ops", clientId="wandb", userId="null", ipAddress="10.0.0.9", '
        'error="invalid_client_credentials", grant_type="authorization_code"',
        # ... and its services log's coded failure (heldout76 #17, keycloak/keycloak#32290)
        "2024-08-20 21:43:51,416 WARN  [org.keycloak.services] (executor-thread-12) KC-SERVICES0013: "
        "Failed authentication: org.keycloak.authentication.AuthenticationFlowException: x",
        # a `Failure:` report naming what failed in its fields
        "Mar  2 09:14:07 gw01 authd.cgi[4411]: Failure: user=jdoe@corp.example, host=10.2.3.4, "
        "message=LDAP bind failed: {'desc': 'Invalid credentials'}",
        "Failure: token refresh for service account wandb-sync rejected",
        # a lost connection its client retries, at warn in winston's padded column and upper case
        "2026-03-04T05:06:07.890Z warn       Connection to redis lost. Retry attempt: 12",
        "2026-03-04 05:06:07,890 WARN [queue] Connection to broker-1:5672 was lost, retrying in 5s",
        # a Monolog record with an exception in its context, at INFO and NOTICE
        '[2026-03-04T05:06:07.123456+00:00] security.INFO: Authenticator failed. {"exception":'
        '"[object] (App\\\\Security\\\\TokenExpiredException(code: 0): Token expired at '
        '/srv/app/src/Security/Auth.php:41)","authenticator":"App\\\\Security\\\\Auth"} []',
        '[2026-03-04 05:06:07] request.NOTICE: Upload rejected {"exception":"[object] '
        "(League\\\\Flysystem\\\\UnableToWriteFile(code: 0): Unable to write file at location: "
        'a.bin. at /srv/vendor/x.php:12)"} []',
        # a level word padded to its column with spaces
        "2026-03-04T05:06:07.890Z error     Failed to upload trace to S3",
    ],
)
def test_a_failure_its_level_word_understates_is_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # an event logger's routine event, and an error event whose error is empty
        'INFO  [org.keycloak.events] (executor-thread-3) type="LOGIN", realmId="ops", '
        'clientId="wandb", userId="42", ipAddress="10.0.0.9"',
        "2024-08-20 21:43:51,416 WARN  [org.keycloak.services] (main) KC-SERVICES0047: metrics "
        "(org.jboss.Provider) is implementing the internal SPI",
        # a count or an empty field after `Failure:`, and the word inside a line
        "Failure: 0",
        "Failure: none",
        "2026-03-04 05:06:07 INFO report: Success: 12, Failure: 0",
        # a lost connection below WARN, and a connection that was not lost
        "2026-03-04 05:06:07,890 INFO Connection to redis lost, reconnected after 120ms",
        "2026-03-04 05:06:07,890 WARN [queue] Connection to broker-1:5672 established",
        # a Monolog record without an exception, and one at DEBUG
        '[2026-03-04T05:06:07.123456+00:00] request.INFO: Matched route "home". '
        '{"route":"home","route_parameters":{"_route":"home"}} []',
        '[2026-03-04T05:06:07.123456+00:00] security.DEBUG: Authenticator failed. {"exception":'
        '"[object] (App\\\\Security\\\\TokenExpiredException(code: 0): Token expired at '
        '/srv/app/src/Security/Auth.php:41)"} []',
        # a level word in a table, not a log record's
        "2026-03-04T05:06:07.890Z info       error  budget: 0.1%",
    ],
)
def test_routine_records_stay_unlisted(line: str) -> None:
    assert not miner_lists(line), line
