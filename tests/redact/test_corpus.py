"""The redactor against the corpus: no secret survives, even in part; look-alikes stay; JSON and
YAML lines stay parseable; the `re` prefilter engine redacts every record as Hyperscan does. The tuning corpus and both held-out sets (corpus/holdout/ and
corpus/holdout2/, each measured once before the changes that followed it, seen and fixed since)
must be clean: no secret or 6-character part of one survives, at most 3% of look-alikes change."""

from __future__ import annotations

import pytest

from tests.redact.corpus_eval import CORPUS, evaluate, load
from tests.redact.holdout_limits import HOLDOUT_LIMITS
from wbdiag.redact import Redactor
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter, lines_holding
from wbdiag.redact.redactor import detector_groups


@pytest.fixture(autouse=True)
def engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measurements redact with Hyperscan; the `re` engine gives the same bytes
    (test_re_engine_answers_as_hyperscan), so they hold for it too."""
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")


# Tuning and the seen held-out sets (their first measurements are in docs/redaction-measurements.md): every
# record clean.
CLEAN = [".", "holdout", "holdout2", "holdout_layers"]
# the least each part holds: (secret-bearing records, look-alikes)
_SIZE = {
    ".": (300, 100),
    "holdout": (100, 40),
    "holdout2": (100, 40),
    "holdout_layers": (80, 80),
}


@pytest.mark.parametrize("part", CLEAN)
def test_no_secret_survives(part: str) -> None:
    result = evaluate(CORPUS / part)
    assert result.positives >= _SIZE[part][0]
    assert result.leaks == []


@pytest.mark.parametrize("part", CLEAN)
def test_look_alikes_stay(part: str) -> None:
    result = evaluate(CORPUS / part)
    assert result.negatives >= _SIZE[part][1]
    assert result.fp_rate <= 0.03, result.changed


# holdout3 after its misses were fixed (first measured at 44 leaked and 11 changed,
# docs/redaction-measurements.md): one prose look-alike remains.
HOLDOUT3_MAX_LEAKS = 0
HOLDOUT3_MAX_CHANGED = 1


def test_holdout3_does_not_regress() -> None:
    result = evaluate(CORPUS / "holdout3")
    assert result.positives >= 120 and result.negatives >= 150
    assert len(result.leaks) <= HOLDOUT3_MAX_LEAKS
    assert len(result.changed) <= HOLDOUT3_MAX_CHANGED
    assert result.broken == []


# holdout4 after its misses were fixed by the generic layers (first measured at 31 leaked and 4
# changed, docs/redaction-measurements.md): the look-alike it still changes is a source line (a
# pytest node id's `::test_token_refresh` is a namespace path, kept).
HOLDOUT4_MAX_LEAKS = 0
HOLDOUT4_MAX_CHANGED = 1


def test_holdout4_does_not_regress() -> None:
    result = evaluate(CORPUS / "holdout4")
    assert result.positives == 393 and result.negatives == 321
    assert len(result.leaks) <= HOLDOUT4_MAX_LEAKS
    assert len(result.changed) <= HOLDOUT4_MAX_CHANGED
    assert result.broken == []


# the third of holdout_layers kept aside while the generic layers were built, measured once
# (docs/redaction-measurements.md) at 2 leaked and 2 changed: a CSV row under its header, and `auth: <object
# id>`; both fixed since (tables under their header, a timestamped log message is no YAML value).
UNSEEN_MAX_LEAKS = 0
UNSEEN_MAX_CHANGED = 0


def test_holdout_layers_unseen_does_not_regress() -> None:
    result = evaluate(CORPUS / "holdout_layers" / "unseen")
    assert result.positives >= 40 and result.negatives >= 40
    assert len(result.leaks) <= UNSEEN_MAX_LEAKS
    assert len(result.changed) <= UNSEEN_MAX_CHANGED
    assert result.broken == []


@pytest.mark.parametrize("name", HOLDOUT_LIMITS)
def test_seen_holdout_does_not_regress(name: str) -> None:
    limits = HOLDOUT_LIMITS[name]
    result = evaluate(CORPUS / name)
    assert (result.positives, result.negatives) == (limits.positives, limits.negatives)
    assert len(result.leaks) <= limits.leaks
    assert len(result.changed) <= limits.changed
    assert len(result.broken) <= limits.broken


@pytest.mark.parametrize("part", CLEAN)
def test_structure_stays_parseable(part: str) -> None:
    assert evaluate(CORPUS / part).broken == []


def test_every_class_of_the_issue_is_in_the_corpus() -> None:
    shapes = {rec["shape"] for rec in load(CORPUS / "positives.jsonl")}
    assert {
        "env", "nested", "quoted", "yaml", "yaml_block", "json", "k8s_env", "gostruct", "header",
        "azure", "slack", "github", "dockerconfig", "cmdline", "dsn", "netrc", "names", "pem",
        "sql", "xml", "wrapped", "file", "args", "flags", "redis", "smtp", "connstr",
    } <= shapes  # fmt: skip
    negatives = {rec["shape"] for rec in load(CORPUS / "negatives.jsonl")}
    assert {
        "pwd", "nsswitch", "policy", "token_type", "file_ref", "secret_ref", "server_var", "code",
        "hash",
    } <= negatives  # fmt: skip


# Every set with a corpus file, tuning and held-out alike.
ALL_SETS = sorted(str(p.parent.relative_to(CORPUS)) for p in CORPUS.rglob("positives.jsonl"))


def test_every_set_is_compared() -> None:
    assert len(ALL_SETS) >= 18 and "." in ALL_SETS and "holdout15" in ALL_SETS


@pytest.mark.parametrize("part", ALL_SETS)
def test_re_engine_answers_as_hyperscan(part: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The `re` engine redacts every record of every set to the bytes Hyperscan gives. A
    redaction depends on its engine only through what it asks the engine: `Prefilter.lines`
    (which lines, and which detectors on each: prefilter.py, `by_pattern`) and `lines_holding`
    (payloads.py); the rest is the same code on the same input, and each record has a redactor
    of its own. Hyperscan's redaction recorded every question and answer (corpus_eval.py):
    where `re` gives the same answer to each of a record's, its redaction asks the same
    questions in the same order and makes the same bytes. A record with any other answer (a
    line where Hyperscan also names a detector that finds nothing there) is redacted whole
    with `re` and compared. This costs the `re` engine's answers, not its whole redaction of
    every record again (the detectors, the decoding)."""
    result = evaluate(CORPUS / part)
    asked = result.asked
    assert any(a.words is None for a in asked) and any(a.words is not None for a in asked)
    monkeypatch.setenv(ENV_ENGINE, "re")
    prefilters: dict[tuple[str, ...], Prefilter] = {}
    other = set()
    for a in asked:
        if a.record in other:
            continue
        if a.words is not None:
            answer: object = lines_holding(a.text or "", a.words)
        else:
            pf = prefilters.get(a.exact)
            if pf is None:
                pf = prefilters[a.exact] = Prefilter(detector_groups(), a.exact, by_pattern=True)
                assert pf.engine == "re"
            found = pf.lines(a.lines, a.text)
            answer = {i: None if g is None else frozenset(g) for i, g in found.items()}
        if answer != a.answer:
            other.add(a.record)
    records = load(CORPUS / part / "positives.jsonl") + load(CORPUS / part / "negatives.jsonl")
    assert len(result.outputs) == len(records) and len(other) <= len(records) // 10
    differ = [
        (records[k]["shape"], result.outputs[k], out)
        for k in sorted(other)
        if (out := list(Redactor().lines(records[k]["lines"]))) != result.outputs[k]
    ]
    assert differ == []


# the smallest set, redacted whole by each engine: the end-to-end form of the replay above
WHOLE = "holdout_layers/unseen"


def test_engines_give_the_same_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both prefilter engines redact every record of a set to the same bytes, each running the
    whole redaction (a check that the engine enters a redaction only where the replay above
    asks it)."""
    outputs = {}
    for name in ("hyperscan", "re"):
        monkeypatch.setenv(ENV_ENGINE, name)
        outputs[name] = evaluate(CORPUS / WHOLE).outputs
    records = load(CORPUS / WHOLE / "positives.jsonl") + load(CORPUS / WHOLE / "negatives.jsonl")
    assert len(outputs["re"]) == len(records)
    differ = [
        (rec["shape"], hs, rx)
        for rec, hs, rx in zip(records, outputs["hyperscan"], outputs["re"], strict=True)
        if hs != rx
    ]
    assert differ == []
