"""The line that speaks for a multi-line event is the first the miner takes as an error: the scan
selects candidates with their loose, portable half, and the miner's confirmation may reject its
first pick, which must not hide the event's real error line; an event's level stays its first
line's. Lines ending in a failure (`… failed`) are candidates as `confirm` takes them, and a
pretty-printed or one-line JSON record is judged by its message fields."""

from __future__ import annotations

import io

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import TemplateMiner

LOG = "docker/containers/wandb-local/container.log"
TS = "2026-03-04T05:06:07.123456789Z "


def templates(*lines: str, stamped: bool = True) -> list[str]:
    miner = TemplateMiner()
    data = "".join((TS if stamped else "") + line + "\n" for line in lines).encode()
    LogScanner([], [miner]).scan(LOG, io.BufferedReader(io.BytesIO(data)), 1 << 16)
    return [t.template for t in miner.templates()]


@pytest.mark.parametrize("stamped", [True, False])
def test_an_events_later_line_speaks_when_the_first_pick_is_rejected(stamped: bool) -> None:
    # a result line ending in an exception's class name (a candidate the miner rejects), then
    # the exception line that continues it
    got = templates(
        " -  [LDAP result code 32 - noSuchObject] NoSuchObjectError",
        "  com.example.ldap.LdapOperationException:  [LDAP result code 32 - noSuchObject] x",
        stamped=stamped,
    )
    assert len(got) == 1 and got[0].startswith("com.example.ldap.LdapOperationException:")


def test_an_events_level_stays_its_first_lines() -> None:
    # the first line is taken as a candidate and is at INFO: the exception under it is not tried
    assert (
        templates(
            "INFO cache warm-up done, last Error: none", "  java.lang.IllegalStateException: cold"
        )
        == []
    )


def test_one_template_per_event() -> None:
    got = templates("panic: runtime error: index out of range", "goroutine 1 [running]:")
    assert got == ["panic: runtime error: index out of range"]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence ending in its failure, with or without docker's time before it
        "The authentication failed",
        TS + "The bind to the directory failed",
        "Directory sync failed ",
        # a failure with what went with it after the word
        "Upload failed unexpectedly after 5 attempts",
        "Login failed for user 'wandb'.",
        "Snapshot failed due to a full volume",
        # a pretty-printed JSON member, its message encoded twice, and a one-line record
        '  "message": "\\"Upload failed unexpectedly after 5 attempts\\""',
        '  "detail": "Export failed because the token expired",',
        '{"message": "Upload failed unexpectedly after 5 attempts", "code": 7}',
        '{"msg": "\\"Sync failed while reading chunk 3\\""}',
    ],
)
def test_failures_in_sentences_and_records_are_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a failure word that is not the sentence's outcome, a count, a negation, a level
        "Retry failed uploads",
        "0 uploads failed",
        "Nothing failed after the restart",
        "INFO Upload failed after 3 attempts, retrying",
        '  "message": "Retrying failed uploads"',
        '{"message": "Retrying failed uploads", "count": 3}',
        '{"level": "info", "message": "Upload failed unexpectedly after 5 attempts"}',
        '  "state": "failed"',
    ],
)
def test_near_misses_stay_out(line: str) -> None:
    assert not miner_lists(line), line
