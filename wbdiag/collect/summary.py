"""What `collect` tells the admin at the end: where the bundle is and what it holds, what each
collector gathered or why not, what was redacted, and how to review it before sending it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import Manifest


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


def render_summary(output: Path, manifest: Manifest, keep_dir: Path | None) -> str:
    size = output.stat().st_size
    lines = [
        f"wrote {output}",
        f"  {_size(size)}, sha256 {sha256_of(output)}",
        "Collectors:",
    ]
    width = max((len(c.name) for c in manifest.collectors), default=8)
    for c in manifest.collectors:
        what = f"{len(c.files)} files, {_size(c.bytes)}" if c.files else "nothing written"
        if c.truncated:
            what += " (some logs cut to the newest part)"
        why = f" - {c.error}" if c.error else ""
        lines.append(f"  {c.name:<{width}}  {c.status.value:<11} {what}{why}")
        for note in c.notes[:3]:
            lines.append(f"  {'':<{width}}  {'':<11} note: {note}")
        if len(c.notes) > 3:
            lines.append(
                f"  {'':<{width}}  {'':<11} ({len(c.notes) - 3} more notes in the manifest)"
            )
    total = sum(manifest.redaction.values())
    if total:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(manifest.redaction.items()))
        lines.append(f"Redacted: {total} values ({kinds}); per file and line in {layout.MANIFEST}")
    else:
        lines.append("Redacted: nothing secret-looking was found")
    gate = manifest.leak_gate
    if gate.get("findings"):
        lines.append(
            f"Leak gate: {gate['findings']} secret-looking strings left, written anyway "
            "(--allow-unredacted):"
        )
        lines += [f"  {w['path']}:{w['line']} ({w['kind']})" for w in gate.get("where", [])[:10]]
    else:
        lines.append("Leak gate: passed (an independent check found no secret left)")
    lines.append("Before you send it:")
    if keep_dir is not None:
        lines.append(f"  - the same files, unpacked, are in {keep_dir / layout.ROOT_DIR}")
    lines += [
        f"  - list what it holds:       tar -tzvf {output}",
        f"  - see every replacement:    tar -xzOf {output} | grep -n 'REDACTED' | less",
        f"  - check it again:           wbdiag redact-check {output}",
    ]
    if keep_dir is None:
        lines.append("  - (--keep-dir DIR leaves an unpacked copy to read before sending)")
    return "\n".join(lines) + "\n"
