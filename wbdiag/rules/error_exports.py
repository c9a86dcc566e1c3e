"""Telemetry exporters' and log shippers' sends that failed, which they log at WARN by design.

An exporter or a shipper retries a batch it could not send and says so at WARN; its line at
ERROR comes only when it gives up and drops the data, often minutes later or never (a shipper
that retries for ever). The WARN line is the first and often the only report that telemetry or
logs are not leaving the host, so these shapes count at WARN (error_quiet.py's warned_failure):
  - OpenTelemetry's Java exporters (`WARN io.opentelemetry.exporter.internal.grpc.GrpcExporter -
    Failed to export spans. Server responded with gRPC status code 2. Error message: …`,
    open-telemetry/opentelemetry-java-instrumentation#9329; the OTLP exporters before 1.14,
    `OtlpGrpcSpanExporter - Failed to export spans. Error message: UNAVAILABLE: io exception`,
    signalfx/splunk-otel-collector-chart#193; the HTTP exporter's `Failed to export logs. The
    request could not be executed. Full error message: …`): the signal exported and the cause;
  - Promtail's, Grafana Agent's and Alloy's Loki client (`level=warn … msg="error sending
    batch, will retry" status=429 error="server returned HTTP status 429 Too Many Requests (429):
    … 'stream rate limit exceeded' …"`, grafana/loki#4204): a batch the server refused (4xx, 5xx)
    or never got (`status=-1`), retried until its backoff runs out and then dropped;
  - Logstash's Elasticsearch output (`[WARN ][logstash.outputs.elasticsearch][main][…] Bulk
    request rejected: '413 Payload Too Large'` with the status in backticks,
    logstash-plugins/logstash-output-elasticsearch#1199; `Could not index event to
    Elasticsearch. status: 400, …`, an event it drops): the status the cluster answered;
  - the OpenTelemetry Collector's exporters (`warn exporterhelper/queued_retry.go:… Exporting
    failed. Will retry the request after interval. {"kind": "exporter", …, "error": "…"}`) with
    the error field that says why.
A warning of the same programs that names no failure (a queue that is filling, a retry that
succeeded, a dropped span counted) stays a notice. The C++ SDK's own log header (`[Error] File:
…/otlp_grpc_exporter.cc:66 [OTLP TRACE GRPC Exporter] Export() failed …`, kubernetes/ingress-
nginx#11991) is a level of its own that error_levels.py reads; its `TRACE` is the signal's name.
"""

from __future__ import annotations

from wbdiag import lazyre

# Plain text each (the scan's prefilter searches it, failed_send too); EXPORT_CONFIRM says more.
EXPORT_CANDIDATES = (
    "Failed to export ",
    "error sending batch",
    "Exporting failed. ",
    "Bulk request rejected: ",
    "Could not index event to ",
)

_JAVA_EXPORT_FAILED = (
    r"\bFailed to export (?:spans|metrics|logs|traces|profiles)\. (?:Server responded with "
    r"|The request could not be executed\b|(?:Full )?[Ee]rror message: )"
)
# (status -1: no answer at all, as Promtail counts a connection that failed)
_BATCH_NOT_SENT = r"\berror sending batch\b[^\n]{0,300}?\bstatus=\\?\"?(?:-1|[45]\d\d)\b"
# (the error field as zap's JSON context holds it; an empty one says nothing)
_COLLECTOR_EXPORT_FAILED = r"\bExporting failed\. [^\n]{0,300}?\\?\"error\\?\": ?\\?\"[^\"\\]"
# (the status in backticks, or Ruby's hash or its newer text after the message)
_LOGSTASH_REJECTED = (
    r"\bBulk request rejected: `?[45]\d\d\b"
    r"|\bCould not index event to \w+\.[^\n]{0,40}?\bstatus(?::|=>) ?[45]\d\d\b"
)
EXPORT_CONFIRM = (
    _JAVA_EXPORT_FAILED,
    _BATCH_NOT_SENT,
    _COLLECTOR_EXPORT_FAILED,
    _LOGSTASH_REJECTED,
)

_SEND_FAILED = lazyre.compile("|".join(EXPORT_CONFIRM))


def failed_send(body: str) -> bool:
    """An exporter's or shipper's send that failed, as it logs it at WARN (the docstring)."""
    # (the candidates are plain text: most warnings hold none of them, and skip the search)
    return any(w in body for w in EXPORT_CANDIDATES) and _SEND_FAILED.search(body) is not None
