"""The checks behind the `cross` condition kind: pairs of sources that must agree on W&B's address.

Each check reads two documents of the bundle and returns an Outcome whose message variables name
both sources (`left`, `left_source`, `right`, `right_source`, `detail`) and whose evidence cites
both files. A source that was not collected makes the check *not evaluated* with the collector's
reason; a source that was collected but has nothing to compare (no CORS rules, no ingress host, no
deployment found) passes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from wbdiag.bundle import layout
from wbdiag.hostnames import (
    cors_allows,
    dns_match,
    internal_only,
    is_ip,
    origin,
    url_parts,
)
from wbdiag.rules.conditions.base import EvalContext
from wbdiag.rules.model import Evidence, Outcome


class Check(str, enum.Enum):
    HOST_VS_CERTIFICATE = "host_vs_certificate"
    HOST_VS_CORS_ORIGIN = "host_vs_cors_origin"
    PRESIGNED_HOST_REACHABLE = "presigned_host_reachable"
    INGRESS_HOST_VS_HOST = "ingress_host_vs_host"
    DEPLOYMENT_VS_GIVEN = "deployment_vs_given_settings"
    HOST_SCHEME_VS_STORE = "host_scheme_vs_store"
    WEBSOCKET_PROBE_VS_CONFIG = "websocket_probe_vs_config"


VARIABLES = frozenset({"left", "left_source", "right", "right_source", "detail", "count"})
HOST_SOURCE = f"HOST ({layout.SETTINGS})"
_INGRESSES = "kubernetes/namespaces/*/ingresses.json"
_ROUTES = "kubernetes/namespaces/*/routes.json"


class _Missing(Exception):
    """An input is not in the bundle: the check is not evaluated (the message says why)."""


def _doc(ctx: EvalContext, path: str) -> Any:
    docs = ctx.documents((path,))
    if not docs:
        raise _Missing(ctx.missing_reason((path,)))
    return docs[0][1]


def _get(doc: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def _host(ctx: EvalContext) -> str:
    host = _get(_doc(ctx, layout.SETTINGS), "values", "HOST")
    if not isinstance(host, str) or not host.strip():
        raise _Missing(f"HOST is not set in {layout.SETTINGS}")
    if url_parts(host) is None:
        raise _Missing(f"HOST in {layout.SETTINGS} is not an http(s) URL")
    return host.strip()


def _fired(
    left: str,
    left_source: str,
    right: str,
    right_source: str,
    detail: str,
    evidence: list[Evidence],
) -> Outcome:
    variables = {
        "left": left,
        "left_source": left_source,
        "right": right,
        "right_source": right_source,
        "detail": detail,
        "count": str(len(evidence)),
    }
    return Outcome(fired=True, evidence=tuple(evidence), count=len(evidence), variables=variables)


def _ev(path: str, text: str, subject: str | None = None) -> Evidence:
    return Evidence(path=path, line=None, text=text, subject=subject)


# -- HOST vs the load balancer's certificate ------------------------------------------------------
def host_vs_certificate(ctx: EvalContext) -> Outcome:
    host = _host(ctx)
    scheme, name, _ = url_parts(host) or ("", "", 0)
    if scheme != "https":
        return Outcome(fired=False)  # no certificate to agree with (proxy.no_https says so)
    tls = _doc(ctx, layout.PROBE_TLS)
    cert = tls.get("certificate") if isinstance(tls, dict) else None
    if not isinstance(cert, dict):
        raise _Missing(f"no certificate was fetched ({_get(tls, 'problem') or 'no handshake'})")
    sans = [str(s) for s in cert.get("sans") or []]
    if name in sans or any(dns_match(s, name) for s in sans if not is_ip(s)):
        return Outcome(fired=False)
    names = ", ".join(sans) or "(none: subject CN only, which clients ignore)"
    return _fired(
        host,
        HOST_SOURCE,
        names,
        f"the certificate's names ({layout.PROBE_TLS})",
        f"HOST {host} is not among the names of the certificate the load balancer serves ({names})",
        [
            _ev(layout.SETTINGS, f"values.HOST = {host}"),
            _ev(layout.PROBE_TLS, f"certificate.sans = {names}"),
        ],
    )


# -- HOST vs the bucket's CORS origins ------------------------------------------------------------
def host_vs_cors_origin(ctx: EvalContext) -> Outcome:
    host = _host(ctx)
    want = origin(host) or host
    storage = _doc(ctx, layout.PROBE_STORAGE)
    cors = _get(storage, "cors")
    rules = _get(cors, "rules")
    if _get(cors, "configured") is not True or not isinstance(rules, list) or not rules:
        return Outcome(fired=False)  # no CORS rules at all: storage.cors reports that
    allowed = [str(o) for r in rules if isinstance(r, dict) for o in r.get("AllowedOrigins") or []]
    if any(cors_allows(o, want) for o in allowed):
        return Outcome(fired=False)
    shown = ", ".join(allowed) or "(no AllowedOrigin)"
    return _fired(
        want,
        f"HOST's origin ({layout.SETTINGS})",
        shown,
        f"the bucket's CORS AllowedOrigins ({layout.PROBE_STORAGE})",
        f"browsers at {want} are refused by the bucket, whose CORS rules allow only {shown}",
        [_ev(layout.SETTINGS, f"values.HOST = {host} (origin {want})"),
         _ev(layout.PROBE_STORAGE, f"cors.rules[*].AllowedOrigins = {shown}")],
    )  # fmt: skip


# -- the presigned URL host vs what clients can reach --------------------------------------------
def presigned_host_reachable(ctx: EvalContext) -> Outcome:
    host = _host(ctx)
    _, host_name, _ = url_parts(host) or ("", "", 0)
    storage = _doc(ctx, layout.PROBE_STORAGE)
    endpoint = _get(storage, "endpoint")
    if _get(storage, "provider") != "s3-compatible" or not isinstance(endpoint, str):
        return Outcome(fired=False)  # cloud stores sign URLs for their public endpoints
    store_host = (urlsplit(endpoint).hostname or "").lower()
    why = internal_only(store_host)
    if not store_host or why is None or internal_only(host_name) is not None:
        return Outcome(fired=False)
    return _fired(
        host,
        HOST_SOURCE,
        endpoint,
        f"the presigned URLs' endpoint ({layout.PROBE_STORAGE})",
        f"W&B is served at {host} but signs object-store URLs for {store_host}, {why}: "
        "clients outside that network cannot upload or download files",
        [_ev(layout.SETTINGS, f"values.HOST = {host}"),
         _ev(layout.PROBE_STORAGE, f"endpoint = {endpoint} ({why})")],
    )  # fmt: skip


# -- the ingress / route host vs HOST --------------------------------------------------------------
def ingress_host_vs_host(ctx: EvalContext) -> Outcome:
    host = _host(ctx)
    _, name, _ = url_parts(host) or ("", "", 0)
    ingresses = ctx.documents((_INGRESSES,))
    routes = ctx.documents((_ROUTES,))
    if not ingresses and not routes:
        raise _Missing(ctx.missing_reason((_INGRESSES,)))
    seen: list[tuple[str, str, str]] = []  # (bundle path, object, host)
    for path, doc in ingresses:
        for item in _get(doc, "items") or []:
            obj = f"ingress {_get(item, 'metadata', 'namespace')}/{_get(item, 'metadata', 'name')}"
            for rule in _get(item, "spec", "rules") or []:
                rule_host = rule.get("host") if isinstance(rule, dict) else None
                if not rule_host:
                    return Outcome(fired=False)  # a rule without host serves every name
                seen.append((path, obj, str(rule_host)))
    for path, doc in routes:
        for item in _get(doc, "items") or []:
            obj = f"route {_get(item, 'metadata', 'namespace')}/{_get(item, 'metadata', 'name')}"
            route_host = _get(item, "spec", "host")
            if route_host:
                seen.append((path, obj, str(route_host)))
    if not seen or any(_host_matches(h, name) for _, _, h in seen):
        return Outcome(fired=False)
    shown = "; ".join(f"{obj}: {h}" for _, obj, h in seen)
    return _fired(
        host,
        HOST_SOURCE,
        shown,
        "the ingress and route hosts (kubernetes/namespaces/*/ingresses.json, routes.json)",
        f"HOST {host} is not a host the cluster routes to W&B ({shown})",
        [_ev(layout.SETTINGS, f"values.HOST = {host}")]
        + [_ev(p, f"host = {h}", subject=obj) for p, obj, h in seen],
    )


def _host_matches(pattern: str, name: str) -> bool:
    # Ingress wildcards (`*.example.com`) cover exactly one label, as certificate names do
    return dns_match(pattern, name)


# -- HOST / GORILLA_* in the deployment vs the settings given to collect -------------------------
def _same(key: str, a: str, b: str) -> bool:
    if key == "HOST":
        return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()
    return a.strip() == b.strip()


def deployment_vs_given_settings(ctx: EvalContext) -> Outcome:
    settings = _doc(ctx, layout.SETTINGS)
    discovered = _get(settings, "discovered")
    if not isinstance(discovered, list):
        raise _Missing(f"{layout.SETTINGS} has no 'discovered' list (collected by an older wbdiag)")
    values = _get(settings, "values") or {}
    origin_of = {
        o.get("setting"): o.get("source")
        for o in _get(settings, "origin") or []
        if isinstance(o, dict)
    }
    evidence: list[Evidence] = []
    differences: list[str] = []
    for entry in discovered:
        source = str(_get(entry, "source"))
        for key, inside in sorted((_get(entry, "values") or {}).items()):
            if key != "HOST" and not key.startswith("GORILLA_"):
                continue
            given = values.get(key)
            if not isinstance(given, str) or not isinstance(inside, str):
                continue
            if origin_of.get(key) == source or "[REDACTED" in given or "[REDACTED" in inside:
                continue
            if not _same(key, given, inside):
                differences.append(
                    f"{key}: {inside} in {source}, {given} from {origin_of.get(key)}"
                )
                evidence.append(
                    _ev(layout.SETTINGS, f"discovered[{source}].{key} = {inside}; values.{key} = {given} (from {origin_of.get(key)})")
                )  # fmt: skip
    if not differences:
        return Outcome(fired=False)
    return _fired(
        "; ".join(differences),
        "the deployment's own settings (container or pod env)",
        ", ".join(sorted({str(origin_of.get(d.split(":")[0])) for d in differences})),
        "the settings given to collect",
        "the deployment runs with other values than the ones collect was given: "
        + "; ".join(differences),
        evidence,
    )


# -- scheme: an https HOST with an http object store -----------------------------------------------
def host_scheme_vs_store(ctx: EvalContext) -> Outcome:
    host = _host(ctx)
    scheme, _, _ = url_parts(host) or ("", "", 0)
    storage = _doc(ctx, layout.PROBE_STORAGE)
    endpoint = _get(storage, "endpoint")
    if scheme != "https" or _get(storage, "provider") != "s3-compatible":
        return Outcome(fired=False)
    if _get(storage, "tls") is not False:
        return Outcome(fired=False)
    return _fired(
        host,
        HOST_SOURCE,
        str(endpoint),
        f"the object store endpoint ({layout.PROBE_STORAGE}, BUCKET without ?tls=true)",
        f"W&B is served over https ({host}) but hands out http:// presigned URLs for {endpoint}: "
        "browsers block them as mixed content and the URLs travel unencrypted",
        [_ev(layout.SETTINGS, f"values.HOST = {host}"),
         _ev(layout.PROBE_STORAGE, f"tls = false; endpoint = {endpoint}")],
    )  # fmt: skip


# -- the websocket probe vs the nginx configuration -----------------------------------------------
_CONNECTION_OK = ("upgrade", "$")  # "upgrade", or a variable such as the guide's $proxy_connection


def websocket_problems(effective: dict[str, Any], where: str) -> list[str]:
    """What in the effective configuration stops a websocket upgrade, each citing file:line."""
    problems = []
    version = _get(effective, "proxy_http_version") or {}
    if str(version.get("value")) != "1.1":
        problems.append(
            f"proxy_http_version is {version.get('value')} ({version.get('where')}); "
            "an upgrade needs 1.1"
        )
    headers = _get(effective, "headers") or {}
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
    effective = _get(config, "effective")
    if not isinstance(effective, dict):
        raise _Missing(
            f"no server block chosen in {layout.PROXY_NGINX_SERVER}: {_get(config, 'selection')}"
        )
    where = str(_get(config, "where") or _get(config, "selected", "where"))
    problems = websocket_problems(effective, f"location / ({where})")
    if not problems:
        return Outcome(fired=False)
    probes = ctx.documents((layout.PROBE_PROXY,))
    ws = _get(probes[0][1], "websocket") if probes else None
    result = _get(ws, "result")
    if _get(ws, "ok") is True:
        return Outcome(fired=False)  # a real 101 went through: the configuration read is stale
    if ws is None:
        probe = "the live probe did not run"
    elif result == "inconclusive":
        probe = f"the live probe was inconclusive ({_get(ws, 'reason')})"
    else:
        probe = f"the live probe gave {result} ({_get(ws, 'reason') or _get(ws, 'error')})"
    config_text = "; ".join(problems)
    evidence = [_ev(layout.PROXY_NGINX_SERVER, p) for p in problems]
    if probes:
        evidence.insert(
            0, _ev(layout.PROBE_PROXY, f"websocket.result = {result}; websocket.status = {_get(ws, 'status')}")
        )  # fmt: skip
    return _fired(
        str(result or "not run"),
        f"the live websocket probe ({layout.PROBE_PROXY})",
        config_text,
        f"the nginx configuration ({layout.PROXY_NGINX_SERVER})",
        f"{probe}; the nginx configuration decides: {config_text}",
        evidence,
    )


_CHECKS: dict[Check, Callable[[EvalContext], Outcome]] = {
    Check.HOST_VS_CERTIFICATE: host_vs_certificate,
    Check.HOST_VS_CORS_ORIGIN: host_vs_cors_origin,
    Check.PRESIGNED_HOST_REACHABLE: presigned_host_reachable,
    Check.INGRESS_HOST_VS_HOST: ingress_host_vs_host,
    Check.DEPLOYMENT_VS_GIVEN: deployment_vs_given_settings,
    Check.HOST_SCHEME_VS_STORE: host_scheme_vs_store,
    Check.WEBSOCKET_PROBE_VS_CONFIG: websocket_probe_vs_config,
}


_SETTINGS_AND_STORAGE = (layout.SETTINGS, layout.PROBE_STORAGE)
DOCUMENTS: dict[Check, tuple[str, ...]] = {
    Check.HOST_VS_CERTIFICATE: (layout.SETTINGS, layout.PROBE_TLS),
    Check.HOST_VS_CORS_ORIGIN: _SETTINGS_AND_STORAGE,
    Check.PRESIGNED_HOST_REACHABLE: _SETTINGS_AND_STORAGE,
    Check.INGRESS_HOST_VS_HOST: (layout.SETTINGS, _INGRESSES, _ROUTES),
    Check.DEPLOYMENT_VS_GIVEN: (layout.SETTINGS,),
    Check.HOST_SCHEME_VS_STORE: _SETTINGS_AND_STORAGE,
    Check.WEBSOCKET_PROBE_VS_CONFIG: (layout.PROBE_PROXY, layout.PROXY_NGINX_SERVER),
}


def run(check: Check, ctx: EvalContext) -> Outcome:
    try:
        return _CHECKS[check](ctx)
    except _Missing as exc:
        return Outcome.not_evaluated(str(exc))
