"""Text wrapped at a fixed width: a terminal's (`kubectl describe` pasted from an 80-column
window, a long `helm --set` line) or a mailer's (a quoted reply hard-wrapped at 72, each line
after its `> `). A secret, or the name before it, may be cut anywhere (`…secretKey=` / `value
--set …`, `--set global.r` / `edis.password=…`, a licence JWT over five quoted lines), so the
lines of one wrapped line are judged joined; what the detectors find across a break, or within a
line that alone shows nothing there (its name was cut) or that a secret across a break changes,
goes on each line it spans.

The width: the block's longest line, when at least two lines are that long (or it is a common
terminal width): nothing wrapped at a width runs past it. A line that long is continued by the
next when the next goes on from its first column (after the same quote marks; or from its second,
after the one space the wrap fell on): a terminal never indents what it wraps, while a new line
of an indented layout starts with spaces."""

from __future__ import annotations

from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.values import is_trivial_value

# a terminal's widths: one line this long is evidence enough (filestate.py cuts a value there)
TERMINAL_WIDTHS = frozenset({80, 100, 120, 132, 160, 200, 240})
_MIN_WIDTH = 40  # narrower text is a column of a table, not a wrapped line
_MAX_LINES = 64  # lines of one wrapped line
_MAX_JOINED = 16384
# an e-mail quote's marks (`> `, `>> `, `> > `)
_QUOTE = lazyre.compile(r"(?:>[ \t]?){1,8}")


def width(lines: list[str]) -> int:
    """The width the block is wrapped at, or 0 when it shows none."""
    if not lines:
        return 0
    sizes = list(map(len, lines))
    widest = max(sizes)
    if widest < _MIN_WIDTH or (widest not in TERMINAL_WIDTHS and sizes.count(widest) < 2):
        return 0
    return widest


def cut_piece(token: str) -> bool:
    """The rest of a value a terminal cut: not what starts a line of its own (a level word, a
    date), not a flag or a number."""
    if len(token) <= 2:
        return True  # (too short to say: the value's last characters)
    if token.isalpha() and (token.islower() or token.isupper() or token.istitle()):
        return False  # a word: `INFO`, `next`, `Caused`
    return not (is_trivial_value(token) or _DATE.fullmatch(token))


# a key, ` = ` and its value, as INI files, `.npmrc` and `npm config ls` write a line
_SPACED_PAIR = lazyre.compile(r"[^\s=]{1,128} = \S")
_DATE = lazyre.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}")


def _quote(line: str) -> str:
    m = _QUOTE.match(line) if line.startswith(">") else None
    return m.group() if m else ""


def _continues(line: str, above: str, mark: str) -> bool:
    """`line` goes on with the wrapped line above: the same quote marks, then no indent, and not
    the head of a record as the line above starts (a dump's offset, a log's timestamp: each
    line of such a layout is as long as the next)."""
    if not line.startswith(mark) or _same_columns(line, above):
        return False
    rest = line[len(mark) :]
    if rest.startswith(" ") and not above.endswith(" "):
        # the space the wrap fell on, first on the next line (`fold -w 76` keeps it there):
        # one, before text, under a line that ended in a word
        rest = rest[1:]
    if not rest or rest[0].isspace() or _quote(rest) != "":
        return False
    if not cut_piece(rest.split(None, 1)[0]):
        return False  # a line of its own (`INFO …`, `2026-04-12 …`), not the rest of a value
    if " = " in rest and _SPACED_PAIR.match(rest):
        return False  # a setting of its own (`npm config ls`'s `@acme:registry = "…"`)
    head, head_above = _HEAD.match(rest), _HEAD.match(above, len(mark))
    if not (head and head_above):
        return True
    if _shape(head.group()) == _shape(head_above.group()):
        return False
    # both lines open with a label in capitals joined by `_` (SSLKEYLOGFILE's `CLIENT_RANDOM`,
    # `SERVER_TRAFFIC_SECRET_0`): records of one layout, not a value cut short
    return not (_LABEL.fullmatch(head.group()) and _LABEL.fullmatch(head_above.group()))


_LABEL = lazyre.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _same_columns(line: str, above: str) -> bool:
    """`line` is the next row of a table whose cells `above` splits with bars (`airflow
    connections list`: a header, its `===+===` rule, its rows): a wrap puts no bar, nor a rule's
    `+`, under each of the row's bars; or with spaces (a dashboard's or a CLI's listing, `NAME
    TOKEN  LAST USED  CREATED`): a wrap starts no cell under each cell the row starts after a
    run of spaces."""
    bars = [i for i, c in enumerate(above) if c == "|"]
    if len(bars) >= 2:
        return all(line[i : i + 1] in ("|", "+") for i in bars)
    if "  " not in above:
        return False
    cells = [m.end() for m in _CELL_GAP.finditer(above)]
    return len(cells) >= 2 and all(
        line[i - 1 : i] == " " and line[i : i + 1] not in ("", " ") for i in cells
    )


# a run of spaces before a table's cell (two or more: one is a space between words)
_CELL_GAP = lazyre.compile(r"(?<=\S) {2,}(?=\S)")


# a line of encoded data alone (a key's or a certificate's base64, hex): no name in it to cut,
# and wrapped64.py reads base64 runs decoded
_DATA = lazyre.compile(r"[A-Za-z0-9+/._-]{1,4096}={0,2}")
# a line's first token before a space (`0040:`, `00000010`, `2024-05-01T10:00:00Z`)
_HEAD = lazyre.compile(r"[^\s]{1,40}(?=[ \t])")
_SHAPES = str.maketrans(
    "0123456789abcdefABCDEFghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ",
    "h" * 22 + "a" * 40,
)


def _shape(token: str) -> str:
    return token.translate(_SHAPES)


def width_spans(
    lines: list[str], order: list[int], find: Callable[[str], list[Span]]
) -> dict[int, list[Span]]:
    """The spans, per line, of what `find` reports across the breaks of each wrapped line that
    holds a candidate line (`order`, ascending)."""
    out: dict[int, list[Span]] = {}
    if not order:
        return out
    w = width(lines)
    if not w:
        return out
    done = -1
    for i in order:
        if i <= done:
            continue
        first = i
        while first > 0 and i - first < _MAX_LINES and len(lines[first - 1]) == w:
            if not _continues(lines[first], lines[first - 1], _quote(lines[first - 1])):
                break
            first -= 1
        last = first
        mark = _quote(lines[first])
        while (
            last + 1 < len(lines)
            and last - first < _MAX_LINES
            and len(lines[last]) == w
            and _continues(lines[last + 1], lines[last], mark)
        ):
            last += 1
        done = last
        if last > first and not _DATA.fullmatch(lines[first], len(mark)):
            _join(lines, first, last, mark, find, out)
    return out


def _join(
    lines: list[str],
    first: int,
    last: int,
    mark: str,
    find: Callable[[str], list[Span]],
    out: dict[int, list[Span]],
) -> None:
    # (line index, where its part starts in the line, offset in the joined line, part's length)
    parts: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    size = 0
    for k in range(first, last + 1):
        lead = 0 if k == first else len(mark)
        text = lines[k][lead:]
        if size + len(text) > _MAX_JOINED:
            break
        parts.append((k, lead, size, len(text)))
        pieces.append(text)
        size += len(text)
    breaks = [offset for _, _, offset, _ in parts[1:]]
    found = find("".join(pieces))
    # the parts a secret across a break is replaced in: once it is, such a part may no longer
    # show what else it holds (`s3://AKIA…` / `…M5VI:PASSWORD@host`: the key id's placeholder
    # before the password)
    crossed = {
        k
        for start, end, _ in found
        if any(start <= b < end for b in breaks)
        for k, part in enumerate(parts)
        if start < part[2] + part[3] and part[2] < end
    }
    alone: dict[int, list[Span]] = {}  # what each part, read alone, holds
    for start, end, kind in found:
        if not any(start <= b < end for b in breaks):
            # within one line: taken when the line alone misses it (its name was cut) or a
            # secret across a break changes the line
            p = next(k for k, part in enumerate(parts) if start < part[2] + part[3])
            if p not in alone:
                alone[p] = find(pieces[p])
            offset = parts[p][2]
            if p not in crossed and any(
                s < end - offset and start - offset < e for s, e, _ in alone[p]
            ):
                continue
        for idx, lead, offset, length in parts:
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                out.setdefault(idx, []).append((lead + lo - offset, lead + hi - offset, kind))
