"""caseless.Words finds its words where `re.IGNORECASE` does, on ASCII lines (folded first) and on
others (where folding may move indexes: `İ` lower-cases to two characters)."""

from __future__ import annotations

import re

import pytest

from wbdiag.redact.caseless import Words
from wbdiag.redact.names import NAME_HINTS, name_hints_in

LINES = [
    "DB_PASSWORD=hunter2 AUTH_TOKEN=abc",
    "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated'",
    "no hint words at all here",
    "İİİ password=İx token: ünïcode",  # lower() of İ is two characters
    "KENNWORT: geheim; Sessionkey=abc; x-Honeycomb-Team: y",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_spans_are_those_of_ignorecase(line: str) -> None:
    rx = re.compile("|".join(re.escape(h) for h in NAME_HINTS), re.IGNORECASE)
    expected = [m.span() for m in rx.finditer(line)]
    assert list(name_hints_in(line)) == expected
    assert list(Words(NAME_HINTS).spans(line)) == expected


def test_a_line_with_none_of_the_words() -> None:
    assert list(Words(("secret", "token")).spans("SECRE TOKE nothing")) == []


def test_spans_point_at_the_words_in_their_own_case() -> None:
    line = "İ x PassWord=1"
    (start, end), *_ = Words(("password",)).spans(line)
    assert line[start:end] == "PassWord"


@pytest.mark.parametrize(
    "line",
    [
        *LINES,
        "aws ssm GET-parameter --name /app/db_password",
        "no command here but a ſhow of hands",  # a long s, which IGNORECASE matches to `s`
        "İ kubectl get secret wandb",
    ],
)
def test_holds_is_an_ignorecase_search(line: str) -> None:
    words = ("get", "output", "lookup", "show", "/text:", "access", "--extract")
    rx = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    assert Words(words).holds(line) == (rx.search(line) is not None)
