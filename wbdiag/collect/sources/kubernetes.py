"""Kubernetes: find the W&B deployment (Helm chart or operator) and collect what support needs
from the API: workloads, services, ingresses, ConfigMaps, volume claims, events, nodes, the
operator's custom resource, and the log of every container (the previous run too when it crashed).
What it may read is asked first (kubernetes_access.py); a read known to be refused is skipped.

Discovery runs before the probes: the settings found in the W&B pods' environment (literal values
and ConfigMaps they reference) are handed to `ctx.discovered_settings` so the probes can use HOST,
MYSQL and BUCKET when the user gave none.

Secrets are never read (no `secrets` request is made, so none needs to be allowed): the Secrets a
W&B workload uses are named, with the keys it takes from them, from the pod specs, ingresses and
the custom resource (`secret-references.json`). Before anything is written, every value that looks
secret is registered with the redactor so that it is replaced wherever it appears, logs included:
secret-named env vars, ConfigMap keys and custom-resource values, and credentials inside URLs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import DeploymentMode
from wbdiag.collect.base import (
    DISCOVERY,
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceForbidden,
    SourceSkipped,
)
from wbdiag.collect.sources.kubernetes_connect import (
    ApiUnreachable,
    Connection,
    connect,
    plan_target,
    status_message,
)
from wbdiag.collect.sources.kubernetes_env import (
    SecretRegistry,
    scrub,
    workload_settings,
)
from wbdiag.collect.sources.kubernetes_lists import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    ApiReader,
    Listed,
)
from wbdiag.collect.sources.kubernetes_logs import PodLogs
from wbdiag.collect.sources.kubernetes_objects import (
    CONFIGMAPS,
    CR_GROUP,
    CR_PLURAL,
    CRONJOBS,
    DAEMONSETS,
    DEPLOYMENTS,
    INGRESS_CLASSES,
    INGRESS_NGINX_SELECTOR,
    INGRESSES,
    JOBS,
    LAST_APPLIED,
    NAMESPACE_KINDS,
    NAMESPACES,
    NODES,
    OPENSHIFT_GROUPS,
    POD_LOGS,
    PODS,
    ROUTE_GROUP,
    ROUTES,
    STATEFULSETS,
    Kind,
    Obj,
    cr_kind,
    pod_spec_of,
    wandb_match,
)
from wbdiag.collect.sources.kubernetes_refs import SecretReferences

# -- limits ------------------------------------------------------------------------------------
LOG_READ_TIMEOUT = 30.0  # seconds, each read of one container log (kubernetes_logs.py)
MAX_SCAN_NAMESPACES = 200  # namespaces searched one by one when a cluster-wide list is refused
LOG_MARGIN = 10.0  # seconds kept in hand at the end of the collector's budget


@dataclass
class NamespaceData:
    name: str
    lists: dict[str, Listed] = field(default_factory=dict)


class KubernetesRun:
    """One collection against one cluster."""

    def __init__(self, ctx: CollectContext, out: Output, conn: Connection, budget: float) -> None:
        self.ctx = ctx
        self.out = out
        self.conn = conn
        self.api = conn.api_client
        self.reader = ApiReader(out, conn)
        self.secrets = SecretRegistry(ctx.redactor)
        self.searched = 0  # pod, workload and custom-resource lists read while searching
        self.advised = False
        self.deadline = time.monotonic() + budget
        self.cap = ctx.options.log_cap_bytes

    # -- the cluster -----------------------------------------------------------------------------
    def server(self) -> tuple[Obj, list[Obj]]:
        """The version and the API groups. Raises when the server cannot be used at all."""
        from kubernetes import client

        try:
            version = client.VersionApi(self.api).get_code(
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
            )
        except self.reader.errors as exc:
            entry = self.reader.refused("version", None, exc)
            self.write_access()
            if entry["status"] in (401, 403):
                raise SourceForbidden(
                    f"the API server refused context {self.conn.context}: {entry['error']}"
                ) from None
            raise ApiUnreachable(
                f"cannot reach the Kubernetes API at {self.conn.host}: {entry['error']}"
            ) from None
        groups: list[Obj] = []
        try:
            resp = client.ApisApi(self.api).get_api_versions(
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
            )
            groups = self.api.sanitize_for_serialization(resp).get("groups") or []
        except self.reader.errors as exc:
            self.reader.refused("apis", None, exc)
        return self.api.sanitize_for_serialization(version), groups

    def find(self, cr: Kind | None) -> tuple[list[str], str | None, dict[str, list[str]]]:
        """The namespaces W&B runs in, how they were chosen, and what was seen in each."""
        flag = self.ctx.options.namespace
        if flag:
            return [flag], "flag", {flag: ["flag"]}
        likely = [n for n in (self.conn.context_namespace, "wandb", "default") if n]
        listed = self.reader.list_kind(NAMESPACES, None, scan=True, typed=False, partial=False)
        if listed is not None:
            names = [str((n.get("metadata") or {}).get("name")) for n in listed.items]
            # searched one by one only when cluster-wide lists are refused: likely ones first
            names.sort(key=lambda n: (n not in likely, "wandb" not in n, n))
            candidates = names
        else:
            candidates = list(dict.fromkeys(likely))
        found: dict[str, set[str]] = {}
        self.searched = self.reader.reads
        kinds = [PODS, DEPLOYMENTS, STATEFULSETS] + ([cr] if cr is not None else [])
        for kind in kinds:
            for obj in self.scan(kind, candidates):
                how = "custom-resource" if kind is cr else wandb_match(kind, obj)
                ns = (obj.get("metadata") or {}).get("namespace")
                if how and ns:
                    found.setdefault(str(ns), set()).add(how)
        self.searched = self.reader.reads - self.searched  # lists that could be read
        order = ("labels", "image", "custom-resource")
        selected = next((how for how in order if any(how in s for s in found.values())), None)
        namespaces = sorted(found)
        return namespaces, selected, {ns: sorted(found[ns], key=order.index) for ns in namespaces}

    def scan(self, kind: Kind, candidates: list[str]) -> Iterator[Obj]:
        """Objects of a kind across the cluster; namespace by namespace if that is refused."""
        listed = self.reader.list_kind(kind, None, scan=True, typed=False, partial=False)
        if listed is not None:
            yield from listed.items
            return
        if self.reader.last_status not in (401, 403):
            return  # not a refusal (a missing API, a timeout): one by one would fail alike
        refused = 0
        searched = candidates[:MAX_SCAN_NAMESPACES]
        for ns in searched:
            one = self.reader.list_kind(kind, ns, scan=True, typed=False, record=False, check=False)
            if one is not None:
                yield from one.items
            else:
                refused += 1
        if refused:
            self.out.note(
                f"kubernetes: searching for W&B, {kind.name} could not be listed in {refused} "
                f"of {len(searched)} namespaces",
                partial=False,
            )

    def read_namespace(self, ns: str, extra: Iterable[Kind]) -> NamespaceData:
        data = NamespaceData(ns)
        for kind in (*NAMESPACE_KINDS, *extra):
            listed = self.reader.list_kind(kind, ns)
            if listed is not None:
                data.lists[kind.name] = listed
        return data

    # -- secrets and settings ------------------------------------------------------------------
    def register_secrets(self, data: NamespaceData) -> None:
        for listed in data.lists.values():
            for item in listed.items:
                self.secrets.tree(item)

    def settings(self, data: NamespaceData) -> dict[str, str]:
        items = {name: listed.items for name, listed in data.lists.items()}
        values, notes = workload_settings(items, self.ctx.redactor, data.name)
        for note in notes:
            self.out.note(note, partial=False)
        return values

    # -- documents ---------------------------------------------------------------------------
    def scrub(self, obj: Any) -> Any:
        return scrub(obj, self.ctx.redactor)

    def document(self, kind: Kind, listed: Listed) -> Obj:
        items = []
        for item in listed.serialised:
            item = dict(item)
            if kind is CONFIGMAPS:
                item["binaryData"] = dict.fromkeys(item.get("binaryData") or {}, "")
                if not item["binaryData"]:
                    del item["binaryData"]
                meta = dict(item.get("metadata") or {})
                if LAST_APPLIED in (meta.get("annotations") or {}):
                    meta["annotations"] = {
                        k: v for k, v in meta["annotations"].items() if k != LAST_APPLIED
                    }
                    item["metadata"] = meta
            if kind is NODES:
                status = dict(item.get("status") or {})
                status.pop("images", None)
                item["status"] = status
            items.append(self.scrub(item))
        doc: Obj = {"kind": kind.list_kind, "apiVersion": kind.api_version, "items": items}
        if listed.truncated:
            doc["metadata"] = {"wbdiagTruncated": True}
        return doc

    def secret_references(self, data: NamespaceData) -> Obj:
        """secret-references.json: the Secrets the workloads (their pod templates; pods and jobs
        only when nothing owns them), the ingresses and the custom resource name."""
        refs = SecretReferences()
        for kind in (DEPLOYMENTS, STATEFULSETS, DAEMONSETS, CRONJOBS, JOBS, PODS):
            for obj in data.lists.get(kind.name, Listed([], [])).items:
                meta = obj.get("metadata") or {}
                if kind in (PODS, JOBS) and meta.get("ownerReferences"):
                    continue
                refs.pod_spec(pod_spec_of(kind, obj)[1], f"{kind.name}/{meta.get('name')}")
        for ing in data.lists.get(INGRESSES.name, Listed([], [])).items:
            name = (ing.get("metadata") or {}).get("name")
            for tls in (ing.get("spec") or {}).get("tls") or []:
                refs.add((tls or {}).get("secretName"), None, f"ingresses/{name} tls")
        for cr in data.lists.get(CR_PLURAL, Listed([], [])).items:
            refs.tree(cr.get("spec"), f"weightsandbiases/{(cr.get('metadata') or {}).get('name')}")
        return dict(self.scrub(refs.document()))

    def write_access(self) -> None:
        """access.json (every refusal) and permissions.json (what the API server said may be
        read); the Role rules that would allow the rest also go to the user at the end."""
        with self.reader.lock:
            entries = list(self.reader.access)
        self.out.json(layout.K8S_ACCESS, entries)
        if not self.reader.permissions.answers:  # the server refused us before anything was asked
            return
        doc = self.reader.permissions.document()
        self.out.json(layout.K8S_PERMISSIONS, doc)
        if doc["missing_rules"] and not self.advised:
            self.advised = True
            self.ctx.advise(
                f"kubernetes: context {self.conn.context} was not allowed some reads (see "
                f"{layout.K8S_PERMISSIONS}); these rules would allow them:\n" + doc["missing_rules"]
            )

    # -- logs ----------------------------------------------------------------------------------
    def pod_logs(self) -> PodLogs:
        return PodLogs(self, status_message, (CONNECT_TIMEOUT, LOG_READ_TIMEOUT))

    def logs(self, namespaces: list[NamespaceData]) -> None:
        readable = [d for d in namespaces if self.reader.permitted(POD_LOGS, d.name)]
        pods = {d.name: d.lists[PODS.name].items for d in readable if PODS.name in d.lists}
        self.pod_logs().read(pods)

    # -- the whole run ---------------------------------------------------------------------------
    def ingress_controller(self) -> Obj:
        """kubernetes/ingress-controller.json: the IngressClasses and the ingress-nginx
        controller's ConfigMap, found cluster-wide by its labels (a refusal is noted, not fatal)."""
        classes = self.reader.list_kind(INGRESS_CLASSES, None, partial=False)
        doc: Obj = {
            "ingressclasses": self.document(INGRESS_CLASSES, classes)["items"] if classes else None,
            "configmap_selector": INGRESS_NGINX_SELECTOR,
            "configmaps": None,
        }
        listed = self.reader.list_kind(
            CONFIGMAPS, None, typed=False, partial=False, selector=INGRESS_NGINX_SELECTOR
        )
        if listed is None:
            return doc
        doc["configmaps"] = self.document(CONFIGMAPS, listed)["items"]
        return doc

    def run(self) -> None:
        version, groups = self.server()
        group_names = {str(g.get("name")) for g in groups}
        cr: Kind | None = None
        for g in groups:
            if g.get("name") == CR_GROUP:
                cr = cr_kind(str((g.get("preferredVersion") or {}).get("version") or "v1"))
        extra = [k for k in (cr, ROUTES if ROUTE_GROUP in group_names else None) if k is not None]

        namespaces, selected_by, found_by = self.find(cr)
        if not namespaces:
            if self.searched == 0:
                self.write_access()
                raise SourceForbidden(
                    f"context {self.conn.context} may not list pods, deployments or statefulsets "
                    "anywhere W&B could be (see kubernetes/access.json); give --namespace or use "
                    "another context"
                )
            raise SourceSkipped(
                f"no W&B deployment found in context {self.conn.context} (looked for W&B "
                "labels, wandb/* images and the operator's custom resource in every namespace "
                "it may read); give --namespace"
            )
        self.ctx.deployment = DeploymentMode.KUBERNETES

        reads_before = self.reader.reads
        data = [self.read_namespace(ns, extra) for ns in namespaces]
        nodes = self.reader.list_kind(NODES, None)
        if self.reader.reads == reads_before:
            self.write_access()
            raise SourceForbidden(
                f"context {self.conn.context} may read nothing in namespace(s) "
                f"{', '.join(namespaces)} (see kubernetes/access.json)"
            )

        # Every secret is known to the redactor before the first byte is written.
        for nsdata in data:
            self.register_secrets(nsdata)
        for nsdata in data:
            values = self.settings(nsdata)
            if values:
                self.ctx.discovered_settings(f"kubernetes:{nsdata.name}", values)

        self.out.json(
            layout.K8S_CLUSTER,
            {
                "context": self.conn.context,
                "in_cluster": self.conn.in_cluster,
                "server_version": version.get("gitVersion"),
                "platform": version.get("platform"),
                "openshift": bool(group_names & OPENSHIFT_GROUPS),
                "namespaces": namespaces,
                "selected_by": selected_by,
                "found_by": found_by,
                "custom_resource": cr is not None
                and any(nsd.lists.get(CR_PLURAL) and nsd.lists[CR_PLURAL].items for nsd in data),
            },
        )
        if nodes is not None:
            self.out.json(layout.K8S_NODES, self.document(NODES, nodes))
        if any(nsd.lists.get(INGRESSES.name) and nsd.lists[INGRESSES.name].items for nsd in data):
            self.out.json(layout.K8S_INGRESS_CONTROLLER, self.ingress_controller())
        kinds = {k.name: k for k in (*NAMESPACE_KINDS, *extra)}
        for nsdata in data:
            for name, listed in nsdata.lists.items():
                self.out.json(
                    layout.k8s_resource(nsdata.name, name), self.document(kinds[name], listed)
                )
            self.out.json(
                layout.k8s_resource(nsdata.name, layout.K8S_SECRET_REFERENCES),
                self.secret_references(nsdata),
            )
        try:
            self.logs(data)
        finally:
            self.write_access()


class KubernetesCollector(Collector):
    name = "kubernetes"
    writes = ("kubernetes/",)
    description = (
        "The W&B deployment on Kubernetes: workloads, events, nodes, the operator's custom "
        "resource and every container's log (Secrets: names and keys only)"
    )
    phase = DISCOVERY
    timeout = 120.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        where = plan_target(ctx)
        ns = ctx.options.namespace or (
            "each namespace where W&B is found (labels, wandb/* images, the operator's custom "
            "resource)"
        )
        kinds = ", ".join(k.name for k in NAMESPACE_KINDS)
        return [
            PlanStep("API version and groups", where),
            PlanStep(
                "what it may read: SelfSubjectRulesReview per namespace, SelfSubjectAccessReview "
                "for cluster-wide reads (a read it may not make is skipped)",
                where,
            ),
            PlanStep(
                "search for W&B: list pods, deployments, statefulsets, weightsandbiases "
                "(cluster-wide, else namespace by namespace)",
                where,
            ),
            PlanStep(f"list {kinds}, weightsandbiases, routes in {ns}", where),
            PlanStep("list nodes (cluster-wide)", where),
            PlanStep(
                "container logs (pods/log): the current run, and the previous one after a crash",
                where,
            ),
            PlanStep(
                "Secrets: never read; named (with the keys used) from the pod specs, ingresses "
                "and the custom resource",
                where,
            ),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        started = time.monotonic()
        conn = connect(ctx)
        budget = min(self.timeout, ctx.options.timeout) - LOG_MARGIN
        try:
            KubernetesRun(ctx, out, conn, budget - (time.monotonic() - started)).run()
        finally:
            conn.api_client.close()
