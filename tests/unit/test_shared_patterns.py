"""Shared pattern fragments (shared_patterns.py): a rule names one as `{{name}}`, the loader fills
it in before its checks, an unknown name is refused at its file and line, and the error miner
reads the same start-up poll words as server.mysql_refused's `unless`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.test_loader import GOOD
from wbdiag.errors import RuleError
from wbdiag.rules import shared_patterns
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.error_quiet import failed_with_error
from wbdiag.rules.loader import load_rule_file

# test_loader's rule, on MySQL's port, with an `unless` naming the start-up poll's words
RULE = GOOD.replace("[0-9]+)", "3306)").replace(
    "refused'\n", "refused'\n    unless: '\\blevel=info\\b.*?{{startup_poll}}'\n"
)


def _load(tmp_path: Path, text: str) -> LogCondition:
    path = tmp_path / "server.example.yaml"
    path.write_text(text, encoding="utf-8")
    cond = load_rule_file(path).condition
    assert isinstance(cond, LogCondition)
    return cond


def test_a_fragment_is_filled_in_as_a_group(tmp_path: Path) -> None:
    cond = _load(tmp_path, RULE)
    assert cond.unless == rf"\blevel=info\b.*?(?:{shared_patterns.STARTUP_POLL})"
    refused = "dial tcp 10.0.0.3:3306: connect: connection refused"
    # each of the poll's wordings (Dapr's `DB is not ready`, gnomock's `healthcheck failed`, a
    # wait-for script's `waiting for mysql`) at INFO is taken back
    for poll in ("DB is not ready", "healthcheck failed", "waiting for mysql", "Readiness wait"):
        assert cond.excludes(f'level=info msg="{poll}: {refused}"'), poll
    # near misses: the same refusal at ERROR, or at INFO without a poll's words
    assert not cond.excludes(f'level=error msg="DB is not ready: {refused}"')
    assert not cond.excludes(f'level=info msg="migrate failed: {refused}"')
    assert not cond.excludes(f'level=info msg="the wait is over: {refused}"')


def test_a_fragment_in_the_pattern_keeps_its_groups(tmp_path: Path) -> None:
    refused = "connect: connection refused'"
    text = RULE.replace(refused, "connect: connection refused, url: /b\\?{{s3_subresource}}='")
    cond = _load(tmp_path, text.replace("    unless: '\\blevel=info\\b.*?{{startup_poll}}'\n", ""))
    line = "dial tcp 10.0.0.3:3306: connect: connection refused, url: /b?"
    assert cond.regex.search(line + "location=")
    assert cond.regex.search(line + "legal-hold=")
    assert not cond.regex.search(line + "versionId=")  # an object's version: no subresource
    assert cond.variables() == {"addr", "count"}  # the fragment adds no capture group


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("{{startup_poll}}", "{{startup_pol}}", 13),
        ("connect: connection refused'", "connect: {{refusal}}'", 12),
    ],
    ids=["unless", "pattern"],
)
def test_an_unknown_name_is_refused_at_its_line(
    tmp_path: Path, old: str, new: str, line: int
) -> None:
    path = tmp_path / "server.example.yaml"
    path.write_text(RULE.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert err.value.location.line == line, str(err.value)
    assert "no shared pattern fragment named" in str(err.value)


def test_a_repeat_count_is_no_reference() -> None:
    # `{2}` and `{1,100}` are a regex's own; only two braces around a name are a reference
    text = r"a{2}b{1,100}c\{\{x"
    assert shared_patterns.expand(text, KeyError) == text


@pytest.mark.parametrize("name", sorted(shared_patterns.FRAGMENTS))
def test_every_fragment_compiles_on_its_own(name: str) -> None:
    re.compile(shared_patterns.FRAGMENTS[name])
    assert shared_patterns.REFERENCE.fullmatch("{{" + name + "}}")


def test_the_miner_reads_the_same_start_up_poll() -> None:
    # a start-up poll's refused try: routine below WARN, a failure at WARN; the same failed
    # action without a poll's words is a failure at INFO too
    refused = 'err="dial tcp 10.0.0.5:3306: connect: connection refused"'
    for poll in ("waiting for the database", "not ready yet", "readiness wait"):
        line = f'level=info msg="Failed to connect, {poll}" {refused}'
        assert not failed_with_error(line, "info"), poll
        assert failed_with_error(line, "warn"), poll
    assert failed_with_error(
        f'level=info msg="Failed to connect to the database" {refused}', "info"
    )
