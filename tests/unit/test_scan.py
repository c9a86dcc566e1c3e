"""Multi-line events in the one-pass log scan: continuation lines become a sample's context, and
observers hear about each event once, with whether a rule explained any line of it."""

from __future__ import annotations

import io
import re

import pytest

from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.events import _CONTINUATION, MAX_CONTEXT, continues
from wbdiag.rules.matching import PatternSpec
from wbdiag.rules.offload import Later
from wbdiag.rules.portable_regex import split_alternatives
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import ERROR_CANDIDATE

DOCKER_TS = "2026-11-28T10:00:0{}.123456789Z "


def cond(pattern: str, min_count: int = 1, unless: str | None = None) -> LogCondition:
    return LogCondition(
        paths=("**/*.log",),
        pattern=pattern,
        ignore_case=False,
        min_count=min_count,
        unless=unless,
    )


class Recorder:
    def __init__(self, pattern: str) -> None:
        self.pattern = PatternSpec(pattern)
        self.calls: list[tuple[int, str, bool]] = []

    def observe(
        self, path: str, lineno: int, line: str, explained: bool, later: Later = ()
    ) -> None:
        self.calls.append((lineno, line, explained))


def scan(
    lines: list[str], *conditions: LogCondition, observers: tuple[Recorder, ...] = ()
) -> LogScanner:
    scanner = LogScanner(conditions, observers)
    data = ("\n".join(lines) + "\n").encode()
    scanner.scan("docker/containers/wandb-local/container.log", io.BytesIO(data), 1 << 16)
    return scanner


GO_PANIC = [
    "panic: dial tcp 127.0.0.1:3306: connect: connection refused",
    "",
    "goroutine 1 [running]:",
    "main.main()",
    "\t/go/src/github.com/wandb/core/services/gorilla/cmd/gorilla/main.go:36 +0x1d",
    "github.com/wandb/core/services/gorilla/cmd.RequiredCache(0xc000123450, 0x1)",
    "\t/go/src/github.com/wandb/core/services/gorilla/cmd/cache.go:52 +0x2b4",
    "exit status 2",
]


def test_go_panic_trace_after_a_blank_line_is_context() -> None:
    c = cond(r"dial tcp \S+:3306: connect: connection refused")
    hits = scan([*GO_PANIC, "*** Starting gorilla again"], c).hits(c)
    (ev,) = hits.evidence()
    assert ev.line == 1
    assert ev.context == tuple(GO_PANIC[2:])  # blank skipped; the restart line is not part of it


def test_docker_timestamp_prefix_does_not_hide_continuation_lines() -> None:
    prefixed = [DOCKER_TS.format(i % 10) + line for i, line in enumerate(GO_PANIC)]
    c = cond(r"connect: connection refused")
    (ev,) = scan([*prefixed, DOCKER_TS.format(9) + "*** Starting gorilla"], c).hits(c).evidence()
    assert len(ev.context) == len(GO_PANIC) - 2
    assert ev.context[0].endswith("goroutine 1 [running]:")
    assert ev.time == "2026-11-28T10:00:00Z"


def test_python_traceback_with_chained_exception_is_context() -> None:
    lines = [
        "2026-11-28 10:00:00,123 ERROR   SenderThread:1 [retry.py:call():15] Retry attempt failed:",
        "Traceback (most recent call last):",
        '  File "/usr/lib/python3/site-packages/urllib3/connectionpool.py", line 703, in urlopen',
        "    httplib_response = self._make_request(",
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "/usr/lib/python3.11/site-packages/requests/adapters.py", line 486, in send',
        "requests.exceptions.SSLError: HTTPSConnectionPool(host='wandb.example.com', port=443)",
        "2026-11-28 10:00:01,000 INFO    HandlerThread:1 [handler.py:f():1] next",
    ]
    c = cond(r"Retry attempt failed")
    (ev,) = scan(lines, c).hits(c).evidence()
    assert ev.context[0] == "Traceback (most recent call last):"
    assert ev.context[-1].startswith("requests.exceptions.SSLError")
    assert "During handling of the above exception, another exception occurred:" in ev.context
    assert not any("INFO" in line for line in ev.context)


def test_context_is_bounded() -> None:
    frames = [f"\tframe {i}" for i in range(100)]
    c = cond(r"^panic: ")
    (ev,) = scan(["panic: boom", *frames], c).hits(c).evidence()
    assert len(ev.context) == MAX_CONTEXT


def test_separate_events_do_not_share_context() -> None:
    c = cond(r"^panic: ")
    hits = scan(["panic: one", "\tframe a", "normal line", "panic: two", "\tframe b"], c).hits(c)
    first, second = hits.evidence()
    assert first.context == ("\tframe a",)
    assert second.context == ("\tframe b",)
    assert hits.count == 2


def test_continuation_line_matching_a_rule_is_its_own_sample_too() -> None:
    c = cond(r"RequiredCache")
    panic = cond(r"^panic: ")
    scanner = scan(GO_PANIC, c, panic)
    assert scanner.hits(c).count == 1
    assert scanner.hits(c).evidence()[0].line == 6
    assert "cmd.RequiredCache" in scanner.hits(panic).evidence()[0].context[3]


def test_observer_sees_each_event_once_and_inherits_explained() -> None:
    rec = Recorder(r"^panic: |goroutine \d+ \[running\]|ERROR")
    c = cond(r"connection refused")
    scan(
        [*GO_PANIC, "ERROR something else", "panic: unexplained", "", "goroutine 7 [running]:"],
        c,
        observers=(rec,),
    )
    assert rec.calls == [
        (1, GO_PANIC[0], True),  # the goroutine line of this event was not reported on its own
        (9, "ERROR something else", False),
        (10, "panic: unexplained", False),  # a new panic is a new event, its trace part of it
    ]


def test_observer_hears_a_traceback_by_its_exception_line() -> None:
    rec = Recorder(r"Traceback \(most recent|^\w[\w.]*Error: ")
    lines = [
        "Traceback (most recent call last):",
        '  File "/app/x.py", line 3, in <module>',
        "PermissionError: [Errno 13] Permission denied: '/etc/container_environment/PATH'",
        "Traceback (most recent call last):",  # no exception line survived: the header stands
        "ok",
    ]
    scan(lines, observers=(rec,))
    assert rec.calls == [(3, lines[2], False), (4, lines[3], False)]


def test_explained_by_a_later_line_of_the_same_event() -> None:
    rec = Recorder(r"ERROR")
    c = cond(r"CERTIFICATE_VERIFY_FAILED")
    lines = [
        "2026-11-28 10:00:00,123 ERROR   SenderThread:1 [retry.py:call():15] Retry attempt failed:",
        "Traceback (most recent call last):",
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
    ]
    scan(lines, c, observers=(rec,))
    assert rec.calls == [(1, lines[0], True)]


def test_first_and_last_seen() -> None:
    c = cond(r"refused")
    lines = [
        "2026-11-28T10:00:05Z dial tcp 127.0.0.1:3306: connect: connection refused",
        "2026-11-28T09:59:00Z dial tcp 127.0.0.1:3306: connect: connection refused",
        "dial tcp 127.0.0.1:3306: connect: connection refused",
    ]
    hits = scan(lines, c).hits(c)
    assert (hits.first_time, hits.last_time, hits.count) == (
        "2026-11-28T09:59:00Z",
        "2026-11-28T10:00:05Z",
        3,
    )


@pytest.mark.parametrize(
    ("regex", "branches"),
    [
        ("a|b", ["a", "b"]),
        ("a(b|c)|d", ["a(b|c)", "d"]),
        (r"[|x]|\||y", ["[|x]", r"\|", "y"]),
        ("[]|]a|[^]|]b", ["[]|]a", "[^]|]b"]),
        ("(?i:a|b)", ["(?i:a|b)"]),
        ("single", ["single"]),
    ],
)
def test_split_alternatives(regex: str, branches: list[str]) -> None:
    assert split_alternatives(regex) == tuple(branches)


def test_split_observer_pattern_selects_the_same_lines() -> None:
    branches = [re.compile(b) for b in split_alternatives(ERROR_CANDIDATE)]
    whole = re.compile(ERROR_CANDIDATE)
    lines = [
        '{"level":"error","msg":"x"}',
        '{"level":"info","msg":"x"}',
        "level=fatal msg=boom",
        "panic: x",
        "all good",
        "[error] 1#1: x",
        "KeyError: 'x'",
        "!!! Failed",
    ]
    for line in lines:
        assert bool(whole.search(line)) == any(b.search(line) for b in branches), line


def test_a_long_event_whose_every_line_matches_stays_cheap() -> None:
    c = cond(r"goroutine \d+ ")
    lines = ["panic: boom"] + [f"goroutine {i} [select]:" for i in range(1, 1900)]
    hits = scan(lines, c).hits(c)
    assert hits.count == 1899
    first, *_ = hits.evidence()
    assert len(first.context) == MAX_CONTEXT and first.context[0] == "goroutine 2 [select]:"


def test_an_observer_hears_a_line_once_when_two_branches_match() -> None:
    rec = Recorder(r"panic: |ERROR")
    scan(["panic: ERROR x"], observers=(rec,))
    assert rec.calls == [(1, "panic: ERROR x", False)]


def test_unless_takes_back_a_matched_line_which_then_is_an_error_no_rule_knows() -> None:
    """`unless` is tried only on the lines the pattern matched: such a line is neither counted nor
    explained (the error miner may list it), and it does not enter the scan's pattern list."""
    c = cond(
        r"dial tcp \S+:9000: connect: connection refused", unless=r"probe failed: Get \S+/ping\b"
    )
    rec = Recorder(ERROR_CANDIDATE)
    scanner = LogScanner([c], [rec])
    lines = [
        "Readiness probe failed: Get http://10.1.0.120:9000/ping: dial tcp 10.1.0.120:9000: connect: connection refused",
        'level=error msg="dial tcp 10.1.0.7:9000: connect: connection refused"',
        'level=error msg="probe failed: Get /ping" (no refusal: the pattern decides first)',
    ]
    data = ("\n".join(lines) + "\n").encode()
    with scanner.running():
        scanner.scan("docker/containers/wandb-local/container.log", io.BytesIO(data), 1 << 16)
    assert scanner.hits(c).count == 1
    assert [e.line for e in scanner.hits(c).evidence()] == [2]
    assert [(n, e) for n, _, e in rec.calls] == [(1, False), (2, True), (3, False)]
    assert scanner.all_patterns() == LogScanner([cond(c.pattern)], [rec]).all_patterns()


@pytest.mark.parametrize(("lines", "explained"), [(2, False), (3, True)])
def test_a_condition_below_its_min_count_explains_nothing(lines: int, explained: bool) -> None:
    """GraphQL's "context deadline exceeded" twice is no finding (server.context_deadline needs
    three), so those errors are errors no rule knows; three times, the rule explains all three."""
    c = cond("context deadline exceeded", min_count=3)
    rec = Recorder(ERROR_CANDIDATE)
    scanner = LogScanner([c], [rec])
    log = [
        f'{{"level":"error","msg":"request {n} failed","error":"context deadline exceeded"}}'
        for n in range(lines)
    ]
    data = ("\n".join(log) + "\n").encode()
    with scanner.running():
        scanner.scan("docker/containers/wandb-local/container.log", io.BytesIO(data), 1 << 16)
    assert scanner.hits(c).count == lines
    assert sorted((n, e) for n, _, e in rec.calls) == [(n + 1, explained) for n in range(lines)]


def test_lines_after_a_min_count_is_reached_are_explained_at_once() -> None:
    c = cond("context deadline exceeded", min_count=2)
    rec = Recorder(ERROR_CANDIDATE)
    scanner = scan(["ERROR context deadline exceeded"] * 3, c, observers=(rec,))
    # without running() nothing settles the first line; the second and third reached the count
    assert [(n, e) for n, _, e in rec.calls] == [(2, True), (3, True)]
    scanner.settle()
    assert sorted((n, e) for n, _, e in rec.calls) == [(1, True), (2, True), (3, True)]


@pytest.mark.parametrize(("announced", "explained"), [(False, False), (True, True)])
def test_a_part_of_an_all_explains_its_line_only_with_the_other_parts(
    announced: bool, explained: bool
) -> None:
    """server.migrate_missing_version reads a bare `file does not exist` as golang-migrate's only
    after wandb/local announced the migration: a CI cache's `FATAL: file does not exist` alone
    fires nothing, so it stays an error no rule knows."""
    start, bare = cond(r"\*\*\* Migrating database"), cond("FATAL: file does not exist")
    rec = Recorder(ERROR_CANDIDATE)
    scanner = LogScanner([start, bare], [rec], together={start: [bare], bare: [start]})
    log = ["*** Migrating database..."] * announced + ["FATAL: file does not exist"]
    data = ("\n".join(log) + "\n").encode()
    with scanner.running():
        scanner.scan("docker/containers/wandb-local/container.log", io.BytesIO(data), 1 << 16)
    assert [e for _, line, e in rec.calls if line.startswith("FATAL")] == [explained]


def test_a_log_part_of_a_not_never_explains_its_line() -> None:
    """client.tls_untrusted stays quiet where the SDK's handshake got no TLS answer (`wrong version
    number`): the line that says so keeps the rule from firing, so it stays an error no rule
    knows; the same words under a rule's plain log condition explain it."""
    line = "urllib.error.URLError: <urlopen error [SSL: WRONG_VERSION_NUMBER] wrong version number>"
    for never_explain, explained in ((True, False), (False, True)):
        c = cond("wrong version number")
        rec = Recorder(ERROR_CANDIDATE)
        scanner = LogScanner([c], [rec], never_explain=[c] if never_explain else ())
        with scanner.running():
            scanner.scan(
                "docker/containers/wandb-local/container.log",
                io.BytesIO((line + "\n").encode()),
                1 << 16,
            )
        assert scanner.hits(c).count == 1
        assert [e for _, _, e in rec.calls] == [explained]


@pytest.mark.parametrize(
    "rest",
    [
        "",
        "x",
        "oroutine 1 [running]:",
        "rror: boom",
        ".go:12",
        "/x/y.go:12 +0x1d",
        "024/01/02 10:00:00 main.go:7: boom",
        "main.f(0x1)",
        "{",
        " at x",
    ],
)
def test_first_character_shortcut_decides_as_the_pattern_does(rest: str) -> None:
    for code in range(128):
        body = chr(code) + rest
        if body.strip():
            assert continues(body) == (_CONTINUATION.match(body) is not None), body


@pytest.mark.parametrize(("hint", "explained"), [(False, True), (True, False)])
def test_a_part_of_an_all_beside_a_not_explains_its_line_only_when_the_not_holds(
    hint: bool, explained: bool
) -> None:
    """server.minio_permissions reads MinIO's `Unable to write to the backend` as its data
    directory's permissions unless the hint under it names a drive below the minimum size
    (minio/minio#9823): then the rule does not fire and the line stays an error no rule knows."""
    write = cond(r"nable to initialize backend: Unable to write to the backend")
    size = cond(r"The disk size is less than \d+MiB threshold")
    log = ["ERROR Unable to initialize backend: Unable to write to the backend"]
    # the hint on a line of its own, a later event (the lines of a docker json-file log), and the
    # hint under the error as one event (the error's continuation lines)
    for sep in ("\nINFO next\n", "\n"):
        rec = Recorder(ERROR_CANDIDATE)
        scanner = LogScanner([write, size], [rec], never_explain=[size], apart={write: [size]})
        lines = log + ["        The disk size is less than 900MiB threshold"] * hint
        with scanner.running():
            scanner.scan(
                "docker/containers/wandb-local/container.log",
                io.BytesIO((sep.join(lines) + "\n").encode()),
                1 << 16,
            )
        assert [e for _, line, e in rec.calls if "Unable to write" in line] == [explained]
