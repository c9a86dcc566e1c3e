"""Measuring the redactor on the corpus (tests/redact/corpus/): which secrets survive (whole or
any 6-character part), which look-alike lines change, which JSON/YAML lines stop parsing."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wbdiag.redact import Redactor, payloads, prefilter
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter
from wbdiag.redact.values import PLACEHOLDER

CORPUS = Path(__file__).resolve().parent / "corpus"
FRAGMENT = 6


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# Vendor prefixes are public (`github_pat_` names the format, not the token): not counted.
_PUBLIC_PREFIX = re.compile(
    r"github_pat_|gh[pousr]_|xox[a-z]-|sk-proj-|local-|hf_|SG\.|AIza|AGE-SECRET-KEY-1"
    r"|tskey-[a-z]{3,8}-"
)


def fragments(secret: str) -> set[str]:
    secret = _PUBLIC_PREFIX.sub("", secret, count=1) if _PUBLIC_PREFIX.match(secret) else secret
    if len(secret) <= FRAGMENT:
        return {secret}
    return {secret[i : i + FRAGMENT] for i in range(len(secret) - FRAGMENT + 1)}


def leaked(secret: str, text: str) -> str | None:
    for frag in fragments(secret):
        if frag in text:
            return frag
    return None


def leaks_in(secrets: Iterable[str], text: str) -> list[tuple[str, str]]:
    """(secret, fragment) for each of `secrets` that `leaked` finds in `text`, in one pass over
    the text's 6-character runs rather than one substring search per fragment (a bundle member
    of a megabyte against a thousand secrets)."""
    runs = {text[i : i + FRAGMENT] for i in range(len(text) - FRAGMENT + 1)}
    found = []
    for secret in secrets:
        for frag in fragments(secret):
            if (frag in runs) if len(frag) == FRAGMENT else (frag in text):
                found.append((secret, frag))
                break
    return found


def _parses(kind: str, text: str) -> bool:
    # Only an object or an array is structure, in JSON as in YAML: a line holding only a number
    # or a string parses as a document too, but a placeholder in place of a bare number (a
    # scratch code alone on its line) breaks nothing a reader parses.
    try:
        doc = json.loads(text) if kind == "json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):
        return False
    return isinstance(doc, (dict, list))


@dataclass(frozen=True)
class Asked:
    """One call of `Prefilter.lines` (`exact`: the prefilter's known secrets) or, with `words`,
    of `lines_holding` (payloads.py), and what it answered, while redacting the set's `record`th
    record (positives, then negatives: the index of its output)."""

    record: int
    lines: tuple[str, ...]
    text: str | None
    answer: object
    exact: tuple[str, ...] = ()
    words: tuple[str, ...] | None = None


@dataclass
class Result:
    positives: int = 0
    leaks: list[tuple[str, str]] = field(default_factory=list)  # (shape, output)
    negatives: int = 0
    changed: list[tuple[str, str]] = field(default_factory=list)
    broken: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[list[str]] = field(default_factory=list)  # every record's, in file order
    # every question the redaction asked its engine, with the answer: the only places the
    # prefilter engine enters a redaction (test_corpus.py replays them on the other engine)
    asked: list[Asked] = field(default_factory=list)

    @property
    def fp_rate(self) -> float:
        return len(self.changed) / max(1, self.negatives)


# One measurement per set, engine and file version: the corpus tests read the same result for
# leaks, look-alikes and structure (each evaluation redacts the whole set).
_MEASURED: dict[tuple[Path, str, tuple[int, ...]], Result] = {}


def evaluate(folder: Path) -> Result:
    files = [folder / "positives.jsonl", folder / "negatives.jsonl"]
    key = (
        folder.resolve(),
        os.environ.get(ENV_ENGINE, ""),
        tuple(f.stat().st_mtime_ns for f in files),
    )
    if key not in _MEASURED:
        _MEASURED[key] = _evaluate(folder)
    return _MEASURED[key]


def _evaluate(folder: Path) -> Result:
    res = Result()
    lines_of, holding = Prefilter.lines, prefilter.lines_holding

    def asked_lines(
        pf: Prefilter, lines: Sequence[str], text: str | None = None
    ) -> dict[int, set[int] | None]:
        found = lines_of(pf, lines, text)
        answer = {i: None if g is None else frozenset(g) for i, g in found.items()}
        res.asked.append(Asked(len(res.outputs), tuple(lines), text, answer, tuple(pf.exact)))
        return found

    def asked_holding(text: str, words: tuple[str, ...]) -> list[int]:
        found = holding(text, words)
        res.asked.append(Asked(len(res.outputs), (), text, list(found), words=tuple(words)))
        return found

    Prefilter.lines = asked_lines  # type: ignore[method-assign,assignment]
    # (payloads.py holds the name it imported: replaced where it is looked up)
    vars(payloads)["lines_holding"] = asked_holding
    try:
        _redact_records(folder, res)
    finally:
        Prefilter.lines = lines_of  # type: ignore[method-assign]
        vars(payloads)["lines_holding"] = holding
    return res


def _redact_records(folder: Path, res: Result) -> None:
    for rec in load(folder / "positives.jsonl"):
        res.positives += 1
        red = Redactor()
        out = list(red.lines(rec["lines"]))
        res.outputs.append(out)
        text = PLACEHOLDER.sub("", "\n".join(out))
        for secret in rec["secrets"]:
            if leaked(secret, text):
                res.leaks.append((rec["shape"], text))
        for before, after in zip(rec["lines"], out, strict=True):
            # YAML: block-style lines only (a Go struct dump can happen to parse as a flow map)
            for kind in ("json", "yaml") if rec["shape"] in ("yaml", "env") else ("json",):
                if _parses(kind, before) and not _parses(kind, after):
                    res.broken.append((kind, after))
    for rec in load(folder / "negatives.jsonl"):
        res.negatives += 1
        out = list(Redactor().lines(rec["lines"]))
        res.outputs.append(out)
        if out != rec["lines"]:
            res.changed.append((rec["shape"], out[0]))


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["."]:
        r = evaluate(CORPUS / name)
        print(
            f"{name}: {r.positives} positives, {len(r.leaks)} leaked; {r.negatives} negatives, "
            f"{len(r.changed)} changed ({r.fp_rate:.1%}); {len(r.broken)} broke structure"
        )
        if name == ".":
            for shape, text in r.leaks + r.changed + r.broken:
                print(f"  {shape}: {text}")
