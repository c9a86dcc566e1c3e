"""An unquoted value after a secret name's separator: where it ends. A space or a quote ends it;
so do a glued next pair, an unbalanced closing bracket of the structure around it, and trailing
punctuation. Separators inside stay: generated passwords hold `;`, `,`, `&` and `)`."""

from __future__ import annotations

import re

from wbdiag.redact.detectors.blanks import blank_then_field

_NEXT_KEY = re.compile(r"[A-Za-z_][\w.-]{0,64}[:=]")
_NEXT_VALUE = {":": " \t\"'", "=": "\"'"}  # what may follow that next key's separator
BARE = re.compile(r"[^\s\"'`<>\\]{1,4096}")
# Helm's `--set` escapes a comma inside a value (`password=ab\,cd`): the value goes on after it
_ESCAPED_COMMA = re.compile(r"(?:\\,[^\s\"'`<>\\]{0,4096}){1,64}")
# A bare value ends before a glued next pair (`a=b;c=d`, `?token=x&page=2`, `pw=x,host=y`) ...
NEXT_PAIR = re.compile(r"[;&,][A-Za-z_][A-Za-z0-9_.-]{0,64}=")
# ... and is code, not a value, when it calls or indexes (`os.getenv("X")`, `os.environ[`) or is
# a field of a dotted name at the end of a line (`Passwd: cfg.Password,`).
# A call with a quoted or no argument is code too (`input("API token: ")`, `getpass()`), and a
# tuple of variables (`auth=(user, password)`).
CODE = re.compile(
    r"[A-Za-z_]\w{0,64}(?:\.[A-Za-z_]\w{0,64}){1,8}(?:[(\[]|,\Z)|[A-Za-z_]{3,64}\((?:\)|\Z)"
    r"|\([A-Za-z_][\w.]{0,64},\Z"
)
# pydantic's SecretStr('**********'), Rust secrecy's Secret([REDACTED alloc::string::String])
_MASKED_CALL = re.compile(
    r"[A-Z]\w{0,64}\([\"']?(?:\*{3,}|\[(?i:redacted|filtered|masked|hidden)\b)"
)
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def bare_value(line: str, vpos: int) -> tuple[int, int] | None:
    """An unquoted value: up to a space or a quote, minus a glued next pair, an unbalanced
    closing bracket that ends the structure around it, and trailing punctuation. Separators
    inside stay: generated passwords hold `;`, `,`, `&` and `)`."""
    m = BARE.match(line, vpos)
    if m is None or CODE.match(line, vpos, m.end()) or _MASKED_CALL.match(line, vpos):
        return None
    if blank_then_field(line, vpos):
        return None
    end = m.end()
    escaped = _ESCAPED_COMMA.match(line, end) if line.startswith("\\,", end) else None
    if escaped is not None:
        end = escaped.end()
    if (
        line[vpos - 1] in " \t"
        and line[: vpos - 1].rstrip(" \t\xa0")[-1:] in (":", "=", ">")  # not `--password A0:`
        and _NEXT_KEY.fullmatch(line, vpos, end)
        and end < len(line)
        and line[end] in _NEXT_VALUE[line[end - 1]]
    ):
        return None  # an empty value, then the next pair: `sig= password: …`, `sig= pw='…'`
    glued = NEXT_PAIR.search(line, vpos, end)
    if glued:
        end = glued.start()
    opened: list[str] = []
    for i in range(vpos, end):
        c = line[i]
        if c in "([{":
            opened.append(c)
        elif c in _CLOSERS:
            if opened and opened[-1] == _CLOSERS[c]:
                opened.pop()
            elif i + 1 >= end or line[i + 1] in ")]},;":
                end = i
                break
    while end > vpos and line[end - 1] in ",;.":
        end -= 1
    return (vpos, end) if end > vpos else None
