"""Failures that the services W&B depends on report in their own shapes, often below error level
or without a level word.

- supervisord (the wandb/local container's process manager) logs at INFO or WARN that a program
  exited although its exit codes did not expect it (`exited: php-fpm (exit status 78; not
  expected)`, status 0 included when the program is meant to run for ever) and that it gave up
  restarting one (`gave up: nodemanager entered FATAL state, too many start retries too quickly`);
  its `exited: … (exit status 0; expected)` and `success: … entered RUNNING state` stay notices;
- Redis's error replies that refuse a command for the server's state, as a client prints them
  (`OOM command not allowed when used memory > 'maxmemory'.`, `READONLY You can't write against a
  read only replica.`, `MASTERDOWN Link with MASTER is down …`, `NOREPLICAS Not enough good
  replicas to write.`, `BUSY Redis is busy running a script. …`; MISCONF is in error_confirm.py);
- Redis marks warnings and fatal lines alike with `#`: its fatal ones are a failed fork for a
  background save (`# fork operation failed`, `# Background saving terminated by signal 9`), its
  exit on an error (`Redis can not continue. Exiting.`) and its crash report's banner (`=== REDIS
  BUG REPORT START`); its other `#` warnings (overcommit_memory, THP) stay notices;
- an SMTP server's permanent refusal with its enhanced status code (`535 5.7.8 Username and
  Password not accepted`, `535-5.7.8 …` on a continued reply, `550 5.7.1 Relaying denied`), as a
  mailer quotes it, or the enhanced code alone first on the line where a paste left the reply
  code out (`5.7.8 Username and Password not accepted. Learn more at …`,
  mageplaza/magento-2-smtp#178); a transient reply (4yz) when its text says the server failed or
  refused (`451 4.3.0 <x@y>: Temporary lookup failure`, postfixadmin/postfixadmin#722; Postfix's
  `NOQUEUE: reject: RCPT from …: 454 4.7.1 <x@y>: Relay access denied`,
  mailcow/mailcow-dockerized#643); a 2xx reply and a 4xx that only asks to try later stay out
  (`250 2.0.0 OK`, `421 4.7.0 Try again later`, a greylisting `450 4.2.0 … Greylisted`);
- OpenSMTPD's delivery results for a message it could not relay (`relay: TempFail for
  66251a4092099e2d: …`, `PermFail for …`) and its outgoing session's error (`smtp-out: Error on
  session 00000016486029f7: Connection closed unexpectedly`, OpenSMTPD/OpenSMTPD#195);
- oauth2-proxy's authentication log, whose status in brackets says how a sign-in ended
  (`10.16.1.11 - user [2020/01/21 16:57:44] [AuthFailure] Invalid authentication via OAuth2: …`,
  oauth2-proxy/oauth2-proxy#360; `[AuthError]`); its `[AuthSuccess]` stays out;
- a SCIM service provider's error response, by the schema URN RFC 7644 gives every error
  (`"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],`, getsentry/sentry#117860): the
  identity provider's provisioning request was refused;
- Azure AD's (Entra ID's) error codes (`AADSTS50011: The redirect URI … does not match …`, or
  after ` - ` as its troubleshooting pages and error pages print it: `Error AADSTS50011 - The reply
  URL does not match …`): every AADSTS code names a refused sign-in or token request;
- an identity provider refusing the redirect URI a client sent, in its own words: Okta's `The
  'redirect_uri' parameter must be a Login redirect URI in the client app settings.` (its older
  `… must be an absolute URI that is whitelisted in the client app settings.`), Keycloak's `Invalid
  parameter: redirect_uri`, Google's and GitHub's `redirect_uri_mismatch`, and OAuth's
  `invalid_redirect_uri` (RFC 7591's code, which providers also answer a sign-in with: the
  OpenID Connect Generic WordPress plugin's `error = invalid_redirect_uri` above the URI it sent,
  oidc-wp/openid-connect-generic#472);
- an OAuth 2.0 provider's error code (RFC 6749's `invalid_request`, `invalid_client`,
  `invalid_grant`, `invalid_scope`, `unauthorized_client`, `unsupported_grant_type`,
  `unsupported_response_type`; RFC 6750's `invalid_token`) with its description, as a client
  library words the refusal: Authlib's `invalid_request: The provided value for the input
  parameter 'redirect_uri' is not valid.` (gramps-project/gramps-web#824) and oauthlib's
  `(invalid_grant) Bad Request`; the code alone in a field (`error: 'invalid_request',
  error_description: …`, a route an OIDC provider does not serve) stays out;
  golang.org/x/oauth2 quotes the code after its prefix (`oauth2: "invalid_grant" "Code not
  valid"`);
- an OpenID Connect client refusing its provider's ID token (the SSO W&B and its peers sign in
  with): go-oidc's verification errors (`oidc: issuer did not match the issuer returned by
  provider, expected "…" got "…"`, `oidc: id token issued by a different provider`, `oidc:
  expected audience …`, `oidc: failed to verify signature`), and an app's own words for them
  (`OIDC ID token verification failed: Issuer mismatch: expected=…`, onelogin-oidc-node's `id
  token not issued by correct OpenID provider - expected: … | from: …`, tomcat-oidcauth's `the ID
  token issuer does not match` at Tomcat's FINE, boylesoftware/tomcat-oidcauth#16), at WARNING as a login
  handler logs them; an expired token (`oidc: token is expired`) is a session to refresh, not a
  failure; a token refused because it was issued in the future or is not valid yet (its iat or
  nbf after the verifier's clock) says the two clocks differ, and every sign-in fails until they
  agree: openpubkey's `issuedAt of token is in the future` (openpubkey/openpubkey#104), go-jose's
  `token issued in the future (iat)` and `token not valid yet (nbf)`, golang-jwt's and
  google-auth's `Token used before issued`, golang-jwt v4's `token is not valid yet`;
- an LDAP server's operation result with a nonzero code (OpenLDAP's `conn=1009 op=0 RESULT tag=97
  err=49 text=`: invalid credentials); err=0 is success and err=14 a SASL bind still in progress;
  and the same refusal as LDAP clients print it: go-ldap's `LDAP Result Code 49 "Invalid
  Credentials"` (gogs/gogs#6165, even at TRACE), OpenLDAP's tools' `ldap_bind: Invalid
  credentials (49)` and PHP's `Unable to bind to server; invalid credentials`;
- a SAML response the identity provider marked failed, by its second-level or top-level status
  other than Success (`<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">`
  around `…:status:AuthnFailed`, CityOfBoston/digital#416), and ruby-saml's refusal of a response
  (`Invalid Signature on SAML Response`, SAML-Toolkits/ruby-saml#551; `The status code of the
  Response was not Success`): the sign-in failed;
- MinIO's nodes whose clocks differ, in its two wordings: `Server times are too far apart`
  (errServerTimeMismatch, MinIO until 2018, per drive at start-up: `[03/04] host:9000:/export :
  Server times are too far apart`, minio/minio#3999) and `client time … is too apart with server
  time …`; a distributed MinIO refuses its peers until they agree; and Ceph's monitors, whose
  cluster log warns of one whose clock is off by more than the allowed drift (`[WRN] mon.2 …
  clock skew 0.0784957s > max 0.05s`, rook/rook#2286): the monitors' quorum is at risk until the
  clocks agree;
- PHP's warning that a function could not do its job (`PHP Warning:  ldap_bind(): Unable to bind
  to server: Invalid credentials`, `file_get_contents(): Failed to open stream: …`): PHP's
  extensions report a failed call as a warning; its other warnings (an undefined array key, a
  deprecation) stay notices;
- Redis Sentinel's events for an instance it finds down: `+sdown` (this Sentinel cannot reach it)
  and `+odown` (a quorum of Sentinels agrees, and a master's failover starts), for a master, a
  replica or another Sentinel (`18:X 30 Sep 2025 15:06:46.900 # +odown master mymaster 10.0.0.5
  6379 #quorum 3/2`, redis/redis#14422, #5742); its `-sdown` and `-odown` (back up) stay notices;
- a Java client that could not connect to a service, naming the exception that ended the attempt
  (Lettuce's cluster topology refresh, at WARN: `Unable to connect to [10.178.16.245:6380]:
  java.nio.channels.ClosedChannelException`, redis/lettuce#3113);
- SeaweedFS's master that cannot place a new volume on its data nodes (`create 1 volume, created
  0: No matching data node found!`, seaweedfs/seaweedfs#6041), at glog's INFO level: writes fail
  once its writable volumes are full;
- s3fs (a bucket mounted as a file system): its fatal messages to stderr before it exits, `s3fs: `
  and the message (S3FS_PRN_EXIT: `s3fs: same bucket(default) passwd setting found in passwd
  file.`, s3fs-fuse#732), and its foreground log's failure at the source line that found it
  (`s3fs.cpp:s3fs_check_service(4503): Failed to check bucket and directory for mount point: …`,
  s3fs-fuse#2798).
error_candidates.py and error_confirm.py add the candidates and confirmations; error_levels.py
takes `service_failure` at any level.
"""

from __future__ import annotations

from wbdiag import lazyre

# Each starts with a literal (the scan's prefilter searches it) and stays loose: SERVICE_CONFIRM
# says more.
SERVICE_CANDIDATES = (
    r"not expected\)",
    " entered FATAL state",
    "fork operation failed",
    "Background saving terminated by signal",
    "can not continue",
    "REDIS BUG REPORT START",
    r" 5\.7\.\d",
    r" 5\.1\.\d",
    r" 4\.[347]\.\d",
    "TempFail for ",
    "PermFail for ",
    "Error on session ",
    r"\[AuthFailure\] ",
    r"\[AuthError\] ",
    r"scim:api:messages:2\.0:Error",
    "token issuer does not match",
    "AADSTS",
    "parameter must be a",
    "Invalid parameter: redirect_uri",
    "redirect_uri_mismatch",
    "invalid_redirect_uri",
    "OOM command not allowed",
    "READONLY You can't write",
    "MASTERDOWN Link with MASTER",
    "NOREPLICAS Not enough good",
    "BUSY Redis is busy",
    "oidc: ",
    " token not issued by ",
    " token verification failed: ",
    " token validation failed: ",
    " in the future",
    "used before issued",
    "not valid yet",
    " RESULT tag=",
    "LDAP Result Code ",
    "ldap_bind: ",
    "ldap_sasl_bind",
    "Unable to bind to server",
    ":SAML:2.0:status:",
    "Invalid Signature on SAML Response",
    "The status code of the Response was not Success",
    r"\): Unable to ",
    r"\): [Ff]ailed to ",
    "invalid_request",
    "invalid_client",
    "invalid_grant",
    "invalid_scope",
    "invalid_token",
    "unauthorized_client",
    "unsupported_grant_type",
    "unsupported_response_type",
    "times are too far apart",
    "is too apart with server time",
    " clock skew ",
    r"\+sdown ",
    r"\+odown ",
    "Unable to connect to ",
    "No matching data node found",
    "s3fs: ",
    r"\.cpp:",
)

_SUPERVISOR = (
    r"\bexited: \S+ \((?:exit status \d+|terminated by SIG[A-Z]+)(?: \(core dumped\))?; "
    r"not expected\)"
    r"|\bgave up: \S+ entered FATAL state\b"
)
_REDIS = (
    r"(?:^|[#*] )(?:fork operation failed\b|Background saving terminated by signal \d)"
    r"|\bRedis can not continue\. Exiting\b"
    r"|^=== REDIS BUG REPORT START\b"
)
# an SMTP reply (5yz) with its enhanced status code (class 5, RFC 3463), space or `-` between
_SMTP = (
    r"(?:^|[\s\"':(\[])5[0-5]\d[ -]5\.[1-7]\.\d{1,3}\b"
    r"|^5\.[1-7]\.\d{1,3} [A-Z][a-z]"
    # (a 4yz reply whose text, after the address it names if any, says the server failed or
    # refused: the mail waits in a queue until it does not)
    r"|(?:^|[\s\"':(\[])4[2-5]\d[ -]4\.[347]\.\d{1,3} (?:<[^<>\s]{1,300}>: )?"
    r"[^;]{0,100}?\b(?:[Ff]ailure|[Ff]ailed|[Dd]enied|[Rr]efused|[Ee]rror)\b"
)
# OpenSMTPD's relay results and its outgoing session's error, after the message's or session's id
_OPENSMTPD = (
    r"\b(?:relay|delivery): (?:TempFail|PermFail) for(?: [0-9a-f]{6,}|\s*$)"
    r"|\bsmtp-out: Error on session [0-9a-f]{6,}: "
)
# oauth2-proxy's auth log: `<address> - <user> [<time>] [AuthFailure] <message>`
_OAUTH2_PROXY_AUTH = r"\] \[Auth(?:Failure|Error)\] \S"
_SCIM_ERROR = r"\burn:ietf:params:scim:api:messages:2\.0:Error\b"
_AADSTS = r"\bAADSTS\d{5,7}(?::| -) \S"
_REDIRECT_REFUSED = (
    r"\b\\?['\"]?redirect_uri\\?['\"]? parameter must be an? (?:Login redirect URI|absolute URI)\b"
    r"|\bInvalid parameter: redirect_uri\b"
    r"|\bredirect_uri_mismatch\b|\binvalid_redirect_uri\b"
)
_REDIS_REFUSED = (
    r"(?:^|[\s(:'\"-])(?:OOM command not allowed when used memory\b|READONLY You can't write "
    r"against a read only (?:replica|slave)\b|MASTERDOWN Link with MASTER is down\b|NOREPLICAS "
    r"Not enough good (?:replicas|slaves) to write\b|BUSY Redis is busy running a script\b)"
)
_OIDC = (
    r"\boidc: (?:issuer did not match\b|id token issued by a different provider\b|expected "
    r"audience\b|failed to verify (?:id token )?signature\b|id token signed with unsupported "
    r"algorithm\b|malformed jwt\b)"
    r"|\b(?:OIDC |OpenID )?(?:ID|[Ii]d) [Tt]oken (?:verification|validation) failed: \S"
    r"|\b(?:ID|[Ii]d) token not issued by (?:the )?correct (?:OpenID |OIDC )?provider\b"
    r"|\b(?:ID|[Ii]d) token issuer does not match\b"
)
# (the library wordings the module docstring names)
_TOKEN_TIME = (
    r"\b(?:issuedAt of token is|(?:id_)?[Tt]oken (?:was )?issued) in the future\b"
    r"|\b[Tt]oken used before issued\b|\b[Tt]oken (?:is )?not valid yet\b"
)
_OAUTH_CODE = (
    r"(?:invalid_(?:request|client|grant|scope|token)|unauthorized_client|"
    r"unsupported_(?:grant|response)_type)"
)
# (and golang.org/x/oauth2's RetrieveError, the code quoted after its prefix: `failed to exchange
# token: oauth2: "invalid_grant" "Code not valid"`, gtsteffaniak/filebrowser#737)
_OAUTH_ERROR = (
    rf"(?:^|[\s:(\[\]]){_OAUTH_CODE}(?:: |\) )[A-Z]"
    rf"|\boauth2: \\{{0,3}}\"{_OAUTH_CODE}\\{{0,3}}\""
)
_MINIO_CLOCK = r"\b[Ss]erver times are too far apart\b|\bis too apart with server time\b"
# (Ceph's monitor, in its cluster log: `mon.2 10.0.3.48:6790/0 clock skew 0.0784957s > max 0.05s`)
_CEPH_CLOCK = r"\bclock skew \d+(?:\.\d+)?s > max \d+(?:\.\d+)?s\b"
_LDAP_RESULT = r"\bRESULT tag=\d+ err=(?:[1-9]|1[0-35-9]|[2-9]\d|\d{3,})\b"
# (go-ldap's `LDAP Result Code %d %q`, the OpenLDAP tools' `ldap_bind: <text> (<code>)`; 0 is
# success and 14 a SASL bind in progress)
_LDAP_CLIENT = (
    r"\bLDAP Result Code (?:[1-9]|1[0-35-9]|[2-9]\d|\d{3,}) \""
    r"|\bldap_(?:sasl_)?bind(?:\(\w+\))?: [A-Z][^()]{0,80} \(-?[1-9]\d*\)"
    r"|\bUnable to bind to server[:;] \w"
)
_SAML_FAILED = (
    r"\burn:oasis:names:tc:SAML:2\.0:status:(?:Requester|Responder|VersionMismatch|AuthnFailed"
    r"|InvalidAttrNameOrValue|InvalidNameIDPolicy|NoAuthnContext|NoAvailableIDP|NoPassive"
    r"|NoSupportedIDP|RequestDenied|RequestUnsupported|UnknownPrincipal|UnsupportedBinding)\b"
    r"|\bInvalid Signature on SAML Response\b|\bThe status code of the Response was not Success\b"
)
_PHP_CALL = r"\bWarning: +\w+\([^()]{0,300}\): (?:Unable to|[Ff]ailed to) [a-z]"
_SENTINEL_DOWN = r"# \+[os]down (?:master|slave|replica|sentinel) \S"
# the exception's class with its package (java.nio.channels.ClosedChannelException,
# io.netty.channel.ConnectTimeoutException)
_JAVA_UNREACHABLE = r"\bUnable to connect to \S+: (?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)\b"
_SEAWEEDFS_PLACEMENT = r"\bNo matching data node found!"
_S3FS = (
    r"^s3fs: [a-z]"
    r"|(?:^|\] )\w+\.cpp:\w+\(\d+\): (?:[Ff]ailed|[Cc]ould not|[Cc]an ?not|[Uu]nable to|[Ii]nvalid)\b"
)

SERVICE_CONFIRM = (
    _SUPERVISOR,
    _REDIS,
    _SMTP,
    _OPENSMTPD,
    _OAUTH2_PROXY_AUTH,
    _SCIM_ERROR,
    _AADSTS,
    _REDIRECT_REFUSED,
    _REDIS_REFUSED,
    _OAUTH_ERROR,
    _OIDC,
    _TOKEN_TIME,
    _MINIO_CLOCK,
    _CEPH_CLOCK,
    _LDAP_RESULT,
    _LDAP_CLIENT,
    _SAML_FAILED,
    _PHP_CALL,
    _SENTINEL_DOWN,
    _JAVA_UNREACHABLE,
    _SEAWEEDFS_PLACEMENT,
    _S3FS,
)
_FAILURE = lazyre.compile("|".join(SERVICE_CONFIRM))
# the literals one of SERVICE_CONFIRM's shapes needs: most lines hold none, and skip the search
_NEEDLES = (
    "expected)",
    "FATAL state",
    "fork ",
    "signal",
    "continue",
    "REDIS",
    " 5.",
    " 4.",
    "5.",
    "Fail for ",
    "Error on session ",
    "[Auth",
    "scim:api",
    "issuer does not match",
    "AADSTS",
    "parameter must be",
    "redirect_uri",
    "OOM command",
    "READONLY",
    "MASTERDOWN",
    "NOREPLICAS",
    "BUSY Redis",
    "oidc: ",
    "token not issued",
    "in the future",
    "before issued",
    "valid yet",
    "invalid_",
    "unauthorized_client",
    "unsupported_",
    "too far apart",
    "too apart",
    "clock skew",
    "oken v",
    "RESULT tag=",
    "LDAP Result Code ",
    "ldap_bind: ",
    "ldap_sasl_bind",
    "Unable to bind to server",
    ":SAML:2.0:status:",
    "on SAML Response",
    "was not Success",
    "): ",
    "down ",
    "Unable to connect to ",
    "No matching data node",
    "s3fs: ",
    ".cpp:",
)
# slapd's SASL bind still in progress: a step of a bind, not its failure
_SASL_IN_PROGRESS = lazyre.compile(r"\bRESULT tag=\d+ err=14\b")


def service_failure(body: str) -> bool:
    """Whether the line is one of the services' failures above, whatever its level."""
    if not any(n in body for n in _NEEDLES):
        return False
    return _FAILURE.search(body) is not None


def service_routine(body: str) -> bool:
    """Whether the line is a service's routine step that a generic `err=` shape would take."""
    return "err=14" in body and _SASL_IN_PROGRESS.search(body) is not None
