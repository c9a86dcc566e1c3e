"""A flag named in a sentence, not given a value: a warning or a help text that speaks of the
option (Docker's `Using --password via the CLI is insecure`, `--token is deprecated, use …`).
The word after the flag is a preposition, a verb or a conjunction, and more words follow it;
keyvalue.py asks before it takes the word as the flag's value."""

from __future__ import annotations

from wbdiag import lazyre

# words that go on a sentence after an option's name; no generated value is one of them
_PROSE_WORDS = frozenset(
    {
        "via", "in", "on", "with", "to", "for", "from", "and", "or", "is", "was", "are", "will",
        "must", "should", "can", "cannot", "not", "instead", "requires", "has", "be",
        "option", "flag", "argument", "parameter",
    }
)  # fmt: skip
# (then a word, as a sentence goes on: `via the CLI`)
_NEXT_WORD = lazyre.compile(r"[ \t]{1,2}[A-Za-z]{1,32}\b")


def flag_in_prose(line: str, start: int, end: int) -> bool:
    """The value `line[start:end]` after a flag and a space is a word of the sentence that
    names the flag."""
    return line[start:end] in _PROSE_WORDS and _NEXT_WORD.match(line, end) is not None
