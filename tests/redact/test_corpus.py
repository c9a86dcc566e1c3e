"""The redactor against the corpus: no secret survives, even in part; look-alikes stay; JSON and
YAML lines stay parseable. The tuning corpus and both held-out sets (corpus/holdout/ and
corpus/holdout2/, each measured once before the changes that followed it, seen and fixed since)
must be clean: no secret or 6-character part of one survives, at most 3% of look-alikes change."""

from __future__ import annotations

import pytest

from tests.redact.corpus_eval import CORPUS, evaluate, load
from tests.redact.holdout_limits import HOLDOUT_LIMITS
from wbdiag.redact.prefilter import ENV_ENGINE


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every measurement with both prefilter engines: they must agree."""
    monkeypatch.setenv(ENV_ENGINE, request.param)
    return str(request.param)


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


@pytest.mark.parametrize("engine", ["both"])  # the comparison sets each engine itself
@pytest.mark.parametrize("part", ALL_SETS)
def test_engines_give_the_same_output(
    part: str, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both prefilter engines redact every record to the same bytes: the detectors run on a
    line must not depend on which engine picked it (prefilter.py, `by_pattern`). The outputs are
    the measurements the tests above made (corpus_eval caches them in this process), so this
    costs nothing beside them when it runs in the same worker, as it does in this file."""
    outputs = {}
    for name in ("hyperscan", "re"):
        monkeypatch.setenv(ENV_ENGINE, name)
        outputs[name] = evaluate(CORPUS / part).outputs
    records = load(CORPUS / part / "positives.jsonl") + load(CORPUS / part / "negatives.jsonl")
    assert len(outputs["re"]) == len(records)
    differ = [
        (rec["shape"], hs, rx)
        for rec, hs, rx in zip(records, outputs["hyperscan"], outputs["re"], strict=True)
        if hs != rx
    ]
    assert differ == []
