"""A call to a remote service or store that failed, as the caller words it without a level word.

- a storage or datastore operation that failed and is retried, named with the reason in
  parentheses (Metaflow's `S3 datastore operation _put_s3_object failed (Unable to locate
  credentials). Retrying 2 more times..`, Netflix/metaflow#419; a reason holding its own brackets:
  `… failed (An error occurred (404) when calling the HeadObject operation: Not Found). Retrying 7
  more times..`, Netflix/metaflow#942): the caller's own sentence for a call that did not go
  through; the reason decides nothing, a retried failure is one;
- Azure Storage's error code as its SDKs end an exception's message (Azure.Storage.Blobs'
  RequestFailedException: `Status: 404 (The specified blob does not exist.)` and `ErrorCode:
  BlobNotFound` on lines of their own, Azure/WALinuxAgent#2311): the store refused the request.
  The code alone on its line in CamelCase, as the service names it; `ErrorCode: 0` and a code
  inside a sentence stay out;
- an SSH tunnel's or port forward's channel the far end refused to open: Go's x/crypto/ssh
  (`ssh: rejected: connect failed (Connection refused)`, an OpenChannelError, kubeflow/katib#1160:
  a webhook call through a tunnel to a cluster's API server) and OpenSSH (`channel 2: open failed:
  connect failed: Connection refused`): nothing listened where the tunnel leads;
- a client that gave up connecting to its server after its retries (`Could not connect to server
  after multiple tries.`, comet-ml/issue-tracking#4), and a start-up script's wait for the service
  it depends on that ran out of time: wait-for-it's (`wait-for-it.sh: timeout occurred after
  waiting 60 seconds for db:3306`, firefly-iii/firefly-iii#6375) and dockerize's (`Timeout after
  30s waiting on dependencies to become available: [tcp://database:5432]`, hackmdio/codimd#774):
  the service never answered, whether or not the script starts the program anyway;
- Go's HTTP client giving up on a request at its Timeout, which it names in brackets after the
  error (`context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, a guide to
  Go's context errors; `… (Client.Timeout or context cancellation while reading body)`), however
  the caller wraps it or leaves it bare;
- an AWS SDK whose credential chain found no credentials, so that no call to the store or any
  other service is signed: the SDK for JavaScript v3's CredentialsProviderError (`Failed to upload
  JSON to S3 ... Could not load credentials from any providers`, langfuse/langfuse-k8s#116), the
  Go SDK v1's `NoCredentialProviders: no valid providers in chain` and botocore's `Unable to locate
  credentials`, whatever the caller wraps them in;
- botocore's EndpointConnectionError by its message, whatever wraps it (ClearML's `Failed
  uploading: Could not connect to the endpoint URL: "http://…"`, clearml/clearml#763), urllib3's
  ReadTimeoutError by its (`HTTPConnectionPool(host='…', port=5000): Read timed out. (read
  timeout=10)`, mlflow/mlflow#8044), and the websockets library's connection closed for a
  keepalive ping its peer never answered (`received 1011 (internal error) keepalive ping timeout;
  then sent 1011 …`, aimhubio/aim#3248; `(unexpected error)` in its older releases): the service
  did not answer; the websockets client's own DEBUG record of it stays out by its level;
- the AWS SDK for Go v2's error for a call any AWS service answered with a 4xx or 5xx, which names
  the service, the operation and the status (`operation error STS: AssumeRoleWithWebIdentity,
  https response error StatusCode: 403, …`, under Crossplane's `cannot initialize the Terraform
  plugin SDK async external client`, crossplane/crossplane#5578; Terraform's AWS provider), also
  after its retries (`exceeded maximum number of attempts, 3, https response error StatusCode:
  503`): whatever the caller wraps it in, the call failed;
- AWS IAM's refusal of a call, which names the caller and the service's action (`User:
  arn:aws:sts::…:assumed-role/… is not authorized to perform: sts:AssumeRole on resource: …`,
  quoted alone in external-secrets/kubernetes-external-secrets#368; `… is not authorized to
  perform: s3:PutObject because no identity-based policy allows …`), whatever the SDK wraps it in:
  the identity lacks a permission, whichever service refused it; and STS's own refusal of the role
  a web identity or SAML assertion asks for, which names no caller (`Not authorized to perform
  sts:AssumeRoleWithSAML`, aws/aws-sdk-net#744);
- MinIO's client (mc) saying what it could not do, the cause in a sentence after a period
  (`mc: Unable to make bucket local/x. Your previous request to create the named bucket succeeded
  and you already own it.`, bitnami/charts#1387, where it stopped the container's set-up at every
  restart): mc words only its errors so, with `<ERROR>` before them, which a paste may lose;
- Go's HTTP client's error for a request that got no response, the method and URL (quoted since
  Go 1.14) and the cause after a colon (`Get "https://storage.googleapis.com/…": metadata: GCE
  metadata "instance/service-accounts/default/token?…" not defined`, buildbarn/bb-storage#68;
  `Post https://www.googleapis.com/sql/v1beta4/…: oauth2: cannot fetch token: 400 Bad Request`,
  GoogleCloudPlatform/getting-started-python#130): net/http's url.Error, whatever wraps it;
- a Go tool's own lower-case sentence that it could not connect, what to and why after a colon
  (the Cloud SQL proxy's `couldn't connect to "project:region:instance": …`, the same thread);
- the AWS SDKs' own shapes of a store's (or any AWS service's) error answer, whatever the caller
  wraps them in: the Go SDK v1's status and request id after the code and message, on a line of
  their own or after `\n\t` in a string (`NoSuchKey: \n\tstatus code: 404, request id: tx00…`,
  rclone/rclone#452); botocore's message for a write the store refused (`An error occurred
  (NoSuchUpload) when calling the CompleteMultipartUpload operation: …`, minio/minio#17419; a
  `Put`, `Upload`, `Complete`, `CreateMultipart`, `Copy`, `Delete` or `Restore` operation: not a
  `Head`, `Get` or `List` a script may probe with before it creates what was missing, unless the
  service failed it itself: a 5xx, a throttle, a timeout, `(reached max retries: 4)`, or refused
  the request's signature or credentials: `(InvalidSignatureException) when calling the
  GetAuthorizationToken operation: Signature expired: …`, microsoft/WSL#4677, pasted from its
  code on); the AWS
  CLI's transfer that failed, with its S3 URL (`upload failed: ./config to s3://b/hi.txt An error
  occurred (KMS.NotFoundException) …`, aws/aws-cli#4507; download, copy, move, delete); the SDK
  for JavaScript v3's exception named for the code or status of an answer whose body it could not
  read (`SlowDown: UnknownError`, its stack through smithy's throwDefaultError,
  huridocs/uwazi#7319); the SDK for JavaScript v2's endpoint it could not reach (`UnknownEndpoint:
  Inaccessible host: `minio'. This service may not be available in the `us-east-1' region.`);
  botocore's own exceptions as their messages print them without their class (the AWS CLI prints
  them so, and a caller's `str(e)`): a connection to the endpoint that timed out or closed before
  an answer (`Connect timeout on endpoint URL: "…"`, `Read timeout on endpoint URL: "…"`,
  `Connection was closed before we received a valid response from endpoint URL: "…".`), a
  credential half configured (`Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY`),
  an endpoint or a region it cannot use (`Invalid endpoint: minio:9000`, `Provided region_name
  'us east' doesn't match a supported format.`); and the AWS CLI's bucket commands that failed
  (`make_bucket failed: s3://b …`, `remove_bucket failed: s3://b …`) as its transfers do.
error_candidates.py and error_confirm.py add the candidates and confirmations; the line's level
still decides (error_levels.py).
"""

from __future__ import annotations

# Each starts with a literal (the scan's prefilter searches it) and stays loose: REMOTE_CONFIRM
# says more.
REMOTE_CANDIDATES = (
    r"operation \S+ failed \(",
    "ErrorCode: ",
    "ssh: rejected: ",
    "open failed: ",
    "ould not connect to ",
    "imeout occurred after waiting ",
    "waiting on dependencies to become available",
    "Could not load credentials from any providers",
    "NoCredentialProviders",
    "Unable to locate credentials",
    r"\(Client\.Timeout ",
    "https response error StatusCode: ",
    *(
        f"{method} {quote}http"
        for method in ("Get", "Post", "Put", "Head", "Delete", "Patch")
        for quote in ('"', r'\\"', "")
    ),
    "ouldn't connect to ",
    "nable to connect to ",
    "ailed to connect to ",
    "is not authorized to perform",
    "Not authorized to perform sts:",
    r"status code: [45]\d\d, request id: ",
    "load failed: ",
    "copy failed: ",
    "move failed: ",
    "delete failed: ",
    ": UnknownError",
    "Inaccessible host: ",
    "_bucket failed: ",
    "on endpoint URL: ",
    "valid response from endpoint URL",
    "Partial credentials found in ",
    "Invalid endpoint: ",
    "Provided region_name ",
    r"\) when calling the ",
    "Could not connect to the endpoint URL",
    r"\): Read timed out\.",
    "keepalive ping timeout",
)

# (the reason may hold one bracketed part of its own: botocore's `An error occurred (404) …`)
_OPERATION_RETRIED = (
    r"\b(?:[Dd]atastore|[Ss]torage|S3|GCS|[Bb]lob|[Bb]ucket) operation \w+ failed "
    r"\([^()\n]{0,300}(?:\([^()\n]{1,100}\)[^()\n]{0,300})?\)\.?\s{0,10}Retrying\b"
)
# (the code's words run together: BlobNotFound, AuthenticationFailed, ServerBusy)
_AZURE_CODE = r"^\s*ErrorCode: [A-Z][a-z]+(?:[A-Z][a-z]*)+\s*$"
# x/crypto/ssh's RejectionReason texts and OpenSSH's channel open failure
_SSH_REJECTED = (
    r"\bssh: rejected: (?:connect failed|administratively prohibited|resource shortage|"
    r"unknown channel type) \("
    r"|\bchannel \d+: open failed: (?:connect failed|administratively prohibited)\b"
)
_GAVE_UP_CONNECTING = (
    r"\b[Cc]ould not connect to (?:the )?\S+(?: \S+){0,2} after (?:multiple|several|many|\d+) "
    r"(?:tries|attempts|retries)\b"
)

# (the wait's length in seconds or as Go prints a duration, then what it waited for)
_WAIT_TIMED_OUT = (
    r"\b[Tt]imeout occurred after waiting \S+(?: seconds?)? for \S"
    r"|\bTimeout after \S+ waiting on dependencies to become available\b"
)

_NO_CREDENTIALS = (
    r"\bCould not load credentials from any providers\b"
    r"|\bNoCredentialProviders: no valid providers in chain\b"
    r"|\bUnable to locate credentials\b"
)

_CLIENT_TIMEOUT = (
    r"\(Client\.Timeout (?:exceeded while awaiting headers|or context cancellation while reading "
    r"body)\)"
)
# (the service as the SDK names it: S3, STS, Route 53, Secrets Manager)
_GO_SDK_V2_STATUS = (
    r"\boperation error [A-Z][\w .-]{0,40}: [A-Z]\w*, (?:exceeded maximum number of attempts, "
    r"\d+, )?https response error StatusCode: [45]\d\d\b"
)
# (the URL in quotes, escaped where a JSON string holds them, or bare before Go 1.14; a colon and
# the cause after it, not a sentence that names a request)
_GO_URL_ERROR = (
    r"(?:^|[\s:\"(])(?:Get|Post|Put|Head|Delete|Patch) "
    r"(?:\\?\"https?://[^\s\"\\]+\\?\"|https?://\S+): \S"
)
# (at the line's start or after a wrap's colon: a level word before it decides as on any line)
_COULD_NOT_CONNECT = (
    r"(?:^|: )(?:couldn't|could not|unable to|failed to) connect to \S+?: "
    r"(?:[A-Za-z'\"(\[]|[45]\d\d\b)"
)
# (the action as IAM names it, service:Action, after an optional colon)
# (and STS's own refusal of a web identity's or SAML assertion's role, which names no caller:
# `Not authorized to perform sts:AssumeRoleWithSAML (Service: AWSSecurityTokenService; …)`)
_IAM_DENIED = (
    r"\bis not authorized to perform:? [a-z][a-z0-9-]{1,40}:[A-Za-z*]"
    r"|\bNot authorized to perform sts:AssumeRole\w*\b"
)
# (ERROR_CANDIDATE's "Unable to " selects it)
_MC_UNABLE = r"^mc: Unable to [a-z]{2,} "
# (awserr.RequestFailure's second line: its own, or `\n\t` escaped in a JSON or logfmt string)
_GO_SDK_V1_STATUS = r"(?:^|\s|\\t)status code: [45]\d\d, request id: "
# (ERROR_CANDIDATE's "rror occurred" selects botocore's message, and ") when calling the " a
# paste that starts at its code)
_BOTOCORE_WRITE = (
    r"(?:\bAn error occurred |^)\([^()\n]{1,100}\) when calling the "
    r"(?:Put|Upload|Complete|CreateMultipart|Copy|Delete|Restore)\w* operation\b"
    # ... or any call the service failed itself (a 5xx, a throttle, a timeout), or that botocore
    # retried until it gave up: no probe's answer; nor is a request refused for its signature or
    # its credentials, whatever the operation (ECR's `(InvalidSignatureException) when calling the
    # GetAuthorizationToken operation: Signature expired: …`, microsoft/WSL#4677: the clock or the
    # keys are wrong, and every call fails alike)
    r"|(?:\bAn error occurred |^)\((?:5\d\d|InternalError|ServiceUnavailable|SlowDown|"
    r"RequestTimeout|Throttl\w*|RequestLimitExceeded|InvalidSignatureException|"
    r"SignatureDoesNotMatch|RequestExpired|RequestTimeTooSkewed|ExpiredToken(?:Exception)?|"
    r"InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId)\) when calling the \w+ "
    r"operation\b"
    r"|\bwhen calling the \w+ operation \(reached max retries: \d+\)"
)
_AWS_CLI_TRANSFER = (
    r"(?:^|[\s:])(?:upload|download|copy|move|delete|make_bucket|remove_bucket) failed: "
    r"[^\n]{0,1000}?\bs3://"
)
_JS_SDK_UNREAD = r"(?:^|[\s:])(?:[A-Z][A-Za-z.]{1,60}|[45]\d\d): UnknownError\b"
_JS_SDK_V2_HOST = r"\bInaccessible host: [`'\"]"
# (the endpoint URL in double quotes, escaped where a JSON string holds them)
_BOTOCORE_MESSAGES = (
    r"\b(?:Connect|Read) timeout on endpoint URL: \\?\""
    r"|\bConnection was closed before we received a valid response from endpoint URL\b"
    r"|\bPartial credentials found in [\w-]+, missing: \w"
    r"|(?:^|: )Invalid endpoint: \S"
    r"|\bProvided region_name '[^'\n]{0,100}' doesn't match a supported format\b"
    # (EndpointConnectionError: the URL after the colon, quoted since botocore 1.x's later
    # releases, bare before)
    r"|\bCould not connect to the endpoint URL: \\?\"?[a-z]+://"
)
# (the pool's host quoted as repr() quotes it, escaped where a JSON string holds the line)
_URLLIB3_READ_TIMEOUT = (
    r"\bHTTPS?ConnectionPool\(host=\\?'[^'\\\s]{1,253}\\?', port=\d{1,5}\): Read timed out\."
)
_WEBSOCKET_KEEPALIVE = (
    r"\b(?:received|sent) 1011 \((?:internal|unexpected) error\) keepalive ping timeout\b"
)
REMOTE_CONFIRM = (
    _OPERATION_RETRIED,
    _AZURE_CODE,
    _SSH_REJECTED,
    _GAVE_UP_CONNECTING,
    _WAIT_TIMED_OUT,
    _NO_CREDENTIALS,
    _CLIENT_TIMEOUT,
    _GO_SDK_V2_STATUS,
    _MC_UNABLE,
    _GO_URL_ERROR,
    _COULD_NOT_CONNECT,
    _IAM_DENIED,
    _GO_SDK_V1_STATUS,
    _BOTOCORE_WRITE,
    _AWS_CLI_TRANSFER,
    _JS_SDK_UNREAD,
    _JS_SDK_V2_HOST,
    _BOTOCORE_MESSAGES,
    _URLLIB3_READ_TIMEOUT,
    _WEBSOCKET_KEEPALIVE,
)
