"""Every regex applied to bundle content, fed adversarial 64 KiB lines: each line must take at
most a fixed CPU budget (a super-linear regex takes seconds to minutes on one such line; the
linear ones take milliseconds). The lines repeat the characters and fragments that make
backtracking engines retry: dots, quotes, arrows, separators, after the prefixes that select a
line for a rule, the error miner or a redaction detector."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.helpers import shipped_pack
from tests.hostile.harness import RULE_HEAD, analyze_json, tgz
from wbdiag.bundle import globs
from wbdiag.cli import main
from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate
from wbdiag.report.markdown import md_code, md_escape
from wbdiag.rules import linear
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.error_confirm import compile_patterns
from wbdiag.rules.matching import PatternSpec, build_matcher
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import TemplateMiner
from wbdiag.timestamps import line_time

N = 64 * 1024
BUDGET = 1.0  # CPU seconds per 64 KiB line; the slowest linear case takes about 0.25
# The scan test mines each of an event's two lines, and a line of quotes masks every quote as a
# value: about 0.7 on its slowest line. A super-linear path on 64 KiB takes far longer.
SCAN_BUDGET = 2.0
UNITS = [
    *"aA0 .:-/_'\"`(){}[]<>=@\\#,|‘“é",
    "a-",
    "a.",
    "->",
    "a ",
    "'a",
    '"a',
    "a=",
    "a:b@",
    "a(",
    "1.",
    "0x",
    "a/",
    "//",
    '\\"',
    "%2",
    "a.go:1 ",
    "'a'",
]
PREFIXES = [
    "",
    "panic: ",
    "level=error ",
    '{"level":"error","msg":"',
    "tcp ",
    "Access denied for user ",
    "https://u:",
    "PASSWORD('",
    "2026-11-28T12:00:00+99:99 ",
]


def adversarial() -> list[str]:
    """Each unit repeated to 64 KiB after two of the prefixes (round robin)."""
    out = []
    for i, unit in enumerate(UNITS):
        for prefix in (PREFIXES[i % len(PREFIXES)], PREFIXES[(i + 4) % len(PREFIXES)]):
            out.append((prefix + unit * (N // len(unit) + 1))[:N])
    return out


LINES = adversarial()


def within_budget(
    f: Callable[[str], object], lines: list[str] = LINES, budget: float = BUDGET
) -> None:
    slow = []
    for line in lines:
        start = time.process_time()
        f(line)
        spent = time.process_time() - start
        if spent > budget:
            slow.append(f"{spent:.2f}s on {line[:40]!r}")
    assert not slow, slow


def test_scanner_rules_and_miner() -> None:
    pack = shipped_pack()
    conditions = [c for r in pack.rules for c in r.condition.walk() if isinstance(c, LogCondition)]
    miner = TemplateMiner(max_seconds=1e9)  # no work budget: each line must be cheap itself

    def scan(line: str) -> None:
        # a matched first line opens an event, so the adversarial line is tried as its
        # continuation as well as on its own
        data = f"panic: boom\n{line}\n{line}\n".encode()
        LogScanner(conditions, [miner]).scan(
            "docker/containers/w/container.log", io.BytesIO(data), N
        )

    # the pack's one-time compile (seconds) before timing, as `analyze` does before its budget
    # (whole: the UTF-8 database too, for the lines with non-ASCII units), and the miner's
    # confirmation's, which its budget leaves out
    LogScanner(conditions, [miner]).prepare(whole=True)
    compile_patterns()
    within_budget(scan, budget=SCAN_BUDGET)


def crafted_lines(pattern: str) -> list[str]:
    """The literal text of a pattern, repeated: lines that get past any prefilter to the
    pattern's own confirmation."""
    words = [w for w in pattern.replace("\\", " ").split(" ") if w.isalnum()]
    head = " ".join(words[:4]) + " "
    return [(head + "a->" * N)[:N], (head + "'" * N)[:N]]


SPECIAL = [
    ("tcp " + "a->" * N)[:N],  # server.mysql_io_timeout: quadratic in re
    ("Access denied for user " + "'a" * N)[:N],
]


def test_every_rule_pattern_confirms_in_linear_time() -> None:
    # What the `re` engine does with a candidate line (matching.confirm): the pattern's own
    # compiled form searches it. Each pattern gets the lines crafted for it; trying every pattern
    # on every crafted line (300 x 500 lines of 64 KiB) cost a minute of CPU and tested nothing
    # more: the compiled forms are RE2, linear on any line.
    pack = shipped_pack()
    conditions = [c for r in pack.rules for c in r.condition.walk() if isinstance(c, LogCondition)]
    compiled = linear.Lazy([PatternSpec(c.pattern, c.ignore_case) for c in conditions])
    for condition, rx in zip(conditions, compiled, strict=True):
        within_budget(rx.search, crafted_lines(condition.pattern) + SPECIAL)


def test_the_hyperscan_matcher_takes_crafted_lines_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WBDIAG_MATCHER", "hyperscan")
    pack = shipped_pack()
    conditions = [c for r in pack.rules for c in r.condition.walk() if isinstance(c, LogCondition)]
    matcher = build_matcher([PatternSpec(c.pattern, c.ignore_case) for c in conditions])
    crafted = dict.fromkeys(line for c in conditions for line in crafted_lines(c.pattern))
    within_budget(matcher.match, [*crafted, *SPECIAL])


def test_redaction_and_leak_gate() -> None:
    """On the lines cut to 32 KiB with a quarter of the budget, as tests/redact/test_linear.py
    times the redactor and the gate: a path whose cost grows with the square of the line takes
    a quarter of its 64 KiB time there, so it fails where it failed at 64 KiB, and a cubic one
    where it would take 2 s at 64 KiB. The slowest linear line takes about 0.1 s of 0.25 (the
    redactor's whole pass over the 64 KiB lines was 5.5 of this file's 24 CPU seconds)."""
    lines = [line[: N // 2] for line in LINES]
    budget = BUDGET / 4
    redactor = Redactor()
    gate = Gate([])
    # their one-time compile before timing, as for the scanner above: the redactor's first line
    # compiles its databases (0.75 of the 1.0 CPU second budget, idle) and was charged to the
    # first adversarial line, which failed it under load
    redactor("warm-up: password=x")
    list(gate.lines("x.log", ["warm-up: password=x"]))
    within_budget(redactor, lines, budget)
    within_budget(lambda line: list(gate.lines("x.log", [line])), lines, budget)


def test_report_escaping_and_timestamps() -> None:
    within_budget(md_escape)
    within_budget(md_code)
    within_budget(lambda line: md_code("`" * N + line))
    within_budget(line_time)


def test_globs_on_deep_paths() -> None:
    deep = "/".join(["a"] * 20_000) + "/y.log"
    for pattern in ("**/**/**/**/x/*.log", "**/a*a*a*a*a*b", "*/*/*/*/**/z.log"):
        start = time.process_time()
        assert not globs.matches(deep, (pattern,))
        assert time.process_time() - start < BUDGET


def test_user_value_regex_runs_in_linear_time() -> None:
    pattern = linear.compile(r"tcp [^\s]+->(?P<a>[^\s]+:3306)")
    within_budget(pattern.search, [("tcp " + "a->" * N)[:N]])


# -- rule files: patterns the linear engine cannot run, or that backtrack, are refused ---------
HEAD = RULE_HEAD + "condition:\n"


@pytest.mark.parametrize(
    ("condition", "says"),
    [
        ("  log:\n    pattern: '(?i)timeout'\n", "inline flag"),
        ("  log:\n    pattern: '(a+)+b'\n", "repeat inside a repeat"),
        ("  log:\n    pattern: '(\\w+\\s?)*$'\n", "repeat inside a repeat"),
        ("  log:\n    pattern: '(?<=x)timeout'\n", "lookbehind"),
        ("  log:\n    pattern: '(t)imeout\\1'\n", "backreference"),
        (
            "  value:\n    file: mysql/version.json\n    field: version\n    op: regex\n"
            "    value: '(x+x+)+y'\n",
            "repeat inside a repeat",
        ),
        (
            "  value:\n    file: mysql/version.json\n    field: version\n    op: regex\n"
            "    value: '(?i)mariadb'\n",
            "inline flag",
        ),
    ],
)
def test_rules_validate_refuses_patterns_that_are_not_linear(
    tmp_path: Path, condition: str, says: str
) -> None:
    # in process: the refusal is the linearity check's (rules/linear.py), and a `wbdiag`
    # process per pattern (a CPU second of start-up each) added nothing to it;
    # test_rule_files.py runs refused rule files through the process with its limits
    rule = tmp_path / "custom.timeout.yaml"
    rule.write_text(HEAD + condition)
    out = CliRunner().invoke(main, ["rules", "validate", str(rule)], catch_exceptions=False)
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert out.exit_code == 2 and len(lines) == 1, out.stderr
    assert lines[0].startswith(f"wbdiag: error: {rule}:") and says in lines[0], lines[0]


def test_scoped_inline_flag_works_everywhere(tmp_path: Path) -> None:
    rule = tmp_path / "custom.timeout.yaml"
    rule.write_text(HEAD + "  log:\n    pattern: '(?i:timed OUT)'\n")
    # validated in process, as the refused patterns above; the analysis below is a process
    out = CliRunner().invoke(main, ["rules", "validate", str(rule)], catch_exceptions=False)
    assert out.exit_code == 0 and not out.stderr.strip(), out.stderr
    bundle = tgz(
        tmp_path / "b.tgz",
        {"docker/containers/wandb-local/container.log": "request Timed Out after 30s\n"},
    )
    _, report = analyze_json(bundle, "--rules", rule)
    assert report is not None
    assert [f["rule_id"] for f in report["findings"]] == ["custom.timeout"]
