"""The fake Kubernetes API server proper, transport-independent: one request routed through
authentication, RBAC (SelfSubjectAccessReviews and SelfSubjectRulesReviews too), discovery,
reads of collections and objects, and pod logs by the kubelet's rules (fake_k8s.py has the
endpoints and serves it over HTTP)."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Mapping
from urllib.parse import unquote

from tests.servers.common import LOOPBACK
from tests.servers.fake_k8s_placeholders import b64url, parse_rfc3339, rfc3339_nano
from tests.servers.fake_k8s_requests import (
    ApiError,
    Request,
    RequestRecord,
    Response,
    bad_request,
    decode_continue,
    encode_continue,
    int_param,
    json_response,
    method_not_allowed,
    not_found,
    not_found_object,
    parse_field_selector,
    parse_label_selector,
    truthy,
)
from tests.servers.fake_k8s_resources import BY_PATH, Obj, ResourceType
from tests.servers.fake_k8s_scenarios import Scenario, digest, storage_key
from tests.servers.fake_k8s_users import (
    ADMIN_USER,
    ANONYMOUS_USER,
    PUBLIC_PATHS,
    RESTRICTED_DENIED,
    RESTRICTED_USER,
)
from tests.servers.fake_rbac import Policy


class FakeApiServer:
    """Routes one request: authentication, RBAC, discovery, reads, pod logs, Status errors."""

    def __init__(
        self,
        scenarios: Mapping[str, Scenario],
        tokens: Mapping[str, str],
        policies: Mapping[str, Policy] | None = None,
    ) -> None:
        self.scenarios = scenarios
        self.tokens = tokens  # token -> user
        self.policies = dict(policies or {})  # user -> RBAC bound by the manifests
        self.records: list[RequestRecord] = []
        self._lock = threading.Lock()

    # -- entry point ------------------------------------------------------------------------

    def handle(self, req: Request) -> Response:
        m = re.fullmatch(r"/s/([^/]+)(/.*)?", req.path)
        scenario = self.scenarios.get(m.group(1)) if m else None
        sub = (m.group(2) if m else None) or "/"
        user = ANONYMOUS_USER
        try:
            user = self._authenticate(req.headers)
            if scenario is None:
                raise not_found()
            resp = self._route(scenario, user, req, sub)
        except ApiError as err:
            resp = json_response(err.code, err.status())
        with self._lock:
            self.records.append(
                RequestRecord(
                    scenario=scenario.name if scenario else "",
                    user=user,
                    method=req.method,
                    path=sub,
                    query=dict(req.query),
                    code=resp.code,
                    access=req.access,
                )
            )
        return resp

    def _authenticate(self, headers: Mapping[str, str]) -> str:
        auth = headers.get("authorization", "")
        if not auth:
            return ANONYMOUS_USER
        scheme, _, token = auth.partition(" ")
        user = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise ApiError(401, "Unauthorized", "Unauthorized")
        return user

    def _route(self, sc: Scenario, user: str, req: Request, sub: str) -> Response:
        sub = sub.rstrip("/") or "/"
        if sub in PUBLIC_PATHS:
            if sub == "/version":
                return json_response(200, sc.version)
            return Response(200, b"ok", "text/plain; charset=utf-8")
        if user == ANONYMOUS_USER:
            raise ApiError(
                403,
                "Forbidden",
                f'forbidden: User "{ANONYMOUS_USER}" cannot get path "{sub}"',
                {},
            )
        if sub == "/":
            paths = ["/api", "/api/v1", "/apis", *(f"/apis/{g}" for g in self._groups(sc))]
            paths += [f"/apis/{g}/{v}" for g, vs in self._groups(sc).items() for v in vs]
            return json_response(200, {"paths": sorted([*paths, *PUBLIC_PATHS])})
        if sub == "/api":
            return json_response(200, self._api_versions())
        if sub == "/apis":
            return json_response(200, self._group_list(sc))
        if m := re.fullmatch(r"/api/v1(/.*)?", sub):
            group, version, rest = "", "v1", m.group(1) or ""
        elif m := re.fullmatch(r"/apis/([^/]+)(?:/([^/]+)(/.*)?)?", sub):
            group, version, rest = m.group(1), m.group(2), m.group(3) or ""
            if not sc.serves_group(group) or group not in self._groups(sc):
                raise not_found()
            if version is None:
                return json_response(200, self._group(sc, group))
        else:
            raise not_found()
        types = [rt for rt in sc.served_types() if (rt.group, rt.version) == (group, version)]
        if not types:
            raise not_found()
        if not rest:
            return json_response(200, self._resource_list(group, version, types))
        return self._resource(sc, user, req, group, version, rest)

    # -- discovery ---------------------------------------------------------------------------

    def _api_versions(self) -> Obj:
        return {
            "kind": "APIVersions",
            "versions": ["v1"],
            "serverAddressByClientCIDRs": [
                {"clientCIDR": "0.0.0.0/0", "serverAddress": f"{LOOPBACK}:6443"}
            ],
        }

    def _groups(self, sc: Scenario) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for rt in sc.served_types():
            if rt.group:
                versions = groups.setdefault(rt.group, [])
                if rt.version not in versions:
                    versions.append(rt.version)
        return groups

    def _group(self, sc: Scenario, group: str) -> Obj:
        versions = self._groups(sc)[group]
        gvs = [{"groupVersion": f"{group}/{v}", "version": v} for v in versions]
        return {
            "kind": "APIGroup",
            "apiVersion": "v1",
            "name": group,
            "versions": gvs,
            "preferredVersion": gvs[0],
        }

    def _group_list(self, sc: Scenario) -> Obj:
        groups = []
        for name in self._groups(sc):
            g = self._group(sc, name)
            del g["kind"], g["apiVersion"]
            groups.append(g)
        return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}

    def _resource_list(self, group: str, version: str, types: list[ResourceType]) -> Obj:
        resources: list[Obj] = []
        for rt in types:
            entry: Obj = {
                "name": rt.plural,
                "singularName": rt.singular,
                "namespaced": rt.namespaced,
                "kind": rt.kind,
                "verbs": list(rt.verbs),
            }
            if rt.short_names:
                entry["shortNames"] = list(rt.short_names)
            if rt.categories:
                entry["categories"] = list(rt.categories)
            if not rt.custom:
                entry["storageVersionHash"] = b64url(digest(rt.group, rt.plural).encode())[:11]
            resources.append(entry)
            for sub, verbs in rt.subresources:
                resources.append(
                    {
                        "name": f"{rt.plural}/{sub}",
                        "singularName": "",
                        "namespaced": rt.namespaced,
                        "kind": "Scale" if sub == "scale" else rt.kind,
                        "verbs": list(verbs),
                    }
                )
        return {
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": f"{group}/{version}" if group else version,
            "resources": resources,
        }

    # -- resources ---------------------------------------------------------------------------

    def _resource(
        self, sc: Scenario, user: str, req: Request, group: str, version: str, rest: str
    ) -> Response:
        segs = [unquote(s) for s in rest.strip("/").split("/")]
        namespace: str | None = None
        if (
            len(segs) >= 3
            and segs[0] == "namespaces"
            and (rt_ns := BY_PATH.get((group, version, segs[2])))
            and rt_ns.namespaced
        ):
            namespace, segs = segs[1], segs[2:]
        if len(segs) > 3:
            raise not_found()
        rt = BY_PATH.get((group, version, segs[0]))
        if rt is None or not sc.serves_group(rt.group):
            raise not_found()
        name = segs[1] if len(segs) > 1 else None
        subresource = segs[2] if len(segs) > 2 else None
        if rt.namespaced and namespace is None and name is not None:
            raise not_found()
        if rt.plural in ("selfsubjectaccessreviews", "selfsubjectrulesreviews"):
            if req.method != "POST" or name is not None:
                raise method_not_allowed()
            req.access = ("create", rt.group, rt.plural, None)
            if rt.plural == "selfsubjectrulesreviews":
                return self._rules_review(sc, user, req)
            return self._access_review(user, req)
        if req.method != "GET":
            raise method_not_allowed()
        if truthy(req.query.get("watch")):
            raise bad_request("watch is not supported by the fake API server")
        verb = "list" if name is None else "get"
        resource = f"{rt.plural}/{subresource}" if subresource else rt.plural
        req.access = (verb, rt.group, resource, namespace)
        self._authorize(user, verb, rt.group, resource, namespace, name)
        if name is None:
            return json_response(200, self._list(sc, rt, namespace, req.query))
        obj = sc.get(rt, namespace, name)
        if obj is None:
            raise not_found_object(rt, name)
        if subresource is None or subresource == "status":
            return json_response(200, obj)
        if rt.plural == "pods" and subresource == "log":
            return self._pod_log(sc, obj, req.query)
        raise not_found()

    def _authorize(
        self,
        user: str,
        verb: str,
        group: str,
        resource: str,
        namespace: str | None,
        name: str | None,
    ) -> None:
        if self._allowed(user, verb, group, resource, namespace, name):
            return
        plural = resource.split("/", 1)[0]
        scope = f'in the namespace "{namespace}"' if namespace else "at the cluster scope"
        what = f'{plural} "{name}"' if name else plural
        details: Obj = {"name": name} if name else {}
        if group:
            details["group"] = group
        details["kind"] = plural
        raise ApiError(
            403,
            "Forbidden",
            f'{what} is forbidden: User "{user}" cannot {verb} resource "{resource}" '
            f'in API group "{group}" {scope}',
            details,
        )

    def _allowed(
        self,
        user: str,
        verb: str,
        group: str,
        resource: str,
        namespace: str | None,
        name: str | None = None,
    ) -> bool:
        if user == ADMIN_USER:
            return True
        if user in self.policies:
            return self.policies[user].allows(verb, group, resource, namespace, name)
        if user == RESTRICTED_USER:
            return (group, resource) not in RESTRICTED_DENIED
        return False

    def _access_review(self, user: str, req: Request) -> Response:
        try:
            review = json.loads(req.body or b"{}")
            attrs = review["spec"]["resourceAttributes"]
        except (ValueError, KeyError, TypeError) as exc:
            raise bad_request(f"invalid SelfSubjectAccessReview: {exc}") from exc
        resource = attrs.get("resource", "")
        if attrs.get("subresource"):
            resource = f"{resource}/{attrs['subresource']}"
        allowed = self._allowed(
            user,
            attrs.get("verb", ""),
            attrs.get("group", ""),
            resource,
            attrs.get("namespace") or None,
            attrs.get("name") or None,
        )
        status: Obj = {"allowed": allowed}
        if allowed:
            status["reason"] = (
                'RBAC: allowed by ClusterRoleBinding "wbdiag-admin" of ClusterRole '
                f'"cluster-admin" to ServiceAccount "{user.rsplit(":", 1)[-1]}/kube-system"'
                if user == ADMIN_USER
                else 'RBAC: allowed by RoleBinding "wbdiag/wandb" of Role "wbdiag/wandb" '
                f'to ServiceAccount "{user.rsplit(":", 1)[-1]}/wandb"'
            )
        else:
            status["reason"] = ""
        body = {
            "kind": "SelfSubjectAccessReview",
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": None},
            "spec": review["spec"],
            "status": status,
        }
        return json_response(201, body)

    def _rules_review(self, sc: Scenario, user: str, req: Request) -> Response:
        """SelfSubjectRulesReview: the resource rules that apply to the user in a namespace."""
        try:
            review = json.loads(req.body or b"{}")
            namespace = review["spec"]["namespace"]
        except (ValueError, KeyError, TypeError) as exc:
            raise bad_request(f"invalid SelfSubjectRulesReview: {exc}") from exc
        if not namespace:
            raise bad_request("no namespace on request")
        if user == ADMIN_USER:
            rules: list[Obj] = [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}]
        elif user in self.policies:
            rules = self.policies[user].rules_in(namespace)
        else:  # the restricted user: read access to every served type but the denied ones
            rules = [
                {
                    "verbs": ["create"],
                    "apiGroups": ["authorization.k8s.io"],
                    "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
                }
            ]
            for rt in sc.served_types():
                for res in [rt.plural, *(f"{rt.plural}/{sub}" for sub, _ in rt.subresources)]:
                    if (rt.group, res) not in RESTRICTED_DENIED:
                        rules.append({"verbs": ["get", "list", "watch"], "apiGroups": [rt.group],
                                      "resources": [res]})  # fmt: skip
        body = {
            "kind": "SelfSubjectRulesReview",
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": None},
            "spec": review["spec"],
            "status": {"resourceRules": rules, "nonResourceRules": [], "incomplete": False},
        }
        return json_response(201, body)

    def _list(
        self, sc: Scenario, rt: ResourceType, namespace: str | None, q: Mapping[str, str]
    ) -> Obj:
        items = sc.items(rt, namespace)
        label_reqs = parse_label_selector(q.get("labelSelector", ""))
        field_reqs = parse_field_selector(q.get("fieldSelector", ""), rt)
        if label_reqs or field_reqs:
            items = [
                o
                for o in items
                if all(r.matches(o["metadata"].get("labels") or {}) for r in label_reqs)
                and all(r.matches(o) for r in field_reqs)
            ]
        try:
            limit = int(q.get("limit") or 0)
        except ValueError as exc:
            raise bad_request(f"limit: invalid value {q.get('limit')!r}") from exc
        if q.get("continue"):
            start = decode_continue(q["continue"])
            items = [o for o in items if storage_key(o) > start]
        meta: Obj = {"resourceVersion": str(sc.resource_version)}
        if 0 < limit < len(items):
            meta["continue"] = encode_continue(sc.resource_version, storage_key(items[limit - 1]))
            if not label_reqs and not field_reqs:
                meta["remainingItemCount"] = len(items) - limit
            items = items[:limit]
        if not rt.custom:
            items = [{k: v for k, v in o.items() if k not in ("kind", "apiVersion")} for o in items]
        return {
            "kind": rt.list_kind,
            "apiVersion": rt.group_version,
            "metadata": meta,
            "items": items,
        }

    # -- pod logs ----------------------------------------------------------------------------

    def _pod_log(self, sc: Scenario, pod: Obj, q: Mapping[str, str]) -> Response:
        name = pod["metadata"]["name"]
        ns = pod["metadata"]["namespace"]
        spec = pod.get("spec", {})
        containers = [c["name"] for c in spec.get("containers") or []]
        inits = [c["name"] for c in spec.get("initContainers") or []]
        container = q.get("container", "")
        if not container:
            if len(containers) == 1:
                container = containers[0]
            elif not containers:
                raise bad_request(f"a container name must be specified for pod {name}")
            else:
                msg = (
                    f"a container name must be specified for pod {name}, "
                    f"choose one of: [{' '.join(containers)}]"
                )
                if inits:
                    msg += f" or one of the init containers: [{' '.join(inits)}]"
                raise bad_request(msg)
        elif container not in containers and container not in inits:
            raise bad_request(f"container {container} is not valid for pod {name}")
        tail = int_param(q, "tailLines", minimum=0)
        limit_bytes = int_param(q, "limitBytes", minimum=1)
        since_seconds = int_param(q, "sinceSeconds", minimum=1)
        previous = truthy(q.get("previous"))
        if not spec.get("nodeName"):
            return Response(200, b"", "text/plain")  # not scheduled: the apiserver has no kubelet

        status = pod.get("status", {})
        statuses = (status.get("initContainerStatuses") or []) + (
            status.get("containerStatuses") or []
        )
        cs = next((s for s in statuses if s.get("name") == container), None)
        state = (cs or {}).get("state") or {}
        last = (cs or {}).get("lastState") or {}
        if previous:
            if "terminated" not in last:
                raise bad_request(
                    f'previous terminated container "{container}" in pod "{name}" not found'
                )
            lines = sc.logs.get((ns, name, container, True), [])
        elif "running" in state or "terminated" in state:
            lines = sc.logs.get((ns, name, container, False), [])
        elif "terminated" in last:
            lines = sc.logs.get((ns, name, container, True), [])
        else:
            reason = (state.get("waiting") or {}).get("reason") or "ContainerCreating"
            detail = {
                "ErrImagePull": "image can't be pulled",
                "ImagePullBackOff": "trying and failing to pull image",
            }.get(reason, reason)
            raise bad_request(
                f'container "{container}" in pod "{name}" is waiting to start: {detail}'
            )

        if since_seconds is not None:
            cutoff = time.time_ns() - since_seconds * 1_000_000_000
            lines = [ln for ln in lines if ln[0] >= cutoff]
        if q.get("sinceTime"):
            try:
                cutoff = int(parse_rfc3339(q["sinceTime"]).timestamp() * 1e9)
            except ValueError as exc:
                raise bad_request(f"sinceTime: {exc}") from exc
            lines = [ln for ln in lines if ln[0] >= cutoff]
        if tail is not None:
            lines = lines[-tail:] if tail else []
        stamps = truthy(q.get("timestamps"))
        body = "".join(
            (f"{rfc3339_nano(ts)} {text}\n" if stamps else f"{text}\n") for ts, text in lines
        ).encode()
        if limit_bytes is not None:
            body = body[:limit_bytes]
        return Response(200, body, "text/plain")
