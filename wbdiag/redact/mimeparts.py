"""A mail part's base64 body (after its `Content-Transfer-Encoding: base64` header and the blank
line that ends the part's headers): its lines, joined and decoded, are read as the text they
hold, by a fresh file's redaction; an encoded line that carries any part of a decoded line
found to hold a secret goes whole (base64 has no boundary inside a line that a secret's bytes
keep to). A body that decodes to no UTF-8 text (an attachment) is left to the other layers."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector

BASE64_PART = lazyre.compile(r"(?i)content-transfer-encoding:[ \t]{0,8}base64\b")
# the part's other headers, up to the blank line (`Content-Type: …`, a folded `  charset=…`)
_HEADER = lazyre.compile(r"[A-Za-z][\w-]{0,64}:|[ \t]")
_LINE = lazyre.compile(r"[A-Za-z0-9+/]{4,998}={0,2}")
_MAX_HEADERS = 16
_MAX_LINES = 8192  # a text part's body; a longer one is an attachment


def _encoded_lines(lines: list[str], at: int) -> tuple[int, int]:
    """The body of the part whose header is lines[at]: (first, end) of its base64 lines."""
    n = len(lines)
    j = at + 1
    while j < n and j - at <= _MAX_HEADERS and lines[j].strip() and _HEADER.match(lines[j]):
        j += 1
    if j >= n or lines[j].strip():
        return at, at
    first = j = j + 1
    while j < n and j - first < _MAX_LINES and _LINE.fullmatch(lines[j].strip()):
        j += 1
    return first, j


def base64_bodies(
    lines: list[str], redact: Callable[[list[str]], None], token: Callable[[str], str]
) -> None:
    """Each base64 body in the block after its header, read decoded (`redact`: a fresh file's
    redaction of a list of lines); its encoded lines that carry a secret replaced (`token`)."""
    for at, line in enumerate(lines):
        if "ransfer-" not in line or BASE64_PART.search(line) is None:
            continue
        first, end = _encoded_lines(lines, at)
        if end <= first:
            continue
        pieces = [lines[k].strip() for k in range(first, end)]
        joined = "".join(pieces)
        try:
            raw = base64.b64decode(joined + "=" * (-len(joined) % 4), validate=True)
            text = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        decoded = text.splitlines(keepends=True)
        plain = [d.rstrip("\r\n") for d in decoded]
        redacted = list(plain)
        redact(redacted)
        # the encoded characters each secret-bearing decoded line spans
        spans: list[tuple[int, int]] = []
        offset = 0
        for was, now, whole in zip(plain, redacted, decoded, strict=True):
            size = len(whole.encode("utf-8"))
            if was != now:
                spans.append((offset // 3 * 4, -(-(offset + size) // 3) * 4))
            offset += size
        if not spans:
            continue
        pos = 0
        for k, piece in enumerate(pieces):
            lo, hi = pos, pos + len(piece)
            pos = hi
            if any(a < hi and lo < b for a, b in spans):
                raw_line = lines[first + k]
                lead = len(raw_line) - len(raw_line.lstrip())
                lines[first + k] = raw_line[:lead] + token(piece)


# Picks the header of a base64 part (its body is read decoded: filestate.py)
BASE64_PART_PICK = Detector(
    "keyvalue",
    ("transfer-encoding",),
    lambda line: iter(()),
    (r"content-transfer-encoding:[ \t]*base64",),
)
