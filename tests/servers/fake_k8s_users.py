"""Who talks to the fake Kubernetes API server: the contexts of every kubeconfig it writes, the
users behind them, what the restricted user may not touch, and the paths anyone may read."""

from __future__ import annotations

CTX_ADMIN = "admin"
CTX_RESTRICTED = "restricted"
CTX_BAD_TOKEN = "bad-token"
CTX_LEAST = "least-privilege"
CTX_NAMESPACE_ONLY = "namespace-only"
CONTEXTS: tuple[str, ...] = (
    CTX_ADMIN,
    CTX_RESTRICTED,
    CTX_BAD_TOKEN,
    CTX_LEAST,
    CTX_NAMESPACE_ONLY,
)

ADMIN_USER = "system:serviceaccount:kube-system:wbdiag-admin"
RESTRICTED_USER = "system:serviceaccount:wandb:wbdiag"
LEAST_USER = "system:serviceaccount:wandb:wbdiag-collector"
NAMESPACE_ONLY_USER = "system:serviceaccount:wandb:wbdiag-collector (Role in wandb only)"
ANONYMOUS_USER = "system:anonymous"

# (API group, resource or resource/subresource) the restricted user may not touch at all.
RESTRICTED_DENIED: frozenset[tuple[str, str]] = frozenset(
    {("", "secrets"), ("", "nodes"), ("", "pods/log")}
)
PUBLIC_PATHS: frozenset[str] = frozenset({"/version", "/healthz", "/livez", "/readyz"})
