"""Encodings that split a value over lines. Quoted-printable (a mail body after
`Content-Transfer-Encoding: quoted-printable`): a `=` ending a line is a soft break, and the
value goes on at the start of the next (redactor.py joins them, this module names the header).
Hex dumps (`xxd`, `hexdump -C`): a dump prints 16 bytes a row, so a secret pair of the file
dumped (`MYSQL_PASSWORD=…`) is split over the ASCII columns of two or three rows. After the
command that prints one, the ASCII columns of the last rows are joined (as the bytes follow
each other) and judged by every detector; what they find in the current row goes, in the
ASCII column and in the hex bytes that spell it.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

import re
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
