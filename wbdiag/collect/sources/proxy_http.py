"""The HTTP part of the proxy collector: W&B through the load balancer (probes/proxy.json), with
`requests` and the same trust store as the TLS part (when TLS verification failed the checks run
with verification off, so the other problems are still found, and `tls_verify` says so):

- `GET /` (response headers, HSTS), `GET /healthz`, `GET /ready`.
- The plain-http variant of the host: by default `http://<host>/` (port 80, what an admin has:
  80 redirecting to 443 on the same name). `WBDIAG_HTTP_URL` (environment) replaces it when plain
  http lives elsewhere (another port; the tests use it). Refused = nothing served over http, fine.
- A websocket upgrade (proxy_websocket.py).
- A request body of `--body-size` bytes (10 MiB by default; `wandb verify` sends ~10 MB) as a
  read-only GraphQL query POSTed to `/graphql`, the route `wandb verify`'s own large-payload check
  uses (wandb/sdk/verify/verify.py, check_large_post). Unauthenticated, it changes nothing; the
  load balancer's body limit answers 413 before W&B sees it.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import requests
import urllib3
from requests.adapters import HTTPAdapter

from wbdiag.collect.sources.proxy_target import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    Deadline,
    Target,
    one_line,
)
from wbdiag.collect.sources.proxy_tls import unverified_context, verifying_context
from wbdiag.collect.sources.proxy_websocket import COOKIE_HEADERS, websocket_check

HTTP_URL_ENV = "WBDIAG_HTTP_URL"
BODY_PATH = "/graphql"
HEALTH_PATHS = ("/healthz", "/ready")
BODY_READ_TIMEOUT = 30.0  # a 10 MB upload over a slow link


# -- HTTP through requests ------------------------------------------------------------------------
class _ContextAdapter(HTTPAdapter):
    """requests with our own SSLContext: the system store plus --ca-bundle (requests alone would
    use certifi's bundle instead of the system's), or no verification at all."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__(max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # The context decides what is trusted; do not let requests add certifi's bundle to it.
        conn.cert_reqs = "CERT_REQUIRED" if verify else "CERT_NONE"
        conn.ca_certs = None
        conn.ca_cert_dir = None


def _session(context: ssl.SSLContext, verify: bool) -> requests.Session:
    """A session on its own context (urllib3 sets the context's verify_mode from `verify`)."""
    s = requests.Session()
    s.trust_env = False  # direct: no HTTP(S)_PROXY, no netrc, no REQUESTS_CA_BUNDLE
    s.verify = verify
    s.headers["User-Agent"] = "wbdiag-proxy-probe"
    adapter = _ContextAdapter(context)
    s.mount("https://", adapter)
    s.mount("http://", HTTPAdapter(max_retries=0))
    return s


def _headers(resp: requests.Response) -> dict[str, str]:
    """Response headers, lower-cased; cookie values dropped (names kept)."""
    out: dict[str, str] = {}
    for name, value in resp.headers.items():
        key = name.lower()
        if key in COOKIE_HEADERS:
            value = "; ".join(
                part.split("=", 1)[0].strip() + "=…" for part in value.split(",") if part.strip()
            )
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def body_bytes(size: int) -> bytes:
    """A read-only GraphQL query padded to exactly `size` bytes (plain padding if too small)."""
    head = b'{"query":"query WbdiagBodySizeProbe { viewer { id } }","variables":{"padding":"'
    tail = b'"}}'
    if size < len(head) + len(tail):
        return b"a" * size
    return head + b"a" * (size - len(head) - len(tail)) + tail


def http_document(
    target: Target,
    verified: bool,
    tls_doc: dict[str, Any],
    ca_bundle: Path | None,
    body_size: int,
    http_url_option: str | None,
    deadline: Deadline,
    unreachable: bool,
) -> dict[str, Any]:
    https = target.scheme == "https"
    note = None
    if https and not verified and not unreachable:
        note = (
            f"TLS verification failed ({tls_doc['problem']}); the HTTP checks below ran with "
            "certificate verification off"
        )
    doc: dict[str, Any] = {
        "base_url": target.url,
        "tls_verify": verified if https else None,
        "tls_verify_note": note,
        "root": None,
        "health": {},
        "redirect": None,
        "hsts": {"present": None, "value": None, "max_age": None, "error": None},
        "websocket": None,
        "body_size": None,
        "response_headers": {},
    }
    skip = f"not run: {target.url} is unreachable ({tls_doc['error']})" if unreachable else None

    def context() -> ssl.SSLContext:  # a fresh one per user: urllib3 mutates its context
        return verifying_context(ca_bundle)[0] if verified else unverified_context()

    session = _session(context(), verified)
    with session, warnings.catch_warnings():
        warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
        # GET / : headers and HSTS
        root = _get(session, target.url + "/", deadline, skip)
        doc["root"] = {k: root[k] for k in ("url", "status", "error")}
        resp = root.pop("_response")
        if resp is not None:
            headers = _headers(resp)
            doc["response_headers"] = headers
            hsts = headers.get("strict-transport-security")
            doc["hsts"] = {
                "present": hsts is not None,
                "value": hsts,
                "max_age": _max_age(hsts),
                "error": None,
            }
        else:
            doc["hsts"]["error"] = root["error"]
        for path in HEALTH_PATHS:
            check = _get(session, target.url + path, deadline, skip)
            check.pop("_response")
            doc["health"][path] = check
        doc["redirect"] = _redirect(session, target, deadline, http_url_option)
        doc["websocket"] = websocket_check(target, context() if https else None, deadline, skip)
        doc["body_size"] = _body(session, target, body_size, deadline, skip)
    return doc


def _get(
    session: requests.Session, url: str, deadline: Deadline, skip: str | None
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "url": url,
        "status": None,
        "ok": None,
        "error": None,
        "elapsed_ms": None,
        "_response": None,
    }
    if skip:
        result["error"] = skip
        return result
    result["_response"] = _timed(
        result,
        lambda: session.get(
            url,
            allow_redirects=False,
            timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(READ_TIMEOUT)),
        ),
        lambda status: 200 <= status < 300,
    )
    return result


def _timed(
    result: dict[str, Any],
    send: Callable[[], requests.Response],
    ok: Callable[[int], bool],
) -> requests.Response | None:
    """Send one request and record its outcome in `result` (status, ok, error, elapsed_ms)."""
    started = time.monotonic()
    try:
        resp = send()
    except (requests.RequestException, TimeoutError) as exc:
        result["error"] = one_line(exc)
        result["ok"] = False
        return None
    result["elapsed_ms"] = round((time.monotonic() - started) * 1000)
    result["status"] = resp.status_code
    result["ok"] = ok(resp.status_code)
    if not result["ok"]:
        result["error"] = f"HTTP {resp.status_code} {resp.reason or ''}".strip()
    return resp


def _redirect(
    session: requests.Session,
    target: Target,
    deadline: Deadline,
    http_url_option: str | None,
) -> dict[str, Any]:
    override = (http_url_option or os.environ.get(HTTP_URL_ENV, "")).strip()
    if override:
        source = "--http-url" if http_url_option else HTTP_URL_ENV
        http_url = override.rstrip("/") + "/"
    else:
        host = f"[{target.host}]" if ":" in target.host else target.host
        http_url, source = f"http://{host}/", "derived"
    result: dict[str, Any] = {
        "http_url": http_url,
        "http_url_source": source,
        "listening": None,
        "status": None,
        "location": None,
        "redirects_to_https": None,
        "error": None,
    }
    if target.scheme == "http" and not override:
        result["error"] = "not run: HOST itself is http"
        return result
    try:
        resp = session.get(
            http_url,
            allow_redirects=False,
            timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(READ_TIMEOUT)),
        )
    except requests.ConnectionError as exc:
        # nothing serves plain http there: no redirect needed, nothing leaks
        result["listening"] = False
        result["error"] = one_line(exc)
        return result
    except (requests.RequestException, TimeoutError) as exc:
        result["error"] = one_line(exc)
        return result
    result["listening"] = True
    result["status"] = resp.status_code
    location = resp.headers.get("Location")
    if location:
        location = urljoin(http_url, location)
    result["location"] = location
    result["redirects_to_https"] = bool(
        300 <= resp.status_code < 400 and location and location.lower().startswith("https://")
    )
    return result


def _body(
    session: requests.Session,
    target: Target,
    size: int,
    deadline: Deadline,
    skip: str | None,
) -> dict[str, Any]:
    url = target.url + BODY_PATH
    result: dict[str, Any] = {
        "url": url,
        "method": "POST",
        "bytes": size,
        "status": None,
        "ok": None,
        "error": None,
        "elapsed_ms": None,
    }
    if skip:
        result["error"] = skip
        return result
    body = body_bytes(size)
    _timed(
        result,
        lambda: session.post(
            url,
            data=body,
            headers={"Content-Type": "application/json"},
            allow_redirects=False,
            timeout=(deadline.cap(CONNECT_TIMEOUT), deadline.cap(BODY_READ_TIMEOUT)),
        ),
        # 413 is the load balancer's body limit; 4xx from W&B itself means the body got through.
        lambda status: status != 413 and status < 500,
    )
    return result


def _max_age(hsts: str | None) -> int | None:
    if not hsts:
        return None
    for part in hsts.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age":
            with contextlib.suppress(ValueError):
                return int(value.strip().strip('"'))
    return None
