"""The load balancer in front of W&B, seen from where `collect` runs: its TLS certificate
(probes/tls.json, proxy_tls.py) and what it does to W&B traffic (probes/proxy.json, proxy_http.py
and proxy_websocket.py). Its configuration, when given, is read by proxy_config.py.

Target: the W&B HOST setting (skipped when unset). Every connection is direct (HTTP(S)_PROXY is
not used: this probes the load balancer, not a corporate proxy) and has a short timeout; the whole
probe stays inside the collector's own deadline.

A HOST that cannot be reached writes both documents (`problem: "unreachable"`, each check's
error) and then fails the collector.
"""

from __future__ import annotations

import datetime
import os
from typing import ClassVar

from wbdiag.bundle import layout
from wbdiag.collect.base import (
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceSkipped,
    planned_setting,
)
from wbdiag.collect.sources.proxy_http import BODY_PATH, HEALTH_PATHS, HTTP_URL_ENV, http_document
from wbdiag.collect.sources.proxy_target import Deadline, parse_host
from wbdiag.collect.sources.proxy_tls import (
    describe_certificate,
    hostname_matches,
    tls_document,
    verifying_context,
)
from wbdiag.collect.sources.proxy_websocket import WEBSOCKET_PATH


class ProxyCollector(Collector):
    name = "proxy"
    writes = (layout.PROBE_PROXY, layout.PROBE_TLS)
    description = "The load balancer: TLS certificate, health, http->https, HSTS, websocket, body"
    timeout = 90.0
    budget: ClassVar[float] = 80.0  # the probe's own deadline, inside `timeout`

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        host = planned_setting(ctx, "HOST")
        base = parse_host(host).url if host else "the HOST in the deployment's settings"
        plain = (ctx.options.http_url or os.environ.get(HTTP_URL_ENV, "")).strip()
        if not plain and host:
            name = parse_host(host).host
            plain = f"http://[{name}]/" if ":" in name else f"http://{name}/"
        mib = ctx.options.body_size / (1024 * 1024)
        return [
            PlanStep(
                "TLS handshakes (verified, then unverified to read the certificate)", base, True
            ),
            PlanStep(f"GET /, {', '.join(HEALTH_PATHS)}", base, True),
            PlanStep("GET (redirect to https?)", plain or "http://HOST/", True),
            PlanStep(f"websocket upgrade on {WEBSOCKET_PATH}", base, True),
            PlanStep(
                f"POST {ctx.options.body_size} bytes ({mib:.1f} MiB) to {BODY_PATH} (a read-only "
                "GraphQL query: the load balancer's body limit)",
                base,
                True,
            ),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        host = ctx.settings.get("HOST")
        if not host:
            raise SourceSkipped("HOST is not set (give --host or HOST in --env-file)")
        target = parse_host(host)
        deadline = Deadline(self.budget)
        now = datetime.datetime.now(datetime.timezone.utc)
        options = ctx.options

        verify_ctx, bundle_error = verifying_context(options.ca_bundle)
        if bundle_error:
            out.note(f"--ca-bundle not loaded: {bundle_error}")
        tls_doc, verified = tls_document(
            target, verify_ctx, bundle_error, options.ca_bundle, deadline, now
        )
        out.json(layout.PROBE_TLS, tls_doc)

        unreachable = tls_doc["problem"] == "unreachable"
        proxy_doc = http_document(
            target,
            verified,
            tls_doc,
            options.ca_bundle,
            options.body_size,
            options.http_url,
            deadline,
            unreachable,
        )
        out.json(layout.PROBE_PROXY, proxy_doc)
        if unreachable:
            raise ConnectionError(f"cannot connect to {target.url}: {tls_doc['error']}")


__all__ = ["ProxyCollector", "describe_certificate", "hostname_matches", "parse_host"]
