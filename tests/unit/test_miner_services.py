"""The miner lists what the services W&B depends on report in their own shapes (error_services.py):
supervisord's unexpected exits and FATAL state, Redis's fatal lines, SMTP's permanent refusals,
Azure AD's AADSTS codes, an OpenID Connect client refusing its provider's ID token, LDAP results
with a nonzero code, PHP's failed calls; their routine look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_services import SERVICE_CANDIDATES, SERVICE_CONFIRM
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import TemplateMiner


@pytest.mark.parametrize(
    "line",
    [
        # supervisord at INFO and WARN: an exit its exit codes did not expect, 0 included; giving up
        "2026-02-11 04:10:22,301 INFO exited: gorilla (exit status 1; not expected)",
        "2026-02-11 04:10:22,301 WARN exited: mysqld (exit status 0; not expected)",
        "2026-02-11 04:10:23,002 INFO exited: nginx (terminated by SIGSEGV (core dumped); not "
        "expected)",
        "2026-02-11 04:10:25,517 INFO gave up: local-api entered FATAL state, too many start "
        "retries too quickly",
        # Redis's fatal lines, old and new headers, and its crash report's banner
        "[2210] 03 Feb 10:01:12.441 # fork operation failed",
        "1:M 03 Feb 2026 10:01:12.441 # Background saving terminated by signal 9",
        "1:M 03 Feb 2026 10:01:12.500 # Redis can not continue. Exiting.",
        "=== REDIS BUG REPORT START: Cut & paste starting from here ===",
        # SMTP's refusals, the enhanced code alone first on the line (mageplaza/magento-2-smtp#178),
        # a transient reply that says the server failed or refused (postfixadmin/postfixadmin#722,
        # mailcow/mailcow-dockerized#643); OpenSMTPD's results (OpenSMTPD/OpenSMTPD#195),
        # oauth2-proxy's failed sign-in (oauth2-proxy/oauth2-proxy#360), a SCIM error
        # (getsentry/sentry#117860), tomcat-oidcauth's issuer check at FINE
        # (boylesoftware/tomcat-oidcauth#16): real, heldout62
        "5.7.8 Username and Password not accepted. Learn more at 5.7.8 "
        "https://support.google.com/mail/?p=BadCredentials m16sm14678301pfd.127 - gsmtp",
        "451 4.3.0 <xxx@yyy.com>: Temporary lookup failure;",
        "30/9/2017, 00:10:17 | info | NOQUEUE: reject: RCPT from unknown[62.149.156.25]: 454 4.7.1 "
        "<bounce+c5e8a8.afb32-lorenzo.longhi=ordingbo.it@mail.ourmx.it>: Relay access denied; "
        "from=<> to=<bounce+c5e8a8.afb32-lorenzo.longhi=ordingbo.it@mail.ourmx.it> proto=ESMTP "
        "helo=<smtpcmd15.ad.aruba.it>",
        "Apr 25 12:48:01 lx2 transfer[4603]: relay: TempFail for",
        "smtp-out: Error on session 00000016486029f7: Connection closed",
        "10.16.1.11 - mike_sirs@sirs.com [2020/01/21 16:57:44] [AuthFailure] Invalid "
        "authentication via OAuth2: unable too obtain CSRF cookie",
        '  "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],',
        "02-May-2019 13:14:50.884 FINE [https-jsse-nio-8443-exec-8] org.bsworks.catalina."
        "authenticator.oidc.BaseOpenIDConnectAuthenticator.process  AuthResponse the ID token "
        "issuer does not match",
        # SMTP's permanent refusals as mailers quote them
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')",
        "Error: Invalid login: 535 5.7.3 Authentication unsuccessful",
        "send mail failed: 550 5.7.1 Relaying denied",
        '"reply": "535-5.7.8 Bad credentials, see the help page",',
        # Azure AD's error codes
        "AADSTS700016: Application with identifier 'abc' was not found in the directory 'x'.",
        "Reason: AADSTS7000215: Invalid client secret provided.",
        # an OIDC client refusing the provider's ID token: go-oidc's words (oauth2_proxy, behind
        # its own prefix) and an app's, at WARNING as a login handler logs them
        "[2020/03/16 16:09:19] [main.go:160] oidc: issuer did not match the issuer returned by "
        'provider, expected "https://idcs-0a1b.identity.oraclecloud.com" got '
        '"https://identity.oraclecloud.com/"',
        "auth.oidc_auth_routes - WARNING - OIDC ID token verification failed: Issuer mismatch: "
        "expected=https://auth.example.org/application/o/dockhand",
        'level=info msg="login refused" err="oidc: expected audience \\"wandb\\" got '
        '[\\"grafana\\"]"',
        "2026-02-11 04:10:22 WARN sso: oidc: failed to verify signature: failed to verify id token "
        "signature",
        "WARNING:app.auth:ID token validation failed: token audience mismatch",
        # OpenLDAP's result with a nonzero code
        "65f0a1b2 conn=1203 op=1 RESULT tag=97 err=49 text=",
        "65f0a1b2 conn=1204 op=2 RESULT tag=101 err=32 text=no such object",
        # ... and the same refusal as LDAP clients print it
        "2020/05/15 11:24:21 [TRACE] LDAP authentication failed for 'ou=SAMBA,dc=company': LDAP "
        'Result Code 49 "Invalid Credentials":',
        "stderr: ldap_bind: Invalid credentials (49)",
        "ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)",
        "WARNING: Client.php(132) Warning - ldap_bind() - Unable to bind to server; invalid "
        "credentials",
        # a SAML response the provider marked failed, and ruby-saml's refusal of one
        '    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">',
        '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/>',
        'Invalid response from Idp: ["Invalid Signature on SAML Response"]',
        "The status code of the Response was not Success, was Requester => RequestDenied",
        # PHP's failed calls
        "PHP Warning:  ldap_bind(): Unable to bind to server: Can't contact LDAP server in "
        "/srv/app/Auth.php on line 12",
        "Warning: file_get_contents(http://localhost/x): Failed to open stream: refused in a.php",
        "PHP Warning:  mysqli_connect(): Unable to connect to the database in /srv/db.php on "
        "line 4",
    ],
)
def test_service_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # supervisord's routine lines
        "2026-02-11 04:10:22,301 INFO exited: migrate (exit status 0; expected)",
        "2026-02-11 04:10:21,100 INFO spawned: 'gorilla' with pid 31",
        "2026-02-11 04:10:22,301 INFO success: nginx entered RUNNING state, process has stayed up "
        "for > than 1 seconds (startsecs)",
        "2026-02-11 04:10:22,301 INFO waiting for local-api to stop",
        # Redis's warnings that are not failures
        "1:M 03 Feb 2026 10:01:12.441 # WARNING overcommit_memory is set to 0! Background save "
        "may fail under low memory condition.",
        "1:M 03 Feb 2026 10:01:12.441 # Server initialized",
        "1:C 03 Feb 2026 10:01:12.441 * Background saving started by pid 77",
        "1:M 03 Feb 2026 10:01:12.441 * Background saving terminated with success",
        # SMTP's positive and transient replies, and a version number
        "250 2.0.0 OK  1700000000 x12sm.123 - gsmtp",
        "421 4.7.0 Try again later, closing connection.",
        "450 4.2.0 <x@example.org>: Recipient address rejected: Greylisted, see the help page",
        "451 4.7.1 Please try again later",
        # oauth2-proxy's successful sign-in, OpenSMTPD's delivered message, SCIM's list response
        "10.16.1.11 - a@example.org [2020/01/21 16:57:44] [AuthSuccess] Authenticated via OAuth2",
        "Apr 25 12:48:01 lx2 transfer[4603]: relay: Ok for 66251a4092099e2d: from=a@b, to=c@d",
        '  "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],',
        "ID token issuer matches the configured provider",
        "Using Python 3.11 with pydantic 2.5.7 and nginx 1.25.3",
        # LDAP's successful result and a SASL bind still in progress
        "65f0a1b2 conn=1203 op=0 RESULT tag=97 err=0 text=",
        "65f0a1b2 conn=1203 op=0 RESULT tag=97 err=14 text=SASL(0): successful result",
        'level=debug msg="bind done" err="LDAP Result Code 0 \\"Success\\""',
        "ldap_bind: Success (0)",
        '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>',
        # PHP's warnings that are not a failed call
        'PHP Warning:  Undefined array key "name" in /srv/app/index.php on line 7',
        "PHP Deprecated:  Function strftime() is deprecated in /srv/app/x.php on line 3",
        # a docs sentence naming the prefix without a code
        "Azure AD errors start with AADSTS followed by a number.",
        # an OIDC session whose token expired (refreshed next), a provider's routine discovery
        "2026-02-11 04:10:22 INFO oidc: token is expired (Token Expiry: 2026-02-11 04:00:00)",
        "INFO oidc: discovered provider https://auth.example.org/ (issuer matches)",
        "ID token verification succeeded for user 42",
    ],
)
def test_service_routine_lines_stay_out(line: str) -> None:
    assert not miner_lists(line)


def test_an_ldap_result_keeps_a_readable_template() -> None:
    miner = TemplateMiner()
    miner.observe("slapd.log", 1, "5f1e2d3c conn=1009 op=0 RESULT tag=97 err=49 text=", False)
    (template,) = miner.templates()
    assert "RESULT" in template.template and "err=" in template.template


def test_candidates_are_portable_and_included() -> None:
    for pattern in (*SERVICE_CANDIDATES, *SERVICE_CONFIRM):
        assert check_portable(pattern) is None, pattern
    assert set(SERVICE_CANDIDATES) <= set(CANDIDATE_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        # an OAuth 2.0 provider's error code with its description, as client libraries word it:
        # Authlib (gramps-project/gramps-web#824), oauthlib, a login handler's own prefix
        "Microsoft: invalid_request: The provided value for the input parameter 'redirect_uri' is "
        "not valid. The expected value is a URI which matches a redirect URI registered for this "
        "client application.",
        "authlib.integrations.base_client.errors.OAuthError: invalid_client: Client "
        "authentication failed.",
        "oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Bad Request",
        "2026-02-11 04:10:22 INFO login failed: unauthorized_client: The client is not "
        "authorized to request a token using this method.",
        "token refresh: invalid_token: The access token expired",
        # MinIO's nodes whose clocks differ, in its older and newer wordings (minio/minio#3999)
        "[03/04] redacted.com:9000:/minio/storage/export : Server times are too far apart",
        "Unable to read 'format.json' from http://minio-2:9000/data: client time "
        "2024-03-13T07:17:01Z is too apart with server time 2024-03-13T07:40:01Z",
        # Ceph's monitor clock skew in its cluster log, at WRN (rook/rook#2286), and in the
        # cluster log's full form
        "2018-11-16 19:39:35.954444 [WRN]  mon.2 10.0.3.48:6790/0 clock skew 0.0784957s > max "
        "0.05s",
        "2019-03-01 10:00:00.123 mon.a mon.0 10.0.0.1:6789/0 12 : cluster [WRN] mon.1 "
        "10.0.0.2:6789/0 clock skew 1.5s > max 0.05s",
    ],
)
def test_oauth_refusals_and_minio_clock_skew_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the code alone in a field: an OIDC provider's route it does not serve (heldout15's benign
        # line), a docs sentence, a config key
        "oidc-provider:error path=/.well-known/oauth-authorization-server method=GET error={ "
        "error: 'invalid_request', error_description: 'unrecognized route or not allowed method",
        "The server answers invalid_request: see RFC 6749, section 5.2.",
        "allowed_errors = invalid_grant,invalid_scope",
        # clocks that agree, a time-sync report
        "Server times are in sync (skew 3ms)",
        "[2018-01-16 18:00:13] Time Sync Report: 4/4 hosts matched",
        # Ceph's clock skew cleared, its allowed drift in a config, a skew under the maximum
        "[INF] Health check cleared: MON_CLOCK_SKEW (was: clock skew detected on mon.b)",
        "mon clock drift allowed = 0.05",
        "[INF] mon.2 clock skew 0.01s within max 0.05s",
    ],
)
def test_oauth_and_clock_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Redis Sentinel finding an instance down: subjectively, then by quorum (redis/redis#14422,
        # #5742), for a master, a replica, another Sentinel
        "18:X 30 Sep 2025 15:06:46.900 # +odown master mscp_sentinel 172.28.203.166 8379 "
        "#quorum 3/2",
        "8140:X 01 Jan 18:57:30.138 # +sdown master mymaster x.x.x.x 6379",
        "1:X 03 Feb 2026 10:01:12.441 # +sdown slave 10.0.0.6:6379 10.0.0.6 6379 @ mymaster "
        "10.0.0.5 6379",
        "1:X 03 Feb 2026 10:01:12.442 # +sdown sentinel 3f1c… 10.0.0.7 26379 @ mymaster 10.0.0.5 "
        "6379",
        # a Java client that could not connect, naming the exception (redis/lettuce#3113)
        "[lettuce-epollEventLoop-926-1] [i.l.c.c.t.DefaultClusterTopologyRefresh][344] - Unable "
        "to connect to [10.178.16.245:6380]: java.nio.channels.ClosedChannelException",
        "2026-02-11 04:10:22.301  WARN 1 --- [ioEventLoop-4-2] i.l.c.c.t.DefaultClusterTopologyRefresh"
        " : Unable to connect to [redis-0.redis:6379]: io.netty.channel.ConnectTimeoutException",
        # SeaweedFS's master that cannot place a volume (seaweedfs/seaweedfs#6041), at INFO
        "I0917 05:46:35.838059 volume_growth.go:109 create 1 volume, created 0: No matching data "
        "node found!",
        # s3fs's exit message and its foreground failure (s3fs-fuse#732, #2798)
        "s3fs: same bucket(default) passwd setting found in passwd file.",
        "s3fs: could not determine how to establish security credentials.",
        "s3fs.cpp:s3fs_check_service(4503): Failed to check bucket and directory for mount point: "
        "Unable to connect(host=https://providerendpoint, message=)",
        "[CRT] s3fs.cpp:s3fs_check_service(3864): invalid credentials(host=https://s3.amazonaws.com)"
        " - result of checking service.",
    ],
)
def test_sentinel_java_clients_seaweedfs_and_s3fs_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Sentinel's routine events: an instance back up, a failover's steps, a replica found
        "1:X 03 Feb 2026 10:02:00.000 # -sdown master mymaster 10.0.0.5 6379",
        "1:X 03 Feb 2026 10:02:00.001 # -odown master mymaster 10.0.0.5 6379",
        "1:X 03 Feb 2026 10:02:01.000 * +slave slave 10.0.0.6:6379 10.0.0.6 6379 @ mymaster "
        "10.0.0.5 6379",
        "1:X 03 Feb 2026 10:02:02.000 # +monitor master mymaster 10.0.0.5 6379 quorum 2",
        # a Java client's notice without an exception, a docs sentence
        "2026-02-11 04:10:22.301  INFO 1 --- [main] c.e.App : Unable to connect to Redis is "
        "reported when the cluster is down",
        # SeaweedFS placing a volume, s3fs's routine start-up lines
        "I0917 05:46:35.838059 volume_growth.go:109 create 1 volume, created 1: [10.0.0.8:8080]",
        "s3fs.cpp:s3fs_init(4000): init v1.95(commit:561ce1e) with OpenSSL, credential-library"
        "(built-in)",
        "curl.cpp:ResetHandle(1912): Succeeded to reset the handle.",
        "s3fs[812]: init v1.89(commit:unknown) with OpenSSL",
    ],
)
def test_sentinel_java_clients_seaweedfs_and_s3fs_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # golang.org/x/oauth2's RetrieveError: the code quoted after its prefix (filebrowser#737)
        '\'failed to exchange token: oauth2: "invalid_grant" "Code not valid"\'',
        'level=warn msg="login failed" err="oauth2: \\"invalid_client\\" \\"Invalid client '
        'credentials\\""',
        'oauth callback: oauth2: "unauthorized_client" "Client not enabled to retrieve service '
        'account"',
    ],
)
def test_x_oauth2_refusals_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a code named in a config or a doc, not a refusal
        "supported error codes: oauth2: invalid_grant, invalid_client",
        'oauth2: token endpoint "https://sso.example.com/token" configured',
        'grant_types: ["authorization_code", "refresh_token"] oauth2: "code"',
    ],
)
def test_x_oauth2_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Azure AD's code after ` - ` (Microsoft's troubleshooting page for AADSTS50011)
        "Error AADSTS50011 - The reply URL does not match the reply URLs configured for the "
        "application <GUID>.",
        # an identity provider refusing the redirect URI: Okta's support article, its older
        # wording, Keycloak's, Google's and GitHub's code
        "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings.",
        "The 'redirect_uri' parameter must be an absolute URI that is whitelisted in the client "
        "app settings.",
        "2026-02-11 04:10:22,301 WARN [org.keycloak.services] KC-SERVICES0094: Invalid parameter: "
        "redirect_uri",
        "Error 400: redirect_uri_mismatch",
        # RFC 7591's code as a WordPress OIDC plugin prints it (oidc-wp/openid-connect-generic#472)
        "error = invalid_redirect_uri",
        '{"error":"invalid_redirect_uri","error_description":"Invalid redirect_uri"}',
        # an OIDC client refusing the provider's ID token (onelogin/onelogin-oidc-node#12)
        "id token not issued by correct OpenID provider - expected: https://myapp.onelogin.com/oidc"
        " | from: https://openid-connect-eu.onelogin.com/oid",
        # Redis's replies refusing a command for the server's state, as clients print them
        "OOM command not allowed when used memory > 'maxmemory'",
        "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
        "ReplyError: READONLY You can't write against a read only replica.",
        "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        "NOREPLICAS Not enough good replicas to write.",
        "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
    ],
)
def test_identity_provider_and_redis_refusals_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a redirect URI in a request or a setting, a docs sentence about the parameter
        "GET /oauth2/default/v1/authorize?client_id=x&redirect_uri=https%3A%2F%2Fwandb.example.com"
        '%2Foidc%2Fcallback HTTP/1.1" 302',
        "OIDC redirect_uri set to https://wandb.example.com/oidc/callback",
        "The redirect_uri parameter must be registered with the provider before you sign in.",
        "INFO client registration: invalid_redirect_uris=0 valid_redirect_uris=2",
        # Redis's routine notices about memory and replication
        "1:M 03 Feb 2026 10:01:12.441 * Replica 10.0.0.6:6379 asks for synchronization",
        "used_memory_human:1.02G maxmemory_policy:noeviction",
        "INFO switched to a read only replica for reads",
    ],
)
def test_redirect_and_redis_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
