"""Host names as the consistency rules compare them."""

from __future__ import annotations

import pytest

from wbdiag.hostnames import cors_allows, dns_match, internal_only, origin, url_parts


@pytest.mark.parametrize(
    ("pattern", "host", "ok"),
    [
        ("wandb.example.com", "WANDB.example.com.", True),
        ("*.example.com", "wandb.example.com", True),
        ("*.example.com", "example.com", False),
        ("*.example.com", "a.b.example.com", False),
        ("*.com", "example.com", False),  # a wildcard needs three labels
        ("w*.example.com", "wandb.example.com", False),
    ],
)
def test_dns_match(pattern: str, host: str, ok: bool) -> None:
    assert dns_match(pattern, host) is ok


def test_origin_and_parts() -> None:
    assert origin("https://wandb.example.com/") == "https://wandb.example.com"
    assert origin("https://wandb.example.com:443/x") == "https://wandb.example.com"
    assert origin("http://wandb.example.com:8080") == "http://wandb.example.com:8080"
    assert origin("wandb.example.com") == "https://wandb.example.com"
    assert origin("https://[::1]:8443") == "https://[::1]:8443"
    assert url_parts("s3://bucket") is None
    assert url_parts("https://host:notaport") is None


@pytest.mark.parametrize(
    ("pattern", "allowed"),
    [
        ("*", True),
        ("https://wandb.example.com", True),
        ("https://*.example.com", True),
        ("http://wandb.example.com", False),
        ("https://wandb.example.com/", False),  # S3 compares the origin exactly
        ("https://*", True),
    ],
)
def test_cors_allows(pattern: str, allowed: bool) -> None:
    assert cors_allows(pattern, "https://wandb.example.com") is allowed


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("minio.wandb.svc.cluster.local", "a name under .svc.cluster.local"),
        ("minio.wandb.svc", "a name under .svc"),
        ("minio", "a single-label name"),
        ("10.1.2.3", "a private address"),
        ("100.64.0.7", "a private address"),  # carrier-grade NAT
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("169.254.10.1", "a link-local address"),
        ("localhost", "localhost"),
        ("wandb.local", "a name under .local"),
    ],
)
def test_internal_only(host: str, why: str) -> None:
    reason = internal_only(host)
    assert reason is not None and reason.startswith(why)


@pytest.mark.parametrize("host", ["minio.example.com", "s3.amazonaws.com", "8.8.8.8"])
def test_reachable_from_anywhere(host: str) -> None:
    assert internal_only(host) is None
