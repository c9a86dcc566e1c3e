"""The shipped rule pack's schema and pattern checks, done once when the pack changes instead of
at every start.

Checking 117 rule files against rule.schema.json costs `wbdiag analyze` about 0.1 s of its
single-threaded start (importing jsonschema is most of it), and checking their patterns (each
compiled by `re` twice and by RE2, and walked for backtracking; linear.py, portable_regex.py)
another 0.07 s. `wbdiag rules validate --stamp` checks the shipped pack in full and writes
STAMP_FILE into it: the SHA-256 of the schema, of the shared pattern fragments the rules name
(shared_patterns.py) and of every rule file's name and bytes.
`analyze` and `diff` skip the schema and pattern checks and validators.py of the shipped pack
while its files still hash to that (the validators read every pattern's group names, which
compiled all of them at every start), and compile a log pattern only when something asks for it;
rule files given with `--rules` are always checked in full. `wbdiag rules test` checks everything and fails on a stamp that no longer matches the
pack, so a changed rule cannot ship without its checks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources as importlib_resources
from pathlib import Path

from wbdiag.rules import shared_patterns

STAMP_FILE = "schema-checked.sha256"
_HEADER = (
    "# SHA-256 of wbdiag/rules/rule.schema.json, of the shared pattern fragments and of every rule\n"
    "# file here (name and bytes), all of which passed the schema and pattern checks. Written by `wbdiag rules validate --stamp`;\n"
    "# while it matches, analyze skips those checks of this pack (wbdiag/rules/stamp.py).\n"
)


def _schema_bytes() -> bytes:
    return importlib_resources.files("wbdiag.rules").joinpath("rule.schema.json").read_bytes()


def digest(root: Path, files: Sequence[tuple[Path, bytes]]) -> str:
    """The hash of the schema and of the rule files (path under `root`, bytes), in their order."""
    h = hashlib.sha256()
    h.update(_schema_bytes())
    h.update(shared_patterns.digest_bytes())
    for path, raw in files:
        name = path.relative_to(root).as_posix().encode("utf-8", "surrogateescape")
        h.update(b"\0%d\0%s\0" % (len(raw), name))
        h.update(raw)
    return h.hexdigest()


def recorded(root: Path) -> str | None:
    """The digest STAMP_FILE holds, or None when there is none."""
    try:
        text = (root / STAMP_FILE).read_text("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [line.strip() for line in text.splitlines() if not line.startswith("#")]
    return next((line for line in lines if line), None)


def write(root: Path, files: Sequence[tuple[Path, bytes]]) -> Path:
    path = root / STAMP_FILE
    path.write_text(_HEADER + digest(root, files) + "\n", "ascii")
    return path
