"""The corpus measure itself: the one-pass leak search the planted-bundle tests use finds exactly
the secrets the fragment-by-fragment search finds; the structure check counts only objects and
arrays."""

from __future__ import annotations

from tests.redact.corpus_eval import _parses, leaked, leaks_in

SECRETS = [
    "hunter2",
    "abc",
    "ghp_" + "Zq9" * 12,
    "s3cr3t-Value-42",
    "x" * 6,
    "no-such-thing-here",
]


def test_one_pass_search_finds_what_the_fragment_search_finds() -> None:
    texts = [
        "password=hunter2 and abc",
        "token ghp_Zq9Zq9 cut short; Zq9Zq9Zq",  # a part of it past the public prefix
        "Value s3cr3 lue-4 (parts, none six long) xxxxx",
        "xxxxxx",
        "",
    ]
    for text in texts:
        expected = [s for s in SECRETS if leaked(s, text) is not None]
        assert [s for s, _ in leaks_in(SECRETS, text)] == expected, text
    assert [s for s, _ in leaks_in(SECRETS, texts[0])] == ["hunter2", "abc"]
    assert [s for s, _ in leaks_in(SECRETS, texts[1])] == ["ghp_" + "Zq9" * 12]
    assert leaks_in(SECRETS, texts[2]) == []
    assert [s for s, _ in leaks_in(SECRETS, texts[3])] == ["x" * 6]


def test_only_objects_and_arrays_count_as_structure() -> None:
    # a line holding only a number or a string parses as JSON, but is no structure a placeholder
    # could break (a scratch code alone on its line)
    assert not _parses("json", "45032600") and not _parses("json", '"x"')
    assert _parses("json", '{"a": 1}') and _parses("json", "[1, 2]")
    assert not _parses("json", '{"a": [REDACTED:keyvalue:1]}')
    assert not _parses("yaml", "45032600") and _parses("yaml", "a: 1")
