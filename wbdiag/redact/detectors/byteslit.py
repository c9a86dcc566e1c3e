"""Python's bytes literals after a secret name, as a debug log prints the bytes it sends: `b'…'`
with its characters written as escapes or not (`auth payload b'\\x41\\x2d…'`, `password=b"…"`),
`bytearray(b'…')` and `bytes([0x41, 0x2d, …])`; and the hex or base64 text a call decodes into
bytes (`cookie_secret = bytes.fromhex('…')`, JupyterHub's config), when it reads random. The
name may stand before a separator or, with at most one word between, before the literal (`auth
payload b'…'`, `token bytes b'…'`). The literal is decoded (Python's escapes: `\\xHH`, octal,
`\\n`, `\\\\`; a list's numbers) and goes when its text reads like a generated secret; bytes
that are no text (a packet's header, a digest) and words stay. Quoting of other strings
(`$'\\x41…'`, `b'…'` after `password=`) is keyvalue.py's."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a name holding a secret word, a separator or spaces and at most one word, then the literal
_LITERAL = lazyre.compile(
    r"(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,63})[\"']?"
    r"(?:[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4}(?:[a-z]{2,16}[ \t]{1,4})?)"
    r"(?:(?:bytearray|bytes)\([ \t]{0,4})?"
    r"(?:[bB](?P<q>['\"])(?P<v>(?:[^'\"\\\n]|\\[^\n]){1,4096})(?P=q)"
    r"|(?:[A-Za-z_][A-Za-z0-9_]{0,15}\.)?(?:fromhex|unhexlify|a2b_hex|b64decode|urlsafe_b64decode)\([ \t]{0,4}"
    r"[bB]?(?P<e>['\"])(?P<h>[A-Za-z0-9+/=_-]{16,4096})(?P=e)"
    r"|\[(?P<l>[ \t]{0,4}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})(?:[ \t]{0,4},[ \t]{0,4}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})){2,1023}[ \t]{0,4})\])"
)
_ESCAPE = lazyre.compile(r"\\(?:x([0-9a-fA-F]{2})|([0-7]{1,3})|(.))")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0"}
_MIN_TEXT = 6


def _unescaped(body: str) -> str | None:
    """The text a bytes literal's body spells, or None when it spells no text."""
    out: list[str] = []
    pos = 0
    for m in _ESCAPE.finditer(body):
        out.append(body[pos : m.start()])
        if m.group(1) is not None:
            out.append(chr(int(m.group(1), 16)))
        elif m.group(2) is not None:
            out.append(chr(int(m.group(2), 8) & 0xFF))
        else:
            out.append(_SIMPLE.get(m.group(3), "\0"))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    return text if text.isascii() and text.isprintable() else None


def _listed(body: str) -> str | None:
    codes = [int(v, 0) for v in body.replace(" ", "").replace("\t", "").split(",")]
    if any(c > 0xFF for c in codes):
        return None
    text = "".join(chr(c) for c in codes)
    return text if text.isprintable() else None


# what every match holds: the literal's opening (a cheap search that spares _LITERAL's name part
# its try at every position of a line without one)
_OPENING = lazyre.compile(r"[bB][\"']|\[|\([ \t]{0,4}[bB]?[\"']")


def _spans(line: str) -> Iterator[Span]:
    if _OPENING.search(line) is None:
        return
    for m in _LITERAL.finditer(line):
        if not is_secret_name(m.group("k")):
            continue
        group = next(g for g in ("v", "h", "l") if m.group(g) is not None)
        if group == "h":  # (the encoded text the call decodes: `bytes.fromhex('…')`)
            if looks_random(m.group("h"), 16):
                yield m.start("h"), m.end("h"), KIND
            continue
        text = _unescaped(m.group("v")) if group == "v" else _listed(m.group("l"))
        if (
            text is not None
            and len(text) >= _MIN_TEXT
            and not is_trivial_value(text)
            and (looks_random(text) or secretish("password", text))
        ):
            yield m.start(group), m.end(group), KIND


# (not `b"` alone: every JSON `"job"` and `"db"` holds it)
_HINTS = (
    " b'", ' b"', "=b'", '=b"', ":b'", ':b"', "b'\\x", 'b"\\x', "bytes([", "bytearray(",
    "fromhex(", "unhexlify(", "a2b_hex(", "b64decode(",
)  # fmt: skip
BYTES_LITERAL = Detector(
    KIND,
    _HINTS,
    _spans,
    (
        r"(?:pass|pw|secret|token|key|auth|cred)[^\n]{0,40}(?:[ \t=:]b['\"]|b['\"]\\x|bytes\(\[|bytearray\()",
        r"(?:pass|pw|secret|token|key|auth|cred)[^\n]{0,40}(?:fromhex|unhexlify|a2b_hex|b64decode)\(",
    ),
)
