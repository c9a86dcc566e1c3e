"""The miner lists a remote call's failure as its caller words it (error_remote.py): a retried
store operation with its reason, Azure Storage's error code, an SSH channel the far end refused, a
client that gave up connecting; and keeps Traefik's peek at a connection the client closed before
sending anything (error_notices.py) out. Their look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_remote import REMOTE_CANDIDATES, REMOTE_CONFIRM
from wbdiag.rules.portable_regex import check_portable


@pytest.mark.parametrize(
    "line",
    [
        # Metaflow's S3 datastore (Netflix/metaflow#419), and made-up variants
        "1.6107E+12 | 2021-01-15 15:11:50.880 [40293/process_a_provider/211754 (pid 18823)] S3   "
        "datastore operation _put_s3_object failed (Unable to locate credentials).   Retrying 2 "
        "more times..",
        "storage operation upload_blob failed (Connection reset by peer). Retrying in 5s",
        # ... with botocore's reason, which holds its own brackets (Netflix/metaflow#942)
        "S3 datastore operation _get_s3_object failed (An error occurred (404) when calling the "
        "HeadObject operation: Not Found). Retrying 7 more times..",
        # Azure.Storage.Blobs' RequestFailedException ends with the code (Azure/WALinuxAgent#2311)
        "ErrorCode: BlobNotFound",
        "    ErrorCode: AuthenticationFailed",
        # x/crypto/ssh's OpenChannelError (kubeflow/katib#1160) and OpenSSH's channel failure
        "ssh: rejected: connect failed (Connection refused)",
        "ssh: rejected: administratively prohibited (open failed)",
        "channel 2: open failed: connect failed: Connection refused",
        # a client that gave up connecting (comet-ml/issue-tracking#4), quoted as pasted
        "\u201cCould not connect to server after multiple tries.\u201d",
        "Could not connect to the tracking server after 5 attempts",
        # a start-up script's wait that ran out of time: wait-for-it (firefly-iii#6375, its Go
        # port's duration) and dockerize (hackmdio/codimd#774, solero/dash#32)
        "app_1  | wait-for-it.sh: timeout occurred after waiting 60 seconds for db:3306",
        "wait-for-it: timeout occurred after waiting 1m0s for mysql:3306",
        "2018/03/22 16:50:24 Timeout after 30s waiting on dependencies to become available: "
        "[tcp://database:5432]",
        # urllib3's ReadTimeoutError (mlflow/mlflow#8044) and the websockets library's keepalive
        # close (aimhubio/aim#3248, tylerebowers/Schwabdev#64)
        "HTTPConnectionPool(host='mlflow.mlflow.svc.cluster.local', port=5000): Read timed out. "
        "(read timeout=10)",
        "Remote Server is unavailable, please check network connection: received 1011 (internal "
        "error) keepalive ping timeout; then sent 1011 (internal error) keepalive ping timeout",
        "ERROR:Schwabdev:sent 1011 (internal error) keepalive ping timeout; no close frame received",
    ],
)
def test_remote_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # an operation that succeeded after its retry, and one that failed without a reason
        "S3 datastore operation _put_s3_object succeeded after 2 retries",
        "datastore operation list failed. Retrying",
        "S3 datastore operation _get_s3_object failed (An error occurred (404) when calling (the "
        "HeadObject) operation). Retrying",
        # an error code that is no Azure code: a number, lower case, inside a sentence
        "ErrorCode: 0",
        "ErrorCode: none",
        "the field ErrorCode: BlobNotFound is documented in the SDK",
        # ssh's rejection text without its reason, and a channel that opened
        "ssh: rejected: (unknown reason)",
        "channel 2: open confirm rwindow 2097152 rmax 32768",
        # a connection that worked after retries, and one without the retries
        "Connected to server after multiple tries.",
        "Could not connect to server, retrying",
        # a wait that ended in time, and the wait announced
        "wait-for-it.sh: db:3306 is available after 0 seconds",
        "wait-for-it.sh: waiting 15 seconds for db:3306",
        "2018/03/22 16:49:54 Waiting for host: database:5432",
        # a timeout's words as prose, and the websockets client's own record of the close at
        # DEBUG (massive-com/client-python#837)
        "HTTPConnectionPool(host='x', port=5000): Read timed out is retried 3 times",
        "the keepalive ping timeout is 20 seconds",
        "2025-01-23 14:56:23,658 WebSocketClient DEBUG: connection closed (ERR): sent 1011 "
        "(unexpected error) keepalive ping timeout; no close frame received",
    ],
)
def test_remote_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


def test_a_client_closing_before_it_sent_is_routine() -> None:
    # Traefik's TCP router peeking at a connection the client closed at once (traefik#4726)
    assert not miner_lists(
        'time="2019-03-21T18:28:46Z" level=error msg="Error while Peeking first byte: EOF"'
    )
    assert not miner_lists(
        '{"level":"error","msg":"Error while peeking first byte: EOF","time":"2026-11-28T10:00:00Z"}'
    )


@pytest.mark.parametrize(
    "line",
    [
        # a reset or a timeout while peeking stays an error: not a client closing cleanly
        'time="2019-03-21T18:28:46Z" level=error msg="Error while Peeking first byte: read tcp '
        '10.0.0.1:443->10.0.0.2:5555: read: connection reset by peer"',
        'time="2019-03-21T18:28:46Z" level=error msg="Error while Peeking first byte: read tcp '
        '10.0.0.1:443->10.0.0.2:5555: i/o timeout"',
        # EOF elsewhere at error level stays an error
        'time="2019-03-21T18:28:46Z" level=error msg="Error while reading request body: EOF"',
    ],
)
def test_other_peek_and_eof_errors_are_listed(line: str) -> None:
    assert miner_lists(line)


def test_candidates_are_portable_and_included() -> None:
    for pattern in (*REMOTE_CANDIDATES, *REMOTE_CONFIRM):
        assert check_portable(pattern) is None, pattern
    assert set(REMOTE_CANDIDATES) <= set(CANDIDATE_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        # the AWS SDK for JavaScript v3 under a caller's message (langfuse/langfuse-k8s#116), and
        # made-up variants: its error class, the Go SDK v1's and botocore's words for the same
        "Failed to upload JSON to S3 ... Could not load credentials from any providers",
        "CredentialsProviderError: Could not load credentials from any providers",
        "NoCredentialProviders: no valid providers in chain. Deprecated.",
        "Unable to locate credentials",
    ],
)
def test_no_credentials_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # credentials that were found, in the SDKs' own debug words
        "Loaded credentials from any providers in chain",
        "Resolved credentials from the container provider",
        "Found credentials in environment variables.",
    ],
)
def test_found_credentials_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Go's HTTP client giving up at its Timeout, bare (a guide to Go's context errors) and
        # wrapped by its caller; the body's read cut off the same way
        "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
        "net/http: request canceled (Client.Timeout exceeded while awaiting headers)",
        "fetch manifest: context deadline exceeded (Client.Timeout or context cancellation while "
        "reading body)",
    ],
)
def test_go_http_client_timeouts_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a timeout setting and a docs sentence naming the field
        "client: Client.Timeout=30s, retries=3",
        "Set http.Client.Timeout to bound the whole request, headers included.",
    ],
)
def test_http_client_timeout_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the AWS SDK for Go v2's status error under Crossplane's upjet provider (crossplane/
        # crossplane#5578), Terraform's AWS provider (STS, IAM) and after its retries
        "managed/s3.aws.upbound.io/v1beta1, kind=bucket  cannot initialize the Terraform plugin "
        "SDK async external client: cannot get terraform setup: failed to retrieve aws credentials "
        "from aws config: failed to refresh cached credentials, failed to retrieve credentials, "
        "operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, "
        "RequestID: 4a8524d5-fc0e-46ff-9000-fd823d1b8661, api error AccessDenied: Not authorized "
        "to perform sts:AssumeRoleWithWebIdentity",
        "Error: creating IAM Instance Profile (x-runner): operation error IAM: "
        "CreateInstanceProfile, https response error StatusCode: 403, RequestID: 3b4bfb50-c67c, "
        "api error AccessDenied: User: arn:aws:sts::1:assumed-role/ci is not authorized",
        "operation error Secrets Manager: GetSecretValue, exceeded maximum number of attempts, 3, "
        "https response error StatusCode: 503, RequestID: 1f2e, api error ServiceUnavailable: x",
        # MinIO's client, as the Bitnami chart's set-up ran it (bitnami/charts#1387), and its
        # alias check
        "mc: Unable to make bucket local/icptest. Your previous request to create the named "
        "bucket succeeded and you already own it.",
        "mc: Unable to initialize new alias from the provided credentials. The Access Key Id you "
        "provided does not exist in our records.",
    ],
)
def test_go_sdk_v2_status_errors_and_mc_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same error at debug, a status that is no error, the SDK's own retry quota (no
        # status), and mc's notices
        'level=debug msg="operation error S3: HeadObject, https response error StatusCode: 404"',
        "handling https response error StatusCode: 200 as success",
        "mc: Configuration written to `/root/.mc/config.json`. Please update your access "
        "credentials.",
        "mc: Successfully created `/root/.mc/share`.",
        "Bucket created successfully `local/icptest`.",
    ],
)
def test_go_sdk_v2_and_mc_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Go's url.Error: bb-storage under GKE workload identity (buildbarn/bb-storage#68) and the
        # Cloud SQL proxy before Go 1.14 quoted the URL (GoogleCloudPlatform/getting-started-python
        # #130); made-up variants wrapped, escaped in a JSON string, with another method
        'Get "https://storage.googleapis.com/bucket/ace0c036-142-remote-execution": metadata: GCE '
        'metadata "instance/service-accounts/default/token?scopes=x" not defined',
        'couldn\'t connect to "<project-id>:us-east1:library": Post https://www.googleapis.com/sql/'
        "v1beta4/projects/<project-id>/instances/library/createEphemeral?alt=json: oauth2: cannot "
        "fetch token: 400 Bad Request",
        'failed to upload: Put "https://s3.amazonaws.com/b/k": net/http: TLS handshake timeout',
        '{"log":"Head \\"https://minio:9000/wandb/x\\": EOF\\n","stream":"stderr"}',
        # a Go tool's lower-case sentence that it could not connect, the cause after a colon
        'couldn\'t connect to "proj:us-central1:db": dial tcp 10.1.2.3:3307: connect: connection '
        "refused",
        "unable to connect to redis:6379: dial tcp: lookup redis on 10.96.0.10:53: no such host",
        # azure-identity's credential that could not get a token (treeverse/dvc#6318), and another
        # credential of the chain in the same words
        "ManagedIdentityCredential.get_token failed: ManagedIdentityCredential authentication "
        "unavailable, no managed identity endpoint found.",
        "EnvironmentCredential.get_token failed: EnvironmentCredential authentication unavailable. "
        "Environment variables are not fully configured.",
    ],
)
def test_a_go_request_or_token_call_that_failed_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a request named without a cause after a colon, or at a level below error
        'Get "https://example.com/" returned 200 OK in 3ms',
        'level=info msg="retrying Get \\"https://x/y\\": EOF"',
        "INFO Get https://docs.example.com for the manual",
        # connecting named in a sentence, not a failure with its cause
        "will retry if unable to connect to the database",
        "couldn't connect to the cache yet, retrying in 5s",
        # a credential that got its token, and a method that did not fail
        "ManagedIdentityCredential.get_token succeeded",
        "ManagedIdentityCredential.get_token failed over to the next credential",
    ],
)
def test_go_request_and_token_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the AWS SDK for Go v1's RequestFailure: its second line under rclone (rclone/rclone#452),
        # and after `\n\t` in a logfmt string
        "\tstatus code: 404, request id: tx000000000000000302dc8-00571a7e26-ceaecab-default",
        'level=error msg="upload failed" err="AccessDenied: Access Denied\\n\\tstatus code: 403, '
        'request id: 17A2B3C4D5E6F708, host id: "',
        # botocore's message for a write the store refused (minio/minio#17419) and the AWS CLI's
        # failed transfers (aws/aws-cli#4507, seaweedfs/seaweedfs#9149)
        "An error occurred (NoSuchUpload) when calling the CompleteMultipartUpload operation: The "
        "specified multipart upload does not exist. The upload ID may be invalid, or the upload "
        "may have been aborted or completed.",
        "upload failed: ./config to s3://my_bucket_blah/hi.txt An error occurred "
        "(KMS.NotFoundException) when calling the PutObject operation: Invalid keyId aws/s3",
        "upload failed: Downloads/googlechrome.dmg to s3://test-bucket/foobar/googlechrome.dmg An "
        "error occurred (499) when calling the UploadPart operation:",
        "download failed: s3://bucket/data.csv to ./data.csv Connection was closed before we "
        "received a valid response from endpoint URL",
        # the AWS SDK for JavaScript v3's exception for an answer whose body it could not read
        # (huridocs/uwazi#7319), and by status
        "SlowDown: UnknownError",
        "    403: UnknownError",
        # ... and botocore's calls the service failed itself or retried to the end, and the SDK
        # for JavaScript v2's unreachable endpoint
        "An error occurred (503) when calling the ListObjects operation (reached max retries: 4): "
        "Service Unavailable",
        "An error occurred (RequestTimeout) when calling the GetObject operation: Your socket "
        "connection to the server was not read from or written to within the timeout period.",
        "UnknownEndpoint: Inaccessible host: `minio'. This service may not be available in the "
        "`us-east-1' region.",
        # botocore's exceptions by their messages, as the AWS CLI prints them, and its bucket
        # commands (localstack's make_bucket, as a user pasted it)
        'Connect timeout on endpoint URL: "https://s3.amazonaws.com/b"',
        'Read timeout on endpoint URL: "http://minio:9000/wandb/x"',
        "make_bucket failed: s3://perfect-bucket Connection was closed before we received a valid "
        'response from endpoint URL: "http://localhost:4572/perfect-bucket".',
        "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY",
        "Invalid endpoint: minio:9000",
        "Provided region_name 'us east' doesn't match a supported format.",
        # EndpointConnectionError's message wrapped by its caller, quoted or bare
        # (clearml/clearml#763, an older botocore's bare URL)
        'Failed uploading: Could not connect to the endpoint URL: "http://s3.region-name.amazonaws'
        '.com/test-bucket/dateset-clearml/lq/seg_151a8cb2b37f4de6954a.png"',
        "Could not connect to the endpoint URL: https://s3.munich.amazonaws.com/demo?list-type=2",
        # a request refused for its signature or credentials, whatever the operation, also pasted
        # from its code on (ECR under WSL2's clock drift, microsoft/WSL#4677)
        "(InvalidSignatureException) when calling the GetAuthorizationToken operation: Signature "
        "expired: 20200724T101010Z is now earlier than 20200724T102010Z (20200724T103510Z - 15 min.)",
        "An error occurred (ExpiredToken) when calling the GetObject operation: The provided token "
        "has expired.",
    ],
)
def test_aws_sdk_and_cli_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a probe's answer before a script creates what was missing, a success, a status that is
        # no error, and the CLI's progress
        "An error occurred (404) when calling the HeadBucket operation: Not Found",
        "An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The "
        "bucket policy does not exist",
        "An error occurred (NotFound) when calling the HeadObject operation: Not Found",
        "(404) when calling the HeadObject operation: Not Found",
        "retry the call when calling the service's HeadBucket operation",
        "status code: 200, request id: 17A2B3C4D5E6F708",
        "Inaccessible host list is empty",
        # the same words about a setting, a timeout configured, a bucket made
        "read timeout on endpoint URL set to 60 seconds",
        "Could not connect to the endpoint URL shown in the config",
        "make_bucket: s3://perfect-bucket",
        "the endpoint is validated; Invalid endpoint: errors are raised for a bad URL",
        "upload: ./config to s3://my_bucket_blah/hi.txt",
        "upload failed: retrying part 3 of 10",
        # the word alone, lower case or as a field's value
        "the UnknownError class wraps unknown answers",
        "reason: unknownError",
    ],
)
def test_aws_sdk_and_cli_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
