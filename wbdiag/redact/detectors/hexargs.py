"""Command lines that auditd wrote in hex: an `EXECVE` record prints an argument that holds a
space, a quote or a control character as upper-case hex (`a3=2D61…` is `-a…`), and a
`PROCTITLE` record the whole command line so (its arguments apart by NUL bytes). The arguments
are decoded, joined as the shell would show them, and judged by every other detector; a hex
argument that holds what one finds goes whole (its hex is the secret, encoded)."""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span

KIND = "cmdline"
_ARG = re.compile(r"(?<![\w-])a\d{1,4}=(?:\"(?P<q>[^\"\n]{0,4096})\"|(?P<h>[0-9A-F]{2,8192}))")
_PROCTITLE = re.compile(r"(?<![\w-])proctitle=(?P<h>[0-9A-F]{2,16384})(?![0-9A-Za-z])")
_MAX_ARGS = 256


def _decode(hex_text: str) -> str | None:
    if len(hex_text) % 2:
        return None
    try:
        return binascii.unhexlify(hex_text).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _judge(text: str) -> list[Span]:
    from wbdiag.redact.detectors import DETECTORS  # (the registry holds this module)

    lowered = text.lower()
    return [
        span
        for det in DETECTORS
        if det is not HEX_ARGS and det.may_match(lowered)
        for span in det.find(text)
    ]


def _spans(line: str) -> Iterator[Span]:
    # (start, end) of each argument in the line, hex or not, and its decoded text
    args: list[tuple[int, int, bool, str]] = []
    for m in _ARG.finditer(line):
        if len(args) >= _MAX_ARGS:
            break
        if m.group("h") is not None:
            decoded = _decode(m.group("h"))
            if decoded is not None:
                args.append((m.start("h"), m.end("h"), True, decoded))
        else:
            args.append((m.start("q"), m.end("q"), False, m.group("q")))
    for m in _PROCTITLE.finditer(line):
        decoded = _decode(m.group("h"))
        if decoded is not None:
            args.append((m.start("h"), m.end("h"), True, decoded.replace("\0", " ")))
    if not any(is_hex for _, _, is_hex, _ in args):
        return
    joined = ""
    where: list[tuple[int, int]] = []  # each argument's place in the joined text
    for _, _, _, text in args:
        where.append((len(joined), len(joined) + len(text)))
        joined += text + " "
    for s, e, kind in _judge(joined):
        for (start, end, is_hex, _), (ws, we) in zip(args, where, strict=True):
            if is_hex and s < we and e > ws:
                yield start, end, kind or KIND


HEX_ARGS = Detector(KIND, ("type=execve", "proctitle="), _spans, (r"type=execve", r"proctitle="))
