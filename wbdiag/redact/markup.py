"""Text that markup spells, read as its text. An HTML line (a mail's HTML part, a wiki page's
storage format, a chat or tracker export's message body, hOCR's one word per span) is read with
its tags dropped (a block or a cell boundary as a space, an inline tag as nothing: `Schl<b>ü</b>
ssel` stays a word) and its character entities decoded (`&#112;`, `&#x70;`, `&quot;`, and
`&amp;quot;` escaped twice). A mail header's RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `?B?`) are read decoded:
a subject about a password is prose, not a `name=value` pair. The detectors read that view; what
they find is mapped back onto the line (a span ends on the whole entity; a secret inside an
encoded word takes the whole word). The redactor reads an HTML line both ways (its attributes,
URLs in `href`, stay the raw line's to judge); a line with encoded words only decoded."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Protocol

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS

# HTML's own tags (not XML's, not a placeholder in angle brackets: `<token>`, `<password>`)
_INLINE = "a|abbr|b|code|del|em|font|i|ins|kbd|mark|s|samp|small|strike|strong|sub|sup|tt|u|var"
_BLOCK = (
    "article|blockquote|body|br|caption|dd|div|dl|dt|footer|h[1-6]|head|header|hr|html|img|li"
    "|main|nav|ol|p|pre|section|span|table|tbody|tfoot|thead|title|ul|wbr"
)
_TAG = lazyre.compile(
    r"</?(?i:(?P<inline>" + _INLINE + r")|(?P<cell>t[dhr])|" + _BLOCK + r")"
    r"(?=[\s/>])(?:[ \t\\][^<>]{0,1024})?/?>"
)
# a character entity; `&amp;` before it: escaped twice (`&amp;quot;`)
_ENTITY = lazyre.compile(
    r"&(?:amp;){0,3}(?:#(?P<d>\d{1,7})|#[xX](?P<x>[0-9a-fA-F]{1,6})|(?P<n>[a-z]{2,6}));"
)
_NAMED = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "shy": ""}
# RFC 2047: `=?charset?encoding?text?=`
_WORD = lazyre.compile(r"=\?(?P<c>[\w.:-]{1,40})\?(?P<e>[QqBb])\?(?P<t>[^?\s]{1,1024})\?=")
_ANY = lazyre.compile("|".join((_TAG.pattern, _ENTITY.pattern, _WORD.pattern)))


def marked_up(line: str) -> bool:
    """A line with HTML tags, character entities or RFC 2047 encoded words in it."""
    return (
        ("<" in line and _TAG.search(line) is not None)
        or ("&" in line and _ENTITY.search(line) is not None)
        or ("=?" in line and _WORD.search(line) is not None)
    )


def encoded_words(line: str) -> bool:
    return "=?" in line and _WORD.search(line) is not None


def _decode_word(m: re.Match[str]) -> str | None:
    text = m.group("t")
    try:
        if m.group("e") in "Bb":
            raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        else:
            raw = re.sub(
                rb"=([0-9A-Fa-f]{2})",
                lambda b: bytes([int(b.group(1), 16)]),
                text.replace("_", " ").encode("ascii", "replace"),
            )
        return raw.decode(m.group("c"), "replace")
    except (binascii.Error, LookupError, ValueError):
        return None


class View:
    """The text a line spells, and where each of its characters comes from in the line."""

    def __init__(self, line: str) -> None:
        self.line = line
        self._text: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._cells = 0  # cells of the row read so far
        self._read(line)
        self.text = "".join(self._text)

    def _put(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self._text.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def _plain(self, a: int, b: int) -> None:
        self._text.extend(self.line[a:b])
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))

    def _read(self, line: str) -> None:
        pos = 0
        for m in _ANY.finditer(line):
            a, b = m.span()
            self._plain(pos, a)
            pos = b
            if m.group("t") is not None:
                word = _decode_word(m)
                self._put(word if word is not None else line[a:b], a, b)
            elif m.group("d") is not None or m.group("x") is not None:
                code = int(m.group("d")) if m.group("d") is not None else int(m.group("x"), 16)
                if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000:
                    self._put(chr(code), a, b)
                else:
                    self._plain(a, b)
            elif m.group("n") is not None:
                named = _NAMED.get(m.group("n"))
                if named is None:
                    self._plain(a, b)  # (not an entity this reads)
                else:
                    self._put(named, a, b)
            elif m.group("cell") is not None:
                # a table row's cells: a tab between them (a row reads as a line of a TSV table:
                # a name's value in the cell after it, a header row above the values' rows)
                if line[a + 1] == "/":
                    continue
                if line[a + 2] in "rR":
                    self._cells = 0
                elif self._cells:
                    if self._text and self._text[-1] == " ":
                        self._text.pop()
                        self.starts.pop()
                        self.ends.pop()
                    self._put("\t", a, b)
                    self._cells += 1
                else:
                    self._cells = 1
                    self._space(a, b)
            elif m.group("inline") is None:
                self._space(a, b)
        self._plain(pos, len(line))

    def _space(self, a: int, b: int) -> None:
        """A block boundary: one space (a run of them and spaces is one)."""
        if self._text and not self._text[-1].isspace():
            self._put(" ", a, b)

    def mapped(self, spans: list[Span]) -> list[Span]:
        """Spans of the view as spans of the line."""
        out: list[Span] = []
        for start, end, kind in spans:
            if end > start:
                out.append((self.starts[start], self.ends[end - 1], kind))
        return out


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# Picks a line whose text is spelled in numeric character entities (`&#112;&#97;…`), a secret
# name whose quotes are entities (`&quot;token&quot;:`) or whose value is in the next cell or
# element (`password</td><td>`), and a header's base64 encoded word (`=?UTF-8?B?…?=`, whose
# words no hint can be looked for in): the detectors' own patterns read the line's text.
_CLOSES = ("td", "th", "p", "div", "span", "code", "b", "strong", "li")
MARKUP_PICK = Detector(
    "keyvalue",
    ("&#", "&quot;", "&amp;", "&apos;", "?b?", *(f"</{t}>" for t in _CLOSES)),
    lambda line: iter(()),
    (
        r"(?:&#(?:\d{2,7}|x[0-9a-f]{2,6});){4}",
        r"=\?[\w.:-]{1,40}\?b\?[a-z0-9+/]{8}",
        _H + r"[a-z0-9_.-]{0,32}&(?:amp;){0,3}(?:quot|apos|#3[49]);[ \t]{0,4}[:=]",
        _H + r"[a-z0-9_ .-]{0,32}:?[ \t]{0,4}</(?:" + "|".join(_CLOSES) + ")>",
    ),
)


# a label alone in an element: a word or two (`password`, `Kennwort:`), as hOCR writes one word
# per span and a table one name per cell
_LABEL = lazyre.compile(r"[A-Za-z][\w-]{1,31}(?: [A-Za-z][\w-]{1,31})?:?")


class Stepper(Protocol):
    def step(self, line: str) -> tuple[bool, list[Span]]: ...


@dataclass
class InView:
    """A follower fed the text of the lines after the element that named a secret (the value in
    the next span or cell, on the next line): it steps through their text, and what it finds is
    mapped back onto each line."""

    inner: Stepper

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if not marked_up(line):
            return self.inner.step(line)
        view = View(line)
        text = view.text.strip()
        lead = len(view.text) - len(view.text.lstrip())
        armed, spans = self.inner.step(text)
        return armed, view.mapped([(a + lead, b + lead, k) for a, b, k in spans])


def in_view(line: str) -> str | None:
    """What an HTML line announces for the next lines, as text: a label it holds alone
    (`<span …>password</span>`), as `name:`; a table row's cells (a header), tab-separated."""
    text = View(line).text.strip()
    if "\t" in text:
        return text
    if _LABEL.fullmatch(text) is None:
        return None
    return text if text.endswith(":") else text + ":"
