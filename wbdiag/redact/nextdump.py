"""Encodings that split a value over lines. Quoted-printable (a mail body after
`Content-Transfer-Encoding: quoted-printable`): a `=` ending a line is a soft break, and the
value goes on at the start of the next: the lines a soft break joins are read as one text,
decoded (qp_spans; filestate.py reads a body after the header that announces it).
Hex dumps (`xxd`, `hexdump -C`, `od -t x1`, and the plain hex of `xxd -p`): a dump prints 16
bytes a row (`xxd -p` 30), so a secret pair of the file dumped (`MYSQL_PASSWORD=…`) is split
over two or three rows. After the command that prints one, the text of the last rows (their
ASCII columns, or the bytes a plain row spells) is joined (as the bytes follow each other) and
judged by every detector; what they find in the current row goes, in the ASCII column and in
the hex bytes that spell it. The dump of a file whose name names a secret (`xxd -p
/var/run/secrets/…/token`, `hexdump -C api-key`) is the secret: its rows go whole.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name

KIND = "keyvalue"
_COMMAND = lazyre.compile(
    r"(?:^|[\s$#>|(])(?:xxd|hexdump[ \t]{1,4}-C|od(?=[ \t][^|;&]{0,64}-t[ \t]?x1))(?:[ \t]|\Z)"
)
# the file dumped: the last argument (or what is read from `<`), before a pipe or the line's end
_DUMPED = lazyre.compile(r"[ \t<](?P<p>[^\s|;&<>-][^\s|;&<>]{0,511})[ \t]*(?:[|>].{0,512})?\Z")
# `00000010: 0a4d 5953 514c …  .MYSQL_PASSWORD=` (xxd) and `00000010  0a 4d 59 …  |.MYSQL_P…|`
_XXD_ROW = lazyre.compile(
    r"[0-9a-f]{7,16}:[ \t](?P<hex>(?:[0-9a-f]{2,4}[ \t]){0,16}[0-9a-f]{0,4})[ \t]{1,48}"
    r"(?P<ascii>[^\n]{1,64})"
)
# (od -t x1z: `000010 6b 32 …  >k2Lm…<`)
_HD_ROW = lazyre.compile(
    r"[0-9a-f]{6,16}[ \t]{1,2}(?P<hex>(?:[0-9a-f]{2}[ \t]{1,2}){1,16})[ \t]{0,48}"
    r"[|>](?P<ascii>[^\n]{1,64})[|<]"
)
# a row of plain hex (`xxd -p`: 30 bytes glued), or of bytes apart (`od -A x -t x1`: an offset)
_PLAIN_ROW = lazyre.compile(
    r"[ \t]{0,8}(?:[0-7]{7}[ \t]{1,2}|[0-9a-f]{6,8}[ \t]{1,2})?"
    r"(?P<hex>(?:[0-9a-f]{2}[ \t]{0,2}){1,256})"
)
_BYTE = lazyre.compile(r"[0-9a-f]{2}")
_WINDOW = 4  # rows joined: a secret pair of up to about 50 bytes
_MAX_ROWS = 4096


def judge(text: str) -> list[Span]:
    """What every detector finds in `text`."""
    from wbdiag.redact.detectors import DETECTORS

    lowered = text.lower()
    return [span for det in DETECTORS if det.may_match(lowered) for span in det.find(text)]


def _shown(byte: int) -> str:
    """A byte as the text of a plain row reads: printable, a newline, or a dot."""
    if byte == 0x0A:
        return "\n"
    return chr(byte) if 0x20 <= byte < 0x7F else "."


def _row_text(line: str, ascii_text: str, pairs: list[tuple[int, int]]) -> str:
    """A row's ASCII column, a newline byte read as the end of a line of the file dumped."""
    if len(pairs) != len(ascii_text):
        return ascii_text
    return "".join(
        "\n" if line[a:b] == "0a" else c for c, (a, b) in zip(ascii_text, pairs, strict=True)
    )


@dataclass
class HexDump:
    rows: list[str] = field(default_factory=list)  # the last rows' ASCII columns, as printed
    seen: int = 0
    whole: bool = False  # the file dumped is a secret: every row goes

    @staticmethod
    def arm(line: str) -> HexDump | None:
        if "xxd" not in line and "hexdump" not in line and "od " not in line:
            return None
        command = _COMMAND.search(line, body_start(line))
        if command is None:
            return None
        dumped = _DUMPED.search(line, command.end() - 1)
        name = dumped.group("p").rstrip("/").rsplit("/", 1)[-1] if dumped else ""
        return HexDump(whole=bool(name) and is_secret_name(name))

    @staticmethod
    def arm_row(line: str) -> HexDump | None:
        """A row of `hexdump -C` or `xxd` whose command is not in the file (a dump pasted
        alone): the rows after it are read joined to it, as after the command."""
        start = body_start(line)
        row = _HD_ROW.fullmatch(line, start) or _XXD_ROW.fullmatch(line, start)
        if row is None:
            return None
        pairs = [m.span() for m in _BYTE.finditer(line, row.start("hex"), row.end("hex"))]
        return HexDump(rows=[_row_text(line, row.group("ascii"), pairs)])

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        start = body_start(line)
        row = _XXD_ROW.fullmatch(line, start) or _HD_ROW.fullmatch(line, start)
        plain = _PLAIN_ROW.fullmatch(line, start) if row is None else None
        if (row is None and plain is None) or self.seen > _MAX_ROWS:
            return False, []
        if row is not None and self.whole:
            return True, [(row.start("hex"), row.end("ascii"), KIND)]  # (and its ASCII column)
        if row is None:
            assert plain is not None
            if self.whole:
                return True, [(plain.start("hex"), len(line.rstrip()), KIND)]
            pairs = [m.span() for m in _BYTE.finditer(line, plain.start("hex"), plain.end("hex"))]
            text = "".join(_shown(int(line[a:b], 16)) for a, b in pairs)
            return True, self._judged(line, text, pairs, None)
        pairs = [m.span() for m in _BYTE.finditer(line, row.start("hex"), row.end("hex"))]
        ascii_text = _row_text(line, row.group("ascii"), pairs)
        return True, self._judged(line, ascii_text, pairs, row.start("ascii"))

    def _judged(
        self, line: str, ascii_text: str, pairs: list[tuple[int, int]], column: int | None
    ) -> list[Span]:
        """What the detectors find in this row's text joined to the last rows': in the ASCII
        column (at `column`, when the row has one) and in the hex bytes that spell it."""
        self.rows = [*self.rows[-(_WINDOW - 1) :], ascii_text]
        joined = "".join(self.rows)
        offset = len(joined) - len(ascii_text)  # where this row starts in the joined text
        found: list[tuple[int, int]] = []
        pos = 0
        for part in joined.split("\n"):
            found.extend((pos + s - offset, pos + e - offset) for s, e, _ in judge(part))
            pos += len(part) + 1
        found = [(s, e) for s, e in found if e > 0]
        if not found:
            return []
        lo = max(0, min(s for s, _ in found))
        hi = min(len(ascii_text), max(e for _, e in found))
        spans: list[Span] = []
        if column is not None:
            spans.append((column + lo, column + hi, KIND))
        if hi <= len(pairs):  # the same bytes in the hex column
            spans.append((pairs[lo][0], pairs[hi - 1][1], KIND))
        return spans


QUOTED_PRINTABLE = lazyre.compile(r"(?i)content-transfer-encoding:[ \t]{0,8}quoted-printable")
# encoded bytes: an ASCII one (`=20`), or the bytes of a UTF-8 character (`=C5=81`, Ł)
_QP_BYTES = lazyre.compile(r"(?:=[0-9A-F]{2}){1,64}")
_QP_LINES = 64  # lines soft breaks may join into one
_PLAIN_WORD = lazyre.compile(r"[a-z]{1,64}|[A-Z][a-z]{0,63}|[A-Z]{1,64}")


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
    ("xxd", "hexdump", "od ", "quoted-printable", "  |"),
    lambda line: iter(()),
    (
        r"xxd(?:[ \t]|$)",
        # a row of `hexdump -C` pasted without its command: its offset, 8 bytes, its column
        r"[0-9a-f]{8}[ \t]{2}(?:[0-9a-f]{2}[ \t]{1,2}){8}[^|\n]{0,32}\|",
        r"hexdump[ \t]+-c",
        r"\bod[ \t][^|;&\n]*-t[ \t]?x1",
        r"quoted-printable",
    ),
)
