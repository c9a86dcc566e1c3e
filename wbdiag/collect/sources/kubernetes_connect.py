"""The API session: which kubeconfig, context and namespace the collector uses, and how a failed
request reads in the bundle."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wbdiag.collect.base import CollectContext, SourceSkipped
from wbdiag.collect.sources.kubernetes_objects import Obj

IN_CLUSTER_NAMESPACE = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")


class KubeconfigError(Exception):
    """The kubeconfig the user pointed at cannot be used."""


class ApiUnreachable(Exception):
    """The API server does not answer."""


# -- the API session ---------------------------------------------------------------------------
@dataclass
class Connection:
    api_client: Any
    context: str
    context_namespace: str | None
    in_cluster: bool
    host: str


def _kubeconfig_path(ctx: CollectContext) -> str | None:
    if ctx.options.kubeconfig is not None:
        if not ctx.options.kubeconfig.is_file():
            raise KubeconfigError(f"kubeconfig {ctx.options.kubeconfig} does not exist")
        return str(ctx.options.kubeconfig)
    env = os.environ.get("KUBECONFIG", "")
    paths = [p for p in env.split(os.pathsep) if p]
    if any(Path(p).expanduser().is_file() for p in paths):
        return env
    default = Path("~/.kube/config").expanduser()
    return str(default) if default.is_file() else None


def connect(ctx: CollectContext) -> Connection:
    from kubernetes import client, config
    from kubernetes.config.config_exception import ConfigException
    from urllib3.util.retry import Retry

    cfg = client.Configuration()
    path = _kubeconfig_path(ctx)
    in_cluster = False
    if path is not None:
        try:
            contexts, active = config.list_kube_config_contexts(  # type: ignore[no-untyped-call]
                config_file=path
            )
            config.load_kube_config(  # type: ignore[no-untyped-call]
                config_file=path,
                context=ctx.options.kube_context,
                client_configuration=cfg,
                persist_config=False,
            )
        except (ConfigException, OSError, ValueError, TypeError) as exc:
            msg = " ".join(str(exc).split())[:300]
            raise KubeconfigError(f"kubeconfig {path}: {msg}") from None
        name = ctx.options.kube_context or (active or {}).get("name") or "?"
        chosen: Obj = next((c for c in contexts or [] if c.get("name") == name), {})
        namespace = (chosen.get("context") or {}).get("namespace")
    elif os.environ.get("KUBERNETES_SERVICE_HOST"):
        if ctx.options.kube_context:
            raise KubeconfigError(f"--context {ctx.options.kube_context} given but no kubeconfig")
        try:
            config.load_incluster_config(client_configuration=cfg)  # type: ignore[no-untyped-call]
        except ConfigException as exc:
            raise KubeconfigError(f"in-cluster configuration: {exc}") from None
        name, in_cluster = "in-cluster", True
        try:
            namespace = IN_CLUSTER_NAMESPACE.read_text(encoding="utf-8").strip() or None
        except OSError:
            namespace = None
    else:
        raise SourceSkipped(
            "no kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) and not running in a "
            "Kubernetes pod"
        )
    # One quick retry on connection errors, none on slow answers: every request is bounded.
    cfg.retries = Retry(total=2, connect=1, read=0, status=0, redirect=2, other=0)
    for value in (cfg.api_key or {}).values():  # "Bearer <token>": the token, not the word
        for part in str(value).split():
            if part.lower() not in ("bearer", "basic"):
                ctx.redactor.add_secret(part, "token")
    ctx.redactor.add_secret(cfg.password or None, "password")
    return Connection(client.ApiClient(configuration=cfg), name, namespace, in_cluster, cfg.host)


def plan_target(ctx: CollectContext) -> str:
    """The API server `connect` would use, read from the kubeconfig file alone (no request)."""
    from kubernetes import config
    from kubernetes.config.config_exception import ConfigException

    path = _kubeconfig_path(ctx)
    if path is None:
        if os.environ.get("KUBERNETES_SERVICE_HOST"):
            host = os.environ["KUBERNETES_SERVICE_HOST"]
            port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
            return f"https://{host}:{port} (in-cluster service account)"
        raise SourceSkipped(
            "no kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) and not running in a "
            "Kubernetes pod"
        )
    import yaml

    try:
        contexts, active = config.list_kube_config_contexts(  # type: ignore[no-untyped-call]
            config_file=path
        )
        name = ctx.options.kube_context or (active or {}).get("name") or "?"
        chosen: Obj = next((c for c in contexts or [] if c.get("name") == name), {})
        cluster = (chosen.get("context") or {}).get("cluster")
        server = None
        for one in path.split(os.pathsep):  # KUBECONFIG may list several files
            doc = yaml.safe_load(Path(one).expanduser().read_text(encoding="utf-8")) or {}
            for c in doc.get("clusters") or []:
                if server is None and c.get("name") == cluster:
                    server = (c.get("cluster") or {}).get("server")
    except (ConfigException, OSError, ValueError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise KubeconfigError(f"kubeconfig {path}: {' '.join(str(exc).split())[:300]}") from None
    return f"{server or '?'} (context {name} of {path})"


def status_message(exc: Exception) -> tuple[int | None, str, str]:
    """(HTTP status or None, reason, one-line message) of a failed request."""
    from kubernetes.client.exceptions import ApiException

    if isinstance(exc, ApiException):
        status = int(exc.status) if exc.status else None
        message = str(exc.reason or "")
        try:
            body = json.loads(exc.body or "")
            if isinstance(body, dict) and body.get("message"):
                message = str(body["message"])
        except (ValueError, TypeError):
            pass
        reason = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            410: "expired",
        }.get(status or 0, "error")
        return status, reason, " ".join(message.split())[:400] or f"HTTP {status}"
    text = " ".join(str(exc).split())[:400] or type(exc).__name__
    timeout = "timeout" in text.lower() or "timed out" in text.lower()
    return None, "timeout" if timeout else "unreachable", f"{type(exc).__name__}: {text}"


def request_errors() -> tuple[type[Exception], ...]:
    import urllib3
    from kubernetes.client.exceptions import ApiException

    return (ApiException, urllib3.exceptions.HTTPError, OSError, ValueError)
