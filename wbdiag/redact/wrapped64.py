"""Base64 wrapped over lines at a fixed width: a file kept in a YAML literal block (a ConfigMap's
`binaryData`, a Helm value: `app.env: |` and the base64 of an env file below it, at 24, 64 or 76
columns), or the output of `base64` itself. No line alone need hold a whole pair of what the
text says (`MYSQL_PASSWORD=` may end one line and its value run on over the next two), so the
lines of a run are joined, decoded, and each line of the decoded text judged by every detector;
what they find goes, as the base64 characters that carry its bytes, on each line it spans (the
key's own characters stay).

A run: lines of one base64 token each, at one indentation, all as long as the first but the
last, which may be shorter. It starts below a YAML block's opener, or at a line the prefilter
picked (the base64 of a secret word in it: encodedtext.BASE64_TEXT) and the lines of the run above
it. Runs of one line are BASE64_TEXT's."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span

KIND = "base64_text"
# a YAML literal or folded block's opener at the end of its line (`app.env: |`, `key: |-`)
_OPENER = lazyre.compile(r":[ \t]?[|>][-+]?[0-9]?[ \t]*\Z")
_LINE = lazyre.compile(r"(?P<lead>[ \t]{0,64})(?P<t>[A-Za-z0-9+/]{8,512}={0,2})[ \t]*")
_MAX_RUN = 1024  # lines joined (76 columns: about 57 KB decoded)
_MIN_JOINED = 24


def _token(line: str) -> tuple[str, int] | None:
    """The line's lone base64 token and where it starts, or None."""
    m = _LINE.fullmatch(line)
    return (m.group("t"), m.start("t")) if m else None


def _run(lines: list[str], first: int) -> list[int]:
    """The lines of the run that starts at `first` (empty when it is no run of two or more)."""
    head = _token(lines[first]) if first < len(lines) else None
    if head is None:
        return []
    width, lead = len(head[0]), head[1]
    run = [first]
    k = first + 1
    while k < len(lines) and len(run) < _MAX_RUN:
        tok = _token(lines[k])
        if tok is None or tok[1] != lead or len(tok[0]) > width or "=" in lines[run[-1]]:
            break
        run.append(k)
        k += 1
        if len(tok[0]) < width:
            break  # the short last line
    return run if len(run) > 1 else []


def _start(lines: list[str], i: int) -> int | None:
    """Where the run holding line `i` starts: below an opener, or the first line above `i` of
    the same width and indentation."""
    tail = lines[i][-8:]
    if ("|" in tail or ">" in tail) and _OPENER.search(lines[i]):
        return i + 1
    tok = _token(lines[i])
    if tok is None:
        return None
    j = i
    width = len(tok[0])
    while j > 0 and i - j < _MAX_RUN:
        above = _token(lines[j - 1])
        if above is None or above[1] != tok[1] or len(above[0]) < width:
            break
        if j < i and len(above[0]) != width:
            break
        width = len(above[0])
        j -= 1
    return j


def wrapped_spans(
    lines: list[str], order: list[int], find: Callable[[str], list[Span]]
) -> dict[int, list[Span]]:
    """The spans, per line, of what `find` reports in the decoded text of each run that starts
    at or holds a candidate line (`order`, ascending)."""
    out: dict[int, list[Span]] = {}
    done = -1
    for i in order:
        if i <= done:
            continue
        first = _start(lines, i)
        if first is None:
            continue
        run = _run(lines, first)
        if not run:
            continue
        done = run[-1]
        tokens = [_token(lines[k]) for k in run]
        joined = "".join(t[0] for t in tokens if t is not None)
        if len(joined) < _MIN_JOINED:
            continue
        try:
            raw = base64.b64decode(joined + "=" * (-len(joined) % 4), validate=True)
            text = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        for lo, hi in _found(text, find):
            # the base64 characters that carry bytes lo..hi (four for every three)
            cs, ce = lo * 4 // 3, -(-hi * 4 // 3)
            offset = 0
            for k, tok in zip(run, tokens, strict=True):
                assert tok is not None
                size = len(tok[0].rstrip("="))
                a, b = max(cs, offset), min(ce, offset + size)
                if a < b:
                    out.setdefault(k, []).append((tok[1] + a - offset, tok[1] + b - offset, KIND))
                offset += len(tok[0])
    return out


def _found(text: str, find: Callable[[str], list[Span]]) -> list[tuple[int, int]]:
    """Byte ranges of what `find` reports in each line of `text`."""
    found: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        for s, e, _ in find(part):
            if part.isascii():
                found.append((pos + s, pos + e))
            else:
                found.append((pos + len(part[:s].encode()), pos + len(part[:e].encode())))
        pos += len(part.encode()) + 1
    return found


# Picks the opener of a YAML block (its base64 lines below hold no hint of their own).
BLOCK_OPENER = Detector(
    KIND, (": |", ": >", ":|", ":>"), lambda line: iter(()), (r": ?[|>][-+]?[0-9]?[ \t]*$",)
)
