"""The miner on the reporters whose first level is not the line's (error_levels.py: glog's prefix
before klog lines; error_notices.py: a client's fallback notice; error_quiet.py: the wandb
client's warning before it raises a timeout) and the error families added with them (a crash by
signal, a `…_err=` field). Each failure is listed; each look-alike is not."""

from __future__ import annotations

import pytest

from tests.unit.error_states_support import templates
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.unrecognised import TemplateMiner


# error_levels.py (and error_quiet.py, error_notices.py), and the error families added with it (a crash by signal, a `…_err=` field)
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # glog's prefix before an error- or fatal-level klog line
        (
            "ERROR: logging before flag.Parse: E1016 14:16:40.866939       7 controller.go:307] "
            "unexpected failure reloading the backend",
            "reloading the backend",
        ),
        (
            "error: logging before flag.Parse:  F0102 03:04:05.000001   1 main.go:9] cannot start",
            "cannot start",
        ),
        # Terraform's relay of a provider's stderr at DEBUG: the provider's line has no level
        # (hashicorp/terraform-provider-helm#526, heldout69 #5; prudhvitella/terraform-provider-
        # infoblox#6 before Terraform 0.12)
        (
            "2020-06-08T03:59:11.187Z [DEBUG] plugin.terraform-provider-helm_v1.0.0_x4: \t failed "
            'to replace object: Service "node81-bde8-41" is invalid: spec.clusterIP: Invalid value: '
            '"": field is immutable',
            "field is immutable",
        ),
        (
            "2016/07/11 10:49:46 [DEBUG] terraform-provider-infoblox: panic: runtime error: invalid "
            "memory address or nil pointer dereference",
            "nil pointer dereference",
        ),
        # Redis's crash report, 2.x (redis/redis#584) and later
        ("[9701] 18 Jul 02:21:30.542 #     Redis 2.9.7 crashed by signal: 11", "crashed by signal"),
        ("1:M 05 Mar 2024 10:00:00.000 # Redis 7.2.4 crashed by signal: 11, si_code: 1", "crashed"),
        # paypal/hera's CAL fields (paypal/hera#135) and another snake-case _err field
        (
            'A15:44:04.26\tURL\tINITDB\t1\t0.0\tm_err=sql: unknown driver "mysql1" (forgotten '
            "import?)&m_errtype=CONNECT&m_datasource=tcp(<<ip_add>>:<<port>>)/heratestdb 0",
            "unknown driver",
        ),
        ("sync done=false last_err=upstream closed the stream", "closed the stream"),
        # the wandb client warns, then raises the timeout (uzh-rpg/RVT#52)
        (
            "wandb: WARNING A graphql request initiated by the public wandb API timed out "
            "(timeout=9 sec). Create a new API with an integer timeout larger than 9, e.g., "
            "`api = wandb.Api(timeout=19)` to increase the graphql timeout.",
            "graphql request",
        ),
        # SIGKILL as a shell and kubectl report it, apt's E: level and docker build's failed step
        ("Killed", "Killed"),
        ("2020-11-24 20:22:28.106 /bin/bash: line 27: 318 Killed sh start.sh", "Killed"),
        ("OOMKilled", "OOMKilled"),
        ("E: Unable to locate package build-essential", "Unable to locate package"),
        ("E: Package 'ca-certificates' has no installation candidate", "installation candidate"),
        (
            "The command '/bin/sh -c apt-get install -y wget' returned a non-zero code: 100",
            "non-zero code",
        ),
        # failures logged at WARN by design: an event logger's error event, a retrying client's
        # failed connection, go-kit's failed operation with its err field
        (
            "2026-01-05 10:00:00,000 WARN  [org.keycloak.events] (executor-thread-3) "
            "type=LOGIN_ERROR, realmId=wandb, clientId=wandb-ui, userId=null, "
            "ipAddress=127.0.0.1, error=user_not_found, auth_method=openid-connect",
            "user_not_found",
        ),
        (
            "[2026-01-05 10:00:00,000] WARN [Consumer clientId=c1, groupId=g] Connection to node "
            "3 (kafka-3.kafka/127.0.0.1:9092) could not be established. Node may not be available.",
            "could not be established",
        ),
        (
            "WARNING Connection to node -1 could not be established. Broker may not be available.",
            "could not be established",
        ),
        (
            'level=warn ts=2026-01-05T10:00:00Z caller=compact.go:9 msg="compaction failed" '
            'err="upload block: context canceled"',
            "compaction failed",
        ),
        # a fallback named only after the failure is the failure
        ("Error: redis unreachable, falling back to the in-memory cache", "falling back"),
        ("dial tcp 10.0.0.7:6379: connect: connection refused; fallback: local cache", "fallback"),
        # Go's slog between its named levels: wandb-core's fatal level is ERROR+4
        (
            '{"time":"2026-08-21T10:15:02.118512+02:00","level":"ERROR+4","msg":"filestream: '
            "fatal error: POST http://127.0.0.1:8080/files/a/p/r/file_stream giving up after 21 "
            'attempt(s)"}',
            "filestream: fatal error",
        ),
        # kubelet's failed pull at WARN, as kubelets of 2015 logged it (kubernetes#7968), also
        # behind journald's prefix
        (
            'W0508 16:05:18.453630    4546 kubelet.go:1199] Failed to pull image "gcr.io/foggy-'
            'willow-91020/client:v1.0.0" from pod "client-fh62u_default" and container "client": '
            "Error: image foggy-willow-91020/client:v1.0.0 not found",
            "Failed to pull image",
        ),
        (
            "May 08 16:05:18 node-1 kubelet[4546]: W0508 16:05:18.453630    4546 kubelet.go:1199] "
            'Failed to pull image "wandb/local:0.9" from pod "wandb-0_default": rpc error',
            "Failed to pull image",
        ),
        # an error read from a file, not a closed pipe
        (
            'level=error msg="read config" error="read /etc/velero/x.yaml: file already closed"',
            "file already closed",
        ),
    ],
)
def test_failures_behind_another_level_or_field_are_listed(line: str, kept: str) -> None:
    assert build_matcher([TemplateMiner().pattern]).match(line)
    (template,) = templates(line)
    assert kept in template


@pytest.mark.parametrize(
    "line",
    [
        # glog's prefix before info and warning lines (kubernetes/ingress-nginx#1537)
        "ERROR: logging before flag.Parse: I1016 14:16:40.866939       7 controller.go:307] "
        "backend reload required",
        "ERROR: logging before flag.Parse: W1016 14:16:41.000000       7 queue.go:87] requeuing "
        "after error: temporary",
        "ERROR:  logging before flag.Parse: I0102 03:04:05.000001   1 main.go:9] Error pages off",
        # a provider's own DEBUG line relayed by Terraform, and Terraform's own DEBUG line
        "2021-02-11T13:44:24.443+1100 [DEBUG] plugin.terraform-provider-cloudflare_v2.18.0: "
        "2021/02/11 13:44:24 [DEBUG] Error reading page rule: retrying",
        '2021-02-11T13:44:24.444+1100 [DEBUG] plugin: plugin process exited: path=x pid=6038 error="exit '
        'status 2"',
        # go-redis's notice when the server lacks a feature (ava-labs/icm-services#1007)
        "redis: 2025/11/10 14:56:17 redis.go:478: auto mode fallback: maintnotifications disabled "
        "due to handshake error: ERR unknown subcommand 'maint_notifications'. Try CLIENT HELP.",
        "redis: 2025/11/10 14:56:17 redis.go:478: Falling back to RESP2: handshake error: NOPROTO",
        # counters, nil and empty error fields
        "eth0 rx_err=0 tx_err=0 rx_drop=0",
        "request done m_err=nil m_status=0",
        "job finished last_err=none",
        # other wandb warnings, and a timeout at INFO
        "wandb: WARNING Calling wandb.login() after wandb.init() has no effect.",
        "wandb: WARNING Saving files without folders. If you want to preserve subdirectories pass "
        "base_path to wandb.save",
        "INFO worker 3 crashed by signal 9 earlier; restarted cleanly",
        # kill reports that are not a process's end, MySQL's aborted connections (routine at Note
        # and Warning: clients that drop pooled connections), apt's W: and N: levels
        "Killed 3 idle workers",
        "OOMKilled: false",
        "2026-06-30 15:34:19 216 [Warning] Aborted connection 216 to db: 'seafile_db' user: "
        "'seafile' host: '172.23.0.11' (Got an error reading communication packets)",
        "2026-01-01 00:00:00 0 [Note] InnoDB: Completed initialization of buffer pool",
        "W: Some index files failed to download. They have been ignored, or old ones used instead.",
        "N: See apt-secure(8) manpage for repository creation and user configuration details.",
        "NAME: wandb",
        "The command '/bin/sh -c true' returned a non-zero code: 0",
        # warnings of the same programs that are not failures, and the shapes below WARN
        "2026-01-05 10:00:00,000 WARN  [org.keycloak.events] (executor-thread-3) type=LOGOUT, "
        "realmId=wandb, clientId=wandb-ui, error=none_here_but_no_error_type",
        "2026-01-05 10:00:00,000 DEBUG [org.keycloak.events] type=LOGIN_ERROR, error=expired_code",
        "[2026-01-05 10:00:00,000] INFO [Consumer clientId=c1] Connection to node 3 "
        "(kafka-3/127.0.0.1:9092) could not be established. Node may not be available.",
        'level=warn msg="retrying slow request" err="upload failed once"',
        'level=warn msg="compaction failed" err=nil',
        'level=debug msg="probe failed" err="connection refused"',
        '{"time":"2026-08-21T10:15:02.118512+02:00","level":"INFO-4","msg":"api: request '
        'failed once","error":"EOF"}',
        # kubelet's other warnings
        'W0508 16:05:18.453630    4546 image_manager.go:85] Pulling image "wandb/local:0.9" '
        "took 31s",
        # a Go program reading its child's pipe after the child exited: go-plugin's spurious
        # os.ErrClosed (velero-io/velero#1787, hashicorp/go-plugin#299), in logfmt and JSON
        'time="2019-08-22T09:11:04Z" level=error msg="reading plugin stderr" cmd=/velero '
        'error="read |0: file already closed" logSource="pkg/plugin/clientmgmt/logrus_adapter.go:89"'
        " pluginName=velero",
        '{"level":"error","msg":"reading plugin stdout","error":"read |1: file already closed"}',
    ],
)
def test_notices_behind_another_level_are_not_listed(line: str) -> None:
    assert templates(line) == []
