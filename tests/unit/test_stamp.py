"""The shipped pack's stamp (wbdiag/rules/stamp.py): its schema and pattern checks are skipped
only while every rule file and the schema hash to it; rule files given by path are always
checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wbdiag.cli import main
from wbdiag.errors import RuleError
from wbdiag.rules import linear, loader, stamp
from wbdiag.rules.selftest import stale_stamp

REPO_RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped pack standing in for it, with its stamp written."""
    root = tmp_path / "rules"
    shutil.copytree(loader.default_rules_dir(), root)
    monkeypatch.setattr(loader, "default_rules_dir", lambda: root)
    stamp.write(*loader.shipped_files())
    return root


def schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    check = loader.check_schema

    def spy(data: object, marks: dict[tuple[str | int, ...], tuple[int, int]], name: str) -> None:
        seen.append(name)
        check(data, marks, name)

    monkeypatch.setattr(loader, "check_schema", spy)
    return seen


def pattern_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    check = linear.check

    def spy(regex: str) -> str | None:
        seen.append(regex)
        return check(regex)

    monkeypatch.setattr(linear, "check", spy)
    return seen


def test_the_shipped_stamp_matches_the_shipped_pack() -> None:
    assert stale_stamp() == [], "run `wbdiag rules validate --stamp`"
    assert stamp.recorded(REPO_RULES) is not None


def test_a_matching_stamp_skips_the_schema_and_pattern_checks(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = schema_checks(monkeypatch)
    patterns = pattern_checks(monkeypatch)
    trusted = loader.load_pack(trust_stamp=True)
    assert seen == [] and patterns == []
    checked = loader.load_pack()
    assert len(seen) == len(checked.rules) > 100
    assert len(patterns) > 100  # every log pattern and value regex
    assert repr(trusted) == repr(checked)


def test_a_changed_rule_pattern_is_checked_again(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern the stamp did not vouch for is refused as `rules validate` would refuse it."""
    rule = next(f for f in sorted(pack.rglob("*.yaml")) if "pattern: " in f.read_text("utf-8"))
    text = rule.read_text("utf-8")
    rule.write_text(text.replace("pattern: ", "pattern: (a+)+b|", 1), "utf-8")
    with pytest.raises(RuleError, match=r"linear time|backtrack") as err:
        loader.load_pack(trust_stamp=True)
    assert err.value.location.path == str(rule)


def test_a_changed_rule_is_checked_and_its_error_names_file_and_line(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = next(pack.rglob("*.yaml"))
    rule.write_text(rule.read_text("utf-8") + "colour: blue\n", "utf-8")
    assert stale_stamp() and "rules validate --stamp" in stale_stamp()[0]
    with pytest.raises(RuleError, match="colour") as err:
        loader.load_pack(trust_stamp=True)
    assert err.value.location.path == str(rule) and err.value.location.line is not None


def test_rules_given_by_path_are_always_checked(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = schema_checks(monkeypatch)
    loader.load_pack([pack], trust_stamp=True)
    assert len(seen) > 100


def test_validate_writes_the_stamp_only_for_the_shipped_pack(pack: Path) -> None:
    (pack / stamp.STAMP_FILE).unlink()
    assert stale_stamp()
    result = CliRunner().invoke(main, ["rules", "validate", "--stamp"])
    assert result.exit_code == 0, result.output
    assert stale_stamp() == []
    refused = CliRunner().invoke(main, ["rules", "validate", "--stamp", str(pack)])
    assert refused.exit_code == 2 and "give no paths" in refused.output
