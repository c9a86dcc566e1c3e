"""Object-store errors as the probe records them: one line, never a presigned URL's signed query
(a short-lived credential), the S3 error code of an XML body, and what kind of connection failure
botocore or requests met."""

from __future__ import annotations

import re

_SIGNED_QUERY = re.compile(r"\?[^\s'\"]*X-Amz-[^\s'\"]*")
_XML_CODE = re.compile(r"<Code>([^<]{1,100})</Code>")


def one_line(text: str, limit: int = 500) -> str:
    return " ".join(text.split())[:limit]


def scrub(text: str) -> str:
    """An error message without the signed query of a presigned URL (a short-lived credential)."""
    return one_line(_SIGNED_QUERY.sub("?[signed query removed]", text))


def xml_code(body: bytes | str) -> str | None:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    m = _XML_CODE.search(text[:4096])
    return m.group(1).strip() if m else None


def classify_connection_error(exc: BaseException) -> str:
    """dns | refused | timeout | tls | other, for botocore and requests connection failures."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 8:
        chain.append(seen)
        inner = getattr(seen, "kwargs", {}).get("error") if hasattr(seen, "kwargs") else None
        seen = inner if isinstance(inner, BaseException) else (seen.__cause__ or seen.__context__)
    names = " ".join(type(e).__name__ for e in chain)
    text = " ".join(str(e) for e in chain).lower()
    if "SSLError" in names or "certificate" in text or "ssl" in text.split(":")[0]:
        return "tls"
    if (
        "NameResolutionError" in names
        or "name or service not known" in text
        or ("nodename nor servname" in text)
        or "temporary failure in name resolution" in text
        or "getaddrinfo" in text
    ):
        return "dns"
    if "Timeout" in names or "timed out" in text:
        return "timeout"
    if "refused" in text:
        return "refused"
    return "other"


def connection_message(exc: BaseException) -> str:
    """botocore's message plus the underlying one (which says refused, DNS, timeout...)."""
    inner = getattr(exc, "kwargs", {}).get("error") if hasattr(exc, "kwargs") else None
    text = str(exc)
    if isinstance(inner, BaseException) and str(inner) and str(inner) not in text:
        text = f"{text}: {inner}"
    return scrub(text)
