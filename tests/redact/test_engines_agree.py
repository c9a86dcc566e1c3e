"""Both prefilter engines redact every corpus record to the same bytes: the detectors run on a
line must not depend on which engine picked it (prefilter.py, `by_pattern`). The measurements
are the ones test_corpus.py makes with each engine (corpus_eval caches them), so this costs
nothing beside it."""

from __future__ import annotations

import pytest

from tests.redact.corpus_eval import CORPUS, evaluate, load
from wbdiag.redact.prefilter import ENV_ENGINE

SETS = sorted(str(p.parent.relative_to(CORPUS)) for p in CORPUS.rglob("positives.jsonl"))


def test_every_set_is_compared() -> None:
    assert len(SETS) >= 18 and "." in SETS and "holdout15" in SETS


@pytest.mark.parametrize("part", SETS)
def test_engines_give_the_same_output(part: str, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = {}
    for engine in ("hyperscan", "re"):
        monkeypatch.setenv(ENV_ENGINE, engine)
        outputs[engine] = evaluate(CORPUS / part).outputs
    records = load(CORPUS / part / "positives.jsonl") + load(CORPUS / part / "negatives.jsonl")
    assert len(outputs["re"]) == len(records)
    differ = [
        (rec["shape"], hs, rx)
        for rec, hs, rx in zip(records, outputs["hyperscan"], outputs["re"], strict=True)
        if hs != rx
    ]
    assert differ == []
