"""The miner lists an S3-compatible store's refusal in its own catalogue words (error_states.py's
S3_MESSAGES), without a level or an error word: here OpenStack Swift's s3api refusing the
aws-chunked uploads of the newer AWS SDKs, as the client quotes it, SeaweedFS refusing signed
requests without an identity configured, and a multipart upload a store cannot complete; prose about the same encoding or set-up that refuses
nothing stays out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # as Sentry's upload through boto3 reported it (getsentry/self-hosted#4144)
        "Transfering payloads in multiple chunks using aws-chunked is not supported.",
        # the newer spelling, in the SDK's error and in the store's XML body
        "botocore.exceptions.ClientError: An error occurred (NotImplemented) when calling the "
        "PutObject operation: Transferring payloads in multiple chunks using aws-chunked is not "
        "supported.",
        "<Error><Code>NotImplemented</Code><Message>Transfering payloads in multiple chunks using "
        "aws-chunked is not supported</Message></Error>",
        # SeaweedFS' S3 gateway without identities (heldout63 #75, seaweedfs/seaweedfs#2101), and
        # as an SDK v2 client raises it
        "Signed request requires setting up SeaweedFS S3 authentication",
        "software.amazon.awssdk.services.s3.model.S3Exception: Signed request requires setting up "
        "SeaweedFS S3 authentication. (Service: S3, Status Code: 400, Request ID: null)",
        # a multipart upload the store cannot complete (heldout75 #16, #23: a Node client's error
        # object, a Chinese app's message with the code after it)
        "errr { EntityTooSmall: Your proposed upload is smaller than the minimum allowed size",
        "无法完成文件上传: One or more of the specified parts could not be found. The part may not "
        "have been uploaded, or the specified entity tag may not match the part's entity tag. "
        "(InvalidPart)",
        "<Code>InvalidPartOrder</Code><Message>The list of parts was not in ascending order.",
    ],
)
def test_store_refusals_in_catalogue_words_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "Uploading payloads in multiple chunks using aws-chunked encoding (checksum CRC32)",
        "aws-chunked is supported by this endpoint; streaming 3 chunks",
        "Setting up SeaweedFS S3 authentication from /etc/seaweedfs/s3.json: 2 identities",
        "Uploading 12 parts; parts smaller than the minimum allowed size are merged",
    ],
)
def test_store_message_look_alikes_are_not_listed(line: str) -> None:
    assert not miner_lists(line)
