r"""Lines that escape their quotes as `\xHH`: nginx writes `"`, `\` and control characters of a
logged request body or header that way (`rb="{\x22password\x22:\x22…\x22}"`). The detectors
read such a line with its escapes decoded (the JSON it holds is JSON to them); what they find is
mapped back onto the escaped line (redactor.py). Terminal colour codes (`\x1b[36m`: logrus on a
TTY, `terraform plan` in CI logs; JSON-escaped in a notebook's traceback, `\u001b[0;32m`) are
read the same way, as nothing: `\x1b[1mvalue\x1b[0m = \x1b[33m"…"` is `value = "…"` to the
detectors.
Two more escapes of text are read decoded: `\uXXXX` of Latin text (Java properties after
native2ascii, JSON; not a quote or a backslash, which would change how the line's quoting reads)
and JSON's escaped solidus `\/` (PHP's json_encode writes every `/` so: `redis:\/\/:…@host`)."""

from __future__ import annotations

import re

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import NAME_HINTS

# an escaped printable character (nginx escapes `"` and `\`; a few loggers escape more)
HEX_ESCAPE = lazyre.compile(r"\\x(2[0-9A-Fa-f]|3[0-9A-Fa-f]|5[Cc]|[46][0-9A-Fa-f]|[57][0-9A-Ea-e])")
# a terminal's SGR colour or style code, and erase-line (read as nothing)
ANSI_CODE = lazyre.compile(r"\x1b\[[0-9;]{0,16}[mK]")
# the same code escaped in a JSON string (a notebook's coloured traceback: `\u001b[0;32m`)
JSON_ANSI_CODE = lazyre.compile(r"(?<!\\)\\u001[bB]\[[0-9;]{0,16}[mK]")
# a Latin letter, digit or sign as `\uXXXX` (U+0020 to U+02FF, not a control character, a quote
# or a backslash); text in other scripts stays escaped (a resource bundle's messages, not values).
# Not after a backslash: `\\u00e9` is an escaped backslash and `u00e9` (JSON inside a JSON string)
U_ESCAPE = lazyre.compile(r"(?<!\\)\\u(?!00(?:[0189]|22|27|5[Cc]|7[Ff]))(0[0-2][0-9A-Fa-f]{2})")
_ESCAPE = lazyre.compile(
    "|".join(p.pattern for p in (HEX_ESCAPE, ANSI_CODE, JSON_ANSI_CODE, U_ESCAPE)) + r"|\\(/)"
)


def escaped(line: str) -> bool:
    return (
        ("\\x" in line and HEX_ESCAPE.search(line) is not None)
        or "\x1b[" in line
        or "\\/" in line
        or ("\\u001" in line and JSON_ANSI_CODE.search(line) is not None)
        or ("\\u" in line and U_ESCAPE.search(line) is not None)
    )


def uncoloured(line: str) -> str:
    return ANSI_CODE.sub("", line) if "\x1b[" in line else line


def decoded(line: str) -> tuple[str, list[int]]:
    """The line with its escapes decoded, and where each of its characters starts in the line
    (one more entry: the line's end)."""
    view: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _ESCAPE.finditer(line):
        view.append(line[pos : m.start()])
        origin.extend(range(pos, m.start()))
        code = m.group(1) or m.group(2)
        if code is not None:
            view.append(chr(int(code, 16)))
            origin.append(m.start())
        elif m.group(3) is not None:
            view.append("/")
            origin.append(m.start())
        pos = m.end()
    view.append(line[pos:])
    origin.extend(range(pos, len(line)))
    origin.append(len(line))
    return "".join(view), origin


def mapped(line: str, origin: list[int], spans: list[Span]) -> list[Span]:
    """Spans of the decoded line as spans of the line (an escape a span ends in goes whole)."""
    out: list[Span] = []
    for start, end, kind in spans:
        last = origin[end - 1]
        escape = _ESCAPE.match(line, last) if line[last] == "\\" else None
        stop = escape.end() if escape is not None else last + 1
        out.append((origin[start], stop, kind))
    return out


_H = "(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + ")"
# Picks a line whose escaped quotes stand around a secret name (`\x22newPassword\x22:`): the
# detectors' own patterns look for real quotes.
ESCAPED_PAIR = Detector(
    "keyvalue",
    ("x22", "x27"),  # (cheaper in the `re` prefilter's hint tree than from the backslash)
    lambda line: iter(()),
    (r"\\x2[27][a-z0-9_.-]*" + _H + r"[a-z0-9_.-]*\\x2[27][ \t]*[:=,]",),
)
# Picks a line whose JSON key is spelled in `\u` escapes (`"\u0070\u0061…": "…"`, as an encoder
# that escapes every character writes it): the name the detectors look for is only in the
# decoded line.
ESCAPED_NAME = Detector(
    "keyvalue",
    ("\\u00",),
    lambda line: iter(()),
    (r"\\u00[2-7][0-9A-Fa-f](?:\\u00[2-7][0-9A-Fa-f]|[\w.-])*\"[ \t]*:",),
)
# Picks a line that escapes every character (strace's `-x`/`-xx`: `"\x70\x61\x73\x73\x3d…"`):
# a name, then `=` or `:`, all in escapes; the name the detectors look for is only in the decoded
# line.
ESCAPED_TEXT = Detector(
    "keyvalue",
    ("\\x3d", "\\x3a"),
    lambda line: iter(()),
    (r"(?:\\x[2-7][0-9a-f]){3}\\x3[ad]",),
)
# Picks a coloured line whose codes stand between a name and its value: before its `:` or `=`,
# or a secret's name coloured in a table's cell (rich's `│ \x1b[36mRABBITMQ_DEFAULT_PASS\x1b[0m │`)
COLOURED = Detector(
    "keyvalue",
    ("\x1b[",),
    lambda line: iter(()),
    (
        r"\x1b\[[0-9;]{0,16}m[ \t]{0,4}[:=]",
        r"(?:" + "|".join(re.escape(h) for h in NAME_HINTS) + r")[\w.-]{0,64}"
        r"\x1b\[[0-9;]{0,16}m[ \t]{0,32}(?:[|]|│|┃|║)",
    ),
)
# Picks a line whose URL escapes its slashes (`"redis:\/\/:…@redis:6379\/0"`): the URL detectors'
# own hints look for `://`.
ESCAPED_URL = Detector(
    "url_password", (":\\/\\/",), lambda line: iter(()), (r":\\/\\/[^\s\"'<>`]*@",)
)
