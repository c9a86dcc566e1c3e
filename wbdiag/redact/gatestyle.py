"""Terminal styling the leak gate reads past: ANSI escape sequences (colours, bold, cursor
moves) that a log colours its words with, raw (`ESC[32m`) or written out as text by a JSON or
shell escape (`\\x1b[`, `\\u001b[`, `\\033[`, `\\e[`, and `^[[` as a pager shows ESC). They style
the text around them and carry no value: the gate judges each line without them, so that a code
glued to a word (`ESC[1mwandb`) is not read as a random token, and a value between codes
(`token=ESC[1m<value>ESC[0m`) is judged whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from wbdiag import lazyre

_ESC = r"(?:\x1b|\\x1[bB]|\\u001[bB]|\\033|\\e|\^\[)\["
# a control sequence: its parameters and the letter that ends it (SGR `m`, erase `K`/`J`,
# cursor moves)
_SEQUENCE = lazyre.compile(_ESC + r"[0-9;?]{0,32}[A-HJKSTfhlmnsu]")
# What every form of ESC and its `[` spells: the gate's prefilter looks for these (one scan of
# the block with its other hints), and a line is stripped only when it holds one. A search for
# the alternation over a whole block costs as much as the rest of the gate's checks.
MARKS = ("\x1b[", "\\x1b[", "\\x1B[", "\\u001b[", "\\u001B[", "\\033[", "\\e[", "^[[")


def plain(block: list[str], candidates: Iterable[int] | None = None) -> list[str]:
    """The block's lines without their escape sequences (the same list when none had one).
    `candidates`: the only lines that may hold one (the prefilter's), None for every line."""
    if candidates is None:
        text = "\n".join(block)
        if not any(mark in text for mark in MARKS):
            return block
        candidates = range(len(block))
    out: list[str] | None = None
    for i in candidates:
        text = block[i]
        if any(mark in text for mark in MARKS):
            stripped = _SEQUENCE.sub("", text)
            if stripped != text:
                if out is None:
                    out = list(block)
                out[i] = stripped
    return block if out is None else out
