"""The miner's fast paths change nothing: each mask's guard holds wherever the mask would change
the text, remembered templates are the templates, and the confirmation split between RE2 and
`re` confirms what the one `re` alternation confirms, compiled at its first line outside the
miner's work budget."""

from __future__ import annotations

import functools
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wbdiag.rules import error_confirm, error_lines, firstuse, linear, masks, unrecognised
from wbdiag.rules.corpus import load_corpus
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_lines import message_of, unwrap
from wbdiag.rules.loader import load_pack
from wbdiag.rules.masks import _MASKS, mask, readable_template
from wbdiag.rules.unrecognised import TemplateMiner

REPO = Path(__file__).resolve().parents[2]
# what the masks look for: digits (Unicode ones too), separators, quotes, brackets, whitespace
# of every kind Python's \s knows
ALPHABET = (
    "0123456789abcdefxyzABCFXYZ :;.,/-_=+@%\"'‘“’”[]{}()<>|\\"
    "\t\r\n\x0b\x0c\x1c\u00a0\u2003\u0663\u00b5"
)
PIECES = ("://", "0x", "2024-01-02T03:04:05Z", "12:34:56", "10.0.0.1:80", "[::1]", "user=a")


@functools.cache
def corpus_lines() -> tuple[str, ...]:
    """Every real-world corpus line and every rule fixture's log line, each once (what the tests
    run on them is a function of the line alone: a repeat checks nothing more)."""
    entries = load_corpus(REPO / "tests" / "realworld", load_pack())
    lines = [line for e in entries for line in e.text.splitlines()]
    for log in sorted((REPO / "tests" / "rules").rglob("*.log")):
        lines += log.read_text("utf-8", errors="replace").splitlines()
    return tuple(dict.fromkeys(line for line in lines if line.strip()))


def confirmed_texts() -> dict[str, bool]:
    """The ASCII texts the miner confirms in the corpus, with the alternation's answer for each:
    of the lines ERROR_CANDIDATE selects (the miner reads no other), their bodies, JSON member
    values and message fields, each as error_body hands it to `confirm`. No other text reaches
    it, and on a text that is not ASCII `confirm` searches with the alternation itself (a
    comparison with itself checks nothing)."""
    said: dict[str, bool] = {}

    def recording(text: str) -> bool:
        if text not in said:
            said[text] = error_confirm._CONFIRM.search(text) is not None
        return said[text]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(error_lines, "confirm", recording)
        for line in corpus_lines():
            if unrecognised._CANDIDATE.search(line):
                error_lines.error_body(line)
    return {text: answer for text, answer in said.items() if text.isascii()}


def corpus_messages() -> list[str]:
    return [message_of(*unwrap(line)) for line in corpus_lines()]


def random_messages(n: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        parts = [
            rng.choice(PIECES) if rng.random() < 0.1 else rng.choice(ALPHABET)
            for _ in range(rng.randint(1, 50))
        ]
        yield "".join(parts)


@pytest.fixture(scope="module")
def messages() -> list[str]:
    found = corpus_messages()
    assert len(found) > 1000
    return list(dict.fromkeys([*found, *random_messages(30_000, seed=10)]))


def test_a_guard_holds_wherever_its_mask_changes_the_text(messages: list[str]) -> None:
    """Stepping through the masks as mask() does, but running each one: a mask that changes
    the text at some step always finds its guard there."""
    for light in (False, True):
        table = masks._LIGHT_MASKS if light else _MASKS
        for message in messages:
            text = message.replace('\\"', '"')
            for guard, rx, repl in table:
                new = rx.sub(repl, text)
                present = (guard in text) if isinstance(guard, str) else guard.search(text)
                assert present or new == text, (message, guard, text)
                text = new


def test_remembered_templates_are_the_templates(
    messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the messages are distinct: room for all, so the second pass is answered from the cache
    # (clearing a full cache: test_the_cache_stays_bounded). Each template is made once: a miss
    # returns what readable_template made for it (recorded), a hit what the miss stored
    monkeypatch.setattr(unrecognised, "CACHE_ENTRIES", len(messages) + 1)
    made: dict[str, str] = {}

    def recorded(message: str) -> str:
        made[message] = readable_template(message)
        return made[message]

    monkeypatch.setattr(unrecognised, "readable_template", recorded)
    unrecognised._templates.clear()
    for message in messages:
        assert unrecognised._cached_template(message) == made[message]
    assert len(made) == len(messages)
    assert unrecognised._templates
    for message in messages:  # the second time from the cache
        assert message in unrecognised._templates or len(message) > unrecognised.CACHE_MAX_CHARS
        assert unrecognised._cached_template(message) == made[message]
    unrecognised._templates.clear()


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unrecognised, "CACHE_ENTRIES", 50)
    unrecognised._templates.clear()
    for n in range(500):
        assert unrecognised._cached_template(f"ERROR job {n} failed") == "ERROR job <num> failed"
    assert 0 < len(unrecognised._templates) <= 50
    long_message = "ERROR " + "word " * 200
    assert unrecognised._cached_template(long_message) == mask(long_message)
    assert long_message not in unrecognised._templates


def test_the_split_confirmation_confirms_what_the_alternation_does() -> None:
    assert error_confirm.confirm_split()[0] is not None, "google-re2 is a dependency: it is split"
    # the candidate patterns (mostly literal words), and the characters around which the
    # lookarounds of the `re` branches decide (word characters, dots, quotes, spaces, é)
    words = list(CANDIDATE_PATTERNS)
    around = [*" .:_-\"'(){}[]=/*!aZ09é\t", "nil", "null", " failed", "Error", "x509: "]
    rng = random.Random(3)
    alternation = confirmed_texts()
    for _ in range(10_000):  # 0.3 ms each on a core, twice (the split, the alternation)
        line = "".join(rng.choice(words if rng.random() < 0.3 else around) for _ in range(8))
        if line not in alternation:
            alternation[line] = error_confirm._CONFIRM.search(line) is not None
    lines = list(alternation)
    split = [error_confirm._confirmed(line) for line in lines]
    disagree = [line for line, said in zip(lines, split, strict=True) if said != alternation[line]]
    assert disagree == []
    confirmed = sum(split)
    assert 0.05 * len(lines) < confirmed < 0.95 * len(lines), "both outcomes are tried"


def test_the_first_confirmation_compiles_outside_the_miners_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # as in a fresh process, nothing compiled until the miner has a line to confirm; the split's
    # RE2 compile (~0.5 CPU s) made at least 0.2 s here whatever this process's caches hold
    split = error_confirm._split_confirm

    def costly_split(pattern: str) -> tuple[linear.Pattern | None, re.Pattern[str] | None]:
        started = time.thread_time()
        while time.thread_time() - started < 0.2:
            pass
        return split(pattern)

    monkeypatch.setattr(error_confirm, "_split_confirm", costly_split)
    monkeypatch.setattr(error_confirm._CONFIRM, "_compiled", None)
    error_confirm.confirm_split.cache_clear()
    before = firstuse.seconds()
    miner = TemplateMiner()
    miner.observe("docker/containers/w/container.log", 1, "ERROR upload failed: timeout", False)
    compiled = firstuse.seconds() - before
    assert compiled >= 0.2
    # the line's own work (well under a millisecond), not the compile, is what its budget counts
    assert 0 <= miner._spent < 0.1
    assert [t.template for t in miner.templates()] == ["ERROR upload failed: timeout"]
