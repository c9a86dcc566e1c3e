"""The per-file redaction report that goes into the manifest: for each file and each kind of
detector, how many replacements and on which lines (the first MAX_LINES), never the values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_LINES = 100


@dataclass
class KindCount:
    count: int = 0
    lines: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "lines": list(self.lines)}


@dataclass
class FileRedactions:
    kinds: dict[str, KindCount] = field(default_factory=dict)

    def add(self, kind: str, lineno: int) -> None:
        entry = self.kinds.setdefault(kind, KindCount())
        entry.count += 1
        if (
            lineno
            and len(entry.lines) < MAX_LINES
            and (not entry.lines or entry.lines[-1] != lineno)
        ):
            entry.lines.append(lineno)

    def shifted(self, dropped_lines: int) -> FileRedactions:
        """The report for a file whose first `dropped_lines` lines were cut (log cap): line
        numbers as they are in the file that was kept; replacements in the cut part are gone."""
        out = FileRedactions()
        for kind, entry in self.kinds.items():
            kept = [n - dropped_lines for n in entry.lines if n > dropped_lines]
            complete = len(entry.lines) == entry.count  # every line was recorded
            if kept or not complete:
                out.kinds[kind] = KindCount(len(kept) if complete else entry.count, kept)
        return out

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def to_json(self) -> dict[str, Any]:
        return {k: v.to_json() for k, v in sorted(self.kinds.items())}

    @classmethod
    def from_json(cls, data: Any) -> FileRedactions:
        out = cls()
        if isinstance(data, dict):
            for kind, entry in data.items():
                if isinstance(entry, dict):
                    count = entry.get("count")
                    lines = entry.get("lines")
                    out.kinds[str(kind)] = KindCount(
                        count if isinstance(count, int) else 0,
                        [n for n in lines if isinstance(n, int)] if isinstance(lines, list) else [],
                    )
        return out
