"""Rule files: every error names the file and the line; valid rules become frozen objects."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wbdiag.errors import RuleError
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.loader import load_pack, load_rule_file
from wbdiag.rules.model import Severity

GOOD = """\
id: server.example
title: An example rule
severity: warning
category: server
description: Something that happens in a W&B deployment.
message: "connection to {addr} refused ({count} times)"
remediation: Do the thing that fixes it.
references:
  - wandb/server#86
condition:
  log:
    pattern: 'dial tcp (?P<addr>[0-9.]+:[0-9]+): connect: connection refused'
"""


def write(tmp_path: Path, text: str, name: str = "server.example.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_valid_rule_loads_frozen(tmp_path: Path) -> None:
    rule = load_rule_file(write(tmp_path, GOOD))
    assert rule.id == "server.example"
    assert rule.severity is Severity.WARNING
    assert rule.location.line == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("severity: warning", "severity: urgent", 3, "is not one of"),
        ("category: server\n", "category: server\ncategory: other\n", 5, "duplicate key"),
        ("  log:\n", "  log:\n    colour: red\n", 12, "Additional properties"),
        ("(?P<addr>[0-9.]+:[0-9]+)", "(?P<addr>[0-9.]+:[0-9]+)(?=x)", 12, "lookahead"),
        ("(?P<addr>[0-9.]+:[0-9]+)", "(?P<addr>[0-9.]+:[0-9]+)\\1", 12, "backreference"),
        ("(?P<addr>[0-9.]+:[0-9]+)", "(?P<addr>[0-9.]+:[0-9]+", 12, "does not compile"),
        ("({count} times)", "({when} times)", 6, "never supplies"),
        ("wandb/server#86", "see the docs", 9, "neither an https URL"),
        ("id: server.example", "id: server.other", 1, "must equal the file name"),
        ("category: server", "category: mysql", 4, "must be the id's prefix"),
        ("description: Something", "description:\n  - Something", 5, "is not of type"),
        # `unless` is held to the pattern's limits, its error at its own line
        ("refused'\n", "refused'\n    unless: 'probe(?=x)'\n", 13, "unless is not portable"),
        ("refused'\n", "refused'\n    unless: '(a|aa)+b\\1'\n", 13, "backreference"),
        ("refused'\n", "refused'\n    unless: ''\n", 13, "should be non-empty"),
        ("refused'\n", "refused'\n    unless: '\\d+\\s\\w'\n", 13, "no distinctive literal"),
    ],
)
def test_errors_carry_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, words: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert err.value.location.path == str(path)
    assert err.value.location.line == line, str(err.value)
    assert words in str(err.value)
    assert str(err.value).startswith(f"{path}:{line}")


def test_unless_loads_with_the_pattern_s_case(tmp_path: Path) -> None:
    text = GOOD.replace(
        "refused'\n", "refused'\n    ignore_case: true\n    unless: 'probe failed'\n", 1
    )
    cond = load_rule_file(write(tmp_path, text)).condition
    assert isinstance(cond, LogCondition)
    assert cond.unless == "probe failed"
    assert cond.excludes(
        "Readiness PROBE FAILED: dial tcp 10.0.0.1:9000: connect: connection refused"
    )
    assert not cond.excludes("dial tcp 10.0.0.1:9000: connect: connection refused")
    plain = load_rule_file(write(tmp_path, GOOD)).condition
    assert isinstance(plain, LogCondition)
    assert plain.unless is None and not plain.excludes("probe failed")


def test_invalid_yaml_has_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("title: An example rule", "title: [unclosed"))
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert err.value.location.line is not None
    assert "invalid YAML" in str(err.value)


def test_condition_with_two_kinds_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace(
        "condition:\n  log:",
        "condition:\n  value: {file: a.json, field: x, op: exists}\n  log:",
    )
    with pytest.raises(RuleError) as err:
        load_rule_file(write(tmp_path, text))
    assert err.value.location.line == 10


def test_value_operator_needs_value(tmp_path: Path) -> None:
    text = GOOD.replace(
        "  log:\n    pattern: 'dial tcp (?P<addr>[0-9.]+:[0-9]+): connect: connection refused'\n",
        "  value:\n    file: mysql/variables.json\n    field: binlog_format\n    op: eq\n",
    ).replace("connection to {addr} refused ({count} times)", "{value}")
    with pytest.raises(RuleError) as err:
        load_rule_file(write(tmp_path, text))
    assert "needs a 'value'" in str(err.value)
    assert err.value.location.line == 11


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", GOOD)
    write(tmp_path / "b", GOOD)
    with pytest.raises(RuleError, match="duplicate rule id"):
        load_pack([tmp_path])


def test_missing_path_and_empty_dir(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such rule file"):
        load_pack([tmp_path / "nope"])
    with pytest.raises(RuleError, match="no rule files found"):
        load_pack([tmp_path])


def test_shipped_pack_loads_with_unique_ids() -> None:
    pack = load_pack()
    ids = [r.id for r in pack.rules]
    assert len(ids) == len(set(ids)) >= 19
