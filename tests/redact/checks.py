"""The one-line check the detector tests share: the secret goes, its neighbour stays."""

from __future__ import annotations

from wbdiag.redact import Redactor


def assert_redacted(line: str, secret: str, kept: str) -> None:
    out = Redactor()(line)
    assert secret not in out, out
    assert kept in out, out
