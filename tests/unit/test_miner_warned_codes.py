"""Two reporters log a failed call at WARN by design, each with a code of its own (error_quiet.py's
`warned_failure`): the AWS SDK for C++'s error marshaller, which logs every error a service
answered there (`Encountered AWSError 'SlowDown'`), and a gRPC client's status error for a call
that hit its deadline or found no server (`rpc error: code = DeadlineExceeded`). Other gRPC codes
at WARN, and either below WARN, stay notices."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists

# failures at WARN
LISTED = [
    # TiFlash (pingcap/tiflash#10538), ClickHouse (the SDK's tag in its own format), and an
    # unknown code (tests/realworld heldout49, heldout40, heldout50)
    '[2025/11/07 21:19:56.146 +00:00] [WARN] [S3Common.cpp:156] ["tag=AWSErrorMarshaller '
    "message=Encountered AWSError 'SlowDown': Please reduce your request rate.\"] "
    "[source=AWSClient] [thread_id=364]",
    "2022.07.14 14:43:58.603020 [ 1987 ] {fec1d7b6-5fab-4528-a1e5-5c3b97fc34f3} <Warning> "
    "AWSClient: AWSErrorMarshaller: Encountered AWSError 'AccessDenied': Access Denied",
    "[WARN] 2021-10-29 06:49:10.795 AWSErrorMarshaller [140736246822656] Encountered Unknown "
    "AWSError 'XAmzContentSHA256Mismatch': The provided 'x-amz-content-sha256' header does "
    "not match what was computed.",
    # Milvus's gRPC client (milvus-io/milvus#29560, heldout52) and the same status by number
    '[2023/12/28 08:02:36.869 +00:00] [WARN] [grpcclient/client.go:365] ["call received grpc '
    'error"] [clientRole=querycoord] [error="rpc error: code = DeadlineExceeded desc = '
    'context deadline exceeded"]',
    '[2023/12/28 08:02:36.869 +00:00] [WARN] [grpcclient/client.go:365] ["call received grpc '
    'error"] [error="rpc error: code = 14 desc = all SubConns are in TransientFailure"]',
    'level=warn ts=2026-03-02T11:20:31Z caller=client.go:80 msg="call returned" '
    'err="rpc error: code = Unavailable desc = connection error"',
]


# notices: below WARN, other codes, the words without the code
NOT_LISTED = [
    # below WARN the SDK's marshaller and a client's status are notices as any line there
    '[2025/11/07 21:19:56.146 +00:00] [INFO] [S3Common.cpp:156] ["tag=AWSErrorMarshaller '
    "message=Encountered AWSError 'SlowDown': Please reduce your request rate.\"]",
    '[2023/12/28 08:02:36.869 +00:00] [DEBUG] [grpcclient/client.go:365] ["call received '
    'grpc error"] [error="rpc error: code = DeadlineExceeded desc = context deadline '
    'exceeded"]',
    # other gRPC codes at WARN are the server's answer (a cancelled call, a missing key)
    '[2023/12/28 08:02:36.869 +00:00] [WARN] [grpcclient/client.go:365] ["call received grpc '
    'error"] [error="rpc error: code = Canceled desc = context canceled"]',
    '[2023/12/28 08:02:36.869 +00:00] [WARN] [grpcclient/client.go:365] ["call received grpc '
    'error"] [error="rpc error: code = NotFound desc = collection not found"]',
    # the words without the SDK's code in quotes
    '[2025/11/07 21:19:56.146 +00:00] [WARN] [S3Common.cpp:160] ["retry counts every '
    'Encountered AWSError"]',
]


@pytest.mark.parametrize(
    ("line", "listed"), [(line, True) for line in LISTED] + [(line, False) for line in NOT_LISTED]
)
def test_the_miner_lists_only_the_warned_failures(line: str, listed: bool) -> None:
    assert miner_lists(line) == listed, line
