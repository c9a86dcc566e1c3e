"""The object-store rules read Google Cloud Storage's and Azure Blob's own wordings (W&B stores
in either), storage.access_denied_log leaves another AWS service's AccessDenied alone, and a
refused S3 API request (a bucket's subresource) is the store's, not the wandb client's; the
database's connection rules read MariaDB Connector/J's read timeout with its host; a MySQL login
refused and a workload identity refused read as backup tools, exporters and shippers word them.
Each line alone in a bundle, so every variant is tested, not just the first of a fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import make_bundle_dir, shipped_pack
from wbdiag.rules.model import Status
from wbdiag.rules.selftest import run_case

LOG = "docker/containers/wandb-local/container.log"
TS = "2026-11-28T10:00:00.123456789Z "


def status(tmp_path: Path, rule_id: str, *lines: str) -> Status:
    bundle = make_bundle_dir(tmp_path / "b", {LOG: "".join(TS + line + "\n" for line in lines)})
    # (the pack loaded once per process: a load per line cost more than its analysis)
    return run_case(shipped_pack(), rule_id, bundle, "fire").got


def fires(tmp_path: Path, rule_id: str, *lines: str) -> bool:
    return status(tmp_path, rule_id, *lines) in (Status.FAIL, Status.WARN)


def passes(tmp_path: Path, rule_id: str, *lines: str) -> bool:
    """Evaluated on the line and found nothing (not merely 'not evaluated')."""
    return status(tmp_path, rule_id, *lines) is Status.PASS


@pytest.mark.parametrize(
    "lines",
    [
        # GCS's JSON API naming the permission, in each client's frame
        (
            "com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden",
            '  "message" : "svc-wandb@proj-7.iam.gserviceaccount.com does not have '
            'storage.objects.create access to the Google Cloud Storage object.",',
        ),
        (
            "google.api_core.exceptions.Forbidden: 403 POST https://storage.googleapis.com/upload/"
            "storage/v1/b/wb-artifacts/o?uploadType=multipart: wandb@p.iam.gserviceaccount.com "
            "does not have storage.objects.create access to the Google Cloud Storage object.",
        ),
        (
            'level=error msg="upload failed" error="googleapi: Error 403: '
            "runner@p.iam.gserviceaccount.com does not have storage.objects.get access to the "
            "Google Cloud Storage object. Permission 'storage.objects.get' denied on resource "
            '(or it may not exist)., forbidden"',
        ),
        ("ApiError: Anonymous caller does not have storage.buckets.get access to the bucket.",),
        ("AccessDeniedException: 403 Caller lacks permission on gs://wb-files",),
        # google-cloud-cpp: the status in brackets, or the JSON body after the operation
        ("Permanent error in GetBucketMetadata: Forbidden [PERMISSION_DENIED]",),
        (
            "Error: Permanent error in InsertObjectMedia: {",
            '  "error": { "code": 403, "message": "Request had insufficient authentication scopes",',
            '    "errors": [ { "domain": "global", "reason": "forbidden" } ] } }',
        ),
        # Azure Blob: the message, or the code however the SDKs hold it
        (
            "Azure.RequestFailedException: This request is not authorized to perform this "
            "operation using this permission.",
        ),
        (
            "azure.core.exceptions.HttpResponseError: Operation returned an invalid status "
            "'This request is not authorized to perform this operation.'",
        ),
        ("ErrorCode:AuthorizationPermissionMismatch",),
        ("ERROR CODE: AuthorizationFailure",),
        (
            '{"level":"error","msg":"upload","error":"<?xml version=\\"1.0\\"?><Error><Code>'
            'AuthorizationSourceIPMismatch</Code></Error>"}',
        ),
        # S3's own denial still fires, its IAM message naming an s3 action or the bucket's KMS key
        (
            "An error occurred (AccessDenied) when calling the PutObject operation: User: "
            "arn:aws:sts::123456789012:assumed-role/wandb/i-0b is not authorized to perform: "
            "kms:Encrypt on this resource because no identity-based policy allows it",
        ),
        (
            "AccessDenied: User: arn:aws:sts::123456789012:assumed-role/wandb/i-0a is not "
            "authorized to perform: s3:PutObject on resource: arn:aws:s3:::wb-bucket/x",
        ),
        (
            "operation error S3: PutObject, https response error StatusCode: 403, RequestID: "
            "ABC, api error AccessDenied: Access Denied",
        ),
        # the Ruby SDK's class, its version 1 module in capitals as fluentd's S3 output logs it
        (
            '[warn]: temporarily failed to flush the buffer. error_class="AWS::S3::Errors::'
            'AccessDenied" error="Access Denied"',
        ),
        ("AWS::S3::Errors::Forbidden (AWS::S3::Errors::Forbidden)",),
    ],
)
def test_store_denials_in_each_clouds_words(tmp_path: Path, lines: tuple[str, ...]) -> None:
    assert fires(tmp_path, "storage.access_denied_log", *lines)


@pytest.mark.parametrize(
    "lines",
    [
        # another AWS service's denial names itself: IAM's action, the Go SDK v2's service, the
        # Java SDK's client
        (
            'level=error msg="failed to list hosted zones: AccessDenied: User: '
            "arn:aws:sts::123456789012:assumed-role/dns/1 is not authorized to perform: "
            'route53:ListHostedZones because no identity-based policy allows it"',
        ),
        (
            "operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: "
            "403, RequestID: 1f, api error AccessDenied: not allowed",
        ),
        (
            "operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, "
            "RequestID: 2e, api error AccessDenied: Not authorized to perform "
            "sts:AssumeRoleWithWebIdentity",
        ),
        (
            "com.amazonaws.services.route53.model.AmazonRoute53Exception: denied (Service: "
            "AmazonRoute53; Status Code: 403; Error Code: AccessDenied; Request ID: 3a)",
        ),
        # the same words about something else than a store's permission
        ("google.api_core.exceptions.Forbidden: 403 Billing account for project is disabled",),
        ("Permanent error in ReadObject: Not Found [NOT_FOUND]",),
        ('    "errors": [ { "domain": "global", "reason": "forbidden" } ]',),
        ("The user does not have storage quota left on this drive",),
        ("Authorization failure for user admin: wrong password",),
        ("AuthorizationPermissionMismatch handling is documented in docs/azure.md",),
        # another service's class under the Ruby SDK's capitalised module
        ('error_class="AWS::STS::Errors::Forbidden" error="AWS::STS::Errors::Forbidden"',),
    ],
)
def test_near_misses_do_not_fire(tmp_path: Path, lines: tuple[str, ...]) -> None:
    assert passes(tmp_path, "storage.access_denied_log", *lines)


@pytest.mark.parametrize(
    "line",
    [
        "Permanent error in ListObjects: Not Found [NOT_FOUND]",
        "Permanent error in InsertObjectMedia: bucket wb-files gone [NOT_FOUND]",
        'err="storage: bucket doesn\'t exist"',
        "BucketNotFoundException: 404 gs://wb-files bucket does not exist.",
        "google.api_core.exceptions.NotFound: 404 GET https://storage.googleapis.com/storage/v1/b/"
        "wb?projection=noAcl: The specified bucket does not exist.",
        "azure.core.exceptions.ResourceNotFoundError: The specified container does not exist.",
        "ErrorCode:ContainerNotFound",
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>ContainerNotFound</Code>',
        # S3's code as each SDK names it (made-up lines in each SDK's shape)
        "minio.error.ResponseError: ResponseError: code: NoSuchBucket, message: Not Found, "
        "bucket_name: wb-runs, object_name: None",
        "botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the "
        "ListObjectsV2 operation: The specified bucket does not exist",
        "ClientError: An error occurred (NoSuchBucket) when calling the PutObject operation",
        "com.amazonaws.services.s3.model.AmazonS3Exception: Not Found (Service: Amazon S3; Status "
        "Code: 404; Error Code: NoSuchBucket; Request ID: 8C1D)",
        "S3ServiceException: ErrorCode: NoSuchBucket, bucket wb-runs",
        'upload rejected: {"Code":"NoSuchBucket","Message":"Not Found","BucketName":"wb-runs"}',
        'level=error msg="put object" code=NoSuchBucket bucket=wb-runs',
        "< x-amz-error-code: NoSuchBucket",
    ],
)
def test_missing_buckets_in_each_clouds_words(tmp_path: Path, line: str) -> None:
    assert fires(tmp_path, "storage.no_such_bucket_log", line)


@pytest.mark.parametrize(
    "line",
    [
        # an object, not its bucket, is what is missing; a docker or CRI container
        "Permanent error in ReadObject: Not Found [NOT_FOUND]",
        "Permanent error in DeleteObject: No such object: wb/x [NOT_FOUND]",
        "Error response from daemon: No such container: wandb-local",
        "rpc error: code = NotFound desc = an error occurred when try to find container "
        '"3f2a": not found',
        "ContainerNotFound events are retried by the reconciler",
        # another S3 code that starts with the bucket's, or names another missing thing; a
        # start-up that creates the bucket it did not find
        "An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation",
        "code: NoSuchBucketPolicy, message: The bucket policy does not exist",
        "Error Code: NoSuchKey; Request ID: 8C1D",
        "init: HeadBucket answered code=NoSuchBucket for wb-runs, creating it",
    ],
)
def test_missing_bucket_near_misses_do_not_fire(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, "storage.no_such_bucket_log", line)


# urllib3's pool error with its cause, as minio-py and requests print it
_REFUSED = (
    " (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d0>: "
    "Failed to establish a new connection: [Errno 111] Connection refused'))"
)


@pytest.mark.parametrize(
    "url",
    [
        # a bucket's subresource by its query key without a value: S3 API calls to the store
        "/bucket1?location=",
        "/wandb?versioning",
        "/wandb/big.bin?uploads",
        "/wandb?list-type=2&prefix=runs%2F",
        "/wandb?prefix=runs%2F&list-type=2",
        "/wandb?tagging",
    ],
)
def test_an_s3_api_request_refused_is_the_stores(tmp_path: Path, url: str) -> None:
    line = f"HTTPConnectionPool(host='10.0.0.9', port=9123): Max retries exceeded with url: {url}"
    assert fires(tmp_path / "store", "storage.minio_refused", line + _REFUSED)
    assert passes(tmp_path / "client", "client.network_retry", line + _REFUSED)


@pytest.mark.parametrize(
    "url",
    [
        # the wandb client's own requests (an API query with a value, a presigned URL's object):
        # the W&B host it cannot reach
        "/api/v1/runs?location=eu",
        "/graphql",
        "/local-files/team/proj/run1/output.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=0a",
        "/local-files/team/proj/run1/big.bin?uploadId=2~abc&partNumber=3&X-Amz-Signature=0a",
    ],
)
def test_the_wandb_clients_own_requests_stay_network_retrys(tmp_path: Path, url: str) -> None:
    line = f"HTTPConnectionPool(host='wandb.example.com', port=8080): Max retries exceeded with url: {url}"
    assert passes(tmp_path / "store", "storage.minio_refused", line + _REFUSED)
    assert fires(tmp_path / "client", "client.network_retry", line + _REFUSED)


def test_an_s3_api_request_to_mysqls_port_is_not_the_stores(tmp_path: Path) -> None:
    line = "HTTPConnectionPool(host='db', port=3306): Max retries exceeded with url: /b?location="
    assert passes(tmp_path, "storage.minio_refused", line + _REFUSED)


@pytest.mark.parametrize(
    "line",
    [
        # MariaDB Connector/J's failover message for a query on an open connection that timed out
        "edu.ucar.metviewer.db.mysql.MysqlAppDatabaseManager.executeQueriesAndSaveToFile(Unknown "
        "Source) -1 executeQueriesAndSaveToFile - (conn=168107) Communications link failure with "
        "primary host metviewer-dev.czbts4gd2wm2.us-east-1.rds.amazonaws.com:3306. Read timed out",
        "java.sql.SQLNonTransientConnectionException: (conn=42) Communications link failure with "
        "secondary host db-replica.internal:3306. Read timed out",
        "Communications link failure with primary host aurora.cluster.local:6025. Connection timed "
        "out",
        "Communications link failure with host localhost:3307. (conn=9) Read timed out",
    ],
)
def test_a_jdbc_read_timeout_with_its_host(tmp_path: Path, line: str) -> None:
    assert fires(tmp_path, "server.mysql_io_timeout", line)


@pytest.mark.parametrize(
    "line",
    [
        # the same message with another cause: a refusal, a reset, a reconnect that succeeded
        "(conn=42) Communications link failure with primary host mysql:3306. Connection refused",
        "Communications link failure with primary host mysql:3306. Connection reset",
        "Driver has reconnect connection after a communications link failure with "
        "HostAddress{host='mysql', port=3306}. In progress transaction was lost",
    ],
)
def test_a_jdbc_link_failure_without_a_timeout_is_not_one(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, "server.mysql_io_timeout", line)


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        # the MySQL client tools' refused login, a wrap after `for user` (backupwordpress#87),
        # MariaDB's quotes around the message, and 1698 after its number (mysqld_exporter#174)
        ("mysql.access_denied", "mysqldump: Got error: 1045: Access denied for user"),
        (
            "mysql.access_denied",
            "mysqldump: Got error: 1045: \"Access denied for user 'root'@'192.168.8.44' (using "
            'password: YES)" when trying to connect',
        ),
        (
            "mysql.access_denied",
            "ERRO[0000] Error pinging mysqld: Error 1698: Access denied for user 'root'@'localhost'"
            "  source=mysqld_exporter.go:252",
        ),
        # STS's answer to the web identity call, unread (grafana/loki#10657) or read as one
        # without its result (pgbackrest/pgbackrest#1997); the metadata service's managed
        # identity not found, as PowerShell prints its body (MicrosoftDocs/azure-docs#21322)
        (
            "storage.workload_identity_denied",
            'level=error msg="failed to flush" err="failed to flush chunks: store put chunk: '
            "WebIdentityErr: failed to retrieve credentials\\ncaused by: SerializationError: "
            'failed to unmarshal error message"',
        ),
        (
            "storage.workload_identity_denied",
            "FormatError: unable to find child 'AssumeRoleWithWebIdentityResult':0 in node "
            "'ErrorResponse'",
        ),
        (
            "storage.workload_identity_denied",
            'Invoke-WebRequest : {"error":"invalid_request","error_description":"Identity not '
            'found"}',
        ),
    ],
)
def test_refusals_in_backup_and_shipping_tools_words(
    tmp_path: Path, rule_id: str, line: str
) -> None:
    assert fires(tmp_path, rule_id, line)
