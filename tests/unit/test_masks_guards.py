"""The masks' guards only skip work: every text a mask's regex matches holds its guard, so the
template is the one the masks give run unguarded."""

from __future__ import annotations

import random

import pytest

from wbdiag.rules import linear, masks
from wbdiag.rules.masks import _MASKS, _SPACED, _spaced, mask

# the characters the guards look for, their Unicode look-alikes (digits, spaces) and filler
_ALPHABET = [
    *"0123456789abcdefxyzABCDEFGZT-/:.[]@'\"=_ ,{}<>",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x1c",
    "\u00a0",
    "\u2003",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: \d in both engines
    "é",
    "‘",
    "’",
    "“",
    "”",
    "://",
    "  ",
    "Nov",
    "host ",
    "lookup ",
    "0x",
    "ms",
    "GiB",
]
_KNOWN = [
    "2026-11-28T10:00:00.123Z failed",
    "2026/11/28 10:00:00 main.go:1: x",
    '10.0.0.1 - - [28/Nov/2026:10:00:00 +0000] "GET /x HTTP/1.1" 500',
    "at 9:00:00 and 12:30:45.5 it broke",
    "dial tcp 10.0.0.12:3306 and [::1]:8080 and [fe80::1]",
    "request 123e4567-e89b-12d3-a456-426614174000 failed",
    "pod wandb-app-7d9f8c6b5-x2x4q crashed",
    "lookup mysql.default.svc on 10.96.0.10:53: no such host",
    "took 5000ms, 3GiB, 12s, 50%",
    "id deadbeef12 and abc123def and 0x1f",
    "a  b\tc\u00a0\u00a0d\u2003 e",
]


def _texts() -> list[str]:
    rnd = random.Random(7)
    fuzz = ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 40))) for _ in range(6000)]
    # the known shapes with other digits (Unicode ones too) and one character dropped or added
    for _ in range(3000):
        chars = [rnd.choice("09\u0663") if c.isdigit() else c for c in rnd.choice(_KNOWN)]
        at = rnd.randrange(len(chars))
        if rnd.random() < 0.5:
            del chars[at]
        else:
            chars.insert(at, rnd.choice(_ALPHABET))
        fuzz.append("".join(chars))
    return _KNOWN + fuzz


def _holds(guard: object, text: str) -> bool:
    return (guard in text) if isinstance(guard, str) else bool(guard.search(text))  # type: ignore[attr-defined]


@pytest.mark.parametrize("index", range(len(_MASKS)))
def test_a_mask_matches_only_text_holding_its_guard(index: int) -> None:
    guard, rx, _ = _MASKS[index]
    for text in _texts():
        if rx.search(text) is not None:
            assert _holds(guard, text), (rx.pattern, text)


def test_the_whitespace_guard_agrees_with_its_regex() -> None:
    for text in [*_texts(), "a b", "a  b", "a\tb", "a\u00a0 b", "a\x1f b", "é  ", "é b"]:
        assert _spaced.search(text) == (_SPACED.search(text) is not None), repr(text)


def test_guarded_masks_give_the_unguarded_template(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    guarded = [mask(t) for t in texts] + [mask(t, light=True) for t in texts]
    monkeypatch.setattr(masks, "_MASKS", tuple(("", rx, r) for _, rx, r in _MASKS))
    monkeypatch.setattr(
        masks, "_LIGHT_MASKS", tuple(("", rx, r) for _, rx, r in masks._LIGHT_MASKS)
    )
    unguarded = [mask(t) for t in texts] + [mask(t, light=True) for t in texts]
    assert guarded == unguarded


def test_letters_are_counted_as_str_isalpha_counts_them() -> None:
    for text in [*_texts(), "", "<num> <*> <time>", "ÄÖü straße", "abc\x00\x7f_9Z"]:
        outside = masks._PLACEHOLDER.sub("", text)
        assert masks._letters(text) == sum(map(str.isalpha, outside)), repr(text)


def test_plain_ascii_replacements_give_the_wrappers_result() -> None:
    for _, rx, repl in _MASKS:
        if isinstance(repl, str) and not repl.isascii():
            continue  # the wrapper garbles those (next test)
        for text in _texts()[:1500]:
            assert linear.sub(rx, repl, text) == rx.sub(repl, text), (rx.pattern, text)


def test_a_non_ascii_replacement_comes_out_as_written() -> None:
    # the google-re2 wrapper reads a str replacement's UTF-8 bytes as Latin-1 ('â\x80\x98')
    assert mask("he said “hello” and ‘bye’ ok") == "he said ‘<*>’ and ‘<*>’ ok"
    rx = linear.compile("(a)b")
    assert linear.sub(rx, "é", "xab yab") == "xé yé"
