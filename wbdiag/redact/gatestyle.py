"""Terminal styling the leak gate reads past: ANSI escape sequences (colours, bold, cursor
moves) that a log colours its words with, raw (`ESC[32m`) or written out as text by a JSON or
shell escape (`\\x1b[`, `\\u001b[`, `\\033[`, `\\e[`, and `^[[` as a pager shows ESC). They style
the text around them and carry no value: the gate judges each line without them, so that a code
glued to a word (`ESC[1mwandb`) is not read as a random token, and a value between codes
(`token=ESC[1m<value>ESC[0m`) is judged whole.
"""

from __future__ import annotations

import re

_ESC = r"(?:\x1b|\\x1[bB]|\\u001[bB]|\\033|\\e|\^\[)\["
# a control sequence: its parameters and the letter that ends it (SGR `m`, erase `K`/`J`,
# cursor moves)
_SEQUENCE = re.compile(_ESC + r"[0-9;?]{0,32}[A-HJKSTfhlmnsu]")
_ANY = re.compile(_ESC)


def plain(block: list[str]) -> list[str]:
    """The block's lines without their escape sequences (the same lines when it has none)."""
    if _ANY.search("\n".join(block)) is None:
        return block
    return [_SEQUENCE.sub("", text) for text in block]
