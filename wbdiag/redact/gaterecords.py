"""Log records a container runtime cut into parts: a line longer than its buffer (16 KiB) is
written as partial records, each holding a piece of the line's text. Docker's json-file driver
ends only the last piece's `log` with a newline (`{"log":"… token=","stream":…}` then
`{"log":"<rest>\\n",…}`); CRI logs (containerd, CRI-O) tag each piece `P` (partial) or `F`
(full). A secret may be cut at the boundary, its halves too short to judge, or its name and a
redacted first half on one record and the rest on the next: the gate judges each record's text
after the partial one before it. Shippers and log services cut lines into records too, and mark
a line they shortened: the rest of a value, or of a URL's password before its host, opens the
next record's text, or a cut marker follows what is left of the password.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatepublic import placeholder
from wbdiag.redact.gatetoken import plausible_secret

# a json-file record's `log` member, first in the record as the driver writes it
_DOCKER = lazyre.compile(r'[ \t]*\{[ \t]*"log"[ \t]*:[ \t]*("(?:[^"\\]|\\.){0,65536}")')
# a CRI record: time, stream, tag, text
_CRI = lazyre.compile(r"\S{10,40} (?:stdout|stderr) ([PF]) (.{0,65536})\Z", re.DOTALL)
# looked for with `in` first (a block-wide regex search costs as much as the rest of the gate)
# (the gate's prefilter looks for these first: a block without them is not read here)
MARKS = ('"log"', "stdout P ", "stderr P ")


def _text(line: str) -> tuple[str, bool] | None:
    """The record's text and whether it is a partial record (None: no runtime's record)."""
    m = _DOCKER.match(line)
    if m is not None:
        try:
            text = json.loads(m.group(1))
        except ValueError:
            return None
        return (text, not text.endswith("\n")) if isinstance(text, str) else None
    m = _CRI.match(line.rstrip("\r\n"))
    if m is not None:
        return m.group(2), m.group(1) == "P"
    return None


def continued(block: Sequence[str]) -> Iterator[tuple[int, str, str]]:
    """(index, previous text, text) for each record that continues a partial record before it."""
    text = "\n".join(block)
    if not any(mark in text for mark in MARKS):
        return
    before: tuple[str, bool] | None = None
    for i, line in enumerate(block):
        record = _text(line) if '"log"' in line or " P " in line or " F " in line else None
        if record is not None and before is not None and before[1]:
            yield i, before[0], record[0].rstrip("\n")
        before = record


# A record whose text ends with the redactor's placeholder, the record's closing marks after it
# (its string's quote, escaped inside a JSON string, then its braces, brackets and a list's
# comma): a shipper or log service cut the line into records there (CloudWatch Logs' events,
# fluent-bit's CRI `logtag` P/F pair, Loki's values), and the value goes on in the next one.
_ENDS_REDACTED = lazyre.compile(
    r"\[REDACTED:[^\]\s]{1,64}\]\\?\"[ \t]*[}\]]{0,3}[ \t]*,?[ \t\r]*\Z"
)
ENDS_REDACTED_HINT = r"\[REDACTED:[^\]\n]{1,64}\]\\?\"[ \t]*[}\]]{0,3}[ \t]*,?[ \t\r]*\n"
# Where the next record's text starts: a log's message member (`"message": "`, fluent-bit's
# `"log"=>"`), a Loki value's line after its timestamp (`["1722025612346000617", "`), an RFC 5424
# record's message after its header and structured data (`<134>1 … [frag@32473 seq="2"] `)
_TEXT_START = lazyre.compile(
    r"\"(?:message|msg|log|short_message|full_message|line)\"[ \t]{0,4}(?::|=>)[ \t]{0,4}\""
    r"|^[ \t]{0,64}\[[ \t]{0,4}\"[0-9]{10,19}\"[ \t]{0,4},[ \t]{0,4}\""
    r"|^<[0-9]{1,3}>1 (?:\S{1,255} ){5}(?:-|(?:\[[^\]\n]{0,512}\]){1,8}) "
)


def ends_redacted(text: str) -> bool:
    """The record's text ends with a placeholder before the record's closing marks."""
    return text.rstrip()[-1:] in '"}],\\' and _ENDS_REDACTED.search(text) is not None


# A record's whole text one token of letters and digits, the record's closing marks after it: the
# rest of the value the record before it ended with (its placeholder took the first part), short
# as it may be (`{"message": "6M41zrzwT"}`, fluent-bit's `"log"=>"d61540593"`); a number, a word
# or a duration (`2112s`, `250ms`) is a message of its own.
_WHOLE_REST = lazyre.compile(
    r"([A-Za-z0-9_~.+-]{6,128})(?:\\?\"[ \t]*[}\]]{0,3}[ \t]*,?)?[ \t\r]*\Z"
)
_PLAIN = lazyre.compile(
    r"[0-9.]+[a-z]{1,3}|v?[0-9]+(?:\.[0-9]+){1,3}(?:[-+.]\w+)?"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def whole_rest(text: str) -> str:
    """The record's text on `text` when it is one token with letters and digits, or ''."""
    at = text_start(text)
    m = None if at is None else _WHOLE_REST.match(text, at)
    token = "" if m is None else m.group(1)
    if not any(c.isdigit() for c in token) or not any(c.isalpha() for c in token):
        return ""
    return "" if _PLAIN.fullmatch(token) or placeholder(token) else token


def text_start(text: str) -> int | None:
    """Where the record's text starts on the line (None: no record's text found)."""
    m = _TEXT_START.search(text)
    return None if m is None else m.end()


# A URL's or DSN's userinfo that a record's end cut before its host: the record's text ends with
# `user:` and the first part of the password (`…\"dsn\":\"wandb:3lxaSWs1"},`, an RFC 5424
# fragment's `s3://[REDACTED:…]:5IUDpCilgz13`), the next record's text opens with the rest and
# `@host` (`Uf9mcrTvP@tcp(mysql…:3306)/…`): neither part is long enough to judge, the two joined
# are the password. (A part holds no quote, brace, bracket, comma, slash, `:` or `@`.)
_PART = r"[^\s\"'@/:\\\[\]{},]"
_USER = r"[\s\"'=(/](?:[\w.%+~-]{1,64}|\[REDACTED:[^\]\s]{1,64}\]):"
_ENDS_USERINFO = lazyre.compile(
    _USER + "(" + _PART + r"{1,256})\\?\"?[ \t]*[}\]]{0,3}[ \t]*,?[ \t\r]*\Z"
)
_REST_BEFORE_HOST = lazyre.compile(_PART + r"{1,256}(?=@[A-Za-z0-9])")
# (the next record's text opening with a rest before `@`, after a message member, a Loki
# value's timestamp or an RFC 5424 header's structured data: `userinfo_rest` reads those
# openings; the hint is a part's last character before `@host` alone, a superset of those
# lines: Hyperscan tried the openings' form, a run of parts after them, at every `] ` and quote
# of a log, a fifth of the gate's scan)
OPENS_BEFORE_HOST_HINT = _PART + r"@[A-Za-z0-9]"


def userinfo_rest(before: str, text: str) -> str:
    """The password a URL's userinfo holds when the record `before` ends inside it and the
    record's text on `text` opens with its rest before `@host` (the two parts joined), or ''."""
    at = text_start(text)
    rest = None if at is None else _REST_BEFORE_HOST.match(text, at)
    if rest is None:
        return ""
    cut = _ENDS_USERINFO.search(before[-400:])
    return "" if cut is None else cut.group(1) + rest.group(0)


# A cut marker right after a userinfo's password, its host cut away: a shipper or log viewer ends
# a line it shortened with one (`<truncated>`, `…[truncated]`: `"dsn":"wandb:1etnG4uzeJa~
# <truncated>`, `s3://[REDACTED:…]:BbHbLmjK <truncated>`)
_MARKED = lazyre.compile(
    _USER + "(" + _PART + r"{6,256})[ \t]?(?:<truncated>|(?:\.\.\.|…)?\[truncated\])"
)
MARKED_LITERALS = ("truncated",)
MARKED_HINTS = (":" + _PART + "{6}" + _PART + r"*[ \t]?[^\s]{0,3}[<\[]truncated[>\]]",)
_CASE_TURNS = lazyre.compile(r"[a-z][A-Z]")


def marked_secrets(text: str) -> Iterator[str]:
    """The password of a userinfo a shipper's cut marker ends: one that need not read as
    generated, only not as a word, name or placeholder (`plausible_secret`), or letters whose
    case turns twice or more inside them (`BbHbLmjK`)."""
    for m in _MARKED.finditer(text):
        value = m.group(1)
        if "REDACTED" in value or placeholder(value):
            continue
        if plausible_secret(value) or (len(value) >= 8 and len(_CASE_TURNS.findall(value)) >= 2):
            yield value
            return
