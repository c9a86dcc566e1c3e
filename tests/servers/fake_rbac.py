"""RBAC for the fake Kubernetes API server, as kube-apiserver's RBAC authorizer decides it, with
the rules loaded from real manifests (deploy/kubernetes/).

A `Policy` is what one user is bound to: the rules of Roles bound by RoleBindings, per namespace,
and the rules of ClusterRoles bound by ClusterRoleBindings, everywhere. It answers an
authorization question (verb, API group, resource[/subresource], namespace or cluster scope)
with the same semantics as the RBAC authorizer (`*` wildcards, `pods/*`, resourceNames only for
requests naming one object), and a SelfSubjectRulesReview (the rules that apply in a namespace,
plus what every authenticated user gets from `system:basic-user`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Obj = dict[str, Any]

REPO = Path(__file__).resolve().parents[2]
MANIFESTS = REPO / "deploy" / "kubernetes"

# system:basic-user, bound to every authenticated user by default
BASIC_USER_RULES: tuple[Obj, ...] = (
    {
        "verbs": ["create"],
        "apiGroups": ["authorization.k8s.io"],
        "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
    },
)


def _covers(values: Iterable[str], value: str) -> bool:
    return any(v in ("*", value) for v in values)


def rule_allows(rule: Obj, verb: str, group: str, resource: str, name: str | None) -> bool:
    plural, _, sub = resource.partition("/")
    resources = rule.get("resources") or []
    if not (_covers(rule.get("verbs") or [], verb) and _covers(rule.get("apiGroups") or [], group)):
        return False
    if not ("*" in resources or resource in resources or (sub and f"{plural}/*" in resources)):
        return False
    names = rule.get("resourceNames") or []
    return not names or (name is not None and name in names)


@dataclass
class Policy:
    namespaced: dict[str, list[Obj]] = field(default_factory=dict)  # namespace -> rules
    cluster: list[Obj] = field(default_factory=list)  # apply in every namespace and cluster-wide

    def allows(
        self, verb: str, group: str, resource: str, namespace: str | None, name: str | None = None
    ) -> bool:
        rules = list(self.cluster) + list(BASIC_USER_RULES)
        if namespace is not None:
            rules += self.namespaced.get(namespace, [])
        return any(rule_allows(r, verb, group, resource, name) for r in rules)

    def rules_in(self, namespace: str) -> list[Obj]:
        """SelfSubjectRulesReview.status.resourceRules for a namespace."""
        return [
            dict(r) for r in (*BASIC_USER_RULES, *self.cluster, *self.namespaced.get(namespace, []))
        ]

    def granted(self) -> set[tuple[str, str, str]]:
        """Every (verb, group, resource) the manifests name (for 'is it all used?')."""
        out: set[tuple[str, str, str]] = set()
        for rule in [*self.cluster, *(r for rs in self.namespaced.values() for r in rs)]:
            for verb in rule.get("verbs") or []:
                for group in rule.get("apiGroups") or []:
                    for resource in rule.get("resources") or []:
                        out.add((verb, group, resource))
        return out


def load_documents(paths: Iterable[Path]) -> list[Obj]:
    docs: list[Obj] = []
    for path in paths:
        docs += [d for d in yaml.safe_load_all(path.read_text()) if isinstance(d, dict)]
    return docs


def policy_for(
    docs: list[Obj], service_account: str, sa_namespace: str, role_namespaces: Iterable[str]
) -> Policy:
    """The rules bound to `service_account` (of `sa_namespace`) by these manifests. Namespaced
    documents without a namespace are applied in each of `role_namespaces` (as `kubectl apply -n`
    would: the RoleBinding's subject keeps its own namespace)."""
    roles = {d["metadata"]["name"]: d.get("rules") or [] for d in docs if d["kind"] == "Role"}
    cluster_roles = {
        d["metadata"]["name"]: d.get("rules") or [] for d in docs if d["kind"] == "ClusterRole"
    }

    def binds(binding: Obj) -> bool:
        return any(
            s.get("kind") == "ServiceAccount"
            and s.get("name") == service_account
            and s.get("namespace") == sa_namespace
            for s in binding.get("subjects") or []
        )

    policy = Policy()
    for d in docs:
        if not binds(d):
            continue
        ref = d["roleRef"]
        if d["kind"] == "ClusterRoleBinding" and ref["kind"] == "ClusterRole":
            policy.cluster += cluster_roles.get(ref["name"], [])
        elif d["kind"] == "RoleBinding":
            rules = (roles if ref["kind"] == "Role" else cluster_roles).get(ref["name"], [])
            for ns in (
                [d["metadata"]["namespace"]] if "namespace" in d["metadata"] else role_namespaces
            ):
                policy.namespaced.setdefault(ns, []).extend(rules)
    return policy


def manifest_paths(cluster: bool) -> list[Path]:
    """The RBAC manifests of deploy/kubernetes (and its optional cluster/ part)."""
    found = sorted(MANIFESTS.glob("*.yaml"))
    if cluster:
        found += sorted((MANIFESTS / "cluster").glob("*.yaml"))
    return found


def collector_policy(cluster: bool, role_namespaces: Iterable[str]) -> Policy:
    docs = load_documents(manifest_paths(cluster))
    sa = next(d for d in docs if d["kind"] == "ServiceAccount")["metadata"]["name"]
    kustomization = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())
    return policy_for(docs, sa, kustomization["namespace"], role_namespaces)
