"""The real-world corpus report: loading, the bundle variants, verdicts, floors and the CLI.

The shipped corpus itself runs once per CI run, as `wbdiag rules test --corpus tests/realworld`
in scripts/test.sh, which fails below tests/realworld/floors.yaml."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.helpers import quiet_findings_checked, shipped_pack
from wbdiag.cli import main
from wbdiag.errors import WbdiagError
from wbdiag.rules.corpus import (
    Entry,
    Variant,
    Verdict,
    evaluate,
    evaluate_entry,
    load_corpus,
)
from wbdiag.rules.corpus_report import report_lines, run_corpus
from wbdiag.rules.corpus_score import score
from wbdiag.rules.loader import load_pack
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict

REPO = Path(__file__).resolve().parents[2]
RULE = REPO / "rules" / "server" / "server.mysql_refused.yaml"


def entry(text: str, expect: str, n: int = 1) -> Entry:
    return Entry("tuning", n, text, expect, "https://github.com/wandb/server/issues/86", None)


def write_set(directory: Path, name: str, body: str) -> None:
    directory.mkdir(exist_ok=True)
    (directory / f"{name}.yaml").write_text(body)


SMALL_SET = """\
- source: https://github.com/wandb/server/issues/86
  expect: server.mysql_refused
  text: |-
    panic: dial tcp 127.0.0.1:3306: connect: connection refused
- source: https://github.com/wandb/server/issues/39
  expect: unrecognised
  text: |-
    mc: <ERROR> Unable to get mcConfigDir. exit status 2.
- source: https://github.com/wandb/server/issues/39
  expect: benign
  text: |-
    *** Starting wandb servers...
"""


def test_variants_are_the_bundle_layouts_collect_writes() -> None:
    line = 'panic: x "y"'
    assert Variant.DOCKER.path(3) == "docker/containers/wandb-local-3/container.log"
    assert Variant.KUBERNETES.path(3).startswith("kubernetes/namespaces/wandb/logs/")
    assert Variant.FILE.path(3).endswith("/files/var/log/gorilla.log")
    assert Variant.JSON.path(3).startswith("attachments/")
    stamped = Variant.DOCKER.render(line + "\nsecond").decode().splitlines()
    assert all(s.endswith(('panic: x "y"', "second")) and s[:4].isdigit() for s in stamped)
    assert Variant.FILE.render(line) == (line + "\n").encode()
    wrapped = [json.loads(s) for s in Variant.JSON.render("‘a’\nb").decode().splitlines()]
    assert [w["log"] for w in wrapped] == ["‘a’\n", "b\n"]
    assert "‘" in Variant.JSON.render("‘a’").decode()  # UTF-8 as a shipper writes it, not \\u


def test_verdicts_of_each_kind() -> None:
    pack = load_pack([RULE])
    refused = "panic: dial tcp 127.0.0.1:3306: connect: connection refused"
    for variant in Variant:
        assert evaluate_entry(pack, entry(refused, "server.mysql_refused"), variant).verdict is (
            Verdict.FOUND
        )
    r = evaluate_entry(pack, entry("panic: no such table", "server.mysql_refused"), Variant.FILE)
    assert r.verdict is Verdict.NO_PATTERN and "miner: listed" in r.reason()
    r = evaluate_entry(pack, entry(refused, "unrecognised"), Variant.DOCKER)
    assert r.verdict is Verdict.EXPLAINED and "server.mysql_refused" in r.reason()
    r = evaluate_entry(pack, entry("ERROR disk quota exceeded", "unrecognised"), Variant.DOCKER)
    assert r.verdict is Verdict.COVERED and r.templates
    r = evaluate_entry(pack, entry("all good here", "unrecognised"), Variant.DOCKER)
    assert r.verdict is Verdict.NOT_LISTED and r.miner is MinerVerdict.NOT_CANDIDATE
    r = evaluate_entry(pack, entry("INFO 3 ERROR lines rotated", "unrecognised"), Variant.DOCKER)
    assert r.verdict is Verdict.NOT_LISTED and "filtered by level" in r.reason()
    r = evaluate_entry(pack, entry("ERROR disk quota exceeded", "benign"), Variant.DOCKER)
    assert r.verdict is Verdict.FALSE_ALARM and "unrecognised 'ERROR disk quota" in r.reason()
    assert evaluate_entry(pack, entry("started", "benign"), Variant.JSON).verdict is Verdict.QUIET


def test_wrong_rule_is_named() -> None:
    pack = load_pack([RULE, REPO / "rules" / "storage" / "storage.minio_refused.yaml"])
    line = "dial tcp 127.0.0.1:3306: connect: connection refused"
    r = evaluate_entry(pack, entry(line, "storage.minio_refused"), Variant.FILE)
    assert r.verdict is Verdict.WRONG_RULE and r.reason() == "wrong rule: server.mysql_refused"


def test_a_line_taken_back_by_unless_says_so() -> None:
    pack = load_pack([REPO / "rules" / "storage" / "storage.minio_refused.yaml"])
    probe = "Readiness probe failed: Get http://10.1.0.120:9000/ping: dial tcp 10.1.0.120:9000: connect: connection refused"
    r = evaluate_entry(pack, entry(probe, "storage.minio_refused"), Variant.DOCKER)
    assert r.verdict is Verdict.TAKEN_BACK and r.reason().startswith("taken back by unless")
    r = evaluate_entry(pack, entry("panic: no such table", "storage.minio_refused"), Variant.FILE)
    assert r.verdict is Verdict.NO_PATTERN


def test_miner_verdict_says_why() -> None:
    assert miner_verdict("ERROR: disk full") is MinerVerdict.LISTED
    assert miner_verdict("everything fine") is MinerVerdict.NOT_CANDIDATE
    assert miner_verdict('{"level":"info","msg":"Error: retried"}') is (
        MinerVerdict.FILTERED_BY_LEVEL
    )


def test_report_and_floors(tmp_path: Path) -> None:
    pack = load_pack([RULE])
    write_set(tmp_path, "tuning", SMALL_SET)
    entries = load_corpus(tmp_path, pack)
    assert [e.kind for e in entries] == ["rule", "unrecognised", "benign"]
    results = evaluate(pack, entries)
    s = score(results)["tuning"]
    assert (s.rule_found, s.rule_total) == (4, 4)
    assert (s.unrec_listed, s.unrec_total) == (4, 4)
    assert (s.false_alarms, s.benign_total) == (0, 4)
    lines = report_lines(results)
    assert "  server.mysql_refused                       tuning 4/4" in lines
    assert lines[-1].startswith("tuning: rule recall 4/4 (100.0%)")
    # a benign line that raises something: a miss with its reason, and a floor broken
    alarm = SMALL_SET.split("\n- ")[0].replace("server.mysql_refused", "benign")
    write_set(tmp_path, "tuning", SMALL_SET + alarm + "\n" + alarm)
    echoed: list[str] = []
    problems = run_corpus(pack, tmp_path, echoed.append)
    # ... and once more in the framed sample (every other entry: the fifth under the third
    # framing), its own set
    assert problems == [
        "tuning: 8 false alarms on benign lines (at most 0)",
        "framed: 1 false alarms on benign lines (at most 0)",
    ]
    assert any(line.startswith("MISS tuning#4 [docker,kubernetes,file,json]") for line in echoed)
    assert any(line.startswith("MISS tuning#5 [journal-short]") for line in echoed)
    framed_floor = "framed: {false_alarms: 1}\n"
    (tmp_path / "floors.yaml").write_text("tuning: {recall: 1.0, false_alarms: 8}\n" + framed_floor)
    assert run_corpus(pack, tmp_path, echoed.append) == []
    (tmp_path / "floors.yaml").write_text(
        "tuning: {unrecognised: 1.01, false_alarms: 8}\n" + framed_floor
    )
    assert run_corpus(pack, tmp_path, echoed.append) == [
        "tuning: unrecognised coverage 100.0% below 101.0%"
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- {expect: benign, source: x}\n", "needs `text`"),
        ("- {text: a, source: x}\n", "needs `expect` and `source`"),
        ("- {text: a, expect: nope.rule, source: x}\n", "unknown rule 'nope.rule'"),
        ("text: a\n", "a list of entries"),
    ],
)
def test_bad_corpus_is_a_clear_error(tmp_path: Path, body: str, message: str) -> None:
    write_set(tmp_path, "tuning", body)
    with pytest.raises(WbdiagError, match=message):
        load_corpus(tmp_path, load_pack([RULE]))


def test_a_rule_without_a_log_condition_cannot_be_expected(tmp_path: Path) -> None:
    """kubernetes.image_pull reads pod status and events: no log line can raise it."""
    write_set(
        tmp_path,
        "tuning",
        "- {text: Back-off pulling image, expect: kubernetes.image_pull, source: x}\n",
    )
    with pytest.raises(WbdiagError, match="no log condition: a log line cannot raise it"):
        load_corpus(tmp_path, shipped_pack())


def test_cli_corpus_option(tmp_path: Path) -> None:
    write_set(tmp_path, "tuning", SMALL_SET)
    (tmp_path / "floors.yaml").write_text("tuning: {recall: 1.0}\n")
    runner = CliRunner()
    r = runner.invoke(main, ["rules", "test", "--rules", str(RULE), "--corpus", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "tuning: rule recall 4/4 (100.0%)" in r.output
    r = runner.invoke(main, ["rules", "test", "--corpus", str(tmp_path / "missing")])
    assert r.exit_code == 2 and "corpus directory not found" in r.output


def test_a_miss_gives_what_the_miner_made_of_the_events_not_of_lines_alone() -> None:
    """A line that continues an event another line stands for is judged with that event: the
    reason never says `listed` for an entry the miner did not list."""
    pack = load_pack([RULE])
    # the exception line alone would be listed; here it continues a line logged at INFO
    text = "INFO cache warm-up done, last Error: none\n  java.lang.IllegalStateException: cold"
    assert miner_verdict(text.split("\n")[1]) is MinerVerdict.LISTED
    for variant in (Variant.DOCKER, Variant.KUBERNETES, Variant.FILE):
        r = evaluate_entry(pack, entry(text, "unrecognised"), variant)
        assert r.verdict is Verdict.NOT_LISTED and r.reason() == "not listed: filtered by level"
    # in a docker json-file log each line is an event of its own: the exception line is listed
    r = evaluate_entry(pack, entry(text, "unrecognised"), Variant.JSON)
    assert r.verdict is Verdict.COVERED and r.templates


HIDDEN = 'token: "panic: dial tcp 127.0.0.1:3306: connect: connection refused"'


def test_an_entry_is_measured_redacted_as_a_bundle_holds_it() -> None:
    pack = load_pack([RULE])
    for variant in Variant:
        assert b"connection refused" not in variant.bundled(HIDDEN)
        assert b"[REDACTED:keyvalue:1]" in variant.bundled(HIDDEN)
        r = evaluate_entry(pack, entry(HIDDEN, "server.mysql_refused"), variant)
        assert r.redaction_changed and r.lost_to_redaction
        assert (r.unredacted, r.verdict) == (Verdict.FOUND, Verdict.NO_PATTERN)
        r = evaluate_entry(pack, entry(HIDDEN, "server.mysql_refused"), variant, redacted=False)
        assert (r.redaction_changed, r.unredacted, r.verdict) == (False, None, Verdict.FOUND)
    # a line redaction leaves alone is analysed once, with nothing to compare
    r = evaluate_entry(pack, entry("panic: no such table", "server.mysql_refused"), Variant.FILE)
    assert (r.redaction_changed, r.unredacted) == (False, None)


def test_the_report_and_the_floors_say_what_redaction_cost(tmp_path: Path) -> None:
    pack = load_pack([RULE])
    write_set(
        tmp_path,
        "tuning",
        SMALL_SET + f"- source: x\n  expect: server.mysql_refused\n  text: '{HIDDEN}'\n",
    )
    echoed: list[str] = []
    problems = run_corpus(pack, tmp_path, echoed.append)
    assert problems == [
        "tuning: redaction changed 1 entries (at most 0)",
        "tuning: redaction lost 4 verdicts (at most 0)",
    ]
    assert any(
        line.startswith(
            "REDACTED tuning#4 [docker,kubernetes,file,json] expected server.mysql_refused: "
            "found -> no pattern matched"
        )
        for line in echoed
    )
    assert echoed[-2].endswith("entries redaction changed 1/4, verdicts it lost 4 (gained 0)")
    assert echoed[-1].startswith("framed (each entry under one framing, unredacted): rule recall")
    (tmp_path / "floors.yaml").write_text("tuning: {redaction_changed: 1, redaction_lost: 4}\n")
    assert run_corpus(pack, tmp_path, echoed.append) == []
    # unredacted: the entry is found, nothing is compared
    (tmp_path / "floors.yaml").write_text("tuning: {recall: 1.0}\n")
    r = CliRunner().invoke(
        main, ["rules", "test", "--rules", str(RULE), "--corpus", str(tmp_path), "--unredacted"]
    )
    assert r.exit_code == 0, r.output
    assert "REDACTED" not in r.output and "redaction changed" not in r.output
    r = CliRunner().invoke(main, ["rules", "test", "--rules", str(RULE), "--corpus", str(tmp_path)])
    assert r.exit_code == 1 and "FAIL tuning: redaction lost 4 verdicts (at most 0)" in r.output


def test_bad_redaction_floors_are_a_clear_error(tmp_path: Path) -> None:
    write_set(tmp_path, "tuning", SMALL_SET)
    (tmp_path / "floors.yaml").write_text("tuning: {redaction_lost: many}\n")
    with pytest.raises(WbdiagError, match=r"floors\.yaml: tuning: invalid literal"):
        run_corpus(load_pack([RULE]), tmp_path, print)


def test_quiet_rules_fixed_findings_equal_evaluating_them(tmp_path: Path) -> None:
    """A corpus set's one-line bundles in every layout (what the corpus run analyses ~26,000 of):
    each finding a quiet rule's fixed Finding gave equals evaluating the rule (tests/helpers.py);
    tests/test_conformance.py checks the same over every rule fixture."""
    pack = shipped_pack()
    (tmp_path / "heldout8.yaml").write_bytes((REPO / "tests/realworld/heldout8.yaml").read_bytes())
    entries = load_corpus(tmp_path, pack)
    with quiet_findings_checked() as counts:
        results = evaluate(pack, entries)
    assert len(results) == 4 * len(entries) >= 80
    # most rules of a one-line bundle are quiet and matched nothing; a found entry's rule is not
    assert counts["fixed"] > len(results) * 30
    found = {r.entry.expect for r in results if r.verdict is Verdict.FOUND}
    assert found and all(counts[f"evaluated {rule_id}"] for rule_id in found)


def test_an_entry_is_measured_under_a_framing_where_a_bundle_holds_it(tmp_path: Path) -> None:
    from wbdiag.rules.corpus import evaluate_framed
    from wbdiag.rules.corpus_framings import framed_sample
    from wbdiag.rules.framings import BY_NAME, FRAMINGS

    pack = load_pack([RULE])
    refused = entry("panic: dial tcp 127.0.0.1:3306: connect: connection refused", "x")
    refused = Entry("tuning", 1, refused.text, "server.mysql_refused", refused.source, None)
    r = evaluate_framed(pack, refused, BY_NAME["journal-json"])
    assert r.verdict is Verdict.FOUND and r.variant.value == "journal-json"
    quiet = entry("*** Starting wandb servers...", "benign")
    lines, s = framed_sample(pack, [refused, quiet, quiet])
    assert not lines and (s.rule_found, s.rule_total, s.benign_total) == (1, 1, 1)
    # the sample takes every other entry, its k-th under framing k mod n: every framing once
    # over 2n entries
    many = [replace(quiet, number=k) for k in range(1, 2 * len(FRAMINGS) + 1)]
    _, s = framed_sample(pack, many)
    assert s.benign_total == len(FRAMINGS) and s.false_alarms == 0
    write_set(tmp_path, "tuning", SMALL_SET)
    result = CliRunner().invoke(main, ["rules", "test", "--framings"])
    assert result.exit_code == 2 and "--corpus" in result.output
    result = CliRunner().invoke(
        main, ["rules", "test", "--rules", str(RULE), "--corpus", str(tmp_path), "--framings"]
    )
    assert result.exit_code == 0, result.output
    assert "journal-json" in result.output and "plain (file)" in result.output
