"""The miner on a sign-in path's lines: Serilog's three-letter levels decide as level words do
(error_levels.py), a session loader finding no cookie is a notice (error_notices.py), and Node's
coded errors, a token issued in the future (error_services.py), IAM's refusal of an action
(error_remote.py) and a JDBC pool's refused login at WARN (error_quiet.py) are listed; their
look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict


@pytest.mark.parametrize(
    "line",
    [
        # oauth2-proxy's session loader for a request without its cookie (oauth2-proxy#1146), the
        # older capitalised store wording and Go's http.ErrNoCookie, with or without the suffix
        "[2021/04/03 11:37:43] [stored_session.go:76] Error loading cookied session: cookie "
        '"_oauth2_proxy" not present, removing session',
        "2018/01/02 10:00:00 oauthproxy.go:601: Error loading cookied session: Cookie "
        '"_oauth2_proxy" not present',
        "[2026/11/28 10:00:00] [stored_session.go:94] Error loading cookied session: http: named "
        "cookie not present, removing session",
        # Serilog's info and debug levels after its templates' times, whatever error field follows
        "[2026-06-20 18:33:47.652 +00:00] [INF] [42] Jellyfin.Plugin.TwoFactorAuth.Api."
        'SecurityController: [2FA] OIDC Callback hit: provider="sing-in-with-pocketid" codeLen=32 '
        'stateLen=32 error="(none)"',
        "[10:00:00 INF] Failed to find a cached discovery document, error=none fetching it",
        "2026-11-28 10:00:00.123 +00:00 [DBG] Error while validating the token: retrying",
        # ... and its warning level, as warnings stay notices unless a shape says they failed
        "[10:00:00 WRN] Error while refreshing the signing keys: the cached ones stay in use",
    ],
)
def test_sign_in_notices_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a session cookie the proxy could not read: its secret changed, or the value was cut
        "[2026/11/28 10:00:00] [stored_session.go:94] Error loading cookied session: cookie "
        "signature not valid, removing session",
        "[2026/11/28 10:00:00] [stored_session.go:94] Error loading cookied session: cookie "
        '"_oauth2_proxy" not present in ticket store: redis: connection refused, removing session',
        # the callback without its CSRF cookie: a sign-in that failed, not a visitor
        "[2026/11/28 10:00:00] [oauthproxy.go:857] Error while loading CSRF cookie: http: named "
        "cookie not present",
        # Serilog's error and fatal levels, in the console's and the file sink's templates
        "[15:12:56 ERR] The token request was rejected because the 'code_verifier' parameter "
        "didn't correspond to the expected value.",
        "[15:12:56 FTL] Host terminated unexpectedly",
        "2026-11-28 10:00:00.123 +00:00 [ERR] An unhandled exception has occurred while executing "
        "the request.",
        # Node's coded errors, in a message or alone (panva/openid-client#113)
        "Error occurred in Login AuthClient.getAuthTokens() while genrating token { AssertionError "
        "[ERR_ASSERTION]: id_token expired",
        "TypeError [ERR_INVALID_URL]: Invalid URL",
        # a token issued in the future, in the libraries' wordings (openpubkey/openpubkey#104)
        "failed to exchange token: issuedAt of token is in the future: \\",
        "go-jose/go-jose/jwt: validation failed, token issued in the future (iat)",
        'level=info msg="login refused" err="Token used before issued"',
        "jwt: token is not valid yet",
        # IAM's refusal, quoted alone (external-secrets/kubernetes-external-secrets#368) or bare
        '"User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/eksctl-x-NodeInstanceRole-1UU8/i-0e5a is '
        'not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<ACCOUNT_ID>:role/x"',
        "User: arn:aws:iam::123456789012:user/wandb is not authorized to perform: "
        "secretsmanager:GetSecretValue on resource: wandb-license",
        # ... and STS's refusal of a SAML assertion's role, as the SDK for .NET words it (heldout76
        # #31, aws/aws-sdk-net#744)
        "Not authorized to perform sts:AssumeRoleWithSAML (Service: AWSSecurityTokenService; "
        "Status Code: 403; Error Code: AccessDenied; Request ID: fe270994-9399-11e7). Please try "
        "again.",
        # a JDBC pool's refused login, at WARN as Agroal and HikariCP log it
        "WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': Access denied for user "
        "'admin'@'<< EC2 Instance IP >>' (using password: YES)",
        "2026-11-28 10:00:00.123  WARN 1 --- [main] com.zaxxer.hikari.pool.HikariPool : "
        "HikariPool-1 - Exception during pool initialization: Access denied for user "
        "'keycloak'@'10.0.0.7' (using password: YES)",
    ],
)
def test_sign_in_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a bare three-letter tag without a time before it is not read as Serilog's level (httpx's
        # gologger lists its failures under [DBG])
        "[DBG] Failed 'https://example.org/x': GET https://example.org/x giving up after 1 "
        'attempts: Get "https://example.org/x": context deadline exceeded',
    ],
)
def test_a_bare_level_tag_is_not_serilogs(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the future and validity in other senses; Node's code named in a sentence
        "This option is deprecated and will be removed in the future",
        "the certificate is not valid yet, waiting for its start date",
        "set NODE_OPTIONS to avoid ERR_ASSERTION in tests",
        # IAM's words without a service's action, as documentation phrases them
        "Returns AccessDenied when the caller is not authorized to perform the action",
        "Not authorized to perform the action; see sts:AssumeRole in the guide",
        # MySQL's own log of a client's failed login at [Warning]: the server's, not W&B's pool
        "2026-11-28T10:00:00.123456Z 8 [Warning] Access denied for user 'root'@'10.0.0.9' (using "
        "password: YES)",
    ],
)
def test_sign_in_look_alikes_stay_out(line: str) -> None:
    assert miner_verdict(line) is not MinerVerdict.LISTED
