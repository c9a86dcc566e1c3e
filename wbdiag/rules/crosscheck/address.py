"""Checks of HOST against the other sources that name W&B's address: the certificate, the
bucket's CORS origins and endpoint, the ingress and route hosts, the deployment's own settings."""

from __future__ import annotations

from urllib.parse import urlsplit

from wbdiag.bundle import layout
from wbdiag.hostnames import cors_allows, dns_match, internal_only, is_ip, origin, url_parts
from wbdiag.rules.conditions.base import EvalContext
from wbdiag.rules.crosscheck.base import (
    HOST_SOURCE,
    INGRESSES,
    ROUTES,
    Missing,
    doc,
    ev,
    fired,
    get,
    host_setting,
)
from wbdiag.rules.model import Evidence, Outcome


# -- HOST vs the load balancer's certificate ------------------------------------------------------
def host_vs_certificate(ctx: EvalContext) -> Outcome:
    host = host_setting(ctx)
    scheme, name, _ = url_parts(host) or ("", "", 0)
    if scheme != "https":
        return Outcome(fired=False)  # no certificate to agree with (proxy.no_https says so)
    tls = doc(ctx, layout.PROBE_TLS)
    cert = tls.get("certificate") if isinstance(tls, dict) else None
    if not isinstance(cert, dict):
        raise Missing(f"no certificate was fetched ({get(tls, 'problem') or 'no handshake'})")
    sans = [str(s) for s in cert.get("sans") or []]
    if name in sans or any(dns_match(s, name) for s in sans if not is_ip(s)):
        return Outcome(fired=False)
    names = ", ".join(sans) or "(none: subject CN only, which clients ignore)"
    return fired(
        host,
        HOST_SOURCE,
        names,
        f"the certificate's names ({layout.PROBE_TLS})",
        f"HOST {host} is not among the names of the certificate the load balancer serves ({names})",
        [
            ev(layout.SETTINGS, f"values.HOST = {host}"),
            ev(layout.PROBE_TLS, f"certificate.sans = {names}"),
        ],
    )


def files_proxied(ctx: EvalContext) -> bool:
    """GORILLA_FILE_STORE_IS_PROXIED: clients fetch files through W&B, never from the store, so
    the store's address, scheme and CORS rules do not reach them."""
    value = get(doc(ctx, layout.SETTINGS), "values", "GORILLA_FILE_STORE_IS_PROXIED")
    return isinstance(value, str) and value.strip().lower() in ("true", "1", "yes")


# -- HOST vs the bucket's CORS origins ------------------------------------------------------------
def host_vs_cors_origin(ctx: EvalContext) -> Outcome:
    host = host_setting(ctx)
    if files_proxied(ctx):
        return Outcome(fired=False)
    want = origin(host) or host
    storage = doc(ctx, layout.PROBE_STORAGE)
    cors = get(storage, "cors")
    rules = get(cors, "rules")
    if get(cors, "configured") is not True or not isinstance(rules, list) or not rules:
        return Outcome(fired=False)  # no CORS rules at all: storage.cors reports that
    allowed = [str(o) for r in rules if isinstance(r, dict) for o in r.get("AllowedOrigins") or []]
    if any(cors_allows(o, want) for o in allowed):
        return Outcome(fired=False)
    shown = ", ".join(allowed) or "(no AllowedOrigin)"
    return fired(
        want,
        f"HOST's origin ({layout.SETTINGS})",
        shown,
        f"the bucket's CORS AllowedOrigins ({layout.PROBE_STORAGE})",
        f"browsers at {want} are refused by the bucket, whose CORS rules allow only {shown}",
        [ev(layout.SETTINGS, f"values.HOST = {host} (origin {want})"),
         ev(layout.PROBE_STORAGE, f"cors.rules[*].AllowedOrigins = {shown}")],
    )  # fmt: skip


# -- the presigned URL host vs what clients can reach --------------------------------------------
def presigned_host_reachable(ctx: EvalContext) -> Outcome:
    host = host_setting(ctx)
    if files_proxied(ctx):
        return Outcome(fired=False)
    _, host_name, _ = url_parts(host) or ("", "", 0)
    storage = doc(ctx, layout.PROBE_STORAGE)
    endpoint = get(storage, "endpoint")
    if get(storage, "provider") != "s3-compatible" or not isinstance(endpoint, str):
        return Outcome(fired=False)  # cloud stores sign URLs for their public endpoints
    store_host = (urlsplit(endpoint).hostname or "").lower()
    why = internal_only(store_host)
    if not store_host or why is None or internal_only(host_name) is not None:
        return Outcome(fired=False)
    return fired(
        host,
        HOST_SOURCE,
        endpoint,
        f"the presigned URLs' endpoint ({layout.PROBE_STORAGE})",
        f"W&B is served at {host} but signs object-store URLs for {store_host}, {why}: "
        "clients outside that network cannot upload or download files",
        [ev(layout.SETTINGS, f"values.HOST = {host}"),
         ev(layout.PROBE_STORAGE, f"endpoint = {endpoint} ({why})")],
    )  # fmt: skip


# -- the ingress / route host vs HOST --------------------------------------------------------------
def ingress_host_vs_host(ctx: EvalContext) -> Outcome:
    host = host_setting(ctx)
    _, name, _ = url_parts(host) or ("", "", 0)
    ingresses = ctx.documents((INGRESSES,))
    routes = ctx.documents((ROUTES,))
    if not ingresses and not routes:
        raise Missing(ctx.missing_reason((INGRESSES,)))
    seen: list[tuple[str, str, str]] = []  # (bundle path, object, host)
    for path, listing in ingresses:
        for item in get(listing, "items") or []:
            obj = f"ingress {get(item, 'metadata', 'namespace')}/{get(item, 'metadata', 'name')}"
            for rule in get(item, "spec", "rules") or []:
                rule_host = rule.get("host") if isinstance(rule, dict) else None
                if not rule_host:
                    return Outcome(fired=False)  # a rule without host serves every name
                seen.append((path, obj, str(rule_host)))
    for path, listing in routes:
        for item in get(listing, "items") or []:
            obj = f"route {get(item, 'metadata', 'namespace')}/{get(item, 'metadata', 'name')}"
            route_host = get(item, "spec", "host")
            if route_host:
                seen.append((path, obj, str(route_host)))
    if not seen or any(_host_matches(h, name) for _, _, h in seen):
        return Outcome(fired=False)
    shown = "; ".join(f"{obj}: {h}" for _, obj, h in seen)
    return fired(
        host,
        HOST_SOURCE,
        shown,
        "the ingress and route hosts (kubernetes/namespaces/*/ingresses.json, routes.json)",
        f"HOST {host} is not a host the cluster routes to W&B ({shown})",
        [ev(layout.SETTINGS, f"values.HOST = {host}")]
        + [ev(p, f"host = {h}", subject=obj) for p, obj, h in seen],
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
    settings = doc(ctx, layout.SETTINGS)
    discovered = get(settings, "discovered")
    if not isinstance(discovered, list):
        raise Missing(f"{layout.SETTINGS} has no 'discovered' list (collected by an older wbdiag)")
    values = get(settings, "values") or {}
    origin_of = {
        o.get("setting"): o.get("source")
        for o in get(settings, "origin") or []
        if isinstance(o, dict)
    }
    evidence: list[Evidence] = []
    differences: list[str] = []
    for entry in discovered:
        source = str(get(entry, "source"))
        for key, inside in sorted((get(entry, "values") or {}).items()):
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
                    ev(layout.SETTINGS, f"discovered[{source}].{key} = {inside}; values.{key} = {given} (from {origin_of.get(key)})")
                )  # fmt: skip
    if not differences:
        return Outcome(fired=False)
    return fired(
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
    host = host_setting(ctx)
    if files_proxied(ctx):
        return Outcome(fired=False)
    scheme, _, _ = url_parts(host) or ("", "", 0)
    storage = doc(ctx, layout.PROBE_STORAGE)
    endpoint = get(storage, "endpoint")
    if scheme != "https" or get(storage, "provider") != "s3-compatible":
        return Outcome(fired=False)
    if get(storage, "tls") is not False:
        return Outcome(fired=False)
    return fired(
        host,
        HOST_SOURCE,
        str(endpoint),
        f"the object store endpoint ({layout.PROBE_STORAGE}, BUCKET without ?tls=true)",
        f"W&B is served over https ({host}) but hands out http:// presigned URLs for {endpoint}: "
        "browsers block them as mixed content and the URLs travel unencrypted",
        [ev(layout.SETTINGS, f"values.HOST = {host}"),
         ev(layout.PROBE_STORAGE, f"tls = false; endpoint = {endpoint}")],
    )  # fmt: skip
