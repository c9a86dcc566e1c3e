"""The checks the detector tests share: the secret goes, its neighbour stays; a record's
secrets go; look-alike lines come back byte for byte; both prefilter engines."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.prefilter import ENV_ENGINE


def assert_redacted(line: str, secret: str, kept: str) -> None:
    out = Redactor()(line)
    assert secret not in out, out
    assert kept in out, out


def assert_gone(lines: list[str], secrets: list[str]) -> None:
    """None of `secrets` survives the redaction of `lines`, read as one file."""
    text = "\n".join(Redactor().lines(lines))
    assert not [s for s in secrets if s in text], text


def hexdump_c(data: bytes) -> list[str]:
    """`hexdump -C`'s lines for `data`."""
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i : i + 16]
        left = " ".join(f"{b:02x}" for b in chunk[:8])
        right = " ".join(f"{b:02x}" for b in chunk[8:])
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{i:08x}  {left:<23}  {right:<23}  |{text}|")
    return rows


def assert_kept(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


@pytest.fixture(params=["hyperscan", "re"])
def both_engines(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Lines a pick-only hint selects (a follower's first line, a split record): both prefilter
    engines must pick them. A module uses it with `pytestmark = usefixtures("both_engines")`."""
    monkeypatch.setenv(ENV_ENGINE, request.param)
    return str(request.param)
