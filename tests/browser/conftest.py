"""The browser tests' Chromium binary (Debian's `chromium`)."""

from __future__ import annotations

import pytest

from tests.servers.common import require_binary


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_binary("chromium")
