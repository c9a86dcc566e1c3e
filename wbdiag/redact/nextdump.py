"""Encodings that split a value over lines. Quoted-printable (a mail body after
`Content-Transfer-Encoding: quoted-printable`): a `=` ending a line is a soft break, and the
value goes on at the start of the next: the lines a soft break joins are read as one text,
decoded (qp_spans; filestate.py reads a body after the header that announces it).
Hex dumps (`xxd`, `hexdump -C`): a dump prints 16 bytes a row, so a secret pair of the file
dumped (`MYSQL_PASSWORD=…`) is split over the ASCII columns of two or three rows. After the
command that prints one, the ASCII columns of the last rows are joined (as the bytes follow
each other) and judged by every detector; what they find in the current row goes, in the
ASCII column and in the hex bytes that spell it.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.keyvalue import body_start

KIND = "keyvalue"
_COMMAND = re.compile(r"(?:^|[\s$#>|(])(?:xxd|hexdump[ \t]{1,4}-C)(?:[ \t]|\Z)")
# `00000010: 0a4d 5953 514c …  .MYSQL_PASSWORD=` (xxd) and `00000010  0a 4d 59 …  |.MYSQL_P…|`
_XXD_ROW = re.compile(
    r"[0-9a-f]{7,16}:[ \t](?P<hex>(?:[0-9a-f]{2,4}[ \t]){0,16}[0-9a-f]{0,4})[ \t]{1,48}"
    r"(?P<ascii>[^\n]{1,64})"
)
_HD_ROW = re.compile(
    r"[0-9a-f]{7,16}[ \t]{1,2}(?P<hex>(?:[0-9a-f]{2}[ \t]{1,2}){1,16})[ \t]{0,48}"
    r"\|(?P<ascii>[^\n]{1,64})\|"
)
_BYTE = re.compile(r"[0-9a-f]{2}")
_WINDOW = 4  # rows joined: a secret pair of up to about 50 bytes
_MAX_ROWS = 4096


def _judge(text: str) -> list[Span]:
    from wbdiag.redact.detectors import DETECTORS

    lowered = text.lower()
    return [span for det in DETECTORS if det.may_match(lowered) for span in det.find(text)]


@dataclass
class HexDump:
    rows: list[str] = field(default_factory=list)  # the last rows' ASCII columns, as printed
    seen: int = 0

    @staticmethod
    def arm(line: str) -> HexDump | None:
        if "xxd" not in line and "hexdump" not in line:
            return None
        return HexDump() if _COMMAND.search(line, body_start(line)) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        start = body_start(line)
        row = _XXD_ROW.fullmatch(line, start) or _HD_ROW.fullmatch(line, start)
        if row is None or self.seen > _MAX_ROWS:
            return False, []
        ascii_text = row.group("ascii")
        pairs = [m.span() for m in _BYTE.finditer(line, row.start("hex"), row.end("hex"))]
        if len(pairs) == len(ascii_text):
            # a newline byte ends a line of the file dumped (its pairs end there)
            ascii_text = "".join(
                "\n" if line[a:b] == "0a" else c
                for c, (a, b) in zip(ascii_text, pairs, strict=True)
            )
        self.rows = [*self.rows[-(_WINDOW - 1) :], ascii_text]
        joined = "".join(self.rows)
        offset = len(joined) - len(ascii_text)  # where this row starts in the joined text
        found: list[tuple[int, int]] = []
        pos = 0
        for part in joined.split("\n"):
            found.extend((pos + s - offset, pos + e - offset) for s, e, _ in _judge(part))
            pos += len(part) + 1
        found = [(s, e) for s, e in found if e > 0]
        if not found:
            return True, []
        lo = max(0, min(s for s, _ in found))
        hi = min(len(ascii_text), max(e for _, e in found))
        spans: list[Span] = [(row.start("ascii") + lo, row.start("ascii") + hi, KIND)]
        if hi <= len(pairs):  # the same bytes in the hex column
            spans.append((pairs[lo][0], pairs[hi - 1][1], KIND))
        return True, spans


QUOTED_PRINTABLE = re.compile(r"(?i)content-transfer-encoding:[ \t]{0,8}quoted-printable")
# encoded bytes: an ASCII one (`=20`), or the bytes of a UTF-8 character (`=C5=81`, Ł)
_QP_BYTES = re.compile(r"(?:=[0-9A-F]{2}){1,64}")
_QP_LINES = 64  # lines soft breaks may join into one
_PLAIN_WORD = re.compile(r"[a-z]{1,64}|[A-Z][a-z]{0,63}|[A-Z]{1,64}")


def soft_broken(line: str) -> bool:
    """A quoted-printable line that ends in a soft break: a `=` that encodes nothing (a
    literal `=` is written `=3D`, so a line of the encoding never ends in one otherwise)."""
    tail = line.rstrip(" \t")
    return tail.endswith("=") and not tail.endswith("==")


def quoted_printable(line: str) -> bool:
    """A line of a quoted-printable body that needs reading decoded: it ends in a soft break
    or holds an encoded byte."""
    return soft_broken(line) or ("=" in line and _QP_BYTES.search(line) is not None)


def _qp_decoded(joined: str) -> tuple[str, list[int], list[int]]:
    """Quoted-printable text decoded; where each character starts in it and how many of its
    characters it takes. `=3D` stays as it stands: a `=` inside a value would read to the
    detectors as a pair's separator (`pfR=Keex…`), which `=3D` glued to its neighbours does
    not."""
    view: list[str] = []
    origin: list[int] = []
    width: list[int] = []

    def keep(a: int, b: int) -> None:
        view.append(joined[a:b])
        origin.extend(range(a, b))
        width.extend([1] * (b - a))

    pos = 0
    for m in _QP_BYTES.finditer(joined):
        keep(pos, m.start())
        raw = bytes.fromhex(m.group().replace("=", ""))
        at = m.start()
        k = 0
        while k < len(raw):
            b = raw[k]
            size = 1 if b < 0x80 else 2 if 0xC2 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4
            try:
                char = raw[k : k + size].decode("utf-8") if b != 0x3D else ""
            except UnicodeDecodeError:
                char = ""
            if not char:
                keep(at, at + 3)
                k, at = k + 1, at + 3
                continue
            view.append(char)
            origin.append(at)
            width.append(3 * size)
            k, at = k + size, at + 3 * size
        pos = m.end()
    keep(pos, len(joined))
    return "".join(view), origin, width


def qp_spans(
    lines: list[str], first: int, find: Callable[[str], list[Span]]
) -> tuple[int, dict[int, list[Span]]]:
    """What `find` reports in the text lines[first] and the lines its soft breaks join to it
    make, decoded, cut back at the breaks, per line; and the index after the
    last line joined. On a line after a break, a plain word a value ran into is the text after
    it (`…=` / `Connection closed.`), not its rest."""
    pieces: list[str] = []
    # (line index, where its piece starts in the line, offset of the piece in the joined text)
    starts: list[tuple[int, int, int]] = []
    size = 0
    i = first
    while i < len(lines) and len(starts) < _QP_LINES:
        line = lines[i]
        soft = soft_broken(line)
        # (a log's own prefix on the next line, its time and stream, is not the text's)
        base = body_start(line) if i > first else 0
        piece = line[base:].rstrip(" \t")[:-1] if soft else line[base:]
        starts.append((i, base, size))
        pieces.append(piece)
        size += len(piece)
        i += 1
        if not soft:
            break
    joined = "".join(pieces)
    text, origin, width = _qp_decoded(joined)
    per_line: dict[int, list[Span]] = {}
    for start, end, kind in find(text):
        lo_all, hi_all = origin[start], origin[end - 1] + width[end - 1]
        for k, (idx, base, offset) in enumerate(starts):
            length = len(pieces[k])
            lo, hi = max(lo_all, offset), min(hi_all, offset + length)
            if lo >= hi:
                continue
            if k > 0 and lo == offset and _PLAIN_WORD.fullmatch(pieces[k][: hi - offset]):
                continue
            per_line.setdefault(idx, []).append((base + lo - offset, base + hi - offset, kind))
    return i, per_line


# The lines that arm a HexDump (the command that prints one) and announce quoted-printable
DUMP_ARMING = Detector(
    KIND,
    ("xxd", "hexdump", "quoted-printable"),
    lambda line: iter(()),
    (
        r"xxd(?:[ \t]|$)",
        r"hexdump[ \t]+-c",
        r"quoted-printable",
    ),
)
