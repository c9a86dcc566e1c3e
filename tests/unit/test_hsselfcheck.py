"""The one self-check scan both Hyperscan users run (wbdiag/hsselfcheck.py), against a stand-in
database whose reports are scripted: which line a report belongs to, and a miss found in the
block or alone."""

from __future__ import annotations

from collections.abc import Callable

from wbdiag.hsselfcheck import unreported

Handler = Callable[[int, int, int, int, object], None]


class Scripted:
    """Reports every occurrence of its words as `re` would, except those `drop` refuses."""

    def __init__(self, words: dict[int, bytes], drop: Callable[[bytes, int], bool]) -> None:
        self.words = words
        self.drop = drop

    def scan(self, data: bytes, match_event_handler: Handler, context: object) -> None:
        for expr, word in self.words.items():
            start = data.find(word)
            while start >= 0:
                if not self.drop(data, expr):
                    match_event_handler(expr, start, start + len(word), 0, context)
                start = data.find(word, start + 1)


CASES = [("alpha one", 0), ("beta two", 1), ("x alpha", 0)]


def test_every_line_reported_is_no_miss() -> None:
    db = Scripted({0: b"alpha", 1: b"beta"}, lambda _d, _e: False)
    assert unreported(db, CASES) == set()


def test_a_miss_in_the_block_only_is_found() -> None:
    # the engine misses `beta` only beside other lines, as 5.4 has done
    db = Scripted({0: b"alpha", 1: b"beta"}, lambda d, e: e == 1 and b"\n" in d)
    assert unreported(db, CASES) == {1}


def test_a_miss_alone_only_is_found() -> None:
    db = Scripted({0: b"alpha", 1: b"beta"}, lambda d, e: e == 0 and d == b"x alpha")
    assert unreported(db, CASES) == {2}


def test_a_report_on_another_line_does_not_count() -> None:
    # `alpha` is reported, but never on the `beta` line the case asks about
    db = Scripted({1: b"alpha"}, lambda _d, _e: False)
    assert unreported(db, [("alpha", 1), ("beta", 1)]) == {1}


def test_a_match_ending_in_the_newline_stays_on_its_line() -> None:
    db = Scripted({0: b"one\n"}, lambda _d, _e: False)
    # the match's last byte is the newline after line 0: it belongs to line 0, and line 0 alone
    # holds no newline, so it is missed alone
    assert unreported(db, [("one", 0), ("two", 1)]) == {0, 1}


class Refuses:
    def scan(self, *_args: object, **_kwargs: object) -> None:
        raise AssertionError("an empty case list scanned")


def test_no_cases_scan_nothing() -> None:
    assert unreported(Refuses(), []) == set()
