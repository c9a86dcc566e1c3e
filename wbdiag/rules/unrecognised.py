"""Errors no rule knows: error-level lines not explained by a finding, grouped into templates.

The template miner itself is built in issue 5; this module fixes the record the report renders.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ErrorTemplate:
    source: str  # the subject (pod/container/file) the lines came from
    template: str  # the line with numbers, ids, IPs, hex, quoted values and paths masked
    count: int
    first_seen: str | None
    last_seen: str | None
    sample: str  # one real line (already redacted at collection)
    sample_path: str
    sample_line: int
    burst_per_minute: int = 0  # the most lines of this template seen within one minute

    def to_dict(self) -> dict[str, object]:
        return asdict(self)
