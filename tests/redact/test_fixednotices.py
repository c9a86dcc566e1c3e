"""Fixed server notices (wbdiag/redact/fixednotices.py): a line that is one of them, whole, holds
nothing the detectors or the followers would find, and a secret placed anywhere in such a line
defeats the match."""

from __future__ import annotations

import pytest

from wbdiag.redact import filestate
from wbdiag.redact.fixednotices import fixed_notice
from wbdiag.redact.nextline import arm
from wbdiag.redact.redactor import Redactor

MESSAGE = (
    "[Warning] [MY-013360] [Server] Plugin mysql_native_password reported: "
    "''mysql_native_password' is deprecated and will be removed in a future release. "
    "Please use caching_sha2_password instead'"
)
# as quoted from MySQL 8.0 servers' error logs in bug reports (thread ids 17 and 15034) and
# as a container runtime serves them (`docker logs --timestamps`: its own time first)
NOTICES = [
    "2024-08-27T17:20:08.116145Z 17 " + MESSAGE,
    "2023-11-14T11:19:02.249965Z 15034 " + MESSAGE,
    "2025-10-19T11:45:50.215944+08:00 40 " + MESSAGE,
    "2026-01-05T09:14:07.123456789Z 2024-08-27T17:20:08.116145Z 17 " + MESSAGE,
    "2023-01-10T01:07:23.035479Z 13 [Warning] [MY-013360] [Server] Plugin sha256_password "
    "reported: ''sha256_password' is deprecated and will be removed in a future release. "
    "Please use caching_sha2_password instead'",
]
SECRET = "hunter2-Xq9vL3"
LINE = NOTICES[0]
# a secret anywhere: after it, inside the quoted plugin name, in place of a word, where a
# number stands, a changed level or code, a character the pattern must not take for a digit
DEFEATED = [
    LINE + " password=" + SECRET,
    LINE + " ",
    LINE.replace("''mysql_native_password'", f"''mysql_native_password={SECRET}'"),
    LINE.replace("caching_sha2_password", SECRET),
    LINE.replace("Please use", f"password: {SECRET} Please use"),
    LINE.replace(" 17 ", f" 17 {SECRET} "),
    LINE.replace(" 17 ", " 1\u0667 "),  # an Arabic-Indic digit: \d is ASCII here
    LINE.replace("[Warning]", "[Note]"),
    LINE.replace("MY-013360", "MY-013361"),
    LINE.replace("Z 17", "Z" + SECRET + " 17"),
    LINE.replace("will be removed", "will\nbe removed"),
    SECRET + " " + LINE,
]


@pytest.mark.parametrize("line", NOTICES, ids=range(len(NOTICES)))
def test_a_notice_is_fixed_and_holds_nothing(line: str) -> None:
    """What the skip leaves out gives nothing on these lines: no detector's span, no follower
    armed, and the line redacted with the skip turned off is the line."""
    assert fixed_notice(line)
    assert Redactor().spans(line) == []
    assert arm(line) is None


@pytest.mark.parametrize("line", DEFEATED, ids=range(len(DEFEATED)))
def test_a_secret_anywhere_defeats_the_match(line: str) -> None:
    assert not fixed_notice(line)


# lines after which a notice is read in another state: a value announced for the next line, a
# key block, a table's header, a shell command continued, a quoted value left open
BEFORE = [
    "password:",
    "-----BEGIN RSA PRIVATE KEY-----",
    "| user | password |",
    "export DB_PASSWORD=\\",
    'db_password: "',
    "mysql -u root -p",
    "2024-08-27T17:20:07.000000Z 16 [Note] [MY-010914] [Server] Aborted connection 16",
]


def _redacted(
    lines: list[str], skip: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], int]:
    """The lines redacted, with the skip or without; how many lines it skipped."""
    skipped = 0

    def counted(line: str) -> bool:
        nonlocal skipped
        fixed = skip and fixed_notice(line)
        skipped += fixed
        return fixed

    monkeypatch.setattr(filestate, "fixed_notice", counted)
    redactor = Redactor()
    redactor.add_secret("S3cr3t-known-V4lue", "password")
    return list(redactor.lines(lines)), skipped


@pytest.mark.parametrize("before", BEFORE, ids=range(len(BEFORE)))
def test_skipping_a_notice_redacts_as_reading_it(
    before: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notice after each of those lines, and lines after it that a follower would read: the
    same output with the skip and without."""
    for after in ([], [f"{SECRET}Z9"], ["token: ghp_" + "a1B2c3D4e5" * 4]):
        lines = [before, LINE, LINE + " S3cr3t-known-V4lue", *after, LINE]
        with_skip, skipped = _redacted(lines, True, monkeypatch)
        assert (with_skip, 0) == _redacted(lines, False, monkeypatch)
        assert "S3cr3t-known-V4lue" not in "\n".join(with_skip)
        # (after an unclosed key block every line is the key's; a continued command takes
        # the first notice)
        assert skipped >= (0 if "BEGIN" in before else 1)


def test_a_known_secret_in_a_notice_is_replaced() -> None:
    """A known secret that happens to be made of what a notice holds (a thread id's digits)
    is still replaced: the prefilter names it, and the skip then does not apply."""
    line = LINE.replace(" 17 ", " 84512937 ")
    assert fixed_notice(line)
    redactor = Redactor()
    redactor.add_secret("84512937", "password")
    assert redactor.known_count() == 1
    (out,) = redactor.lines([line])
    assert "84512937" not in out and out.endswith(MESSAGE)
