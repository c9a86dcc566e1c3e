"""Values the leak gate reads decoded: text a log or file holds in an encoded form, where neither
the secret word nor the value is readable as it stands. Each form is decoded where it stands
(`variants`, one line) or over the lines it is wrapped on (`block_secrets`), and the decoded text
goes through the context check (gatecontext.py) as any line does:

- escapes: runs of `\\xNN` and `\\uXXXX` (bash's `$'…'`, Java properties as native2ascii writes
  them, C and JSON strings), JSON's escaped solidus (`redis:\\/\\/:…@host`), and the octal
  escapes of libedit's history files (`.mysql_history`: `IDENTIFIED\\040BY\\040'…'`);
- hex: runs of hex bytes, glued or spaced (a MessagePack or CBOR payload printed as hex, `xxd`'s
  and `hexdump -C`'s columns), that spell text: 70% or more printable, its other bytes (a
  serialisation's type and length bytes) read as spaces; a digest or key decodes to bytes that
  are not text;
- base64: runs that decode to text, nine tenths or more printable (an env or ini file encoded
  whole: `KEY=value` lines), also wrapped over lines of one base64 run each (a ConfigMap's
  `binaryData`, `base64 -w 24`);
- base64 of a JSON record (a stream's record payload: Kinesis's `Data`, Event Hubs Capture's
  `Body`), judged decoded by every check of the gate as a line (`json_payloads`), since a log
  record's secret may be of any shape, not only one beside a secret word.

A secret is flagged only when the check finds it in the decoded text and not in the text as it
stands: that was judged already.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import context_ends
from wbdiag.redact.gatefollow import random_tokens
from wbdiag.redact.gateuserinfo import userinfo_secrets
from wbdiag.redact.prefilterre import literal_trie

_ESCAPES = lazyre.compile(r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}){3,512}")
# hex groups of two digits or more, separated by a space or two (hexdump -C's middle gap)
_HEX_RUN = lazyre.compile(
    r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2,1024}(?:[ \t]{1,2}[0-9A-Fa-f]{2,1024}){0,256}(?![0-9A-Za-z])"
)
# libedit's history file (`.mysql_history`, `.sqlite_history`) writes a space, a tab, a
# backslash as octal escapes (`\040`, `\011`, `\134`)
_OCTAL = lazyre.compile(r"\\[0-3][0-7]{2}")
_HEX_LETTER = lazyre.compile(r"[A-Fa-f]")
# (also a variable's value, `WANDB_CONFIG_B64=…`, `-e KAFKA_PROPERTIES=…`: an `=` after a name)
_B64_RUN = lazyre.compile(
    r"(?:(?<=[A-Za-z0-9_]=)|(?<![A-Za-z0-9+/=_-]))[A-Za-z0-9+/]{16,4096}={0,2}(?![A-Za-z0-9+/=_-])"
)
_LONE_B64 = lazyre.compile(r"([ \t]{0,64})([A-Za-z0-9+/]{4,4096}={0,2})[ \t]{0,8}\Z")
_MIN_HEX = 16  # digits: 8 bytes
_HEX_SPELLING = lazyre.compile(r"[0-9a-f ]+")
_XXD_OFFSET = lazyre.compile(r"[ \t]{0,8}[0-9A-Fa-f]{4,16}:[ \t]")
_BLOCK_REACH = 64  # lines of a wrapped dump or base64 block read around a picked one

# The words a secret's name holds, as they read encoded: the prefilter's literals for the lines
# these checks read (a line holding none holds no secret word either, unless a word is cut by
# the line's end: the lines around a picked one are read too).
_WORDS = ("pass", "pwd", "secret", "token", "auth", "cred", "key")
_B64_WORDS = ("pass", "pwd", "secret", "token", "auth", "cred", "_key", "key=")


def _cases(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((word, word.capitalize(), word.upper())))


def _hex_spellings(word: str) -> Iterator[str]:
    """`word` in hex as dumps print it: glued, byte by byte, and in xxd's pairs of bytes at
    either alignment."""
    digits = word.encode().hex()
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    yield digits
    yield " ".join(pairs)
    yield " ".join("".join(pairs[i : i + 2]) for i in range(0, len(pairs), 2))
    yield " ".join([pairs[0]] + ["".join(pairs[i : i + 2]) for i in range(1, len(pairs), 2)])


def _base64_spellings(word: str) -> Iterator[str]:
    """The characters base64 of any text holding `word` holds, at each of its three alignments
    (those whose six bits all come from the word)."""
    data = word.encode()
    for lead in range(3):
        encoded = base64.b64encode(bytes(lead) + data + bytes(3)).decode()
        first = -(-8 * lead // 6)
        last = 8 * (lead + len(data)) // 6
        if last - first >= 4:
            yield encoded[first:last]


LITERALS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            "\\x",
            "\\u",
            "\\/",
            *(s for w in _WORDS for c in _cases(w) for s in _hex_spellings(c)),
            *(s for w in _B64_WORDS for c in _cases(w) for s in _base64_spellings(c)),
            "\\040",
        ]
    )
)
# (for a line the gate hands every check, one too long for the prefilter's patterns or text it
# decoded: the lines these checks read at all; hex in both cases, base64 as it is spelled: without IGNORECASE `re` skips
# ahead to the tree's first characters, ten times faster)
_PICK = lazyre.compile(
    literal_trie(sorted({*LITERALS, *(s.upper() for s in LITERALS if _HEX_SPELLING.fullmatch(s))}))
)


def picks(text: str) -> bool:
    """The line holds an encoded form these checks read (one of `LITERALS`)."""
    return _PICK.search(text) is not None


HINTS: tuple[str, ...] = (
    r"(?:\\x[0-9a-f]{2}|\\u[0-9a-f]{4}){3}",
    r"\\/",
    # (the literals are case-sensitive in base64; Hyperscan's caseless scan picks a superset)
    "|".join(re.escape(s) for s in LITERALS[3:-1]),
    # (a hint of its own: an alternation Hyperscan scans may miss what is added to it)
    r"\\040",
)


def _readable(c: str) -> bool:
    return c.isprintable() and c != "\ufffd"


def _text(decoded: str) -> str:
    """Decoded text as a line: what is not printable (a type or length byte, a newline, bytes
    that are no UTF-8) as a space."""
    return "".join(c if _readable(c) else " " for c in decoded)


def _printable_share(decoded: str) -> float:
    if not decoded:
        return 0.0
    return sum(_readable(c) or c in "\n\t" for c in decoded) / len(decoded)


def _unescape(run: str) -> str:
    out: list[str] = []
    raw = bytearray()
    i = 0
    while i < len(run):
        if run[i + 1] == "x":
            raw.append(int(run[i + 2 : i + 4], 16))
            i += 4
            continue
        if raw:
            out.append(raw.decode("utf-8", "replace"))
            raw.clear()
        out.append(chr(int(run[i + 2 : i + 6], 16)))
        i += 6
    if raw:
        out.append(raw.decode("utf-8", "replace"))
    return _text("".join(out))


_GROUP = lazyre.compile(r"[0-9A-Fa-f]+")


def _hex_segments(run: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each part of a run of hex groups that is whole bytes (a group of
    an odd length, an offset such as od's, ends one)."""
    first = last = -1
    digits: list[str] = []
    for m in _GROUP.finditer(run):
        if len(m.group(0)) % 2:
            if digits:
                yield first, last, "".join(digits)
            digits = []
            continue
        if not digits:
            first = m.start()
        last = m.end()
        digits.append(m.group(0))
    if digits:
        yield first, last, "".join(digits)


def _hex_text(digits: str) -> str | None:
    """The text hex digits spell, or None when they spell no text."""
    if len(digits) < _MIN_HEX or _HEX_LETTER.search(digits) is None:
        return None
    decoded = bytes.fromhex(digits).decode("utf-8", "replace")
    if _printable_share(decoded) < 0.7 or sum(map(_readable, decoded)) < 8:
        return None
    return _text(decoded)


def _decode_hex_run(m: re.Match[str]) -> str:
    """The run with each of its parts that spells text decoded (the others as they stand)."""
    run = m.group(0)
    pieces: list[str] = []
    at = 0
    for first, last, digits in _hex_segments(run):
        text = _hex_text(digits)
        if text is not None:
            pieces += [run[at:first], text]
            at = last
    return "".join(pieces) + run[at:] if pieces else run


def _base64_text(run: str) -> str | None:
    """The text a base64 run spells (an env file, `KEY=value` lines), or None."""
    try:
        raw = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    decoded = raw.decode("utf-8", "replace")
    if len(decoded) < 8 or _printable_share(decoded) < 0.9 or "\ufffd" in decoded:
        return None
    return _text(decoded)


def _decode_base64_run(m: re.Match[str]) -> str:
    text = _base64_text(m.group(0))
    return m.group(0) if text is None else text


def variants(text: str) -> Iterator[tuple[str, bool]]:
    """The line with each encoded form on it decoded where it stands (those that change it),
    and whether the decoded text is a serialisation's bytes (hex)."""
    if "\\040" in text:  # a history file's octal escapes (a space as `\040`)
        yield _OCTAL.sub(lambda m: chr(int(m.group(0)[1:], 8)), text), False
    if "\\" in text:
        decoded = text.replace("\\/", "/")
        if "\\x" in decoded or "\\u" in decoded:
            decoded = _ESCAPES.sub(lambda m: _unescape(m.group(0)), decoded)
        if decoded != text:
            yield decoded, False
    decoded = _HEX_RUN.sub(_decode_hex_run, text)
    if decoded != text:
        yield decoded, True
    decoded = _B64_RUN.sub(_decode_base64_run, text)
    if decoded != text:
        yield decoded, False


def _unglued(text: str, ends: list[int]) -> tuple[str, list[int]]:
    """Decoded bytes with a space after each secret word a letter follows: a serialisation's
    type or length byte that is a printable letter (CBOR's `x`, `p`) glues the word to its
    value."""
    out: list[str] = []
    at = 0
    shifted = []
    size = 0
    for end in ends:
        out.append(text[at:end])
        size += end - at
        at = end
        if end < len(text) and text[end].isalnum():
            out.append(" ")
            size += 1
        shifted.append(size)
    out.append(text[at:])
    return "".join(out), shifted


def _new_secrets(original: str, decoded: str, binary: bool = False) -> Iterator[str]:
    """Secrets the context check finds in decoded text that it does not find in the original
    (there they were judged already); `binary`: the text is a serialisation's bytes."""
    old = set(random_tokens(original, context_ends(original)))
    ends = context_ends(decoded)
    if binary:
        decoded, ends = _unglued(decoded, ends)
    for token in random_tokens(decoded, ends):
        if token not in old:
            yield token
    old = set(userinfo_secrets(original))
    for secret in userinfo_secrets(decoded):
        if secret not in old:
            yield secret


# base64 of a JSON object (`{"` encodes as `eyJ`): a shipper's record payload (Kinesis's `Data`,
# Event Hubs Capture's `Body`) that holds a whole log record; a JWT's part (a `.` follows) is not one
_B64_JSON = lazyre.compile(
    r"(?:(?<=[A-Za-z0-9_]=)|(?<![A-Za-z0-9+/=_-]))eyJ[A-Za-z0-9+/]{16,4096}={0,2}(?![A-Za-z0-9+/=_.-])"
)


def json_payloads(text: str) -> Iterator[str]:
    """The text of each base64-encoded JSON record on the line, for the gate to judge whole as a
    line (its secret may be of any shape, not only one beside a secret word)."""
    if "eyJ" not in text:
        return
    for m in _B64_JSON.finditer(text):
        decoded = _base64_text(m.group(0))
        if decoded is not None:
            yield decoded


def text_secrets(text: str) -> Iterator[str]:
    """Secrets the context check finds in text decoded elsewhere (a Secret's value:
    gatemanifests.py)."""
    yield from _new_secrets("", text)


def decoded_secrets(text: str) -> Iterator[str]:
    """Secrets on the line once its encoded forms are decoded."""
    for decoded, binary in variants(text):
        yield from _new_secrets(text, decoded, binary)


# --- forms wrapped over lines


def _dump_bytes(line: str) -> str:
    """The hex digits of a dump's line (xxd, hexdump -C, or a hex run wrapped), without its
    offset; '' when the line is no such line."""
    offset = _XXD_OFFSET.match(line)
    m = _HEX_RUN.search(line, 0 if offset is None else offset.end())
    if m is None or line[offset.end() if offset else 0 : m.start()].strip():
        return ""  # (a dump's line holds nothing before its bytes but its offset)
    groups = m.group(0).split()
    if len(groups) > 2 and len(groups[0]) != len(groups[1]) and len(groups[0]) >= 6:
        groups = groups[1:]  # an offset (hexdump -C's `00000010`)
    if any(len(g) % 2 for g in groups):
        return ""
    return "".join(groups)


def _lone_base64(line: str) -> str:
    m = _LONE_B64.fullmatch(line)
    return "" if m is None else m.group(2)


def _part(line: str, kind: str) -> str:
    return _dump_bytes(line) if kind == "hex" else _lone_base64(line)


def _extent(block: Sequence[str], i: int, kind: str) -> tuple[int, int]:
    """The lines around `i` of the same wrapped form: full lines, and a shorter last one."""
    first = i
    while first > 0 and i - first < _BLOCK_REACH and len(_part(block[first - 1], kind)) >= 16:
        first -= 1
    last = i
    while last + 1 < len(block) and last - i < _BLOCK_REACH:
        size = len(_part(block[last + 1], kind))
        if size:
            last += 1
        if size < 16:
            break
    return first, last


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, secret) for a secret in a hex dump or a base64 block wrapped over the lines
    around `i`, read joined and decoded (the line where the secret starts)."""
    if not picks(block[i]):
        return  # (a line too long for the prefilter's patterns is handed every check)
    for kind in ("hex", "base64"):
        if len(_part(block[i], kind)) < 16:
            continue
        first, last = _extent(block, i, kind)
        if first == last:
            continue  # one line: `variants` read it
        parts = [_part(block[j], kind) for j in range(first, last + 1)]
        joined = "".join(parts)
        if kind == "hex":
            text = _hex_text(joined)
            # (each byte two digits: the decoded text's offsets map back to the lines)
            ends = _ends([len(p) // 2 for p in parts])
        else:
            text = _base64_text(joined)
            ends = _ends([len(p) * 3 // 4 for p in parts])
        if text is None:
            continue
        for secret in _new_secrets(" ".join(block[first : last + 1]), text, kind == "hex"):
            at = text.find(secret)
            j = next((n for n, end in enumerate(ends) if at < end), len(parts) - 1)
            yield first + j, secret
            break


def _ends(sizes: list[int]) -> list[int]:
    total = 0
    ends = []
    for size in sizes:
        total += size
        ends.append(total)
    return ends
