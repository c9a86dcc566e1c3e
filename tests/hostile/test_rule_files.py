"""Custom rule files from a stranger: only plain YAML is read, and every refusal names the file
and line (`rules validate` and `analyze --rules` alike), within the limits of every case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.harness import RULE_HEAD, run_wbdiag, tgz

HEAD = RULE_HEAD
CONDITION = "condition:\n  log:\n    pattern: 'timed out'\n"

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        (HEAD + "base: &b {x: 1}\nother:\n  <<: *b\n" + CONDITION, 11, "merge keys"),
        (HEAD + "tags: !!python/object/apply:os.system [echo hi]\n" + CONDITION, 9, "YAML tag"),
        (HEAD + "tags: !custom [a]\n" + CONDITION, 9, "YAML tag"),
        (HEAD + "tags: &loop [*loop]\n" + CONDITION, 9, "refers to itself"),
        (HEAD + "tags: " + "[" * 5000 + "]" * 5000 + "\n" + CONDITION, 9, "nested deeper"),
        (HEAD + "tags:\n" + "".join("  " * i + "- \n" for i in range(1, 60)), 49, "nested deeper"),
        (HEAD + LAUGHS + CONDITION, 13, "expands to more than"),
        (HEAD + "tags: [" + "9" * 5000 + "]\n" + CONDITION, 9, "unusable value"),
        (HEAD + "tags: [2026-13-45]\n" + CONDITION, 9, "unusable value"),
        (HEAD + 'tags: ["\\ud800"]\n' + CONDITION, 9, "lone surrogate"),
    ],
    ids=[
        "merge",
        "python-tag",
        "custom-tag",
        "self-alias",
        "deep-flow",
        "deep-block",
        "laughs",
        "huge-int",
        "bad-date",
        "lone-surrogate",
    ],
)
@pytest.mark.parametrize("command", ["validate", "analyze"])
def test_unsafe_yaml_is_refused_with_file_and_line(
    tmp_path: Path, text: str, line: int, says: str, command: str
) -> None:
    rule = tmp_path / "custom.timeout.yaml"
    rule.write_text(text)
    if command == "validate":
        out = run_wbdiag("rules", "validate", rule)
    else:
        out = run_wbdiag("analyze", tgz(tmp_path / "b.tgz", {}), "--rules", rule)
    out.assert_clear(2)
    assert f"{rule}:{line}:" in out.error and says in out.error


def test_small_aliases_still_work(tmp_path: Path) -> None:
    rule = tmp_path / "custom.timeout.yaml"
    rule.write_text(
        HEAD.replace("references: [https://example.invalid/x]\n", "")
        + "references: &refs [https://example.invalid/x]\ntags: *refs\n"
        + CONDITION
    )
    out = run_wbdiag("rules", "validate", rule)
    out.assert_clear(0)
    assert "1 rules valid" in out.stdout
