"""The websocket part of the proxy collector: one upgrade request through the load balancer
(`websocket` in probes/proxy.json).

No public W&B material names an endpoint that answers a websocket upgrade: the deployment guide's
nginx config (docs.wandb.ai, bare-metal "Example nginx configuration") forwards
`Upgrade`/`Connection` for every path (`location /` with the `map $http_upgrade
$proxy_connection`), the operator chart's ingress (wandb/helm-charts
charts/operator-wandb/templates/_ingress.tpl) routes `/`, `/api`, `/graphql`, `/files` and
`/console` with no websocket-specific rule or annotation, and no wandb/server, wandb/local or
helm-charts issue reports one. So the probe tests the proxy, not an app endpoint: it sends a
well-formed upgrade (with `Origin` = the W&B URL, as a browser does) to `/ws`, a conventional
websocket path that is not a W&B API route (a GET there is harmless). Only definite answers are
judged: 101 with the right `Sec-WebSocket-Accept` = ok; 101 with a wrong one, 400 or 426 (the
backend wanted an upgrade it never received: the proxy dropped the headers) = failed. Anything
else — 200 from the app's catch-all page, 404, 3xx, 5xx — is `inconclusive` (`ok: null`): then the
nginx configuration, when collected (`--proxy-config`), decides (see proxy_config.py).
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import ssl
from typing import Any

from wbdiag.collect.sources.proxy_target import READ_TIMEOUT, Deadline, Target, one_line

WEBSOCKET_PATH = "/ws"
WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_HEAD_BYTES = 64 * 1024
COOKIE_HEADERS = ("set-cookie", "cookie")


def _websocket_result(target: Target, path: str, result: str, error: str | None) -> dict[str, Any]:
    scheme = "wss" if target.scheme == "https" else "ws"
    return {
        "url": f"{scheme}://{target.netloc}{path}",
        "path": path,
        "status": None,
        "ok": None,  # true / false only on a definite answer; null when inconclusive or not run
        "result": result,  # ok | failed | inconclusive | error | not_run
        "accept_valid": None,
        "reason": None,
        "error": error,
        "response_headers": {},
    }


def upgrade(
    target: Target, ctx: ssl.SSLContext | None, timeout: float, path: str
) -> dict[str, Any]:
    """One upgrade request on a raw socket; only the response head is read."""
    result = _websocket_result(target, path, "error", None)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {target.netloc}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: {target.url}\r\nUser-Agent: wbdiag-proxy-probe\r\n\r\n"
    )
    head = b""
    try:
        with socket.create_connection((target.host, target.port), timeout=timeout) as raw:
            raw.settimeout(timeout)
            conn: socket.socket = raw
            if ctx is not None:
                conn = ctx.wrap_socket(raw, server_hostname=target.host)
            with conn:
                conn.sendall(request.encode("ascii"))
                while b"\r\n\r\n" not in head and len(head) < MAX_HEAD_BYTES:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
    except (OSError, ValueError) as exc:
        if not head:
            result["error"] = one_line(exc)
            return result
    lines = head.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status_parts = lines[0].split(None, 2) if lines and lines[0] else []
    if len(status_parts) < 2 or not status_parts[1].isdigit():
        result["error"] = f"no HTTP response to the upgrade request (got {lines[0][:100]!r})"
        return result
    status = int(status_parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    result["status"] = status
    result["response_headers"] = {
        k: ("…" if k in COOKIE_HEADERS else v) for k, v in headers.items()
    }
    if status == 101:
        expected = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        valid = headers.get("sec-websocket-accept") == expected.decode()
        result["accept_valid"] = valid
        result["ok"] = valid
        result["result"] = "ok" if valid else "failed"
        result["reason"] = (
            "101 Switching Protocols with a valid Sec-WebSocket-Accept"
            if valid
            else "101 without a valid Sec-WebSocket-Accept"
        )
        if not valid:
            result["error"] = "expected a valid Sec-WebSocket-Accept with 101"
    elif status in (400, 426):
        result["ok"] = False
        result["result"] = "failed"
        result["reason"] = (
            f"HTTP {status}: the upgrade did not reach the backend (Upgrade/Connection dropped)"
        )
        result["error"] = f"expected 101 Switching Protocols, got {status}"
    else:
        result["result"] = "inconclusive"
        result["reason"] = (
            f"HTTP {status}: not a websocket endpoint answer either way; W&B documents no "
            f"websocket path, so this neither proves nor disproves websocket support"
        )
    return result


def websocket_check(
    target: Target, tls_ctx: ssl.SSLContext | None, deadline: Deadline, skip: str | None
) -> dict[str, Any]:
    if skip:
        return _websocket_result(target, WEBSOCKET_PATH, "not_run", skip)
    try:
        timeout = deadline.cap(READ_TIMEOUT)
    except TimeoutError as exc:
        return _websocket_result(target, WEBSOCKET_PATH, "not_run", one_line(exc))
    return upgrade(target, tls_ctx, timeout, WEBSOCKET_PATH)
