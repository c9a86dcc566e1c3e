"""The Hyperscan prefilter's self-check (prefiltercheck._compiled_db): a hint pattern the compiled
database misses on lines made from it (hsexamples.py) is also looked for by the literals every
match of it holds. Both reproducers below fail on a prefilter without the check."""

from __future__ import annotations

import re

import pytest

from wbdiag.hsexamples import anchors, examples, line_start
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter
from wbdiag.redact.prefilterhs import _by_literals, _fallback, _hs

# Hyperscan 5.4 (the `fast` extra's build) reports no match of this pattern, alone in its
# database, once 16 or more characters stand between `secret` and `| base64`
GAP_MISS = r"secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)"


def test_examples_match_their_pattern() -> None:
    lines = examples(GAP_MISS)
    assert len(lines) > 3
    assert all(re.search(GAP_MISS, line, re.IGNORECASE) for line in lines)
    assert any(len(line) > 60 for line in lines)


def test_a_pattern_the_database_misses_is_still_picked(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    prefilter = Prefilter([(["nothing"], []), (["secret"], [GAP_MISS])])
    assert prefilter.engine == "hyperscan"
    line = "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"
    assert prefilter.lines(["plain", line, "nothing here"]) == {1: {1}, 2: {0}}


# ... and of the first of these only beside the other three, once the match starts 14 or more
# characters into its line
BESIDE = [
    r"(?:show|get|print|reveal|read)-[a-z-]{0,24}(?:secret|password|token)",
    r"securestringto|convertfrom-securestring[^\n]*-asplaintext|getnetworkcredential",
    r"vault[^\n]*transit/decrypt/",
    r"(?:echo|printf|printenv)[ \t][^\n|]*[$a-z_](?:pass|secret|token|key|auth|cred)",
]


def test_a_pattern_missed_beside_others_is_still_picked(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    prefilter = Prefilter([([], [rx]) for rx in BESIDE])
    assert prefilter.lines(["x", "$ pulumi config --show-secrets"]) == {1: {0}}


def test_required_literals() -> None:
    assert anchors(GAP_MISS) == [{"secret"}, {"base64"}]
    words = {"show", "get", "print", "reveal", "read"}
    rarer_first = [{"secret", "password", "token"}, words, {w + "-" for w in words}]
    assert anchors(BESIDE[0]) == rarer_first
    # a group of words with the literal after it: the words spelled with it, rarer than alone
    assert anchors(r"^[ \t]*(?:api|hmac):[ \t]*$") == [{"api:", "hmac:"}, {"api", "hmac"}]
    assert anchors(r"(?:api|ke?y):") == []  # (`ke?y` is no word: nothing spelled with `:`)
    assert anchors(r"[-/]u[ \t]+\S") == []  # nothing of two characters: every line is handed


def test_the_fallback_tests_only_sets_its_literals_do_not_hold() -> None:
    pytest.importorskip("hyperscan")
    exprs = (rb"^[ \t]*(?:api|hmac):[ \t]*$", GAP_MISS.encode())
    db, literal_ids, also, leads, everywhere = _fallback(exprs, {0, 1})
    # `api:` holds `api`: a line the literal database picks for it holds that set already
    assert also == {0: (), 1: (frozenset({"base64"}),)}
    assert sorted(literal_ids) == [0, 0, 1] and everywhere == []
    # the line-start pattern's literals are compared where its line starts (ASCII lines)
    assert leads == {0: (frozenset("ah"), ("api:", "hmac:"))}
    lines = ["\tAPI: ", "2026/11/28 local: api: up", "x | base64 -d", "ΑΡΙ api:", " hmac:"]
    data = "\n".join(lines).encode()
    assert _hs is not None
    scratch = _hs.Scratch(db)
    picked = _by_literals(lines, data, db, scratch, literal_ids, also, leads)
    # (line 1: `api:` inside the line; line 2 holds no `secret`; line 3 is not ASCII)
    assert picked == {0: {0}, 3: {0}, 4: {0}}


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"^[ \t]*(?:api|hmac):[ \t]*$", ("api:", "hmac:")),
        (r"^[ \t]+(?:private|shared):", ("private:", "shared:")),
        (r"^[ \t]*#[ \t]*define", ("#",)),
        (r"^ *(?:foo|fao):", ("f",)),  # (`re` takes the branches' common `f` out first)
        (r"^[ \t]*(?:api|ke?y):", None),  # (`ke?y` is no word)
        (r"^[ \t]*(?:api|)x", None),
        (r"^[ \t]*(?:api|hmac)?x", None),
        (r"^\s*api", None),  # (`\s` holds more than spaces and tabs)
        (r"^[ \t]*ſecret", None),  # (matches `secret` without case: not ASCII)
        (r"(?:api|hmac):", None),  # (not at a line's start)
        (r"^[ \t]*", None),
    ],
)
def test_line_start_literals(pattern: str, starts: tuple[str, ...] | None) -> None:
    assert line_start(pattern) == starts
    if starts is not None:  # (what the self-check scans for the pattern starts so too)
        assert all(x.lower().lstrip(" \t").startswith(starts) for x in examples(pattern))


def test_no_required_literal_hyperscan_cannot_fold() -> None:
    # `пароль` in a caseless literal database would miss ПАРОЛЬ, which re.IGNORECASE matches
    assert anchors(r"пароль[ \t]*=[ \t]*\S") == []
    assert anchors(r"密码[ \t]*=") == [{"密码"}]
