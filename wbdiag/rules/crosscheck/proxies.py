"""Checks across the load balancer's sources: the live websocket probe against the nginx
configuration, and a W&B Ingress without a body-size annotation against the ingress-nginx
controller's ConfigMap (and W&B's own nginx behind it)."""

from __future__ import annotations

from typing import Any

from wbdiag.bundle import layout
from wbdiag.rules import compare
from wbdiag.rules.conditions.base import EvalContext
from wbdiag.rules.crosscheck.base import (
    CONFIGMAPS,
    INGRESSES,
    Missing,
    doc,
    ev,
    fired,
    get,
)
from wbdiag.rules.model import Evidence, Outcome

# -- the websocket probe vs the nginx configuration -----------------------------------------------
_CONNECTION_OK = ("upgrade", "$")  # "upgrade", or a variable such as the guide's $proxy_connection


def websocket_problems(effective: dict[str, Any], where: str) -> list[str]:
    """What in the effective configuration stops a websocket upgrade, each citing file:line."""
    problems = []
    version = get(effective, "proxy_http_version") or {}
    if str(version.get("value")) != "1.1":
        problems.append(
            f"proxy_http_version is {version.get('value')} ({version.get('where')}); "
            "an upgrade needs 1.1"
        )
    headers = get(effective, "headers") or {}
    upgrade = headers.get("upgrade")
    if not upgrade or "$http_upgrade" not in str(upgrade.get("value")).lower():
        shown = (
            f"is {upgrade['value']} ({upgrade['where']})" if upgrade else f"is not set for {where}"
        )
        problems.append(f"proxy_set_header Upgrade {shown}; it must pass $http_upgrade")
    connection = headers.get("connection")
    value = str(connection.get("value")).lower() if connection else ""
    if not connection or not any(m in value for m in _CONNECTION_OK):
        shown = (
            f"is {connection['value']} ({connection['where']})"
            if connection
            else f"is not set for {where} (nginx sends Connection: close)"
        )
        problems.append(f"proxy_set_header Connection {shown}; it must be upgrade")
    return problems


def websocket_probe_vs_config(ctx: EvalContext) -> Outcome:
    config_docs = ctx.documents((layout.PROXY_NGINX_SERVER,))
    if not config_docs:
        return Outcome(fired=False)  # no configuration given: the live probe alone decides
    config = config_docs[0][1]
    effective = get(config, "effective")
    if not isinstance(effective, dict):
        raise Missing(
            f"no server block chosen in {layout.PROXY_NGINX_SERVER}: {get(config, 'selection')}"
        )
    where = str(get(config, "where") or get(config, "selected", "where"))
    problems = websocket_problems(effective, f"location / ({where})")
    if not problems:
        return Outcome(fired=False)
    probes = ctx.documents((layout.PROBE_PROXY,))
    ws = get(probes[0][1], "websocket") if probes else None
    result = get(ws, "result")
    if get(ws, "ok") is True:
        return Outcome(fired=False)  # a real 101 went through: the configuration read is stale
    if ws is None:
        probe = "the live probe did not run"
    elif result == "inconclusive":
        probe = f"the live probe was inconclusive ({get(ws, 'reason')})"
    else:
        probe = f"the live probe gave {result} ({get(ws, 'reason') or get(ws, 'error')})"
    config_text = "; ".join(problems)
    evidence = [ev(layout.PROXY_NGINX_SERVER, p) for p in problems]
    if probes:
        evidence.insert(
            0, ev(layout.PROBE_PROXY, f"websocket.result = {result}; websocket.status = {get(ws, 'status')}")
        )  # fmt: skip
    return fired(
        str(result or "not run"),
        f"the live websocket probe ({layout.PROBE_PROXY})",
        config_text,
        f"the nginx configuration ({layout.PROXY_NGINX_SERVER})",
        f"{probe}; the nginx configuration decides: {config_text}",
        evidence,
    )


# -- an Ingress without a body-size annotation vs the ingress-nginx controller's ConfigMap --------
BODY_ANNOTATION = "nginx.ingress.kubernetes.io/proxy-body-size"
CLASS_ANNOTATION = "kubernetes.io/ingress.class"
DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class"
INGRESS_NGINX = "k8s.io/ingress-nginx"
INGRESS_NGINX_DEFAULT_BODY = "1m"
W_AND_B_NEEDS = 10 * 1024 * 1024


def _ingress_nginx_classes(controller: Any) -> tuple[set[str], bool] | None:
    """(names of the ingress-nginx IngressClasses, whether one is the default); None unknown."""
    classes = get(controller, "ingressclasses")
    if not isinstance(classes, list):
        return None
    names, default = set(), False
    for c in classes:
        if get(c, "spec", "controller") == INGRESS_NGINX:
            names.add(str(get(c, "metadata", "name")))
            annotations = get(c, "metadata", "annotations") or {}
            default = default or annotations.get(DEFAULT_CLASS) == "true"
    return names, default


def _chart_nginx_limit(ctx: EvalContext) -> str | None:
    """`client_max_body_size` of W&B's own nginx (the chart's `<release>-nginx-configmap`)."""
    try:
        import crossplane  # the analyzer needs it only for this ConfigMap
    except ImportError:  # analysis goes on; the finding just does not mention W&B's nginx
        return None

    for _, listing in ctx.documents((CONFIGMAPS,)):
        for item in get(listing, "items") or []:
            name = str(get(item, "metadata", "name") or "")
            text = get(item, "data", "nginx.conf")
            if not name.endswith("-nginx-configmap") or not isinstance(text, str):
                continue
            payload = crossplane.parse_string(text, filename=name, single=True, check_ctx=False)
            stack = list(payload["config"][0]["parsed"]) if payload["config"] else []
            while stack:
                stmt = stack.pop()
                if stmt.get("directive") == "client_max_body_size" and stmt.get("args"):
                    return f"{stmt['args'][0]} (ConfigMap {name}, line {stmt['line']})"
                stack.extend(stmt.get("block") or [])
    return None


def ingress_default_body_size(ctx: EvalContext) -> Outcome:
    ingresses = ctx.documents((INGRESSES,))
    if not ingresses:
        raise Missing(ctx.missing_reason((INGRESSES,)))
    controller = doc(ctx, layout.K8S_INGRESS_CONTROLLER)
    known = _ingress_nginx_classes(controller)
    configmaps = get(controller, "configmaps")
    if known is None or not isinstance(configmaps, list):
        raise Missing(
            f"the IngressClasses or the ingress-nginx ConfigMap could not be read "
            f"({layout.K8S_INGRESS_CONTROLLER}; see kubernetes/access.json)"
        )
    nginx_classes, nginx_default = known
    limit, limit_source = (
        INGRESS_NGINX_DEFAULT_BODY,
        "ingress-nginx's default: its ConfigMap sets no proxy-body-size",
    )
    for cm in configmaps:
        value = get(cm, "data", "proxy-body-size")
        if value:
            cm_name = f"{get(cm, 'metadata', 'namespace')}/{get(cm, 'metadata', 'name')}"
            limit, limit_source = str(value), f"ConfigMap {cm_name} proxy-body-size"
    try:
        size = compare.as_size(limit)
    except compare.Incomparable:
        return Outcome(fired=False)
    if size == 0 or size >= W_AND_B_NEEDS:
        return Outcome(fired=False)
    evidence: list[Evidence] = []
    names: list[str] = []
    for path, listing in ingresses:
        for item in get(listing, "items") or []:
            annotations = get(item, "metadata", "annotations") or {}
            if BODY_ANNOTATION in annotations:
                continue  # its own limit: kubernetes.ingress_body_size judges it
            cls = get(item, "spec", "ingressClassName") or annotations.get(CLASS_ANNOTATION)
            if not (cls in nginx_classes or (cls is None and nginx_default)):
                continue
            obj = f"ingress {get(item, 'metadata', 'namespace')}/{get(item, 'metadata', 'name')}"
            names.append(obj)
            evidence.append(
                ev(path, f"no {BODY_ANNOTATION} annotation (class {cls or 'default'})", obj)
            )
    if not names:
        return Outcome(fired=False)
    evidence.append(
        ev(layout.K8S_INGRESS_CONTROLLER, f"proxy-body-size = {limit} ({limit_source})")
    )
    inner = _chart_nginx_limit(ctx)
    behind = f"; W&B's own nginx behind it allows client_max_body_size {inner}" if inner else ""
    return fired(
        ", ".join(names),
        "the W&B Ingress without a proxy-body-size annotation",
        f"{limit} ({limit_source})",
        f"the ingress-nginx controller ({layout.K8S_INGRESS_CONTROLLER})",
        f"{', '.join(names)} sets no {BODY_ANNOTATION}, so ingress-nginx applies {limit} "
        f"({limit_source}): requests above it get 413 before reaching W&B{behind}",
        evidence,
    )
