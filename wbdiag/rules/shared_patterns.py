"""Named pattern fragments: words or paths that more than one rule, or a rule and the error miner,
read the same way, kept here once.

A log condition's `pattern` or `unless` names one as `{{name}}`; the loader puts the fragment's
text there as a non-capturing group before it checks the pattern (docs/rules.md, "Shared
fragments"). The miner imports the same text, so a rule's exception and the miner's notion of
the same thing cannot drift apart. The stamp of the shipped pack (stamp.py) covers these texts, as
an edited fragment changes the patterns of every rule that names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from wbdiag import lazyre

# A start-up poll: a program waiting for a service it needs (a health check, a readiness wait)
# logs each refused try until the service answers (gnomock's INFO `healthcheck failed: dial tcp
# …: connect: connection refused` while mysqld starts; Dapr's `DB is not ready: dial tcp …`,
# apecloud/kubeblocks#4759). Read by the miner's quiet levels (error_quiet.py) and by
# server.mysql_refused's `unless`.
STARTUP_POLL = (
    r"(?i:\bwaiting for\b|\bwait(?:ing)? until\b|\bhealth ?check|\breadiness\b"
    r"|\bnot (?:yet )?ready\b|\bstill starting\b)"
)

# The Kubernetes API server's resource paths as client-go requests them: a core resource
# (`/api/v1/services?limit=500`, Traefik's informer, helm/charts#12695) or an API group's
# (`/apis/networking.k8s.io/v1/…`; a group is a lower-case DNS subdomain). A call to the cluster's
# API, not to W&B: read by client.network_retry's and server.x509_untrusted's `unless`.
KUBERNETES_API_PATH = (
    r"api/v1/(?:namespaces|nodes|pods|services|endpoints|events|configmaps|secrets"
    r"|persistentvolumes|persistentvolumeclaims|serviceaccounts|componentstatuses)\b"
    r"|apis/[a-z0-9.-]{1,100}/v\d"
)

# The S3 API's bucket subresources, which S3 and MinIO name by a query key without a value
# (`?location=`, `?uploads`, `?versioning`; the S3 API reference's bucket operations): a request
# of an S3 client to the store. Read by storage.minio_refused's pattern and client.network_retry's
# `unless`.
S3_SUBRESOURCE = (
    r"location|uploads|versioning|versions|policy|acl|tagging|lifecycle|cors|delete|encryption"
    r"|notification|replication|object-lock|retention|legal-hold"
)

# Go's refusal after the address it dialled, in every wording: `connect: connection refused`,
# `getsockopt: …` before Go 1.11, the bare `connection refused` before Go 1.5, and on Windows
# `connectex: No connection could be made because the target machine actively refused it.`
# (WSAECONNREFUSED). Read by server.mysql_refused's and storage.minio_refused's patterns.
GO_CONNECTION_REFUSED = (
    r"(?:(?:connect|getsockopt|connectex): )?(?:(?i:connection refused)"
    r"|No connection could be made because the target machine actively refused it)"
)

# A Python client's TLS handshake that got no TLS answer: OpenSSL's `wrong version number` as
# requests and urllib word it (`SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number
# (_ssl.c:1076)')`, `<urlopen error [SSL: WRONG_VERSION_NUMBER] …>`, pyOpenSSL's `bad handshake:
# Error([('SSL routines', 'ssl3_get_record', 'wrong version number')])`, wandb/wandb#1066): https
# spoken to a plain-http port, not a certificate the client distrusts. A server's own log of a
# plain-http client (Jupyter's `SSL Error on 9 (…): [SSL: WRONG_VERSION_NUMBER]`) names none of
# the client's words. Read by client.tls_untrusted's and client.network_retry's patterns.
TLS_WRONG_VERSION = (
    r"(?:SSLError|bad handshake|urlopen error)[^\n]*(?:wrong version number|WRONG_VERSION_NUMBER)"
)

# Where a store's error code stands before the code itself: S3's and Azure Blob's XML body
# (`<Code>`), the Azure SDKs' `ErrorCode` field (Java's `ERROR CODE`, quoted or not, once or twice
# escaped in JSON) and the `x-ms-error-code` header (Azure's Blob service error codes), with
# single quotes as the Python SDK's HTTP logging policy prints each header (`'x-ms-error-code':
# 'AuthorizationPermissionMismatch'`, under `Response status: 403`). Read by
# storage.access_denied_log's and storage.no_such_bucket_log's patterns.
ERROR_CODE_FIELD = (
    r"""(?:<Code>|\b(?:ErrorCode|ERROR CODE|x-ms-error-code)\\{0,3}["']?\s?[:=]\s?\\{0,3}["']?)"""
)

FRAGMENTS: Mapping[str, str] = {
    "startup_poll": STARTUP_POLL,
    "kubernetes_api_path": KUBERNETES_API_PATH,
    "s3_subresource": S3_SUBRESOURCE,
    "go_connection_refused": GO_CONNECTION_REFUSED,
    "error_code_field": ERROR_CODE_FIELD,
    "tls_wrong_version": TLS_WRONG_VERSION,
}

# `{{name}}`: no regex means two braces around a name (a repeat is `{m,n}` after an atom)
REFERENCE = lazyre.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")


def expand(regex: str, unknown: Callable[[str], Exception]) -> str:
    """`regex` with every `{{name}}` replaced by its fragment as a non-capturing group; a name
    with no fragment raises `unknown(name)`."""
    if "{{" not in regex:
        return regex

    def fragment(m: re.Match[str]) -> str:
        text = FRAGMENTS.get(m.group(1))
        if text is None:
            raise unknown(m.group(1))
        return f"(?:{text})"

    return REFERENCE.sub(fragment, regex)


def digest_bytes() -> bytes:
    """Every fragment's name and text, for the shipped pack's stamp."""
    return "\0".join(f"{k}\0{v}" for k, v in sorted(FRAGMENTS.items())).encode()
