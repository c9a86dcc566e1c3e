"""Session-wide fixtures. Real servers are started once per test session by the plugins below."""

from __future__ import annotations

pytest_plugins: list[str] = []
