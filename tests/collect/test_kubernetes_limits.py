"""How the Kubernetes collector bounds what it reads from the fake API server, each in a run of its
own: log requests with limitBytes, sinceSeconds and timestamps, a log over the cap keeping its
newest lines, lists paged and capped, the namespace flag selecting only that namespace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.collect.kubernetes_support import (
    NS,
    TIMESTAMPED,
    collect,
    statuses,
)
from tests.servers.fake_k8s import FakeK8s
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.collect.sources import kubernetes_lists as k8s_lists


def test_log_requests_use_limit_bytes_since_and_timestamps(
    fake_k8s: FakeK8s, tmp_path: Path
) -> None:
    mark = fake_k8s.mark()
    b = collect(fake_k8s, tmp_path, "broken", since="2h", log_cap_bytes=64 * 1024)
    assert b.record().status is CollectorStatus.OK
    logs = [r for r in fake_k8s.requests_since(mark) if r.path.endswith("/log")]
    assert logs
    for r in logs:
        assert r.query.get("timestamps") == "true"
        assert r.query.get("sinceSeconds") == "7200"
        assert r.query.get("limitBytes") == str(64 * 1024)
        assert r.query.get("container")
    previous = {
        (r.path.split("/")[-2], r.query["container"]) for r in logs if r.query.get("previous")
    }
    assert previous, "no previous logs were asked for"
    for pod_name, container in previous:
        pod = next(
            p for p in fake_k8s.objects("broken", "Pod", NS) if p["metadata"]["name"] == pod_name
        )
        cs = next(s for s in statuses(pod) if s["name"] == container)
        assert cs.get("restartCount", 0) > 0 or "terminated" in (cs.get("lastState") or {})


def test_a_log_over_the_cap_keeps_its_newest_lines(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    cap = 8192
    b = collect(fake_k8s, tmp_path, "healthy", log_cap_bytes=cap)
    pod = next(
        p["metadata"]["name"] for p in fake_k8s.objects("healthy", "Pod", NS)
        if p["metadata"]["name"].startswith("wandb-app")
    )  # fmt: skip
    stored = fake_k8s.log_text("healthy", pod, "app").splitlines()
    assert len("\n".join(stored)) > cap
    got = b.logs()[layout.k8s_pod_log(NS, pod, "app")]
    assert 0 < len(got.encode()) <= cap
    texts = [m.group(2) for m in map(TIMESTAMPED.match, got.splitlines()) if m]
    assert texts and texts == stored[-len(texts) :]
    assert any("kept its newest" in n for n in b.record().notes)


def test_lists_are_paged_and_capped(
    fake_k8s: FakeK8s, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(k8s_lists, "PAGE", 2)
    monkeypatch.setattr(k8s_lists, "SCAN_PAGE", 3)
    mark = fake_k8s.mark()
    b = collect(fake_k8s, tmp_path, "healthy")
    lists = [
        r for r in fake_k8s.requests_since(mark)
        if not r.path.endswith("/log") and r.path.rstrip("/") not in ("/version", "/apis")
        and r.method == "GET"  # not the permission reviews
    ]  # fmt: skip
    assert all(r.query.get("limit") in ("2", "3") for r in lists)
    assert any(r.query.get("continue") for r in lists)
    pods = fake_k8s.objects("healthy", "Pod", NS)
    assert len(b.resource("pods")["items"]) == len(pods) > 2

    monkeypatch.setattr(k8s_lists, "MAX_ITEMS", 3)
    b = collect(fake_k8s, tmp_path, "healthy")
    doc = b.resource("pods")
    assert len(doc["items"]) == 3 and doc["metadata"] == {"wbdiagTruncated": True}
    assert any("kept the first 3" in n for n in b.record().notes)


def test_namespace_flag_selects_only_that_namespace(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    b = collect(fake_k8s, tmp_path, "healthy", namespace=NS)
    cluster = b.doc(layout.K8S_CLUSTER)
    assert (cluster["namespaces"], cluster["selected_by"]) == ([NS], "flag")
    assert not any(p.startswith("kubernetes/namespaces/wandb-cr/") for p in b.members)
