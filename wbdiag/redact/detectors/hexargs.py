"""Text written in hex. Command lines that auditd wrote so: an `EXECVE` record prints an argument
that holds a space, a quote or a control character as upper-case hex (`a3=2D61…` is `-a…`; a long
one in pieces, `a2[0]=…`, `a2[1]=…`), a `PROCTITLE` record the whole command line so (its
arguments apart by NUL bytes), and a `USER_CMD` record the command sudo ran (`cmd=6D79…`). The arguments
are decoded, joined as the shell would show them, and judged by every other detector; a hex
argument that holds what one finds goes whole (its hex is the secret, encoded).
Elsewhere, a run of hex that decodes to printable text (a digest or an id almost never does:
every byte would have to fall in 0x20-0x7e) goes when the text holds what a detector finds, or
reads like a generated secret on a line that says hex and speaks of a secret (`AUTH payload
hex=5930…`).
SQL's hex literals (`UNHEX('…')`, `X'…'`, `0x…`) that decode to printable text go when the text
reads like a generated secret or holds what a detector finds: a statement spells a value in hex
to hide it or to pass its bytes whole (`SET @k = UNHEX('…')`); a key id or a digest so written
decodes to bytes, not text."""

from __future__ import annotations

import binascii
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random

KIND = "cmdline"
# (a long argument comes in pieces, `a2_len=…` then `a2[0]=…`, `a2[1]=…`: each piece is judged alone)
_ARG = lazyre.compile(
    r"(?<![\w-])a\d{1,4}(?:\[\d{1,6}\])?=(?:\"(?P<q>[^\"\n]{0,4096})\"|(?P<h>[0-9A-F]{2,8192}))"
)
# (a `USER_CMD` record's `cmd=` field is the command sudo ran, in hex when it holds a space)
_PROCTITLE = lazyre.compile(r"(?<![\w-])(?:proctitle|cmd)=(?P<h>[0-9A-F]{2,16384})(?![0-9A-Za-z])")
_MAX_ARGS = 256


def _decode(hex_text: str) -> str | None:
    if len(hex_text) % 2:
        return None
    try:
        return binascii.unhexlify(hex_text).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def judge(text: str, own: Detector | None = None) -> list[Span]:
    """What every detector but `own` finds in decoded text (by their literal hints)."""
    from wbdiag.redact.detectors import DETECTORS  # (the registry holds this module)

    lowered = text.lower()
    return [
        span
        for det in DETECTORS
        if det is not own and det.may_match(lowered)
        for span in det.find(text)
    ]


def _judge(text: str) -> list[Span]:
    return judge(text, HEX_ARGS)


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


HEX_ARGS = Detector(
    KIND,
    ("type=execve", "proctitle=", "type=user_cmd"),
    _spans,
    (r"type=execve", r"proctitle=", r"type=user_cmd"),
)


# a run of hex whose every byte is printable ASCII (0x20-0x7e): text, encoded
_HEX_TEXT = lazyre.compile(r"(?<![0-9A-Za-z])(?:[2-7][0-9A-Fa-f]){8,2048}(?![0-9A-Za-z])")
_SECRET_WORD = lazyre.compile(r"(?i)pass|secret|token|auth|key|cred")
_MIN_TEXT = 10


def _text_spans(line: str) -> Iterator[Span]:
    context: bool | None = None
    for m in _HEX_TEXT.finditer(line):
        decoded = _decode(m.group())
        if decoded is None or not decoded.isprintable() or "\x7f" in decoded:
            continue
        if _judge(decoded):
            yield m.start(), m.end(), KIND
            continue
        if context is None:
            # (a random text alone needs the line to say it is hex, and to speak of a secret)
            context = "hex" in line.lower() and _SECRET_WORD.search(line) is not None
        if context and len(decoded) >= _MIN_TEXT and looks_random(decoded, _MIN_TEXT):
            yield m.start(), m.end(), KIND


# the hex of the words a decoded pair holds (pass, PASS, secret, SECRET, token, TOKEN, key, KEY)
_HEX_WORDS = tuple(
    w.encode().hex() for w in ("pass", "PASS", "secret", "SECRET", "token", "TOKEN", "key", "KEY")
)
HEX_TEXT = Detector(
    KIND,
    ("hex", *_HEX_WORDS),
    _text_spans,
    # (Hyperscan: a run of hex after the word `hex`, or the hex of a secret word; a bare run of
    # hex as a pattern costs the prefilter a third of its time)
    (r"hex[^\n]*(?:[2-7][0-9a-f]){8}", *_HEX_WORDS),
)


# SQL's hex literals: the function, the standard `X'…'` and MySQL's `0x…`
_SQL_HEX = lazyre.compile(
    r"(?i)(?:unhex[ \t]{0,4}\([ \t]{0,4}'(?P<u>[0-9a-f]{16,4096})'"
    r"|(?<![\w'])x'(?P<x>[0-9a-f]{16,4096})'|(?<![\w])0x(?P<o>[0-9a-f]{16,4096})(?![\w]))"
)
_HEXDIGITS = lazyre.compile(r"[0-9A-Fa-f-]{1,4096}")  # a digest or an id written as text


def _sql_hex_spans(line: str) -> Iterator[Span]:
    for m in _SQL_HEX.finditer(line):
        group = next(g for g in ("u", "x", "o") if m.group(g) is not None)
        decoded = _decode(m.group(group))
        if decoded is None or not decoded.isprintable() or "\x7f" in decoded:
            continue
        # (text of words and spaces is a statement or a message, MySQL's general log's
        # `argument` as `binary-as-hex` prints it, not a generated value)
        if _judge(decoded) or (
            " " not in decoded
            and looks_random(decoded, _MIN_TEXT)
            and _HEXDIGITS.fullmatch(decoded) is None
        ):
            yield m.start(group), m.end(group), KIND


HEX_SQL = Detector(
    KIND,
    ("unhex", "x'", "0x"),
    _sql_hex_spans,
    # (printable text: every byte from 0x20 to 0x7e)
    (r"unhex[ \t]*\([ \t]*'(?:[2-7][0-9a-f]){8}", r"(?:\bx'|\b0x)(?:[2-7][0-9a-f]){8}"),
)
