"""Reporters that log a failed call at WARN by design (error_quiet.py's `warned_failure`): the
AWS SDK for C++'s error marshaller, which logs every error a service answered there (`Encountered
AWSError 'SlowDown'`), a gRPC client's status error for a call that hit its deadline or found no
server (`rpc error: code = DeadlineExceeded`), telemetry exporters' and log shippers' sends that
failed (error_exports.py), go-kit's logfmt with a real failure in its `err` field alone, and
dskit's gRPC middleware's failed call (Loki, Mimir).
Other gRPC codes at WARN, other warnings of the same programs, and any of them below WARN, stay
notices; OpenTelemetry C++'s `[Error] File:` header is its level."""

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
    # grpc-java's Status and its exception, the code in upper case (grpc/grpc-java#1720)
    "WARNING: RPC failed: Status{code=UNAVAILABLE, description=null, cause=java.net."
    "ConnectException: Connection refused: localhost/127.0.0.1:50051}",
    "2026-03-02 11:20:31 WARN  Client - io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: "
    "deadline exceeded after 4.99s",
    # Go's net.OpError right after `error:` at warning (vernesong/OpenClash#221)
    'time="2020-03-10T06:24:32Z" level=warning msg="dial 🎯 全球直连 error: dial tcp4 '
    '123.120.104.7:6800: i/o timeout"',
    # OpenTelemetry's Java exporters, gRPC and HTTP (tests/realworld heldout68 #32, #34, #35)
    "[grpc-default-executor-21] WARN io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter "
    "- Failed to export spans. Error message: UNAVAILABLE: io exception",
    "2026-03-02T11:20:31.473Z  WARN 1 --- [otel:4318/...] i.o.exporter.internal.http."
    "HttpExporter : Failed to export logs. The request could not be executed. Full error "
    "message: Failed to connect to otel-collector/10.0.0.5:4318",
    "[OkHttp http://otel-collector:4317/...] WARN io.opentelemetry.exporter.internal.grpc."
    "GrpcExporter - Failed to export metrics. Server responded with gRPC status code 8. "
    "Error message: RESOURCE_EXHAUSTED: grpc: received message larger than max",
    # Promtail's and Alloy's Loki client: a batch refused (heldout68 #29) or never answered
    "promtail_1  | level=warn ts=2021-08-23T07:59:26.712Z caller=client.go:344 component=client "
    'host=10.10.12.189:18080 msg="error sending batch, will retry" status=429 error="server '
    'returned HTTP status 429 Too Many Requests (429): stream rate limit exceeded"',
    'ts=2026-03-02T11:20:31Z level=warn msg="error sending batch, will retry" '
    "component_id=loki.write.default component=client host=loki:3100 status=500 tenant= "
    'error="server returned HTTP status 500 Internal Server Error (500): empty ring"',
    # the OpenTelemetry Collector's exporter at WARN, its error in zap's JSON context
    "2026-03-02T11:20:31.694Z\twarn\texporterhelper/queued_retry.go:296\tExporting failed. "
    'Will retry the request after interval.\t{"kind": "exporter", "data_type": "traces", '
    '"name": "otlp", "error": "rpc error: code = PermissionDenied desc = invalid token", '
    '"interval": "5.2s"}',
    # Logstash's Elasticsearch output: a bulk request rejected (heldout68 #36), an event dropped
    "[2025-01-07T15:56:08,996][WARN ][logstash.outputs.elasticsearch][main][5db232a3] Bulk "
    "request rejected: `413 Payload Too Large` {:action_count=>1, :content_length=>263}",
    "[2026-03-02T11:20:31,000][WARN ][logstash.outputs.elasticsearch][main][5db232a3] Could "
    'not index event to Elasticsearch. {:status=>400, :action=>["index", {:_id=>nil}], '
    ':response=>{"index"=>{"status"=>400}}}',
    # OpenTelemetry C++'s own level, not the TRACE that names the signal (heldout68 #33)
    "[Error] File: /tmp/build/opentelemetry-cpp/exporters/otlp/src/otlp_grpc_exporter.cc:66 "
    '[OTLP TRACE GRPC Exporter] Export() failed with status_code: "UNAVAILABLE" '
    'error_message: "failed to connect to all addresses"',
    # go-kit's err field alone with a real failure (Thanos' sidecar, heldout68 #59)
    'level=warn ts=2020-01-22T19:14:21.439Z caller=sidecar.go:315 err="iter local block '
    "metas: check exists: stat s3 object: Head https://b.s3.amazonaws.com/01DZ/meta.json: dial "
    'tcp: lookup b.s3.amazonaws.com on 172.20.0.10:53: i/o timeout" uploaded=0',
    # dskit's gRPC server middleware: a call that failed, whatever its code (Loki's refused push,
    # heldout78 #64, grafana/loki#4694)
    "level=warn ts=2021-11-08T07:58:32.457966365Z caller=grpc_logging.go:38 method=/logproto."
    'Pusher/Push duration=342.277µs err="rpc error: code = Code(400) desc = entry with timestamp '
    "2021-11-07 17:54:54.234289315 +0000 UTC ignored, reason: 'entry too far behind' for stream: "
    '{job=\\"fluentbit\\"}" msg=gRPC',
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
    # ... and a call its client cancelled, as dskit's middleware logs it
    "level=warn ts=2021-11-08T07:58:32Z caller=grpc_logging.go:38 method=/logproto.Pusher/Push "
    'duration=1.2s err="rpc error: code = Canceled desc = context canceled" msg=gRPC',
    # grpc-java's other codes are the server's answer; `error:` with no net error after it, or
    # below WARN
    "WARNING: RPC failed: Status{code=NOT_FOUND, description=no such key, cause=null}",
    'time="2020-03-10T06:24:32Z" level=warning msg="last error: none, dial tcp4 pool warmed"',
    'time="2023-08-15T11:24:17Z" level=info msg="DB is not ready, error: dial tcp '
    '127.0.0.1:3306: connect: connection refused"',
    # the words without the SDK's code in quotes
    '[2025/11/07 21:19:56.146 +00:00] [WARN] [S3Common.cpp:160] ["retry counts every '
    'Encountered AWSError"]',
    # an exporter's failure below WARN: the Collector's retry at INFO (its JSON record), the
    # Java exporter at INFO
    '{"level":"info","ts":1603846140.75,"caller":"exporterhelper/queued_retry.go:250","msg":'
    '"Exporting failed. Will retry the request after interval.","component_kind":"exporter",'
    '"error":"failed to make an HTTP request: Post \\"http://localhost:1234\\": dial tcp '
    '[::1]:1234: connect: connection refused","interval":"3.57s"}',
    "[grpc-default-executor-2] INFO io.opentelemetry.exporter.internal.grpc.GrpcExporter - "
    "Failed to export spans. Server responded with gRPC status code 14. Error message: "
    "UNAVAILABLE",
    # a Loki client's batch at WARN without a failed status
    'level=warn ts=2026-03-02T11:20:31Z caller=client.go:419 msg="error sending batch, will '
    'retry" status=200 error="none"',
    # Logstash's output reporting how much of a bulk request it sent
    "[2026-03-02T11:20:31,000][WARN ][logstash.outputs.elasticsearch][main] Bulk request "
    "rejected: 0 of 500 actions, retrying none",
    # OpenTelemetry C++ at Info, whatever level words its message holds
    "[Info] File: /tmp/build/opentelemetry-cpp/exporters/otlp/src/otlp_grpc_exporter.cc:12 "
    "[OTLP TRACE GRPC Exporter] ERROR responses are retried up to 5 times",
    # go-kit's err field alone without a real failure
    'level=warn ts=2020-01-22T19:14:21.439Z caller=sidecar.go:315 err="context canceled" '
    "uploaded=0",
]


@pytest.mark.parametrize(
    ("line", "listed"), [(line, True) for line in LISTED] + [(line, False) for line in NOT_LISTED]
)
def test_the_miner_lists_only_the_warned_failures(line: str, listed: bool) -> None:
    assert miner_lists(line) == listed, line
