"""Small builders for tests: bundle directories and tarballs in tmp_path; the shipped pack."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import io
import json
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.rules import engine
from wbdiag.rules.loader import RulePack, load_pack
from wbdiag.rules.model import Finding
from wbdiag.rules.unrecognised import TemplateMiner

T = TypeVar("T")


def present(value: T | None) -> T:
    """`value`, asserted to be there: a field a model types as optional (the kubernetes client's
    models make nearly every field so) that the test expects set."""
    assert value is not None
    return value


@functools.cache
def shipped_pack() -> RulePack:
    """The shipped pack, loaded (and every pattern checked) once per test process: a pack is
    immutable, and loading it is a second or more of CPU (more than a collect it analyses)."""
    return load_pack()


def make_bundle_dir(root: Path, files: dict[str, Any], manifest: Manifest | None = None) -> Path:
    """Files: path -> JSON-able object (written as JSON) or str (written as text)."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    if manifest is not None:
        (root / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    return root


def manifest_with(*records: tuple[str, CollectorStatus, str | None]) -> Manifest:
    return Manifest(
        wbdiag_version="test",
        collected_at="2026-11-28T00:00:00Z",
        collectors=[CollectorRecord(name, status, error=error) for name, status, error in records],
    )


def make_tar(path: Path, members: list[tarfile.TarInfo], data: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for info in members:
            payload = data.get(info.name)
            if payload is not None:
                info.size = len(payload)
                tar.addfile(info, io.BytesIO(payload))
            else:
                tar.addfile(info)
    return path


def file_member(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.REGTYPE
    return info


def miner_lists(line: str, log: str = "docker/containers/wandb-local/container.log") -> bool:
    """The error miner lists this one line (as one template)."""
    miner = TemplateMiner()
    miner.observe(log, 1, line, False)
    return len(miner.templates()) == 1


@contextlib.contextmanager
def quiet_findings_checked() -> Iterator[Counter[str]]:
    """Within it, every fixed Finding `analyze` hands out for a quiet rule (engine._QuietRule)
    is compared, field by field, with evaluating the rule's condition tree on the same analysis
    (what `analyze` does for every other rule). Counts `fixed` and `evaluated` findings, in all
    and by rule (`fixed <rule id>`): a caller asserts both, so the check cannot pass by never
    taking the fast path, or by taking it always."""
    counts: Counter[str] = Counter()
    original = engine._evaluate

    def checked(rule: Any, quiet: Any, ctx: Any, read: Any) -> Finding:
        got = original(rule, quiet, ctx, read)
        way = "fixed" if quiet is not None and got is quiet.finding else "evaluated"
        if way == "fixed":  # (else `got` is evaluate_rule's own)
            evaluated = engine.evaluate_rule(rule, ctx)
            for f in dataclasses.fields(Finding):
                assert getattr(got, f.name) == getattr(evaluated, f.name), (rule.id, f.name)
        counts[way] += 1
        counts[f"{way} {rule.id}"] += 1
        return got

    engine._evaluate = checked
    try:
        yield counts
    finally:
        engine._evaluate = original
