"""The load balancer's nginx configuration as evidence (`collect --proxy-config`).

`--proxy-config PATH` reads a configuration file (its includes followed relative to it) or a file
holding the output of `nginx -T`; `--proxy-config "nginx -T"` runs `nginx -T` on this host (the
proxy host) and reads its output. Without the option the collector is skipped: collect never
runs a program it was not asked to.

Writes `proxy/nginx-config.json` (every file, parsed, secrets replaced) and
`proxy/nginx-server.json` (the server block chosen for HOST, the `location /` in it and the
directives in effect there, each with its file and line), which the proxy rules read. A live probe
cannot see everything (W&B documents no websocket path, so an upgrade answered 200 is
inconclusive); the configuration can.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any

from wbdiag.bundle import layout
from wbdiag.collect.base import CollectContext, Collector, Output, PlanStep, SourceSkipped
from wbdiag.collect.sources import nginx_select
from wbdiag.collect.sources.nginx_parse import (
    NginxConfigError,
    ParsedConfig,
    parse_dump,
    parse_file,
)
from wbdiag.collect.sources.proxy_target import parse_host

RUN_NGINX = "nginx -T"
NGINX_T_TIMEOUT = 20.0
_NGINX_PATHS = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")


def run_nginx_t(timeout: float) -> str:
    """`nginx -T` on this host: its stdout (the configuration dump)."""
    binary = shutil.which("nginx") or next((p for p in _NGINX_PATHS if os.access(p, os.X_OK)), None)
    if binary is None:
        raise NginxConfigError("nginx is not installed here (no nginx on PATH)")
    try:
        done = subprocess.run(
            [binary, "-T"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NginxConfigError(f"{binary} -T: {exc}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise NginxConfigError(f"{binary} -T failed: {lines[-1] if lines else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def server_document(config: ParsedConfig, host: str | None) -> dict[str, Any]:
    all_servers = nginx_select.servers(config)
    doc: dict[str, Any] = {
        "source": config.source,
        "path": config.path,
        "host": None,
        "port": None,
        "scheme": None,
        "servers": [s.summary() for s in all_servers],
        "selected": None,
        "selection": None,
    }
    if not host:
        doc["selection"] = "HOST is not set: no server block can be chosen"
        return doc
    try:
        target = parse_host(host)
    except ValueError as exc:
        doc["selection"] = f"HOST cannot be read: {exc}"
        return doc
    doc.update(host=target.host, port=target.port, scheme=target.scheme)
    server, how = nginx_select.select_server(all_servers, target.host, target.port)
    doc["selection"] = how
    if server is None:
        return doc
    location = nginx_select.root_location(server.block)
    listens = [x for x in server.listens if x.port == target.port] or list(server.listens)
    doc["selected"] = server.summary()
    doc["listen_ssl"] = any(x.ssl for x in listens) or bool(server.block.children("ssl"))
    doc["location"] = (
        {"where": location.where, "args": list(location.args)} if location is not None else None
    )
    where = location.where if location is not None else server.block.where
    doc["where"] = where
    doc["effective"] = nginx_select.effective(server, location)
    return doc


def _given(ctx: CollectContext) -> str:
    if not ctx.options.proxy_config:
        raise SourceSkipped("no --proxy-config given")
    return ctx.options.proxy_config


class ProxyConfigCollector(Collector):
    name = "proxy_config"
    writes = (layout.PROXY_NGINX_CONFIG, layout.PROXY_NGINX_SERVER)
    description = "The load balancer's nginx configuration (--proxy-config FILE or 'nginx -T')"
    timeout = 30.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        given = _given(ctx)
        if given.strip() == RUN_NGINX:
            return [PlanStep("run nginx -T and read its output (no network)", "this host")]
        return [PlanStep("read the nginx configuration and its includes", given)]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        given = _given(ctx)
        redactor = ctx.redactor

        def redact(secret: str, kind: str) -> str:
            redactor.add_secret(secret, kind)
            return redactor.token(secret, kind)

        if given.strip() == RUN_NGINX:
            text = run_nginx_t(min(NGINX_T_TIMEOUT, max(1.0, out.time_left() - 2)))
            config = parse_dump(text, RUN_NGINX, "nginx -T (run by collect)", redact)
        else:
            config = parse_file(os.path.abspath(given), redact)
        out.json(
            layout.PROXY_NGINX_CONFIG,
            {
                "source": config.source,
                "path": config.path,
                "files": config.files,
                "errors": config.errors,
                "redacted": config.redacted,
            },
        )
        doc = server_document(config, ctx.settings.get("HOST"))
        out.json(layout.PROXY_NGINX_SERVER, doc)
        if config.errors:
            first = config.errors[0]
            out.note(
                f"nginx configuration: {len(config.errors)} parse errors, first "
                f"{first.get('file')}:{first.get('line')}: {first.get('error')}"
            )
        if doc["selected"] is None:
            out.note(f"nginx configuration: {doc['selection']}")
