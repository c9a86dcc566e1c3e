"""How `pytest -n N --dist=loadfile` (scripts/test.sh) hands the test files to its workers.

A file stays on one worker, so its module fixtures and per-process caches are built once. xdist
hands out the files with the most tests first, but the longest files are not those: the
redaction corpus (95 tests of seconds each: every set redacted with both engines) went out in the
middle of the run and could end it alone on one core; the fuzz tests (5 tests, each a hundred
processes' worth of CPU) went out last and did. So the units in FIRST go out first, in that
order (longest first by their CPU seconds), then the rest as xdist orders them (most
tests first); a file in BY_FUNCTION goes out one test function at a time (its functions share
nothing), so two workers share it, and a file named in FIRST ranks each of its functions there.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

BY_FUNCTION = (
    "tests/hostile/test_documents.py",  # 41 `wbdiag analyze` command lines in 7 functions
    "tests/fuzz/test_fuzz.py",
    "tests/redact/test_prefilter_hs.py",  # the redactor's hint database, and the gate's
)
# the longest units, longest first: CPU seconds (user+sys) of each file alone, `-n 0`, on the
# shared 2-core machine at load 4-14 (5656648f; budgets, fuzz, archives and encoding again at
# 48c37654, load 13-14); test_linear.py's 157 scaled by its one-pass form's share (398 -> 183
# CPU s, the two forms over the same period at load ~17); the last three measured alone earlier
# (the test less pytest's start); test_corpus.py again at load ~5; archives and encoding scaled
# by their before/after ratio measured together at load ~15; the miner's fast paths and packaging
# scaled by their before/after ratio at load 8-11, test_linear.py's by its two forms run side by
# side at load ~10
FIRST = (
    # 70 (76 before: 84.9 -> 78.7 CPU s alone at load ~5, one wbdiag analysis less, the costly
    # log's case checked on the rule-lines bundle, and its bundles written faster; 85 before:
    # 98.9 -> 86.7 CPU s alone at load 5-9, its bundles written faster)
    "tests/hostile/test_budgets.py",
    # 48 (51 before the `re` prefilter kept each line's groups, 105.6 -> 99.4 CPU s side by side
    # at load ~7; 63 before it tried a pattern only on a line holding its required literals,
    # 115 -> 92 CPU s side by side at load ~3; 85 before its `re` engine replayed the answers
    # alone)
    "tests/redact/test_corpus.py",
    # 27 (30 before the `re` prefilter kept each line's groups, 41.0 -> 37.0 CPU s side by side
    # at load ~7; 35 before its required literals, 39 -> 34 CPU s side by side at load ~3; 53
    # before, at load ~7: the gate judges each set with Hyperscan, `re` replays its prefilter's
    # answers)
    "tests/redact/test_gate_recall.py",
    "tests/unit/test_miner_fast_paths.py",  # 30 (37 before: one confirmation per text)
    # 24 (57 before: each detector run once on its line, the literal hints checked once and by
    # their prefix tree, Prefilter.hinted; 144 -> 86 CPU s side by side at load ~8, then 85 -> 60
    # at load ~4)
    "tests/redact/test_linear.py",
    # 19 (26 before: 43.7 -> 32.2 CPU s alone at load ~5, the fixture logs' `re` reference by
    # each pattern in halves of runs of lines, the `re` alternation checked on their matching
    # lines; 32 before: 78 -> 63 CPU s side by side at load ~6, the bench logs' reference so;
    # 43 before: 82 -> 62 CPU s at load ~10: one matcher of each engine for every log)
    "tests/unit/test_matching.py",
    # 18 (21 before the `re` prefilter kept each line's groups, 24.2 -> 21.2 CPU s side by side
    # at load ~7; 26 before its required literals, 27 -> 21 CPU s side by side at load ~3; 50
    # before, as test_gate_recall.py's)
    "tests/redact/test_gate_lookalikes.py",
    # 18 (20 before each pattern's lines were made once per process, 24.2 -> 21.7 CPU s side by
    # side at load ~10; 25 before the `re` prefilter's required literals: side by side at load ~7)
    "tests/redact/test_prefilter_branches.py",
    # 19 (21 before: the redactor and gate on 32 KiB lines with a quarter of the budget, 11.0 ->
    # 7.7 CPU s for that test at load ~8; 25 before: one wbdiag process less)
    "tests/hostile/test_linear_time.py",
    # 9 in 5 functions (29 before: 35.6 -> 11.4 CPU s alone at load ~9, its command lines in
    # one worker process, harness.Worker, instead of a process each)
    "tests/fuzz/test_fuzz.py",
    # 9 (11; 18 before: 18 processes of wbdiag, 33 before; 14.3 -> 11.7 CPU s alone at load
    # ~9, its rule-file paths' command lines in the worker)
    "tests/hostile/test_encoding.py",
    "tests/test_packaging.py",  # 9 (16 before: one part of the fixtures run installed)
    # 8 (7 before RE2's screen was checked here too, 24.3 -> 26.5 CPU s alone at load ~10; 8
    # before; 21 alone at load ~7)
    "tests/redact/test_hintlines.py",
    # 7 in 7 functions (17 before: 28.5 -> 12.6 CPU s alone at load ~9, its command lines in
    # the worker)
    "tests/hostile/test_documents.py",
    # 6 (18 before: 23.9 -> 7.4 CPU s alone at load ~9, its command lines in the worker; 21
    # before its 110 MB bomb became test_budgets.py's)
    "tests/hostile/test_archives.py",
    # 4 (7 before RE2 screened the lines `re` checks, hintlines.screen: the file's two tests
    # 31.8 -> 20.2 CPU s alone at load ~10; 10 before: 25.4 -> 17.6 CPU s alone at load ~4, the
    # corpus lines holding each literal found in one pass of an RE2 set; 12 before hintlines.py
    # shared its lookups)
    "tests/redact/test_prefilter_hs.py::test_hyperscan_picks_every_line_a_redactor_hint_matches",
    # 3 (5 before: 13.4 -> 7.8 CPU s alone at load ~4, as the redactor's; 6 before)
    "tests/redact/test_prefilter_hs.py::test_hyperscan_picks_every_line_a_gate_hint_matches",
)


def unit(nodeid: str) -> str:
    """The work unit a test goes out in: its file, or its file's test function."""
    path, _, rest = nodeid.partition("::")
    if path in BY_FUNCTION:
        return f"{path}::{rest.split('[', 1)[0]}"
    return path


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Scheduling(LoadFileScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return unit(nodeid)

    config.option.loadscopereorder = False  # the workers' collection order (below) is the order
    return Scheduling(config, log)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # (in a worker, --dist reads "no": the main process chose the scheduling)
    if not hasattr(config, "workerinput"):
        return  # a run without workers keeps the collection order
    sizes = Counter(unit(item.nodeid) for item in items)
    rank = {name: n for n, name in enumerate(FIRST)}
    place = {item.nodeid: n for n, item in enumerate(items)}

    def key(item: pytest.Item) -> tuple[int, int, int]:
        name = unit(item.nodeid)
        path = name.partition("::")[0]
        return rank.get(name, rank.get(path, len(FIRST))), -sizes[name], place[item.nodeid]

    items.sort(key=key)
