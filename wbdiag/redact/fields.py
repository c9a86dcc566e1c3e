r"""Free text inside a JSON string: a ticket's description, a chat message, an incident note, a
task's notes, a comment as tracker and chat exports write them (`"message":"the new db password
is …"`, `"desc":"- [ ] …\n- [ ] …"`). The detectors read the string's text as lines of their
own, its escapes decoded and split at its line breaks, as they would the same text pasted into
a file: where the text ends, the line ends (a closing quote is no part of the value, `\n` no
part of the next one). What they find is mapped back onto the string's escaped characters.

A string alone on its line, an array's element (a notebook's cell as the `.ipynb` file holds
it), is read the same way. Only a member's string value that holds a space or a line break is
read so (free text, not an id or a token alone: the JSON layers judge those by their keys), and
only when its text holds a secret's name and a token of letters and digits; a few per line,
each bounded.

A rich-text document (Jira's ADF) splits a sentence into text nodes where its marks change: a
node that ends in a label (`The new password: `) has its value in the next node (NextNode)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.names import name_hints_in

# a member's string value: `"key": "…"` (escaped quotes inside it stay inside)
_MEMBER_STRING = lazyre.compile(r"\"[ \t]{0,4}:[ \t]{0,4}\"(?P<s>(?:[^\"\\\n]|\\.){3,8192})\"")
# a string alone on its line, an array's element: a notebook's cell source or output as the
# `.ipynb` file holds it (`    "!echo '{\\"key\\":\\"…\\"}' > ~/.kaggle/kaggle.json\\n",`)
_ELEMENT_STRING = lazyre.compile(r"[ \t]{0,64}\"(?P<s>(?:[^\"\\\n]|\\.){3,8192})\",?[ \t]{0,4}")
_ESCAPE = lazyre.compile(r"\\(?:u[0-9A-Fa-f]{4}|.)")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
_MAX_FIELDS = 16
_MAX_LINE = 1 << 16
_TOKEN = lazyre.compile(r"[^\s\"\\`'<>]{8,512}")
_DIGIT = lazyre.compile(r"\d")
_LETTER = lazyre.compile(r"[A-Za-z]")


def free_text(line: str) -> Iterator[tuple[str, list[int], list[int]]]:
    """Each line of text a member's string holds: (text, where each character starts in
    `line`, where it ends)."""
    for n, m in enumerate(_MEMBER_STRING.finditer(line)):
        if n >= _MAX_FIELDS:
            return
        raw = m.group("s")
        if (" " not in raw and "\\n" not in raw) or not _worth_reading(raw):
            continue
        yield from _lines(line, m.start("s"), m.end("s"))
    element = _ELEMENT_STRING.fullmatch(line) if line[:1] in ' \t"' else None
    if element is not None and " " in (raw := element.group("s")) and _worth_reading(raw):
        yield from _lines(line, element.start("s"), element.end("s"))


def _worth_reading(raw: str) -> bool:
    """A secret's name and a token that may be its value (letters and digits, 8 or more
    characters) in the text: most log messages hold no such token and cost no second read."""
    return (
        any(_DIGIT.search(t) and _LETTER.search(t) for t in _TOKEN.findall(raw))
        and next(name_hints_in(raw), None) is not None
    )


def _lines(line: str, start: int, end: int) -> Iterator[tuple[str, list[int], list[int]]]:
    view: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = start
    for m in _ESCAPE.finditer(line, start, end):
        for i in range(pos, m.start()):
            view.append(line[i])
            starts.append(i)
            ends.append(i + 1)
        code = m.group()[1:]
        char = chr(int(code[1:], 16)) if code[0] == "u" else _SIMPLE.get(code, code)
        if char in "\n\r":
            if view:
                yield "".join(view), starts, ends
            view, starts, ends = [], [], []
        else:
            view.append(char)
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    for i in range(pos, end):
        view.append(line[i])
        starts.append(i)
        ends.append(i + 1)
    if view:
        yield "".join(view), starts, ends


def mapped(starts: list[int], ends: list[int], spans: list[Span]) -> list[Span]:
    """Spans of a string's line of text as spans of the JSON line."""
    return [(starts[s], ends[e - 1], kind) for s, e, kind in spans if e > s]


# a rich-text node's text as its own member (Jira's ADF, Slack's blocks, Notion's rich text):
# `{"type":"text","text":"…"}`
_TEXT_NODE = lazyre.compile(r"\"text\"[ \t]{0,4}:[ \t]{0,4}\"(?P<s>(?:[^\"\\\n]|\\.){1,8192})\"")
_MAX_NODE_LINES = 3


class _Follower(Protocol):
    def step(self, line: str) -> tuple[bool, list[Span]]: ...


def text_nodes(line: str) -> list[tuple[int, int]]:
    """(start, end) of each rich-text node's text on the line, escaped as written."""
    if '"text"' not in line or len(line) > _MAX_LINE:
        return []
    return [m.span("s") for m in _TEXT_NODE.finditer(line)]


@dataclass
class NextNode:
    """A rich-text document splits a sentence into nodes where its marks change: `The new
    password: ` as one text node, the value in the next one, marked as code or bold (on the next
    line of a pretty-printed export). The label's own follower (nextpending.Pending) reads the next
    node's text as the line after the label."""

    label: _Follower
    lines: int = 0

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        nodes = text_nodes(line)
        if not nodes:
            return self.lines < _MAX_NODE_LINES, []
        start, end = nodes[0]
        for text, starts, ends in _lines(line, start, end):
            _, spans = self.label.step(text)
            return False, mapped(starts, ends, spans)
        return False, []


@dataclass
class GeneratedNode:
    """The next node's text after a sentence about a secret (`New license below, please apply:
    `): one token that reads generated, as the entropy layer would take it in the sentence the
    paragraph renders."""

    def step(self, text: str) -> tuple[bool, list[Span]]:
        token = text.strip()
        if not token or any(c.isspace() for c in token) or not reads_random(token):
            return False, []
        begin = text.index(token)
        return False, [(begin, begin + len(token), "random_in_context")]


def last_node_text(line: str) -> str | None:
    """The last rich-text node's text on the line, decoded, when it ends the line's content
    (a label ending a paragraph's node)."""
    nodes = text_nodes(line)
    if not nodes:
        return None
    start, end = nodes[-1]
    texts = [t for t, _, _ in _lines(line, start, end)]
    return texts[-1] if texts else None
