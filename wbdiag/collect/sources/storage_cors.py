"""CORS as a browser on the W&B origin meets it: the bucket's rules (S3 AllowedOrigin semantics) and
the store's answers to real preflights, each turned into problem sentences for probes/storage.json."""

from __future__ import annotations

import re
from typing import Any, Protocol
from urllib.parse import urlsplit

from wbdiag.collect.base import CollectContext, Output
from wbdiag.collect.sources.storage_errors import scrub

CORS_METHODS = ("GET", "PUT", "HEAD")


class CorsProbe(Protocol):
    """What the CORS check needs of the store probe (storage.py)."""

    ctx: CollectContext
    out: Output

    def time_left(self) -> bool: ...

    def object_url(self, client: Any, bucket: str) -> str: ...

    def request(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]: ...


def origin_of(url: str) -> str | None:
    """The browser origin of a URL: scheme://host[:port], default ports left out, lower case."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def origin_matches(pattern: str, origin: str) -> bool:
    """S3 AllowedOrigin semantics: exact, `*`, or one `*` wildcard (https://*.example.com)."""
    pattern = pattern.strip().lower()
    if pattern == "*":
        return True
    if "*" not in pattern:
        return pattern == origin.lower()
    regex = ".*".join(re.escape(p) for p in pattern.split("*"))
    return re.fullmatch(regex, origin.lower()) is not None


def _listed(value: str | None) -> set[str]:
    return {v.strip().lower() for v in (value or "").split(",") if v.strip()}


def check_rules(cors: dict[str, Any], origin: str) -> list[str]:
    """Does some rule allow the origin, GET/PUT/HEAD and header `*`? Returns problem sentences."""
    rules: list[dict[str, Any]] = cors["rules"]
    problems: list[str] = []
    matching = [
        r for r in rules if any(origin_matches(o, origin) for o in r.get("AllowedOrigins", []))
    ]
    cors["origin_allowed"] = bool(matching)
    methods = {m.upper() for r in matching for m in r.get("AllowedMethods", [])}
    cors["methods_allowed"] = {m: m in methods for m in CORS_METHODS}
    cors["headers_allowed"] = any("*" in r.get("AllowedHeaders", []) for r in matching)
    if not matching:
        allowed = sorted({o for r in rules for o in r.get("AllowedOrigins", [])})
        problems.append(
            f"no CORS rule allows origin {origin} (allowed: {', '.join(allowed) or 'none'})"
        )
        return problems
    missing = [m for m in CORS_METHODS if m not in methods]
    if missing:
        problems.append(f"no CORS rule allows {', '.join(missing)} from origin {origin}")
    if not cors["headers_allowed"]:
        allowed_h = sorted({h for r in matching for h in r.get("AllowedHeaders", [])})
        problems.append(
            f"the CORS rule for origin {origin} does not allow header * "
            f"(allowed headers: {', '.join(allowed_h) or 'none'})"
        )
    return problems


def preflight_problem(method: str, origin: str, entry: dict[str, Any]) -> str | None:
    head = f"preflight {method} from {origin}"
    status = entry["status"]
    if status is None:
        return f"{head} failed: {entry['error']}"
    if not 200 <= status < 300:
        code = f" {entry['code']}" if entry.get("code") else ""
        return f"{head} refused ({status}{code})"
    allow_origin = entry["allow_origin"]
    if not allow_origin:
        return f"{head} answered {status} without Access-Control-Allow-Origin"
    if allow_origin.strip() != "*" and allow_origin.strip().lower() != origin.lower():
        return f"{head} answered Access-Control-Allow-Origin: {allow_origin}, not {origin}"
    if method == "PUT":  # not a CORS-safelisted method or header: the browser checks both
        methods = _listed(entry["allow_methods"])
        if "put" not in methods and "*" not in methods:
            return f"{head} answered without PUT in Access-Control-Allow-Methods"
        allowed = _listed(entry["allow_headers"])
        if "content-type" not in allowed and "*" not in allowed:
            return f"{head} does not allow the content-type header"
    return None


def cors_report(probe: CorsProbe, client: Any, bucket: str) -> dict[str, Any]:
    """probes/storage.json's `cors`: the bucket's rules for the W&B origin, then one preflight
    per method as a browser sends it."""
    import botocore.exceptions  # here, as in storage.py: only the storage probe loads botocore

    host = probe.ctx.settings.get("HOST")
    origin = origin_of(host) if host else None
    cors: dict[str, Any] = {
        "origin": origin,
        "configured": None,
        "rules": None,
        "error": None,
        "origin_allowed": None,
        "methods_allowed": None,
        "headers_allowed": None,
        "preflight": None,
        "ok": None,
        "problems": [],
        "notes": [],
    }
    problems: list[str] = cors["problems"]  # from the configuration, then the preflights
    # the configuration
    if probe.time_left():
        try:
            rules = client.get_bucket_cors(Bucket=bucket).get("CORSRules", [])
            cors.update(configured=bool(rules), rules=rules)
            if not rules:
                problems.append("the bucket's CORS configuration has no rules")
        except botocore.exceptions.ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code == "NoSuchCORSConfiguration":
                cors.update(configured=False, rules=[])
                problems.append("no CORS configuration on the bucket")
            else:
                cors["error"] = scrub(str(exc))
                probe.out.note(f"could not read the bucket's CORS configuration: {code}")
        except (botocore.exceptions.BotoCoreError, OSError) as exc:
            cors["error"] = scrub(str(exc))
            probe.out.note("could not read the bucket's CORS configuration")
    if origin is None:
        why = "HOST is not set" if not host else f"HOST {host!r} is not an http(s) URL"
        cors["error"] = cors["error"] or f"{why}: CORS for the W&B origin was not checked"
        probe.out.note(f"{why}: CORS for the W&B origin was not checked")
        return cors
    if cors["rules"]:
        problems.extend(check_rules(cors, origin))
    from_config = list(problems)
    # the preflights a browser sends
    url = probe.object_url(client, bucket)
    preflight: dict[str, Any] = {}
    for method in CORS_METHODS:
        headers = {"Origin": origin, "Access-Control-Request-Method": method}
        if method == "PUT":
            headers["Access-Control-Request-Headers"] = "content-type"
        rec = probe.request("OPTIONS", url, headers=headers)
        resp = rec.pop("_response", None)
        entry: dict[str, Any] = {
            "status": rec["status"],
            "code": rec["code"],
            "error": rec["error"],
            "allow_origin": None,
            "allow_methods": None,
            "allow_headers": None,
            "ok": False,
        }
        if resp is not None:
            entry["allow_origin"] = resp.headers.get("Access-Control-Allow-Origin")
            entry["allow_methods"] = resp.headers.get("Access-Control-Allow-Methods")
            entry["allow_headers"] = resp.headers.get("Access-Control-Allow-Headers")
        problem = preflight_problem(method, origin, entry)
        entry["ok"] = problem is None
        if problem:
            problems.append(problem)
        preflight[method] = entry
    cors["preflight"] = preflight
    if from_config and all(e["ok"] for e in preflight.values()):
        # Browsers only see the preflight answers, and those allow the origin: a server-wide
        # CORS setting (MinIO's MINIO_API_CORS_ALLOW_ORIGIN, SeaweedFS's -s3.allowedOrigins,
        # a proxy in front) answers for the bucket. Not a problem; kept as notes.
        cors["notes"] = [
            f"{p}, but the store's preflight answers allow {origin} (a server-wide CORS "
            "setting or a proxy answers for the bucket)"
            for p in from_config
        ]
        del problems[: len(from_config)]
    cors["ok"] = not problems
    return cors
