"""Writes the sample bundles (see README.md here for what is real and what is constructed).

    sudo python sample_bundles/make_samples.py --real   # how the committed samples are made
    python sample_bundles/make_samples.py               # everything hand-made, nothing started

`--real` is `--real-docker` and `--real-kubernetes` together; each also works alone and rewrites
only its own samples.

`--real-docker`: healthy-docker.tgz and broken-docker.tgz come from a real collection (the real
Runner, DockerCollector and SettingsCollector) against the test suite's private Docker engine,
started by the `dockerd` fixture's own code; see collect_docker_sample.py, which also runs on its
own. Their mysql/ and probes/ documents are the hand-made ones below, written through the same
run. Needs root, dockerd, containerd, runc and a static busybox (scripts/install-test-deps.sh).

`--real-kubernetes`: broken-kubernetes.tgz and openshift-kubernetes.tgz come from a real collection
(the real Runner, KubernetesCollector and SettingsCollector, the real `kubernetes` client) against
the test suite's fake Kubernetes API server on 127.0.0.1 (scenarios `broken` and `openshift`); see
collect_kubernetes_sample.py, which also runs on its own. Needs no root.

Without any flag, the bundles are hand-made from the reference's documented formats through the real
BundleWriter and Manifest (the bundle contract), with fixed timestamps (reproducible): the Docker
samples and broken-kubernetes.tgz (which then also carries the OpenShift SCC refusal; the
hand-made mode writes no openshift-kubernetes.tgz).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import (
    CollectorRecord,
    CollectorStatus,
    DeploymentMode,
    FileRecord,
    Manifest,
)
from wbdiag.bundle.writer import BundleWriter
from wbdiag.redact import Redactor

HERE = Path(__file__).resolve().parent
T0 = "2026-11-28T09:00:00Z"
T1 = "2026-11-28T09:00:41Z"
HOST = "https://wandb.example.com"

GOOD_VARS = {
    "version": "8.0.36",
    "binlog_format": "ROW",
    "binlog_row_image": "MINIMAL",
    "sync_binlog": "1",
    "innodb_flush_log_at_trx_commit": "1",
    "innodb_online_alter_log_max_size": "268435456",
    "sort_buffer_size": "67108864",
    "max_prepared_stmt_count": "1048576",
    "character_set_server": "utf8mb4",
    "collation_server": "utf8mb4_0900_ai_ci",
    "max_connections": "1000",
    "innodb_buffer_pool_size": "8589934592",
    "log_bin": "ON",
}


def mysql_docs(
    variables: dict[str, str], charset: str, collation: str, all_priv: bool
) -> dict[str, Any]:
    db = {"name": "wandb_local", "charset": charset, "collation": collation}
    grant = "ALL PRIVILEGES" if all_priv else "SELECT, INSERT, UPDATE, DELETE"
    return {
        layout.MYSQL_CONNECTION: {
            "host": "mysql.internal",
            "port": 3306,
            "database": "wandb_local",
            "user": "wandb_local",
            "tls": False,
            "ok": True,
            "error": None,
            "errno": None,
            "error_kind": None,
        },
        layout.MYSQL_VERSION: {
            "version": variables["version"],
            "flavor": "mysql",
            "version_comment": "MySQL Community Server - GPL",
        },
        layout.MYSQL_VARIABLES: variables,
        layout.MYSQL_DATABASES: {"wandb": db, "all": [db]},
        layout.MYSQL_GRANTS: {
            "user": "wandb_local",
            "host": "%",
            "grants": [
                "GRANT USAGE ON *.* TO `wandb_local`@`%`",
                f"GRANT {grant} ON `wandb_local`.* TO `wandb_local`@`%`"
                + (" WITH GRANT OPTION" if all_priv else ""),
            ],
            "all_privileges_on_database": all_priv,
            "grant_option": all_priv,
        },
        layout.MYSQL_TABLES: {
            "count": 61,
            "bytes": 734003200,
            "largest": [{"name": "history", "rows": 1204311, "bytes": 512753664}],
        },
    }


def tls_doc(problem: str | None) -> dict[str, Any]:
    self_signed = problem == "self_signed"
    return {
        "url": HOST,
        "host": "wandb.example.com",
        "port": 443,
        "scheme": "https",
        "ok": problem is None,
        "problem": problem,
        "tls_version": "TLSv1.3",
        "verify_error": "certificate verify failed: self-signed certificate (_ssl.c:1006)"
        if self_signed
        else None,
        "certificate": {
            "subject": "CN=wandb.example.com",
            "issuer": "CN=wandb.example.com" if self_signed else "CN=R11,O=Let's Encrypt,C=US",
            "sans": ["wandb.example.com"],
            "not_before": "2026-10-01T00:00:00Z",
            "not_after": "2026-12-30T00:00:00Z",
            "days_left": 31,
            "self_signed": self_signed,
            "key_type": "RSA",
            "key_bits": 2048,
            "hostname_matches": True,
        },
        "chain": [
            {
                "subject": "CN=wandb.example.com",
                "issuer": "CN=wandb.example.com" if self_signed else "CN=R11,O=Let's Encrypt,C=US",
            }
        ],
    }


def proxy_doc(healthy: bool) -> dict[str, Any]:
    return {
        "base_url": HOST,
        "health": {
            "/healthz": {"status": 200, "ok": True, "error": None},
            "/ready": {"status": 200, "ok": True, "error": None},
        },
        "redirect": {
            "http_url": "http://wandb.example.com/",
            "status": 301 if healthy else 200,
            "location": HOST + "/" if healthy else None,
            "redirects_to_https": healthy,
            "error": None,
        },
        "hsts": {
            "present": healthy,
            "value": "max-age=31536000; includeSubDomains" if healthy else None,
        },
        "websocket": {
            "url": "wss://wandb.example.com/",
            "status": 101 if healthy else 400,
            "ok": healthy,
            "error": None if healthy else "expected 101, got 400",
        },
        "body_size": {
            "bytes": 10485760,
            "status": 200 if healthy else 413,
            "ok": healthy,
            "error": None if healthy else "413 Request Entity Too Large",
        },
        "response_headers": {"server": "nginx/1.22.1"},
    }


def storage_doc(healthy: bool) -> dict[str, Any]:
    problems = (
        []
        if healthy
        else [
            "no CORS configuration on the bucket (NoSuchCORSConfiguration)",
            "preflight PUT from https://wandb.example.com answered 403 without Access-Control-Allow-Origin",
        ]
    )
    return {
        "bucket_url": "s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY@minio.example.com:9000/wandb?tls=true",
        "provider": "s3-compatible",
        "endpoint": "https://minio.example.com:9000",
        "bucket": "wandb",
        "tls": True,
        "bucket_queue": "internal://" if healthy else "sqs://wandb-file-events",
        "reachable": True,
        "credentials_ok": True,
        "error": None,
        "presigned": {
            "ok": True,
            "problems": [],
            "put": {"status": 200, "ok": True, "error": None},
            "get": {"status": 200, "ok": True, "error": None},
            "head": {"status": 200, "ok": True, "error": None},
            "delete": {"status": 204, "ok": True, "error": None},
        },
        "cors": {
            "origin": HOST,
            "configured": healthy,
            "rules": []
            if not healthy
            else [
                {
                    "AllowedOrigins": [HOST],
                    "AllowedMethods": ["GET", "PUT", "HEAD"],
                    "AllowedHeaders": ["*"],
                }
            ],
            "error": None if healthy else "NoSuchCORSConfiguration",
            "origin_allowed": healthy,
            "methods_allowed": {m: healthy for m in ("GET", "PUT", "HEAD")},
            "ok": healthy,
            "problems": problems,
        },
        "clock_skew_seconds": 0.4,
    }


def settings_doc(healthy: bool) -> dict[str, Any]:
    return {
        "sources": ["env-file:/etc/wandb.env"],
        "origin": {},
        "values": {
            "HOST": HOST,
            "MYSQL": "mysql://wandb_local:Sample-DB-pw-7731@mysql.internal:3306/wandb_local",
            "BUCKET": "s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY@minio.example.com:9000/wandb?tls=true",
            "BUCKET_QUEUE": "internal://" if healthy else "sqs://wandb-file-events",
            "LICENSE": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzYW1wbGUtb3JnIn0.c2FtcGxlLXNpZ25hdHVyZQ",
        },
    }


def docker_logs(healthy: bool) -> list[str]:
    ts = "2026-11-28T08:{:02d}:{:02d}.{:06d}000Z "
    lines = []
    i = 0

    def add(text: str) -> None:
        nonlocal i
        lines.append(ts.format(10 + i // 60 % 50, i % 60, i * 7919 % 1000000) + text)
        i += 1

    add("*** Running /etc/my_init.d/00_regen_ssh_host_keys.sh...")
    add("Starting W&B Local 0.59.2")
    add(
        "Configuration: BUCKET=s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY@minio.example.com:9000/wandb?tls=true"
    )
    for n in range(120):
        add(
            json.dumps(
                {
                    "level": "info",
                    "time": f"2026-11-28T08:2{n // 60}:{n % 60:02d}Z",
                    "msg": "request completed",
                    "path": "/graphql",
                    "status": 200,
                    "duration_ms": 12 + n % 30,
                }
            )
        )
    if not healthy:
        add("panic: dial tcp 10.20.0.15:3306: connect: connection refused")
        add("")
        add("goroutine 1 [running]:")
        add("main.main()")
        add("\t/go/src/github.com/wandb/core/services/gorilla/cmd/main.go:112 +0x1c5")
        add(
            '{"level":"error","time":"2026-11-28T08:31:02Z","msg":"Invalid License square/go-jose: compact JWS format must have three parts"}'
        )
        for n in range(40):
            add(
                json.dumps(
                    {
                        "level": "error",
                        "time": f"2026-11-28T08:32:{n:02d}Z",
                        "msg": f"flush batch {9000 + n} to parquet writer failed: quota exceeded on shard {n % 4}",
                    }
                )
            )
    add('{"level":"info","time":"2026-11-28T08:40:00Z","msg":"no errors found in migration check"}')
    return lines


def write_bundle(
    name: str,
    deployment: DeploymentMode,
    docs_by_collector: dict[str, dict[str, Any]],
    logs_by_collector: dict[str, dict[str, list[str]]],
    statuses: dict[str, tuple[CollectorStatus, str | None]],
) -> Path:
    out = HERE / name
    out.unlink(missing_ok=True)
    redactor = Redactor()
    for secret in ("Sample-DB-pw-7731", "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY"):
        redactor.add_secret(secret, "password")
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        writer = BundleWriter(Path(tmp) / "staging", redactor)
        records = []
        for collector in sorted(set(docs_by_collector) | set(logs_by_collector) | set(statuses)):
            files: list[FileRecord] = []
            for path, doc in docs_by_collector.get(collector, {}).items():
                files.append(writer.write_json(path, doc))
            for path, lines in logs_by_collector.get(collector, {}).items():
                files.append(writer.write_lines(path, lines))
            status, error = statuses.get(collector, (CollectorStatus.OK, None))
            records.append(CollectorRecord(collector, status, T0, T1, error, files))
        manifest = Manifest(
            wbdiag_version="0.1.0",
            collected_at=T0,
            host="wandb-host-01",
            deployment=deployment,
            wandb_host=HOST,
            collectors=records,
            redaction=redactor.summary(),
        )
        writer.finish(manifest, out)
    return out


def docker_container_docs(healthy: bool) -> dict[str, Any]:
    return {
        layout.DOCKER_VERSION: {"Version": "24.0.7", "ApiVersion": "1.43", "Os": "linux"},
        layout.DOCKER_CONTAINERS: [
            {
                "name": "wandb-local",
                "id": "3f9c2a",
                "image": "wandb/local:0.59.2",
                "status": "running",
                "wandb": True,
            }
        ],
        layout.docker_inspect("wandb-local"): {
            "Name": "/wandb-local",
            "RestartCount": 0 if healthy else 7,
            "State": {
                "Status": "running",
                "Running": True,
                "OOMKilled": False,
                "ExitCode": 0,
                "Restarting": False,
            },
            "Config": {
                "Image": "wandb/local:0.59.2",
                "User": "999:0",
                "Env": [
                    "HOST=" + HOST,
                    "LICENSE=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzYW1wbGUtb3JnIn0.c2FtcGxlLXNpZ25hdHVyZQ",
                ],
            },
            "HostConfig": {"RestartPolicy": {"Name": "unless-stopped"}},
        },
    }


def write_docker_samples() -> list[Path]:
    """healthy-docker.tgz and broken-docker.tgz, hand-made."""
    healthy_docker = write_bundle(
        "healthy-docker.tgz",
        DeploymentMode.DOCKER,
        {
            "settings": {layout.SETTINGS: settings_doc(True)},
            "mysql": mysql_docs(GOOD_VARS, "utf8mb4", "utf8mb4_general_ci", True),
            "proxy": {layout.PROBE_TLS: tls_doc(None), layout.PROBE_PROXY: proxy_doc(True)},
            "storage": {layout.PROBE_STORAGE: storage_doc(True)},
            "docker": docker_container_docs(True),
        },
        {"docker": {layout.docker_log("wandb-local"): docker_logs(True)}},
        {"kubernetes": (CollectorStatus.SKIPPED, "no kubeconfig and not in a cluster")},
    )
    bad_vars = {
        **GOOD_VARS,
        "binlog_format": "MIXED",
        "sort_buffer_size": "262144",
        "binlog_row_image": "FULL",
    }
    broken_docker = write_bundle(
        "broken-docker.tgz",
        DeploymentMode.DOCKER,
        {
            "settings": {layout.SETTINGS: settings_doc(False)},
            "mysql": mysql_docs(bad_vars, "latin1", "latin1_swedish_ci", True),
            "proxy": {
                layout.PROBE_TLS: tls_doc("self_signed"),
                layout.PROBE_PROXY: proxy_doc(False),
            },
            "storage": {layout.PROBE_STORAGE: storage_doc(False)},
            "docker": docker_container_docs(False),
        },
        {
            "docker": {
                layout.docker_log("wandb-local"): docker_logs(False),
                layout.docker_file("wandb-local", "/var/log/gorilla.log"): [
                    '{"level":"error","ts":"2026-11-28T08:30:11Z","error":"Error 1045 (28000): Access denied for user \'wandb_local\'@\'172.18.0.3\' (using password: YES)"}'
                ],
            }
        },
        {"kubernetes": (CollectorStatus.SKIPPED, "no kubeconfig and not in a cluster")},
    )
    return [healthy_docker, broken_docker]


def write_kubernetes_sample() -> Path:
    """broken-kubernetes.tgz, hand-made (the committed one comes from --real-kubernetes)."""
    pod = {
        "metadata": {
            "name": "wandb-app-7d9f8c6b5-x2x4q",
            "namespace": "wandb",
            "labels": {"app.kubernetes.io/instance": "wandb", "app.kubernetes.io/name": "app"},
        },
        "spec": {
            "securityContext": {"runAsUser": 999, "runAsGroup": 0, "fsGroup": 0},
            "containers": [{"name": "app", "image": "wandb/megabinary:0.59.2"}],
        },
        "status": {
            "phase": "Running",
            "containerStatuses": [
                {
                    "name": "app",
                    "image": "wandb/megabinary:0.59.2",
                    "imageID": "docker.io/wandb/megabinary@sha256:1f",
                    "ready": False,
                    "restartCount": 12,
                    "state": {
                        "waiting": {
                            "reason": "CrashLoopBackOff",
                            "message": "back-off 5m0s restarting failed container=app",
                        }
                    },
                    "lastState": {"terminated": {"reason": "Error", "exitCode": 1}},
                }
            ],
        },
    }
    events = {
        "kind": "EventList",
        "apiVersion": "v1",
        "items": [
            {
                "metadata": {"name": "wandb-app-5d9c7.17f3", "namespace": "wandb"},
                "type": "Warning",
                "reason": "FailedCreate",
                "count": 14,
                "involvedObject": {
                    "kind": "ReplicaSet",
                    "namespace": "wandb",
                    "name": "wandb-weave-5d9c7",
                },
                "message": 'Error creating: pods "wandb-weave-5d9c7-" is forbidden: unable to validate against any security context constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount, spec.containers[0].securityContext.runAsUser: Invalid value: 999: must be in the ranges: [1000680000, 1000689999]]',
            }
        ],
    }
    ns = "wandb"
    broken_k8s = write_bundle(
        "broken-kubernetes.tgz",
        DeploymentMode.KUBERNETES,
        {
            "settings": {layout.SETTINGS: settings_doc(True)},
            "kubernetes": {
                layout.K8S_CLUSTER: {
                    "context": "prod",
                    "server_version": "v1.28.9",
                    "openshift": True,
                    "namespaces": [ns],
                    "selected_by": "labels",
                },
                layout.k8s_resource(ns, "pods"): {
                    "kind": "PodList",
                    "apiVersion": "v1",
                    "items": [pod],
                },
                layout.k8s_resource(ns, "events"): events,
                layout.k8s_resource(ns, "deployments"): {
                    "kind": "DeploymentList",
                    "apiVersion": "apps/v1",
                    "items": [
                        {
                            "metadata": {"name": "wandb-app", "namespace": ns},
                            "spec": {
                                "replicas": 1,
                                "template": {
                                    "spec": {"securityContext": {"runAsUser": 999, "runAsGroup": 0}}
                                },
                            },
                        }
                    ],
                },
                layout.K8S_NODES: {"kind": "NodeList", "apiVersion": "v1", "items": []},
            },
        },
        {
            "kubernetes": {
                layout.k8s_pod_log(ns, pod["metadata"]["name"], "app", previous=True): [
                    "2026-11-28T08:59:58.120331Z Starting W&B server 0.59.2",
                    "2026-11-28T08:59:59.993101Z panic: dial tcp 10.96.12.40:3306: connect: connection refused",
                    "2026-11-28T08:59:59.993150Z ",
                    "2026-11-28T08:59:59.993160Z goroutine 1 [running]:",
                ],
                layout.k8s_pod_log(ns, pod["metadata"]["name"], "app"): [
                    "2026-11-28T09:00:31.001000Z Starting W&B server 0.59.2"
                ],
            }
        },
        {
            "mysql": (
                CollectorStatus.FAILED,
                "OperationalError: (2003, \"Can't connect to MySQL server on 'wandb-mysql' ([Errno 111] Connection refused)\")",
            ),
            "docker": (CollectorStatus.SKIPPED, "no Docker engine at unix:///var/run/docker.sock"),
        },
    )
    return broken_k8s


USAGE = "usage: make_samples.py [--real] [--real-docker] [--real-kubernetes]"


def main(argv: list[str]) -> int:
    flags = {"--real", "--real-docker", "--real-kubernetes"}
    unknown = [a for a in argv if a not in flags]
    if unknown:
        print(f"{USAGE} (unknown: {' '.join(unknown)})", file=sys.stderr)
        return 2
    real_docker = "--real" in argv or "--real-docker" in argv
    real_kubernetes = "--real" in argv or "--real-kubernetes" in argv
    written = []
    if real_kubernetes:  # a --real flag rewrites its own samples only
        import collect_kubernetes_sample  # this directory; starts the fake Kubernetes API server

        collect_kubernetes_sample.main()
    if real_docker:
        import collect_docker_sample  # this directory; starts the test Docker engine

        collect_docker_sample.main()
    if not argv:
        written = [write_kubernetes_sample(), *write_docker_samples()]
    for p in written:
        print(f"wrote {p.relative_to(HERE.parent)} ({p.stat().st_size} bytes), hand-made")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
