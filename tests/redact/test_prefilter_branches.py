"""Every hint pattern of the redactor and the leak gate, through each of its alternatives: the
lines made from it (hsexamples.examples, one set per alternative and with optional parts taken,
and a line that ends with the newline a pattern ends with) are picked, for the pattern's group,
by both engines. The Hyperscan database's self-check scans the same lines, so a pattern the
engine misses through one branch only is looked for another way instead of silently dropped."""

from __future__ import annotations

import functools
import re

import pytest

from wbdiag.hsexamples import branch_candidates, examples
from wbdiag.redact import gategroups
from wbdiag.redact.prefilter import ENV_ENGINE, Group, Prefilter, expressions
from wbdiag.redact.prefilterre import _re_form
from wbdiag.redact.redactor import detector_groups

ENGINES = pytest.mark.parametrize("engine", ["re", "hyperscan"])
# The leak gate's hint for a shell command that reveals its input (gatecontext.HINTS) with bash's
# `user@host:dir$ ` in the prompts' alternation: Hyperscan 5.4 misses it on `$ … | base64 -d`
# once the line runs to 35 characters or more (`^[^\n]*\|[ \t]?base64` misses so on its own),
# and finds `| rev`, `| xxd`, `|base64`: an alternative after the first, an optional part taken
# and a newline at the end, none of which the lines made from a pattern once held
ONE_BRANCH = (
    r"^(?:(?:\$|❯|\+\+?) |PS [A-Za-z]:\\[^\n>]*> |[A-Za-z]:\\[^\n>]*>"
    r"|[^\s@]+@[^\s:]+:[^\s]*[$#] )[^\n]*(?:reveal|decrypt|unseal|deobfuscate|unobscure"
    r"|\|[ \t]?(?:rev|base64|xxd)|[ \t]-field=)[^\n]*\n"
)


def _owners() -> dict[str, tuple[Group, ...]]:
    return {
        "redactor": tuple(detector_groups()),
        "gate": tuple(gategroups.groups(False)),
        "gate with known secrets": tuple(gategroups.groups(True)),
    }


def test_lines_are_made_through_every_branch() -> None:
    lines = examples(ONE_BRANCH)
    assert any("| base64x" in line and len(line) > 40 for line in lines)
    assert any(line.startswith("x@x:") for line in lines)
    assert all(re.search(ONE_BRANCH, line, re.IGNORECASE | re.MULTILINE) for line in lines)
    assert all("\n" not in line[:-1] for line in lines)


def test_a_plain_pattern_makes_no_more_lines() -> None:
    assert branch_candidates(r"secret[ \t]*=") == ()


def test_a_pattern_missed_through_one_branch_is_still_picked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    prefilter = Prefilter([(["nothing"], []), (["$", "@"], [ONE_BRANCH])])
    assert prefilter.engine == "hyperscan"
    line = "$ kubectl get secret wandb -o jsonpath='{.data.password}' | base64 -d"
    assert prefilter.lines(["plain", line, "Zq7kLx9vT!"]) == {1: {1}}


@functools.cache
def _made(expr: bytes) -> tuple[str, ...]:
    """The lines made from a hint pattern, once per process: both engines, and the gate with
    and without known secrets (the same patterns but two), check the same lines."""
    return tuple(line.rstrip("\n") for line in examples(_re_form(expr).pattern))


def _hinted(line: str, group: Group) -> bool:
    lowered = line.lower()
    return any(h.lower() in lowered for h in group[0])


@ENGINES
@pytest.mark.parametrize("owner", ["redactor", "gate", "gate with known secrets"])
def test_every_hint_branch_is_picked(
    owner: str, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hyperscan picks every line for its pattern's group, and so does `re` for the leak gate's
    groups: every line their hint patterns match holds one of the group's literal hints, which
    `re` looks for first (a pattern that lets a line through without one, `openssl  rand` for a
    hint `openssl rand`, would be found by one engine only). The redactor's are checked, with
    `re`, on the lines that hold one of their group's literal hints."""
    if engine == "hyperscan":
        pytest.importorskip("hyperscan")
    monkeypatch.setenv(ENV_ENGINE, engine)
    groups = _owners()[owner]
    exprs, ids = expressions(groups)
    cases = [(line, ids[k]) for k, expr in enumerate(exprs) for line in _made(expr)]
    if engine == "re" and owner == "redactor":
        cases = [(line, gid) for line, gid in cases if _hinted(line, groups[gid])]
    assert len(cases) > len(exprs)
    prefilter = Prefilter(groups, by_pattern=True)
    # (a line that ends with a newline gets it from the next line of the block)
    found = prefilter.lines([line for line, _ in cases] + [""])
    missed = [
        (line, gid)
        for n, (line, gid) in enumerate(cases)
        if n not in found or (found[n] is not None and gid not in (found[n] or ()))
    ]
    assert missed == []
