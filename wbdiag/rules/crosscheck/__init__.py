"""The checks behind the `cross` condition kind: pairs of sources that must agree on W&B's address
or on what the load balancer lets through.

Each check reads two (or more) documents of the bundle and returns an Outcome whose message
variables name both sources (`left`, `left_source`, `right`, `right_source`, `detail`) and whose
evidence cites both files. A source that was not collected makes the check *not evaluated* with
the collector's reason; a source that was collected but has nothing to compare (no CORS rules, no
ingress host, no deployment found) passes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from wbdiag.bundle import layout
from wbdiag.rules.conditions.base import EvalContext
from wbdiag.rules.crosscheck.address import (
    deployment_vs_given_settings,
    host_scheme_vs_store,
    host_vs_certificate,
    host_vs_cors_origin,
    ingress_host_vs_host,
    presigned_host_reachable,
)
from wbdiag.rules.crosscheck.base import CONFIGMAPS, INGRESSES, ROUTES, VARIABLES, Missing
from wbdiag.rules.crosscheck.proxies import ingress_default_body_size, websocket_probe_vs_config
from wbdiag.rules.model import Outcome


class Check(str, enum.Enum):
    HOST_VS_CERTIFICATE = "host_vs_certificate"
    HOST_VS_CORS_ORIGIN = "host_vs_cors_origin"
    PRESIGNED_HOST_REACHABLE = "presigned_host_reachable"
    INGRESS_HOST_VS_HOST = "ingress_host_vs_host"
    DEPLOYMENT_VS_GIVEN = "deployment_vs_given_settings"
    HOST_SCHEME_VS_STORE = "host_scheme_vs_store"
    WEBSOCKET_PROBE_VS_CONFIG = "websocket_probe_vs_config"
    INGRESS_DEFAULT_BODY_SIZE = "ingress_default_body_size"


SETTINGS_AND_STORAGE = (layout.SETTINGS, layout.PROBE_STORAGE)
DOCUMENTS: dict[Check, tuple[str, ...]] = {
    Check.HOST_VS_CERTIFICATE: (layout.SETTINGS, layout.PROBE_TLS),
    Check.HOST_VS_CORS_ORIGIN: SETTINGS_AND_STORAGE,
    Check.PRESIGNED_HOST_REACHABLE: SETTINGS_AND_STORAGE,
    Check.INGRESS_HOST_VS_HOST: (layout.SETTINGS, INGRESSES, ROUTES),
    Check.DEPLOYMENT_VS_GIVEN: (layout.SETTINGS,),
    Check.HOST_SCHEME_VS_STORE: SETTINGS_AND_STORAGE,
    Check.WEBSOCKET_PROBE_VS_CONFIG: (layout.PROBE_PROXY, layout.PROXY_NGINX_SERVER),
    Check.INGRESS_DEFAULT_BODY_SIZE: (INGRESSES, layout.K8S_INGRESS_CONTROLLER, CONFIGMAPS),
}


_CHECKS: dict[Check, Callable[[EvalContext], Outcome]] = {
    Check.HOST_VS_CERTIFICATE: host_vs_certificate,
    Check.HOST_VS_CORS_ORIGIN: host_vs_cors_origin,
    Check.PRESIGNED_HOST_REACHABLE: presigned_host_reachable,
    Check.INGRESS_HOST_VS_HOST: ingress_host_vs_host,
    Check.DEPLOYMENT_VS_GIVEN: deployment_vs_given_settings,
    Check.HOST_SCHEME_VS_STORE: host_scheme_vs_store,
    Check.WEBSOCKET_PROBE_VS_CONFIG: websocket_probe_vs_config,
    Check.INGRESS_DEFAULT_BODY_SIZE: ingress_default_body_size,
}


def run(check: Check, ctx: EvalContext) -> Outcome:
    try:
        return _CHECKS[check](ctx)
    except Missing as exc:
        return Outcome.not_evaluated(str(exc))


__all__ = ["DOCUMENTS", "VARIABLES", "Check", "run"]
