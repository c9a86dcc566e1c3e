"""What every cross-source check shares: reading the bundle's documents, HOST, and an Outcome
whose message variables and evidence name both sources."""

from __future__ import annotations

from typing import Any

from wbdiag.bundle import layout
from wbdiag.hostnames import url_parts
from wbdiag.rules.conditions.base import EvalContext
from wbdiag.rules.model import Evidence, Outcome

VARIABLES = frozenset({"left", "left_source", "right", "right_source", "detail", "count"})
HOST_SOURCE = f"HOST ({layout.SETTINGS})"
INGRESSES = "kubernetes/namespaces/*/ingresses.json"
ROUTES = "kubernetes/namespaces/*/routes.json"
CONFIGMAPS = "kubernetes/namespaces/*/configmaps.json"


class Missing(Exception):
    """An input is not in the bundle: the check is not evaluated (the message says why)."""


def doc(ctx: EvalContext, path: str) -> Any:
    docs = ctx.documents((path,))
    if not docs:
        raise Missing(ctx.missing_reason((path,)))
    return docs[0][1]


def get(doc: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def host_setting(ctx: EvalContext) -> str:
    host = get(doc(ctx, layout.SETTINGS), "values", "HOST")
    if not isinstance(host, str) or not host.strip():
        raise Missing(f"HOST is not set in {layout.SETTINGS}")
    if url_parts(host) is None:
        raise Missing(f"HOST in {layout.SETTINGS} is not an http(s) URL")
    return host.strip()


def fired(
    left: str,
    left_source: str,
    right: str,
    right_source: str,
    detail: str,
    evidence: list[Evidence],
) -> Outcome:
    variables = {
        "left": left,
        "left_source": left_source,
        "right": right,
        "right_source": right_source,
        "detail": detail,
        "count": str(len(evidence)),
    }
    return Outcome(fired=True, evidence=tuple(evidence), count=len(evidence), variables=variables)


def ev(path: str, text: str, subject: str | None = None) -> Evidence:
    return Evidence(path=path, line=None, text=text, subject=subject)
