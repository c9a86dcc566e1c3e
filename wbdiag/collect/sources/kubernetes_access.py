"""What the Kubernetes collector may read, asked of the API server instead of learned from 403s.

Before reading a namespace the collector asks SelfSubjectRulesReview (one request per namespace:
the rules that apply to it there); cluster-scoped reads (nodes, namespaces, the cluster-wide
search for W&B) are asked one by one with SelfSubjectAccessReview, which is also the fallback
when a rules review is refused or `incomplete` (an authorizer other than RBAC). Any authenticated
user may create both reviews (the `system:basic-user` ClusterRole). A read known to be refused is
not attempted: it is noted, recorded in `kubernetes/permissions.json` with every answer, and the
Role rules that would allow it are written there and printed at the end of `wbdiag collect`.

Every read the collector makes is a `Need` here, so the manifests in deploy/kubernetes/ can be
checked against it (tests/collect/test_kubernetes_rbac.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Obj = dict[str, Any]

REVIEW_GROUP = "authorization.k8s.io"
REVIEW_TIMEOUT = (5.0, 10.0)  # connect, read: seconds per review


@dataclass(frozen=True)
class Need:
    """One read of the collector: `verb` on `resource` (plural, or `pods/log`) of API `group`,
    in a namespace or at the cluster scope."""

    group: str
    resource: str
    verb: str
    cluster: bool = False

    def describe(self, namespace: str | None) -> str:
        group = f" ({self.group})" if self.group else ""
        where = "cluster-wide" if namespace is None else f"in namespace {namespace}"
        return f"{self.verb} {self.resource}{group} {where}"


def _covers(values: Iterable[str], value: str) -> bool:
    return any(v in ("*", value) for v in values)


def rules_allow(rules: Iterable[Obj], need: Need) -> bool:
    """RBAC semantics of SelfSubjectRulesReview resourceRules: a rule allows the need when its
    verbs, apiGroups and resources cover it (`*`, or `pods/*` for a subresource) and it does not
    limit itself to named objects (the collector lists, so resourceNames never help)."""
    plural, _, sub = need.resource.partition("/")
    for rule in rules:
        if rule.get("resourceNames"):
            continue
        resources = rule.get("resources") or []
        if not (
            _covers(rule.get("verbs") or [], need.verb)
            and _covers(rule.get("apiGroups") or [], need.group)
        ):
            continue
        if "*" in resources or need.resource in resources or (sub and f"{plural}/*" in resources):
            return True
    return False


def role_rules(needs: Iterable[Need]) -> list[Obj]:
    """RBAC rules granting exactly these reads, one rule per (API group, verb)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for n in needs:
        names = grouped.setdefault((n.group, n.verb), [])
        if n.resource not in names:
            names.append(n.resource)
    return [
        {"apiGroups": [g], "resources": sorted(r), "verbs": [v]}
        for (g, v), r in sorted(grouped.items())
    ]


def role_yaml(kind: str, name: str, namespace: str | None, rules: list[Obj]) -> str:
    """A Role (or ClusterRole) as YAML text, to print and to keep in the bundle."""
    lines = ["apiVersion: rbac.authorization.k8s.io/v1", f"kind: {kind}", "metadata:"]
    lines.append(f"  name: {name}")
    if namespace:
        lines.append(f"  namespace: {namespace}")
    lines.append("rules:")
    for r in rules:
        groups = ", ".join(json.dumps(g) for g in r["apiGroups"])
        lines.append(f"  - apiGroups: [{groups}]")
        lines.append(f"    resources: [{', '.join(r['resources'])}]")
        lines.append(f"    verbs: [{', '.join(r['verbs'])}]")
    return "\n".join(lines) + "\n"


@dataclass
class Answer:
    """Whether one read is allowed, and who said so."""

    allowed: bool | None  # None: unknown (both reviews failed): the read is attempted
    method: str  # "SelfSubjectRulesReview", "SelfSubjectAccessReview" or "unknown"
    reason: str = ""


@dataclass
class Permissions:
    """The answers of one collection, asked lazily and cached."""

    api_client: Any
    errors: tuple[type[Exception], ...]  # what a failed request raises
    describe: Callable[[Exception], str]  # one line for a failed request
    reviews: dict[str, Obj] = field(default_factory=dict)  # namespace -> rules review summary
    answers: dict[tuple[Need, str | None], Answer] = field(default_factory=dict)

    # -- asking --------------------------------------------------------------------------------
    def _create(self, plural: str, body: Obj) -> Obj:
        from kubernetes import client

        api = client.AuthorizationV1Api(self.api_client)
        create = getattr(api, f"create_{plural}")
        resp = create(body, _preload_content=False, _request_timeout=REVIEW_TIMEOUT)
        try:
            doc = json.loads(resp.data.decode("utf-8"))
        finally:
            resp.release_conn()
        return doc if isinstance(doc, dict) else {}

    def _rules_review(self, namespace: str) -> Obj:
        if namespace not in self.reviews:
            body = {
                "apiVersion": f"{REVIEW_GROUP}/v1",
                "kind": "SelfSubjectRulesReview",
                "spec": {"namespace": namespace},
            }
            try:
                status = self._create("self_subject_rules_review", body).get("status") or {}
                self.reviews[namespace] = {
                    "ok": True,
                    "incomplete": bool(status.get("incomplete")),
                    "evaluation_error": status.get("evaluationError") or None,
                    "resource_rules": [
                        {
                            k: r[k]
                            for k in ("verbs", "apiGroups", "resources", "resourceNames")
                            if k in r
                        }
                        for r in status.get("resourceRules") or []
                        if isinstance(r, dict)
                    ],
                }
            except self.errors as exc:
                self.reviews[namespace] = {"ok": False, "error": self.describe(exc)}
        return self.reviews[namespace]

    def _access_review(self, need: Need, namespace: str | None) -> Answer:
        plural, _, sub = need.resource.partition("/")
        attrs: Obj = {"verb": need.verb, "group": need.group, "resource": plural}
        if sub:
            attrs["subresource"] = sub
        if namespace is not None:
            attrs["namespace"] = namespace
        body = {
            "apiVersion": f"{REVIEW_GROUP}/v1",
            "kind": "SelfSubjectAccessReview",
            "spec": {"resourceAttributes": attrs},
        }
        try:
            status = self._create("self_subject_access_review", body).get("status") or {}
        except self.errors as exc:
            return Answer(None, "unknown", f"no review answered: {self.describe(exc)}")
        allowed = bool(status.get("allowed")) and not status.get("denied")
        return Answer(allowed, "SelfSubjectAccessReview", str(status.get("reason") or ""))

    def may(self, need: Need, namespace: str | None) -> Answer:
        key = (need, namespace)
        if key in self.answers:
            return self.answers[key]
        answer: Answer | None = None
        if namespace is not None:
            review = self._rules_review(namespace)
            if review.get("ok"):
                if rules_allow(review["resource_rules"], need):
                    answer = Answer(True, "SelfSubjectRulesReview")
                elif not review["incomplete"]:
                    answer = Answer(False, "SelfSubjectRulesReview")
        if answer is None:  # cluster scope, or the rules review could not decide
            answer = self._access_review(need, namespace)
        self.answers[key] = answer
        return answer

    # -- reporting -----------------------------------------------------------------------------
    def refused(self) -> list[tuple[Need, str | None]]:
        return [key for key, a in self.answers.items() if a.allowed is False]

    def missing_roles(self) -> str:
        """YAML of the Role per namespace (and ClusterRole) that would allow every refused read;
        empty when nothing was refused."""
        by_ns: dict[str | None, list[Need]] = {}
        for need, ns in self.refused():
            by_ns.setdefault(ns, []).append(need)
        docs = []
        for ns in sorted(by_ns, key=lambda n: (n is not None, n or "")):
            kind = "ClusterRole" if ns is None else "Role"
            docs.append(role_yaml(kind, "wbdiag-collector", ns, role_rules(by_ns[ns])))
        return "---\n".join(docs)

    def document(self) -> Obj:
        """kubernetes/permissions.json."""
        return {
            "rules_reviews": [
                {"namespace": ns, **review} for ns, review in sorted(self.reviews.items())
            ],
            "checks": [
                {
                    "group": need.group,
                    "resource": need.resource,
                    "verb": need.verb,
                    "namespace": ns,
                    "allowed": a.allowed,
                    "method": a.method,
                    "reason": a.reason or None,
                }
                for (need, ns), a in self.answers.items()
            ],
            "missing_rules": self.missing_roles() or None,
        }
