"""The cross-source rules on real collections: each fires on a real mismatch between two sources
and stays quiet when they agree. Real TLS (tests/servers/nginx.py, trustme), real S3 CORS
(tests/servers/seaweed.py), the fake Kubernetes API (tests/servers/fake_k8s.py)."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import shipped_pack
from tests.servers.fake_k8s import FakeK8s
from tests.servers.nginx import NginxProxy
from tests.servers.seaweed import SeaweedS3
from wbdiag.bundle import layout
from wbdiag.bundle.reader import BundleSource
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.collect.sources.proxy import ProxyCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.collect.sources.storage import StorageCollector
from wbdiag.rules.engine import analyze
from wbdiag.rules.model import Finding, Status
from wbdiag.settings import WandbSettings

PACK = shipped_pack()
PUBLIC_HOST = "https://wandb.example.com"  # a setting here, never contacted (no proxy probe)


@dataclass
class Collected:
    raw: dict[str, bytes]
    findings: dict[str, Finding]

    def status(self, rule_id: str) -> Status:
        return self.findings[rule_id].status

    def fired(self, rule_id: str) -> bool:
        return self.status(rule_id) in (Status.FAIL, Status.WARN)

    def doc(self, path: str) -> Any:
        return json.loads(self.raw[path])

    def cited(self, rule_id: str) -> set[str]:
        return {e.path for e in self.findings[rule_id].evidence}


def run(tmp_path: Path, collectors: list[Any], values: dict[str, str], **options: Any) -> Collected:
    settings = WandbSettings()
    settings.merge(values, "flags", True)
    out = tmp_path / f"bundle-{uuid.uuid4().hex[:8]}.tgz"
    Runner(
        CollectOptions(timeout=120, **options),
        settings,
        out,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[*collectors, SettingsCollector],
    ).run()
    raw = {m.path: m.stream.read() for m in BundleSource.open(out).members()}
    analysis = analyze(BundleSource.open(out), PACK)
    return Collected(raw=raw, findings={f.rule.id: f for f in analysis.findings})


# -- HOST vs the certificate (real TLS) ------------------------------------------------------------
@pytest.mark.servers
def test_host_vs_certificate(nginx: NginxProxy, tmp_path: Path) -> None:
    wrong = run(
        tmp_path, [ProxyCollector], {"HOST": nginx.wronghost_url}, ca_bundle=nginx.ca_pem_path
    )
    assert wrong.doc(layout.PROBE_TLS)["certificate"]["sans"] == [nginx.wronghost_name]
    assert wrong.fired("consistency.host_certificate")
    finding = wrong.findings["consistency.host_certificate"]
    assert nginx.wronghost_name in finding.message and "localhost" in finding.message
    assert wrong.cited("consistency.host_certificate") == {layout.SETTINGS, layout.PROBE_TLS}

    good = run(tmp_path, [ProxyCollector], {"HOST": nginx.good_url}, ca_bundle=nginx.ca_pem_path)
    assert good.status("consistency.host_certificate") is Status.PASS


# -- HOST vs the bucket (real S3 CORS) ---------------------------------------------------------------
@pytest.fixture
def other_origin_bucket(seaweed: SeaweedS3) -> Iterator[str]:
    """A bucket whose CORS rule allows only http:// of the W&B host (https is what users open)."""
    name = f"wbdiag-consistency-{uuid.uuid4().hex[:10]}"
    client = seaweed.client()
    client.create_bucket(Bucket=name)
    client.put_bucket_cors(
        Bucket=name,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedOrigins": ["http://wandb.example.com"],
                    "AllowedMethods": ["GET", "PUT", "HEAD"],
                    "AllowedHeaders": ["*"],
                }
            ]
        },
    )
    yield name
    listed = client.list_objects_v2(Bucket=name).get("Contents", [])
    for obj in listed:
        client.delete_object(Bucket=name, Key=obj["Key"])
    client.delete_bucket(Bucket=name)


@pytest.mark.servers
def test_host_vs_cors_origin(seaweed: SeaweedS3, other_origin_bucket: str, tmp_path: Path) -> None:
    values = {"BUCKET": seaweed.connection_string(other_origin_bucket), "HOST": PUBLIC_HOST}
    mismatch = run(tmp_path, [StorageCollector], values)
    assert mismatch.fired("consistency.host_cors_origin")
    assert "http://wandb.example.com" in mismatch.findings["consistency.host_cors_origin"].message
    assert mismatch.cited("consistency.host_cors_origin") == {layout.SETTINGS, layout.PROBE_STORAGE}

    agree = {"BUCKET": seaweed.connection_string(seaweed.cors_bucket), "HOST": seaweed.wandb_origin}
    assert run(tmp_path, [StorageCollector], agree).status("consistency.host_cors_origin") is (
        Status.PASS
    )


@pytest.mark.servers
def test_presigned_host_and_scheme(seaweed: SeaweedS3, tmp_path: Path) -> None:
    """The fixture's store is http on 127.0.0.1: internal-only and unencrypted."""
    bucket = seaweed.connection_string(seaweed.cors_bucket)
    public = run(tmp_path, [StorageCollector], {"BUCKET": bucket, "HOST": PUBLIC_HOST})
    endpoint = public.doc(layout.PROBE_STORAGE)["endpoint"]
    assert endpoint.startswith("http://127.0.0.1:")
    assert public.fired("consistency.presigned_host")
    assert "a loopback address" in public.findings["consistency.presigned_host"].message
    assert public.fired("consistency.scheme_store")
    assert endpoint in public.findings["consistency.scheme_store"].message

    # W&B itself on an internal http address: both sources agree, nothing to say
    local = run(tmp_path, [StorageCollector], {"BUCKET": bucket, "HOST": "http://localhost:8080"})
    assert local.status("consistency.presigned_host") is Status.PASS
    assert local.status("consistency.scheme_store") is Status.PASS


# -- the cluster (fake Kubernetes API) ----------------------------------------------------------------
def k8s(fake: FakeK8s, tmp_path: Path, scenario: str, host: str) -> Collected:
    kubeconfig = fake.write_kubeconfig(
        tmp_path / f"kubeconfig-{uuid.uuid4().hex[:6]}", scenario, "admin"
    )
    return run(tmp_path, [KubernetesCollector], {"HOST": host}, kubeconfig=kubeconfig)


@pytest.mark.servers
def test_ingress_host_and_deployment_settings(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    other = k8s(fake_k8s, tmp_path, "healthy", "https://wandb-new.example.com")
    assert other.fired("consistency.ingress_host")
    assert (
        "ingress wandb/wandb: wandb.example.com"
        in other.findings["consistency.ingress_host"].message
    )
    assert other.fired("consistency.deployment_settings")
    message = other.findings["consistency.deployment_settings"].message
    assert "HOST: https://wandb.example.com in kubernetes:wandb" in message
    assert "https://wandb-new.example.com from flags" in message

    same = k8s(fake_k8s, tmp_path, "healthy", "https://wandb.example.com/")
    assert same.status("consistency.ingress_host") is Status.PASS
    assert same.status("consistency.deployment_settings") is Status.PASS


@pytest.mark.servers
def test_ingress_nginx_defaults_in_front_of_w_and_b(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    got = k8s(fake_k8s, tmp_path, "ingress", "https://wandb.example.com")
    controller = got.doc(layout.K8S_INGRESS_CONTROLLER)
    assert [c["metadata"]["name"] for c in controller["configmaps"]] == ["ingress-nginx-controller"]
    assert controller["ingressclasses"][0]["spec"]["controller"] == "k8s.io/ingress-nginx"
    assert got.fired("kubernetes.ingress_default_body_size")
    message = got.findings["kubernetes.ingress_default_body_size"].message
    assert "ingress wandb/wandb" in message and "1m" in message
    assert "client_max_body_size 0 (ConfigMap wandb-nginx-configmap" in message
    assert got.fired("kubernetes.ingress_hsts")
    assert got.status("kubernetes.ingress_body_size") is Status.PASS  # no annotation to judge

    # the healthy release annotates its Ingress with proxy-body-size "0"
    healthy = k8s(fake_k8s, tmp_path, "healthy", "https://wandb.example.com")
    assert healthy.status("kubernetes.ingress_default_body_size") is Status.PASS
    assert healthy.status("kubernetes.ingress_hsts") is Status.PASS


@pytest.mark.servers
def test_openshift_route(fake_k8s: FakeK8s, tmp_path: Path) -> None:
    """The scenario's Route: edge TLS with Redirect (fine), no timeout annotation (30s)."""
    got = k8s(fake_k8s, tmp_path, "openshift", "https://wandb.apps.ocp4.example.com")
    routes = got.doc(layout.k8s_resource("wandb", "routes"))["items"]
    assert [r["spec"]["host"] for r in routes] == ["wandb.apps.ocp4.example.com"]
    assert got.status("kubernetes.route_tls") is Status.PASS
    assert got.fired("kubernetes.route_timeout")
    assert "route wandb/wandb" in got.findings["kubernetes.route_timeout"].message
    assert got.status("consistency.ingress_host") is Status.PASS  # HOST is the route's host

    elsewhere = k8s(fake_k8s, tmp_path, "openshift", "https://wandb.corp.example.net")
    assert elsewhere.fired("consistency.ingress_host")
    assert "route wandb/wandb: wandb.apps.ocp4.example.com" in (
        elsewhere.findings["consistency.ingress_host"].message
    )
