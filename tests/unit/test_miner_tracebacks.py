"""A Python traceback whose opening line the log does not hold (error_tracebacks.py): its raising
code line right under its frame is listed, once, with its own text as the template; a frame alone,
a code line alone and a full traceback's pieces add nothing. Judged through the whole scan, in
plain lines (one event) and in a docker json-file log (a line each)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.unrecognised_support import LOG, run
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_tracebacks import (
    FRAME_CANDIDATE,
    RAISE_CANDIDATES,
    RAISE_CONFIRM,
    frame_line,
    raise_line,
)
from wbdiag.rules.portable_regex import check_portable

JSON_LOG = "docker/containers/wandb-local/wandb-local-json.log"


def _json(lines: list[str]) -> list[str]:
    return [json.dumps({"log": line + "\n", "stream": "stderr", "time": "x"}) for line in lines]


def _templates(tmp_path: Path, lines: list[str], as_json: bool) -> list[str]:
    files = {JSON_LOG: _json(lines)} if as_json else {LOG: lines}
    return [t.template for t in run(tmp_path, files).unrecognised]


CUT = [
    # the SDK's service start-up, a Windows path, the frame pasted without its indent
    (
        [
            'File "C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python311\\lib\\site-packages'
            '\\wandb\\sdk\\service\\service.py", line 152, in _wait_for_ports',
            "  raise ServiceStartTimeoutError(",
        ],
        "raise ServiceStartTimeoutError(",
    ),
    # six's reraise in the legacy API wrapper, two frames before it
    (
        [
            '  File "/opt/venv/lib/python3.8/site-packages/wandb/apis/public.py", line 310, in run',
            "    return self._run(*args)",
            '  File "/opt/venv/lib/python3.8/site-packages/wandb/apis/normalize.py", line 41, in f',
            "    six.reraise(CommError, CommError(msg, err), sys.exc_info()[2])",
        ],
        "six.reraise(CommError, CommError(msg, err), sys.exc_info()[<num>])",
    ),
    # a bare re-raise, Python 3.11's carets under it
    (
        [
            '  File "/srv/app/worker.py", line 77, in handle',
            "    raise",
            "    ^^^^^",
        ],
        "raise",
    ),
]


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize(("lines", "template"), CUT)
def test_a_raising_line_under_its_frame_is_listed(
    tmp_path: Path, lines: list[str], template: str, as_json: bool
) -> None:
    assert _templates(tmp_path, lines, as_json) == [template]


LOOK_ALIKES = [
    # a frame alone: a middle frame of some traceback
    [
        '  File "/opt/venv/lib/python3.8/site-packages/urllib3/connection.py", line 174, in _new_conn'
    ],
    # a code line alone, no frame before it
    ['    raise UsageError("api_key not configured (no-tty). call " + directive)'],
    # a code line after a blank gap from its frame is not under it
    ['  File "/srv/a.py", line 3, in f', "", "", "", "", "", "    raise KeyError(k)"],
    # a sentence that says raise
    ["  raise the limit to 10 and retry", "reraise is disabled"],
]


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize("lines", LOOK_ALIKES)
def test_frames_and_code_lines_alone_stay_out(
    tmp_path: Path, lines: list[str], as_json: bool
) -> None:
    assert _templates(tmp_path, lines, as_json) == []


@pytest.mark.parametrize("as_json", [False, True])
def test_a_full_traceback_adds_nothing(tmp_path: Path, as_json: bool) -> None:
    lines = [
        "Traceback (most recent call last):",
        '  File "/opt/venv/lib/python3.8/site-packages/wandb/sdk/wandb_init.py", line 9, in init',
        "    run = wi.init()",
        '  File "/opt/venv/lib/python3.8/site-packages/wandb/sdk/wandb_init.py", line 88, in g',
        '    raise UsageError("bad")',
    ]
    with_exception = [*lines, "wandb.errors.UsageError: bad"]
    # the opening line stands for it, or the exception line when it holds one
    assert _templates(tmp_path / "a", lines, as_json) == ["Traceback (most recent call last):"]
    assert _templates(tmp_path / "b", with_exception, as_json)[-1] == (
        "wandb.errors.UsageError: bad"
    )
    assert len(_templates(tmp_path / "b", with_exception, as_json)) == (2 if as_json else 1)


def test_an_exception_line_after_the_cut_frames_stands_for_the_event(tmp_path: Path) -> None:
    lines = [
        '  File "/opt/venv/lib/python3.8/site-packages/wandb/sdk/lib/retry.py", line 5, in f',
        "    raise CommError(msg)",
        "wandb.errors.CommError: Network error",
    ]
    assert _templates(tmp_path, lines, False) == ["wandb.errors.CommError: Network error"]


def test_the_shapes() -> None:
    assert frame_line('  File "/a/b.py", line 12, in <module>')
    assert frame_line('File \\"C:\\\\a\\\\b.py\\", line 12, in f')
    assert not frame_line('2026-01-01 DEBUG File "/a/b.py", line 12, in f')
    assert raise_line("    raise ValueError(x) from err")
    assert raise_line("  six.reraise(tp, value, tb)")
    assert not raise_line("raise ValueError(x)")  # not indented as a traceback prints it
    assert not raise_line("    response.raise_for_status()")


def test_the_traceback_tables_are_in_the_miner_and_portable() -> None:
    assert {FRAME_CANDIDATE, *RAISE_CANDIDATES} <= set(CANDIDATE_PATTERNS)
    for pattern in (FRAME_CANDIDATE, *RAISE_CANDIDATES, RAISE_CONFIRM):
        assert check_portable(pattern) is None, pattern
