"""The miner lists a proxy or mesh that could not reach what is behind it (error_gateways.py's
PROXY_FAILURES) at any level, a warning that says what failed with a network or TLS cause
(error_quiet.py's `warned_failure`), kubectl exec's failed command, a status a client did not
expect beside the one it did, Kubernetes' refusal of a named object and a logging.exception's
`Unexpected error when …` message; gRPC-Go's transport notices of a connection that closed stay
out, and its failures stay in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import miner_lists
from tests.unit.unrecognised_support import LOG, run
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict


@pytest.mark.parametrize(
    "line",
    [
        # Envoy's local replies, in its own log format, Istio's zap console format and a body
        # a client printed
        "[2026-03-02 11:20:31.118][7][warning][config] [source/common/config/grpc_stream.h:120] "
        "StreamAggregatedResources gRPC config stream closed: 14, upstream connect error or "
        "disconnect/reset before headers. reset reason: connection timeout",
        "2026-03-02T11:20:31.118000Z\twarning\tenvoy config\tDeltaAggregatedResources gRPC config "
        "stream closed: 14, no healthy upstream",
        'HTTP/1.1 503 Service Unavailable body: "no healthy upstream"',
        # ... and at a level the miner reads as a warning
        "2026-03-02 11:20:31 WARN [proxy] upstream connect error or disconnect/reset before "
        "headers. reset reason: overflow",
        'time="2026-03-02T11:20:31Z" level=warning msg="route /graphql: no healthy upstream"',
        # HAProxy's connection log for a failed TLS handshake, behind syslog or not
        "Mar  2 11:20:33 lb1 haproxy[812]: 10.0.3.7:51022 [02/Mar/2026:11:20:33.500] "
        "fe_https/1: SSL handshake failure",
        "10.0.3.8:40410 [02/Mar/2026:11:20:34.001] wandb_tls/2: SSL handshake failure",
        # Linkerd's proxy failing requests fast, at WARN
        "[    12.345678s]  WARN ThreadId(02) inbound:server{port=8080}: linkerd_stack::failfast: "
        "Service entering failfast after 1s",
        # Smokescreen's denial of a connection at warning, JSON (stripe/smokescreen#227) and
        # logfmt
        '{"allow":false,"content_length":119,"decision_reason":"ACLDecision specified MITM but '
        'Smokescreen doesn\'t have MITM enabled","dns_lookup_time_ms":18,"enforce_would_deny":'
        'false,"id":"crfmv56t29fhhhmhr5i0","inbound_remote_addr":"[::1]:61235","level":"warning",'
        '"msg":"CANONICAL-PROXY-DECISION","project":"github","proxy_type":"connect",'
        '"requested_host":"wttr.in:443","role":"localhost"}',
        'time="2026-03-02T11:20:31Z" level=warning msg=CANONICAL-PROXY-DECISION allow=false '
        "decision_reason=\"The destination address (10.0.0.7) was denied by rule 'Deny: Private "
        'Range\'" requested_host="minio:9000"',
        # a warning naming what failed and a connection that did not happen as its cause
        'time="2026-03-02 11:20:31" level=warning msg="failed to fetch node config: Get '
        '\\"https://10.0.0.1:6443/api/v1/configmaps\\": dial tcp 10.0.0.1:6443: connect: '
        'connection refused"',
        "W0302 11:20:31.118000    1234 reflector.go:424] failed to list *v1.Pod: Get "
        '"https://10.96.0.1:443/api/v1/pods": dial tcp 10.96.0.1:443: i/o timeout',
        "2026-03-02 11:20:31,118 WARNING Failed to connect to mysql.internal:3306: x509: "
        "certificate signed by unknown authority",
        "WARN  [worker] failed to send heartbeat to coordinator: read tcp 10.0.0.5:40000->"
        "10.0.0.6:7000: read: connection reset by peer",
        # kubectl exec's command failing
        "command terminated with exit code 137",
        # the status a client got, beside the one it expected
        "Reason:  Waiting for HTTP-01 challenge propagation: wrong status code '503', expected "
        "'200'",
        # Kubernetes refusing a named object, plain and in escaped JSON
        'pods "wandb-0" is forbidden: unable to validate against any security context '
        'constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount]',
        'deployments.apps "wandb" is forbidden: exceeded quota: team-a, requested: cpu=2',
        '{"msg":"reconcile","reason":"pods \\"wandb-0\\" is forbidden: violates PodSecurity '
        '\\"restricted:latest\\": allowPrivilegeEscalation != false"}',
        # a logging.exception's message, its traceback after it
        "weave: Unexpected error when checking if the server is reachable.",
        "[app] Unexpected exception while handling the upload.",
    ],
)
def test_failures_are_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # gRPC-Go's transport ending with its connection (logged at INFO, pasted without it)
        'transport: loopyWriter.run returning. connection error: desc = "transport is closing"',
        "2026-03-02T11:20:31.118000Z\tinfo\ttransport: loopyWriter.run returning. connection "
        'error: desc = "transport is closing"',
        "transport: http2Server.HandleStreams failed to read frame: read tcp "
        "10.0.0.5:15012->10.0.0.7:48810: use of closed network connection",
        "transport: http2Server.HandleStreams failed to read frame: read tcp "
        "10.0.0.5:15012->10.0.0.7:48810: read: EOF",
        # the proxies' words without a failure
        "[2026-03-02 11:20:31.118][7][info][upstream] cluster wandb: no healthy upstreams yet",
        'time="2026-03-02T11:20:31Z" level=info msg="SSL handshake failure counter reset"',
        "[    12.345678s]  INFO ThreadId(02) linkerd_stack::failfast: Service has recovered",
        # Smokescreen's record of a connection it allowed (stripe/smokescreen#236), and its
        # decision word in prose
        '{"allow":true,"conn_establish_time_ms":6,"content_length":928,"decision_reason":"Egress '
        'ACL is not configured","dns_lookup_time_ms":0,"enforce_would_deny":false,"level":"info",'
        '"msg":"CANONICAL-PROXY-DECISION","requested_host":"192.168.1.5:8000"}',
        "grep CANONICAL-PROXY-DECISION to see each connection; allow=false marks a denial",
        # warnings that failed without a network cause, or name a network word without failing
        'time="2026-03-02 11:20:31" level=warning msg="failed to read optional plugin dir, '
        'using defaults"',
        "W0302 11:20:31.118000    1234 leaderelection.go:330] Failed to update lock: the object "
        "has been modified; please apply your changes to the latest version and try again",
        "2026-03-02 11:20:31,118 WARNING connection refused count reset to 0",
        # a command that succeeded, a status that is not a failure
        "command terminated with exit code 0",
        "wrong status code '200' is not possible here",
        # forbidden without a named object, an unexpected error not at the message's start
        "RBAC: listing pods is forbidden unless the role allows it",
        "Unexpected error when done.",
        "the dashboard counts each Unexpected error when retrying",
    ],
)
def test_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the RPC that failed when the transport closed, a transport closed by a reset or a
        # timeout, a dial that failed
        "rpc error: code = Unavailable desc = transport is closing",
        "transport: loopyWriter.run returning. Err: write tcp 10.0.0.5:443->10.0.0.9:51000: "
        "write: connection reset by peer",
        "transport: http2Server.HandleStreams failed to read frame: read tcp "
        "10.0.0.5:15012->10.0.0.7:48810: i/o timeout",
        "grpc: addrConn.createTransport failed to connect to {10.0.0.9:9000 <nil> 0 <nil>}. Err: "
        'connection error: desc = "transport: Error while dialing dial tcp 10.0.0.9:9000: '
        'connect: connection refused"',
    ],
)
def test_grpc_failures_stay_listed(line: str) -> None:
    assert miner_lists(line), line


def test_a_logged_exception_is_listed_by_its_message_before_the_traceback(
    tmp_path: Path,
) -> None:
    lines = [
        "weave: Unexpected error when checking if the server is reachable.",
        "Traceback (most recent call last):",
        '  File "/app/main.py", line 7, in <module>',
        "    client.init()",
        "RuntimeError: the server did not answer",
    ]
    assert [t.template for t in run(tmp_path, {LOG: lines}).unrecognised] == [
        "weave: Unexpected error when checking if the server is reachable."
    ]
    # a plain mention, without the capital of a message's start, is no candidate confirmed
    assert miner_verdict("it logs an unexpected error when retrying") in (
        MinerVerdict.NOT_CANDIDATE,
        MinerVerdict.FILTERED_BY_LEVEL,
    )
