"""The Kubernetes collector's refusals and failures, each in a run of its own: a bad token, an
unreachable API server, no kubeconfig outside a cluster; and failures injected into the real
client's calls: a timed-out list, cluster lists refused, nothing readable, a missing previous log,
the kubeconfig from the environment, a cluster without W&B."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.collect.kubernetes_support import (
    NS,
    collect,
    read,
)
from tests.servers.common import free_port
from tests.servers.fake_k8s import FakeK8s
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources import kubernetes as k8s
from wbdiag.collect.sources import kubernetes_connect as k8s_connect
from wbdiag.collect.sources import kubernetes_lists as k8s_lists
from wbdiag.collect.sources import kubernetes_objects as k8s_objects
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.redact import Redactor
from wbdiag.settings import WandbSettings


def test_bad_token_is_forbidden_with_access_json(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    b = collect(fake_k8s, tmp_path, "healthy", "bad-token")
    rec = b.record()
    assert rec.status is CollectorStatus.FORBIDDEN
    assert rec.error and "bad-token" in rec.error
    assert [a["status"] for a in b.doc(layout.K8S_ACCESS)] == [401]
    assert {p for p in b.members if p.startswith("kubernetes/")} == {layout.K8S_ACCESS}
    assert b.manifest.deployment.value == "none"


def test_unreachable_api_server_fails_with_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(json.dumps({
        "apiVersion": "v1", "kind": "Config", "current-context": "gone",
        "clusters": [{"name": "gone", "cluster": {"server": f"http://127.0.0.1:{port}"}}],
        "users": [{"name": "u", "user": {"token": "t0ken-not-used-anywhere"}}],
        "contexts": [{"name": "gone", "context": {"cluster": "gone", "user": "u"}}],
    }))  # fmt: skip
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=60, kubeconfig=kubeconfig), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    b = read(out)
    rec = b.record()
    assert rec.status is CollectorStatus.FAILED
    assert rec.error and "cannot reach the Kubernetes API" in rec.error and str(port) in rec.error
    assert b.doc(layout.K8S_ACCESS)[0]["status"] is None


def test_no_kubeconfig_and_not_in_a_cluster_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=30), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    rec = read(out).record()
    assert rec.status is CollectorStatus.SKIPPED
    assert rec.error and "no kubeconfig" in rec.error


# -- failures inside a run (injected into the real client's calls) ------------------------------
def _api_error(status: int, message: str) -> Exception:
    from kubernetes.client.exceptions import ApiException

    return ApiException(status=status, reason="Forbidden", body=json.dumps({"message": message}))


def test_a_timed_out_list_is_recorded_and_the_rest_collected(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib3

    real = k8s_lists.ApiReader._page

    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        if kind is k8s_objects.EVENTS and namespace == NS:
            raise urllib3.exceptions.ReadTimeoutError(None, "/events", "Read timed out.")  # type: ignore[arg-type]
        return real(self, kind, namespace, *a)

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    assert b.record().status is CollectorStatus.PARTIAL
    [entry] = b.doc(layout.K8S_ACCESS)
    assert (entry["resource"], entry["namespace"], entry["status"], entry["reason"]) == (
        "events", NS, None, "timeout",
    )  # fmt: skip
    assert layout.k8s_resource(NS, "events") not in b.members
    assert b.resource("pods")["items"] and b.logs()


def test_search_falls_back_to_likely_namespaces_when_cluster_lists_are_refused(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = k8s_lists.ApiReader._page

    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        if namespace is None and kind is not k8s_objects.NODES:
            raise _api_error(403, f"{kind.name} is forbidden at the cluster scope")
        return real(self, kind, namespace, *a)

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    cluster = b.doc(layout.K8S_CLUSTER)
    # the context's namespace (wandb), default and wandb were searched; wandb-cr is not guessed
    assert cluster["namespaces"] == [NS] and cluster["selected_by"] == "labels"
    refused = {(a["resource"], a["namespace"], a["status"]) for a in b.doc(layout.K8S_ACCESS)}
    assert {("namespaces", None, 403), ("pods", None, 403)} <= refused
    assert b.record().status is CollectorStatus.OK  # the search's refusals cost nothing here
    assert b.resource("pods")["items"]


def test_nothing_readable_is_forbidden(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def page(
        self: k8s_lists.ApiReader, kind: k8s_objects.Kind, namespace: str | None, *a: Any
    ) -> Any:
        raise _api_error(403, f"{kind.name} is forbidden")

    monkeypatch.setattr(k8s_lists.ApiReader, "_page", page)
    b = collect(fake_k8s, tmp_path, "healthy")
    rec = b.record()
    assert rec.status is CollectorStatus.FORBIDDEN and rec.error and "access.json" in rec.error
    assert {p for p in b.members if p.startswith("kubernetes/")} == {
        layout.K8S_ACCESS,
        layout.K8S_PERMISSIONS,  # what the server said may be read (everything, for admin)
    }
    assert all(a["status"] == 403 for a in b.doc(layout.K8S_ACCESS))


def test_missing_previous_log_is_a_note_not_a_failure(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    """A container that restarted but whose previous run the kubelet no longer has: the API
    answers 400 "previous terminated container ... not found"."""
    from wbdiag.bundle.writer import BundleWriter
    from wbdiag.collect.base import CollectContext, Output

    pod = next(
        p["metadata"]["name"] for p in fake_k8s.objects("healthy", "Pod", NS)
        if p["metadata"]["name"].startswith("wandb-app")
    )  # fmt: skip
    red = Redactor()
    ctx = CollectContext(
        CollectOptions(kubeconfig=fake_k8s.write_kubeconfig(tmp_path / "kc", "healthy")),
        WandbSettings(),
        red,
    )
    out = Output(
        BundleWriter(tmp_path / "staging", red), "kubernetes", 1 << 20, writes=("kubernetes/",)
    )
    conn = k8s_connect.connect(ctx)
    try:
        run = k8s.KubernetesRun(ctx, out, conn, budget=60)
        assert run.pod_logs().fetch((NS, pod, "app", True), None, set())
    finally:
        conn.api_client.close()
    assert out.files == [] and run.reader.access == []
    assert not out.partial
    assert any("previous terminated container" in n for n in out.notes)


def test_kubeconfig_from_the_environment(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kc", "healthy", "bad-token")
    monkeypatch.setenv("KUBECONFIG", f"{tmp_path / 'absent'}:{kubeconfig}")
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=60, kube_context="admin", namespace=NS), WandbSettings(), out,
        progress=Progress(stream=io.StringIO(), live=False), collectors=[KubernetesCollector],
    ).run()  # fmt: skip
    b = read(out)
    assert b.record().status is CollectorStatus.OK
    assert b.doc(layout.K8S_CLUSTER)["context"] == "admin"


def test_a_cluster_without_wandb_is_skipped_and_writes_nothing(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(k8s, "wandb_match", lambda kind, obj: None)
    monkeypatch.setattr(k8s, "CR_GROUP", "absent.example.com")
    b = collect(fake_k8s, tmp_path, "healthy")
    rec = b.record()
    assert rec.status is CollectorStatus.SKIPPED
    assert rec.error and "no W&B deployment found" in rec.error and "--namespace" in rec.error
    assert not [p for p in b.members if p.startswith("kubernetes/")]
    assert b.manifest.deployment.value == "none"
