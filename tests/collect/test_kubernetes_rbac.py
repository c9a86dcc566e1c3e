"""Least privilege, proven against the fake API server enforcing the RBAC manifests of
deploy/kubernetes/ (tests/servers/fake_rbac.py): the collector's ServiceAccount gathers everything
an admin gathers, never asks for a Secret, and is granted nothing it does not use; the manifests
hold no wildcard and no Secret; what the collector may not read it skips, recording the API
server's answers and the Role rules that would allow the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.collect.kubernetes_support import NS, Collected, collect
from tests.helpers import present
from tests.servers.fake_k8s import FakeK8s
from tests.servers.fake_k8s_scenarios import SCENARIOS
from tests.servers.fake_k8s_users import ADMIN_USER, CTX_LEAST, CTX_NAMESPACE_ONLY, LEAST_USER
from tests.servers.fake_rbac import MANIFESTS, load_documents, manifest_paths
from wbdiag.bundle import layout
from wbdiag.bundle.manifest import CollectorStatus

REVIEWS = {"selfsubjectaccessreviews", "selfsubjectrulesreviews"}


def _comparable(b: Collected) -> dict[str, Any]:
    """The bundle's kubernetes/ content, less what says who collected it."""
    out: dict[str, Any] = {}
    for path, data in b.members.items():
        if not path.startswith("kubernetes/") or path == layout.K8S_PERMISSIONS:
            continue
        if not path.endswith(".json"):
            out[path] = data
            continue
        doc = json.loads(data)
        if path == layout.K8S_CLUSTER:
            doc.pop("context")
        out[path] = doc
    return out


@pytest.fixture(scope="module")
def pairs(fake_k8s: FakeK8s, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Per scenario: the admin's bundle, the least-privilege bundle, and the requests the fake
    API served to the least-privilege ServiceAccount."""
    directory = tmp_path_factory.mktemp("rbac")
    got: dict[str, Any] = {}
    for scenario in SCENARIOS:
        admin = collect(fake_k8s, directory, scenario, "admin")
        mark = fake_k8s.mark()
        least = collect(fake_k8s, directory, scenario, CTX_LEAST)
        got[scenario] = (admin, least, fake_k8s.requests_since(mark))
    return got


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_least_privilege_gathers_everything_the_admin_gathers(
    pairs: dict[str, Any], scenario: str
) -> None:
    admin, least, requests = pairs[scenario]
    assert least.record().status is admin.record().status, least.record().notes
    assert least.doc(layout.K8S_ACCESS) == [], "nothing was refused"
    assert _comparable(least) == _comparable(admin)
    assert [r for r in requests if r.code >= 400 and r.user == LEAST_USER] == []
    assert not [r for r in requests if r.access and r.access[2] == "secrets"]


def test_the_manifests_grant_nothing_the_collector_does_not_use(
    pairs: dict[str, Any], fake_k8s: FakeK8s
) -> None:
    used = {
        (verb, group, resource)
        for _, _, requests in pairs.values()
        for r in requests
        if r.user == LEAST_USER and r.access and r.code < 400
        for verb, group, resource, _ in [r.access]
    }
    granted = fake_k8s.policies[LEAST_USER].granted()
    assert granted - used == set(), "granted but never used by collect"
    assert used - granted == {("create", "authorization.k8s.io", r) for r in REVIEWS}


def test_the_manifests_hold_no_wildcard_no_secret_and_only_reads() -> None:
    docs = load_documents(manifest_paths(cluster=True))
    rules = [r for d in docs if d["kind"] in ("Role", "ClusterRole") for r in d["rules"]]
    assert rules
    for rule in rules:
        values = [*rule["verbs"], *rule["apiGroups"], *rule["resources"]]
        assert not any("*" in v for v in values), rule
        assert set(rule["verbs"]) <= {"get", "list", "watch"}, rule
        assert "secrets" not in rule["resources"], rule
        assert set(rule) == {"apiGroups", "resources", "verbs"}, rule
    kinds = {d["kind"] for d in docs}
    assert {"ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"} <= kinds
    kustomized = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())["resources"]
    assert sorted(kustomized) == sorted(
        p.name for p in MANIFESTS.glob("*.yaml") if p.name != "kustomization.yaml"
    )


def test_the_job_runs_unprivileged_and_keeps_the_bundle_in_an_empty_dir() -> None:
    (job,) = [d for d in load_documents([MANIFESTS / "job.yaml"]) if d["kind"] == "Job"]
    pod = job["spec"]["template"]["spec"]
    assert pod["serviceAccountName"] == "wbdiag-collector"
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (c,) = pod["containers"]
    sc = c["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True and sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"] == {"drop": ["ALL"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    out = next(m for m in c["volumeMounts"] if m["mountPath"] == "/out")
    assert "emptyDir" in volumes[out["name"]]
    assert "wbdiag collect -o /out/" in c["args"][0] and "kubectl" in c["args"][0]
    dockerfile = (MANIFESTS / "Dockerfile").read_text().splitlines()
    users = [line.split()[1] for line in dockerfile if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("0", "root")


def test_the_fake_api_enforces_the_manifests(fake_k8s: FakeK8s) -> None:
    from kubernetes import client
    from kubernetes.client.exceptions import ApiException

    core = client.CoreV1Api(fake_k8s.api_client("healthy", CTX_NAMESPACE_ONLY))
    assert core.list_namespaced_pod(NS).items
    for call in (
        lambda: core.list_namespaced_secret(NS),
        lambda: core.read_namespaced_secret("anything", NS),
        lambda: core.list_node(),
        lambda: core.list_namespaced_pod("wandb-cr"),  # the Role is bound in wandb only
        lambda: core.list_namespaced_service_account(NS),  # not granted
    ):
        with pytest.raises(ApiException) as err:
            call()
        assert err.value.status == 403
    review = client.AuthorizationV1Api(
        fake_k8s.api_client("healthy", CTX_NAMESPACE_ONLY)
    ).create_self_subject_rules_review(
        client.V1SelfSubjectRulesReview(spec=client.V1SelfSubjectRulesReviewSpec(namespace=NS))
    )
    status = present(review.status)
    rules = {(tuple(r.api_groups or ()), tuple(r.resources or ())) for r in status.resource_rules}
    assert (("",), ("pods/log",)) in rules and not status.incomplete
    assert not any("secrets" in resources for _, resources in rules)


def test_without_the_cluster_role_collect_skips_and_prints_the_rules_it_needs(
    fake_k8s: FakeK8s, tmp_path: Path, pairs: dict[str, Any]
) -> None:
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kc", "healthy", CTX_NAMESPACE_ONLY)
    out = tmp_path / "b.tgz"
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG")}
    r = subprocess.run(
        [sys.executable, "-m", "wbdiag", "collect", "--kubeconfig", str(kubeconfig),
         "--no-docker", "--no-probes", "-o", str(out)],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
        env={**env, "HOME": str(tmp_path), "PYTHONPATH": str(Path(__file__).parents[2])},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    printed = r.stderr[r.stderr.index("apiVersion: rbac.authorization.k8s.io/v1") :]
    wanted = next(
        d for d in load_documents(manifest_paths(cluster=True)) if d["kind"] == "ClusterRole"
    )
    (cluster_role,) = [d for d in yaml.safe_load_all(printed) if d and d["kind"] == "ClusterRole"]
    assert sorted(map(json.dumps, cluster_role["rules"])) == sorted(
        map(json.dumps, wanted["rules"])
    ), "what it asks for is exactly the optional ClusterRole"

    from tests.collect.kubernetes_support import read

    b = read(out)
    rec = b.record()
    assert rec.status is CollectorStatus.PARTIAL
    assert layout.K8S_NODES not in b.members
    access = b.doc(layout.K8S_ACCESS)
    assert {(a["resource"], a["reason"]) for a in access} >= {("nodes", "not_permitted")}
    perms = b.doc(layout.K8S_PERMISSIONS)
    assert {p["namespace"] for p in perms["rules_reviews"]} >= {NS}
    denied = {(c["resource"], c["namespace"]) for c in perms["checks"] if c["allowed"] is False}
    assert ("nodes", None) in denied and ("namespaces", None) in denied
    # the namespace it may read is there in full, as the admin saw it
    admin = pairs["healthy"][0]
    prefix = layout.k8s_namespace_dir(NS) + "/"
    mine = {p: d for p, d in b.members.items() if p.startswith(prefix)}
    theirs = {p: d for p, d in admin.members.items() if p.startswith(prefix)}
    assert mine.keys() == theirs.keys()
    assert ADMIN_USER not in r.stderr
