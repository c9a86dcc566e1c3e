"""The matching interface: `re` and Hyperscan engines find exactly the same (line, pattern, match)
on the shipped rules' fixture logs, on the benchmark generator's logs and on awkward text;
Hyperscan refusals fall back to `re`, observably; every shipped log pattern compiles with Hyperscan
(so a rule author learns it from the tests). Blocks of lines: test_blocks.py; the translation to
Hyperscan's syntax: test_hs_syntax.py.

Speed is not tested here: bench/run.py and bench/engines.py measure it."""

from __future__ import annotations

import bisect
import functools
import io
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import make_bundle
from tests.helpers import shipped_pack
from tests.unit.matching_support import (
    hs_matcher,
    log_conditions,
    need_hyperscan,
    scanner_specs,
)
from wbdiag.bundle.reader import iter_lines
from wbdiag.rules import blocks, hs_compile, linear, matching
from wbdiag.rules.blocks import LineBlock, read_blocks
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.hs_syntax import Unsupported
from wbdiag.rules.loader import default_fixtures_dir
from wbdiag.rules.matching import (
    HyperscanMatcher,
    LazyMatch,
    MatcherUnavailable,
    PatternSpec,
    ReMatcher,
    build_matcher,
)
from wbdiag.rules.offload import Later
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import TemplateMiner

ROOT = Path(__file__).resolve().parents[2]
MAX_LINE = 64 * 1024


Found = list[tuple[int, int, tuple[int, int], dict[str, str | None]]]


def by_line(matcher: ReMatcher | HyperscanMatcher, lines: list[str]) -> Found:
    return [
        (n, i, m.span(), m.groupdict())
        for n, line in enumerate(lines)
        for i, m in matcher.match(line)
    ]


def by_block(matcher: ReMatcher | HyperscanMatcher, data: bytes, block_bytes: int) -> Found:
    found: Found = []
    first = 0
    for block in read_blocks(io.BufferedReader(io.BytesIO(data)), MAX_LINE, block_bytes):
        hits = matcher.match_block(block)
        assert hits == sorted(hits, key=lambda h: (h[0], h[1]))
        found += [(first + n, i, m.span(), m.groupdict()) for n, i, m in hits]
        # a match the matcher did not confirm must be one (hs_syntax.py: byte mode is exact)
        assert all(m.resolve() is not None for *_, m in hits if isinstance(m, LazyMatch))
        first += len(block)
    return found


@functools.lru_cache(maxsize=4)
def both_matchers(specs: tuple[PatternSpec, ...]) -> tuple[ReMatcher, HyperscanMatcher]:
    """One matcher of each engine per pattern set, shared by every log it is compared on (a
    matcher keeps no state between lines or blocks, only its compiled patterns: one `re`
    matcher per fixture log compiled the ~1,000 patterns' alternation ~1,000 times)."""
    return ReMatcher(specs), hs_matcher(list(specs))


def anchored(spec: PatternSpec) -> bool:
    """Whether the pattern may hold an anchor to the text's ends (^, $, \\A, \\Z, \\z): those
    match at a line's ends but not inside a longer text. Escaped characters and the `^` of a
    negated class are not anchors; anything else that looks like one counts as one."""
    bare = re.sub(r"\\.", "", spec.regex).replace("[^", "[")
    return "^" in bare or "$" in bare or any(a in spec.regex for a in ("\\A", "\\Z", "\\z"))


RUN = 256


def reference(matcher: ReMatcher, lines: list[str]) -> Found:
    """What `re` finds line by line: each pattern's own compiled `re` searched in each line,
    narrowed by halving. A pattern without an anchor that matches a line matches the text of any
    run of lines joined by newlines holding it, at the same place (the line is a substring, and a
    newline is no word character, as a text's end is none for \\b): a run it does not match holds
    no line it matches, so each pattern is searched in halves of the lines down to single lines
    only where it matches (the same answers as a search in every line, at a fraction of the
    ~1,000 patterns' cost per line). The halving starts from runs of RUN lines: a match's
    position in a long text costs the `re2` wrapper a pass over the text before it, and the
    fixture logs' ~5,000 lines, most of which match something, took three times longer from the
    whole text. Anchored patterns are searched in every line."""
    found: Found = []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    text = "\n".join(lines)

    def search(rx: linear.Pattern, i: int, lo: int, hi: int) -> None:
        m = rx.search(text[starts[lo] : starts[hi] - 1])
        if m is None:
            return
        if hi - lo == 1:  # the run is the line
            found.append((lo, i, m.span(), m.groupdict()))
            return
        mid = (lo + hi) // 2
        search(rx, i, lo, mid)
        search(rx, i, mid, hi)

    for i, (spec, rx) in enumerate(zip(matcher._specs, matcher._compiled, strict=True)):
        if anchored(spec):
            for n, line in enumerate(lines):
                m = rx.search(line)
                if m is not None:
                    found.append((n, i, m.span(), m.groupdict()))
        else:
            for lo in range(0, len(lines), RUN):
                search(rx, i, lo, min(lo + RUN, len(lines)))
    found.sort(key=lambda hit: (hit[0], hit[1]))
    return found


def log_lines(data: bytes) -> list[str]:
    """The lines the scan reads: as iter_lines reads them, without terminal colour codes
    (blocks.py)."""
    lines = iter_lines(io.BufferedReader(io.BytesIO(data)), MAX_LINE)
    return [re.sub(r"\x1b\[[0-9;]{0,16}[mK]", "", line) for line in lines]


def assert_same_everywhere(
    specs: list[PatternSpec], data: bytes, expected: Found | None = None
) -> Found:
    """`re` line by line is the reference (`reference`); Hyperscan per line and per block (big
    and tiny blocks, so lines and matches straddle block ends), `re` per block and
    ReMatcher.match must equal it. ReMatcher.match is tried on the lines something matches: on
    any other line it returns nothing whatever its alternation says, as it keeps only what the
    same compiled patterns find (its alternation, ~1,000 patterns in one, costs ~2.5 ms a line).
    `expected`: the reference when the caller computed it with ReMatcher.match in every line."""
    lines = log_lines(data)
    re_m, hs_m = both_matchers(tuple(specs))
    if expected is None:
        expected = reference(re_m, lines)
        hit = sorted({n for n, *_ in expected})
        by_match = by_line(re_m, [lines[n] for n in hit])
        assert [(hit[n], *rest) for n, *rest in by_match] == expected
    assert by_line(hs_m, lines) == expected
    for size in (1 << 20, 4096, 97):
        assert by_block(hs_m, data, size) == expected, size
    assert by_block(re_m, data, 4096) == expected
    return expected


# -- both engines: identical results ------------------------------------------------------------
def fixture_logs() -> list[Path]:
    return sorted(default_fixtures_dir().glob("*/*/**/*.log"))


def test_engines_agree_on_every_shipped_fixture_log() -> None:
    """Also what the rule self-test with the `re` engine checked: the self-test passes with the
    default engine (tests/test_conformance.py), and an analysis reads the engine nowhere but in
    the scan's matcher (scan.py) and the size of its work budget (budget.py, which a fixture's
    few lines do not reach); here both engines give every fixture log's lines the same
    (line, pattern, span, captures), for the whole set of patterns a scan of a `**/*.log`
    selects (each pattern's matches do not depend on the others in the set).

    The reference is `reference` over the lines of all the logs at once. ReMatcher.match(line)
    is the same compiled patterns' searches behind its alternation: it equals the reference on
    a line exactly when the line matches nothing or the alternation lets the line through, which
    is checked on every line that matches (ReMatcher.match in every line, ~1,000 searches on
    each of the ~3,500 of ~5,000 lines that match something, cost three quarters of the test;
    its loop is compared in full on the bench logs' and the awkward lines)."""
    specs = scanner_specs()
    logs = fixture_logs()
    assert logs, "no fixture logs found"
    re_m = both_matchers(tuple(specs))[0]
    data = [log.read_bytes() for log in logs]
    lines = [log_lines(d) for d in data]
    every = [line for ls in lines for line in ls]
    found = reference(re_m, every)
    gate = re_m._any
    assert gate is not None
    hit = sorted({n for n, *_ in found})
    assert [n for n in hit if gate.search(every[n]) is None] == []
    first = 0
    at = 0  # `found` is in line order: each log's hits follow the previous log's
    for raw, ls in zip(data, lines, strict=True):
        last = first + len(ls)
        end = bisect.bisect_left(found, last, key=lambda hit: hit[0])
        assert_same_everywhere(
            specs,
            raw,
            [(n - first, index, span, groups) for n, index, span, groups in found[at:end]],
        )
        first, at = last, end
    assert len(found) > len(logs)  # the fixtures do match: the comparison is not vacuous


def test_engines_agree_on_the_bench_generators_logs() -> None:
    specs = scanner_specs()
    rng = random.Random(7)
    for name, kind in make_bundle.KINDS.items():
        data = make_bundle.make_log(rng, kind, 300_000, error_rate=0.05)
        found = assert_same_everywhere(specs, data)
        assert found, name


AWKWARD = [
    "plain ERROR line",
    "ERRORS are not ERROR words: xERROR",
    "café ERROR élan: connect: connection refused",
    'durée 12µs level=error msg="délai dépassé"',
    "中文日志 Error: 失败",
    "\x1cseparated\x1dby\x1eascii\x1fseparators",
    "non\xa0breaking\u2003spaces",
    "Kelvin \u212a and long \u017f and dotless \u0131",
    "tab\there",
    "",
    "   ",
    "ends with a backslash \\",
    "emoji 🎉 panic: boom",
    "foo",
    "bar baz",
    "[:alpha:] and [brackets]",
]

TRICKY = [
    PatternSpec(r"\bERROR\b"),
    PatternSpec(r"error", ignore_case=True),
    PatternSpec(r"(?i:ErRoR)\s+\w+"),
    PatternSpec(r"caf\w\s"),
    PatternSpec(r"^\s*$"),
    PatternSpec(r"^foo$"),
    PatternSpec(r"\Afoo\Z"),
    PatternSpec(r"foo\s+bar"),  # never across a line end
    PatternSpec(r"separated\sby\s"),
    PatternSpec(r"non\sbreaking\s+spaces"),
    PatternSpec(r"\d+\s?µs"),
    PatternSpec(r"[^\x00-\x7f]{2}"),
    PatternSpec(r"x{,3}ERROR"),
    PatternSpec(r"[a[:]+p"),  # a POSIX class opener in Hyperscan, three characters in Python
    PatternSpec(r"(?P<word>\w+) panic: (?P<what>.{0,10})"),
    PatternSpec(r"K", ignore_case=True),
    PatternSpec(r"long S", ignore_case=True),
    PatternSpec(r"\\$"),
    PatternSpec(r"[\u4e00-\u9fff]+"),
    PatternSpec(r"\N{PARTY POPPER}"),
    PatternSpec(r"\x63af\xe9"),
    PatternSpec(r"é{1,2}lan"),
    PatternSpec(r"a{}b|\{x\}"),
    PatternSpec(r"caf\w\b"),  # a boundary after a non-ASCII letter
]


def test_engines_agree_on_awkward_text() -> None:
    data = ("\n".join(AWKWARD) + "\n").encode()
    found = assert_same_everywhere(TRICKY, data)
    assert {i for _, i, _, _ in found} >= {0, 1, 2, 4, 5, 6, 8, 9, 10, 15, 16, 17, 18, 19, 20}
    # RE2 confirms (linear time): its \b sees ASCII word characters only, so no boundary
    # after the é of "café " (docs/rules.md)
    assert all(i != 23 for _, i, _, _ in found)
    assert all(i != 7 for _, i, _, _ in found)  # foo / bar baz sit on different lines


def test_ignore_case_applies_to_its_pattern_only() -> None:
    specs = [PatternSpec("connection refused", ignore_case=True), PatternSpec("Connection Refused")]
    lines = ["CONNECTION REFUSED", "connection refused", "Connection Refused", "refused connection"]
    for m in (ReMatcher(specs), hs_matcher(specs)):
        assert [[i for i, _ in m.match(line)] for line in lines] == [[0], [0], [0, 1], []]


def test_captures_come_from_re() -> None:
    specs = [PatternSpec(r"dial tcp (?P<addr>[^\s\"\\]+:3306): connect: connection refused")]
    line = '{"msg":"dial tcp 10.0.0.7:3306: connect: connection refused"}'
    ((i, m),) = hs_matcher(specs).match(line)
    assert (i, m.group("addr"), m.span()) == (
        0,
        "10.0.0.7:3306",
        ReMatcher(specs).match(line)[0][1].span(),
    )


def test_patterns_compile_for_re_only_when_a_line_needs_them() -> None:
    """The Hyperscan engine asks RE2 only for the patterns that reported (to confirm or to
    capture); building the matcher compiles none of them."""
    specs = [PatternSpec(r"dial tcp (?P<addr>\S+): connection refused"), PatternSpec(r"x.{0,200}y")]
    specs += [PatternSpec(f"never{i} here") for i in range(20)]
    m = hs_matcher(specs)
    compiled = m._compiled
    assert isinstance(compiled, linear.Lazy) and len(compiled) == len(specs)
    assert compiled._done == [None] * len(specs)
    hits = m.match_block(
        LineBlock.from_lines(["dial tcp 10.0.0.7:3306: connection refused", "x y"])
    )
    assert [(n, i, h.group("addr") if i == 0 else None) for n, i, h in hits] == [
        (0, 0, "10.0.0.7:3306"),
        (1, 1, None),
    ]
    assert [i for i, rx in enumerate(compiled._done) if rx is not None] == [0, 1]


# -- engine choice and fallback -----------------------------------------------------------------
def test_hyperscan_is_chosen_when_it_compiles_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(matching.ENV_ENGINE, raising=False)
    m = hs_matcher(scanner_specs())
    assert (m.engine, m.reason) == ("hyperscan", None)


def test_a_pattern_hyperscan_refuses_falls_back_to_re(monkeypatch: pytest.MonkeyPatch) -> None:
    need_hyperscan()
    monkeypatch.delenv(matching.ENV_ENGINE, raising=False)
    specs = [
        PatternSpec("connection refused"),
        PatternSpec("temperature 3\u212a", ignore_case=True),
    ]
    m = build_matcher(specs)
    assert m.engine == "re"
    assert m.reason is not None and "pattern 1" in m.reason and "\u212a" in m.reason
    assert [i for i, _ in m.match("connection refused at temperature 3k")] == [0, 1]
    # Hyperscan's own refusal (not the translation's) is caught the same way
    ahead = build_matcher([PatternSpec("a(?=b)")])
    assert ahead.engine == "re" and ahead.reason and "Hyperscan refuses" in ahead.reason


def test_forcing_an_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    need_hyperscan()
    specs = [PatternSpec("x"), PatternSpec("\u212a", ignore_case=True)]
    monkeypatch.setenv(matching.ENV_ENGINE, "re")
    assert build_matcher([PatternSpec("x")]).engine == "re"
    monkeypatch.setenv(matching.ENV_ENGINE, "hyperscan")
    with pytest.raises(MatcherUnavailable, match="case-folds"):
        build_matcher(specs)
    monkeypatch.setenv(matching.ENV_ENGINE, "grep")
    with pytest.raises(MatcherUnavailable, match="choose one of"):
        build_matcher(specs)


def test_without_the_package_re_is_used_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(matching.ENV_ENGINE, raising=False)
    monkeypatch.setattr(hs_compile, "load_hyperscan", lambda: None)
    hs_compile.databases.cache_clear()
    try:
        m = build_matcher([PatternSpec("x")])
        assert m.engine == "re" and m.reason and "not installed" in m.reason
    finally:
        hs_compile.databases.cache_clear()


def test_a_pattern_that_can_match_empty_still_uses_hyperscan() -> None:
    specs = [PatternSpec("^$"), PatternSpec("x")]
    assert assert_same_everywhere(specs, b"a\n\nx\n\n") == [
        (1, 0, (0, 0), {}),
        (2, 1, (0, 1), {}),
        (3, 0, (0, 0), {}),
    ]


# -- the shipped pack: conformance --------------------------------------------------------------
def shipped_patterns() -> Iterator[tuple[str, PatternSpec]]:
    for rule in shipped_pack().rules:
        for c in rule.condition.walk():
            if isinstance(c, LogCondition):
                yield rule.id, PatternSpec(c.pattern, c.ignore_case)
    for branch in LogScanner([], [TemplateMiner()])._observer_branches[0]:
        yield "TemplateMiner", PatternSpec(branch)


def test_every_shipped_log_pattern_compiles_with_hyperscan() -> None:
    """A rule author learns here, not from a slow customer analysis, that a pattern left the
    Hyperscan path (both the exact byte-mode database and the UTF-8 one)."""
    need_hyperscan()
    import hyperscan

    patterns = list(shipped_patterns())
    problems = []
    for wide in (False, True):
        try:  # one database of them all compiles only if each pattern does (compile_all)
            hs_compile.compile_all(hyperscan, [spec for _, spec in patterns], wide=wide)
            continue
        except Unsupported:
            pass
        for rule_id, spec in patterns:  # name every pattern that does not
            try:
                hs_compile.compile_all(hyperscan, [spec], wide=wide)
            except Unsupported as exc:
                problems.append(f"{rule_id} ({'UTF-8' if wide else 'byte'} mode): {exc}")
    assert not problems, "\n".join(problems)


# -- whole scans: both engines, every block size ------------------------------------------------
def scan_summary(data: bytes, monkeypatch: pytest.MonkeyPatch, engine: str, block: int) -> object:
    monkeypatch.setenv(matching.ENV_ENGINE, engine)
    monkeypatch.setattr(blocks, "BLOCK_BYTES", block)
    conds = log_conditions()
    calls: list[tuple[int, str, bool]] = []

    class Recorder:
        pattern = TemplateMiner().pattern

        def observe(
            self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
        ) -> None:
            calls.append((lineno, line, explained))

    sc = LogScanner(conds, [Recorder()])
    sc.scan(
        "docker/containers/wandb-local/container.log", io.BufferedReader(io.BytesIO(data)), MAX_LINE
    )
    hits = [sc.hits(c) for c in conds]
    return (
        [(h.count, h.first_time, h.last_time, h.captures, h.evidence()) for h in hits],
        calls,
    )


def test_scanner_results_do_not_depend_on_engine_or_block_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    need_hyperscan()
    rng = random.Random(3)
    data = make_bundle.make_log(rng, make_bundle.KINDS["docker"], 400_000, error_rate=0.05)
    panics = "\n".join(make_bundle.go_panic(rng, make_bundle.MARKS)) + "\n"
    data += (
        'ERROR first\nTraceback (most recent call last):\n  File "x", line 1\nValueError: x\n'
        + panics
    ).encode() * 3
    data += b"\n".join(s.encode() for s in make_bundle.SIGNATURE_LINES) + b"\n"
    reference = scan_summary(data, monkeypatch, "re", 1 << 22)
    for engine, block in [
        ("hyperscan", 1 << 22),
        ("hyperscan", 333),
        ("re", 333),
        ("hyperscan", 1),
    ]:
        assert scan_summary(data, monkeypatch, engine, block) == reference, (engine, block)


def test_the_scan_tests_pass_with_the_re_engine_too() -> None:
    """CI runs the suite with Hyperscan (the `fast` extra); the `re` fallback must behave the same."""
    tests = [
        "tests/unit/test_scan.py",
        "tests/unit/test_engine.py",
        "tests/unit/test_unrecognised.py",
        "tests/unit/test_miner_candidates.py",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=ROOT,
        env={**__import__("os").environ, matching.ENV_ENGINE: "re"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert re.search(r"\d+ passed", proc.stdout)
