"""The core of `wbdiag analyze`: bundle + rules -> report document. No printing, no exiting."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wbdiag.bundle.reader import BundleSource
from wbdiag.report.build import build_report
from wbdiag.rules.engine import analyze
from wbdiag.rules.loader import load_pack


def analyze_bundle(bundle: Path, rule_paths: Sequence[Path] = ()) -> dict[str, Any]:
    pack = load_pack(rule_paths or None, trust_stamp=True)
    source = BundleSource.open(bundle)
    return build_report(analyze(source, pack))
