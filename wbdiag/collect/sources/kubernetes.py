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

import json
import threading
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
from wbdiag.collect.sources.kubernetes_access import Need, Permissions
from wbdiag.collect.sources.kubernetes_connect import (
    ApiUnreachable,
    Connection,
    connect,
    plan_target,
    request_errors,
    status_message,
)
from wbdiag.collect.sources.kubernetes_env import (
    SecretRegistry,
    scrub,
    workload_settings,
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
CONNECT_TIMEOUT = 5.0  # seconds, every request
READ_TIMEOUT = 20.0  # seconds, list calls
LOG_READ_TIMEOUT = 30.0  # seconds, each read of one container log (kubernetes_logs.py)
PAGE = 250  # items per list page
SCAN_PAGE = 500  # items per page while searching the cluster for W&B
MAX_ITEMS = 3000  # items kept per kind and namespace
MAX_SCAN_ITEMS = 5000  # objects looked at per kind while searching the cluster
MAX_SCAN_NAMESPACES = 200  # namespaces searched one by one when a cluster-wide list is refused
LOG_MARGIN = 10.0  # seconds kept in hand at the end of the collector's budget


@dataclass
class Listed:
    items: list[Obj]  # as served (for discovery, settings and secrets)
    serialised: list[Obj]  # as the typed client serialises them (for the bundle)
    truncated: bool = False


@dataclass
class NamespaceData:
    name: str
    lists: dict[str, Listed] = field(default_factory=dict)


class KubernetesRun:
    """One collection against one cluster."""

    def __init__(self, ctx: CollectContext, out: Output, conn: Connection, budget: float) -> None:
        from kubernetes import client

        self.ctx = ctx
        self.out = out
        self.conn = conn
        self.api = conn.api_client
        self.apis: dict[str, Any] = {
            "core": client.CoreV1Api(self.api),
            "apps": client.AppsV1Api(self.api),
            "batch": client.BatchV1Api(self.api),
            "networking": client.NetworkingV1Api(self.api),
            "custom": client.CustomObjectsApi(self.api),
        }
        self.errors = request_errors()
        self.secrets = SecretRegistry(ctx.redactor)
        self.permissions = Permissions(self.api, self.errors, lambda exc: status_message(exc)[2])
        self.access: list[Obj] = []
        self.reads = 0
        self.last_status: int | None = None  # of the last failed list
        self.searched = 0  # pod, workload and custom-resource lists read while searching
        self.lock = threading.Lock()
        self.advised = False
        self.deadline = time.monotonic() + budget
        self.cap = ctx.options.log_cap_bytes

    # -- requests ------------------------------------------------------------------------------
    def refused(
        self, resource: str, namespace: str | None, exc: Exception, partial: bool = True
    ) -> Obj:
        status, reason, message = status_message(exc)
        entry = {
            "resource": resource,
            "namespace": namespace,
            "status": status,
            "reason": reason,
            "error": message,
        }
        with self.lock:
            self.access.append(entry)
        where = f" in namespace {namespace}" if namespace else ""
        self.out.note(f"kubernetes: {resource}{where}: {message}", partial=partial)
        return entry

    def permitted(
        self, need: Need, namespace: str | None, record: bool = True, partial: bool = True
    ) -> bool:
        """False when the API server said this read is not allowed (then recorded and noted,
        unless `record` is off); True when it is, or when nobody could say."""
        answer = self.permissions.may(need, namespace)
        if answer.allowed is not False:
            return True
        if record:
            entry = {
                "resource": need.resource,
                "namespace": namespace,
                "status": None,
                "reason": "not_permitted",
                "error": f"not permitted ({answer.method}): {need.describe(namespace)}",
            }
            with self.lock:
                self.access.append(entry)
            self.out.note(
                f"kubernetes: skipped {need.describe(namespace)}: not permitted "
                f"({answer.method}; the rules that would allow it: {layout.K8S_PERMISSIONS})",
                partial=partial,
            )
        return False

    def _page(self, kind: Kind, namespace: str | None, limit: int, cont: str | None) -> Any:
        kw: dict[str, Any] = {
            "limit": limit,
            "_preload_content": False,
            "_request_timeout": (CONNECT_TIMEOUT, READ_TIMEOUT),
        }
        if cont:
            kw["_continue"] = cont
        api = self.apis[kind.api]
        if kind.custom:
            group, version = kind.api_version.split("/", 1)
            if namespace is None:
                return api.list_cluster_custom_object(group, version, kind.name, **kw)
            return api.list_namespaced_custom_object(group, version, namespace, kind.name, **kw)
        if namespace is None:
            return getattr(api, str(kind.cluster))(**kw)
        return getattr(api, str(kind.namespaced))(namespace, **kw)

    def list_kind(
        self,
        kind: Kind,
        namespace: str | None,
        scan: bool = False,
        typed: bool = True,
        partial: bool = True,
        record: bool = True,
        check: bool = True,
    ) -> Listed | None:
        """Every object of a kind (paged, capped); None when refused, missing or timed out.
        `scan`: while searching the cluster for W&B (bigger pages, a higher cap). `record`: a
        failure goes to access.json and the notes (else only to `last_status`). `check`: ask
        first whether the list is allowed, and skip it when it is not."""
        need = Need(kind.group, kind.name, "list", cluster=namespace is None)
        if check and not self.permitted(need, namespace, record, partial):
            self.last_status = 403
            return None
        cap, limit = (MAX_SCAN_ITEMS, SCAN_PAGE) if scan else (MAX_ITEMS, PAGE)
        items: list[Obj] = []
        serialised: list[Obj] | None = [] if typed and kind.model else None
        cont: str | None = None
        while True:
            try:
                resp = self._page(kind, namespace, limit, cont)
                try:
                    text = resp.data.decode("utf-8")
                finally:
                    resp.release_conn()
                doc = json.loads(text)
            except self.errors as exc:
                self.last_status = status_message(exc)[0]
                if record:
                    self.refused(kind.name, namespace, exc, partial=partial)
                if not items:
                    return None
                return Listed(items, serialised if serialised is not None else items, True)
            self.reads += 1
            page = [i for i in doc.get("items") or [] if isinstance(i, dict)]
            items.extend(page)
            if serialised is not None:
                try:
                    model = self.api.deserialize(text, kind.model, "application/json")
                    serialised.extend(self.api.sanitize_for_serialization(model).get("items") or [])
                except Exception as exc:  # the typed models are strict; keep what was served
                    self.out.note(
                        f"kubernetes: {kind.name}"
                        + (f" in namespace {namespace}" if namespace else "")
                        + f": kept as served, the typed client rejects it ({type(exc).__name__})",
                        partial=False,
                    )
                    serialised = None
            cont = (doc.get("metadata") or {}).get("continue")
            if not cont:
                break
            if len(items) >= cap:
                where = f" in namespace {namespace}" if namespace else ""
                self.out.note(
                    f"kubernetes: {kind.name}{where}: kept the first {cap} objects", partial=False
                )
                return Listed(items[:cap], (serialised or items)[:cap], True)
        return Listed(items, serialised if serialised is not None else items)

    # -- the cluster -----------------------------------------------------------------------------
    def server(self) -> tuple[Obj, list[Obj]]:
        """The version and the API groups. Raises when the server cannot be used at all."""
        from kubernetes import client

        try:
            version = client.VersionApi(self.api).get_code(
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
            )
        except self.errors as exc:
            entry = self.refused("version", None, exc)
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
        except self.errors as exc:
            self.refused("apis", None, exc)
        return self.api.sanitize_for_serialization(version), groups

    def find(self, cr: Kind | None) -> tuple[list[str], str | None, dict[str, list[str]]]:
        """The namespaces W&B runs in, how they were chosen, and what was seen in each."""
        flag = self.ctx.options.namespace
        if flag:
            return [flag], "flag", {flag: ["flag"]}
        likely = [n for n in (self.conn.context_namespace, "wandb", "default") if n]
        listed = self.list_kind(NAMESPACES, None, scan=True, typed=False, partial=False)
        if listed is not None:
            names = [str((n.get("metadata") or {}).get("name")) for n in listed.items]
            # searched one by one only when cluster-wide lists are refused: likely ones first
            names.sort(key=lambda n: (n not in likely, "wandb" not in n, n))
            candidates = names
        else:
            candidates = list(dict.fromkeys(likely))
        found: dict[str, set[str]] = {}
        self.searched = self.reads
        kinds = [PODS, DEPLOYMENTS, STATEFULSETS] + ([cr] if cr is not None else [])
        for kind in kinds:
            for obj in self.scan(kind, candidates):
                how = "custom-resource" if kind is cr else wandb_match(kind, obj)
                ns = (obj.get("metadata") or {}).get("namespace")
                if how and ns:
                    found.setdefault(str(ns), set()).add(how)
        self.searched = self.reads - self.searched  # lists that could be read
        order = ("labels", "image", "custom-resource")
        selected = next((how for how in order if any(how in s for s in found.values())), None)
        namespaces = sorted(found)
        return namespaces, selected, {ns: sorted(found[ns], key=order.index) for ns in namespaces}

    def scan(self, kind: Kind, candidates: list[str]) -> Iterator[Obj]:
        """Objects of a kind across the cluster; namespace by namespace if that is refused."""
        listed = self.list_kind(kind, None, scan=True, typed=False, partial=False)
        if listed is not None:
            yield from listed.items
            return
        if self.last_status not in (401, 403):
            return  # not a refusal (a missing API, a timeout): one by one would fail alike
        refused = 0
        searched = candidates[:MAX_SCAN_NAMESPACES]
        for ns in searched:
            one = self.list_kind(kind, ns, scan=True, typed=False, record=False, check=False)
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
            listed = self.list_kind(kind, ns)
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
        with self.lock:
            entries = list(self.access)
        self.out.json(layout.K8S_ACCESS, entries)
        if not self.permissions.answers:  # the server refused us before anything was asked
            return
        doc = self.permissions.document()
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
        readable = [d for d in namespaces if self.permitted(POD_LOGS, d.name)]
        pods = {d.name: d.lists[PODS.name].items for d in readable if PODS.name in d.lists}
        self.pod_logs().read(pods)

    # -- the whole run ---------------------------------------------------------------------------
    def ingress_controller(self) -> Obj:
        """kubernetes/ingress-controller.json: the IngressClasses and the ingress-nginx
        controller's ConfigMap, found cluster-wide by its labels (a refusal is noted, not fatal)."""
        classes = self.list_kind(INGRESS_CLASSES, None, partial=False)
        doc: Obj = {
            "ingressclasses": self.document(INGRESS_CLASSES, classes)["items"] if classes else None,
            "configmap_selector": INGRESS_NGINX_SELECTOR,
            "configmaps": None,
        }
        need = Need(CONFIGMAPS.group, CONFIGMAPS.name, "list", cluster=True)
        if not self.permitted(need, None, partial=False):
            return doc
        try:
            resp = self.apis["core"].list_config_map_for_all_namespaces(
                label_selector=INGRESS_NGINX_SELECTOR,
                limit=PAGE,  # one controller ConfigMap per installation: the first page is all
                _preload_content=False,
                _request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            )
            try:
                items = json.loads(resp.data.decode("utf-8")).get("items") or []
            finally:
                resp.release_conn()
        except self.errors as exc:
            self.refused("configmaps", None, exc, partial=False)
            return doc
        self.reads += 1
        listed = Listed(items, items)
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

        reads_before = self.reads
        data = [self.read_namespace(ns, extra) for ns in namespaces]
        nodes = self.list_kind(NODES, None)
        if self.reads == reads_before:
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
