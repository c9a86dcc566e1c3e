"""The Hyperscan prefilter's self-check (prefiltercheck._compiled_db): a hint pattern the compiled
database misses on lines made from it (hsexamples.py) is also looked for by the literals every
match of it holds. Both reproducers below fail on a prefilter without the check."""

from __future__ import annotations

import re

import pytest

from wbdiag.hsexamples import anchors, examples
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter
from wbdiag.redact.prefilterhs import _fallback

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
    _db, literal_ids, also, everywhere = _fallback(exprs, {0, 1})
    # `api:` holds `api`: a line the literal database picks for it holds that set already
    assert also == {0: (), 1: (frozenset({"base64"}),)}
    assert sorted(literal_ids) == [0, 0, 1] and everywhere == []


def test_no_required_literal_hyperscan_cannot_fold() -> None:
    # `пароль` in a caseless literal database would miss ПАРОЛЬ, which re.IGNORECASE matches
    assert anchors(r"пароль[ \t]*=[ \t]*\S") == []
    assert anchors(r"密码[ \t]*=") == [{"密码"}]
