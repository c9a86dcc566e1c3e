"""The framing registry (wbdiag/rules/framings.py): every framing keeps the message it frames,
in the shape its documented format gives it, and is documented where users read about it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wbdiag.rules.framings import BY_NAME, FRAMINGS, Framing

REPO = Path(__file__).resolve().parents[2]
EVENT = 'Traceback (most recent call last):\n  File "a.py", line 3\nValueError: bad "x" ‘y’ \\d'
SGR = re.compile(r"\x1b\[[0-9;]*m")


def _messages(framing: Framing, text: str) -> list[str]:
    """The message lines a reader of the format takes back out of the framed text."""
    out = framing.apply(text)
    if framing.name == "journal-json":
        return [json.loads(line)["MESSAGE"] for line in out.split("\n")]
    if framing.name == "fluentbit-joined":
        return str(json.loads(out)["log"]).removesuffix("\n").split("\n")
    if framing.name == "fluentbit-docker":
        return [
            str(json.loads(json.loads(line)["log"])["log"]).removesuffix("\n")
            for line in out.split("\n")
        ]
    if framing.name.startswith("wrap-"):
        width = int(framing.name.removeprefix("wrap-"))
        rows = out.split("\n")
        assert all(len(r) <= width for r in rows)
        return ["".join(rows)]
    if framing.name == "sgr":
        return [SGR.sub("", line) for line in out.split("\n")]
    if framing.name == "stern":
        return [SGR.sub("", line).split(" ", 2)[2] for line in out.split("\n")]
    if framing.name == "loki":
        return [line.split("\t", 1)[1] for line in out.split("\n")]
    prefix = framing.apply("")
    assert all(line.startswith(prefix) for line in out.split("\n"))
    return [line[len(prefix) :] for line in out.split("\n")]


@pytest.mark.parametrize("framing", FRAMINGS, ids=[f.name for f in FRAMINGS])
def test_a_framing_keeps_its_message(framing: Framing) -> None:
    expected = ["".join(EVENT.split("\n"))] if framing.name.startswith("wrap-") else None
    assert _messages(framing, EVENT) == (expected or EVENT.split("\n"))
    assert framing.apply(EVENT) == framing.apply(EVENT)  # deterministic
    assert "\n" not in framing.apply("one line") or framing.name.startswith("wrap-")


def test_the_registry_is_named_sourced_and_documented() -> None:
    assert 10 <= len(FRAMINGS) == len(BY_NAME)
    docs = (REPO / "docs" / "rules.md").read_text()
    readme = (REPO / "tests" / "realworld" / "README.md").read_text()
    for f in FRAMINGS:
        assert f.source and f.placement in ("attachment", "file")
        assert f"`{f.name}`" in docs, f"docs/rules.md does not name the framing {f.name}"
    assert "--framings" in readme and "--framings" in docs


def test_a_wrap_cuts_a_long_line_into_rows_of_the_terminal_width() -> None:
    line = "x" * 200
    assert BY_NAME["wrap-80"].apply(line).split("\n") == ["x" * 80, "x" * 80, "x" * 40]
    assert BY_NAME["wrap-120"].apply("short") == "short"
