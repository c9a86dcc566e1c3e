"""Text damaged on its way from a screen or a document (OCR, a copy from a chat or a PDF): the
detectors read a mended view of the line and what they find there is replaced in the line.

The view, one character for one or with characters dropped (each of its characters knows where
it stands in the line):
- Cyrillic and Greek letters that look Latin, in a word among Latin ones (`pаssword` with a
  Cyrillic а: OCR's guess, a copy from a chat, or a name made to slip past a filter), as their
  Latin twins;
- full-width forms (`：`, `＝`, `ｐａｓｓ`, as an input method or OCR of a CJK screen types them)
  as ASCII;
- zero-width spaces, joiners and soft hyphens (a chat client's or a PDF's, inside a token or a
  name) dropped;
- digits and signs OCR or a writer puts for letters in a secret word (`passw0rd`, `t0ken`,
  `5ecret`, `p@ss`) as the letters, when the word then is one.
A line with none of them has no view: the detectors read it as it is. OCR also breaks a long
token where it guesses a space (`spaced_token`: nextpending.py asks it of the line after a label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors import generic, keyvalue, sentence
from wbdiag.redact.detectors.base import Detector, Span, looks_random

KIND = "keyvalue"

_LOOKS_LATIN = "АВЕКМНОРСТХУаеорсхуіѕјΑΒΕΗΙΚΜΝΟΡΤΥΧΖοαρικντυχ"
_AS_LATIN = str.maketrans(_LOOKS_LATIN, "ABEKMHOPCTXYaeopcxyisjABEHIKMNOPTYXZoapikvtux")
_WORD = lazyre.compile(r"\w{2,128}")
# (ZWNJ and ZWJ too: inside a Latin token they are damage; in the scripts that write them they
# change nothing a detector reads)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_RX = lazyre.compile(f"[{_ZERO_WIDTH}]")
_FULL_WIDTH = lazyre.compile("[\uff01-\uff5e]")
# a full-width colon or equals sign after ASCII (`password：…`), not CJK text's punctuation
_FULL_WIDTH_NEAR_ASCII = lazyre.compile("[A-Za-z0-9][：＝]")
# the secret words as OCR and writers spell them with digits and signs (one for one)
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_WORDS = ("password", "passwd", "passphrase", "secret", "token", "apikey")
_LEET_HINTS = ("w0rd", "p4ss", "pa55", "p@ss", "pa$$", "t0ken", "tok3n", "t0k3n", "5ecret",
               "s3cret", "secr3t", "5ecr3t")  # fmt: skip
# (the spelling first, then the word around it: a pattern that reads the word's characters before
# the spelling would try every start on a long run of letters)
_LEET_RX = lazyre.compile("|".join(re.escape(h) for h in _LEET_HINTS), re.IGNORECASE)
_WORD_CHARS = lazyre.compile(r"[A-Za-z0-9@$]{0,64}")


def view(line: str) -> tuple[str, list[int]] | None:
    """The mended line and where each of its characters stands in the line (one entry more:
    the line's end), or None when nothing in it is mended."""
    chars = list(line)
    changed = False
    if not line.isascii():
        changed |= _confusables(line, chars)
        if _FULL_WIDTH_NEAR_ASCII.search("".join(chars) if changed else line):
            for m in _FULL_WIDTH.finditer(line):
                chars[m.start()] = chr(ord(m.group()) - 0xFEE0)
                changed = True
        if _ZERO_WIDTH_RX.search(line):
            for m in _ZERO_WIDTH_RX.finditer(line):
                chars[m.start()] = ""
                changed = True
    covered = 0
    for m in _LEET_RX.finditer(line):
        if m.start() < covered:
            continue
        back = _WORD_CHARS.match(line[max(covered, m.start() - 64) : m.start()][::-1])
        start = m.start() - (back.end() if back else 0)
        forth = _WORD_CHARS.match(line, m.end())
        end = forth.end() if forth else m.end()
        covered = end
        mended = line[start:end].translate(_LEET)
        if any(w in mended.lower() for w in _LEET_WORDS):
            chars[start:end] = list(mended)
            changed = True
    if not changed:
        return None
    origin = [i for i, c in enumerate(chars) if c]
    origin.append(len(line))
    return "".join(chars), origin


_SPACED = lazyre.compile(r"[A-Za-z0-9+/=_.~-]{4,64}(?: [A-Za-z0-9+/=_.~-]{4,64}){1,7}")


def spaced_token(text: str) -> bool:
    """One generated token that OCR broke with spaces (`VJhyMPan85JM C4is3nLc6S5C …`): pieces
    of letters and digits, none a word, that read random joined."""
    if _SPACED.fullmatch(text) is None:
        return False
    pieces = text.split(" ")
    if any(p.isalpha() and (p.islower() or p.isupper() or p.istitle()) for p in pieces):
        return False  # a word among them: a sentence, a title
    if any("=" in p.rstrip("=") for p in pieces):
        return False  # `NAME=value` fields (a tool's log line): base64 pads only at its end
    return looks_random("".join(pieces), 16)


def _confusables(line: str, chars: list[str]) -> bool:
    changed = False
    for m in _WORD.finditer(line):
        word = m.group()
        if word.isascii() or not any(c.isascii() and c.isalpha() for c in word):
            continue  # (a word all in one script is a word of that language)
        latin = word.translate(_AS_LATIN)
        if latin.isascii():
            chars[m.start() : m.end()] = list(latin)
            changed = True
    return changed


def _spans(line: str) -> Iterator[Span]:
    mended = view(line)
    if mended is None:
        return
    text, origin = mended
    found = [
        *keyvalue.scan(text)[0],
        *generic.GENERIC_CONTEXT.find(text),
        *sentence.sentence_spans(text),
    ]
    for start, end, kind in found:
        yield origin[start], origin[end - 1] + 1, kind


_LOOKALIKE_HINTS = tuple(sorted({c.lower() for c in _LOOKS_LATIN}))
_FULL_WIDTH_HINTS = ("：", "＝")
# (Hyperscan reads bytes: each letter spelled as a literal; the words are checked for Latin
# neighbours here, not in the pattern, which would have to try every Latin letter of a log)
DAMAGED = Detector(
    KIND,
    (*_LOOKALIKE_HINTS, *_ZERO_WIDTH, *_FULL_WIDTH_HINTS, *_LEET_HINTS),
    _spans,
    (
        "(?:" + "|".join(re.escape(c) for c in _LOOKS_LATIN) + ")",
        "(?:" + "|".join(re.escape(c) for c in _ZERO_WIDTH) + ")",
        "[a-z0-9](?:：|＝)",
        *(re.escape(h) for h in _LEET_HINTS),
    ),
)
