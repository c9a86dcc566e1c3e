"""The Kubernetes collector's API reads (kubernetes.py): list calls, paged and capped, asked first
whether they are allowed (kubernetes_access.py), and the record of every refusal that becomes
access.json."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from wbdiag.bundle import layout
from wbdiag.collect.base import Output
from wbdiag.collect.sources.kubernetes_access import Need, Permissions
from wbdiag.collect.sources.kubernetes_connect import Connection, request_errors, status_message
from wbdiag.collect.sources.kubernetes_objects import Kind, Obj

CONNECT_TIMEOUT = 5.0  # seconds, every request
READ_TIMEOUT = 20.0  # seconds, list calls
PAGE = 250  # items per list page
SCAN_PAGE = 500  # items per page while searching the cluster for W&B
MAX_ITEMS = 3000  # items kept per kind and namespace
MAX_SCAN_ITEMS = 5000  # objects looked at per kind while searching the cluster


@dataclass
class Listed:
    items: list[Obj]  # as served (for discovery, settings and secrets)
    serialised: list[Obj]  # as the typed client serialises them (for the bundle)
    truncated: bool = False


class ApiReader:
    """The API clients of one collection, its list calls and its refusals (shared by the
    collector's steps and its log workers, hence the lock)."""

    def __init__(self, out: Output, conn: Connection) -> None:
        from kubernetes import client

        self.out = out
        self.api = conn.api_client
        self.apis: dict[str, Any] = {
            "core": client.CoreV1Api(self.api),
            "apps": client.AppsV1Api(self.api),
            "batch": client.BatchV1Api(self.api),
            "networking": client.NetworkingV1Api(self.api),
            "custom": client.CustomObjectsApi(self.api),
        }
        self.errors = request_errors()
        self.permissions = Permissions(self.api, self.errors, lambda exc: status_message(exc)[2])
        self.access: list[Obj] = []
        self.reads = 0
        self.last_status: int | None = None  # of the last failed list
        self.lock = threading.Lock()

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

    def _page(
        self, kind: Kind, namespace: str | None, limit: int, cont: str | None, selector: str | None
    ) -> Any:
        kw: dict[str, Any] = {
            "limit": limit,
            "_preload_content": False,
            "_request_timeout": (CONNECT_TIMEOUT, READ_TIMEOUT),
        }
        if cont:
            kw["_continue"] = cont
        if selector:
            kw["label_selector"] = selector
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
        selector: str | None = None,
    ) -> Listed | None:
        """Every object of a kind (paged, capped); None when refused, missing or timed out.
        `scan`: while searching the cluster for W&B (bigger pages, a higher cap). `record`: a
        failure goes to access.json and the notes (else only to `last_status`). `check`: ask
        first whether the list is allowed, and skip it when it is not. `selector`: only objects with
        these labels."""
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
                resp = self._page(kind, namespace, limit, cont, selector)
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
