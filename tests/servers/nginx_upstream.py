"""The W&B look-alike behind the test nginx (what it answers: tests/servers/nginx.py's docstring),
and a small websocket client that checks the handshake through the proxy."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import socket
import ssl
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from tests.servers.nginx_config import HOSTNAME

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


# --- the W&B look-alike upstream ---------------------------------------------------------------


class _UpstreamHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "wandb-lookalike/0.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _headers_json(self) -> bytes:
        seen: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            seen[key] = f"{seen[key]}, {value}" if key in seen else value
        return json.dumps(seen, sort_keys=True).encode()

    def _wants_websocket(self) -> bool:
        upgrade = self.headers.get("Upgrade", "").lower()
        connection = [t.strip().lower() for t in self.headers.get("Connection", "").split(",")]
        return "websocket" in upgrade and "upgrade" in connection

    def _websocket_handshake(self) -> None:
        key = self.headers.get("Sec-WebSocket-Key")
        if not key:
            self._reply(400, b"missing Sec-WebSocket-Key\n")
            return
        accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept.decode())
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        # Hold the connection (discarding frames) until the peer goes away.
        self.connection.settimeout(30)
        with contextlib.suppress(OSError):
            while self.connection.recv(65536):
                pass

    def _drain_body(self) -> int:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return total
                total += self._discard(size)
                self.rfile.readline()
        return self._discard(int(self.headers.get("Content-Length") or 0))

    def _discard(self, n: int) -> int:
        left = n
        while left > 0:
            chunk = self.rfile.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
        return n - left

    def do_GET(self) -> None:
        if self._wants_websocket():
            self._websocket_handshake()
            return
        path = urlsplit(self.path).path
        if path in ("/healthz", "/ready"):
            self._reply(200, b"ok")
        elif path == "/debug/headers":
            self._reply(200, self._headers_json(), "application/json")
        elif path == "/ws":
            self._reply(426, b"websocket upgrade required\n")
        else:
            self._reply(200, b"<html><body>W&amp;B look-alike</body></html>\n", "text/html")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        received = self._drain_body()
        self._reply(200, json.dumps({"received_bytes": received}).encode(), "application/json")

    do_PUT = do_POST
    do_PATCH = do_POST


class _Upstream(ThreadingHTTPServer):
    daemon_threads = True


def websocket_handshake(
    url: str, context: ssl.SSLContext | None, path: str = "/ws", timeout: float = 10.0
) -> tuple[int, dict[str, str]]:
    """Send a websocket upgrade request to `url` + `path`; return (status, lower-cased headers).

    A small client for tests (no websocket library needed): it only reads the response head.
    """
    parts = urlsplit(url)
    host = parts.hostname or HOSTNAME
    port = parts.port or (443 if parts.scheme == "https" else 80)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection((host, port), timeout=timeout) as raw:
        conn: socket.socket = raw
        if parts.scheme == "https":
            ctx = context or ssl.create_default_context()
            conn = ctx.wrap_socket(raw, server_hostname=host)
        with conn:
            conn.sendall(request.encode())
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                head += chunk
    lines = head.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if status == 101:
        expected = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        if headers.get("sec-websocket-accept") != expected.decode():
            raise AssertionError(f"bad Sec-WebSocket-Accept: {headers}")
    return status, headers
